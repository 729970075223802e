"""Show a build's progress and its summary: a bar on a terminal, plain lines otherwise."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from types import TracebackType

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from generator.batch.jobs import Outcome
from generator.batch.plan import Rerun, Verdict, describe
from generator.batch.runner import Summary
from generator.batch.vetting import case_problems
from generator.output.display import counted, first_few, listed, shown
from generator.problems import START, Problem, has_errors

VERBS = {"byggt": "byggde", "misslyckat": "misslyckades:"}
"""What the plain line of a case built or failed starts with."""
COLUMNS = ("byggda", "oförändrade", "ändrade för hand", "misslyckade")
"""The counts of the summary table."""


class ProgressView:
    """Reports each finished case: advances a bar, or prints a line per case built, left
    alone because its outputs were edited by hand, or failed."""

    def __init__(self, console: Console, total: int) -> None:
        self.console = console
        self.bar: Progress | None = None
        if console.is_terminal:
            self.bar = Progress(TextColumn("Bygger"), BarColumn(), MofNCompleteColumn(),
                                TimeElapsedColumn(), console=console, transient=True)
            self.task = self.bar.add_task("bygger", total=total)

    def __enter__(self) -> ProgressView:
        if self.bar is not None:
            self.bar.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 trace: TracebackType | None) -> None:
        if self.bar is not None:
            self.bar.stop()

    def __call__(self, item: Outcome) -> None:
        """Note one case as done."""
        if self.bar is not None:
            self.bar.advance(self.task)
        elif item.status != "oförändrat":
            # A plain write: the console's rendering cost the main process 0.1 ms a line. One
            # write with its newline (print writes the two apart, and a Ctrl-C between them
            # left the line open, so the message of the stop ran on after it).
            self.console.file.write(plain_line(item) + "\n")


def plain_line(item: Outcome) -> str:
    """The line of a case built, failed, or left alone: then it names the files edited by
    hand, and the case that made them ("ändrat för hand: ut/x.md (ärendet arkiv/x.yaml)")."""
    case = shown(item.source.path)
    if item.status != "handändrat":
        return f"{VERBS[item.status]} {case}"
    verb = "ändrat" if len(item.edited) == 1 else "ändrade"
    return f"{verb} för hand: {listed(list(item.edited))} (ärendet {case})"


def print_summary(summary: Summary, console: Console, refused: int = 0) -> None:
    """Counts; the cases recovered from a stopped run, the first few named; the cases edited
    by hand, each with the line naming its files and what to do (then its errors if any);
    the first error of each failed case; then every other problem as path:line:col (an
    unchanged case's: the warnings it had when built, printed and counted the same).

    `refused` cases (found but never built, such as two that would share an output) count
    as failed; their problems are printed by the caller.
    """
    table = Table(title="Sammanfattning")
    for column in COLUMNS:
        table.add_column(column, justify="right")
    table.add_row(str(len(summary.built)), str(len(summary.unchanged)),
                  str(len(summary.edited)), str(len(summary.failed) + refused))
    console.print(table)
    if summary.recovered:
        console.print(recovered_note(summary.recovered))
    outcomes = sorted([*summary.built, *summary.unchanged, *summary.edited, *summary.failed],
                      key=lambda o: o.source.key)
    tally = warnings_tally([outcome.problems for outcome in outcomes])
    if tally:
        console.print(f"{tally}, se nedan.")
    if summary.edited:
        console.print(edited_note(summary.edited))
        for outcome in sorted(summary.edited, key=lambda o: o.source.key):
            for problem in outcome.problems:
                console.print(problem.format())
    if summary.failed:
        failed = Table(title="Misslyckade ärenden")
        failed.add_column("ärende", overflow="fold")  # wrapped, never cut: the name counts
        failed.add_column("första felet")
        for outcome in sorted(summary.failed, key=lambda o: o.source.key):
            first = next((p for p in outcome.problems if p.is_error), None)
            failed.add_row(shown(outcome.source.path), first.message if first else "")
        console.print(failed)
    for outcome in outcomes:
        if outcome.status != "handändrat":
            for problem in outcome.problems:
                console.print(problem.format())


def recovered_note(recovered: Sequence[str]) -> str:
    """The line under the table for the cases a stopped run wrote and this run recorded in
    the manifest, the first few of them named (the table counts each by what this run did
    with it: most are unchanged)."""
    cases = counted(len(recovered), "ärende", "ärenden")
    return (f"{cases} som hann byggas innan ett tidigare bygge avbröts har förts in i "
            f"manifestet ({first_few(recovered)}).")


def edited_note(edited: Sequence[Outcome]) -> str:
    """The line under the table for the cases left alone because their outputs were edited
    by hand, saying how many of them are stale too, and how many have errors to fix first;
    each case's own line follows it, with the command that overwrites its documents."""
    cases = counted(len(edited), "ärende", "ärenden")
    stale = sum(outcome.stale for outcome in edited)
    # (the first problem of each is the line about its edited files; any other error is its own)
    invalid = sum(sum(p.is_error for p in outcome.problems) > 1 for outcome in edited)
    parts = [counted(stale, "inaktuellt", "inaktuella")] if stale else []
    parts += [f"{invalid} med fel att rätta först"] if invalid else []
    which = f" (varav {listed(parts)})" if parts else ""
    line = "raden nedan" if len(edited) == 1 else "varje ärendes rad nedan"
    return (f"{cases} har dokument som ändrats för hand och inte skrivits över{which}; "
            f"flytta undan dem för att behålla dem, eller skriv över dem med kommandot på "
            f"{line}:")


def warnings_tally(problems_by_case: Iterable[Sequence[Problem]]) -> str:
    """How many warnings the cases have, in how many cases ("2 varningar i 1 ärende"), or ""
    if none: one count for the warnings of cases built now and those recorded earlier."""
    counts = [sum(not p.is_error for p in problems) for problems in problems_by_case]
    warned = [count for count in counts if count]
    if not warned:
        return ""
    return (f"{counted(sum(warned), 'varning', 'varningar')} i "
            f"{counted(len(warned), 'ärende', 'ärenden')}")


def check_problems(verdicts: list[Verdict], rerun: Rerun,
                   vetted: Mapping[str, list[Problem]]) -> list[Problem]:
    """Each case's problems as a build would print them (`vetting.case_problems`), after one
    line for a case whose outputs are missing, stale or edited by hand; `rerun` is the
    command that builds them."""
    problems = []
    for verdict in verdicts:
        own = case_problems(verdict, vetted)
        if verdict.state != "aktuell":
            line = describe(verdict, rerun, has_errors=has_errors(own))
            problems.append(Problem(shown(verdict.source.path), START, line))
        problems += own
    return problems

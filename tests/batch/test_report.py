"""`beslut bygg`'s own lines: the plain line of each case, the lines under the summary table
for the cases recovered from a stopped run and for those edited by hand, and the count of
warnings, each agreeing with its numbers."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rich.console import Console

from generator.batch.discover import Source
from generator.batch.jobs import Outcome
from generator.batch.report import (
    edited_note,
    plain_line,
    print_summary,
    recovered_note,
    warnings_tally,
)
from generator.batch.runner import Summary
from generator.problems import START, Problem


def source(name: str = "x") -> Source:
    """A case `arkiv/<name>.yaml`."""
    return Source(Path(f"arkiv/{name}.yaml"), name, f"arkiv/{name}.yaml")


def left_alone(name: str = "x", stale: bool = False, errors: int = 0) -> Outcome:
    """A case left alone because its .md was edited by hand."""
    line = Problem(f"arkiv/{name}.yaml", START, "dokumentet … har ändrats för hand")
    own = [Problem(f"arkiv/{name}.yaml", START, "fel")] * errors
    return Outcome(source(name), "handändrat", [line, *own], edited=(f"ut/{name}.md",),
                   stale=stale)


class DescribeThePlainLine:
    def it_names_the_file_edited_by_hand_and_the_case_that_made_it(self) -> None:
        assert plain_line(left_alone()) == "ändrat för hand: ut/x.md (ärendet arkiv/x.yaml)"

    def it_names_both_files_when_both_were_edited(self) -> None:
        outcome = Outcome(source(), "handändrat", edited=("ut/x.md", "ut/x.docx"))
        assert plain_line(outcome) == ("ändrade för hand: ut/x.md och ut/x.docx "
                                       "(ärendet arkiv/x.yaml)")

    def it_names_the_case_built_or_failed(self) -> None:
        assert plain_line(Outcome(source(), "byggt")) == "byggde arkiv/x.yaml"
        assert plain_line(Outcome(source(), "misslyckat")) == "misslyckades: arkiv/x.yaml"


def summary_lines(summary: Summary) -> list[str]:
    """The lines `print_summary` prints, the table's own left out."""
    printed = io.StringIO()
    print_summary(summary, Console(file=printed, width=100, markup=False, highlight=False))
    lines = [line.strip() for line in printed.getvalue().splitlines()]
    return [line for line in lines if line != "Sammanfattning" and line[0] not in "┏┃┡│└"]


class DescribeTheRecoveredNote:
    def it_names_the_one_case_a_stopped_run_wrote(self) -> None:
        assert recovered_note(["arkiv/x.yaml"]) == (
            "1 ärende som hann byggas innan ett tidigare bygge avbröts har förts in i "
            "manifestet (arkiv/x.yaml).")

    def it_names_several(self) -> None:
        assert recovered_note(["arkiv/a.yaml", "arkiv/b.yaml", "arkiv/c.yaml"]) == (
            "3 ärenden som hann byggas innan ett tidigare bygge avbröts har förts in i "
            "manifestet (arkiv/a.yaml, arkiv/b.yaml, arkiv/c.yaml).")

    def it_names_the_first_three_of_many(self) -> None:
        assert recovered_note([f"arkiv/{n}.yaml" for n in "abcde"]) == (
            "5 ärenden som hann byggas innan ett tidigare bygge avbröts har förts in i "
            "manifestet (arkiv/a.yaml, arkiv/b.yaml, arkiv/c.yaml m.fl.).")

    def it_follows_the_table(self) -> None:
        summary = Summary(unchanged=[Outcome(source(), "oförändrat")],
                          recovered=["arkiv/x.yaml"])
        assert summary_lines(summary) == [recovered_note(["arkiv/x.yaml"])]

    def it_is_not_shown_when_no_case_was_recovered(self) -> None:
        assert summary_lines(Summary(unchanged=[Outcome(source(), "oförändrat")])) == []


class DescribeTheEditedNote:
    def it_points_to_the_line_below_with_the_command(self) -> None:
        assert edited_note([left_alone()]) == (
            "1 ärende har dokument som ändrats för hand och inte skrivits över; flytta undan "
            "dem för att behålla dem, eller skriv över dem med kommandot på raden nedan:")

    def it_points_to_each_case_s_line_when_there_are_several(self) -> None:
        assert edited_note([left_alone("a"), left_alone("b")]) == (
            "2 ärenden har dokument som ändrats för hand och inte skrivits över; flytta undan "
            "dem för att behålla dem, eller skriv över dem med kommandot på varje ärendes rad "
            "nedan:")

    def it_counts_the_stale_ones_and_those_with_errors(self) -> None:
        note = edited_note([left_alone("a", stale=True, errors=1), left_alone("b")])
        assert "(varav 1 inaktuellt och 1 med fel att rätta först)" in note
        note = edited_note([left_alone("a", stale=True), left_alone("b", stale=True)])
        assert "(varav 2 inaktuella)" in note


class DescribeTheWarningsTally:
    @pytest.mark.parametrize(("counts", "expected"), [
        ([1], "1 varning i 1 ärende"),
        ([2], "2 varningar i 1 ärende"),
        ([1, 1, 0], "2 varningar i 2 ärenden"),
        ([0], ""),
    ])
    def it_agrees_with_its_numbers(self, counts: list[int], expected: str) -> None:
        warning = Problem("x.yaml", START, "v", "varning")
        assert warnings_tally([[warning] * count for count in counts]) == expected

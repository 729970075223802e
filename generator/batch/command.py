"""`beslut build`: find the cases, build or check them, and print what happened."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from rich.console import Console

from generator.batch import runner, shards, template_folders
from generator.batch.discover import NO_CASES, Found, Source, find_cases, without_taken
from generator.batch.folders import (
    DEFAULT_CASES,
    NoCases,
    announced,
    default_folders,
    named_roots,
    placing_roots,
)
from generator.batch.manifests import Manifests
from generator.batch.orphans import Orphan, find_orphans, left_behind, prune, reported
from generator.batch.plan import Rerun, Verdict
from generator.batch.report import (
    ProgressView,
    check_problems,
    print_summary,
    warnings_tally,
)
from generator.batch.stopping import Interrupted, unrecorded
from generator.batch.template_folders import Templates
from generator.batch.vetting import case_problems, problems_of
from generator.output.display import command_line, counted, shown
from generator.output.manifest import MANIFEST, CaseEntry, Manifest
from generator.problems import START, Problem, has_errors

INTERRUPTED = 130
EDITED = 3
"""The exit code of a build whose only issue is outputs edited by hand, reported and left as
they are (1 is for a case that failed or has errors, 2 for wrong usage)."""
DEFAULT_OUTPUT = Path("output")


@dataclass(frozen=True)
class BuildRequest:
    """Everything `beslut build` was asked to do (no `paths`: the default folders)."""

    paths: tuple[Path, ...]
    out: Path
    template_dirs: tuple[Path, ...] = ()
    jobs: int = 1
    force: bool = False
    check_only: bool = False
    shard: tuple[int, int] | None = None
    merge: bool = False
    prune: bool = False
    builtin_templates: bool = False
    """`--inbyggda-mallar`: the built-in templates, not those the manifest records."""

    def rerun(self) -> Rerun:
        """How this request was asked for, for the "kör beslut bygg …" hints."""
        options = ["-o", shown(self.out)] if self.out != DEFAULT_OUTPUT else []
        options += Templates(self.template_dirs, builtin=self.builtin_templates).options()
        part = ("--shard", "{}/{}".format(*self.shard)) if self.shard is not None else ()
        return Rerun(tuple(shown(path) for path in self.paths), tuple(options), part)

    def manifest_name(self) -> str:
        """The manifest this run records in: a part's own, or the folder's."""
        return MANIFEST if self.shard is None else shards.manifest_name(*self.shard)


def run_build(request: BuildRequest, console: Console) -> int:
    """Carry out the request; return the exit code (raise `NoCases` if there is none)."""
    if request.merge:
        return _merge(request.out, console)
    unmerged = [] if request.shard is not None else _unmerged(request.out)
    if unmerged:
        return _refuse(request.out, unmerged, console)
    manifests = Manifests.read(request.out, request.manifest_name())  # (once: passed down)
    cases = manifests.folder.cases
    chosen = _templates(request, manifests.templates())
    request = replace(request, template_dirs=chosen.folders,
                      builtin_templates=chosen.builtin)
    rerun = request.rerun()
    paths = request.paths or _default_folders(request, rerun, console, chosen, cases)
    if request.paths and chosen.recorded:
        console.print(announced((), request.out, request.check_only, chosen.announced()))
    found = find_cases(list(paths), placed=_placed(paths, cases), options=rerun.options,
                       roots=placing_roots(cases))
    without_taken(found, {key: entry.source for key, entry in cases.items()}, rerun.options)
    if not found.sources and not found.problems:
        raise NoCases(NO_CASES)
    sources = found.sources
    if request.shard is not None:
        sources = shards.in_part(sources, *request.shard)
    names = template_folders.archive_names(manifests.templates(), request.template_dirs,
                                           found.sources)
    options = runner.Options(request.out, request.template_dirs, request.force, request.jobs,
                             request.manifest_name(), rerun, names)
    if request.check_only:
        verdicts = runner.check(sources, options, manifests.overlaid())
        vetted = problems_of(verdicts, request.template_dirs)
        orphans = _orphans(request, _scope(request, paths, cases), sources, manifests.folder)
        return _check(verdicts, vetted, found, orphans, options, console)
    summary = _built(request, sources, options, manifests, names, console)
    if summary is None:
        return INTERRUPTED
    refused = [problem for problem in found.problems if problem.is_error]
    print_summary(summary, console, refused=len(refused))
    for problem in [*found.problems, *summary.problems]:
        console.print(problem.format())
    _left_behind(request, _orphans(request, _scope(request, paths, cases), sources,
                                   manifests.folder), console)
    return _exit_code(summary, found.problems)


def _built(request: BuildRequest, sources: list[Source], options: runner.Options,
           manifests: Manifests, names: tuple[str, ...], console: Console
           ) -> runner.Summary | None:
    """Build the chosen cases with a progress view and record the template folders (and a
    shard's mark) whatever happens; None when interrupted, once the user has been told."""
    try:
        with ProgressView(console, len(sources)) as view:
            summary = runner.build(sources, options, manifests, view)
    except Interrupted as exc:
        console.print(exc.message)
        return None
    except KeyboardInterrupt:  # (a second Ctrl-C while the first one's cases are recorded)
        console.print("avbrutet; nästa körning av beslut bygg för in de ärenden som hann "
                      "byggas i manifestet och bygger resten")
        return None
    finally:
        template_folders.record(request.out, names, manifests.own(), request.manifest_name())
        if request.shard is not None:
            shards.mark(request.out, *request.shard)
    return summary


def _exit_code(summary: runner.Summary, refused: list[Problem]) -> int:
    """1 if a case failed or has errors (a case file refused, the manifest not written, a
    case left alone for its hand edits whose errors must be fixed first); else `EDITED` if
    outputs edited by hand were left as they are; else 0. Warnings never count."""
    # (an edited case's first problem is the line about its edited files; the rest its own)
    own = [problem for outcome in summary.edited for problem in outcome.problems[1:]]
    if summary.failed or has_errors([*refused, *summary.problems, *own]):
        return 1
    return EDITED if summary.edited else 0


def _templates(request: BuildRequest, recorded: tuple[str, ...]) -> Templates:
    """The templates of this run: those given, else those the manifest records."""
    rerun = request.rerun()
    check = ("--check",) if request.check_only else ()
    command = ("beslut", "bygg", *rerun.paths, *check, *rerun.options, *rerun.part)
    return template_folders.chosen(request.out, request.template_dirs,
                                   request.builtin_templates, command, recorded)


def _default_folders(request: BuildRequest, rerun: Rerun, console: Console,
                     chosen: Templates, cases: Mapping[str, CaseEntry]) -> tuple[Path, ...]:
    """The folders the output folder was built from (by its manifest's `cases`), else
    `cases/`; a line says which the manifest chose, and the templates it chose (not the
    folders if they are just `cases/`)."""
    check = ("--check",) if request.check_only else ()
    if not cases:
        stopped = unrecorded(request.out, rerun.options, bool(chosen.folders) or chosen.builtin)
        if stopped is not None:
            raise NoCases(stopped)
    found, recorded = default_folders(request.out, cases,
                                      (*check, *rerun.options, *rerun.part))
    shown_folders = found if recorded and found != (DEFAULT_CASES,) else ()
    if shown_folders or chosen.recorded:
        console.print(announced(shown_folders, request.out, request.check_only,
                                chosen.announced()))
    return found


def _scope(request: BuildRequest, paths: tuple[Path, ...],
           cases: Mapping[str, CaseEntry]) -> tuple[Path, ...]:
    """The folders whose cases left behind are looked for: those built, and when nothing is
    named, also the folders of the case files named by themselves before (their case files
    built again one by one, so one that is gone is still found left behind)."""
    return paths if request.paths else (*paths, *(Path(root) for root in named_roots(cases)))


def _orphans(request: BuildRequest, paths: tuple[Path, ...], sources: list[Source],
             manifest: Manifest) -> list[Orphan]:
    """The cases of the run's folders left behind in the output folder (none for a part),
    by its `manifest` as read at the start (a case this run builds is found, never left
    behind)."""
    if request.shard is not None:
        return []
    found = {source.name: source.key for source in sources}
    return find_orphans(request.out, paths, found, manifest)


def _left_behind(request: BuildRequest, orphans: list[Orphan], console: Console) -> None:
    """Warn of the documents left behind, or remove them (`--rensa`), saying which."""
    if not request.prune:
        for problem in left_behind(orphans, request.out, request.rerun(), "varning"):
            console.print(problem.format())
        return
    removed, kept = prune(request.out, orphans)
    for line in removed:
        console.print(line)
    for problem in kept:
        console.print(problem.format())


def _placed(paths: tuple[Path, ...],
            cases: Mapping[str, CaseEntry]) -> dict[str, tuple[str, bool]]:
    """Where the output folder has each case (its recorded name → its key and whether it was
    named by itself, by the manifest's `cases`), when a case file is given by itself (a
    folder's cases are placed by the folder); a case recorded at two places (a copy left at
    the top) is placed at the deeper one."""
    if not any(path.is_file() for path in paths):
        return {}
    return {cases[key].source: (key, cases[key].named)
            for key in sorted(cases, key=lambda k: (k.count("/"), k))}


def _check(verdicts: list[Verdict], vetted: Mapping[str, list[Problem]],
           found: Found, orphans: list[Orphan], options: runner.Options,
           console: Console) -> int:
    """Print, case by case, every output that is not current, and each case's errors and
    warnings as a build would print them (`vetted` for the cases to build, as recorded for
    the rest); then the cases left behind, and a count of each state, of the cases with
    errors, of the warnings (as a build counts them) and of the cases left behind; 1 if any
    output is not current or any case has errors (warnings never change the exit code)."""
    problems = [*found.problems, *check_problems(verdicts, options.rerun, vetted),
                *left_behind(orphans, options.out, options.rerun)]
    for problem in problems:
        console.print(problem.format())
    own = [case_problems(verdict, vetted) for verdict in verdicts]
    failing = sum(has_errors(problems) for problems in own)
    tally = warnings_tally(own)
    console.print(f"{_states_tally(verdicts, found.clashing)}; {failing} med fel"
                  f"{f'; {tally}' if tally else ''}{_orphans_tally(orphans)}.")
    return 1 if has_errors(problems) else 0


def _states_tally(verdicts: list[Verdict], clashing: int = 0) -> str:
    """How many cases were checked and how many are in each state: "1 ärende kontrollerat:
    0 aktuella, 0 saknas, 0 inaktuella, 1 ändrat för hand (varav 1 inaktuellt)", and how
    many were refused for an output name another case has (", 2 krockande")."""
    states = [verdict.state for verdict in verdicts]
    stale = sum(bool(verdict.stale) for verdict in verdicts)
    edited = counted(states.count("handändrad"), "ändrat för hand", "ändrade för hand")
    also = f" (varav {counted(stale, 'inaktuellt', 'inaktuella')})" if stale else ""
    also += f", {clashing} krockande" if clashing else ""
    checked = len(states) + clashing
    return (f"{counted(checked, 'ärende kontrollerat', 'ärenden kontrollerade')}: "
            f"{counted(states.count('aktuell'), 'aktuellt', 'aktuella')}, "
            f"{states.count('saknas')} saknas, "
            f"{counted(states.count('inaktuell'), 'inaktuellt', 'inaktuella')}, {edited}{also}")


def _orphans_tally(orphans: list[Orphan]) -> str:
    """"; 1 kvarlämnat" for the cases left behind, or "" if none."""
    count = len(reported(orphans))
    return f"; {counted(count, 'kvarlämnat', 'kvarlämnade')}" if count else ""


def _merge(out: Path, console: Console) -> int:
    """Join the parts' manifests in the output folder, or say why there are none."""
    if not out.is_dir():
        message = "utdatamappen finns inte; ange med -o mappen som delarna byggdes i"
        console.print(Problem(shown(out), START, message).format())
        return 1
    missing = shards.missing_parts(out, shards.part_manifests(out))
    if missing:
        console.print(Problem(shown(out), START, missing).format())
        return 1
    try:
        joined = shards.merge(out)
    except shards.DifferentTemplates as exc:
        console.print(Problem(shown(out), START, str(exc)).format())
        return 1
    if not joined:
        message = ("det finns inga delmanifest att foga samman; bygg först delarna med "
                   + command_line("beslut", "bygg", "--shard", "K/N", "-o", shown(out)))
        console.print(Problem(shown(out), START, message).format())
        return 1
    console.print(f"fogade samman {len(joined)} delmanifest ({shards.describe(joined)}) i "
                  f"{shown(out / MANIFEST)}")
    return 0


def _unmerged(out: Path) -> list[str]:
    """The names of the parts' manifests waiting in the output folder (none if there is
    no such folder)."""
    return shards.part_manifests(out) if out.is_dir() else []


def _refuse(out: Path, unmerged: list[str], console: Console) -> int:
    """Refuse a whole build or check while the parts' manifests are not joined: their
    cases would look edited by hand, and joining them later would undo this run's entries.
    A part that is missing is named, with how to get it (as `--merge` names it)."""
    merge = command_line("beslut", "bygg", "--merge", "-o", shown(out))
    fetch = shards.to_fetch(out, unmerged)
    message = (f"delarnas manifest är inte sammanfogade och {fetch[0]} saknas här; {fetch[1]}, "
               f"och kör sedan {merge}" if fetch else
               f"delarnas manifest är inte sammanfogade; kör först {merge}")
    for name in unmerged:
        console.print(Problem(shown(out / name), START, message).format())
    return 1

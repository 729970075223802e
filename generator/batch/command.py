"""`beslut build`: find the cases, build or check them, and print what happened."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rich.console import Console

from generator.batch import runner, shards
from generator.batch.discover import find_cases
from generator.batch.report import ProgressView, check_problems, print_summary
from generator.output.display import shown
from generator.output.manifest import MANIFEST
from generator.problems import has_errors

INTERRUPTED = 130


@dataclass(frozen=True)
class BuildRequest:
    """Everything `beslut build` was asked to do."""

    paths: tuple[Path, ...]
    out: Path
    template_dirs: tuple[Path, ...] = ()
    jobs: int = 1
    force: bool = False
    check_only: bool = False
    shard: tuple[int, int] | None = None
    merge: bool = False


def run_build(request: BuildRequest, console: Console) -> int:
    """Carry out the request; return the exit code."""
    if request.merge:
        joined = shards.merge(request.out)
        console.print(f"fogade samman {len(joined)} delmanifest i {shown(request.out / MANIFEST)}")
        return 0
    found = find_cases(list(request.paths))
    sources = found.sources
    name = MANIFEST
    if request.shard is not None:
        sources = shards.in_part(sources, *request.shard)
        name = shards.manifest_name(*request.shard)
    options = runner.Options(request.out, request.template_dirs, request.force, request.jobs, name)
    if request.check_only:
        problems = [*found.problems, *check_problems(runner.check(sources, options))]
        for problem in problems:
            console.print(problem.format())
        stale = len(problems) - len(found.problems)
        console.print(f"{len(sources)} ärenden kontrollerade: {len(sources) - stale} aktuella, "
                      f"{stale} saknas, är inaktuella eller har ändrats för hand.")
        return 1 if has_errors(problems) else 0
    try:
        with ProgressView(console, len(sources)) as view:
            summary = runner.build(sources, options, view)
    except KeyboardInterrupt:
        console.print("avbrutet; de ärenden som hann byggas är sparade och kvar i manifestet")
        return INTERRUPTED
    print_summary(summary, console)
    for problem in [*found.problems, *summary.problems]:
        console.print(problem.format())
    return 1 if summary.failed or has_errors([*found.problems, *summary.problems]) else 0

"""The `beslut` command: the only place that knows click, terminal output and exit codes.

Exit codes: 0 no errors (warnings allowed), 1 a case has errors, 2 wrong usage.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import click
from rich.console import Console

from generator.batch.discover import find_cases

if TYPE_CHECKING:
    from generator.build import CaseResult
from generator.output.display import shown


def _console() -> Console:
    """A console that prints text as it is (no markup, no colours guessed from text)."""
    return Console(highlight=False, markup=False, emoji=False, soft_wrap=True)


def expand(paths: Iterable[Path]) -> list[Path]:
    """Replace each folder by the case files in it (sorted); keep files as given."""
    found = find_cases(list(paths), recursive=False, one_output_each=False)
    return [source.path for source in found.sources]


def _plural(n: int, one: str, many: str) -> str:
    """Swedish count with the right form: '1 fil', '2 filer'."""
    return f"{n} {one if n == 1 else many}"


def summary(results: Sequence[CaseResult]) -> str:
    """One line: how many files were checked, and the errors and warnings in how many."""
    errors = sum(1 for r in results for p in r.problems if p.is_error)
    warnings = sum(1 for r in results for p in r.problems if not p.is_error)
    affected = sum(1 for r in results if r.problems)
    checked = _plural(len(results), "fil kontrollerad", "filer kontrollerade")
    if not errors and not warnings:
        return f"{checked}: inga fel."
    found = [_plural(errors, "fel", "fel")] if errors else []
    found += [_plural(warnings, "varning", "varningar")] if warnings else []
    return f"{checked}: {' och '.join(found)} i {_plural(affected, 'fil', 'filer')}."


def report(results: Sequence[CaseResult], console: Console) -> int:
    """Print every problem and the summary; return the exit code."""
    for result in results:
        for problem in result.problems:
            console.print(replace(problem, path=shown(problem.path)).format())
    console.print(summary(results))
    return 1 if any(r.failed for r in results) else 0


_CASES = click.argument("cases", nargs=-1, type=click.Path(path_type=Path))
_TEMPLATES = click.option(
    "--templates", "template_dirs", multiple=True,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Mapp med egna mallar som ersätter de inbyggda (kan anges flera gånger).",
)


@click.group(help="Skapar beslutsdokument i Word och Markdown från ärendefiler (YAML).")
@click.version_option(package_name="beslut")
def main() -> None:
    """Entry point of the `beslut` command."""


@main.command(help="Kontrollera ärendefiler utan att skriva något.")
@_CASES
@_TEMPLATES
def check(cases: tuple[Path, ...], template_dirs: tuple[Path, ...]) -> None:
    """Check case files and report every problem."""
    from generator.build import Settings, check_cases  # the pipeline, loaded when needed

    settings = Settings(template_dirs=template_dirs)
    paths, skipped = _require_cases(cases, one_output_each=False)
    results = skipped + check_cases(paths, settings)
    sys.exit(report(results, _console()))


@main.command(help="Skapa .docx och .md för ärendefiler (ärenden med fel skrivs inte).")
@_CASES
@_TEMPLATES
@click.option("-o", "--output", type=click.Path(path_type=Path),
              default=Path("output"), show_default=True, help="Mapp för dokumenten.")
@click.option("--force", is_flag=True, help="Skriv över filer som ändrats för hand.")
def render(cases: tuple[Path, ...], template_dirs: tuple[Path, ...], output: Path,
           force: bool) -> None:
    """Render case files to Word and Markdown."""
    from generator.build import Settings, render_cases  # the pipeline, loaded when needed

    settings = Settings(output=output, template_dirs=template_dirs, force=force)
    paths, skipped = _require_cases(cases)
    results = skipped + render_cases(paths, settings)
    console = _console()
    for result in results:
        for path in result.written:
            console.print(f"skrev {shown(path)}")
    sys.exit(report(results, console))


@main.command(help="Bygg alla ärenden i mappar (standard: cases/ till output/); bara de som "
                   "ändrats byggs om.")
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@_TEMPLATES
@click.option("-o", "--output", type=click.Path(path_type=Path), default=Path("output"),
              show_default=True, help="Mapp för dokumenten; undermappar speglas.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Antal processer (standard: antalet kärnor).")
@click.option("--force", is_flag=True,
              help="Bygg om allt och skriv över filer som ändrats för hand.")
@click.option("--check", "check_only", is_flag=True,
              help="Skriv inget; lista utdata som saknas, är inaktuella eller ändrats för hand.")
@click.option("--shard", default=None, metavar="K/N", help="Bygg bara del K av N (t.ex. 2/4).")
@click.option("--merge", is_flag=True, help="Foga samman delarnas manifest i utdatamappen.")
def build(paths: tuple[Path, ...], template_dirs: tuple[Path, ...], output: Path,
          jobs: int | None, force: bool, check_only: bool, shard: str | None,
          merge: bool) -> None:
    """Build every case under the folders, skipping those whose inputs are unchanged."""
    from generator.batch.command import BuildRequest, run_build  # only `build` needs these
    from generator.batch.runner import default_jobs
    from generator.batch.shards import parse_shard

    part = None
    if shard is not None:
        part = parse_shard(shard)
        if part is None:
            raise click.BadParameter("skriv del K av N som K/N, t.ex. 2/4", param_hint="--shard")
    request = BuildRequest(paths or (Path("cases"),), output, template_dirs,
                           jobs or default_jobs(), force, check_only, part, merge)
    sys.exit(run_build(request, _console()))


@main.command(help="Visa vilket ärende som skapade ett Word-dokument och om det är aktuellt.")
@click.argument("docx", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@_TEMPLATES
def ursprung(docx: Path, template_dirs: tuple[Path, ...]) -> None:
    """Tell which case made a .docx and whether it is current."""
    from generator.batch.origin import origin  # only `ursprung` needs these
    from generator.output.provenance import NotADocx

    console = _console()
    try:
        found = origin(docx, template_dirs)
    except NotADocx:
        console.print(f"{shown(docx)}:1:1: dokumentet saknar uppgifter om ursprung (det är inte "
                      "skapat av beslut build eller är ingen Word-fil)")
        sys.exit(1)
    for label, value in found.facts:
        console.print(f"{label}: {value}")
    if found.current:
        console.print("aktuellt: ja, dokumentet motsvarar ärendet och mallarna som de är nu")
        sys.exit(0)
    console.print("aktuellt: nej, " + "; ".join(found.stale))
    sys.exit(1)


def _require_cases(
    paths: tuple[Path, ...], one_output_each: bool = True
) -> tuple[list[Path], list[CaseResult]]:
    """Find the case files; a missing path or a run with no case file is a usage error.

    Names that look like cases but cannot be read as files come back as results with
    their problem, so they are reported with the rest; so do cases that would write the
    same output files, when they are to be written (`one_output_each`).
    """
    from generator.build import CaseResult

    if not paths:
        raise click.UsageError("ange minst en ärendefil eller en mapp med ärendefiler")
    for path in paths:
        if not path.exists():
            raise click.UsageError(f"'{shown(path)}' finns inte, kontrollera sökvägen")
    found = find_cases(list(paths), recursive=False, one_output_each=one_output_each)
    if not found.sources and not found.problems:
        raise click.UsageError("inga ärendefiler (.yaml) hittades i de angivna mapparna")
    skipped = [CaseResult(p.path, [p]) for p in found.problems]
    return [source.path for source in found.sources], skipped


if __name__ == "__main__":
    main()

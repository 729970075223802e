"""The `beslut` command: the only place that knows click, terminal output and exit codes.

Exit codes: 0 no errors (warnings allowed), 1 a case has errors, 2 wrong usage.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path

import click
from rich.console import Console

from generator.batch.discover import find_cases
from generator.build import CaseResult, Settings, check_cases, render_cases
from generator.output.display import shown


def _console() -> Console:
    """A console that prints text as it is (no markup, no colours guessed from text)."""
    return Console(highlight=False, markup=False, emoji=False, soft_wrap=True)


def expand(paths: Iterable[Path]) -> list[Path]:
    """Replace each folder by the case files in it (sorted); keep files as given."""
    return [source.path for source in find_cases(list(paths), recursive=False).sources]


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
    settings = Settings(template_dirs=template_dirs)
    paths, skipped = _require_cases(cases)
    results = skipped + check_cases(paths, settings)
    sys.exit(report(results, _console()))


@main.command(help="Skapa .docx och .md för ärendefiler (ärenden med fel skrivs inte).")
@_CASES
@_TEMPLATES
@click.option("-o", "--output", type=click.Path(file_okay=False, path_type=Path),
              default=Path("output"), show_default=True, help="Mapp för dokumenten.")
@click.option("--force", is_flag=True, help="Skriv över filer som ändrats för hand.")
def render(cases: tuple[Path, ...], template_dirs: tuple[Path, ...], output: Path,
           force: bool) -> None:
    """Render case files to Word and Markdown."""
    settings = Settings(output=output, template_dirs=template_dirs, force=force)
    paths, skipped = _require_cases(cases)
    results = skipped + render_cases(paths, settings)
    console = _console()
    for result in results:
        for path in result.written:
            console.print(f"skrev {shown(path)}")
    sys.exit(report(results, console))


def _require_cases(paths: tuple[Path, ...]) -> tuple[list[Path], list[CaseResult]]:
    """Find the case files; a missing path or a run with no case file is a usage error.

    Names that look like cases but cannot be read as files come back as results with
    their problem, so they are reported with the rest.
    """
    if not paths:
        raise click.UsageError("ange minst en ärendefil eller en mapp med ärendefiler")
    for path in paths:
        if not path.exists():
            raise click.UsageError(f"'{shown(path)}' finns inte, kontrollera sökvägen")
    found = find_cases(list(paths), recursive=False)
    if not found.sources and not found.problems:
        raise click.UsageError("inga ärendefiler (.yaml) hittades i de angivna mapparna")
    skipped = [CaseResult(p.path, [p]) for p in found.problems]
    return [source.path for source in found.sources], skipped


if __name__ == "__main__":
    main()

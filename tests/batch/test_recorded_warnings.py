"""`beslut bygg`: the warnings a case had when it was built are shown and counted again by
every later build that finds it unchanged, and by `--check` while it is current."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.output.manifest import MANIFEST

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "cases").glob("00[0-2]-*.yaml"))
BASIS = f"cases/{SEEDS[2].name}"
NOT_PER_CAPSULAM = ("beslut:\n  beslutande: Nämnden\n  punkter:\n    - bifalla\n"
                    "  antecknas_i: protokollet\n")
"""Appended to the basis: a warning at its last line, since it is not a case per capsulam."""
LINE = len(SEEDS[2].read_text(encoding="utf-8").splitlines()) + 5
OUT = "ut"


def warning(line: int = LINE) -> str:
    """The warning line of the basis, with the line of its 'antecknas_i'."""
    return (f"{BASIS}:{line}:3: varning: 'antecknas_i' gäller bara beslut per capsulam och "
            "används inte i dokumenttypen beslutsunderlag; ta bort raden")


def run(*args: str) -> tuple[int, list[str]]:
    """Run `beslut` in-process; return the exit code and the lines printed."""
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output.splitlines()


def build(*args: str) -> tuple[int, tuple[int, int, int, int], list[str]]:
    """`beslut bygg -o ut -j 1`: the exit code, the counts built, unchanged, edited by hand
    and failed, and the lines under the summary table."""
    code, lines = run("bygg", "-o", OUT, "-j", "1", *args)
    row = next(line for line in lines if line.count("│") == 5)
    built, unchanged, edited, failed = (int(cell) for cell in row.strip("│ ").split("│"))
    end = next(i for i, line in enumerate(lines) if line.startswith("└"))
    return code, (built, unchanged, edited, failed), lines[end + 1:]


def edit_basis(old: str, new: str) -> None:
    """Change the basis's text."""
    path = Path(BASIS)
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture
def warned(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Three seeds in `cases/`, the basis with a warning, not built yet."""
    (tmp_path / "cases").mkdir()
    for seed in SEEDS:
        shutil.copy(seed, tmp_path / "cases" / seed.name)
    Path(tmp_path / BASIS).write_text(SEEDS[2].read_text(encoding="utf-8") + NOT_PER_CAPSULAM,
                                      encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    yield tmp_path


class DescribeABuild:
    def it_prints_and_counts_the_warnings_of_a_case_it_builds(self, warned: Path) -> None:
        assert build() == (0, (3, 0, 0, 0), ["1 varning i 1 ärende, se nedan.", warning()])

    def it_prints_and_counts_them_again_when_it_finds_the_case_unchanged(
            self, warned: Path) -> None:
        build()
        assert build() == (0, (0, 3, 0, 0), ["1 varning i 1 ärende, se nedan.", warning()])

    def it_shows_only_the_new_warnings_of_a_case_it_builds_again(self, warned: Path) -> None:
        build()
        edit_basis("\nbeslut:\n", "\n\nbeslut:\n")  # the warning one line further down
        assert build() == (0, (1, 2, 0, 0), ["1 varning i 1 ärende, se nedan.", warning(LINE + 1)])
        assert build() == (0, (0, 3, 0, 0), ["1 varning i 1 ärende, se nedan.", warning(LINE + 1)])

    def it_forgets_the_warning_once_the_case_is_mended(self, warned: Path) -> None:
        build()
        edit_basis("  antecknas_i: protokollet\n", "")
        assert build() == (0, (1, 2, 0, 0), [])
        assert build() == (0, (0, 3, 0, 0), [])

    def it_keeps_the_warnings_of_cases_built_in_worker_processes(
            self, warned: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        from generator.batch import runner

        monkeypatch.setattr(runner, "WORKERS_FROM", 2)
        assert build("-j", "2") == (0, (3, 0, 0, 0), ["1 varning i 1 ärende, se nedan.", warning()])
        assert build("-j", "2") == (0, (0, 3, 0, 0), ["1 varning i 1 ärende, se nedan.", warning()])


class DescribeTheCheck:
    def it_shows_the_warnings_of_a_current_case_and_exits_0(self, warned: Path) -> None:
        build()
        assert run("bygg", "--check", "-o", OUT) == (0, [
            warning(),
            "3 ärenden kontrollerade: 3 aktuella, 0 saknas, 0 inaktuella, 0 ändrade för hand; "
            "0 med fel; 1 varning i 1 ärende.",
        ])

    def it_shows_the_warnings_a_case_it_would_build_has_now_not_those_recorded(
            self, warned: Path) -> None:
        build()
        edit_basis("\nbeslut:\n", "\n\nbeslut:\n")  # the warning one line further down
        assert run("bygg", "--check", "-o", OUT) == (1, [
            f"{BASIS}:1:1: dokumenten är inaktuella: ärendefilen har ändrats sedan de byggdes; "
            "kör beslut bygg -o ut",
            warning(LINE + 1),
            "3 ärenden kontrollerade: 2 aktuella, 0 saknas, 1 inaktuellt, 0 ändrade för hand; "
            "0 med fel; 1 varning i 1 ärende.",
        ])
        assert build() == (0, (1, 2, 0, 0), ["1 varning i 1 ärende, se nedan.", warning(LINE + 1)])

    def it_shows_the_warnings_of_a_case_with_errors_and_counts_them_as_the_build_does(
            self, warned: Path) -> None:
        build()
        edit_basis("  antecknas_i: protokollet\n", "  antecknas_i: protokollet\n  yrkande: 1\n")
        error = f"{BASIS}:{LINE + 1}:3: okänd nyckel 'yrkande', menade du 'yrkanden'?"
        code, lines = run("bygg", "--check", "-o", OUT)
        assert (code, lines[1:]) == (1, [
            warning(),
            error,
            "3 ärenden kontrollerade: 2 aktuella, 0 saknas, 1 inaktuellt, 0 ändrade för hand; "
            "1 med fel; 1 varning i 1 ärende.",
        ])
        assert lines[0] == (f"{BASIS}:1:1: dokumenten är inaktuella: ärendefilen har ändrats "
                            "sedan de byggdes; rätta först felen nedan och kör sedan "
                            "beslut bygg -o ut")
        code, counts, after = build()
        assert (code, counts, after[0], after[-2:]) == (
            1, (0, 2, 0, 1), "1 varning i 1 ärende, se nedan.", [warning(), error])


class DescribeAHandEditedCase:
    def it_keeps_its_recorded_warnings_while_its_inputs_stay_the_same(self, warned: Path) -> None:
        build()
        document = Path(OUT) / SEEDS[2].with_suffix(".md").name
        document.write_text(document.read_text(encoding="utf-8") + "x\n", encoding="utf-8")
        code, lines = run("bygg", "--check", "-o", OUT)
        assert (code, lines[1:]) == (1, [
            warning(),
            "3 ärenden kontrollerade: 2 aktuella, 0 saknas, 0 inaktuella, 1 ändrat för hand; "
            "0 med fel; 1 varning i 1 ärende.",
        ])
        code, counts, after = build()
        assert (code, counts, after[-2:]) == (3, (0, 2, 1, 0), [lines[0], warning()])


    def it_shows_the_warnings_it_has_now_once_its_file_changed(self, warned: Path) -> None:
        build()
        document = Path(OUT) / SEEDS[2].with_suffix(".md").name
        document.write_text(document.read_text(encoding="utf-8") + "x\n", encoding="utf-8")
        edit_basis("\nbeslut:\n", "\n\nbeslut:\n")  # the warning one line further down
        code, lines = run("bygg", "--check", "-o", OUT)
        assert (code, lines[1:]) == (1, [
            warning(LINE + 1),
            "3 ärenden kontrollerade: 2 aktuella, 0 saknas, 0 inaktuella, 1 ändrat för hand "
            "(varav 1 inaktuellt); 0 med fel; 1 varning i 1 ärende.",
        ])
        code, counts, after = build()
        assert (code, counts, after[0], after[-2:]) == (
            3, (0, 2, 1, 0), "1 varning i 1 ärende, se nedan.", [lines[0], warning(LINE + 1)])


class DescribeAManifestWrittenBeforeWarningsWereRecorded:
    def it_reads_its_cases_as_without_warnings(self, warned: Path) -> None:
        build()
        path = Path(OUT) / MANIFEST
        data = json.loads(path.read_text(encoding="utf-8"))
        for entry in data["cases"].values():
            entry.pop("warnings", None)
        path.write_text(json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n",
                        encoding="utf-8")
        assert build() == (0, (0, 3, 0, 0), [])
        assert run("bygg", "--check", "-o", OUT) == (0, [
            "3 ärenden kontrollerade: 3 aktuella, 0 saknas, 0 inaktuella, 0 ändrade för hand; "
            "0 med fel.",
        ])


class DescribeAMerge:
    def it_keeps_the_warnings_the_parts_recorded(self, warned: Path) -> None:
        for part in ("1/2", "2/2"):
            assert run("bygg", "-j", "1", "--shard", part, "-o", OUT)[0] == 0
        assert run("bygg", "--merge", "-o", OUT)[0] == 0
        assert build() == (0, (0, 3, 0, 0), ["1 varning i 1 ärende, se nedan.", warning()])

"""`beslut bygg` and `--check` on a case whose documents were edited by hand (trials 27 and
28): the edited files are named beside their case, the line under the summary table is
followed at once by each case's own line with the command that overwrites its documents, and
a case that changed after the edit is said to be stale too, yet never written over."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "cases").glob("00[0-2]-*.yaml"))
PER_CAPSULAM, RETURN, BASIS = (f"cases/{seed.name}" for seed in SEEDS)
OUT = "ut"
EDITED = f"{OUT}/{SEEDS[2].stem}.md"
NOTE = ("1 ärende har dokument som ändrats för hand och inte skrivits över{}; flytta undan dem "
        "för att behålla dem, eller skriv över dem med kommandot på raden nedan:")


def run(*args: str) -> tuple[int, list[str]]:
    """Run `beslut` in-process; return the exit code and the lines printed."""
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output.splitlines()


def build(*args: str) -> tuple[int, tuple[int, ...], list[str], list[str]]:
    """`beslut bygg -o ut -j 1`: the exit code, the counts built, unchanged, edited by hand
    and failed, the plain lines above the summary table and the lines under it."""
    code, lines = run("bygg", "-o", OUT, "-j", "1", *args)
    row = next(line for line in lines if line.count("│") == 5)
    counts = tuple(int(cell) for cell in row.strip("│ ").split("│"))
    title = lines.index("Sammanfattning")
    end = next(i for i, line in enumerate(lines) if line.startswith("└"))
    return code, counts, lines[:title], lines[end + 1:]


def edit(path: str, old: str, new: str) -> None:
    """Change a file's text."""
    text = Path(path).read_text(encoding="utf-8")
    assert old in text
    Path(path).write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture
def built(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Three seeds in `cases/`, built into `ut/`; the basis's .md then edited by hand."""
    (tmp_path / "cases").mkdir()
    for seed in SEEDS:
        shutil.copy(seed, tmp_path / "cases" / seed.name)
    monkeypatch.chdir(tmp_path)
    assert run("bygg", "-o", OUT, "-j", "1")[0] == 0
    edit(EDITED, "HSN 2024/1732", "HSN 2024/1732 (rättat för hand)")
    yield tmp_path


class DescribeABuild:
    def it_names_the_edited_file_beside_the_case_that_made_it(self, built: Path) -> None:
        assert build()[2] == [f"ändrat för hand: {EDITED} (ärendet {BASIS})"]

    def it_names_both_files_when_both_were_edited(self, built: Path) -> None:
        Path(f"{OUT}/{SEEDS[2].stem}.docx").write_bytes(b"ersatt")
        assert build()[2] == [f"ändrade för hand: {EDITED} och {OUT}/{SEEDS[2].stem}.docx "
                              f"(ärendet {BASIS})"]

    def it_follows_its_note_with_the_case_s_line_and_the_command(self, built: Path) -> None:
        assert build()[1:] == ((0, 2, 1, 0), [f"ändrat för hand: {EDITED} (ärendet {BASIS})"], [
            NOTE.format(""),
            f"{BASIS}:1:1: dokumentet {EDITED} har ändrats för hand (eller skapades inte av "
            "beslut); flytta undan det för att behålla det, eller skriv över det med beslut "
            f"bygg {BASIS} -o ut --force"])

    def it_says_a_case_changed_since_the_edit_is_stale_and_writes_over_nothing(
            self, built: Path) -> None:
        docx = Path(f"{OUT}/{SEEDS[2].stem}.docx").read_bytes()
        edit(BASIS, "dnr: HSN 2024/1732", "dnr: HSN 2024/1733")  # (trial 27: § changed)
        code, counts, _, under = build()
        assert (code, counts) == (3, (0, 2, 1, 0))  # edited, stale, no errors: not failed
        assert under == [
            NOTE.format(" (varav 1 inaktuellt)"),
            f"{BASIS}:1:1: dokumentet {EDITED} har ändrats för hand (eller skapades inte av "
            "beslut), och dokumenten är inaktuella: ärendefilen har ändrats sedan de byggdes, "
            "men byggs inte om så länge det ligger kvar; flytta undan det för att behålla det, "
            f"och kör sedan beslut bygg {BASIS} -o ut, eller skriv över det med beslut bygg "
            f"{BASIS} -o ut --force"]
        assert "(rättat för hand)" in Path(EDITED).read_text(encoding="utf-8")
        assert Path(f"{OUT}/{SEEDS[2].stem}.docx").read_bytes() == docx

    def it_builds_both_again_by_the_command_it_names_once_the_edit_is_moved_away(
            self, built: Path) -> None:
        edit(BASIS, "dnr: HSN 2024/1732", "dnr: HSN 2024/1733")
        Path(EDITED).rename("behallen.md")
        assert run("bygg", BASIS, "-o", OUT)[0] == 0
        assert "HSN 2024/1733" in Path(EDITED).read_text(encoding="utf-8")
        assert run("bygg", "--check", "-o", OUT)[0] == 0

    def it_prints_the_edited_cases_before_the_failed_ones(self, built: Path) -> None:
        edit(f"{OUT}/{SEEDS[1].stem}.md", "\n", "\nrättat\n")
        edit(PER_CAPSULAM, "datum: 2022-12-15", "datum: 2022-13-15")
        code, counts, _, under = build()
        assert (code, counts) == (1, (0, 0, 2, 1))
        assert under[0] == (
            "2 ärenden har dokument som ändrats för hand och inte skrivits över; flytta undan "
            "dem för att behålla dem, eller skriv över dem med kommandot på varje ärendes rad "
            "nedan:")
        assert [line.split(":")[0] for line in under[1:3]] == [RETURN, BASIS]
        assert under[3].strip() == "Misslyckade ärenden"


class DescribeACheck:
    def it_lists_and_counts_a_case_changed_since_the_edit_as_stale_too(
            self, built: Path) -> None:
        edit(BASIS, "dnr: HSN 2024/1732", "dnr: HSN 2024/1733")
        code, lines = run("bygg", "--check", "-o", OUT)
        assert code == 1
        assert "och dokumenten är inaktuella: ärendefilen har ändrats sedan de byggdes" in lines[0]
        assert lines[-1] == ("3 ärenden kontrollerade: 2 aktuella, 0 saknas, 0 inaktuella, "
                             "1 ändrat för hand (varav 1 inaktuellt); 0 med fel.")

    def it_counts_one_case_in_the_singular(self, built: Path) -> None:
        code, lines = run("bygg", BASIS, "--check", "-o", OUT)
        assert code == 1
        assert lines[-1] == ("1 ärende kontrollerat: 0 aktuella, 0 saknas, 0 inaktuella, "
                             "1 ändrat för hand; 0 med fel.")
        Path(EDITED).unlink()
        edit(RETURN, "\n", "\n\n")
        code, lines = run("bygg", BASIS, RETURN, PER_CAPSULAM, "--check", "-o", OUT)
        assert code == 1
        assert lines[-1] == ("3 ärenden kontrollerade: 1 aktuellt, 1 saknas, 1 inaktuellt, "
                             "0 ändrade för hand; 0 med fel.")


class DescribeTheExitCode:
    """What a nightly `beslut bygg` tells its script: 0 every case built or unchanged, 1 a
    case failed or has errors, 3 nothing failed but documents edited by hand were left as
    they are, 2 wrong usage; `--check` says 1 for anything not current, an edit included."""

    def it_is_3_when_the_only_issue_is_an_edit_left_as_it_is(self, built: Path) -> None:
        assert build()[:2] == (3, (0, 2, 1, 0))

    def it_is_1_when_another_case_failed(self, built: Path) -> None:
        edit(PER_CAPSULAM, "datum: 2022-12-15", "datum: 2022-13-15")
        assert build()[:2] == (1, (0, 1, 1, 1))

    def it_is_1_when_the_edited_case_has_errors(self, built: Path) -> None:
        edit(BASIS, "datum: 2024-02-15", "datum: 2024-02-30")
        assert build()[:2] == (1, (0, 2, 1, 0))

    def it_is_0_once_the_edit_is_written_over(self, built: Path) -> None:
        assert build("--force")[:2] == (0, (3, 0, 0, 0))
        assert build()[:2] == (0, (0, 3, 0, 0))

    def it_is_1_for_a_check_that_finds_the_edit(self, built: Path) -> None:
        assert run("bygg", "--check", "-o", OUT)[0] == 1

    def it_is_2_for_wrong_usage(self, built: Path) -> None:
        assert run("bygg", "--shard", "5/4", "-o", OUT)[0] == 2

"""Specification of the pipeline as the secretary meets it through the command: one case's
failure stays that case's problem, a broken template folder is named, and a case that
`beslut check` passes is one `beslut render` writes."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

import generator.build
from generator.case.models import Case
from generator.cli import main
from generator.compute.computed import Computed, compute_case
from generator.compute.stated import Mismatch
from generator.problems import Finding

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "cases").glob("*.yaml"))
CAPSULAM = ROOT / "cases" / "000-beslut-per-capsulam-overskjutande-medel-2022.yaml"
UNDERLAG = ROOT / "cases" / "002-beslutsunderlag-lansgemensamma-medel-2024.yaml"


def run(*args: str | Path) -> tuple[int, list[str]]:
    """Run the command; its exit code and printed lines (a traceback fails the test)."""
    result = CliRunner().invoke(main, [str(a) for a in args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert "Traceback" not in result.output
    return result.exit_code, result.output.splitlines()


def written(folder: Path) -> list[str]:
    """The documents in an output folder (the manifest left out)."""
    if not folder.is_dir():
        return []
    return sorted(p.name for p in folder.iterdir() if not p.name.startswith("."))


class DescribeABugInAStage:
    @pytest.fixture(autouse=True)
    def broken_compute(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Make the compute stage fail for the beslut per capsulam only."""

        def compute(case: Case) -> tuple[Computed, list[Mismatch], list[Finding]]:
            if case.dokumenttyp == "beslut_per_capsulam":
                raise RuntimeError("trasig beräkning")
            return compute_case(case)

        monkeypatch.setattr(generator.build, "compute_case", compute)

    def it_becomes_one_internal_error_for_that_case_and_check_exits_1(self) -> None:
        code, lines = run("check", CAPSULAM, UNDERLAG)
        assert code == 1
        assert lines == [
            f"{CAPSULAM}:1:1: internt fel i beslut: RuntimeError: trasig beräkning; "
            "rapportera gärna felet",
            "2 filer kontrollerade: 1 fel i 1 fil.",
        ]

    def it_lets_render_write_the_other_cases(self, tmp_path: Path) -> None:
        code, lines = run("render", CAPSULAM, UNDERLAG, "-o", tmp_path)
        assert code == 1
        assert written(tmp_path) == [f"{UNDERLAG.stem}.docx", f"{UNDERLAG.stem}.md"]
        assert lines[-2].startswith(f"{CAPSULAM}:1:1: internt fel i beslut: RuntimeError:")


class DescribeABrokenTemplateFolder:
    def it_names_a_broken_reference_docx_for_every_case_and_writes_nothing(
        self, tmp_path: Path
    ) -> None:
        own = tmp_path / "mallar"
        own.mkdir()
        (own / "reference.docx").write_bytes(b"inte en zip-fil")
        out = tmp_path / "ut"
        code, lines = run("render", CAPSULAM, UNDERLAG, "--templates", own, "-o", out)
        message = (f"formatmallen {own / 'reference.docx'} är ingen Word-fil (.docx), spara om "
                   "den i Word eller ta bort den ur mallmappen")
        assert code == 1
        assert lines == [
            f"{CAPSULAM}:1:1: {message}",
            f"{UNDERLAG}:1:1: {message}",
            "2 filer kontrollerade: 2 fel i 2 filer.",
        ]
        assert written(out) == []

    def it_names_a_template_with_a_syntax_error_and_its_line(self, tmp_path: Path) -> None:
        own = tmp_path / "mallar"
        own.mkdir()
        (own / "beslutsunderlag.md.j2").write_text("Rubrik\n{% if %}\n", encoding="utf-8")
        code, lines = run("check", CAPSULAM, UNDERLAG, "--templates", own)
        assert code == 1
        assert len(lines) == 2
        assert lines[0].startswith(
            f"{UNDERLAG}:1:1: mallen {own / 'beslutsunderlag.md.j2'}, rad 2: ")
        assert lines[0].endswith("syntaxfel, ett uttryck saknas före '%}'")
        assert lines[1] == "2 filer kontrollerade: 1 fel i 1 fil."

    def it_still_writes_the_cases_of_other_kinds(self, tmp_path: Path) -> None:
        own = tmp_path / "mallar"
        own.mkdir()
        (own / "beslutsunderlag.md.j2").write_text("{% if %}\n", encoding="utf-8")
        out = tmp_path / "ut"
        code, _ = run("render", CAPSULAM, UNDERLAG, "--templates", own, "-o", out)
        assert code == 1
        assert written(out) == [f"{CAPSULAM.stem}.docx", f"{CAPSULAM.stem}.md"]

    def it_names_a_template_that_extends_one_that_does_not_exist(self, tmp_path: Path) -> None:
        own = tmp_path / "mallar"
        own.mkdir()
        (own / "beslutsunderlag.md.j2").write_text('{% extends "saknas.md.j2" %}\n', "utf-8")
        code, lines = run("check", UNDERLAG, "--templates", own)
        assert code == 1
        assert lines[0] == (
            f"{UNDERLAG}:1:1: mallen {own / 'beslutsunderlag.md.j2'}, rad 1: mallen "
            "'saknas.md.j2' som tas med finns inte"
        )


BROKEN = {
    "no table data": ("tabell: medelslista", "tabell: risk"),
    "unknown split": ("dokumenttyp: tjansteskrivelse", "dokumenttyp: tjansteskrivelse\n"
                      "avsnitt:\n  - rubrik: X\n    tabell: uppdelning\n    uppdelning: y\n"),
    "reference in a title": ("titel: >-", "titel: >-\n  {{ summa }}"),
}


def _variant(tmp_path: Path, old: str, new: str) -> Path:
    """The tjänsteskrivelse sample with one piece of text replaced."""
    source = SAMPLES[4].read_text(encoding="utf-8")
    assert old in source
    path = tmp_path / "fall.yaml"
    path.write_text(source.replace(old, new, 1), encoding="utf-8")
    return path


class DescribeCheckAndRender:
    @pytest.mark.parametrize("case", SAMPLES, ids=lambda p: p.name[:3])
    def it_writes_every_sample_that_check_passes(self, tmp_path: Path, case: Path) -> None:
        assert run("check", case)[0] == 0
        assert run("render", case, "-o", tmp_path)[0] == 0
        assert written(tmp_path) == [f"{case.stem}.docx", f"{case.stem}.md"]

    @pytest.mark.parametrize("change", sorted(BROKEN), ids=str)
    def it_writes_nothing_for_a_case_check_fails_with_the_same_problems(
        self, tmp_path: Path, change: str
    ) -> None:
        case = _variant(tmp_path, *BROKEN[change])
        check_code, check_lines = run("check", case)
        render_code, render_lines = run("render", case, "-o", tmp_path / "ut")
        assert (check_code, render_code) == (1, 1)
        assert check_lines == render_lines
        assert written(tmp_path / "ut") == []

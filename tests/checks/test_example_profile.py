"""Specification: a case of the built-in made-up kommun is warned about at `organisation`,
since its documents print "Exempelby kommun" (trial 80, F6); a local profile of that id is an
organisation's own and is not."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline

CASE = """\
dokumenttyp: tjansteskrivelse
organisation: exempelby-kommun
datum: 2025-03-14
dnr: KS 2025/14
titel: Samverkan
avsnitt:
  - rubrik: Bakgrund
    text: Kommunen samverkar med regionen.
"""


def problems(folder: Path) -> list[str]:
    """The case's problems as `beslut kontrollera` prints them, without the folder."""
    case = folder / "x.yaml"
    case.write_text(CASE, encoding="utf-8")
    return [p.format().replace(f"{folder}/", "") for p in Pipeline().build(case).problems]


def test_a_case_of_the_made_up_kommun_is_warned_about(tmp_path: Path) -> None:
    assert problems(tmp_path) == [
        "x.yaml:2:15: varning: 'exempelby-kommun' är en påhittad kommun att prova med, och "
        "dokumentet får dess namn, 'Exempelby kommun', överst; börja en profil för er kommun "
        "med 'beslut organisationer --ny lysekils-kommun' (med er kommuns namn) och skriv dess "
        "namn här"]


def test_a_local_profile_of_its_id_is_not(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                          ) -> None:
    folder = tmp_path / "profiler" / "exempelby-kommun"
    folder.mkdir(parents=True)
    (folder / "profil.yaml").write_text(
        "namn: Lysekils kommun\nslag: kommun\nrader:\n  - Lysekils kommun\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert problems(tmp_path) == []

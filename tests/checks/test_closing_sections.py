"""Sections printed after the signature (`efter_underskrift: ja`, trial 83, F8) stand last
among the top-level sections: one before a section printed before the signature, and the key
in a sub-section, are errors at the key that say where to move the section."""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline

HEAD = """\
dokumenttyp: beslut
etikett: Beslut
datum: 2020-03-10
dnr: SN 2020/12
titel: Beslut om ledsagarservice
beslut_forst: true
beslut:
  beslutande: Biståndshandläggaren
  delegation: Socialnämnden
  datum: 2020-03-10
  punkter: [bevilja ledsagarservice med 17 timmar per månad.]
undertecknare:
  - namn: Sara Holm
    titel: Biståndshandläggare
avsnitt:
"""
REASONS = "  - rubrik: Skäl för beslutet\n    text: Behovet är utrett.\n"
APPEAL = ("  - rubrik: Hur man överklagar\n    efter_underskrift: ja\n"
          "    text: Beslutet kan överklagas hos förvaltningsrätten.\n")


def problems(tmp_path: Path, sections: str) -> list[str]:
    """The problems of the case with the sections, without the folder."""
    case = tmp_path / "x.yaml"
    case.write_text(HEAD + sections, encoding="utf-8")
    return [p.format().removeprefix(f"{tmp_path}/")
            for p in Pipeline().build(case).problems]


def test_sections_after_the_signature_last_among_the_sections_are_fine(
        tmp_path: Path) -> None:
    assert problems(tmp_path, REASONS + APPEAL) == []


def test_a_section_after_the_signature_before_one_printed_before_it_is_an_error(
        tmp_path: Path) -> None:
    assert problems(tmp_path, APPEAL + REASONS) == [
        "x.yaml:17:5: avsnittet 'Hur man överklagar' skrivs efter underskriften, men "
        "avsnittet 'Skäl för beslutet', som står efter det i ärendefilen, skrivs före "
        "underskriften; flytta avsnittet 'Hur man överklagar' sist bland avsnitten"]


def test_the_key_in_a_sub_section_is_an_error(tmp_path: Path) -> None:
    nested = REASONS + ("    avsnitt:\n      - rubrik: Överklagande\n"
                        "        efter_underskrift: ja\n        text: Inom tre veckor.\n")
    assert problems(tmp_path, nested) == [
        "x.yaml:20:9: 'efter_underskrift' gäller ett avsnitt på översta nivån, inte ett "
        "underavsnitt; skriv 'efter_underskrift: ja' i avsnittet som underavsnittet står i, "
        "eller ta bort raden"]


def test_no_for_the_key_is_fine_anywhere(tmp_path: Path) -> None:
    assert problems(tmp_path, APPEAL.replace(": ja", ": nej") + REASONS) == []

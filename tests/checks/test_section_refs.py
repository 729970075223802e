"""Specification of the warning at a reference to a section number the document does not
print (trial 20: "enligt tabellen i avsnitt 2" in a decision, whose sections are unnumbered)."""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline

HEAD = "dokumenttyp: beslutsunderlag\ndatum: 2024-10-08\ndnr: PHN 2024/17\ntitel: Medel\n"
SECTIONS = """\
avsnitt:
  - {rubrik: Bakgrund, text: "Fördelningen står i avsnitt 2."}
  - {rubrik: Fördelning, text: Så här.}
"""


def problems(tmp_path: Path, text: str) -> list[str]:
    """The case's problems as printed, without the folder."""
    case = tmp_path / "x.yaml"
    case.write_text(text, encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().check(case, "x.yaml")
            .problems]


def test_a_reference_to_a_printed_section_number_is_fine(tmp_path: Path) -> None:
    assert problems(tmp_path, HEAD + SECTIONS) == []


def test_a_reference_where_the_headings_are_unnumbered_is_warned_about(tmp_path: Path) -> None:
    decision = "beslut:\n  beslutande: Nämnden\n  punkter:\n    - fördela medlen\n"
    assert problems(tmp_path, HEAD + decision + SECTIONS) == [
        "x.yaml:10:51: varning: texten hänvisar till 'avsnitt 2', men rubrikerna i det här "
        "dokumentet är inte numrerade; hänvisa till avsnittet med dess rubrik i stället, t.ex. "
        "'under Fördelning'"]


def test_a_reference_to_a_number_no_section_has_is_warned_about(tmp_path: Path) -> None:
    assert problems(tmp_path, HEAD + SECTIONS.replace("avsnitt 2", "avsnitt 3")) == [
        "x.yaml:6:51: varning: texten hänvisar till 'avsnitt 3', men inget avsnitt har det "
        "numret; hänvisa till avsnittet med dess rubrik i stället, t.ex. 'under Fördelning'"]

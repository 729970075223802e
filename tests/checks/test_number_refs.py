"""Specification of the warning at a reference to a section number the document does not
print (trial 20: "enligt tabellen i avsnitt 2" in a decision, whose sections are unnumbered),
and at a reference to a table by number, which no document prints (trial 22: "enligt tabell
1")."""

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


TABLE = "tabeller:\n  - namn: t\n    kolumner: [{namn: a}]\n    rader: [{a: x}]\n"
TABLE_ADVICE = ("tabellerna har inga nummer i dokumentet; hänvisa till tabellen med rubriken över "
                "den i stället, t.ex. 'tabellen under Fördelning', eller skriv 'tabellen nedan'")


def with_text(text: str) -> str:
    """A case whose first section has the text, with numbered headings and a table."""
    shown = SECTIONS.replace("text: Så här.", "text: Så här., tabell: t")
    return HEAD + shown.replace("Fördelningen står i avsnitt 2.", text) + TABLE


def test_a_reference_to_a_table_number_is_warned_about_even_under_numbered_headings(
        tmp_path: Path) -> None:
    assert problems(tmp_path, with_text("Avgifterna gäller enligt tabell 1.")) == [
        f"x.yaml:6:56: varning: texten hänvisar till 'tabell 1', men {TABLE_ADVICE}"]


def test_tables_referred_to_together_are_one_warning(tmp_path: Path) -> None:
    assert problems(tmp_path, with_text("Se Tabellerna 1 och 2.")) == [
        f"x.yaml:6:34: varning: texten hänvisar till 'Tabellerna 1 och 2', men {TABLE_ADVICE}"]


def test_a_table_named_otherwise_or_an_amount_after_the_word_is_no_reference(
        tmp_path: Path) -> None:
    for text in ("Se tabellen nedan.", "Se tabellen under Fördelning.",
                 "Se tabell 3 000 kr.", "Se tabellen 2024.", "Tabellen, 2 rader."):
        assert problems(tmp_path, with_text(text)) == [], text


NUMBERED = """\
beslut:
  beslutande: Kommunfullmäktige
  punkter:
    - fastställa avgifterna enligt tabell 1–2 och tabell 3,
avsnitt:
  - {rubrik: Tabell 1. Ansökningsavgifter, tabell: t}
  - rubrik: Övrigt
    avsnitt:
      - {rubrik: "Tabell 2: Tillsyn", tabell: u}
  - {rubrik: Tabell 3 Rörlig avgift, text: Ingen tabell här.}
"""


def test_headings_over_tables_that_number_them_number_them(tmp_path: Path) -> None:
    """Trial 79, F2: "Tabell 1. Ansökningsavgifter" over a table numbers it; a heading over no
    table numbers nothing, and a number no heading has is warned about with those they have."""
    second = "  - namn: u\n    kolumner: [{namn: a}]\n    rader: [{a: y}]\n"
    assert problems(tmp_path, HEAD + NUMBERED + TABLE + second) == [
        "x.yaml:8:51: varning: texten hänvisar till 'tabell 3', men ingen rubrik över en "
        "tabell börjar med 'Tabell 3', bara med 'Tabell 1' och 'Tabell 2'; rätta numret eller "
        "hänvisa till tabellen med rubriken över den"]

"""Reservations and protocol notes of a decision: printed right after its points, before the
justering, each under a small heading of its own ("Reservation", "Reservationer" when there are
several; "Protokollsanteckning", "Protokollsanteckningar") and each item a paragraph, in
Markdown and in Word alike, where the heading is kept with its text."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.build import Pipeline
from generator.cli import main
from generator.word.dump import dump_docx

CASE = """\
dokumenttyp: {kind}
etikett: Protokollsutdrag
datum: 2021-03-02
dnr: KUN 2021/14
titel: Föreningsbidrag 2021
beslut_forst: {first}
avsnitt:
  - rubrik: Ärendebeskrivning
    text: Föreningarna har sökt verksamhetsbidrag för 2021.
    tabell: bidrag
tabeller:
  - namn: bidrag
    kolumner:
      - {{namn: forening, rubrik: Förening}}
      - {{namn: belopp, rubrik: Bidrag, typ: belopp}}
    rader:
      - {{forening: ABF Bergslagen, belopp: 12 000}}
      - {{forening: Degerfors Folkets hus, belopp: 7 000}}
beslut:
  beslutande: Kultur- och utbildningsnämnden
  datum: 2021-02-23
  paragraf: 12
  punkter:
    - fördela föreningsbidrag om {{{{ tabeller.bidrag.summa }}}} enligt tabellen.
{extra}justering:
  datum: 2021-03-02
  justerare: Anna Andersson (M)
"""
ONE = ("  reservationer:\n"
       "    - Peter Nyström (SD) reserverar sig mot beslutet att ABF ska få bidrag.\n")
TWO = ONE + "    - Sverigedemokraterna reserverar sig till förmån för *eget* yrkande.\n"
NOTE = ("  protokollsanteckningar:\n"
        "    - Anna Berg (V) antecknar till protokollet att uppföljningen bör redovisas.\n")
POINT = "att fördela föreningsbidrag om 19 000 kr enligt tabellen.\n\n"


def build(tmp_path: Path, extra: str, first: bool = False,
          kind: str = "beslut") -> tuple[str, str, list[str]]:
    """The Markdown, the Word dump and the problems of the case."""
    path = tmp_path / "fall.yaml"
    path.write_text(CASE.format(kind=kind, first=str(first).lower(), extra=extra), "utf-8")
    result = Pipeline().build(path)
    markdown = result.files.get("fall.md", b"").decode("utf-8").replace("\u00a0", " ")
    word = dump_docx(result.files["fall.docx"]) if "fall.docx" in result.files else ""
    return (markdown, word.replace("\u00a0", " "),
            [p.format().removeprefix(f"{path}:").replace("\u00a0", " ") for p in result.problems])


def test_a_reservation_follows_the_points_under_its_heading_before_the_justering(
        tmp_path: Path) -> None:
    markdown, _, problems = build(tmp_path, ONE)
    assert problems == []
    assert (POINT + "### Reservation\n\n"
            "Peter Nyström (SD) reserverar sig mot beslutet att ABF ska få bidrag.\n\n"
            "::: efter\n## Justering\n\n") in markdown


def test_several_reservations_are_each_a_paragraph_under_a_plural_heading(
        tmp_path: Path) -> None:
    markdown, _, _ = build(tmp_path, TWO)
    assert (POINT + "### Reservationer\n\n"
            "Peter Nyström (SD) reserverar sig mot beslutet att ABF ska få bidrag.\n\n"
            "Sverigedemokraterna reserverar sig till förmån för *eget* yrkande.\n\n"
            "::: efter\n## Justering\n\n") in markdown


def test_protocol_notes_follow_the_reservations(tmp_path: Path) -> None:
    markdown, _, _ = build(tmp_path, ONE + NOTE)
    assert ("bidrag.\n\n### Protokollsanteckning\n\n"
            "Anna Berg (V) antecknar till protokollet att uppföljningen bör redovisas.\n\n"
            "::: efter\n## Justering\n\n") in markdown


def test_protocol_notes_stand_alone_and_take_the_plural_when_several(tmp_path: Path) -> None:
    markdown, _, _ = build(tmp_path, NOTE + "    - Dag Dahl (S) instämmer.\n")
    assert (POINT + "### Protokollsanteckningar\n\n"
            "Anna Berg (V) antecknar till protokollet att uppföljningen bör redovisas.\n\n"
            "Dag Dahl (S) instämmer.\n\n::: efter\n## Justering") in markdown
    assert "Reservation" not in markdown


def test_a_decision_without_them_prints_no_heading(tmp_path: Path) -> None:
    markdown, _, _ = build(tmp_path, "")
    assert POINT + "::: efter\n## Justering" in markdown and "###" not in markdown


def test_they_stay_with_the_decision_when_it_comes_first(tmp_path: Path) -> None:
    markdown, _, _ = build(tmp_path, ONE, first=True)
    assert markdown.index("## Beslut") < markdown.index("### Reservation") < markdown.index(
        "## Ärendebeskrivning") < markdown.index("::: efter\n## Justering")


def test_they_take_figures_and_markdown_as_any_text_does(tmp_path: Path) -> None:
    extra = ("  reservationer:\n    - M yrkar på **{{ tabeller.bidrag.rader[1].belopp }}** "
             "till ABF.\n")
    markdown, word, problems = build(tmp_path, extra)
    assert problems == []
    assert "M yrkar på **7 000 kr** till ABF.\n" in markdown
    assert "[Normal] M yrkar på **7 000 kr** till ABF. ↓\n" in word  # (kept: the justering)


def test_in_word_the_heading_is_a_small_heading_kept_with_its_text(tmp_path: Path) -> None:
    _, word, _ = build(tmp_path, TWO + NOTE)
    assert (
        "[Normal] att fördela föreningsbidrag om 19 000 kr enligt tabellen.\n"
        "[Heading 3] Reservationer ↓\n"
        "[Normal] Peter Nyström (SD) reserverar sig mot beslutet att ABF ska få bidrag.\n"
        "[Normal] Sverigedemokraterna reserverar sig till förmån för *eget* yrkande.\n"
        "[Heading 3] Protokollsanteckning ↓\n"
        "[Normal] Anna Berg (V) antecknar till protokollet att uppföljningen bör redovisas. ↓\n"
        "[Heading 2] Justering ↓\n") in word


def test_the_word_heading_carries_keep_with_next(tmp_path: Path) -> None:
    path = tmp_path / "fall.yaml"
    path.write_text(CASE.format(kind="beslut", first="false", extra=ONE), "utf-8")
    document = Pipeline().build(path).files["fall.docx"]
    body = zipfile.ZipFile(io.BytesIO(document)).read("word/document.xml").decode("utf-8")
    heading = body[:body.index(">Reservation<")]
    assert heading[heading.rindex("<w:p>"):].count("<w:keepNext/>") == 1


def test_an_amount_in_a_reservation_is_prose_not_a_decision_point(tmp_path: Path) -> None:
    """'6 500 kr' is no figure of the tables: in a point an error, in a reservation fine."""
    extra = "  reservationer:\n    - SD yrkar på 6 500 kr till ABF.\n"
    assert build(tmp_path, extra)[2] == []
    near = "  reservationer:\n    - SD yrkar på 7 001 kr till ABF.\n"
    assert build(tmp_path, near)[2] == [
        "26:19: varning: beloppet '7 001 kr' i texten stämmer inte exakt med tabellens "
        "7 000 kr på raden 'Degerfors Folkets hus'; menar texten det beloppet, skriv "
        "{{ tabeller.bidrag.rader[1].belopp }} så följer texten tabellen"]


def test_a_year_range_in_a_protocol_note_is_warned_about_as_in_any_text(
        tmp_path: Path) -> None:
    note = "  protokollsanteckningar:\n    - V vill se en plan för 2022-2024.\n"
    assert build(tmp_path, note)[2] == [
        "26:29: varning: '2022-2024' är skrivet med bindestreck, skriv 2022–2024 med "
        "tankstreck och utan mellanslag (dokumentet skriver det så)"]


@pytest.mark.parametrize(("key", "what"), [("reservationer", "reservationen"),
                                           ("protokollsanteckningar", "protokollsanteckningen")])
def test_an_empty_item_stops_the_document(tmp_path: Path, key: str, what: str) -> None:
    markdown, _, problems = build(tmp_path, f"  {key}:\n    -\n")
    assert (markdown, problems) == (
        "", [f"26:6: {what} är tom, skriv texten eller ta bort raden"])


def test_a_per_capsulam_decision_refuses_them(tmp_path: Path) -> None:
    markdown, _, problems = build(tmp_path, ONE, kind="beslut_per_capsulam")
    assert markdown == ""
    assert problems == [
        "25:3: 'reservationer' hör till ett beslut som fattas på ett sammanträde, men ett "
        "beslut per capsulam fattas utan sammanträde och kan inte ha några reservationer; ta "
        "bort 'reservationer', eller skriv 'dokumenttyp: beslut' om beslutet fattades på ett "
        "möte"]


def test_end_to_end_the_command_checks_and_builds_the_protokollsutdrag(
        tmp_path: Path) -> None:
    case = tmp_path / "utdrag.yaml"
    case.write_text(CASE.format(kind="beslut", first="false", extra=TWO + NOTE), "utf-8")
    runner = CliRunner()
    checked = runner.invoke(main, ["kontrollera", str(case)])
    assert (checked.exit_code, checked.output) == (0, "1 fil kontrollerad: inga fel.\n")
    built = runner.invoke(main, ["skapa", str(case), "-o", str(tmp_path / "ut")])
    assert built.exit_code == 0, built.output
    markdown = (tmp_path / "ut" / "utdrag.md").read_text("utf-8")
    word = dump_docx((tmp_path / "ut" / "utdrag.docx").read_bytes())
    assert "### Reservationer\n" in markdown and "### Protokollsanteckning\n" in markdown
    assert "[Heading 3] Reservationer ↓\n" in word
    assert "[Heading 3] Protokollsanteckning ↓\n" in word

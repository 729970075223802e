"""Specification of the room amount headers get for their short words (trial 46: in an
11-column norm table on a portrait page "Sambo (kr)" was printed "Samb" over "o (kr)" and
"7–10 år" as "7–10 å" over "r (kr)"; in the household table "personer" as "perso-" /
"ner" beside a text column with room to spare)."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

import generator.word.table_widths as table_widths
import generator.word.tables as tables
from generator.build import Pipeline
from generator.word.dump import dump_docx
from generator.word.glyph_widths import Glyphs, font_glyphs
from generator.word.header_room import one_line
from generator.word.header_words import WholeWords, whole_header_words
from generator.word.styles import StyleBook
from generator.word.table_widths import DataWidths, TableFont, data_widths
from generator.word.widths import ColumnText

AGES = ["<1 år", "1–2 år", "3 år", "4–6 år", "7–10 år", "11–14 år", "15–18 år", "19–20 år"]
NORM = """\
dokumenttyp: tjansteskrivelse
datum: 2026-11-27
dnr: nej
titel: Norm för ekonomiskt bistånd
avsnitt:
  - rubrik: Personliga kostnader
    tabell: personliga
  - rubrik: Hushållskostnader
    tabell: hushall
tabeller:
  - namn: personliga
    totalt: Summa
    kolumner:
      - {namn: post, rubrik: Personliga kostnader}
      - {namn: u1, rubrik: "<1 år", typ: belopp}
      - {namn: a1_2, rubrik: "1–2 år", typ: belopp}
      - {namn: a3, rubrik: "3 år", typ: belopp}
      - {namn: a4_6, rubrik: "4–6 år", typ: belopp}
      - {namn: a7_10, rubrik: "7–10 år", typ: belopp}
      - {namn: a11_14, rubrik: "11–14 år", typ: belopp}
      - {namn: a15_18, rubrik: "15–18 år", typ: belopp}
      - {namn: a19_20, rubrik: "19–20 år", typ: belopp}
      - {namn: ensam, rubrik: Ensam, typ: belopp}
      - {namn: sambo, rubrik: Sambo, typ: belopp}
    rader:
      - {post: "Livsmedel, alla måltider", u1: 915, a1_2: 1035, a3: 1140, a4_6: 1330,
         a7_10: 1505, a11_14: 1765, a15_18: 2085, a19_20: 2105, ensam: 1865, sambo: 3020}
      - {post: Kläder/skor, u1: 375, a1_2: 495, a3: 535, a4_6: 535, a7_10: 635, a11_14: 680,
         a15_18: 720, a19_20: 720, ensam: 605, sambo: 1205}
      - {post: Barn- och ungdomsförsäkring, u1: 70, a1_2: 75, a3: 80, a4_6: 80, a7_10: 80,
         a11_14: 80, a15_18: 80, a19_20: 80}
  - namn: hushall
    totalt: Summa
    kolumner:
      - {namn: post, rubrik: "Hushållskostnader, kr"}
      - {namn: p1, rubrik: 1 person, typ: belopp}
      - {namn: p2, rubrik: 2 personer, typ: belopp}
      - {namn: p3, rubrik: 3 personer, typ: belopp}
      - {namn: p4, rubrik: 4 personer, typ: belopp}
      - {namn: p5, rubrik: 5 personer, typ: belopp}
      - {namn: p6, rubrik: 6 personer, typ: belopp}
      - {namn: p7, rubrik: 7 personer, typ: belopp}
    rader:
      - {post: Förbrukningsvaror, p1: 140, p2: 150, p3: 270, p4: 305, p5: 350, p6: 415, p7: 445}
      - {post: "Dagstidningar, telefon", p1: 900, p2: 1000, p3: 1180, p4: 1335, p5: 1540,
         p6: 1725, p7: 1865}
"""

Call = tuple[Sequence[ColumnText], list[int], int, Glyphs | None, WholeWords]


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Call]]:
    """Every call to `whole_header_words` while a case is built, with its answer."""
    seen: list[Call] = []

    def record(columns: Sequence[ColumnText], widths: list[int], char: int,
               glyphs: Glyphs | None) -> WholeWords:
        result = whole_header_words(columns, widths, char, glyphs)
        seen.append((columns, widths, char, glyphs, result))
        return result

    monkeypatch.setattr(table_widths, "whole_header_words", record)
    yield seen


@pytest.fixture
def built(calls: list[Call], tmp_path: Path) -> tuple[list[Call], bytes]:
    """The norm tables' calls and the Word file made from them."""
    path = tmp_path / "norm.yaml"
    path.write_text(NORM, encoding="utf-8")
    result = Pipeline().build(path)
    assert result.problems == []
    return calls, result.files["norm.docx"]


def _body(docx: bytes) -> str:
    return zipfile.ZipFile(io.BytesIO(docx)).read("word/document.xml").decode("utf-8")


def test_a_short_header_word_gets_the_width_it_is_set_in(
        built: tuple[list[Call], bytes]) -> None:
    """"Sambo" and "Ensam" in bold Calibri are wider than five average characters; the
    room comes from the columns of figures with some to spare ("3 år") and the text column."""
    [(columns, before, char, glyphs, after), _], _ = built
    assert glyphs is not None
    assert before == [1075, 785, 785, 785, 785, 785, 820, 820, 820, 793, 819]
    assert after.widths == [1075, 755, 822, 755, 822, 771, 820, 820, 820, 793, 819]
    assert sum(after.widths) == sum(before)
    for column, width in zip(columns[9:], after.widths[9:], strict=True):
        assert one_line(column.header_lines[0].split()[0], char, glyphs, True) <= width
    assert after.whole == frozenset(range(1, 11))


def test_a_number_and_its_unit_break_at_their_space_where_they_cannot_fit(
        built: tuple[list[Call], bytes]) -> None:
    """"7–10 år" is not cut inside "år": where the column has no room for it whole, its
    no-break space is written as a space; "<1 år", "1–2 år", "3 år" and "4–6 år", which fit,
    keep theirs."""
    [(_, _, _, _, after), _], docx = built
    assert after.released == frozenset({5, 6, 7, 8})
    word = dump_docx(docx)
    assert ("| >**<1\xa0år (kr)** | >**1\u2060–\u20602\xa0år (kr)** | >**3\xa0år (kr)** | "
            ">**4\u2060–\u20606\xa0år (kr)** | >**7\u2060–\u206010 år (kr)** | "
            ">**11\u2060–\u206014 år (kr)** | >**15\u2060–\u206018 år (kr)** | "
            ">**19\u2060–\u206020 år (kr)** | >**Ensam (kr)** | >**Sambo (kr)** |") in word


def test_personer_stays_whole_and_the_text_column_gives_the_room(
        built: tuple[list[Call], bytes]) -> None:
    """The household table: the text column goes below its longest word, breaking
    "Hushålls-kostnader" and "Förbruknings-varor" at their joints, and no soft hyphen is
    put into "personer", which now fits (Word takes one where it can: "2 perso-")."""
    [_, (_, before, _, _, after)], docx = built
    assert before == [2486, 838, 958, 958, 958, 958, 958, 958]
    assert after.widths == [1735, 881, 1076, 1076, 1076, 1076, 1076, 1076]
    assert after.released == frozenset()
    body = _body(docx)
    assert '<w:t xml:space="preserve">2 personer</w:t>' in body
    assert '<w:t xml:space="preserve">1 person</w:t>' in body
    assert "Förbruknings</w:t><w:softHyphen/><w:t xml:space=\"preserve\">varor" in body
    assert "Hushålls</w:t><w:softHyphen/><w:t xml:space=\"preserve\">kostnader, kr" in body


def _glyphs() -> Glyphs:
    glyphs = font_glyphs("Calibri", 11.0)
    assert glyphs is not None
    return glyphs


def _amount(header: str) -> ColumnText:
    return ColumnText(("1 424",), (header,), fixed=True, cells=("1 424",))


NAME = ColumnText(("Kommunstyrelsen",), ("Nämnd",), cells=("Kommunstyrelsen",))


def test_a_table_whose_header_words_fit_keeps_its_widths() -> None:
    widths = [3000, 1200, 1200]
    assert whole_header_words([NAME, _amount("Budget"), _amount("Utfall")], widths, 110,
                              _glyphs()) == WholeWords(widths, whole=frozenset({1, 2}))


def test_a_font_without_known_character_widths_keeps_the_widths() -> None:
    widths = [3000, 700, 700]
    assert whole_header_words([NAME, _amount("Budget"), _amount("Utfall")], widths, 110,
                              None) == WholeWords(widths)


def test_without_the_room_the_widths_stay_as_they_are() -> None:
    """The text column at MIN_TEXT characters and the figures filling their columns:
    "Ensam" and "Sambo" get no room, and are not counted whole."""
    text = ColumnText(("Hyra",), ("Post",), bold_lines=("Summa",), cells=("Hyra", "Summa"))
    widths = [1140, 760, 760]
    assert whole_header_words([text, _amount("Ensam"), _amount("Sambo")], widths, 110,
                              _glyphs()) == WholeWords(widths, released=frozenset({1, 2}))


def test_a_text_column_gives_no_width_a_word_of_its_would_be_cut_in() -> None:
    """"2 345 678" gets no hyphens in any column, so the text column stops at its width
    (1 264 twips) and "personer", lacking 176, gets nothing; with "2345" it gets the room."""
    amount = _amount("personer")
    wide = ColumnText(("Kommunstyrelsen", "Anslag 2\xa0345\xa0678"), ("Nämnd",),
                      cells=("Kommunstyrelsen", "Anslag 2\xa0345\xa0678"))
    assert whole_header_words([wide, amount], [1400, 900], 110, _glyphs()) == WholeWords(
        [1400, 900], released=frozenset({1}))
    short = wide._replace(lines=("Kommunstyrelsen", "Anslag 2345"),
                          cells=("Kommunstyrelsen", "Anslag 2345"))
    assert whole_header_words([short, amount], [1400, 900], 110, _glyphs()) == WholeWords(
        [1224, 1076], whole=frozenset({1}))


HALL = """\
dokumenttyp: beslutsunderlag
datum: 2025-01-01
dnr: nej
titel: Uthyrningsavgift idrottshall
avsnitt:
  - tabell: idrottshall
tabeller:
  - namn: idrottshall
    totalt: false
    kolumner:
      - {namn: hall, rubrik: "Idrottshall uthyrning, kr per timme"}
      - {namn: ungdom, rubrik: "Ungdomsförening*", typ: belopp}
      - {namn: senior, rubrik: "Seniorförening*", typ: belopp}
      - {namn: ovriga, rubrik: Övriga föreningar, typ: belopp}
      - {namn: foretag, rubrik: Företag/privat person, typ: belopp}
    rader:
      - {hall: "Mindre än 600* m2", ungdom: 85, senior: 100, ovriga: 170, foretag: 335}
      - {hall: "Större än 600* m2", ungdom: 125, senior: 145, ovriga: 250, foretag: 500}
      - {hall: Badmintonbana/överbliven tid, ungdom: 50, senior: 60, ovriga: 75, foretag: 100}
"""
"""Herrljunga kommun, "Uthyrningsavgift idrottshall" (trial 47)."""


def test_a_longer_header_word_without_a_joint_gets_its_width_where_the_room_is_there(
        calls: list[Call], tmp_path: Path) -> None:
    """Trial 47, F4: "Seniorförening*" was printed "Seniorföre-" / "ning*" and "föreningar"
    "före-" / "ningar" beside amount columns wider than their figures need. The room comes
    from those ("Ungdoms-" keeps its width), the text column keeps its own, and
    "Ungdomsförening*", longer still, breaks at its joint."""
    path = tmp_path / "hall.yaml"
    path.write_text(HALL, encoding="utf-8")
    result = Pipeline().build(path)
    (_, before, char, glyphs, after), *others = calls
    assert others == [calls[0]] * len(others)  # (the check of the page's width, as the writer)
    assert glyphs is not None
    assert before == [3285, 1359, 1290, 1419, 1719]
    assert after == WholeWords([3285, 1139, 1740, 1419, 1489], whole=frozenset({1, 2, 3, 4}),
                               long=((2, 15), (3, 10)))
    assert [one_line(word, char, glyphs, True) <= width for word, width in (
        ("Seniorförening*", after.widths[2]), ("föreningar", after.widths[3]))] == [True, True]
    body = _body(result.files["hall.docx"])
    assert ("Ungdoms</w:t><w:softHyphen/><w:t xml:space=\"preserve\">förening*" in body,
            "Seniorförening*" in body,
            "Övriga föreningar" in body) == (True, True, True)


STUDY = """\
dokumenttyp: beslutsunderlag
datum: 2024-03-14
dnr: KFN 2024/112
titel: Fördelning av bidrag till studieförbund 2024
avsnitt:
  - rubrik: Sammanställning
    tabell: samman
tabeller:
  - namn: samman
    totalt: Summa
    kolumner:
      - {namn: sf, rubrik: Studieförbund}
      - {namn: grund, rubrik: Grundbidrag, typ: belopp}
      - {namn: volym, rubrik: Volymbidrag, typ: belopp}
      - {namn: malgrupp, rubrik: Målgruppsbidrag, typ: belopp}
      - {namn: extra, rubrik: Tilläggsbidrag, typ: belopp}
      - {namn: bidrag, rubrik: Bidrag 2024, typ: belopp, formel: grund + volym + malgrupp + extra}
    rader:
      - {sf: ABF, grund: 103 500, volym: 1 254 300, malgrupp: 318 200, extra: 245 000}
      - {sf: Bilda, grund: 46 300, volym: 642 800, malgrupp: 96 400, extra: 245 000}
      - {sf: Studiefrämjandet, grund: 66 900, volym: 1 032 400, malgrupp: 145 800, extra: 245 000}
      - {sf: Sensus, grund: 58 100, volym: 884 700, malgrupp: 131 500, extra: 245 000}
      - {sf: Vuxenskolan, grund: 74 600, volym: 1 121 900, malgrupp: 162 700, extra: 245 000}
"""
"""Studieförbund's bidrag (trial 80, F4)."""


def test_a_header_word_with_a_joint_gets_its_width_where_nothing_else_needs_it(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Trial 80, F4: "Grund-" / "bidrag (kr)" beside a name column with room to spare.
    Once every other column has its room, what the name column's cells leave unused goes
    to "Grundbidrag"; "Volymbidrag" and "Målgruppsbidrag", alike or dearer, still break
    at their joints, and the names stay on one line. (What the names leave last, 40
    twips, goes to the two columns 1300 twips wide, "Volymbidrag" and "Bidrag 2024", whose
    headers wrap: `spare_room`.)"""
    seen: list[DataWidths] = []

    def record(columns: Sequence[ColumnText], available: int, styles: StyleBook,
               font: TableFont | None = None) -> DataWidths:
        seen.append(data_widths(columns, available, styles, font))
        return seen[-1]

    monkeypatch.setattr(tables, "data_widths", record)
    path = tmp_path / "bidrag.yaml"
    path.write_text(STUDY, encoding="utf-8")
    result = Pipeline().build(path)
    assert result.problems == []
    widths, _, char, _, glyphs = seen[0]
    assert glyphs is not None
    assert widths == [1864, 1420, 1320, 1608, 1540, 1320]
    assert one_line("Grundbidrag", char, glyphs, True) <= widths[1]
    assert one_line("Studiefrämjandet", char, glyphs, False) <= widths[0]
    body = _body(result.files["bidrag.docx"])
    assert ("Grundbidrag (kr)</w:t>" in body, "Volym</w:t><w:softHyphen/>" in body,
            "Målgrupps</w:t><w:softHyphen/>" in body) == (True, True, True)

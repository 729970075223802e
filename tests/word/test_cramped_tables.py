"""Specification of two portrait tables a first-time secretary found cramped (trial 49, F7):
a header of two words that may break only between them ("Väglängd (m)") stays on one line
while a text column has room its cells do not use, and a name ("Furuhöjdsområdet") is not
cut while an amount column has room beyond its figures and its header's short words."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import pytest

import generator.word.tables as tables
from generator.build import Pipeline
from generator.word.glyph_widths import font_glyphs
from generator.word.header_room import header_lines, one_line, roomier_headers
from generator.word.header_words import name_need, whole_header_words
from generator.word.styles import StyleBook
from generator.word.table_widths import DataWidths, TableFont, data_widths
from generator.word.widths import ColumnText

CASE = """\
dokumenttyp: tjansteskrivelse
datum: 2025-05-12
dnr: nej
titel: Vägar och områden
avsnitt:
  - rubrik: Bidrag per väg
    tabell: vagar
  - rubrik: Vägar med statsbidrag
    tabell: statsbidragsvagar
  - rubrik: Jämförelse mellan områdena
    tabell: omraden
belopp:
  barmark: "1,46"
  vinter: "2,18"
tabeller:
  - namn: vagar
    kolumner:
      - {namn: vaghallare, rubrik: Väghållare}
      - {namn: langd, rubrik: Väglängd (m), typ: antal}
      - {namn: barmark, rubrik: Barmark, typ: belopp, formel: langd * belopp.barmark}
      - {namn: vinter, rubrik: Vinter, typ: belopp, formel: langd * belopp.vinter}
      - {namn: totalt, rubrik: Bidrag, typ: belopp, formel: barmark + vinter}
    rader:
      - {vaghallare: Lögdeå byaväg (exempel), langd: 2 350, barmark: "3 431,00",
         vinter: "5 123,00"}
      - {vaghallare: Håknäs utfartsväg (exempel), langd: 1 800}
      - {vaghallare: Rundviks vägförening (exempel), langd: 5 450}
      - {vaghallare: Gräsmyr enskild väg (exempel), langd: 1 000}
  - namn: statsbidragsvagar
    kolumner:
      - {namn: vag, rubrik: Väg}
      - {namn: km, rubrik: Längd (km), typ: tal}
      - {namn: underlag, rubrik: Kostnadsunderlag, typ: belopp}
      - {namn: bidrag, rubrik: Kommunalt bidrag 30 %, typ: belopp, formel: "underlag * 0,3"}
    rader:
      - {vag: Nyåkers vägsamfällighet (exempel), km: "4,2", underlag: 61 320}
      - {vag: Levar vägförening (exempel), km: "1,35", underlag: 19 710}
  - namn: omraden
    kolumner:
      - {namn: omrade, rubrik: Område}
      - {namn: antal, rubrik: Antal fastigheter, typ: antal}
      - {namn: per_fastighet, rubrik: Kr per fastighet, typ: belopp, summeras: nej}
      - {namn: intakt, rubrik: Ersättning, typ: belopp, formel: antal * per_fastighet}
      - {namn: kostnad, rubrik: Faktisk kostnad, typ: belopp}
      - {namn: netto, rubrik: Netto, typ: belopp, formel: intakt - kostnad}
      - {namn: tackning, rubrik: Täckningsgrad, typ: kvot, taljare: intakt, namnare: kostnad}
    rader:
      - {omrade: Backen, antal: 200, per_fastighet: 215 755, kostnad: 43 104 500}
      - {omrade: Furuhöjdsområdet, antal: 83, per_fastighet: 156 200, kostnad: 13 120 000}
"""

WARNING = (
    "tabellen 'omraden' är för bred för en stående sida: rubrikerna 'Täckningsgrad' och "
    "'Antal fastigheter' får inte plats utan att orden delas; skriv 'liggande: ja', korta "
    "rubrikerna (t.ex. under en gemensam rubrik med 'kolumngrupper') eller dela tabellen")
"""The areas' table of seven columns is cramped all the same: its headers break inside
"Täckningsgrad" and "fastigheter" (trial 66, F5: such a break is warned of)."""

_ = "\N{NO-BREAK SPACE}"
ROADS = [  # (",00" as the first row types them: trial 72, F8)
    ColumnText(("Lögdeå byaväg (exempel)", "Håknäs utfartsväg (exempel)",
                "Rundviks vägförening (exempel)", "Gräsmyr enskild väg (exempel)"),
               ("Väghållare",), bold_lines=("Totalt",),
               cells=("Lögdeå byaväg (exempel)", "Håknäs utfartsväg (exempel)",
                      "Rundviks vägförening (exempel)", "Gräsmyr enskild väg (exempel)",
                      "Totalt")),
    ColumnText((f"2{_}350", f"1{_}800", f"5{_}450", f"1{_}000"), ("Väglängd (m)",), True,
               (f"10{_}600",), (f"2{_}350", f"1{_}800", f"5{_}450", f"1{_}000", f"10{_}600")),
    ColumnText((f"3{_}431,00", f"2{_}628,00", f"7{_}957,00", f"1{_}460,00"), ("Barmark (kr)",),
               True, (f"15{_}476,00",), (f"3{_}431,00", f"2{_}628,00", f"7{_}957,00",
                                         f"1{_}460,00", f"15{_}476,00")),
    ColumnText((f"5{_}123,00", f"3{_}924,00", f"11{_}881,00", f"2{_}180,00"), ("Vinter (kr)",),
               True, (f"23{_}108,00",), (f"5{_}123,00", f"3{_}924,00", f"11{_}881,00",
                                         f"2{_}180,00", f"23{_}108,00")),
    ColumnText((f"8{_}554,00", f"6{_}552,00", f"19{_}838,00", f"3{_}640,00"), ("Bidrag (kr)",),
               True, (f"38{_}584,00",), (f"8{_}554,00", f"6{_}552,00", f"19{_}838,00",
                                         f"3{_}640,00", f"38{_}584,00")),
]
STATE_AIDED = [
    ColumnText(("Nyåkers vägsamfällighet (exempel)", "Levar vägförening (exempel)"), ("Väg",),
               bold_lines=("Totalt",),
               cells=("Nyåkers vägsamfällighet (exempel)", "Levar vägförening (exempel)",
                      "Totalt")),
    ColumnText(("4,20", "1,35", ""), ("Längd (km)",), True, (), ("4,20", "1,35", "")),
    ColumnText((f"61{_}320", f"19{_}710"), ("Kostnadsunderlag (kr)",), True, (f"81{_}030",),
               (f"61{_}320", f"19{_}710", f"81{_}030")),
    ColumnText((f"18{_}396", f"5{_}913"), (f"Kommunalt bidrag 30{_}% (kr)",), True,
               (f"24{_}309",), (f"18{_}396", f"5{_}913", f"24{_}309")),
]
AREAS = [
    ColumnText(("Backen", "Furuhöjdsområdet"), ("Område",), bold_lines=("Totalt",),
               cells=("Backen", "Furuhöjdsområdet", "Totalt")),
    ColumnText(("200", "83"), ("Antal fastigheter",), True, ("283",), ("200", "83", "283")),
    ColumnText((f"215{_}755", f"156{_}200", ""), ("Kr per fastighet",), True, (),
               (f"215{_}755", f"156{_}200", "")),
    ColumnText((f"43{_}151{_}000", f"12{_}964{_}600"), ("Ersättning (kr)",), True,
               (f"56{_}115{_}600",), (f"43{_}151{_}000", f"12{_}964{_}600", f"56{_}115{_}600")),
    ColumnText((f"43{_}104{_}500", f"13{_}120{_}000"), ("Faktisk kostnad (kr)",), True,
               (f"56{_}224{_}500",), (f"43{_}104{_}500", f"13{_}120{_}000", f"56{_}224{_}500")),
    ColumnText((f"46{_}500", f"−155{_}400"), ("Netto (kr)",), True, (f"−108{_}900",),
               (f"46{_}500", f"−155{_}400", f"−108{_}900")),
    ColumnText((f"100,1{_}%", f"98,8{_}%"), ("Täckningsgrad",), True, (f"99,8{_}%",),
               (f"100,1{_}%", f"98,8{_}%", f"99,8{_}%")),
]
PAGE = 9072  # the reference's portrait text width (twips)
CALIBRI = font_glyphs("Calibri", 11.0)

Written = tuple[Sequence[ColumnText], int, DataWidths]


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[Written]]:
    """The columns, width and widths of every data table the Word writer sets for CASE."""
    seen: list[Written] = []

    def record(columns: Sequence[ColumnText], available: int, styles: StyleBook,
               font: TableFont | None = None) -> DataWidths:
        result = data_widths(columns, available, styles, font)
        seen.append((columns, available, result))
        return result

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(tables, "data_widths", record)
        path = tmp_path_factory.mktemp("t49") / "vagar.yaml"
        path.write_text(CASE, encoding="utf-8")
        assert [p.message for p in Pipeline().build(path).problems] == [WARNING]
        yield seen


def _lines(columns: Sequence[ColumnText], widths: Sequence[int]) -> list[int]:
    assert CALIBRI is not None
    return [header_lines(column, width, 110, CALIBRI)
            for column, width in zip(columns, widths, strict=True)]


@pytest.mark.parametrize(("number", "columns"), [(0, ROADS), (1, STATE_AIDED), (2, AREAS)])
def test_the_writer_measures_the_tables_as_given_here(
        written: list[Written], number: int, columns: list[ColumnText]) -> None:
    seen, available, result = written[number]
    assert (list(seen), available, result.char, result.size) == (columns, PAGE, 110, None)


def test_a_header_of_two_words_stays_on_one_line_from_the_room_a_name_column_leaves(
        written: list[Written]) -> None:
    """"Väglängd (m)" and "Barmark (kr)" were "Väglängd" / "(m)" beside a column of road
    names wider than its longest name. The three columns in kronor, figures alike, end
    equally wide, at "Barmark (kr)" on one line (trial 73, F7)."""
    *_, result = written[0]
    assert result.words.widths == [3561, 1303, 1412, 1398, 1398]
    assert _lines(ROADS, result.words.widths) == [1, 2, 2, 1, 1]
    assert result.widths == [3335, 1483, 1418, 1418, 1418]
    assert _lines(ROADS, result.widths) == [1, 1, 1, 1, 1]


def test_the_names_keep_their_lines_when_they_give_the_room(written: list[Written]) -> None:
    assert CALIBRI is not None
    for number, columns in ((0, ROADS), (1, STATE_AIDED)):
        *_, result = written[number]
        assert max(one_line(line, 110, CALIBRI, False) for line in columns[0].lines) \
            <= result.widths[0]


def test_a_word_and_its_unit_stay_on_one_line_beside_a_header_that_needs_two(
        written: list[Written]) -> None:
    """The header row takes two lines all the same: what the names leave (50 twips) goes
    to the header that wraps (`spare_room`)."""
    *_, result = written[1]
    assert result.widths == [3450, 1275, 2318, 2029]
    assert _lines(STATE_AIDED, result.widths) == [1, 1, 1, 2]  # "Kommunalt bidrag" / "30 % (kr)"


def test_a_header_of_two_words_wraps_where_no_column_has_room() -> None:
    assert CALIBRI is not None
    name = ColumnText(("Rundviks vägförening (exempel)",), ("Väghållare",),
                      cells=("Rundviks vägförening (exempel)",))
    tight = [3190, 1303, 1412, 1398, 1769]  # the names use all of their 3 190
    assert roomier_headers([name, *ROADS[1:]], tight, 110, CALIBRI) == tight


def test_a_name_is_not_cut_while_an_amount_column_has_room(written: list[Written]) -> None:
    """"Furuhöjdsområdet" was "Furuhöjdsområ-" / "det" while "Kr per fastighet" was
    wider than its figures and "fastighet" need; the room went to "fastigheter" of the
    header beside it, which now breaks ("Antal" / "fastig-" / "heter") in a header row of
    three lines as before ("Täck-" / "nings-" / "grad": with the name, the figures and the
    headers' short words whole, 339 twips are left, and "Täckningsgrad" lacks 548)."""
    assert CALIBRI is not None
    *_, result = written[2]
    assert result.widths == [1950, 936, 1163, 1415, 1415, 1163, 1030]  # ("−155 400" measured)
    assert one_line("Furuhöjdsområdet", 110, CALIBRI, False) == 1950
    assert _lines(AREAS, result.widths) == [1, 3, 2, 2, 2, 1, 3]


def test_a_name_gives_way_where_no_column_has_room() -> None:
    """Without "Kr per fastighet" and its room, the name gives way as before."""
    assert CALIBRI is not None
    columns = [AREAS[0], *AREAS[3:]]
    widths = [1723, 1415, 1415, 1184, 1030]
    assert whole_header_words(columns, widths, 110, CALIBRI).widths[0] == 1723


@pytest.mark.parametrize(("cells", "need"), [
    (("Backen", "Gräsmyr enskild väg"), 0),  # no word of 13 letters
    (("Verksamhetsbidrag",), 0),  # a compound of known parts breaks at its joint
    (("https://www.example.se/vagbidrag",), 0),  # no word of letters alone
    (("Furuhöjdsområdet",), 1950),
    (("  Furuhöjdsområdet",), 2170),  # a sub-row's indent, two average characters
])
def test_the_names_a_text_column_keeps_whole(cells: tuple[str, ...], need: int) -> None:
    assert CALIBRI is not None
    assert name_need(ColumnText(cells, ("Namn",), cells=cells), 110, CALIBRI) == need

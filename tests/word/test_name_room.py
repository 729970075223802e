"""Specification of the room amount columns give the names of a table's only text column
(trial 71, F14: Vårgårda's investeringsredovisning set "Inventarier nytt" / "äldreboende"
on two lines beside six amount columns wider than their figures and header words need)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

import generator.word.table_widths as table_widths
from generator.build import Pipeline
from generator.word.glyph_widths import Glyphs, font_glyphs
from generator.word.header_room import header_lines, one_line
from generator.word.name_room import roomier_names
from generator.word.widths import ColumnText

INVESTMENTS = """\
dokumenttyp: tjansteskrivelse
datum: nej
dnr: nej
titel: Investeringsredovisning
avsnitt:
  - tabell: inv
tabeller:
  - namn: inv
    enhet: mnkr
    totalt: false
    kolumner:
      - {namn: objekt, rubrik: (mnkr)}
      - {namn: urspr, rubrik: Urspr budget 2023, typ: belopp}
      - {namn: ombudget, rubrik: Om-budget År, typ: belopp}
      - {namn: budget, rubrik: Budget 2023, typ: belopp, formel: urspr + ombudget}
      - {namn: utfall, rubrik: Utfall 2023, typ: belopp}
      - {namn: avvikelse, rubrik: Av-vikelse 2023, typ: belopp, formel: budget - utfall}
      - {namn: prognos, rubrik: Prognos okt 2023, typ: belopp}
    rader:
      - objekt: Skattefinansierade investeringsutgifter
        delsumma: nej
        rader: []
      - objekt: Investeringsobjekt >3 mnkr
        delsumma: Investering >3 mkr
        rader:
          - {objekt: Inventarier nytt äldreboende, urspr: "0,0", ombudget: "0,0",
             utfall: "0,5", prognos: "0,0"}
          - {objekt: Förskola Centrum, urspr: "0,0", ombudget: "76,7", utfall: "41,9",
             prognos: "45,0"}
          - {objekt: Ombyggn Fridhem mottagnkök, urspr: "1,0", ombudget: "0,2",
             utfall: "0,4", prognos: "0,7"}
          - {objekt: Ombyggn Asklanda mottagnkök, urspr: "0,0", ombudget: "0,0",
             utfall: "0,3", prognos: "0,0"}
          - {objekt: Utredning GC-bro Kyllingsån, urspr: "0,0", ombudget: "108,7",
             utfall: "0,1", prognos: "0,1"}
"""

Call = tuple[Sequence[ColumnText], list[int], int, Glyphs | None, list[int]]


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Call]]:
    """Every call to `roomier_names` while a case is built, with its answer."""
    seen: list[Call] = []

    def record(columns: Sequence[ColumnText], widths: list[int], char: int,
               glyphs: Glyphs | None) -> list[int]:
        result = roomier_names(columns, widths, char, glyphs)
        seen.append((columns, widths, char, glyphs, result))
        return result

    monkeypatch.setattr(table_widths, "roomier_names", record)
    yield seen


def _investments(calls: list[Call], tmp_path: Path) -> Call:
    path = tmp_path / "inv.yaml"
    path.write_text(INVESTMENTS, encoding="utf-8")
    assert Pipeline().build(path).problems == []
    [call] = calls
    return call


def test_amount_columns_give_the_names_the_room_their_figures_and_headers_leave(
        calls: list[Call], tmp_path: Path) -> None:
    columns, before, char, glyphs, after = _investments(calls, tmp_path)
    assert glyphs is not None
    assert before == [2352, 1409, 999, 999, 999, 1192, 1122]
    assert after == [3425, 929, 929, 929, 929, 929, 1002]  # (cut to one level, 929)
    assert sum(after) == sum(before)
    names = columns[0]
    assert [line for line in names.lines if one_line(line, char, glyphs, False) > before[0]] \
        == ["  Inventarier nytt äldreboende", "  Ombyggn Fridhem mottagnkök",
            "  Ombyggn Asklanda mottagnkök", "  Utredning GC-bro Kyllingsån"]
    assert [line for line in names.lines if one_line(line, char, glyphs, False) > after[0]] \
        == []


def test_the_header_row_gets_no_taller_nor_breaks_a_word(
        calls: list[Call], tmp_path: Path) -> None:
    """An amount header may take a line more where another header ("Om-budget År") makes
    the header row that tall already (the group headings, which span the table, are
    measured by no column since trial 73, F8: "Urspr budget 2023" had two lines)."""
    columns, before, char, glyphs, after = _investments(calls, tmp_path)
    assert glyphs is not None
    assert [header_lines(column, width, char, glyphs)
            for column, width in zip(columns[1:], before[1:], strict=True)] \
        == [2, 3, 2, 2, 2, 2]
    assert [header_lines(column, width, char, glyphs, syllables=False)
            for column, width in zip(columns[1:], after[1:], strict=True)] \
        == [3, 3, 2, 2, 3, 3]
    assert all(one_line(word, char, glyphs, True) <= width
               for column, width in zip(columns[1:], after[1:], strict=True)
               for word in ("budget", "Budget", "Utfall", "vikelse", "Prognos")
               if word in column.header_lines[0])


def test_a_header_word_is_not_cut_where_it_has_no_hyphen() -> None:
    """Trial 46's "Samb" / "o (kr)": as tall as "Sambo" / "(kr)", but cut; the column
    keeps the width "Sambo" needs, and the name gets what is left."""
    glyphs = font_glyphs("Calibri", 11)
    assert glyphs is not None
    columns = [ColumnText(("Personliga kostnader i hushållet",), ("Post",)),
               ColumnText(("3 020",), ("Sambo (kr)",), fixed=True)]
    assert one_line("Sambo", 110, glyphs, True) == 878
    assert header_lines(columns[1], 800, 110, glyphs, syllables=False) == 2  # "Samb" / "o (kr)"
    assert one_line(columns[0].lines[0], 110, glyphs, False) == 3168
    assert roomier_names(columns, [3050, 1000], 110, glyphs) == [3170, 880]
    assert roomier_names(columns, [3040, 1000], 110, glyphs) == [3040, 1000]


def test_names_that_fit_several_text_columns_or_an_unknown_font_keep_the_widths() -> None:
    glyphs = font_glyphs("Calibri", 11)
    amounts = ColumnText(("3 020",), ("Belopp (kr)",), fixed=True)
    long_name = ColumnText(("Personliga kostnader i hushållet",), ("Post",))
    assert roomier_names([ColumnText(("Kläder",), ("Post",)), amounts], [2000, 1400], 110,
                         glyphs) == [2000, 1400]
    assert roomier_names([long_name, long_name, amounts], [2900, 2900, 1400], 110,
                         glyphs) == [2900, 2900, 1400]
    assert roomier_names([long_name, amounts], [2900, 1400], 110, None) == [2900, 1400]


def test_several_text_columns_get_their_words_and_date_ranges_whole_the_cheapest_first(
) -> None:
    """Trial 79, F8: in a landscape table of three text columns, "Kapitalförsörj-" / "ning"
    and "2024-04-01 –" / "2026-12-31" on every row, beside amount columns with room to
    spare. The amount columns give what their figures and header words leave, the header
    row no taller; the cheapest need first (the word), the date range where that room goes
    as far."""
    glyphs = font_glyphs("Calibri", 11)
    assert glyphs is not None
    period = "2024\u201105\u201101 – 2027\u201104\u201130"  # (hyphens as the writer sets them)
    columns = [ColumnText(("Kapitalförsörjning i norra Norrland",), ("Projekt",)),
               ColumnText((period,), ("Projektperiod",)),
               ColumnText(("1\u00a0800",), ("Belopp (tkr)",), fixed=True)]
    assert (one_line("Kapitalförsörjning", 110, glyphs, False),
            one_line(period, 110, glyphs, False)) == (1872, 2563)
    assert roomier_names(columns, [1800, 1800, 2400], 110, glyphs) == [1872, 2568, 1560]
    assert roomier_names(columns, [1800, 1800, 1500], 110, glyphs) == [1872, 1808, 1420]
    # ("Belopp (tkr)" on one line, as the other headers are, leaves no room)
    assert roomier_names(columns, [1900, 2000, 1700], 110, glyphs) == [1900, 2000, 1700]
    assert header_lines(columns[2], 1560, 110, glyphs) == 1


GOTLAND = [
    ColumnText(("Konsult- och servicekontoret", "Miljö- och hälsoskyddsnämnden",
                "Barn- och utbildningsnämnden", "Gymnasie- och vuxenutbildningsnämnden"),
               ("Nämnd",), bold_lines=("Summa nämnderna",)),
    ColumnText(("12\xa0300", "\u221223\xa0500"), ("Resultat 2005 (tkr)",), True, ("28\xa0010",)),
    ColumnText(("9\xa0225", "\u221223\xa0500"), ("Överförs till 2006 (tkr)",), True,
               ("17\xa0310",)),
    ColumnText(("75\xa0%", "100\xa0%"), ("Andel som överförs",), True, ("62\xa0%",)),
    ColumnText(("19\xa0820", "0"), ("2004\u201112\u201131 (tkr)",), True, ("56\xa0900",)),
    ColumnText(("27\xa0230", "\u221223\xa0500"), ("2005\u201112\u201131 (tkr)",), True,
               ("74\xa0210",)),
]


def test_an_amount_column_gives_room_past_widths_where_its_header_would_break_a_word() -> None:
    """Trial 81, F4: at 1180 to 1220 twips the writer hyphenates "överförs" (eight
    characters of its average width do not fit) and "Andel som över-" / "förs" breaks
    between syllables; at 1170 and narrower it is "Andel" / "som" / "överförs", three lines
    as the header row has. The column stopped at 1236, and "Miljö- och hälsoskyddsnämnden"
    (3199 twips) took two lines; now the three columns give way to one level past it."""
    glyphs = font_glyphs("Calibri", 11)
    assert glyphs is not None
    andel = GOTLAND[3]
    assert [header_lines(andel, width, 110, glyphs, syllables=False)
            for width in (1236, 1200, 1170, 1092)] == [2, 99, 3, 3]
    widths = roomier_names(GOTLAND, [2350, 1246, 1246, 1246, 1492, 1492], 110, glyphs)
    assert widths == [3212, 1092, 1092, 1092, 1292, 1292]
    assert one_line("Miljö- och hälsoskyddsnämnden", 110, glyphs, False) <= widths[0]
    assert max(header_lines(column, width, 110, glyphs)
               for column, width in zip(GOTLAND, widths, strict=True)) == 3


def test_the_header_row_takes_a_line_more_where_that_keeps_a_name_whole() -> None:
    """Trial 81, F4, without the column "Andel som överförs": the header row of two lines
    left the amount columns too little room, and "Gymnasie- och vuxenutbildningsnämnden"
    took two lines. Each amount column may go down to what its figures and header words
    need, its header wrapping between words ("Överförs" / "till 2006" / "(tkr)"), where
    the header row then grows by no more lines than the names it keeps whole: the table
    is no taller, and no name is broken."""
    glyphs = font_glyphs("Calibri", 11)
    assert glyphs is not None
    columns = [column for index, column in enumerate(GOTLAND) if index != 3]
    before = [3356, 1246, 1486, 1492, 1492]
    widths = roomier_names(columns, before, 110, glyphs)
    assert widths == [4104, 1192, 1192, 1292, 1292]
    assert one_line("Gymnasie- och vuxenutbildningsnämnden", 110, glyphs, False) == 4101
    assert [header_lines(column, width, 110, glyphs, syllables=False)
            for column, width in zip(columns[1:], before[1:], strict=True)] == [2, 2, 2, 2]
    assert [header_lines(column, width, 110, glyphs, syllables=False)
            for column, width in zip(columns[1:], widths[1:], strict=True)] == [2, 3, 2, 2]


def test_the_header_row_grows_by_no_more_lines_than_the_names_it_keeps_whole() -> None:
    """One name kept whole at the cost of two header lines would make the table taller;
    two names are worth the two lines."""
    glyphs = font_glyphs("Calibri", 11)
    assert glyphs is not None
    name = "Gymnasie- och vuxenutbildningsnämnden"
    budgets = [ColumnText(("1\xa0300",), (f"Ny budget {year} (tkr)",), True)
               for year in (2025, 2026)]
    before = [2101, 2200, 2200]
    assert [header_lines(budgets[0], width, 110, glyphs) for width in (2200, 1300, 1200)] \
        == [1, 2, 3]
    assert roomier_names([ColumnText((name,), ("Nämnd",)), *budgets], before, 110,
                         glyphs) == before
    assert roomier_names([ColumnText((name, name), ("Nämnd",)), *budgets], before, 110,
                         glyphs) == [4101, 1200, 1200]


def test_a_header_is_not_parted_between_its_first_word_and_its_year() -> None:
    """Trial 91, F1: beside "Allmänheten, ansökan från i kommunen verkande krögare" the
    amount columns gave the name the room to stand on one line and printed "Taxa" / "2020
    (kr)". A column whose "Taxa 2020" stands together keeps the width for it: the name
    cannot get its line from them then, and the widths stay (the headers on one line, the
    name on two). Headers of the years alone ("2020 (kr)") give the room as before."""
    glyphs = font_glyphs("Calibri", 11)
    assert glyphs is not None
    name = "Allmänheten, ansökan från i kommunen verkande krögare"
    columns = [ColumnText((name, "Slutet sällskap"), ("Serveringstillstånd",)),
               ColumnText(("3 500", "800"), ("Taxa 2020 (kr)",), True),
               ColumnText(("3 600", "1 600"), ("Taxa 2021 (kr)",), True),
               ColumnText(("3 %", "100 %"), ("Förändring",), True)]
    before = [4362, 1710, 1710, 1290]
    assert one_line(name, 110, glyphs, False) == 5598
    assert one_line("Taxa 2020", 110, glyphs, True) == 1182
    assert header_lines(columns[1], 1710, 110, glyphs) == 1
    assert roomier_names(columns, before, 110, glyphs) == before
    years = [column._replace(header_lines=(column.header_lines[0].removeprefix("Taxa "),))
             for column in columns]
    assert roomier_names(years, before, 110, glyphs) == [5612, 1100, 1100, 1260]

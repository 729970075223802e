"""Specification of amount columns alike in their figures set equally wide (trial 73, F7:
the internbudget's year columns, figures of the same width, were some 145, 140, 140, 135
and 130 px wide, "Budget" / "2010" on two lines beside "plan 2012" on one)."""

from __future__ import annotations

from collections.abc import Sequence

from generator.word.even_amounts import even_amounts
from generator.word.glyph_widths import font_glyphs
from generator.word.header_room import header_lines
from generator.word.widths import ColumnText

CALIBRI = font_glyphs("Calibri", 11.0)
YEARS = ("Bokslut 2009", "Budget 2010", "Budget 2011", "plan 2012", "plan 2013")


def _amounts(header: str, *figures: str, total: str | None = None) -> ColumnText:
    lines = tuple(figure.replace(" ", "\xa0") for figure in figures)
    bold = (total.replace(" ", "\xa0"),) if total else ()
    return ColumnText(lines, (header,), True, bold, bold + lines)


def _names(header: str, *names: str, total: str | None = None) -> ColumnText:
    bold = (total,) if total else ()
    return ColumnText(names, (header,), False, bold, bold + names)


def _lines(columns: Sequence[ColumnText], widths: Sequence[int]) -> list[int]:
    assert CALIBRI is not None
    return [header_lines(column, width, 110, CALIBRI)
            for column, width in zip(columns, widths, strict=True)]


OPERATIONS = [
    _names("Netto, tkr", "Oförutsett", "Nämnden", "Gemensamma kostnader",
           "IFO/OF exklusive LSS", "Äldreomsorg", "LSS", total="Totalt, drift"),
    _amounts(YEARS[0], "–", "217", "11 040", "28 067", "155 171", "33 113", total="227 608"),
    _amounts(YEARS[1], "4 830", "226", "12 354", "27 316", "160 435", "37 715", total="242 876"),
    _amounts(YEARS[2], "4 971", "226", "14 586", "28 541", "159 210", "40 993", total="248 528"),
    _amounts(YEARS[3], "5 124", "226", "15 199", "29 033", "163 689", "42 949", total="256 220"),
    _amounts(YEARS[4], "5 250", "226", "15 925", "29 616", "169 128", "42 349", total="262 494"),
]
STAFF = [_names("", "Antal årsarbetare"),
         *(_amounts(year, figure) for year, figure in
           zip(YEARS, ("457,21", "469,21", "459,267", "459,67", "459,67"), strict=True))]
COSTS = [_names("Netto, tkr", "Personalkostnad", "Kapitaltjänstkostnader", "INVESTERINGAR"),
         *(_amounts(year, figure, "1 426", "1 200") for year, figure in
           zip(YEARS, ("198 256", "206 776", "206 614", "212 299", "219 035"), strict=True))]


def test_year_columns_share_their_room_equally_with_no_header_taller() -> None:
    """The names need all of their 2 552 twips ("Gemensamma kostnader"), so the headers
    stay on the lines they had where they were widest: "Bokslut" / "2009" and "plan
    2012" as before, the five columns now equally wide."""
    widths = [2552, 1346, 1346, 1346, 1241, 1241]
    result = even_amounts(OPERATIONS, widths, 110, CALIBRI)
    assert result == [2552, 1304, 1304, 1304, 1304, 1304]
    assert _lines(OPERATIONS, widths) == _lines(OPERATIONS, result) == [1, 2, 2, 2, 1, 1]


def test_the_header_row_gets_one_line_from_what_the_names_have_to_spare() -> None:
    """Equally wide, "Bokslut 2009" needs 1 446 twips on one line; the name column gives
    the 290 it has beyond "Antal årsarbetare", and every year column gets it."""
    widths = [2132, 1564, 1445, 1445, 1243, 1243]
    result = even_amounts(STAFF, widths, 110, CALIBRI)
    assert result == [1842, 1446, 1446, 1446, 1446, 1446]
    assert _lines(STAFF, result) == [1, 1, 1, 1, 1, 1]


def test_columns_stay_as_they_are_where_evening_them_would_wrap_a_header() -> None:
    """Equally wide at their average 1 330, "Bokslut 2009" would take two lines; the
    names have 100 twips to spare, not the 579 a one-line 1 446 each would cost."""
    widths = [2421, 1449, 1413, 1413, 1188, 1188]
    assert even_amounts(COSTS, widths, 110, CALIBRI) == widths


def test_a_column_of_percentages_is_no_amount_column_beside_it() -> None:
    columns = [_names("Område", "Backen"), _amounts("Kr per fastighet", "215 755"),
               _amounts("Täckningsgrad", "100,1 %", "98,8 %")]
    widths = [3000, 1142, 1030]
    assert even_amounts(columns, widths, 110, CALIBRI) == widths


def test_columns_of_figures_unlike_in_width_keep_their_widths() -> None:
    columns = [_names("Post", "Hyra"), _amounts("Antal", "3"),
               _amounts("Belopp 2024", "1 250 000")]
    widths = [3000, 1000, 1500]
    assert even_amounts(columns, widths, 110, CALIBRI) == widths


def test_widths_stay_as_they_are_in_a_font_without_known_character_widths() -> None:
    widths = [2552, 1346, 1346, 1346, 1241, 1241]
    assert even_amounts(OPERATIONS, widths, 110, None) == widths


FEES = [
    _names("Storlek på kärl", "140 liter", "180 liter", "240 liter", "350 liter", "660 liter"),
    _amounts("Var 4:e vecka (kr)", "868", "1 010", "1 199", "1 702", "2 469"),
    _amounts("Varannan vecka (kr)", "1 735", "2 019", "2 398", "3 407", "4 937"),
    _amounts("En gång/vecka (kr)", "3 470", "4 038", "4 794", "6 812", "9 875"),
    _amounts("Två gånger/vecka (kr)", "", "8 107", "9 640", "13 876", "19 754"),
]


def test_a_fee_matrix_gets_even_columns_whose_headers_wrap_alike() -> None:
    """Trial 81, F5: the four intervals of a renhållningstaxa were 1545 / 1812 / 1904 /
    2203 twips, "Två gånger/vecka (kr)" on one line in LibreOffice; at their average it
    takes three lines (Word breaks no line after its "/"), so they are a little narrower,
    every header on the two lines of the row, what is left over to the sizes."""
    widths = [1608, 1545, 1812, 1904, 2203]
    assert _lines(FEES, [1866] * 5)[1:] == [2, 2, 2, 3]
    assert even_amounts(FEES, widths, 110, CALIBRI) == [2128, 1736, 1736, 1736, 1736]
    assert _lines(FEES, [2128, 1736, 1736, 1736, 1736]) == [1, 2, 2, 2, 2]

"""An amount column holds its widest figure on one line in the font LibreOffice sets in
place of a table font without a metric twin (`table_widths.measured`; trial 87, F5)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from generator.word.glyph_widths import substitute_glyphs
from generator.word.header_room import CELL_MARGINS
from generator.word.header_words import figure_need
from generator.word.prepared import Reference
from generator.word.reference import open_reference
from generator.word.table_widths import data_widths
from generator.word.widths import CELL_PADDING, MIN_TEXT, ColumnText

PROFILES = Path(__file__).resolve().parents[2] / "profiles"
GEORGIA = open_reference(PROFILES / "region-jamtland-harjedalen" / "reference.docx")
VERDANA = open_reference(PROFILES / "norrbottens-kommuner" / "reference.docx")

# The trial's table: nine columns on a landscape page, three of them amounts of nine digits.
_NAMES = ("Hälsocentralen Brunflo", "Hälsocentralen Hammarstrand", "Hälsocentralen Odensala")
_TRIAL = [
    ColumnText(_NAMES, ("Hälsocentral",), False, ("Totalt",), (*_NAMES, "Totalt")),
    ColumnText(("9 412", "11 204", "6 348"), ("Listade 1 sep 2024",), True, ("69 220",)),
    ColumnText(("0,962", "1,118", "1,092"), ("ACG-vikt",), True),
    ColumnText(("9 054", "13 162", "6 932"), ("ACG-viktade listade",), True),
    ColumnText(("0,84", "1,27", "1,19"), ("CNI",), True),
    ColumnText(("26 837 076", "39 011 629", "20 546 495"), ("Kapitering ACG (kr)",), True,
               ("209 011 099",)),
    ColumnText(("2 466 697", "6 399 210", "2 356 885"), ("CNI-tillägg (kr)",), True,
               ("23 486 875",)),
    ColumnText(("29 303 773", "45 410 839", "22 903 380"), ("Ersättning 2025 (kr)",), True,
               ("232 497 974",)),
    ColumnText(("12,6 %", "19,5 %", "9,9 %"), ("Andel",), True, ("100,0 %",)),
]


@st.composite
def tables(draw: st.DrawFn) -> list[ColumnText]:
    """A text column of names and one to six amount columns of figures up to nine digits,
    with a total row in bold."""
    rows = draw(st.integers(min_value=1, max_value=6))
    names = tuple(draw(st.lists(st.sampled_from(_NAMES), min_size=rows, max_size=rows)))
    columns = [ColumnText(names, ("Hälsocentral",), False, ("Totalt",), (*names, "Totalt"))]
    for _ in range(draw(st.integers(min_value=1, max_value=6))):
        values = draw(st.lists(st.integers(min_value=0, max_value=99_999_999),
                               min_size=rows, max_size=rows))
        figures = tuple(f"{value:,}".replace(",", "\xa0") for value in values)
        total = f"{sum(values):,}".replace(",", "\xa0")
        columns.append(ColumnText(figures, ("Ersättning 2025 (kr)",), True, (total,),
                                  (*figures, total)))
    return columns


def _widest(column: ColumnText, points: float, font: str) -> float:
    """The widest body line of `column` in the substitute of `font` at `points`."""
    figures = substitute_glyphs(font, points)
    assert figures is not None
    return max([figures.width(line) for line in column.lines]
               + [figures.width(line, bold=True) for line in column.bold_lines])


def test_the_trials_totals_fit_in_dejavu_serif_bold() -> None:
    """"209 011 09" / "9" before: the column was 1 704 twips, the total 1 532 in bold DejaVu
    Serif at 11 pt beside 1 444 twips of room."""
    widths, _, _, size, _ = data_widths(_TRIAL, GEORGIA.landscape_width, GEORGIA.styles)
    points = size / 2 if size else GEORGIA.styles.table_points
    assert sum(widths) == GEORGIA.landscape_width
    for column, width in zip(_TRIAL, widths, strict=True):
        if column.fixed:
            assert _widest(column, points, "Georgia") + CELL_MARGINS <= width, column.header_lines
    assert widths[5] == 1808  # "Kapitering ACG (kr)", 1 704 before


@settings(max_examples=40, deadline=None)
@given(tables(), st.sampled_from([(GEORGIA, "Georgia"), (VERDANA, "Verdana")]),
       st.booleans())
def test_every_figure_fits_on_one_line_in_the_substitute(
        columns: list[ColumnText], profile: tuple[Reference, str], landscape: bool) -> None:
    """(Where the page has the room for every figure beside text columns of MIN_TEXT
    characters: a table wider than that is scaled down as a whole.)"""
    reference, font = profile
    available = reference.landscape_width if landscape else reference.text_width
    widths, _, char, size, _ = data_widths(columns, available, reference.styles)
    points = size / 2 if size else reference.styles.table_points
    figures = substitute_glyphs(font, points)
    assert figures is not None
    floors = [figure_need(column, char, figures) if column.fixed
              else MIN_TEXT * char + CELL_PADDING for column in columns]
    assume(sum(floors) <= available)
    assert sum(widths) == available
    for column, width in zip(columns, widths, strict=True):
        if column.fixed:
            assert _widest(column, points, font) + CELL_MARGINS <= width

"""Properties of a data table's widths as the Word writer sets them (`table_widths`), after
every pass: they fill the text width, and every amount column holds its widest figure on
one line (trial 81, F4 and trial 83, F9 moved room between the columns late)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.word.header_room import CELL_MARGINS
from generator.word.reference import open_reference
from generator.word.table_widths import data_widths
from generator.word.widths import ColumnText

REFERENCE = Path(__file__).resolve().parents[2] / "templates" / "reference.docx"
_REFERENCE = open_reference(REFERENCE)
STYLES = _REFERENCE.styles
WIDTHS = (_REFERENCE.text_width, _REFERENCE.landscape_width)  # (portrait, landscape)

_WORDS = ("och", "för", "nämnden", "Gymnasie-", "vuxenutbildningsnämnden", "Kultur-",
          "fritidsnämnden", "Träning", "på", "gym", "två", "gånger", "i", "veckan",
          "Styrelsen", "Folkhögskolan", "kvm", "dygn", "Miljö-", "hälsoskyddsnämnden")
_HEADER_WORDS = ("Resultat", "2005", "(tkr)", "Överförs", "till", "Andel", "som",
                 "2004\u201112\u201131", "Ansökt", "(timmar", "per", "månad)", "Beviljat",
                 "Grundavgift", "(kr)", "Två", "gånger/vecka", "Budget", "Bidrag")


def _figure(value: int) -> str:
    """`value` as the writer sets it: digits in threes with no-break spaces, a minus sign."""
    digits = f"{abs(value):,}".replace(",", "\xa0")
    return f"\u2212{digits}" if value < 0 else digits


@st.composite
def tables(draw: st.DrawFn) -> list[ColumnText]:
    """A table of one or two text columns of names and one to five amount columns of
    figures, with a total row, each column under a header of a few words."""
    rows = draw(st.integers(min_value=1, max_value=8))
    words = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=6).map(" ".join)
    header = st.lists(st.sampled_from(_HEADER_WORDS), min_size=1, max_size=5).map(" ".join)
    columns = []
    for _ in range(draw(st.integers(min_value=1, max_value=2))):
        names = tuple(draw(st.lists(words, min_size=rows, max_size=rows)))
        columns.append(ColumnText(names, (draw(header),), False, ("Summa",),
                                  (*names, "Summa")))
    for _ in range(draw(st.integers(min_value=1, max_value=5))):
        values = draw(st.lists(st.integers(min_value=-9_999_999, max_value=9_999_999),
                               min_size=rows, max_size=rows))
        figures = tuple(map(_figure, values))
        total = _figure(sum(values))
        columns.append(ColumnText(figures, (draw(header),), True, (total,),
                                  (*figures, total)))
    return columns


@settings(max_examples=200, deadline=None)
@given(tables(), st.sampled_from(WIDTHS))
def test_widths_fill_the_text_width_and_hold_every_figure_on_one_line(
        columns: list[ColumnText], available: int) -> None:
    """(At the size the table is set in: a table too wide for the page is set smaller.)"""
    widths, _, _, _, glyphs = data_widths(columns, available, STYLES)
    assert glyphs is not None
    assert sum(widths) == available
    for column, width in zip(columns, widths, strict=True):
        if column.fixed:
            widest = max([glyphs.width(line) for line in column.lines]
                         + [glyphs.width(line, bold=True) for line in column.bold_lines])
            assert widest + CELL_MARGINS <= width

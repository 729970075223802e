"""The column widths of a data table, as the Word writer sets them, for the writer and for
the checks that must agree with it (`checks.portrait_fit`).

An amount column is no narrower than the widest piece its header breaks into
(`header_pieces`), and a table too wide for the page even at its narrowest
(`widths.overfull`), these pieces included, is set SMALLER before a header breaks between
letters; the widths are those of `widths`, with room for the words of the amount headers
(`header_words`) and for amount headers of more than two lines (`header_room`), and last
with room for the names of its text column from amount columns wider than they need
(`name_room`), then with room that costs no line for the header words that would break at
a compound's joint ("Grund-" / "bidrag", `header_words.whole_compounds`), and then with
amount columns alike in their figures equally wide, their headers on one line where a
little room from the text columns allows it (`even_amounts`), then with room for the dates
of its text columns (`date_room`: a date does not break, as a figure does not), the text
columns' spare given to amount headers that wrap (`spare_room`), and last with room that
costs no line for the header words of its text columns (`text_headers`). An amount
column is no narrower either than its widest figure in the font LibreOffice sets in place of
one without a metric twin (`measured`): a figure must never break, text may wrap.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final, NamedTuple

from generator.word.date_room import whole_dates
from generator.word.even_amounts import even_amounts
from generator.word.glyph_widths import Glyphs
from generator.word.header_pieces import piece_need
from generator.word.header_room import roomier_headers
from generator.word.header_words import WholeWords, figure_need, whole_compounds, whole_header_words
from generator.word.name_room import roomier_names
from generator.word.spare_room import spare_to_headers
from generator.word.styles import StyleBook
from generator.word.table_text import TableText
from generator.word.text_headers import whole_text_headers
from generator.word.widths import ColumnText, Measure, column_widths, overfull

SMALLER: Final = 0.9  # a table too wide for the page is set this much smaller


class DataWidths(NamedTuple):
    """A data table's widths and what they were worked out at."""

    widths: list[int]
    words: WholeWords  # the widths before `roomier_headers`, and the headers' words kept
    char: int  # average character width (twips) of its text
    size: int | None  # its font size (half-points) when set smaller, else None
    glyphs: Glyphs | None  # the widths of its font's characters, None if unknown


class TableFont(NamedTuple):
    """What a data table's text is measured at."""

    char: int  # average character width (twips)
    size: int | None  # its font size (half-points) when set smaller, else None
    glyphs: Glyphs | None  # the widths of its font's characters, None if unknown
    measures: list[Measure] | None  # each column's `measure(char)` (None: not yet taken)


def table_font(columns: Sequence[ColumnText], available: int, styles: StyleBook) -> TableFont:
    """The font of a data table of columns `columns` `available` twips wide: the table
    style's, or SMALLER when the table is too wide for it (see `smaller_size`)."""
    char = styles.character_width
    glyphs = styles.table_glyphs()
    measures = measured(columns, char, glyphs, styles.figure_glyphs())
    size = smaller_size(columns, measures, styles, char, available)
    if size is None:
        return TableFont(char, None, glyphs, measures)
    return TableFont(round(char * size / (2 * styles.table_points)), size,
                     styles.table_glyphs(size), None)  # (measured again at that size)


def data_widths(columns: Sequence[ColumnText], available: int, styles: StyleBook,
                font: TableFont | None = None) -> DataWidths:
    """The widths of the columns `columns` of a data table `available` twips wide, its
    text at `font` (else at `table_font`)."""
    char, size, glyphs, measures = font or table_font(columns, available, styles)
    table = TableText(columns, char, measures or measured(columns, char, glyphs,
                                                          styles.figure_glyphs(size)))
    widths = column_widths(table, available, char, table.measures)
    words = whole_header_words(table, widths, char, glyphs)
    roomier = roomier_headers(table, words.widths, char, glyphs)
    named = roomier_names(table, roomier, char, glyphs)
    whole = whole_compounds(table, named, words, char, glyphs)
    even = even_amounts(table, whole.widths, char, glyphs)
    dated = whole_dates(table, even, char, glyphs)
    headed = spare_to_headers(table, dated, char, glyphs)
    return DataWidths(whole_text_headers(table, headed, char, glyphs),
                      whole._replace(widths=words.widths), char, size, glyphs)


def measured(columns: Sequence[ColumnText], char: int, glyphs: Glyphs | None,
             figures: Glyphs | None = None) -> list[Measure]:
    """Each column's `measure(char)`, an amount column no narrower than the widest piece its
    header breaks into (`piece_need`, measured with `glyphs`, the font's character widths):
    "Sannolikhet" over a column of single digits was set "Sa" / "n-" / "n" / … (trial 57);
    nor than its widest figure set in `figures`, the font LibreOffice sets in place of one
    without a metric twin (`glyph_widths.substitute_glyphs`): a secretary previews the Word
    file through a PDF, and bold DejaVu Serif's digits are 0,696 em where `widths` counts
    0,57 em for Georgia ("209 011 09" / "9", trial 87, F5)."""
    measures = [column.measure(char) for column in columns]
    if glyphs is None and figures is None:
        return measures
    for index, column in enumerate(columns):
        if column.fixed:
            need = max(0 if glyphs is None else piece_need(column, char, glyphs),
                       0 if figures is None else figure_need(column, char, figures))
            widest, natural, least = measures[index]
            measures[index] = widest, max(natural, need), max(least, need)
    return measures


def smaller_size(columns: Sequence[ColumnText], measures: Sequence[Measure], styles: StyleBook,
                 char: int, available: int) -> int | None:
    """The font size (half-points) of a table too wide for the page at the text's size
    (`overfull`; `measures`: each column's `measure(char)`): a tenth smaller, as a report
    sets a wide table; None for the others."""
    if not overfull(columns, measures, available, char):
        return None
    return round(styles.table_points * 2 * SMALLER)

"""The lines of table text a data table's header takes, for its keeps: each column's
header measured as it is set, under a row of the headings of its groups of columns (trial
92, F10: the header of "Ny hyra från 1 juli 2025" over "kr/m²" / "och år" beside
"Nuvarande" / "årshyra (kr)" is three lines)."""

from __future__ import annotations

from generator.table_shape import ColumnGroup
from generator.word.glyph_widths import font_glyphs
from generator.word.header_height import header_height
from generator.word.widths import ColumnText

CHAR = 110  # twips: Calibri 11 pt's average character, as `widths` counts it
GLYPHS = font_glyphs("Calibri", 11.0)
COLUMNS = [ColumnText(("Umeå Energi Arena",), ("Anläggning",)),
           ColumnText(("650",), ("kr/m² och år",), fixed=True),
           ColumnText(("92 300",), ("Årshyra (kr)",), fixed=True),
           ColumnText(("7 692",), ("Månadshyra (kr)",), fixed=True),
           ColumnText(("61 200",), ("Nuvarande årshyra (kr)",), fixed=True)]
WIDTHS = [2230, 967, 967, 1122, 1319]  # (as the trial's table had them, twips)
GROUP = ColumnGroup("Ny hyra från 1 juli 2025", 1, 3)


def test_a_header_is_as_tall_as_its_tallest_column_header() -> None:
    """"kr/m² och år" and "Nuvarande årshyra (kr)" take two lines each at these widths."""
    assert GLYPHS is not None
    assert header_height(COLUMNS, WIDTHS, CHAR, GLYPHS) == 2
    assert header_height(COLUMNS[:1], WIDTHS[:1], CHAR, GLYPHS) == 1


def test_a_group_of_columns_adds_its_headings_row_above_its_columns_only() -> None:
    """The grouped columns' headers stand under the heading row (1 + 2 lines); a column in
    no group fills both rows, so a tall one beside them adds nothing unless it is taller."""
    assert header_height(COLUMNS, WIDTHS, CHAR, GLYPHS, [GROUP]) == 3
    tall = ColumnText(("1",), ("Förändring av årshyran från 2024 (kr)",), fixed=True)
    alone = header_height([tall], WIDTHS[4:], CHAR, GLYPHS)
    assert alone > 3
    assert header_height([*COLUMNS[:4], tall], WIDTHS, CHAR, GLYPHS, [GROUP]) == alone


def test_without_known_character_widths_a_header_is_counted_by_its_characters() -> None:
    """Bold characters a line (`widths.characters_in`), which counts wide: "Nuvarande
    årshyra (kr)" at 8 of them is three lines; "kr/m² och år" at 5 three, under the
    heading's two at 22."""
    assert header_height(COLUMNS, WIDTHS, CHAR, None) == 3
    assert header_height(COLUMNS, WIDTHS, CHAR, None, [GROUP]) == 5
    assert header_height([ColumnText((), ())], [1000], CHAR, None) == 1  # (no header)

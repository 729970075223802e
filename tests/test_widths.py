"""Column widths from content."""

from __future__ import annotations

from generator.word.widths import ColumnText, characters_in, column_widths

PAGE = 9072
CHAR = 120


def test_short_columns_keep_their_natural_width_and_text_takes_the_rest() -> None:
    amount = ColumnText(("1 000 000",), ("Belopp",), fixed=True, cells=("1 000 000",))
    text = ColumnText(("kort",), ("Text",), cells=("kort",))
    widths = column_widths([text, amount], PAGE, CHAR)
    assert sum(widths) == PAGE
    assert widths[1] == amount.natural(CHAR)


def test_the_column_with_more_text_gets_more_room() -> None:
    long = "ord " * 200
    columns = [ColumnText(("namn",), cells=("namn",)),
               ColumnText((long,), cells=(long,)),
               ColumnText(("ansvarig",), cells=("ansvarig",))]
    widths = column_widths(columns, PAGE, CHAR)
    assert widths[1] > widths[0] + widths[2]


def test_no_column_is_narrower_than_a_short_word() -> None:
    long = "ord " * 400
    columns = [ColumnText(("Regiondirektör",), cells=("Regiondirektör",)),
               ColumnText((long,), cells=(long,))]
    widths = column_widths(columns, PAGE, CHAR)
    assert characters_in(widths[0], CHAR) >= 10

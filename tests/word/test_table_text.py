"""A table's columns measured once (`table_text`): the measures are the columns' own, and a
pass handed plain columns measures them itself."""

from __future__ import annotations

from generator.word.table_text import TableText, widest_word
from generator.word.widths import ColumnText

_COLUMNS = [
    ColumnText(("Furuhöjdsområdet", "Väg 12"), ("Vägsträcka",),
               cells=("Furuhöjdsområdet", "Väg 12")),
    ColumnText(("12 400", "3 100"), ("Belopp (kr)",), fixed=True, bold_lines=("15 500",),
               cells=("12 400", "3 100", "15 500")),
]


def test_a_table_is_its_columns_with_their_own_measures() -> None:
    table = TableText(_COLUMNS, 110)
    assert table == tuple(_COLUMNS)
    assert table[1] is _COLUMNS[1]
    assert table.measures == [column.measure(110) for column in _COLUMNS]


def test_the_widest_word_is_read_from_the_table_at_its_character_width() -> None:
    table = TableText(_COLUMNS, 110, [(999, 1000, 1000), (1, 2, 3)])
    assert widest_word(table, 0, 110) == 999
    assert widest_word(table, 0, 99) == _COLUMNS[0].widest_word(99)
    assert widest_word(_COLUMNS, 0, 110) == _COLUMNS[0].widest_word(110)


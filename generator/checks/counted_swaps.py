"""Whether an amount in text that a swap of two digits would make a table's figure is tied by
its sentence to a count that is not the table's (trial 94, F1).

"I budget 2021 finns medel avsatta för 31 feriearbetsplatser, vilket motsvarar 201 000 kr"
was told that with two digits swapped it is the table's sum of 210 000 kr, the increases
for 21 + 7 places: advice to put a wrong figure in the protokoll. A short amount is a swap
of a figure only by its digits (`literal_amounts_swaps`), and where its sentence counts
something in the table's words ("31 feriearbetsplatser": the count column 'Antal platser',
also at the end of a compound) that is none of the table's counts (its rows', its totals),
the amount is of those 31, not of the table's 28.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal
from functools import cache

from generator.checks.literal_amount import LiteralAmount
from generator.checks.literal_amounts_parts import sentence_of
from generator.checks.literal_counts import CountColumn, count_words
from generator.checks.reference_row_counts import table_counts
from generator.compute.tables import TableResult

_ENDINGS = ("", "na", "en", "er", "ar")
"""The endings a header's word may take in text ("platserna")."""


@cache
def _count() -> re.Pattern[str]:
    """A number of whole units and the word after it: "31 feriearbetsplatser"."""
    return re.compile(r"(?<![\w,.\-–−/:§+])(\d{1,3}(?:[\x20\u00a0]\d{3})*)(?![\d,])\s+([^\W\d_]+)")


def counts_otherwise(text: str, literal: LiteralAmount, name: str,
                     tables: Mapping[str, TableResult]) -> bool:
    """Whether the literal's sentence counts, in a word of a count column's header of the
    named figure's table, a number that is none of that table's counts."""
    parts = name.split(".")
    result = tables.get(parts[1]) if parts[0] == "tabeller" and len(parts) > 1 else None
    if result is None:
        return False
    words = {word: [c.column.key for c in columns if isinstance(c, CountColumn) and c.row is None]
             for word, columns in count_words({"": result}).items()}
    for number, word in _count().findall(sentence_of(text, literal.offset)):
        keys = _keys(word.lower(), words)
        if keys and Decimal(re.sub(r"\D", "", number)) not in table_counts(result, keys):
            return True
    return False


def _keys(word: str, words: Mapping[str, list[str]]) -> list[str]:
    """The count columns a word of text names by a header word it ends with."""
    return [key for header, keys in words.items() for key in keys
            if any(word.endswith(header + ending) for ending in _ENDINGS)]

"""A row's stated product that is a whole multiple of the computed one (trial 52, F2:
"Ledamot (6 st) | 4 % | 16 416", where 16 416 kr = 6 × 2 736 kr): one row for several people
with the share each has, which the formula computes for one. The message says so, and that
the row's text says it ("6 st", "6 personer", "6 ledamöter") when it does, and how to write
the count into the formula (an `antal` column, the handbook's "Uträknade kolumner")."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from functools import cache

from generator.compute.formula import MAX_FACTORS, Term
from generator.compute.stated import Multiple
from generator.formatting import Kronor

_MOST = 99
"""The largest multiple told (a row for 2 to 99 people)."""


@cache
def _counted() -> re.Pattern[str]:
    """A row's own count of people: "6 st", "6 personer", "6 ledamöter"."""
    return re.compile(r"(?<![\d,.])(\d{1,2})[ \u00a0]*(?:st|personer|ledamöter)\b",
                      re.IGNORECASE)


COUNT_COLUMN = "antal"
"""The column the advice names for the count."""


def multiple(stated: Kronor, computed: Kronor, texts: Iterable[str],
             formula: tuple[Term, ...], keys: Collection[str]) -> Multiple | None:
    """How many times the computed figure the stated one is (2 to 99 whole times), with the
    words of the row's text that give that count, and the formula with a count column that
    computes it (`_counted_formula`)."""
    if computed <= 0 or stated % computed or not 2 <= stated // computed <= _MOST:
        return None
    times = int(stated // computed)
    words = next((found.group(0) for text in texts for found in _counted().finditer(text)
                  if int(found.group(1)) == times), "")
    return Multiple(times, words, _counted_formula(formula, keys))


def _counted_formula(formula: tuple[Term, ...], keys: Collection[str]) -> str | None:
    """A single product's formula times a count column ('antal * andel *
    belopp.riksdagsarvode'); '' where it has no room for one more factor; None where the
    table has a column of that name already (its cell on the row is the one to look at)."""
    if COUNT_COLUMN in keys:
        return None
    term = formula[0]
    if len(formula) != 1 or len(term.factors) + 2 > MAX_FACTORS:
        return ""
    written = " * ".join([COUNT_COLUMN, term.key, *(f.written for f in term.factors)])
    return written + "".join(f" / {f.written}" for f in (term.divisor, term.per) if f is not None)

"""A table whose rows are years, and a header that gives its amounts per something.

Trial 94, F3: a region's barntandvårdspeng per barn and its karensbelopp for 2015 and 2016,
summed into a "Totalt" of 2 290 kr and 5 500 kr. Rows that are years ("2015", "År 2016",
"2015/16") compare the years; where one of their amounts is a rate, per barn or per månad,
the table is no list of parts, and none of its amounts adds up over the years (`fee_columns`).
A yearly amount over years ("Driftstöd", "Kostnad per år") may be summed to the cost of the
years, so a rate per year is none here.
"""

from __future__ import annotations

import re
from functools import cache

from generator.compute.tables import TableResult, every_row


@cache
def _year() -> re.Pattern[str]:
    """A row's text that is a year, or a span of years: "2015", "År 2016", "2015/16"."""
    return re.compile(r"(?:år\s+)?(?:19|20)\d\d(?:\s*[/–\-]\s*(?:19|20)?\d\d)?", re.IGNORECASE)


@cache
def _per_unit() -> re.Pattern[str]:
    """An amount's unit per something in a header, "per barn", "kr/månad", but not per year."""
    return re.compile(r"(?:(?<!\w)per\s+|/\s*)(?!(?:år|året|års)(?!\w))[a-zåäö]", re.IGNORECASE)


def rows_are_years(table: TableResult) -> bool:
    """Whether the table's rows, two or more and none with rows under it, are each named by
    a year."""
    rows = list(every_row(table.rows))
    return len(rows) >= 2 and all(
        not row.children and _year().fullmatch(row.spec.first_text.strip()) for row in rows)


def per_unit(header: str) -> bool:
    """Whether a header gives its amounts per something other than a year ("Barntandvårdspeng
    per barn", "Hyra (kr/mån)"): a rate, where the rows are years."""
    return _per_unit().search(header) is not None

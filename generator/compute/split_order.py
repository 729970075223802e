"""A case's splits (`uppdelningar`), each computed once, when it is first needed.

Splits are computed in the case's order, except that one whose part a table's cell takes
(`{{ uppdelningar.x.summa }}`, `tabell: uppdelning` shows the split itself) is computed
when that table is, before it, and one whose `summa` is a table's figure (`summa:
tabeller.utokning.kostnad`, trial 94, F8) has that table computed first. Splits and tables
being computed are one chain (`CaseTables.open`): a table that takes the summa of a split
that takes its summa from that table closes a ring, an error at the reference that closes
it, naming both; the other's error is its follow-on.

A table's figure is named as text names it (`compute.prose_figures`): a column's total, a
row's cell by the row's `rad_namn` or place, and it must be an amount: a count, a
percentage, a total the table has not (`totalt: false`, `summeras: nej`) or a name that
finds nothing is an error that says what to name instead, the names written as a `summa`
writes them (without `{{ }}`). A table with an error of its own gives no figure: the split
is a follow-on of that error.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any

from generator.case.money import AmountError
from generator.compute.follow_ons import FollowOnError, follows_of
from generator.compute.prose_figures import Figure, Percentage
from generator.compute.unsummed_totals import NotSummed
from generator.formatting import Kronor
from generator.problems import Finding, FollowOn

if TYPE_CHECKING:
    from generator.compute.case_splits import SplitResult
    from generator.compute.case_tables import CaseTables


class OrderedSplits:
    """The splits of one case as they are computed, with what they report."""

    def __init__(self, tables: CaseTables) -> None:
        self.tables = tables
        self.case = tables.case
        self.results: dict[int, SplitResult | None] = {}
        self.findings: list[Finding] = []

    def all(self) -> dict[str, SplitResult]:
        """Every split that could be made, by name (a name given twice: the first made)."""
        made: dict[str, SplitResult] = {}
        for index, split in enumerate(self.case.uppdelningar):
            result = self.computed(index)
            if result is not None:
                made.setdefault(split.namn, result)
        return made

    def named(self, name: str, reference: str) -> SplitResult | None:
        """The first split of that name that can be made, or None; AmountError where the
        `reference` (`uppdelningar.x.summa`) to it closes a ring."""
        for index, split in enumerate(self.case.uppdelningar):
            if split.namn == name and (result := self.computed(index, reference)) is not None:
                return result
        return None

    def computed(self, index: int, reference: str = "") -> SplitResult | None:
        """The split at `index`, made now unless it was before (None: it cannot be made)."""
        if index in self.results:
            return self.results[index]
        key = ("uppdelningar", index)
        if key in self.tables.open:
            raise AmountError(self.tables.ring(reference, key))
        self.tables.open.append(key)
        try:
            result, found = self._made(index)
        finally:
            self.tables.open.pop()
        self.results[index] = result
        self.findings += found
        return result

    def _made(self, index: int) -> tuple[SplitResult | None, list[Finding]]:
        """The split at `index` with its summa worked out, made, and what it reports."""
        from generator.compute.case_splits import compute_split
        from generator.compute.split_totals import with_named_total

        loc = ("uppdelningar", index)
        written = self.case.uppdelningar[index]
        if written.named_total and self.case.derived_amounts:
            from generator.compute.derived_amounts import unworked

            if (follows := unworked(self.case, written.named_total, "'summa'")) is not None:
                return None, [Finding((*loc, "summa"), f"'summa': {follows.subject} kan inte "
                                      "räknas ut", follows=follows)]
        split, failed = with_named_total(written, self.case.belopp, loc, self.table_amount)
        if split is None:
            return None, failed
        result, found = compute_split(split, loc)
        return result, failed + found

    def table_amount(self, name: str) -> Kronor:
        """The amount in kronor a split's `summa` takes from a table, or AmountError (a
        `FollowOnError` where the table has an error), named as the `summa` names it."""
        try:
            value = self.tables.table_figure(name)
            self._without_errors(name)
            return _amount(value, name, self.tables)
        except AmountError as exc:
            message = _bare().sub(r"'\1'", exc.message)
            follows = follows_of(exc)
            raise (AmountError(message) if follows is None else FollowOnError(
                message, follows._replace(reference=f"summa: {name}"))) from None

    def _without_errors(self, name: str) -> None:
        """FollowOnError where the table a name finds (the last of its name, as text finds
        it) has an error: its figures may be wrong until it is fixed."""
        table = name.split(".")[1]
        index = max(i for i, general in enumerate(self.case.tabeller) if general.namn == table)
        cause = ("tabeller", index)
        if any(finding.severity == "fel" and finding.loc[:2] == cause
               for finding in self.tables.findings):
            subject = f"tabellen '{table}'"
            raise FollowOnError(f"{{{{ {name} }}}}: {subject} har ett fel, rätta felet i den "
                                "först", FollowOn(cause, "", subject))


@cache
def _bare() -> re.Pattern[str]:
    """A name of a table's figure in `{{ }}`, perhaps quoted, as messages about cells write
    it: a `summa` names it bare, in single quotes."""
    return re.compile(r"\"?\{\{ (tabeller\.[^{}\s]+) \}\}\"?")


def _amount(value: Any, name: str, tables: CaseTables) -> Kronor:
    """The amount a found value is, or AmountError: a count, a percentage, a text, a row or a
    table is none, and a total the table has not says which rows to name; the message names
    an amount of the same row or table instead where there is one."""
    if isinstance(value, Figure):
        return value.kronor
    if isinstance(value, NotSummed):
        raise AmountError(value.message)
    if isinstance(value, list):  # (`rader` alone: its message names a row's cell)
        from generator.compute.cell_refs import amount_of

        return amount_of(value, name, "kr")
    whole = name if isinstance(value, Mapping) else name.rsplit(".", 1)[0]
    beside = value if isinstance(value, Mapping) else tables.table_figure(whole)
    amounts = [key for key, part in beside.items() if isinstance(part, Figure)
               and key != "summa"] if isinstance(beside, Mapping) else []
    instead = f", t.ex. '{whole}.{amounts[0]}'" if amounts else ""
    raise AmountError(f"{{{{ {name} }}}} är {_what(value, name, tables)}, inget belopp; en "
                      f"uppdelnings summa är en beloppskolumns summa eller en rads "
                      f"belopp{instead}")


def _what(value: Any, name: str, tables: CaseTables) -> str:
    """What a value that is no amount is: a table, a row, a percentage, a count (in a count
    column), a number or a text."""
    if isinstance(value, Mapping):
        return "en tabell" if name.count(".") == 1 else "en rad"
    if isinstance(value, Percentage):
        return "en procentsats"
    text = str(value)
    if not text[:1].isdigit():
        return f"en text ('{text}')"
    table, column = name.split(".")[1], name.rsplit(".", 1)[-1]
    kinds = {c.namn: c.typ for general in tables.case.tabeller if general.namn == table
             for c in general.kolumner}
    return f"{'ett antal' if kinds.get(column) == 'antal' else 'ett tal'} ({text})"

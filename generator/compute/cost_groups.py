"""Costs typed as positive amounts beside income in a table that nets them (trial 49, F1).

A projektkalkyl lists a group "Intäkter" and a group "Utgifter" and a total "Netto"; most
printed kalkyler write the utgifter without a sign, but the table adds every row, so the
"Netto" is the sum of both (86 255 500 kr for 46 500 kr). The rule, one for the warning
(`checks.cost_signs`) and for a stated total that differs (`Mismatch.subtracted`):

* a table with a total whose label nets (Netto, Resultat, Överskott, Underskott) or a cost
  group with a subtotal row (`delsumma`);
* a top-level group named as income (Intäkter, Inkomster …) with a positive sum, and one
  named as costs (Utgifter, Kostnader, Investeringar …) whose typed amounts are none
  negative and some positive, in an amount column without formula.

A stated total is told the costs' sign when it differs by twice such a group's sum: it is
right with the group subtracted.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final, NamedTuple

from generator.compute.stated import Mismatch
from generator.compute.tables import ColumnSpec, RowResult, TableResult, every_row, level
from generator.formatting import NBSP, Kronor, exact

_NETS: Final = re.compile(r"netto|resultat|överskott|underskott", re.IGNORECASE)
_COSTS: Final = re.compile(r"utgift|kostnad|investering", re.IGNORECASE)
_INCOME: Final = re.compile(r"intäkt|inkomst", re.IGNORECASE)
COST_WORDS: Final = ("kostnad", "kostnader", "utgift", "utgifter")
"""The words text names costs by (in any form: "kostnaden", "utgifterna")."""
_PLURAL: Final = re.compile(r"[^\W\d_]+(?:er|ar)")
"""A group named by one word in the plural ("Utgifter"), said in the definite form."""


class CostGroup(NamedTuple):
    """A group of costs typed positive, in one amount column: its row and sum."""

    row: RowResult
    column: ColumnSpec
    sum: Kronor
    first: Kronor
    """Its first positive typed amount, which the advice writes with a minus sign."""

    @property
    def label(self) -> str:
        """The group's text, as typed ("Utgifter")."""
        return self.row.spec.first_text

    @property
    def name(self) -> str:
        """The group's figure as messages name it: its subtotal row, else its own."""
        subtotal = self.row.spec.subtotal
        return f"'{subtotal}'" if isinstance(subtotal, str) and subtotal else f"'{self.label}'"

    def advice(self, unit: str) -> str:
        """How to write the costs: 'skriv utgifterna med minustecken (t.ex. "-43 104 500")'."""
        group = self.label
        costs = f"{group.lower()}na" if _PLURAL.fullmatch(group) else \
            f"beloppen under '{group}'"
        typed = exact(-self.first, unit, real_minus=False).replace(NBSP, " ")
        return f'skriv {costs} med minustecken (t.ex. "{typed}")'


def names_costs(label: str) -> bool:
    """Whether a row's or group's text names costs ("Utgifter", "Kostnader för lokaler")."""
    return _COSTS.search(label) is not None


def positive_costs(table: TableResult) -> list[CostGroup]:
    """Every cost group of a netting table whose typed amounts are positive, beside income
    (in the first amount column where it is; none in a table without a total)."""
    spec = table.spec
    groups = [row for row in table.rows if row.children]
    costs = [row for row in groups if _COSTS.search(row.spec.first_text)]
    incomes = [row for row in groups if _INCOME.search(row.spec.first_text)]
    nets = _NETS.search(spec.total_label or "") or any(
        isinstance(row.spec.subtotal, str) for row in costs)
    if spec.total_label is None or not (costs and incomes and nets):
        return []
    found = []
    for row in costs:
        group = next(filter(None, (_costed(row, c, incomes) for c in _plain(table))), None)
        found += [group] if group else []
    return found


def _costed(row: RowResult, column: ColumnSpec, incomes: list[RowResult]) -> CostGroup | None:
    """The cost group in one column, if its typed amounts are positive beside income."""
    typed = list(_typed(row, column.key))
    income = any(r.amounts.get(column.key, 0) > 0 for r in incomes)
    if not (typed and income) or min(typed) < 0 or max(typed) == 0:
        return None
    return CostGroup(row, column, row.amounts[column.key], next(a for a in typed if a > 0))


def with_cost_signs(table: TableResult, mismatches: list[Mismatch]) -> list[Mismatch]:
    """The mismatches, a stated total that is right with a cost group subtracted told so."""
    groups = positive_costs(table) if mismatches else []
    if not groups:
        return mismatches
    spec = table.spec
    told = {(spec.stated_total_locs.get(g.column.key, spec.loc),
             level(spec, spec.name, g.column), -2 * g.sum): g for g in groups}
    result = []
    for mismatch in mismatches:
        group = told.get((mismatch.loc, mismatch.level, mismatch.difference))
        result.append(mismatch if group is None else mismatch._replace(
            subtracted=f"{group.name} dras ifrån: {group.advice(spec.unit)}"))
    return result


def _plain(table: TableResult) -> list[ColumnSpec]:
    """The summed amount columns whose figures are typed (no formula)."""
    return [c for c in table.spec.amount_columns if c.summed and not c.formula]


def _typed(group: RowResult, key: str) -> Iterator[Kronor]:
    """The amounts typed in a column on the group's rows without children, in order."""
    for row in every_row(group.children):
        if not row.children and key in row.spec.stated:
            yield row.spec.stated[key]

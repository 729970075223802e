"""Property specification of the funds and risk tables: every total is the sum of its column,
at risk is allocated − used, and a stated figure is checked exactly when it is given."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.case.table_models import Funds, FundsItem, RiskRow, RiskTable
from generator.compute.checked_tables import compute_table
from generator.compute.presets import funds_spec, risk_spec
from generator.compute.stated import Mismatch
from generator.compute.tables import TableResult
from generator.formatting import Kronor
from generator.problems import Loc


def compute_funds(funds: Funds) -> tuple[TableResult, list[Mismatch]]:
    """The funds table through its preset."""
    return compute_table(funds_spec(funds))


def compute_risk(table: RiskTable) -> tuple[TableResult, list[Mismatch]]:
    """The risk table through its preset."""
    return compute_table(risk_spec(table))

AMOUNTS = st.integers(0, 10**12)
STATED = st.none() | AMOUNTS
FAST = settings(max_examples=200, deadline=None)

funds_items = st.lists(st.builds(FundsItem, namn=st.sampled_from(["A", "B", "C"]),
                                 belopp=AMOUNTS), min_size=1, max_size=8)
risk_rows = st.lists(
    st.builds(RiskRow, insatsomrade=st.sampled_from(["A", "B"]), tilldelat=AMOUNTS,
              anvant=st.lists(AMOUNTS, max_size=4), risk=STATED),
    min_size=1, max_size=6,
)


class DescribeTheFundsTable:
    @FAST
    @given(funds_items, STATED)
    def it_totals_the_items_and_checks_a_stated_total(
        self, items: list[FundsItem], stated: int | None
    ) -> None:
        total, mismatches = compute_funds(Funds(poster=items, summa=stated))
        assert total.total == sum(item.belopp for item in items)
        assert [row.amounts["belopp"] for row in total.rows] == [item.belopp for item in items]
        if stated is None or stated == total.total:
            assert mismatches == []
        else:
            [mismatch] = mismatches
            assert (mismatch.loc, mismatch.stated, mismatch.computed) == (
                ("medel", "summa"), stated, total.total)

    @FAST
    @given(funds_items)
    def it_accepts_the_right_stated_total(self, items: list[FundsItem]) -> None:
        right = sum(item.belopp for item in items)
        assert compute_funds(Funds(poster=items, summa=right))[1] == []


class DescribeTheRiskTable:
    @FAST
    @given(risk_rows, STATED)
    def it_puts_allocated_minus_used_at_risk_and_totals_every_column(
        self, rows: list[RiskRow], stated: int | None
    ) -> None:
        total, _ = compute_risk(RiskTable(rader=rows, summa=stated))
        for line, row in zip(total.rows, rows, strict=True):
            assert line.amounts["anvant"] == sum(row.anvant)
            assert line.amounts["risk"] == row.tilldelat - line.amounts["anvant"]
        totals = total.totals
        assert totals["tilldelat"] == sum(row.tilldelat for row in rows)
        assert totals["anvant"] == sum(line.amounts["anvant"] for line in total.rows)
        assert totals["risk"] == sum(line.amounts["risk"] for line in total.rows)
        assert totals["risk"] == totals["tilldelat"] - totals["anvant"]

    @FAST
    @given(risk_rows, STATED)
    def it_checks_exactly_the_stated_figures_that_differ(
        self, rows: list[RiskRow], stated: int | None
    ) -> None:
        total, mismatches = compute_risk(RiskTable(rader=rows, summa=stated))
        expected: list[tuple[Loc, int, Kronor]] = [
            (("risk", "rader", i, "risk"), row.risk, line.amounts["risk"])
            for i, (row, line) in enumerate(zip(rows, total.rows, strict=True))
            if row.risk is not None and row.risk != line.amounts["risk"]
        ]
        at_risk = total.totals["risk"]
        if stated is not None and stated != at_risk:
            expected.append((("risk", "summa"), stated, at_risk))
        assert [(m.loc, m.stated, m.computed) for m in mismatches] == expected

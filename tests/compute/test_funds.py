"""Property specification of the funds and risk tables: every total is the sum of its column,
at risk is allocated − used, and a stated figure is checked exactly when it is given."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.case.models import Funds, FundsItem, RiskRow, RiskTable
from generator.compute.funds import compute_funds, compute_risk
from generator.problems import Loc

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
        assert total.amount == sum(item.belopp for item in items)
        assert total.items == tuple(items)
        if stated is None or stated == total.amount:
            assert mismatches == []
        else:
            [mismatch] = mismatches
            assert (mismatch.loc, mismatch.stated, mismatch.computed) == (
                ("medel", "summa"), stated, total.amount)

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
        for line, row in zip(total.lines, rows, strict=True):
            assert line.used == sum(row.anvant)
            assert line.at_risk == row.tilldelat - line.used
        assert total.allocated == sum(row.tilldelat for row in rows)
        assert total.used == sum(line.used for line in total.lines)
        assert total.at_risk == sum(line.at_risk for line in total.lines)
        assert total.at_risk == total.allocated - total.used

    @FAST
    @given(risk_rows, STATED)
    def it_checks_exactly_the_stated_figures_that_differ(
        self, rows: list[RiskRow], stated: int | None
    ) -> None:
        total, mismatches = compute_risk(RiskTable(rader=rows, summa=stated))
        expected: list[tuple[Loc, int, int]] = [
            (("risk", "rader", i, "risk"), row.risk, line.at_risk)
            for i, (row, line) in enumerate(zip(rows, total.lines, strict=True))
            if row.risk is not None and row.risk != line.at_risk
        ]
        if stated is not None and stated != total.at_risk:
            expected.append((("risk", "summa"), stated, total.at_risk))
        assert [(m.loc, m.stated, m.computed) for m in mismatches] == expected

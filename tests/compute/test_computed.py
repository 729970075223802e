"""Specification of the computed tables: every total is the sum of its parts, and a stated
total that differs is reported with its place, level and both figures."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.case.models import (
    Allocation,
    Area,
    Funds,
    FundsItem,
    RiskRow,
    RiskTable,
    Row,
    Split,
    SplitParty,
    SubItem,
)
from generator.compute.allocation import compute_allocation
from generator.compute.case_splits import SplitFailure, compute_split
from generator.compute.funds import compute_funds, compute_risk
from generator.compute.stated import Mismatch
from generator.problems import Loc

NBSP = "\u00a0"

# An area is a list of rows; a row is a stated amount (int) or the amounts of its parts.
RowSpec = int | list[int]
AreaSpec = list[RowSpec]


def build_allocation(
    areas: Sequence[AreaSpec], stated: Mapping[Loc, int] | None = None
) -> Allocation:
    """An allocation with the given rows; `stated` gives the totals the case states."""
    stated = stated or {}
    built = []
    for a, rows in enumerate(areas):
        area_loc: Loc = ("fordelning", "omraden", a)
        insatser = []
        for r, spec in enumerate(rows):
            if isinstance(spec, int):
                insatser.append(Row(insats=f"insats {a}.{r}", belopp=spec))
            else:
                parts = [SubItem(text=f"del {p}", belopp=amount) for p, amount in enumerate(spec)]
                row_loc: Loc = (*area_loc, "insatser", r, "belopp")
                insatser.append(
                    Row(insats=f"insats {a}.{r}", belopp=stated.get(row_loc), delposter=parts)
                )
        built.append(
            Area(namn=f"område {a}", summa=stated.get((*area_loc, "summa")), insatser=insatser)
        )
    return Allocation(summa=stated.get(("fordelning", "summa")), omraden=built)


def row_amount(spec: RowSpec) -> int:
    """The amount a row should get: its own, or the sum of its parts."""
    return spec if isinstance(spec, int) else sum(spec)


def checked_totals(areas: Sequence[AreaSpec]) -> dict[Loc, int]:
    """Every total the case may state, with its correct value."""
    totals: dict[Loc, int] = {}
    for a, rows in enumerate(areas):
        area_loc: Loc = ("fordelning", "omraden", a)
        for r, spec in enumerate(rows):
            if not isinstance(spec, int):
                totals[(*area_loc, "insatser", r, "belopp")] = sum(spec)
        totals[(*area_loc, "summa")] = sum(row_amount(spec) for spec in rows)
    totals[("fordelning", "summa")] = sum(
        row_amount(spec) for rows in areas for spec in rows
    )
    return totals


SMALL: list[AreaSpec] = [
    [425_000 + 62_000, [425_000, 62_000], 1_000_000],
    [[300_000, 200_000, 1]],
]


class TestComputeAllocation:

    def test_it_sums_rows_into_areas_and_areas_into_the_total(self) -> None:
        total, mismatches = compute_allocation(build_allocation(SMALL))
        assert mismatches == []
        assert [[row.amount for row in area.rows] for area in total.areas] == [
            [487_000, 487_000, 1_000_000],
            [500_001],
        ]
        assert [area.amount for area in total.areas] == [1_974_000, 500_001]
        assert total.amount == 2_474_001

    def test_it_keeps_the_parts_of_a_row(self) -> None:
        total, _ = compute_allocation(build_allocation(SMALL))
        first, second, third = total.areas[0].rows
        assert first.parts == ()
        assert [(p.text, p.belopp) for p in second.parts] == [("del 0", 425_000), ("del 1", 62_000)]
        assert third.parts == ()

    def test_it_accepts_stated_totals_that_agree(self) -> None:
        allocation = build_allocation(SMALL, checked_totals(SMALL))
        assert compute_allocation(allocation)[1] == []

    def test_it_reports_every_stated_total_that_differs(self) -> None:
        stated: dict[Loc, int] = {
            ("fordelning", "omraden", 0, "insatser", 1, "belopp"): 487_001,
            ("fordelning", "omraden", 1, "summa"): 500_000,
            ("fordelning", "summa"): 2_474_000,
        }
        _, mismatches = compute_allocation(build_allocation(SMALL, stated))
        assert mismatches == [
            Mismatch(
                ("fordelning", "omraden", 0, "insatser", 1, "belopp"),
                "insatsen 'insats 0.1'",
                487_001,
                487_000,
            ),
            Mismatch(("fordelning", "omraden", 1, "summa"), "området 'område 1'", 500_000, 500_001),
            Mismatch(("fordelning", "summa"), "hela fördelningen", 2_474_000, 2_474_001),
        ]
        assert [m.difference for m in mismatches] == [1, -1, -1]

    def test_it_computes_the_row_amount_from_the_parts_not_the_stated_amount(self) -> None:
        row_loc: Loc = ("fordelning", "omraden", 0, "insatser", 0, "belopp")
        total, mismatches = compute_allocation(build_allocation([[[10, 20]]], {row_loc: 40}))
        assert total.amount == 30
        assert mismatches == [Mismatch(row_loc, "insatsen 'insats 0.0'", 40, 30)]

    def test_it_uses_the_given_location(self) -> None:
        allocation = build_allocation([[5]]).model_copy(update={"summa": 6})
        _, mismatches = compute_allocation(allocation, ("annat",))
        assert mismatches == [Mismatch(("annat", "summa"), "hela fördelningen", 6, 5)]


amounts = st.integers(min_value=0, max_value=10**9)
row_specs: st.SearchStrategy[RowSpec] = st.one_of(
    amounts, st.lists(amounts, min_size=1, max_size=3)
)
area_specs = st.lists(st.lists(row_specs, min_size=1, max_size=4), min_size=1, max_size=4)


class TestComputeAllocationProperties:
    @settings(max_examples=75, deadline=None)
    @given(area_specs)
    def test_it_makes_every_total_the_sum_of_its_rows(self, areas: list[AreaSpec]) -> None:
        total, mismatches = compute_allocation(build_allocation(areas))
        assert mismatches == []
        assert total.amount == sum(row_amount(spec) for rows in areas for spec in rows)
        for area_total, rows in zip(total.areas, areas, strict=True):
            assert area_total.amount == sum(row_amount(spec) for spec in rows)
            assert area_total.amount == sum(row.amount for row in area_total.rows)
        assert total.amount == sum(area.amount for area in total.areas)

    @settings(max_examples=75, deadline=None)
    @given(area_specs)
    def test_it_accepts_the_computed_totals_when_stated(self, areas: list[AreaSpec]) -> None:
        assert compute_allocation(build_allocation(areas, checked_totals(areas)))[1] == []

    @settings(max_examples=75, deadline=None)
    @given(area_specs, st.data())
    def test_it_reports_exactly_one_stated_total_that_is_off(
        self, areas: list[AreaSpec], data: st.DataObject
    ) -> None:
        totals = checked_totals(areas)
        loc = data.draw(st.sampled_from(sorted(totals, key=str)))
        computed = totals[loc]
        d = data.draw(st.integers(min_value=-computed, max_value=10**6).filter(bool))
        stated = {**totals, loc: computed + d}
        _, mismatches = compute_allocation(build_allocation(areas, stated))
        assert len(mismatches) == 1
        [mismatch] = mismatches
        assert mismatch.loc == loc
        assert (mismatch.stated, mismatch.computed, mismatch.difference) == (
            computed + d,
            computed,
            d,
        )


def seed_003_funds(summa: int | None = None) -> Funds:
    """The funds per area of seed 003 (lägesbeskrivning, Norrbotten 2021)."""
    return Funds(
        summa=summa,
        poster=[
            FundsItem(namn="Ungdomsmottagningarna", belopp=3_311_612),
            FundsItem(namn="Förstärkt samverkan", belopp=7_285_175),
            FundsItem(namn="Brukarmedverkan", belopp=1_000_000),
            FundsItem(namn="Suicidprevention", belopp=4_810_896),
        ],
    )


def seed_003_risk(risk: int | None = None, summa: int | None = None) -> RiskTable:
    """The funds at risk of seed 003; `risk` is stated for the second row."""
    return RiskTable(
        summa=summa,
        rader=[
            RiskRow(insatsomrade="Brukarmedverkan", tilldelat=500_000, anvant=[500_000]),
            RiskRow(
                insatsomrade="Stärkt samverkan",
                tilldelat=3_642_587,
                anvant=[125_000, 247_750],
                risk=risk,
            ),
            RiskRow(insatsomrade="Suicidprevention", tilldelat=2_405_448, anvant=[300_000]),
        ],
    )


class TestComputeFunds:
    def test_it_sums_the_funds_of_seed_003(self) -> None:
        total, mismatches = compute_funds(seed_003_funds())
        assert total.amount == 16_407_683
        assert [item.namn for item in total.items] == [
            "Ungdomsmottagningarna",
            "Förstärkt samverkan",
            "Brukarmedverkan",
            "Suicidprevention",
        ]
        assert mismatches == []

    def test_it_accepts_a_correct_stated_total(self) -> None:
        assert compute_funds(seed_003_funds(16_407_683))[1] == []

    def test_it_reports_the_stated_total_of_seed_003_that_is_one_krona_off(self) -> None:
        _, mismatches = compute_funds(seed_003_funds(16_407_684))
        assert mismatches == [Mismatch(("medel", "summa"), "medlen totalt", 16_407_684, 16_407_683)]
        assert mismatches[0].difference == 1


class TestComputeRisk:
    def test_it_subtracts_what_was_used_from_what_was_allocated(self) -> None:
        total, mismatches = compute_risk(seed_003_risk())
        assert mismatches == []
        assert [(line.used, line.at_risk) for line in total.lines] == [
            (500_000, 0),
            (372_750, 3_269_837),
            (300_000, 2_105_448),
        ]

    def test_it_totals_every_column(self) -> None:
        total, _ = compute_risk(seed_003_risk())
        assert (total.allocated, total.used, total.at_risk) == (6_548_035, 1_172_750, 5_375_285)

    def test_it_accepts_correct_stated_figures(self) -> None:
        assert compute_risk(seed_003_risk(risk=3_269_837, summa=5_375_285))[1] == []

    def test_it_reports_a_stated_row_and_total_that_differ(self) -> None:
        _, mismatches = compute_risk(seed_003_risk(risk=3_269_836, summa=5_375_000))
        assert mismatches == [
            Mismatch(
                ("risk", "rader", 1, "risk"),
                "'Stärkt samverkan' (tilldelat − använt)",
                3_269_836,
                3_269_837,
            ),
            Mismatch(("risk", "summa"), "medel som riskerar återbetalning", 5_375_000, 5_375_285),
        ]


NORTHERN = [
    ("Region Västernorrland", 245_347),
    ("Region Jämtland Härjedalen", 130_810),
    ("Region Västerbotten", 271_736),
    ("Region Norrbotten", 250_497),
]
LOC: Loc = ("uppdelningar", 0)


class TestComputeSplit:
    def test_it_splits_by_population_exactly(self) -> None:
        split = Split(
            namn="norra",
            summa=1_000_000,
            metod="befolkning",
            parter=[SplitParty(namn=name, vikt=Decimal(weight)) for name, weight in NORTHERN],
        )
        result, failures = compute_split(split, LOC)
        assert failures == []
        assert result is not None
        assert result.phrase == "fördelat efter befolkningsandel"
        assert result.parts == (
            ("Region Västernorrland", 273_096),
            ("Region Jämtland Härjedalen", 145_605),
            ("Region Västerbotten", 302_470),
            ("Region Norrbotten", 278_829),
        )
        assert sum(amount for _, amount in result.parts) == 1_000_000

    def test_it_splits_equally_giving_left_over_kronor_to_the_first(self) -> None:
        split = Split(
            namn="lika", summa=100, metod="lika", parter=[SplitParty(namn=n) for n in "ABC"]
        )
        result, failures = compute_split(split, LOC)
        assert failures == []
        assert result is not None
        assert result.phrase == "fördelat lika"
        assert result.parts == (("A", 34), ("B", 33), ("C", 33))

    def test_it_gives_the_rest_to_the_named_party_with_fixed_amounts(self) -> None:
        split = Split(
            namn="fasta",
            summa=1_000,
            metod="fasta",
            rest_till="C",
            parter=[SplitParty(namn="A", belopp=300), SplitParty(namn="B", belopp=200)],
        )
        result, failures = compute_split(split, LOC)
        assert failures == []
        assert result is not None
        assert result.phrase == "fasta belopp, resten till C"
        assert result.parts == (("A", 300), ("B", 200), ("C", 500))

    def test_it_points_at_the_party_without_a_weight(self) -> None:
        split = Split(
            namn="vikter",
            summa=1_000,
            metod="vikter",
            parter=[SplitParty(namn="A", vikt=Decimal(1)), SplitParty(namn="B")],
        )
        assert compute_split(split, ("uppdelningar", 2)) == (
            None,
            [
                SplitFailure(
                    ("uppdelningar", 2, "parter", 1),
                    "parten saknar 'vikt', som metoden kräver; lägg till den",
                )
            ],
        )

    def test_it_points_at_the_party_without_a_fixed_amount(self) -> None:
        split = Split(
            namn="fasta",
            summa=1_000,
            metod="fasta",
            rest_till="C",
            parter=[SplitParty(namn="A", belopp=300), SplitParty(namn="B")],
        )
        assert compute_split(split, LOC) == (
            None,
            [
                SplitFailure(
                    (*LOC, "parter", 1),
                    "parten saknar 'belopp', som metoden kräver; lägg till den",
                )
            ],
        )

    def test_it_points_at_the_method_when_fixed_amounts_lack_rest_till(self) -> None:
        split = Split(
            namn="fasta", summa=1_000, metod="fasta", parter=[SplitParty(namn="A", belopp=300)]
        )
        assert compute_split(split, LOC) == (
            None,
            [SplitFailure((*LOC, "metod"), "metoden 'fasta' behöver 'rest_till', ange vem som "
                          "får resten")],
        )

    def test_it_reports_fixed_amounts_above_the_total_at_the_split(self) -> None:
        split = Split(
            namn="fasta",
            summa=1_000,
            metod="fasta",
            rest_till="C",
            parter=[SplitParty(namn="A", belopp=1_300)],
        )
        assert compute_split(split, LOC) == (
            None,
            [
                SplitFailure(
                    LOC,
                    f"de fasta beloppen är sammanlagt 1{NBSP}300{NBSP}kr, vilket är "
                    f"300{NBSP}kr mer än summan 1{NBSP}000{NBSP}kr",
                )
            ],
        )

    def test_it_reports_a_total_that_is_not_whole_units(self) -> None:
        split = Split(
            namn="lika", summa=1_500, metod="lika", enhet=1_000, parter=[SplitParty(namn="A")]
        )
        assert compute_split(split, LOC) == (
            None,
            [SplitFailure((*LOC, "enhet"), f"summan 1{NBSP}500{NBSP}kr går inte att dela i hela "
                          f"1{NBSP}000{NBSP}kr")],
        )

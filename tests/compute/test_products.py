"""Specification of a formula's products ('andel * belopp.riksdagsarvode', 'manad * 12'):
each row's product rounded half up on its own, a group's and the total's figure the sum of
the rows as printed (never the product of sums), in whole kronor or öre, in any unit."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.case.table_models import GeneralTable, TableColumn, TableRow
from generator.compute.checked_tables import compute_table
from generator.compute.formula import Factor, Term, parse
from generator.compute.presets import general_spec
from generator.compute.tables import every_row
from generator.formatting import in_unit

NBSP = "\u00a0"
FEES = [TableColumn(namn="uppdrag"), TableColumn(namn="andel", typ="tal"),
        TableColumn(namn="manad", typ="belopp", formel="andel * belopp.arvode"),
        TableColumn(namn="ar", typ="belopp", formel="manad * 12")]


def fees(base: int, groups: list[list[str]], unit: str = "kr") -> GeneralTable:
    """A table of groups of rows, each row's share of `base` a percentage."""
    rows = [TableRow(uppdrag=f"g{i}", rader=[TableRow(uppdrag=f"r{j}", andel=share)  # type: ignore[call-arg]
                                             for j, share in enumerate(group)])
            for i, group in enumerate(groups)]
    return GeneralTable(namn="t", enhet=unit, kolumner=FEES, rader=rows)  # type: ignore[arg-type]


def printed(figure: object, unit: str = "kr") -> Decimal:
    """A figure as the document prints it in kronor, read back (digits grouped, a comma)."""
    shown = in_unit(figure, unit).removesuffix(f"{NBSP}{unit}")  # type: ignore[arg-type]
    return Decimal(shown.replace(NBSP, "").replace(",", "."))


shares = st.decimals(min_value=0, max_value=100, places=2).map(
    lambda d: f"{d:f} %".replace(".", ","))
bases = st.integers(min_value=1, max_value=10**6)


@settings(max_examples=80, deadline=None)
@given(bases, st.lists(st.lists(shares, min_size=1, max_size=4), min_size=1, max_size=4))
def test_the_printed_total_is_the_sum_of_the_printed_rows(base: int,
                                                          groups: list[list[str]]) -> None:
    spec, findings = general_spec(fees(base, groups), ("tabeller", 0), {"arvode": base})
    result, mismatches = compute_table(spec)
    assert (findings, mismatches) == ([], [])
    leaves = [r for r in every_row(result.rows) if not r.children]
    for leaf, share in zip(leaves, [s for g in groups for s in g], strict=True):
        exact = Decimal(share.removesuffix(" %").replace(",", ".")) / 100 * base
        assert leaf.amounts["manad"] == exact.quantize(Decimal(1), rounding=ROUND_HALF_UP)
        assert leaf.amounts["ar"] == 12 * leaf.amounts["manad"]
    for group in result.rows:
        assert printed(group.amounts["ar"]) == sum(printed(c.amounts["ar"])
                                                    for c in group.children)
    assert printed(result.totals["ar"]) == sum(printed(r.amounts["ar"]) for r in leaves)


def test_a_group_is_the_sum_of_its_rows_never_its_share_of_a_summed_share() -> None:
    # (0,5 % of 101 is 0,505: 1 kr each, 2 kr together, where 1 % of 101 would be 1 kr)
    spec, _ = general_spec(fees(101, [["0,5 %", "0,5 %"]]), ("tabeller", 0), {"arvode": 101})
    result, _ = compute_table(spec)
    assert (result.rows[0].amounts["manad"], result.totals["manad"]) == (2, 2)


def test_a_negative_product_is_rounded_half_away_from_zero() -> None:
    spec, _ = general_spec(fees(101, [["-0,5 %"]]), ("tabeller", 0), {"arvode": 101})
    result, _ = compute_table(spec)
    assert result.totals["manad"] == -1


def test_in_tkr_a_product_is_rounded_to_whole_tkr_unless_the_factor_is_finer() -> None:
    # (2,5 % of 68 400 kr is 1 710 kr: 2 tkr; the named 68 400 kr is 68,4 tkr: 1,7 tkr)
    spec, _ = general_spec(fees(68_000, [["2,5 %"]], "tkr"), ("tabeller", 0), {"arvode": 68_000})
    assert compute_table(spec)[0].totals["manad"] == 2_000
    spec, _ = general_spec(fees(68_400, [["2,5 %"]], "tkr"), ("tabeller", 0), {"arvode": 68_400})
    assert compute_table(spec)[0].totals["manad"] == 1_700


KINDS = {"andel": "tal", "platser": "antal", "manad": "belopp", "ar": "belopp"}


def test_a_number_may_stand_before_or_after_its_column_with_a_decimal_comma() -> None:
    assert parse("12 * manad − platser × 1 250,50", "ar", KINDS, {}, "tkr") == ((
        Term(1, "manad", factors=(Factor("12", value=Decimal(12)),)),
        Term(-1, "platser", "antal", (Factor("1 250,50", value=Decimal("1250.50E3"), amount=True),
                                      ))), [])


def test_a_percentage_multiplies_as_the_rate_it_says() -> None:
    # (trial 49: 'underlag * 30 %' was refused, its '%' "kan inte stå i en formel")
    assert parse("underlag * 30 %", "bidrag", {"underlag": "belopp"}) == ((
        Term(1, "underlag", factors=(Factor("30 %", value=Decimal("0.30")),)),), [])
    assert parse("andel * belopp.arvode * 12,5%", "manad", KINDS, {"arvode": 100})[0][0] \
        .factors[1] == Factor("12,5%", value=Decimal("0.125"))


def test_a_percentage_with_no_amount_to_take_it_of_says_what_it_multiplies() -> None:
    assert parse("platser * 30 %", "ar", KINDS) == ((), [
        "procentsatsen '30 %' i formeln har inget belopp att räknas av: en procentsats "
        "multiplicerar en beloppskolumn eller ett av ärendets belopp, t.ex. 'manad * 30 %'"])


def test_a_named_amount_multiplies_in_kronor() -> None:
    terms, messages = parse("andel * belopp.arvode", "manad", KINDS, {"arvode": 68_400}, "mnkr")
    assert (terms, messages) == ((Term(1, "andel", "tal", (
        Factor("belopp.arvode", value=Decimal(68_400), amount=True),)),), [])


TAXA = [TableColumn(namn="arende"), TableColumn(namn="timmar", typ="antal"),
        TableColumn(namn="timavgift", typ="belopp", summeras=False),
        TableColumn(namn="avgift", typ="belopp", formel="timavgift * timmar")]


def written(number: Decimal) -> str:
    """A figure as a case writes it in a cell: a decimal comma."""
    return f"{number:f}".replace(".", ",")


hours = st.decimals(min_value=0, max_value=1000, places=2)
rates = st.one_of(st.integers(min_value=0, max_value=5000).map(Decimal),
                  st.decimals(min_value=0, max_value=5000, places=2))


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(hours, rates), min_size=1, max_size=6))
def test_each_row_is_its_hours_times_its_rate_half_up_and_the_total_their_sum(
        rows: list[tuple[Decimal, Decimal]]) -> None:
    table = GeneralTable(namn="t", kolumner=TAXA, rader=[
        TableRow(arende=f"r{i}", timmar=written(h), timavgift=written(r))  # type: ignore[call-arg]
        for i, (h, r) in enumerate(rows)])
    spec, findings = general_spec(table, ("tabeller", 0))
    result, mismatches = compute_table(spec)
    assert (findings, mismatches) == ([], [])
    written_ore = any(int(r.as_tuple().exponent) < 0 for _, r in rows)  # ("1 085,00" too)
    step = Decimal("0.01") if written_ore else Decimal(1)
    for row, (h, r) in zip(result.rows, rows, strict=True):
        assert printed(row.amounts["avgift"]) == (h * r).quantize(step, rounding=ROUND_HALF_UP)
    assert printed(result.totals["avgift"]) == sum(printed(r.amounts["avgift"])
                                                   for r in result.rows)


def test_a_count_times_a_rate_column_is_one_term_in_either_order() -> None:
    kinds = {**KINDS, "timavgift": "belopp"}
    expected = (Term(1, "platser", "antal", (Factor("timavgift", "belopp"),)),)
    assert parse("platser * timavgift", "ar", kinds) == (expected, [])
    assert parse("timavgift × platser", "ar", kinds) == (expected, [])


PLACES = [TableColumn(namn="enhet"), TableColumn(namn="platser", typ="antal"),
          TableColumn(namn="andel", typ="tal"),
          TableColumn(namn="pris", typ="belopp", summeras=False),
          TableColumn(namn="kostnad", typ="belopp", formel="platser * pris * andel * 12"),
          TableColumn(namn="bidrag", typ="belopp", formel="12 × platser * belopp.per_person")]
places = st.integers(min_value=0, max_value=500)


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(places, shares, rates), min_size=1, max_size=6), rates)
def test_a_product_of_four_factors_is_exact_until_its_row_is_rounded_once(
        rows: list[tuple[int, str, Decimal]], per_person: Decimal) -> None:
    table = GeneralTable(namn="t", kolumner=PLACES, rader=[
        TableRow(enhet=f"r{i}", platser=p, andel=a, pris=written(r))  # type: ignore[call-arg]
        for i, (p, a, r) in enumerate(rows)])
    spec, findings = general_spec(table, ("tabeller", 0), {"per_person": per_person})
    result, mismatches = compute_table(spec)
    assert (findings, mismatches) == ([], [])
    written_ore = any(int(r.as_tuple().exponent) < 0 for _, _, r in rows)
    step = Decimal("0.01") if written_ore else Decimal(1)
    for row, (p, a, r) in zip(result.rows, rows, strict=True):
        exact = p * r * Decimal(a.removesuffix(" %").replace(",", ".")) / 100 * 12
        assert printed(row.amounts["kostnad"]) == exact.quantize(step, rounding=ROUND_HALF_UP)
    for key in ("kostnad", "bidrag"):
        assert printed(result.totals[key]) == sum(printed(r.amounts[key]) for r in result.rows)


def test_three_factors_with_one_amount_are_one_term_its_count_first() -> None:
    kinds = {**KINDS, "pris": "belopp"}
    assert parse("pris * platser * 12", "ar", kinds) == ((Term(1, "platser", "antal", (
        Factor("pris", "belopp"), Factor("12", value=Decimal(12)))),), [])
    assert parse("andel * 12 * 2", "ar", kinds, {}, "tkr") == ((Term(1, "andel", "tal", (
        Factor("12", value=Decimal("12E3"), amount=True), Factor("2", value=Decimal(2)))),), [])

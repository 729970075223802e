"""Tests for exact splits: parts add up, stay within a unit of the exact share, ties are ruled."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from random import Random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.compute.splits import (
    BaseAmountError,
    RateError,
    RestError,
    SplitError,
    base_phrase,
    method_phrase,
    split_by_weights,
    split_equally,
    split_fixed,
    split_per_weight,
    split_with_rest,
)

Weights = list[tuple[str, Decimal | int]]

NORTHERN_REGIONS: Weights = [
    ("Region Västernorrland", 245_347),
    ("Region Jämtland Härjedalen", 130_810),
    ("Region Västerbotten", 271_736),
    ("Region Norrbotten", 250_497),
]

units = st.sampled_from([1, 10, 100, 1_000])
weight_values = st.one_of(
    st.integers(min_value=0, max_value=1_000_000),
    st.decimals(min_value=0, max_value=1_000, places=3, allow_nan=False, allow_infinity=False),
)


@st.composite
def weighted_splits(draw: st.DrawFn) -> tuple[int, Weights, int]:
    """Draw a total in whole units, named weights (not all zero) and the unit."""
    unit = draw(units)
    total = unit * draw(st.integers(min_value=0, max_value=100_000))
    values = draw(st.lists(weight_values, min_size=1, max_size=8).filter(any))
    return total, [(f"part {i}", value) for i, value in enumerate(values)], unit


@st.composite
def splits_with_a_base(draw: st.DrawFn) -> tuple[int, Weights, int, int]:
    """Draw a split (as `weighted_splits`) whose total holds a base amount for every party."""
    rest, weights, unit = draw(weighted_splits())
    base = unit * draw(st.integers(min_value=0, max_value=10_000))
    return rest + len(weights) * base, weights, unit, base


def exact_share(total: int, weights: Weights, name: str) -> Fraction:
    """Return a party's exact share of the total, as a fraction of kronor."""
    whole = sum(Fraction(value) for _, value in weights)
    return total * Fraction(dict(weights)[name]) / whole


def amounts_by_weight(weights: Weights, parts: list[tuple[str, int]]) -> dict[Fraction, list[int]]:
    """Group the amounts by the weight of their party, each group sorted."""
    weight_of = {name: Fraction(value) for name, value in weights}
    groups: dict[Fraction, list[int]] = defaultdict(list)
    for name, amount in parts:
        groups[weight_of[name]].append(amount)
    return {weight: sorted(amounts) for weight, amounts in groups.items()}


@given(weighted_splits())
def test_parts_sum_exactly_to_the_total(case: tuple[int, Weights, int]) -> None:
    total, weights, unit = case
    assert sum(amount for _, amount in split_by_weights(total, weights, unit)) == total


@given(weighted_splits())
def test_each_part_is_whole_units_within_one_unit_of_its_exact_share(
    case: tuple[int, Weights, int],
) -> None:
    total, weights, unit = case
    for name, amount in split_by_weights(total, weights, unit):
        assert amount % unit == 0
        assert abs(amount - exact_share(total, weights, name)) < unit


@given(weighted_splits())
def test_output_keeps_input_order_and_zero_weight_gets_zero(
    case: tuple[int, Weights, int],
) -> None:
    total, weights, unit = case
    parts = split_by_weights(total, weights, unit)
    assert [name for name, _ in parts] == [name for name, _ in weights]
    for (_, weight), (_, amount) in zip(weights, parts, strict=True):
        if weight == 0:
            assert amount == 0


@given(weighted_splits())
def test_same_input_gives_same_output(case: tuple[int, Weights, int]) -> None:
    total, weights, unit = case
    assert split_by_weights(total, weights, unit) == split_by_weights(total, list(weights), unit)


@given(weighted_splits(), st.randoms(use_true_random=False))
def test_reordering_only_moves_units_between_parties_of_equal_weight(
    case: tuple[int, Weights, int], rng: Random
) -> None:
    total, weights, unit = case
    shuffled = list(weights)
    rng.shuffle(shuffled)
    before = split_by_weights(total, weights, unit)
    after = split_by_weights(total, shuffled, unit)
    assert amounts_by_weight(weights, before) == amounts_by_weight(weights, after)
    if len({Fraction(value) for _, value in weights}) == len(weights):
        assert dict(before) == dict(after)


@given(splits_with_a_base())
def test_parts_with_a_base_amount_sum_exactly_to_the_total(
    case: tuple[int, Weights, int, int],
) -> None:
    total, weights, unit, base = case
    assert sum(amount for _, amount in split_by_weights(total, weights, unit, base)) == total


@given(splits_with_a_base())
def test_every_part_is_at_least_the_base_and_the_rest_follows_the_weights(
    case: tuple[int, Weights, int, int],
) -> None:
    total, weights, unit, base = case
    rest = total - len(weights) * base
    for name, amount in split_by_weights(total, weights, unit, base):
        assert amount >= base
        assert amount % unit == 0
        assert abs(amount - base - exact_share(rest, weights, name)) < unit


@given(splits_with_a_base())
def test_an_equal_split_with_a_base_differs_by_at_most_one_unit(
    case: tuple[int, Weights, int, int],
) -> None:
    total, weights, unit, base = case
    amounts = [amount for _, amount in split_equally(total, [n for n, _ in weights], unit, base)]
    assert sum(amounts) == total
    assert min(amounts) >= base
    assert max(amounts) - min(amounts) <= unit


def test_a_base_of_500_000_per_kommun_and_the_rest_by_population() -> None:
    parts = split_by_weights(2_600_000, NORTHERN_REGIONS, unit=1_000, base=500_000)
    # The rest, 600 000 kr, in tkr: 163.86, 87.36, 181.48, 167.30; the two largest
    # remainders get +1.
    assert parts == [
        ("Region Västernorrland", 664_000),
        ("Region Jämtland Härjedalen", 587_000),
        ("Region Västerbotten", 682_000),
        ("Region Norrbotten", 667_000),
    ]


def test_a_base_that_takes_the_whole_total_leaves_nothing_to_split() -> None:
    assert split_equally(1_000, ["a", "b"], base=500) == [("a", 500), ("b", 500)]


def test_base_amounts_above_the_total_are_refused_with_the_figures() -> None:
    with pytest.raises(BaseAmountError) as raised:
        split_equally(3_000_000, [f"k{i}" for i in range(7)], base=500_000)
    assert str(raised.value) == kr(
        "grundbeloppen blir sammanlagt 7 × 500_000_kr = 3_500_000_kr, vilket är 500_000_kr "
        "mer än summan 3_000_000_kr; sänk 'grundbelopp' eller höj 'summa'")


@pytest.mark.parametrize(
    ("base", "message"),
    [
        (500_500, "grundbeloppet 500_500_kr går inte att dela i hela tusental kronor; ändra "
                  "'grundbelopp' eller 'enhet'"),
        (-1_000, "grundbeloppet −1_000_kr är negativt; ange ett grundbelopp ≥ 0"),
        (Decimal("0.5"), "grundbeloppet måste anges i hela kronor, inte 0.5"),
    ],
)
def test_a_base_that_is_not_whole_units_or_is_negative_is_refused(
    base: int, message: str
) -> None:
    with pytest.raises(BaseAmountError) as raised:
        split_equally(10_000_000, ["a", "b"], unit=1_000, base=base)
    assert str(raised.value) == kr(message)


def test_equal_split_of_1_600_000_among_four_is_400_000_each() -> None:
    regions = [name for name, _ in NORTHERN_REGIONS]
    assert split_equally(1_600_000, regions, unit=1_000) == [(name, 400_000) for name in regions]


def test_seed_001_population_split_sums_to_exactly_1_600_tkr() -> None:
    parts = split_by_weights(1_600_000, NORTHERN_REGIONS, unit=1_000)
    # Exact shares in tkr: 436.95, 232.97, 483.95, 446.13; the three largest remainders get +1.
    assert parts == [
        ("Region Västernorrland", 437_000),
        ("Region Jämtland Härjedalen", 233_000),
        ("Region Västerbotten", 484_000),
        ("Region Norrbotten", 446_000),
    ]
    assert sum(amount for _, amount in parts) == 1_600_000


def test_tie_goes_to_larger_weight_whatever_the_order() -> None:
    # Exact shares 0.5 and 1.5 units: equal remainders, so the larger weight gets the unit.
    assert split_by_weights(2, [("a", 1), ("b", 3)]) == [("a", 0), ("b", 2)]
    assert split_by_weights(2, [("b", 3), ("a", 1)]) == [("b", 2), ("a", 0)]


def test_tie_between_equal_weights_goes_to_the_earlier_party() -> None:
    assert split_equally(10, ["a", "b", "c"]) == [("a", 4), ("b", 3), ("c", 3)]
    assert split_equally(10, ["c", "b", "a"]) == [("c", 4), ("b", 3), ("a", 3)]
    assert split_equally(5_000, ["a", "b", "c"], unit=1_000) == [
        ("a", 2_000),
        ("b", 2_000),
        ("c", 1_000),
    ]


def test_decimal_weights_are_exact() -> None:
    weights: Weights = [("a", Decimal("0.1")), ("b", Decimal("0.2")), ("c", Decimal("0.7"))]
    assert split_by_weights(1_000, weights) == [("a", 100), ("b", 200), ("c", 700)]


def test_fixed_amounts_with_the_rest_to_a_named_party() -> None:
    fixed = [("PSY", 850_000), ("RSS", 400_000)]
    assert split_fixed(1_560_000, fixed, "Region Dalarna", unit=1_000) == [
        ("PSY", 850_000),
        ("RSS", 400_000),
        ("Region Dalarna", 310_000),
    ]
    assert split_fixed(500, [], "alla") == [("alla", 500)]


@given(
    st.lists(st.integers(min_value=0, max_value=10_000), max_size=6),
    st.integers(min_value=0, max_value=100_000),
)
def test_fixed_split_sums_to_the_total(amounts: list[int], extra: int) -> None:
    fixed = [(f"part {i}", amount) for i, amount in enumerate(amounts)]
    total = sum(amounts) + extra
    parts = split_fixed(total, fixed, "resten")
    assert sum(amount for _, amount in parts) == total
    assert parts[-1] == ("resten", extra)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: split_equally(1_600_500, ["a"], unit=1_000),
         "går inte att dela i hela tusental kronor"),
        (lambda: split_equally(100, ["a"], unit=0), "enhet. måste vara"),
        (lambda: split_equally(-100, ["a"]), "negativ"),
        (lambda: split_equally(100, []), "inga parter"),
        (lambda: split_equally(100, ["a", "a"]), "mer än en gång"),
        (lambda: split_equally(100, [" "]), "saknar namn"),
        (lambda: split_by_weights(100, [("a", -1), ("b", 2)]), "negativ"),
        (lambda: split_by_weights(100, [("a", 0), ("b", Decimal(0))]), "alla vikter är noll"),
        (lambda: split_by_weights(100, [("a", Decimal("NaN"))]), "inte ett tal"),
        (lambda: split_by_weights(100, [("a", 0.5)]), "heltal eller decimaltal"),  # type: ignore[list-item]
        (lambda: split_fixed(100, [("a", 60), ("b", 50)], "c"), "mer än summan"),
        (lambda: split_fixed(100, [("a", -1)], "c"), "negativt"),
        (lambda: split_fixed(2_000, [("a", 1_500)], "c", unit=1_000), "går inte att dela"),
        (lambda: split_fixed(100, [("a", 10)], "a"), "både ha ett fast belopp"),
        (lambda: split_fixed(100, [("a", 10), ("a", 20)], "c"), "mer än en gång"),
    ],
)
def test_impossible_splits_are_refused_in_swedish(
    call: Callable[[], object], message: str
) -> None:
    with pytest.raises(SplitError, match=message):
        call()


def test_error_message_names_the_amounts_the_swedish_way() -> None:
    with pytest.raises(SplitError) as raised:
        split_equally(1_600_500, ["a"], unit=1_000)
    nbsp = "\u00a0"
    assert str(raised.value) == (
        f"summan 1{nbsp}600{nbsp}500{nbsp}kr går inte att dela i hela tusental kronor; "
        "ändra summan eller 'enhet', eller låt en part få det som blir över: med t.ex. "
        "'rest_till: a' avrundas de andra delarna till hela tusental kronor och a får resten"
    )


def test_method_phrases() -> None:
    assert method_phrase("befolkning") == "fördelat efter befolkningsandel"
    assert method_phrase("vikter") == "fördelat efter en fördelningsnyckel"
    assert method_phrase("lika") == "fördelat lika"
    assert method_phrase("fasta") == "medlen fördelas enligt följande"
    assert method_phrase("fasta", "Region Dalarna") == (
        "medlen fördelas enligt följande, där Region Dalarna får det som återstår")
    with pytest.raises(SplitError):
        method_phrase("fasta", "")


def test_base_amount_phrases_name_the_base_the_rest_and_the_method() -> None:
    assert base_phrase("befolkning", 500_000, 6_400_000, "kommun") == kr(
        "varje kommun får ett grundbelopp på 500_000_kr och resten, 6_400_000_kr, fördelas "
        "efter befolkningsandel")
    assert base_phrase("lika", 10, 90, "part").endswith("resten, 90\u00a0kr, fördelas lika")


def kr(text: str) -> str:
    """Amounts with the no-break spaces of the messages: '1_000_kr' → '1 000 kr'."""
    return text.replace("_", "\u00a0")


@st.composite
def rates_and_weights(draw: st.DrawFn) -> tuple[Decimal, Weights, int, int]:
    """Draw a rate in whole units, whole weights, the unit and a base in whole units."""
    unit = draw(units)
    rate = Decimal(unit * draw(st.integers(min_value=0, max_value=100_000)))
    values = draw(st.lists(st.integers(min_value=0, max_value=10_000), min_size=1, max_size=8))
    base = unit * draw(st.integers(min_value=0, max_value=10_000))
    return rate, [(f"part {i}", value) for i, value in enumerate(values)], unit, base


@given(rates_and_weights())
def test_a_rate_per_weight_pays_base_plus_rate_times_weight_exactly(
    case: tuple[Decimal, Weights, int, int],
) -> None:
    rate, weights, unit, base = case
    parts = split_per_weight(rate, weights, unit, base)
    assert [name for name, _ in parts] == [name for name, _ in weights]
    for (_, part), (_, weight) in zip(parts, weights, strict=True):
        assert part == base + rate * weight
        assert isinstance(part, int) and part % unit == 0
    assert sum(part for _, part in parts) == len(weights) * base + rate * sum(
        weight for _, weight in weights)


@given(st.decimals(min_value=0, max_value=10_000, places=2, allow_nan=False,
                   allow_infinity=False),
       st.lists(weight_values, min_size=1, max_size=6))
def test_a_rate_per_weight_is_paid_only_in_whole_kronor(
    rate: Decimal, values: list[Decimal | int],
) -> None:
    weights: Weights = [(f"part {i}", value) for i, value in enumerate(values)]
    exact = [Fraction(rate) * Fraction(value) for value in values]
    if all(share.denominator == 1 for share in exact):
        assert [part for _, part in split_per_weight(rate, weights)] == [int(s) for s in exact]
    else:
        with pytest.raises(RateError, match="som inte är hela kronor"):
            split_per_weight(rate, weights)


def test_13_280_kr_per_mandat_and_per_party_is_the_alvkarleby_partistod() -> None:
    seats: Weights = [("S", 10), ("SD", 6), ("M", 6), ("KV", 2), ("C", 2), ("V", 2), ("KD", 2),
                      ("MP", 1)]
    parts = split_per_weight(Decimal(13_280), seats, base=13_280)
    assert parts[0] == ("S", 146_080)
    assert parts[-1] == ("MP", 26_560)
    assert sum(part for _, part in parts) == 517_920


def test_a_rate_times_weight_that_is_not_whole_says_what_to_write() -> None:
    with pytest.raises(RateError) as error:
        split_per_weight(Decimal("12.50"), [("A", 3)])
    assert error.value.message == (
        "12,50\u00a0kr × 3 för ”A” blir 37,50\u00a0kr, som inte är hela kronor; rätta "
        "'per_vikt' eller ange 'summa' i stället för 'per_vikt', så fördelas summan och "
        "avrundas till 'enhet'")
    with pytest.raises(RateError) as error:
        split_per_weight(Decimal(13_280), [("A", 10)], unit=1_000)
    assert error.value.message == kr(
        "13_280_kr × 10 för ”A” blir 132_800_kr, som inte är hela tusental kronor; ta bort 'enhet' "
        "(hela kronor), rätta 'per~vikt' eller ange 'summa' i stället för 'per~vikt', så "
        "fördelas summan och avrundas till 'enhet'").replace("~", "_")


def test_a_base_with_a_rate_is_checked_as_with_a_total() -> None:
    with pytest.raises(BaseAmountError, match="går inte att dela i hela tusental kronor"):
        split_per_weight(Decimal(1_000), [("A", 1)], unit=1_000, base=500)


def test_a_base_amount_phrase_may_name_its_own_way_of_splitting() -> None:
    assert base_phrase("vikter", 10, 90, "parti", "efter antal mandat").endswith(
        "resten, 90\u00a0kr, fördelas efter antal mandat")


@st.composite
def splits_with_a_rest(draw: st.DrawFn) -> tuple[int, Weights, int, int, str]:
    """Draw any total in whole kronor, positive weights, the unit, a base amount in whole
    units that the total holds for every party, and the party that gets the rest."""
    unit = draw(units)
    values = draw(st.lists(st.one_of(st.integers(min_value=1, max_value=1_000_000),
                                     st.decimals(min_value=Decimal("0.001"), max_value=1_000,
                                                 places=3)), min_size=1, max_size=8))
    weights: Weights = [(f"part {i}", value) for i, value in enumerate(values)]
    base = unit * draw(st.integers(min_value=0, max_value=100))
    total = len(weights) * base + draw(st.integers(min_value=0, max_value=100_000_000))
    rest_to = draw(st.sampled_from([name for name, _ in weights]))
    return total, weights, unit, base, rest_to


@given(splits_with_a_rest())
def test_a_rest_to_one_party_adds_up_and_every_other_part_is_whole_units(
        case: tuple[int, Weights, int, int, str]) -> None:
    """Trial 90, F11: the parts add up to the total exactly, every part but the rest's is a
    whole number of units within half a unit of its exact share (after the base), and the
    rest is the total less the others; or, where the others' roundings up leave less than
    the rest's base, the split is refused."""
    total, weights, unit, base, rest_to = case
    try:
        parts = split_with_rest(total, weights, rest_to, unit, base)
    except RestError:
        others = [exact_share(total - len(weights) * base, weights, name)
                  for name, _ in weights if name != rest_to]
        assert sum(others) + len(others) * Fraction(unit, 2) > total - len(weights) * base
        return
    assert [name for name, _ in parts] == [name for name, _ in weights]
    assert sum(amount for _, amount in parts) == total
    for name, amount in parts:
        if name == rest_to:
            assert amount >= base
            continue
        assert amount % unit == 0
        exact = base + exact_share(total - len(weights) * base, weights, name)
        assert abs(amount - exact) <= Fraction(unit, 2)


def test_the_schablon_split_rounds_to_tkr_and_gives_the_rest_to_socialforvaltningen() -> None:
    """Trial 90, F11: 9 842 300 kr by 45, 30, 15 and 10 %, in whole tkr but the rest."""
    key: Weights = [("Socialförvaltningen", 45), ("Utbildningsförvaltningen", 30),
                    ("Vuxenutbildningen", 15), ("Arbetsmarknadsenheten", 10)]
    assert split_with_rest(9_842_300, key, "Socialförvaltningen", 1_000) == [
        ("Socialförvaltningen", 4_429_300), ("Utbildningsförvaltningen", 2_953_000),
        ("Vuxenutbildningen", 1_476_000), ("Arbetsmarknadsenheten", 984_000)]


def test_a_half_unit_is_rounded_up_and_the_rest_takes_the_difference() -> None:
    assert split_with_rest(3_001, [("a", 1), ("b", 1), ("c", 1), ("d", 3)], "d", 1_000) == [
        ("a", 1_000), ("b", 1_000), ("c", 1_000), ("d", 1)]
    assert split_with_rest(1_000_000, [("a", 1), ("b", 1), ("c", 1)], "a", 1_000) == [
        ("a", 334_000), ("b", 333_000), ("c", 333_000)]


def test_a_rest_that_would_be_negative_is_refused_with_the_way_out() -> None:
    nbsp = "\u00a0"
    with pytest.raises(RestError) as raised:
        split_with_rest(1_600, [("a", 3), ("b", 3), ("c", 2)], "c", 1_000)
    assert str(raised.value) == (
        f"när de andra delarna avrundas till hela tusental kronor blir det −400{nbsp}kr "
        "kvar till ”c”; ge resten till en part med större vikt, eller ta bort 'rest_till'")


def test_the_rest_must_go_to_one_of_the_parties() -> None:
    with pytest.raises(RestError, match="”x” får resten men är ingen av parterna"):
        split_with_rest(100, [("a", 1)], "x")

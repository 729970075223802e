"""Specification of Swedish formatting of amounts and dates (generator.formatting)."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from decimal import Decimal

import pytest
from babel.numbers import format_decimal as babel_format_decimal
from babel.numbers import get_decimal_symbol, get_group_symbol
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.formatting import (
    SIGNS,
    WrittenNumber,
    as_written,
    decimals_needed,
    exact,
    format_decimal,
    has_ore,
    in_unit,
    iso_date,
    kr,
    magnitude,
    number,
    rounded,
    text_date,
    timestamp,
    whole_units,
    writing_millions,
    written_unit,
)

NBSP = "\u00a0"
MINUS = "\u2212"


class DescribeBabelWithParsedPatterns:
    """format_decimal keeps Babel's locale and patterns parsed; the answers are Babel's own."""

    @given(st.decimals(allow_nan=False, allow_infinity=False, places=4,
                       min_value=-10**16, max_value=10**16),
           st.one_of(st.none(), st.integers(0, 9)))
    @settings(max_examples=300)
    def it_formats_every_number_as_babel_does(self, value: Decimal, places: int | None) -> None:
        pattern = None if places is None else "#,##0" + ("." + "0" * places if places else "")
        assert format_decimal(value, places) == babel_format_decimal(
            value, format=pattern, locale="sv_SE")

    @given(st.integers(-10**19, 10**19), st.sampled_from([None, 0]))
    @settings(max_examples=300)
    def it_groups_whole_numbers_as_babel_does(self, value: int, places: int | None) -> None:
        pattern = None if places is None else "#,##0"
        assert format_decimal(value, places) == babel_format_decimal(
            value, format=pattern, locale="sv_SE")

    @pytest.mark.parametrize("value", [
        Decimal("-0"), Decimal("-0E+2"), Decimal("0E-3"), Decimal("1E+3"), Decimal("-2.000"),
        Decimal("2.5"), Decimal("-0.4"), 10**18, -(10**18) + 1,
    ])
    def it_treats_edge_cases_as_babel_does(self, value: int | Decimal) -> None:
        for places, pattern in ((None, None), (0, "#,##0")):
            assert format_decimal(value, places) == babel_format_decimal(
                value, format=pattern, locale="sv_SE")


def _pattern(places: int) -> str:
    """Babel's pattern for digits grouped with exactly `places` decimals."""
    return "#,##0" + ("." + "0" * places if places else "")


def _outcome(call: Callable[[], str]) -> str | type[Exception]:
    """What a call returns, or the kind of error it raises."""
    try:
        return call()
    except Exception as error:
        return type(error)


def _as_babel(value: int | Decimal, places: int) -> bool:
    """Whether format_decimal writes what Babel's own format_decimal writes (or fails as it
    does: Babel cannot round 10^25 to 6 decimals in Decimal's 28 digits)."""
    return _outcome(lambda: format_decimal(value, places)) == _outcome(
        lambda: babel_format_decimal(value, format=_pattern(places), locale="sv_SE"))


@st.composite
def _ties(draw: st.DrawFn) -> tuple[Decimal, int]:
    """A number exactly halfway between two shown with `places` decimals: 2.5, -0.125."""
    places = draw(st.integers(0, 6))
    whole = draw(st.integers(-10**12, 10**12))
    return Decimal(whole * 10 + 5).scaleb(-places - 1), places


class DescribeTheCommonShapesWrittenWithoutBabel:
    """An int or a Decimal below 10^18 with 0 to 6 decimals is written without Babel's
    per-number look-ups; the text is Babel's own, to the byte."""

    @given(st.integers(-10**20, 10**20), st.integers(0, 8))
    @settings(max_examples=400)
    def it_writes_whole_numbers_as_babel_does(self, value: int, places: int) -> None:
        assert _as_babel(value, places)

    @given(st.integers(-10**32, 10**32), st.integers(-34, 6), st.integers(0, 8))
    @settings(max_examples=600)
    def it_writes_decimals_of_every_size_as_babel_does(self, digits: int, exponent: int,
                                                       places: int) -> None:
        value = Decimal(digits).scaleb(exponent)
        assert _as_babel(value, places)

    @given(_ties())
    @settings(max_examples=300)
    def it_rounds_halfway_to_even_as_babel_does(self, tie: tuple[Decimal, int]) -> None:
        value, places = tie
        assert _as_babel(value, places)

    @pytest.mark.parametrize(("value", "places", "text"), [
        (Decimal("2.5"), 0, "2"), (Decimal("3.5"), 0, "4"), (Decimal("-0.125"), 2, "-0,12"),
        (Decimal("-0.001"), 2, "-0,00"), (Decimal("-0"), 0, "-0"), (0, 2, "0,00"),
        (-1_234_567, 3, f"-1{NBSP}234{NBSP}567,000"),
        (Decimal("1234567.891"), 6, f"1{NBSP}234{NBSP}567,891000"),
        # (more digits than Decimal's 28: rounded to 28, 0.015, before it is rounded to 2)
        (Decimal("0.01499999999999999999999999999995"), 2, "0,02"),
    ])
    def it_writes_what_babel_writes(self, value: int | Decimal, places: int,
                                    text: str) -> None:
        assert format_decimal(value, places) == text
        assert babel_format_decimal(value, format=_pattern(places), locale="sv_SE") == text

    @pytest.mark.parametrize("value", [
        Decimal("NaN"), Decimal("-Infinity"), Decimal("1E+30"), Decimal("1E-30"),
        Decimal("-1E-999999"), 10**18, -(10**25), True,
    ])
    @pytest.mark.parametrize("places", [0, 2, 6, 7])
    def it_leaves_every_other_number_to_babel(self, value: int | Decimal,
                                              places: int) -> None:
        assert _as_babel(value, places)


class TestNumber:
    @pytest.mark.parametrize(
        ("amount", "text"),
        [
            (0, "0"),
            (5, "5"),
            (999, "999"),
            (1_000, f"1{NBSP}000"),
            (21_724_099, f"21{NBSP}724{NBSP}099"),
            (Decimal("1234.5"), f"1{NBSP}234,5"),
        ],
    )
    def test_it_groups_digits_in_threes_with_no_break_spaces(
        self, amount: int | Decimal, text: str
    ) -> None:
        assert number(amount) == text

    def test_it_writes_a_real_minus_sign(self) -> None:
        assert number(-1_500) == f"{MINUS}1{NBSP}500"

    def test_it_writes_a_hyphen_when_the_house_style_says_so(self) -> None:
        assert number(-1_500, real_minus=False) == f"-1{NBSP}500"

    @settings(max_examples=100)
    @given(st.integers(min_value=-(10**12), max_value=10**12))
    def test_it_keeps_every_digit_and_no_ordinary_space(self, amount: int) -> None:
        text = number(amount)
        assert " " not in text
        assert text.replace(NBSP, "").replace(MINUS, "-") == str(amount)


class DescribeAsWritten:
    """A number that is not an amount keeps the decimals it was written with."""

    @pytest.mark.parametrize(("value", "text"), [
        (1250, f"1{NBSP}250"), (Decimal("12.5"), "12,5"), (Decimal("12.50"), "12,50"),
        (Decimal("2231439"), f"2{NBSP}231{NBSP}439"), (Decimal("-0.5"), f"{MINUS}0,5"),
    ])
    def it_groups_digits_and_writes_a_decimal_comma(self, value: int | Decimal,
                                                   text: str) -> None:
        assert as_written(value) == text

    def it_writes_a_hyphen_when_the_house_style_says_so(self) -> None:
        assert as_written(Decimal("-1.5"), real_minus=False) == "-1,5"

    def it_writes_a_percentage_with_a_no_break_space_before_the_sign(self) -> None:
        assert as_written(WrittenNumber(Decimal("12.5"), percent=True)) == f"12,5{NBSP}%"
        assert as_written(WrittenNumber(Decimal("12.50"), percent=True)) == f"12,50{NBSP}%"
        assert as_written(WrittenNumber(Decimal(1250), percent=True)) == f"1{NBSP}250{NBSP}%"
        assert as_written(WrittenNumber(Decimal("-2.5"), percent=True)) == f"{MINUS}2,5{NBSP}%"
        assert as_written(WrittenNumber(Decimal("-2.5"), percent=True), real_minus=False) == (
            f"-2,5{NBSP}%")

    def it_writes_a_number_that_is_no_percentage_as_a_plain_number(self) -> None:
        assert as_written(WrittenNumber(Decimal("1250.5"))) == f"1{NBSP}250,5"


class TestKr:
    def test_it_puts_the_unit_after_a_no_break_space(self) -> None:
        assert kr(21_724_100) == f"21{NBSP}724{NBSP}100{NBSP}kr"

    def test_it_takes_another_unit_word(self) -> None:
        assert kr(5, "kronor") == f"5{NBSP}kronor"

    def test_it_writes_a_real_minus_sign(self) -> None:
        assert kr(-300) == f"{MINUS}300{NBSP}kr"

    def test_it_writes_a_hyphen_when_the_house_style_says_so(self) -> None:
        assert kr(-300, real_minus=False) == f"-300{NBSP}kr"


class TestRounded:
    @pytest.mark.parametrize(
        ("amount", "unit", "decimals", "text"),
        [
            (6_000_000, "mnkr", 1, f"6,0{NBSP}mnkr"),
            (6_200_000, "mnkr", 1, f"6,2{NBSP}mnkr"),
            (2_000, "tkr", 0, f"2{NBSP}tkr"),
            (0, "mnkr", 1, f"0,0{NBSP}mnkr"),
            (1_500_000_000, "mdkr", 1, f"1,5{NBSP}mdkr"),
        ],
    )
    def test_it_omits_ca_when_the_amount_is_exact(
        self, amount: int, unit: str, decimals: int, text: str
    ) -> None:
        assert rounded(amount, unit, decimals) == text

    @pytest.mark.parametrize(
        ("amount", "unit", "decimals", "text"),
        [
            (21_724_100, "mnkr", 1, f"ca{NBSP}21,7{NBSP}mnkr"),
            (6_250_000, "mnkr", 1, f"ca{NBSP}6,3{NBSP}mnkr"),
            (6_249_999, "mnkr", 1, f"ca{NBSP}6,2{NBSP}mnkr"),
            (21_724_100, "tkr", 0, f"ca{NBSP}21{NBSP}724{NBSP}tkr"),
            (1_500, "tkr", 0, f"ca{NBSP}2{NBSP}tkr"),
            (1_234_567_890, "mdkr", 2, f"ca{NBSP}1,23{NBSP}mdkr"),
        ],
    )
    def test_it_writes_ca_before_a_rounded_amount(
        self, amount: int, unit: str, decimals: int, text: str
    ) -> None:
        assert rounded(amount, unit, decimals) == text

    def test_it_rounds_to_one_decimal_in_mnkr_by_default(self) -> None:
        assert rounded(16_407_683) == f"ca{NBSP}16,4{NBSP}mnkr"

    def test_it_writes_a_real_minus_sign(self) -> None:
        assert rounded(-6_150_000) == f"ca{NBSP}{MINUS}6,2{NBSP}mnkr"

    def test_it_writes_a_hyphen_when_the_house_style_says_so(self) -> None:
        assert rounded(-6_000_000, real_minus=False) == f"-6,0{NBSP}mnkr"

    @settings(max_examples=100)
    @given(st.integers(min_value=0, max_value=10**12))
    def test_it_writes_ca_exactly_when_the_shown_figure_is_not_the_amount(
        self, amount: int
    ) -> None:
        text = rounded(amount, "tkr", 0)
        assert text.startswith(f"ca{NBSP}") == (amount % 1_000 != 0)


class TestUnitInWords:
    """Some organisations write the unit in words in running text (kronor_i_lopande_text)."""

    @pytest.mark.parametrize(
        ("kronor", "unit", "text"),
        [
            (42_000_000, "mnkr", f"42{NBSP}miljoner kronor"),
            (2_600_000, "mnkr", f"2,6{NBSP}miljoner kronor"),
            (1_000_000, "mnkr", f"1{NBSP}miljon kronor"),
            (-1_000_000_000, "mdkr", f"{MINUS}1{NBSP}miljard kronor"),
            (1_250_000, "tkr", f"1{NBSP}250{NBSP}tusen kronor"),
            (1, "kr", f"1{NBSP}krona"),
            (21_724_100, "kr", f"21{NBSP}724{NBSP}100{NBSP}kronor"),
        ],
    )
    def test_an_exact_amount_names_its_unit_in_words(
        self, kronor: int, unit: str, text: str
    ) -> None:
        assert in_unit(kronor, unit, words=True) == text

    def test_one_with_decimals_is_plural(self) -> None:
        assert rounded(1_000_000, "mnkr", 1, words=True) == f"1,0{NBSP}miljoner kronor"

    def test_a_rounded_amount_keeps_its_ca(self) -> None:
        assert rounded(6_209_812, "mnkr", 1, words=True) == f"ca{NBSP}6,2{NBSP}miljoner kronor"

    def test_without_words_the_unit_is_the_abbreviation(self) -> None:
        assert in_unit(42_000_000, "mnkr") == f"42{NBSP}mnkr"


class TestDates:
    def test_it_writes_a_date_in_running_text(self) -> None:
        assert text_date(datetime.date(2024, 2, 15)) == "15 februari 2024"

    def test_it_writes_the_day_without_a_leading_zero(self) -> None:
        assert text_date(datetime.date(2021, 5, 1)) == "1 maj 2021"

    def test_it_writes_an_iso_date_for_headers_and_tables(self) -> None:
        assert iso_date(datetime.date(2024, 2, 5)) == "2024-02-05"

    def test_it_writes_a_signing_time_with_its_offset(self) -> None:
        moment = datetime.datetime(
            2019, 4, 1, 9, 38, 46, tzinfo=datetime.timezone(datetime.timedelta(hours=2))
        )
        assert timestamp(moment) == "2019-04-01 09:38:46 +02:00"

    def test_it_writes_a_time_without_offset_as_is(self) -> None:
        assert timestamp(datetime.datetime(2019, 4, 1, 9, 38, 46)) == "2019-04-01 09:38:46"


class DescribeExactAmountsInAUnit:
    def it_shows_kronor_in_a_larger_unit_exactly(self) -> None:
        assert in_unit(1_250_500, "tkr") == f"1{NBSP}250,5{NBSP}tkr"
        assert in_unit(-5_300_000, "mnkr") == f"\u22125,3{NBSP}mnkr"
        assert in_unit(21_724_099) == f"21{NBSP}724{NBSP}099{NBSP}kr"

    def it_gives_a_column_the_decimals_its_figures_need(self) -> None:
        assert decimals_needed(1_250_500, "tkr") == 1
        assert decimals_needed(1_000_000, "mnkr") == 0
        assert exact(1_000_000, "tkr", 2) == f"1{NBSP}000,00"


class DescribeKronorWithOre:
    """An amount in kr may have öre (a table in kr): it shows as it was typed or made from
    typed amounts (trial 38, F5): two decimals where it carries öre places, 8,00 too, never
    rounded away, and none for whole kronor typed so. Whether it has öre in value is
    another question (`has_ore`: 8,00 has none)."""

    def it_needs_two_decimals_where_the_amount_carries_them_and_none_for_whole_kronor(
            self) -> None:
        assert decimals_needed(Decimal("8.40"), "kr") == 2
        assert decimals_needed(Decimal("8.4"), "kr") == 2
        assert decimals_needed(Decimal("8.00"), "kr") == 2
        assert decimals_needed(Decimal("21.50") + 20, "kr") == 2
        assert decimals_needed(Decimal("8"), "kr") == 0
        assert decimals_needed(8, "kr") == 0
        assert (has_ore(Decimal("0.01")), has_ore(Decimal("8.00")), has_ore(8)) == \
            (True, False, False)

    def it_shows_ore_with_two_decimals(self) -> None:
        assert exact(Decimal("8.4")) == "8,40"
        assert in_unit(Decimal("-2530.5")) == f"\u22122{NBSP}530,50{NBSP}kr"
        assert kr(Decimal("13.13")) == f"13,13{NBSP}kr"
        assert kr(Decimal("2530.00")) == f"2{NBSP}530,00{NBSP}kr"
        assert kr(42) == f"42{NBSP}kr"

    def it_never_rounds_ore_away_for_fewer_decimals_asked(self) -> None:
        assert exact(Decimal("8.40"), "kr", 0) == "8,40"
        assert exact(8, "kr", 2) == "8,00"
        assert exact(Decimal("8.00"), "kr", 0) == "8,00"
        assert exact(Decimal("0.00") - 0, "kr", 0) == "0,00"

    @given(st.integers(-(10**15), 10**15), st.integers(-(10**15), 10**15))
    def it_keeps_the_sign_of_an_amount_for_its_magnitude(self, whole: int, ore: int) -> None:
        for amount in (whole, Decimal(ore).scaleb(-2)):
            assert magnitude(amount) == abs(amount)
            assert type(magnitude(amount)) is type(amount)


def test_millions_are_written_as_the_house_writes_them_inside_writing_millions() -> None:
    # (trial 50, F6: a house style that writes "mkr", `husstil.miljoner`)
    with writing_millions("mkr"):
        assert [written_unit(unit) for unit in ("kr", "tkr", "mnkr", "mdkr")] == [
            "kr", "tkr", "mkr", "mdkr"]
        assert rounded(1_500_000, "mnkr") == "1,5\u00a0mkr"
        assert rounded(6_209_812, "mnkr") == "ca\u00a06,2\u00a0mkr"
        assert in_unit(1_000_000_000, "mnkr") == "1\u00a0000\u00a0mkr"
        assert rounded(42_000_000, "mnkr", words=True) == "42,0\u00a0miljoner kronor"
        assert rounded(7_843_000, "tkr", 0) == "7\u00a0843\u00a0tkr"
    assert written_unit("mnkr") == "mnkr"
    assert rounded(1_500_000, "mnkr") == "1,5\u00a0mnkr"


@pytest.mark.parametrize(("unit", "words"), [
    (1, "hela kronor"), (10, "hela tiotal kronor"), (100, "hela hundratal kronor"),
    (1000, "hela tusental kronor"), (10_000, "hela tiotusental kronor"),
    (100_000, "hela hundratusental kronor"), (1_000_000, "hela miljoner kronor"),
    (500, "jämna 500\u00a0kr"), (2500, "jämna 2\u00a0500\u00a0kr"),
])
def test_the_unit_a_split_is_rounded_to_is_said_in_words(unit: int, words: str) -> None:
    # trial 68, F4: "avrundat till hela tusental kronor", not "hela 1 000 kr"
    assert whole_units(unit) == words


def test_the_group_and_decimal_signs_are_babels_for_sv_se() -> None:
    assert (get_group_symbol("sv_SE"), get_decimal_symbol("sv_SE")) == SIGNS


def test_a_check_that_formats_only_common_numbers_loads_no_babel(
        cold_check_modules: frozenset[str]) -> None:
    assert "generator.formatting" in cold_check_modules
    assert not {name for name in cold_check_modules if name.split(".")[0] == "babel"}

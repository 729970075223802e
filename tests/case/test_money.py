"""Specification of how amounts of money are read from a case file (generator.case.money)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from babel.numbers import format_decimal
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from pydantic import TypeAdapter, ValidationError

from generator.case.money import (
    Amount,
    AmountError,
    derived_figure,
    not_a_cell_word,
    parse_amount,
    parse_count,
    parse_in_unit,
    parse_number,
    parse_rate,
    parse_weight,
)
from generator.case.split_models import SplitParty
from generator.formatting import WrittenNumber, as_written, exact

NBSP = "\u00a0"
UNITS = ("kr", "tkr", "mnkr", "mdkr")
NARROW_NBSP = "\u202f"
MINUS = "\u2212"
HOW_TO_WRITE = 'skriv beloppet i hela kronor, t.ex. 2330883 eller "2 330 883"'

amount_adapter: TypeAdapter[int] = TypeAdapter(Amount)


class TestParseAmountAccepts:
    """Whole kronor, however the secretary writes them, become the same int."""

    def test_it_returns_an_int_unchanged(self) -> None:
        assert parse_amount(2330883) == 2330883

    def test_it_accepts_zero(self) -> None:
        assert parse_amount(0) == 0

    def test_it_reads_digits_grouped_by_spaces(self) -> None:
        assert parse_amount("2 330 883") == 2330883

    def test_it_reads_digits_grouped_by_no_break_spaces(self) -> None:
        assert parse_amount(f"2{NBSP}330{NBSP}883") == 2330883

    def test_it_reads_digits_grouped_by_narrow_no_break_spaces(self) -> None:
        assert parse_amount("2\u202f330\u202f883") == 2330883

    def test_it_reads_digits_grouped_by_thin_or_figure_spaces(self) -> None:
        # (trial 95, F16: figures copied from SCB or a PDF, "9\u2009331", were refused)
        assert parse_amount("2\u2009330\u2009883") == 2330883
        assert parse_amount("2\u2007330\u2007883") == 2330883
        assert parse_in_unit("86\u2009412,50", "kr") == Decimal("86412.50")
        assert parse_count("9\u2009331") == 9331000

    def test_it_ignores_a_trailing_kr(self) -> None:
        assert parse_amount("2 330 883 kr") == 2330883

    def test_it_ignores_a_trailing_kronor(self) -> None:
        assert parse_amount("2 330 883 kronor") == 2330883

    def test_it_reads_ungrouped_digits_in_text(self) -> None:
        assert parse_amount("2330883") == 2330883

    def test_it_accepts_a_decimal_without_ore(self) -> None:
        result = parse_amount(Decimal("2330883.00"))
        assert result == 2330883
        assert type(result) is int

    def test_it_reads_a_minus_sign_in_text(self) -> None:
        assert parse_amount("\u22122 330 883") == -2330883
        assert parse_amount("-2 330 883") == -2330883


class TestParseAmountRejects:
    """Anything that is not whole kronor is an error that says how to write the amount."""

    def test_it_rejects_a_decimal_with_ore(self) -> None:
        with pytest.raises(AmountError) as caught:
            parse_amount(Decimal("2330883.5"))
        assert str(caught.value) == (
            "beloppet 2330883.5 har ören, belopp anges i hela kronor; avrunda till hela kronor"
        )

    def test_a_long_text_is_no_amount_not_a_too_large_one(self) -> None:
        # trial 16: 41 characters or more of words were called "orimligt stort"
        with pytest.raises(AmountError) as caught:
            parse_amount("enligt beslut i kommunfullmäktige i Tranemo kommun")
        assert str(caught.value) == (
            "'enligt beslut i kommunfullmäktige i Tra…' är inte ett belopp i kronor, "
            f"{HOW_TO_WRITE}")
        with pytest.raises(AmountError) as caught:
            parse_amount("1" * 41)
        assert str(caught.value).startswith("beloppet är orimligt stort")

    def test_a_reference_is_told_that_only_texts_and_amount_cells_hold_one(self) -> None:
        with pytest.raises(AmountError) as caught:
            parse_amount("{{ summa }}")
        assert str(caught.value) == (
            f"'{{{{ summa }}}}' är inte ett belopp i kronor, {HOW_TO_WRITE}; en hänvisning med "
            "{{ … }} går bara i texter och i en tabells beloppskolumner (typ: belopp), inte "
            "som belopp här")

    def test_a_percentage_in_words_is_told_how_to_write_it(self) -> None:
        # (trial 89, F6: "4,75 procent" under belopp:)
        with pytest.raises(AmountError) as caught:
            parse_amount("4,75 procent")
        assert str(caught.value) == (
            "'4,75 procent' är inte ett belopp i kronor, skriv \"4,75 %\" om det är en "
            f"procentsats, annars {HOW_TO_WRITE}")

    def test_an_estimate_is_told_where_its_word_goes(self) -> None:
        # (trial 94, F12: "ca 60 000" from the source in an amount cell)
        with pytest.raises(AmountError) as caught:
            parse_amount("ca 60 000")
        assert str(caught.value) == (
            "'ca 60 000' är inte ett belopp i kronor, skriv beloppet utan 'ca', 60 000, och "
            "'ca' i texten, där det är ungefärligt")

    @pytest.mark.parametrize("text", ["2,330,883", "ca 2 mnkr", "22 33 44", ""])
    def test_it_rejects_text_that_is_not_grouped_kronor(self, text: str) -> None:
        with pytest.raises(AmountError) as caught:
            parse_amount(text)
        assert str(caught.value) == f"'{text}' är inte ett belopp i kronor, {HOW_TO_WRITE}"

    def test_it_rejects_true(self) -> None:
        with pytest.raises(AmountError) as caught:
            parse_amount(True)
        assert str(caught.value) == f"true är inte ett belopp, {HOW_TO_WRITE}"

    def test_it_rejects_false(self) -> None:
        with pytest.raises(AmountError) as caught:
            parse_amount(False)
        assert str(caught.value) == f"false är inte ett belopp, {HOW_TO_WRITE}"

    @pytest.mark.parametrize("value", [None, 2.5, [1], {"belopp": 1}])
    def test_it_rejects_other_values(self, value: object) -> None:
        with pytest.raises(AmountError) as caught:
            parse_amount(value)
        assert str(caught.value) == f"värdet är inte ett belopp, {HOW_TO_WRITE}"

    def test_it_is_a_value_error_so_pydantic_reports_it(self) -> None:
        assert issubclass(AmountError, ValueError)


class TestAmountType:
    """The pydantic type used in the models: a non-negative amount read with parse_amount."""

    def test_it_accepts_grouped_text(self) -> None:
        assert amount_adapter.validate_python("1 000 000 kr") == 1_000_000

    @pytest.mark.parametrize(("value", "shown"),
                             [(-5, "−5 kr"), ("-2 330 883", "−2 330 883 kr")])
    def test_it_rejects_a_negative_amount(self, value: object, shown: str) -> None:
        # funds that are allocated or split cannot be negative; the amount is shown as the
        # documents write it (trial 65, F1: "(-1747977)")
        with pytest.raises(ValidationError) as caught:
            amount_adapter.validate_python(value)
        [error] = caught.value.errors(include_url=False)
        assert error["type"] == "value_error"
        assert str(error["ctx"]["error"]) == (
            f"beloppet får inte vara negativt här ({shown}), eftersom medel som fördelas inte "
            "kan vara negativa; ange ett belopp ≥ 0"
        )

    def test_it_passes_on_the_ore_error(self) -> None:
        with pytest.raises(ValidationError) as caught:
            amount_adapter.validate_python(Decimal("10.25"))
        [error] = caught.value.errors(include_url=False)
        assert str(error["ctx"]["error"]) == (
            "beloppet 10.25 har ören, belopp anges i hela kronor; avrunda till hela kronor"
        )


non_negative = st.integers(min_value=0, max_value=10**15)


class TestParseAmountProperties:
    """Every way of writing a whole amount reads back as the same int, never a float."""

    @settings(max_examples=200)
    @given(non_negative)
    def test_it_reads_babels_swedish_formatting(self, n: int) -> None:
        text = format_decimal(n, locale="sv_SE")
        result = parse_amount(text)
        assert result == n
        assert type(result) is int

    @settings(max_examples=200)
    @given(non_negative)
    def test_it_reads_plain_digits(self, n: int) -> None:
        result = parse_amount(str(n))
        assert result == n
        assert type(result) is int

    @settings(max_examples=200)
    @given(non_negative)
    def test_it_reads_digits_grouped_by_spaces(self, n: int) -> None:
        result = parse_amount(f"{n:,}".replace(",", " "))
        assert result == n
        assert type(result) is int

    @settings(max_examples=200)
    @given(non_negative)
    def test_it_reads_an_int_and_a_whole_decimal_alike(self, n: int) -> None:
        assert type(parse_amount(n)) is int
        from_decimal = parse_amount(Decimal(n).quantize(Decimal("0.01")))
        assert from_decimal == n
        assert type(from_decimal) is int

    @settings(max_examples=200)
    @given(
        st.decimals(
            min_value=-(10**12), max_value=10**12, allow_nan=False, allow_infinity=False, places=4
        ).filter(lambda d: d != d.to_integral_value())
    )
    def test_it_rejects_every_decimal_with_a_fraction(self, value: Decimal) -> None:
        with pytest.raises(AmountError) as caught:
            parse_amount(value)
        assert str(caught.value) == (
            f"beloppet {value} har ören, belopp anges i hela kronor; avrunda till hela kronor"
        )


class DescribeParseNumberProperties:
    """Every number a document shows, percentage or not, reads back as the same number."""

    @settings(max_examples=200)
    @given(st.decimals(min_value=-(10**12), max_value=10**12, allow_nan=False,
                       allow_infinity=False, places=3),
           st.booleans(), st.sampled_from(["", " ", NBSP, NARROW_NBSP]))
    def it_reads_back_what_as_written_shows(self, value: Decimal, percent: bool,
                                            space: str) -> None:
        shown = as_written(WrittenNumber(value, percent))
        typed = shown.replace(f"{NBSP}%", f"{space}%")
        assert parse_number(typed) == WrittenNumber(value, percent)
        assert as_written(parse_number(typed)) == shown


class DescribePercentInAnAmount:
    """A percentage is no amount, in any unit: it belongs in a `typ: tal` column."""

    @pytest.mark.parametrize(("value", "unit"), [
        ("12,5 %", "kr"), ("30%", "tkr"), (f" 2,5{NBSP}% ", "mnkr"), ("abc %", "kr"),
    ])
    def it_refuses_it_and_says_where_percentages_go(self, value: str, unit: str) -> None:
        with pytest.raises(AmountError) as caught:
            parse_in_unit(value, unit)
        assert caught.value.message == (
            f"'{value.strip()}' är procent och inget belopp, skriv procentsatser i en kolumn "
            "med 'typ: tal'")


class DescribeAnAmountInKronorWrittenInAnotherUnit:
    """Where an amount is in whole kronor (a split's summa, a party's belopp), one written in
    tkr, mnkr or mdkr is given back in kronor (trial 18: 'summa: 3 mdkr' got 't.ex. 2330883')."""

    @pytest.mark.parametrize(("written", "kronor"), [
        ("3 mdkr", "3 000 000 000"), ("900 tkr", "900 000"), ("1,5 mnkr", "1 500 000"),
        ("-2 tkr", "-2 000"),
    ])
    def it_says_the_figure_in_kronor(self, written: str, kronor: str) -> None:
        with pytest.raises(AmountError) as info:
            parse_amount(written)
        assert str(info.value) == (f"'{written}' är skrivet i {written.split()[-1]} men här "
                                   f"anges belopp i hela kronor, skriv {kronor}")

    def it_leaves_a_figure_that_does_not_read_to_the_usual_message(self) -> None:
        with pytest.raises(AmountError, match="'ca 2 mnkr' är inte ett belopp i kronor"):
            parse_amount("ca 2 mnkr")


class DescribeAnAmountWithAnotherSpellingOfAUnit:
    """'Mkr', 'MSEK', 'kkr' … are read as the unit they mean (trial 19: '128 mkr' in a table
    in mnkr was read as kronor, and the message had no figure)."""

    @pytest.mark.parametrize("value", ["128 mkr", "128 Mkr", "128 MSEK", "128 msek", "128 mnkr",
                                       "128,5 Mnkr"])
    def it_reads_the_tables_own_unit_in_any_spelling(self, value: str) -> None:
        # (trial 41, F1: a published table writes every cell "9 mkr"; checks.style warns)
        expected = 128_500_000 if "," in value else 128_000_000
        assert parse_in_unit(value, "mnkr") == expected

    @pytest.mark.parametrize(("value", "unit"), [("830 kkr", "tkr"), ("830 Tkr", "tkr"),
                                                 ("3 Mdkr", "mdkr"), ("830 kronor", "kr")])
    def it_reads_each_unit_in_its_other_spellings(self, value: str, unit: str) -> None:
        assert parse_in_unit(value, unit) == parse_in_unit(value.split()[0], unit)

    def it_still_refuses_another_unit_in_another_spelling(self) -> None:
        with pytest.raises(AmountError) as info:
            parse_in_unit("128 Mkr", "tkr")
        assert str(info.value) == ("'128 Mkr' är skrivet i mnkr men tabellen är i tkr, skriv "
                                   "128 000 (i tkr utan enhet, tabellens enhet står i rubriken)")

    def it_converts_from_the_unit_it_means(self) -> None:
        with pytest.raises(AmountError, match="skriv 830 000 "):
            parse_in_unit("830 kkr", "kr")
        with pytest.raises(AmountError, match=r"skriv 3 000 000$"):
            parse_amount("3 Mkr")


class DescribeAnAmountWithAUnitOfItsOwn:
    """A unit in a cell other than the table's is refused, with the figure in the table's."""

    @pytest.mark.parametrize(("value", "written", "unit", "figure"), [
        ("830 kr", "kr", "tkr", "0,83"), ("830 kronor", "kr", "tkr", "0,83"),
        ("830 Kr.", "kr", "tkr", "0,83"), ("830kr", "kr", "mnkr", "0,00083"),
        ("-830 kr", "kr", "tkr", "-0,83"), ("0,83 tkr", "tkr", "kr", "830"),
        ("2,5 mnkr", "mnkr", "tkr", "2 500"), ("1 250 000 kr", "kr", "mnkr", "1,25"),
        ("1,2 mdkr", "mdkr", "mnkr", "1 200"),
    ])
    def it_gives_the_figure_in_the_tables_unit(self, value: str, written: str, unit: str,
                                               figure: str) -> None:
        with pytest.raises(AmountError) as caught:
            parse_in_unit(value, unit)
        assert caught.value.message == (
            f"'{value}' är skrivet i {written} men tabellen är i {unit}, skriv {figure} "
            f"(i {unit} utan enhet, tabellens enhet står i rubriken)")

    @pytest.mark.parametrize("value", ["830,5 kr", "ca 830 kr"])
    def it_says_what_to_do_where_the_figure_itself_does_not_read(self, value: str) -> None:
        with pytest.raises(AmountError) as caught:
            parse_in_unit(value, "tkr")
        assert caught.value.message == (
            f"'{value}' är skrivet i kr men tabellen är i tkr, skriv beloppet i tkr utan "
            "enhet (tabellens enhet står i rubriken)")

    @pytest.mark.parametrize(("value", "unit", "kronor"), [
        ("830 tkr", "tkr", 830_000), ("830 kr", "kr", 830), ("830 kronor", "kr", 830),
        ("139 450:-", "kr", 139_450), ("94 306:-.", "kr", 94_306), ("534 :-", "kr", 534),
        ("10.440:-", "kr", 10_440), ("1.470.000:-", "kr", 1_470_000)])
    def it_reads_the_tables_own_unit_as_before(self, value: str, unit: str,
                                               kronor: int) -> None:
        assert parse_in_unit(value, unit) == kronor

    @given(st.integers(-(10**12), 10**12), st.sampled_from(UNITS), st.sampled_from(UNITS))
    def it_suggests_a_figure_that_reads_back_as_the_same_kronor(self, kronor: int, own: str,
                                                                table: str) -> None:
        assume(own != table)
        written = f"{exact(kronor, own, real_minus=False)} {own}".replace(NBSP, " ")
        with pytest.raises(AmountError) as caught:
            parse_in_unit(written, table)
        figure = caught.value.message.split(", skriv ")[1].split(" (i ")[0]
        assert parse_in_unit(figure, table) == kronor


class DescribeBounds:
    """Amounts and weights have bounds, judged before any conversion."""

    def it_accepts_the_largest_amount(self) -> None:
        assert parse_amount(10**15) == 10**15

    @pytest.mark.parametrize(
        "value", [10**15 + 1, -(10**16), Decimal("1e999999999"), Decimal("1e16"), "9" * 41]
    )
    def it_refuses_larger_amounts_with_a_message(self, value: object) -> None:
        with pytest.raises(AmountError, match="orimligt stort"):
            parse_amount(value)

    @pytest.mark.parametrize("value", [Decimal("1e999999999"), 10**16])
    def it_refuses_weights_beyond_the_bound(self, value: object) -> None:
        with pytest.raises(AmountError, match="orimligt stor"):
            parse_weight(value)

    def it_refuses_weights_with_too_many_decimals(self) -> None:
        with pytest.raises(AmountError, match="för många decimaler"):
            parse_weight(Decimal("1.0000001"))

    def it_accepts_trailing_zeros_beyond_the_decimals(self) -> None:
        assert parse_weight(Decimal("1.500000000")) == Decimal("1.5")


class TestADotIsNeverASeparator:
    """Swedish writes a decimal comma; a dot before three digits may be meant as thousands."""

    @pytest.mark.parametrize("value", ["8.300", Decimal("8.300"), "8.300 tkr"])
    def test_it_refuses_a_dot_before_three_digits_in_tkr(self, value: object) -> None:
        with pytest.raises(AmountError) as caught:
            parse_in_unit(value, "tkr")
        assert str(caught.value) == ("'8.300' är tvetydigt, en punkt före tre siffror kan vara "
                                     "tusental; skriv "
                                     "8 300 om det är tusental eller 8,3 med decimalkomma")

    @pytest.mark.parametrize("value", ["2.330.883", Decimal("2.330"), "8.300 kr"])
    def test_it_refuses_the_same_in_kronor_pointing_to_spaces(self, value: object) -> None:
        with pytest.raises(AmountError) as caught:
            parse_amount(value)
        assert ("är tvetydigt, en punkt före tre siffror kan vara "
                "tusental; skriv ") in str(caught.value)
        assert str(caught.value).endswith(" med mellanslag mellan tusentalen")

    def test_it_keeps_a_whole_thousand_readable_as_a_decimal(self) -> None:
        with pytest.raises(AmountError) as caught:
            parse_in_unit(Decimal("8.000"), "mnkr")
        assert str(caught.value).endswith("skriv 8 000 om det är tusental eller 8,000 med "
                                          "decimalkomma")

    def test_it_still_reads_a_decimal_comma_and_other_decimals(self) -> None:
        assert parse_in_unit("1 470,1", "tkr") == 1_470_100
        assert parse_in_unit(Decimal("8.3"), "tkr") == 8_300
        assert parse_in_unit(Decimal("8.30"), "tkr") == 8_300
        assert parse_amount(Decimal("2330883.00")) == 2_330_883
        assert parse_in_unit(Decimal("0.500"), "tkr") == 500  # a leading 0 is no thousand


class DescribeParseNumber:
    """A number that is not an amount (`typ: tal`) is written as amounts are, kept exactly."""

    @pytest.mark.parametrize(("value", "number"), [
        (1250, Decimal(1250)), ("1 250", Decimal(1250)), (f"1{NBSP}250", Decimal(1250)),
        ("12,5", Decimal("12.5")), (Decimal("12.5"), Decimal("12.5")), ("-3,2", Decimal("-3.2")),
    ])
    def it_reads_whole_numbers_and_decimals(self, value: object, number: Decimal) -> None:
        assert parse_number(value) == WrittenNumber(number, percent=False)

    def it_keeps_the_decimals_as_written(self) -> None:
        assert str(parse_number("12,50").value) == "12.50"
        assert str(parse_number("1 250").value) == "1250"

    @pytest.mark.parametrize(("value", "number"), [
        ("12,5 %", Decimal("12.5")), ("12,5%", Decimal("12.5")), (f"12,5{NBSP}%", Decimal("12.5")),
        (f"12,5{NARROW_NBSP}%", Decimal("12.5")), ("30 %", Decimal(30)),
        (f"{MINUS}2,5 %", Decimal("-2.5")), ("-2,5 %", Decimal("-2.5")),
        ("  12,50 % ", Decimal("12.50")), ("1 250 %", Decimal(1250)),
    ])
    def it_reads_a_percentage_as_a_percentage(self, value: str, number: Decimal) -> None:
        assert parse_number(value) == WrittenNumber(number, percent=True)
        assert str(parse_number(value).value) == str(number)

    @pytest.mark.parametrize("value", ["abc %", "%", "12,5 %%", "runt 12 %", "% 12"])
    def it_quotes_a_percentage_it_cannot_read_whole(self, value: str) -> None:
        with pytest.raises(AmountError) as caught:
            parse_number(value)
        assert caught.value.message == (
            f"'{value}' är inte ett tal, skriv t.ex. 1250, \"1 250\", \"12,5\" eller \"12,5 %\"")

    def it_tells_an_estimate_where_its_word_goes(self) -> None:
        with pytest.raises(AmountError) as caught:
            parse_number("ca 12 %")
        assert caught.value.message == (
            "'ca 12 %' är inte ett tal, skriv talet utan 'ca', 12 %, och 'ca' i texten, där det "
            "är ungefärligt")

    def it_refuses_a_dot_before_three_digits_in_a_percentage_too(self) -> None:
        with pytest.raises(AmountError, match=r"^'8\.300' är tvetydigt"):
            parse_number("8.300 %")

    @pytest.mark.parametrize("value", ["8.300", Decimal("8.300")])
    def it_refuses_a_dot_before_three_digits_by_the_amounts_rule(self, value: object) -> None:
        with pytest.raises(AmountError) as caught:
            parse_number(value)
        assert caught.value.message == (
            "'8.300' är tvetydigt, en punkt före tre siffror kan vara "
            "tusental; skriv 8 300 om det är tusental "
            "eller 8,3 med decimalkomma")

    @pytest.mark.parametrize("value", ["runt 200", True, None, [1]])
    def it_refuses_what_is_no_number_and_says_how_to_write_one(self, value: object) -> None:
        with pytest.raises(AmountError,
                           match=r'skriv t\.ex\. 1250, "1 250", "12,5" eller "12,5 %"$'):
            parse_number(value)

    def it_refuses_numbers_beyond_the_bounds(self) -> None:
        with pytest.raises(AmountError, match="orimligt stort"):
            parse_number(Decimal("1e999999999"))
        with pytest.raises(AmountError, match="för många decimaler"):
            parse_number(Decimal("1.0000001"))


EN_DASH = "\u2013"
NEGATIVE = 'ett negativt belopp skrivs med minus först, t.ex. "-1 250"'


class DescribeANegativeAmount:
    """A minus is a hyphen, the minus sign or an en dash (as printed sources have it), with
    or without one space after it; any other dash-like start gets a word on how to write it."""

    @pytest.mark.parametrize("written", [
        "-1,8", f"{MINUS}1,8", f"{EN_DASH}1,8", "- 1,8", f"{MINUS} 1,8", f"{EN_DASH} 1,8",
        f"{EN_DASH}{NBSP}1,8"])
    def it_reads_every_minus_alike(self, written: str) -> None:
        assert parse_in_unit(written, "mnkr") == -1_800_000
        assert parse_number(written) == WrittenNumber(Decimal("-1.8"))

    def it_reads_it_in_whole_kronor_and_weights_too(self) -> None:
        assert parse_amount(f"{EN_DASH} 2 330 883 kr") == -2330883
        assert parse_weight(f"{EN_DASH}245 347") == Decimal(-245347)

    @pytest.mark.parametrize("written", ["\u2014" + "1,8", "--1,8", f"{EN_DASH}  1,8",
                                         "- ca 2", "\u20121,8"])
    def it_refuses_any_other_dash_and_says_how_to_write_a_negative(self, written: str) -> None:
        with pytest.raises(AmountError) as caught:
            parse_in_unit(written, "mnkr")
        assert caught.value.message == (
            f"'{written}' är inte ett belopp, skriv beloppet i mnkr, t.ex. 1250 eller "
            f'"1 250,5"; {NEGATIVE}')

    def it_says_so_for_whole_kronor_and_numbers_too(self) -> None:
        with pytest.raises(AmountError) as caught:
            parse_amount("\u20142 330 883")
        assert caught.value.message == (
            f"'\u20142 330 883' är inte ett belopp i kronor, {HOW_TO_WRITE}; {NEGATIVE}")
        with pytest.raises(AmountError) as caught:
            parse_number("\u20142,5 %")
        assert caught.value.message == (
            "'\u20142,5 %' är inte ett tal, skriv t.ex. 1250, \"1 250\", \"12,5\" eller "
            '"12,5 %"; ett negativt tal skrivs med minus först, t.ex. "-1 250"')

    @pytest.mark.parametrize("written", ["ca -2", "1,8-", "x"])
    def it_says_nothing_of_negatives_when_the_text_starts_otherwise(self, written: str) -> None:
        with pytest.raises(AmountError) as caught:
            parse_in_unit(written, "mnkr")
        assert caught.value.message == (
            f"'{written}' är inte ett belopp, skriv beloppet i mnkr, t.ex. 1250 eller "
            '"1 250,5"')

    @given(st.integers(-(10**12), 10**12), st.sampled_from(UNITS),
           st.sampled_from(["-", MINUS, EN_DASH]), st.sampled_from(["", " "]))
    def it_reads_any_minus_as_the_shown_minus(self, kronor: int, unit: str, sign: str,
                                              space: str) -> None:
        shown = exact(-abs(kronor), unit).replace(NBSP, " ")
        typed = shown.replace(MINUS, sign + space, 1)
        assert parse_in_unit(typed, unit) == -abs(kronor)

    @given(st.decimals(min_value=-(10**12), max_value=-1, allow_nan=False, places=3),
           st.sampled_from(["-", MINUS, EN_DASH]), st.sampled_from(["", " "]))
    def it_reads_any_minus_in_a_number_as_the_shown_minus(self, value: Decimal, sign: str,
                                                          space: str) -> None:
        typed = as_written(value).replace(MINUS, sign + space, 1)
        assert parse_number(typed) == WrittenNumber(value)


class DescribeAWeight:
    """A weight is read as a number is: grouped digits, a decimal comma, never `1.250`."""

    @pytest.mark.parametrize(("value", "weight"), [
        ("245 347", Decimal(245347)), ("1,5", Decimal("1.5")), (f"{EN_DASH}2,5", Decimal("-2.5")),
        (Decimal("1.25"), Decimal("1.25")), (70, Decimal(70)), (Decimal("0.500"), Decimal("0.5")),
    ])
    def it_reads_grouped_digits_and_decimals(self, value: object, weight: Decimal) -> None:
        assert parse_weight(value) == weight

    @pytest.mark.parametrize("value", ["1.250", Decimal("1.250")])
    def it_refuses_a_dot_before_three_digits_by_the_amounts_rule(self, value: object) -> None:
        with pytest.raises(AmountError) as caught:
            parse_weight(value)
        assert str(caught.value) == ("'1.250' är tvetydigt, en punkt före tre siffror kan vara "
                                     "tusental; skriv 1 250 om det är tusental eller 1,25 med "
                                     "decimalkomma")


@pytest.mark.parametrize(("written", "rate"), [
    (13280, Decimal(13280)), ("13 280", Decimal(13280)), ("13 280 kr", Decimal(13280)),
    ("12,50", Decimal("12.50")), (Decimal("0.5"), Decimal("0.5")),
])
def test_a_rate_per_unit_of_weight_is_read_exactly(written: object, rate: Decimal) -> None:
    assert parse_rate(written) == rate


@pytest.mark.parametrize(("written", "message"), [
    ("5 %", "'5 %' är en procentsats, men här anges kronor per viktenhet; skriv kronor per "
            "viktenhet, t.ex. 13280 eller \"13 280\""),
    ("ca 13 000", "'ca 13 000' är inget belopp per viktenhet, skriv kronor per viktenhet, "
                  "t.ex. 13280 eller \"13 280\""),
    (-5, "beloppet per viktenhet får inte vara negativt (−5), ange ett belopp ≥ 0"),
])
def test_a_rate_in_percent_words_or_below_zero_is_refused(written: object, message: str) -> None:
    with pytest.raises(AmountError) as error:
        parse_rate(written)
    assert error.value.message == message


def test_a_split_party_keeps_whether_its_weight_was_a_percentage() -> None:
    assert SplitParty.model_validate({"namn": "A", "vikt": "70 %"}).percent is True
    assert SplitParty.model_validate({"namn": "A", "vikt": "70"}).percent is False


class DescribeOreInATableInKronor:
    """A table in kr may state öre, as a taxa's fees have them (trial 36, F1): at most two
    decimals, read exactly and kept as typed, so that the amount prints so (trial 38, F5):
    "8,00" is 8.00 with its two decimals, "8" an int. Elsewhere kronor stay whole."""

    @pytest.mark.parametrize(("written", "kronor"), [
        ("8,40", Decimal("8.40")), ("8,4", Decimal("8.40")), (Decimal("8.4"), Decimal("8.40")),
        ("12,75 kr", Decimal("12.75")), (f"1{NBSP}234,5 kronor", Decimal("1234.50")),
        ("-0,38", Decimal("-0.38")), (f"{EN_DASH} 8,40", Decimal("-8.40")),
        ("0,01", Decimal("0.01"))])
    def it_reads_kronor_and_ore_exactly(self, written: object, kronor: Decimal) -> None:
        read = parse_in_unit(written, "kr")
        assert (read, str(read)) == (kronor, str(kronor))  # (always two decimals)

    @pytest.mark.parametrize("written", ["2 530", 2530, "2 530 kr", Decimal("2530")])
    def it_reads_whole_kronor_typed_without_decimals_as_an_int(self, written: object) -> None:
        read = parse_in_unit(written, "kr")
        assert (read, type(read)) == (2530, int)

    @pytest.mark.parametrize("written", ["2 530,00", "2 530,0", Decimal("2530.0"),
                                         Decimal("2530.00"), "2 530,00 kr"])
    def it_keeps_two_decimals_typed_on_whole_kronor(self, written: object) -> None:
        read = parse_in_unit(written, "kr")
        assert (read, str(read)) == (2530, "2530.00")

    @pytest.mark.parametrize(("written", "message"), [
        ("8,405", "'8,405' har fler decimaler än ören, ett belopp i kronor har högst två "
                  "decimaler; skriv 8 405 om det är tusental, annars 8,40 eller 8,41"),
        ("8,300", "'8,300' har fler decimaler än ören, ett belopp i kronor har högst två "
                  "decimaler; skriv 8 300 om det är tusental, annars 8,30"),
        ("12,3456 kr", "'12,3456' har fler decimaler än ören, ett belopp i kronor har högst "
                       "två decimaler; skriv 12,34 eller 12,35"),
        (Decimal("8.4051"), "'8.4051' har fler decimaler än ören, ett belopp i kronor har "
                            "högst två decimaler; skriv 8,40 eller 8,41"),
        ("-8,405", "'-8,405' har fler decimaler än ören, ett belopp i kronor har högst två "
                   "decimaler; skriv -8 405 om det är tusental, annars -8,40 eller -8,41"),
        (Decimal("8.405"), "'8.405' är tvetydigt, en punkt före tre siffror kan vara "
                           "tusental; skriv 8 405 om det är tusental, annars 8,40 eller 8,41 "
                           "med decimalkomma"),
        ("runt 8,40", "'runt 8,40' är inte ett belopp i kronor, skriv beloppet i kronor, t.ex. "
                      '2330883, "2 330 883" eller med ören "8,40"'),
        ("ca 8,40", "'ca 8,40' är inte ett belopp i kronor, skriv beloppet utan 'ca', 8,40, och "
                    "'ca' i texten, där det är ungefärligt"),
    ])
    def it_refuses_more_than_ore_and_says_what_to_write(self, written: object,
                                                         message: str) -> None:
        with pytest.raises(AmountError) as caught:
            parse_in_unit(written, "kr")
        assert caught.value.message == message

    def it_keeps_the_bound(self) -> None:
        with pytest.raises(AmountError, match="orimligt stort"):
            parse_in_unit("1 000 000 000 000 000,01", "kr")

    def it_keeps_other_units_and_amounts_outside_tables_whole(self) -> None:
        with pytest.raises(AmountError, match="har fler decimaler än hela kronor"):
            parse_in_unit("1,2345", "tkr")
        with pytest.raises(AmountError) as caught:
            parse_amount("8,40")
        assert caught.value.message == f"'8,40' är inte ett belopp i kronor, {HOW_TO_WRITE}"

    def it_offers_no_figure_in_tkr_for_kronor_with_ore(self) -> None:
        with pytest.raises(AmountError) as caught:
            parse_in_unit("830,5 kr", "tkr")
        assert caught.value.message == (
            "'830,5 kr' är skrivet i kr men tabellen är i tkr, skriv beloppet i tkr utan enhet "
            "(tabellens enhet står i rubriken)")

    @given(st.integers(-(10**14), 10**14), st.sampled_from(["-", MINUS, EN_DASH]))
    def it_reads_back_every_amount_in_ore_as_shown(self, ore: int, sign: str) -> None:
        kronor = Decimal(ore).scaleb(-2)
        shown = exact(kronor, "kr").replace(NBSP, " ").replace(MINUS, sign)
        assert parse_in_unit(shown, "kr") == kronor


@pytest.mark.parametrize(("written", "unit", "kronor"), [
    ("+451", "tkr", 451_000), ("+ 451", "tkr", 451_000), ("+1 250,5", "tkr", 1_250_500),
    ("+8,40", "kr", Decimal("8.40")), ("+42", "kr", 42)])
def test_a_plus_sign_is_read_as_the_positive_amount(written: str, unit: str,
                                                    kronor: object) -> None:
    """Trial 64, F2: a budget's difference column writes "+451"."""
    assert parse_in_unit(written, unit) == kronor


SPACED = "'2, 18' har ett mellanslag efter decimalkommat och läses som två tal, 2 och 18; " \
    "skriv '2,18' utan mellanslag"


@pytest.mark.parametrize("parse", [
    lambda v: parse_in_unit(v, "kr"), lambda v: parse_in_unit(v, "tkr"), parse_number])
def test_a_decimal_comma_with_a_space_after_it_is_named_as_in_text(parse) -> None:  # type: ignore[no-untyped-def]
    # (trial 72, F6: a cell's "2, 18" was "inte ett belopp i kronor", the text's named)
    with pytest.raises(AmountError) as caught:
        parse("2, 18")
    assert caught.value.message == SPACED


@pytest.mark.parametrize("text", ["Se zon 1", "Se område 1", "Enligt bilaga 2", "högst 500"])
def test_words_that_hold_a_number_are_words_in_an_amount_cell(text: str) -> None:
    # (trial 84, F8: a reference to another zone's fee, not a figure badly written)
    assert str(not_a_cell_word(text)).startswith(f"'{text}' är inget belopp; skriv ett belopp")


@pytest.mark.parametrize("text", ["ca 500", "Cirka 500", "ca 2 mnkr", "kr 500", "500 kr",
                                  "Uppräkning 2 %", "2 st", "{{ tabeller.a.summa }}"])
def test_a_figure_written_with_words_is_no_word_and_told_how_to_write_it(text: str) -> None:
    assert not_a_cell_word(text) is None


@pytest.mark.parametrize(("written", "value"), [
    ("110 procent", Decimal(110)), ("4,75 Procent", Decimal("4.75")), ("1 250 procent", 1250)])
def test_a_percentage_written_with_the_word_is_a_percentage(written: str, value: Decimal) -> None:
    """Trial 93, F9: "110 procent" in a number cell, as text may write a percentage."""
    assert parse_number(written) == WrittenNumber(Decimal(value), percent=True)


def test_an_amount_written_in_procent_offers_the_percentage_with_one_space() -> None:
    with pytest.raises(AmountError) as refused:
        parse_amount("5 procent")
    assert refused.value.message == (
        "'5 procent' är inte ett belopp i kronor, skriv \"5 %\" om det är en procentsats, "
        "annars skriv beloppet i hela kronor, t.ex. 2330883 eller \"2 330 883\"")


@pytest.mark.parametrize(("value", "derived"), [
    ("belopp.prisbasbelopp * 50 %", "belopp.prisbasbelopp * 50 %"),
    ("  2,5 *  belopp.pbb ", "2,5 * belopp.pbb"),
    ("belopp.pbb", "belopp.pbb"),
    ("prisbasbelopp * 50 %", "prisbasbelopp * 50 %"),  # (told there to write belopp.)
    ("prisbasbelopp / 2", "prisbasbelopp / 2"),
    ("52500", None),
    (52500, None),
    ("-1 747 977 kr", None),
    ("+451", None),
    ("139 450:-", None),
    ("50 %", None),
    ("52500 * 0,5", None),  # (numbers alone: refused by the reading of an amount)
    ("ca 500 - 600", None),
    ("68 400 kr/mån", None),  # (a price per unit: told to write the figure alone)
    ("8,40 kr/m3", None),
    ("tabeller.f.summa * 50 %", None),
    ("{{ belopp.pbb }}", None),
])
def test_an_amount_worked_out_from_the_cases_others_is_told_apart(
        value: object, derived: str | None) -> None:
    # (trial 95, F8: such a value is worked out in the compute stage, compute.derived_amounts)
    assert derived_figure(value) == derived

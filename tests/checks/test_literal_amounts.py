"""Tests for reading typed amounts out of Swedish prose and flagging near misses."""

from __future__ import annotations

from decimal import Decimal

import pytest
from babel.numbers import format_decimal
from hypothesis import given
from hypothesis import strategies as st

from generator.checks import literal_amounts
from generator.checks.figure_index import FigureIndex
from generator.checks.literal_amount import LiteralAmount
from generator.checks.literal_amounts import find_amounts, near_misses

NBSP = "\u00a0"
NARROW_NBSP = "\u202f"


def only_amount(text: str) -> LiteralAmount:
    """Return the one amount found in ``text``, failing if there are more or none."""
    found = find_amounts(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("1,6 mnkr", "1600000", "100000"),
        ("1,6 Mnkr", "1600000", "100000"),
        ("440 tkr", "440000", "1000"),
        ("1 527 000 000 kr", "1527000000", "1"),
        ("1 560 000 000 kronor", "1560000000", "1"),
        (f"21{NBSP}724{NBSP}099{NBSP}kr", "21724099", "1"),
        (f"21{NARROW_NBSP}724{NARROW_NBSP}099 kr", "21724099", "1"),
        ("6,2 miljoner kronor", "6200000", "100000"),
        ("6,2 miljoner", "6200000", "100000"),
        ("1 miljon kr", "1000000", "1000000"),
        ("2,5 miljarder kronor", "2500000000", "100000000"),
        ("1,2 mdkr", "1200000000", "100000000"),
        ("400 tusen kronor", "400000", "1000"),
        ("5 MSEK", "5000000", "1000000"),
        ("250 SEK", "250", "1"),
        ("12,50 kr", "12.50", "0.01"),
        ("−200 000 kr", "-200000", "1"),
        ("Tre (3) miljoner kronor", "3000000", "1000000"),
        ("7.000 kronor", "7000", "1"),  # (points between thousands: warned about in style)
        ("−1.470.000 kr", "-1470000", "1"),
    ],
)
def test_reads_value_and_precision(text: str, value: str, precision: str) -> None:
    literal = only_amount(text)
    assert literal.text == text
    assert literal.offset == 0
    assert literal.value == Decimal(value)
    assert literal.precision == Decimal(precision)
    assert not literal.approximate


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("ca 5 mkr", "ca"),
        ("ca. 5 mkr", "ca"),
        ("c:a 5 mkr", "ca"),
        ("Cirka 5 mkr", "cirka"),
        ("ungefär 5 mkr", "ungefär"),
        ("drygt 5 mkr", "drygt"),
        ("knappt 5 mkr", "knappt"),
    ],
)
def test_approximation_words_mark_the_amount_but_are_not_part_of_it(
    text: str, qualifier: str
) -> None:
    literal = only_amount(text)
    assert literal.approximate
    assert literal.qualifier == qualifier
    assert literal.text == "5 mkr"
    assert literal.offset == len(text) - len("5 mkr")
    assert literal.value == Decimal(5_000_000)
    assert literal.precision == Decimal(1_000_000)


@pytest.mark.parametrize(
    "text",
    [
        "2024",
        "år 2024",
        "30 %",
        f"30{NBSP}%",
        "2019-12-06",
        "16 deltagare",
        "Vecka 41 psykisk hälsa",
        "tre miljoner kronor",
        "HSN 2024/1732",
        "möte 220128",
        "2 tusen deltagare",
        "0.500 kr",
        "2021.05 kr",
    ],
)
def test_numbers_without_a_money_unit_are_not_amounts(text: str) -> None:
    assert find_amounts(text) == []


def test_a_year_before_an_amount_is_not_read_into_it() -> None:
    found = find_amounts("Under 2024 fördelas 500 000 kr, och 2025 500 000 kr.")
    assert [(a.text, a.value, a.offset) for a in found] == [
        ("500 000 kr", Decimal(500_000), 20),
        ("500 000 kr", Decimal(500_000), 41),
    ]


def test_reads_all_amounts_of_a_seed_paragraph_in_order() -> None:
    text = (
        "I dagsläget kvarstår 5,3 mnkr. Av dessa är 1,6 Mnkr sedan tidigare reserverade "
        "för samverkan med kommunerna. Enligt befolkningsandelarna motsvarar det ca: "
        "Region VN 440 tkr, Region JH 232 tkr, Region VB 480 tkr och Region NB 449 tkr."
    )
    found = find_amounts(text)
    assert [a.value for a in found] == [
        Decimal(v) for v in (5_300_000, 1_600_000, 440_000, 232_000, 480_000, 449_000)
    ]
    for literal in found:
        assert text[literal.offset : literal.offset + len(literal.text)] == literal.text


@given(st.integers(min_value=-(10**15), max_value=10**15))
def test_babel_formatted_amount_is_found_exactly(amount: int) -> None:
    text = f"Beloppet är {format_decimal(amount, locale='sv_SE')} kr enligt beslutet."
    literal = only_amount(text)
    assert literal.value == amount
    assert literal.precision == 1
    assert text[literal.offset : literal.offset + len(literal.text)] == literal.text


def test_off_by_one_krona_is_a_near_miss() -> None:
    text = "länsgemensamma medel om 21 724 099 kr"
    [(literal, name, value)] = near_misses(text, {"summa områden": 21_724_100})
    assert (literal.text, name, value) == ("21 724 099 kr", "summa områden", 21_724_100)


def test_rounded_figure_without_ca_is_a_near_miss() -> None:
    text = "har departementet tilldelat länet 6,2 miljoner kronor"
    [(literal, name, _)] = near_misses(text, {"tilldelning": 6_209_812})
    assert (literal.value, name) == (Decimal(6_200_000), "tilldelning")


def test_a_round_amount_is_not_a_miss_of_a_figure_no_rounding_explains() -> None:
    # trial 14: "återstår 45 000 kronor" is another amount than a group's 46 000 kr
    assert near_misses("Till senare fördelning återstår 45 000 kronor.", {"musik": 46_000}) == []
    assert near_misses("450 tkr", {"region": 460_000}) == []


def test_a_round_amount_is_a_miss_of_a_figure_it_rounds() -> None:
    [(literal, _, value)] = near_misses("45 000 kronor", {"musik": 45_400})
    assert (literal.text, value) == ("45 000 kronor", 45_400)
    assert len(near_misses("450 tkr", {"region": 449_000})) == 1


def test_an_amount_far_from_a_figure_in_share_is_not_a_miss_though_one_step_away() -> None:
    # trial 15: "ytterligare medel med 1 mnkr" is the whole grant, not a slip for 238 tkr
    text = "tillförs ytterligare medel med 1 mnkr 2015 varav kommunerna ska bidra med 250 tkr"
    assert near_misses(text, {"tabeller.bidrag.ar2015": 238_000}) == []
    assert near_misses("1 mnkr", {"summa": 182_000}) == []
    assert near_misses("12 tkr", {"summa": 13_000}) == []


def test_a_one_digit_amount_is_a_miss_of_a_figure_within_five_percent() -> None:
    [(literal, _, value)] = near_misses("1 mnkr", {"summa": 1_040_000})
    assert (literal.text, value) == ("1 mnkr", 1_040_000)


def test_a_figure_as_precise_as_a_short_literal_one_step_off_is_another_amount() -> None:
    # trial 24: "kommunbidraget ökar med 2,4 mnkr", in no table, is no slip for a cell's
    # 2,5 mnkr: in a table in tenths of mnkr some figure is one step from almost any amount
    text = "ökar kommunbidraget med 2,4 mnkr som kompensation"
    assert near_misses(text, {"tabeller.drift.rader[6].bokslut23": 2_500_000}) == []
    assert near_misses("ca 2,4 mnkr", {"cell": 2_500_000}) == []
    assert near_misses("45 tkr", {"cell": 46_000}) == []


def test_a_long_literal_one_step_off_a_figure_as_precise_is_a_slip() -> None:
    assert len(near_misses("1 360,7 mnkr", {"summa": 1_360_800_000})) == 1
    assert len(near_misses("101 tkr", {"cell": 102_000})) == 1


def test_two_swapped_neighbouring_digits_are_a_slip() -> None:
    # trial 27: "517 902 kronor" for 517 920 kr and "13 820 kronor" for 13 280 kr passed
    [(literal, _, value)] = near_misses("totalt 517 902 kronor", {"totalt": 517_920})
    assert (literal.text, value) == ("517 902 kronor", 517_920)
    assert len(near_misses("13 820 kronor per mandat", {"mandat": 13_280})) == 1
    assert len(near_misses("1 306,8 mnkr", {"summa": 1_360_800_000})) == 1
    assert len(near_misses("−12 435 kr", {"kvar": -12_345})) == 1


def test_a_swap_in_a_short_or_round_literal_is_another_amount() -> None:
    assert near_misses("45 000 kr", {"cell": 54_000}) == []
    assert near_misses("1 250 kr", {"cell": 1_520}) == []
    assert near_misses("ca 54 000 kr", {"cell": 45_000}) == []  # (two digits: too short)
    assert near_misses("13 820 kronor", {"mandat": 23_810}) == []  # (1 and 2: not neighbours)


def test_a_swap_never_reads_a_leading_zero() -> None:
    assert near_misses("10 234 kr", {"cell": 1_234}) == []


def test_a_short_literal_is_still_a_wrong_rounding_of_a_more_precise_figure() -> None:
    assert len(near_misses("2,4 mnkr", {"cell": 2_462_000})) == 1
    assert len(near_misses("2,4 mnkr", {"cell": 2_449_000})) == 1


def test_a_zero_after_a_decimal_comma_is_a_digit_not_rounding() -> None:
    assert len(near_misses("6,0 mnkr", {"tilldelning": 6_090_000})) == 1


def test_a_rounding_far_from_the_figure_is_still_not_a_miss() -> None:
    assert near_misses("ett grundbelopp om 100 000 kr", {"kommun": 111_000}) == []


TOTAL_35 = {"tabeller.fordelning.summa": 461_500}
"""Trial 35: the grants' total, against which the text's sentence was retyped."""


@pytest.mark.parametrize(
    "text",
    [
        "461 501 kr", "461 000 kr", "416 500 kr",  # (caught before trial 35)
        "461 600 kr", "461 400 kr",  # one step of a round amount (0,02 %)
        "461 550 kr", "461 480 kr",  # within 0,1 % of the figure
        "462 500 kr", "471 500 kr", "361 500 kr",  # one wrong digit
    ],
)
def test_a_slip_of_a_total_is_a_near_miss(text: str) -> None:
    # trial 35: "461 600 kr", "461 400 kr" and "461 550 kr" passed for 461 500 kr
    [(literal, name, value)] = near_misses(f"på sammanlagt {text}.", TOTAL_35)
    assert (literal.text, name, value) == (text, "tabeller.fordelning.summa", 461_500)


@pytest.mark.parametrize("text", ["465 000 kr", "463 000 kr", "1 246 595 kr", "46 150 kr"])
def test_another_amount_near_a_total_is_not_a_slip(text: str) -> None:
    # (two digits off and 0,3–0,8 % away: an applied-for amount, not the granted one mistyped)
    assert near_misses(f"ansökt om {text}", TOTAL_35) == []


def test_one_wrong_digit_needs_four_significant_digits() -> None:
    assert near_misses("461 tkr", {"cell": 561_000}) == []
    assert near_misses("4 600 kr", {"cell": 4_700}) == []
    assert len(near_misses("4 611 kr", {"cell": 4_711})) == 1


@pytest.mark.parametrize(
    "text",
    ["ca 460 000 kr", "ca 462 tkr", "ca 0,5 mnkr", "cirka 460 tkr", "omkring 0,46 mnkr",
     "ca 500 000 kr", "drygt 460 000 kr", "knappt 470 tkr", "ca 461 500 kr"],
)
def test_a_fair_rounding_with_ca_passes_in_every_unit(text: str) -> None:
    # trial 35: "ca 460 000 kr" was warned about while "ca 462 tkr" passed
    assert near_misses(f"på sammanlagt {text}", TOTAL_35) == []


@pytest.mark.parametrize("text", ["ca 470 000 kr", "ca 470 tkr", "ca 0,47 mnkr",
                                  "drygt 470 000 kr", "knappt 460 tkr"])
def test_a_rounding_one_step_off_with_ca_is_a_near_miss_in_every_unit(text: str) -> None:
    [(literal, _, value)] = near_misses(f"på sammanlagt {text}", TOTAL_35)
    assert (literal.text, value) == (text.split(" ", 1)[1], 461_500)


def test_an_approximate_amount_is_no_digit_slip() -> None:
    assert near_misses("ca 361 500 kr", TOTAL_35) == []


def test_the_longest_amount_compared_is_read_to_its_last_digit() -> None:
    # (Decimal's default 28 digits read sixty nines as 10**60, rounded to its first digit)
    sixty_nines = "9" * 60 + " kr"
    assert near_misses(sixty_nines, {"x": 10**60 - 10**58}) == []
    assert len(near_misses("9" * 59 + "8 kr", {"x": 10**60 - 1})) == 1
    assert len(near_misses(sixty_nines, {"x": 10**60 - 1 - 10**40})) == 1  # (one digit)


def test_correct_rounding_with_ca_is_fine() -> None:
    assert near_misses("ca 6,2 mnkr", {"tilldelning": 6_209_812}) == []


def test_wrong_rounding_with_ca_is_a_near_miss() -> None:
    [(literal, name, value)] = near_misses("ca 6,3 mnkr", {"tilldelning": 6_209_812})
    assert (literal.text, name, value) == ("6,3 mnkr", "tilldelning", 6_209_812)


def test_drygt_and_knappt_must_point_the_right_way() -> None:
    figures = {"tilldelning": 6_209_812}
    assert near_misses("drygt 6,2 mnkr", figures) == []
    assert near_misses("knappt 6,3 mnkr", figures) == []
    assert len(near_misses("knappt 6,2 mnkr", figures)) == 1
    assert len(near_misses("drygt 6,3 mnkr", figures)) == 1


def test_exact_amount_is_not_a_miss() -> None:
    assert near_misses("1 000 000 kr", {"brukarmedverkan": 1_000_000}) == []


def test_amount_equal_to_one_figure_is_not_a_miss_for_a_neighbour() -> None:
    figures = {"Region VN": 440_000, "Region NB": 449_000}
    assert near_misses("Region VN får 440 tkr.", figures) == []


def test_amount_far_from_every_figure_is_not_reported() -> None:
    assert near_misses("Beloppet uppskattas till ca 5 mkr.", {"totalt": 21_724_100}) == []
    assert near_misses("Totalt 3 100 000 kr.", {"totalt": 21_724_100}) == []


def test_only_the_closest_of_several_near_figures_is_reported() -> None:
    figures = {"annan": 6_150_000, "tilldelning": 6_209_812, "tredje": 6_400_000}
    [(_, name, value)] = near_misses("6,2 miljoner kronor", figures)
    assert (name, value) == ("tilldelning", 6_209_812)


def test_near_misses_come_in_text_order() -> None:
    text = "Först 21 724 099 kr, sedan 16 407 684 kr och till sist 5 mkr."
    figures = {"Dalarna": 21_724_100, "Norrbotten": 16_407_683}
    found = near_misses(text, figures)
    assert [(literal.text, name) for literal, name, _ in found] == [
        ("21 724 099 kr", "Dalarna"),
        ("16 407 684 kr", "Norrbotten"),
    ]


_PROSE_PIECES = st.sampled_from(
    [
        "ca", "ca.", "c:a", "CA", "cirka", "drygt", "knappt", "tre", "tretton", "hundra", "x",
        "år", " ", " ", "\n", "\n\n", NBSP, NARROW_NBSP, "\t", "(", ")", "−", "-", ",", ".", ":",
        "5", "12", "000", "2024", "kr", "kronor", "mnkr", "miljoner", "tusen", "MSEK", "tkr",
        "\u212ar", "/", "%", "_", "²", "٣", "ö", "tre (3) miljoner kronor", "x5 kr", "5 krx",
    ]
)


@given(st.lists(_PROSE_PIECES, max_size=25).map("".join))
def test_amounts_are_the_matches_of_the_pattern_anywhere(text: str) -> None:
    """Searching from before each amount's tail finds what trying every character finds."""
    expected = [m.span() for m in literal_amounts._PATTERN.finditer(text)]
    assert [m.span() for m in literal_amounts._amount_matches(text)] == expected


# ------------------------------------------------- a size the text calls negative (trial 37)

DEFICIT = {"tabeller.prognos.avvikelse": -150_000_000, "tabeller.prognos.delar": 80_000_000}


def test_a_size_after_a_word_that_says_negative_is_marked_as_one() -> None:
    assert only_amount("en negativ prognosavvikelse på 150 mnkr").sized
    assert not only_amount("ett överskott på 150 mnkr").sized
    assert not only_amount("en negativ avvikelse på -150 mnkr").sized


def test_a_size_the_text_calls_negative_agrees_with_the_negative_figure() -> None:
    assert near_misses("en negativ prognosavvikelse på 150 mnkr", DEFICIT) == []
    assert near_misses("ett underskott på ca 150 mnkr", DEFICIT) == []


def test_a_stale_size_is_a_near_miss_of_the_negative_figure_read_as_negative() -> None:
    # trial 37: "150 Mkr" stood next to a total of −149 with no warning, "-70 Mkr" did warn
    figures = {**DEFICIT, "tabeller.prognos.avvikelse": -149_000_000}
    [(reading, name, value)] = near_misses("en negativ prognosavvikelse på 150 mnkr", figures)
    assert (reading.text, reading.value, name, value) == (
        "150 mnkr", Decimal(-150_000_000), "tabeller.prognos.avvikelse", -149_000_000)


def test_without_a_word_that_says_negative_a_size_is_no_miss_of_a_negative_figure() -> None:
    figures = {"tabeller.prognos.avvikelse": -149_000_000}
    assert near_misses("en prognosavvikelse på 150 mnkr", figures) == []


def test_a_size_read_as_negative_prefers_the_negative_figure_at_the_same_distance() -> None:
    figures = {"rea": 151_000_000, "avvikelse": -149_000_000}
    [(reading, name, _)] = near_misses("en negativ avvikelse på 150 mnkr", figures)
    assert (reading.value, name) == (Decimal(-150_000_000), "avvikelse")


def test_drygt_and_knappt_of_a_size_point_away_from_zero_and_towards_it() -> None:
    assert near_misses("ett underskott på drygt 4,6 mnkr", {"x": -4_650_000}) == []
    assert near_misses("ett underskott på knappt 4,7 mnkr", {"x": -4_650_000}) == []
    assert len(near_misses("ett underskott på drygt 4,6 mnkr", {"x": -4_550_000})) == 1


# ------------------------------------------ one digit changed or two swapped, found fast (rule 4)


def _plain_mistyped(literal: LiteralAmount, figures: dict[str, Decimal | int],
                    refused: frozenset[str]) -> tuple[str, Decimal | int] | None:
    """Rule 4 as plainly as it can be said: every slip of the literal's digits as text, one
    digit changed from the last place on and then two neighbours swapped, and the first that
    is a figure whose name is not refused."""
    digits = str(abs(int(literal.value / literal.precision)))
    if literal.approximate or len(digits.rstrip("0")) < 4:
        return None
    changed = [digits[:i] + other + digits[i + 1:] for i in range(len(digits) - 1, -1, -1)
               for other in "0123456789"[1 if i == 0 and len(digits) > 1 else 0:]
               if other != digits[i]]
    swapped = [digits[:i] + digits[i + 1] + digits[i] + digits[i + 2:]
               for i in range(len(digits) - 1)
               if digits[i] != digits[i + 1] and not (i == 0 and digits[1] == "0")]
    names = {value: name for name, value in reversed(figures.items())}
    sign = 1 if literal.value > 0 else -1
    for typed in changed + swapped:
        value = sign * Decimal(typed) * literal.precision
        name = names.get(value)
        if name is not None and name not in refused:
            return name, value
    return None


_SLIP_DIGITS = st.text("0123456789", min_size=4, max_size=12).filter(lambda d: d[0] != "0")


@given(_SLIP_DIGITS, st.sampled_from([0, -2, 3, 6]), st.booleans(),
       st.lists(st.tuples(st.integers(0, 11), st.integers(0, 9)), max_size=6),
       st.integers(0, 4))
def test_a_digit_slip_is_the_first_figure_a_plain_search_of_the_slips_finds(
        digits: str, scale: int, negative: bool, slips: list[tuple[int, int]],
        refused: int) -> None:
    sign = -1 if negative else 1
    precision = Decimal(10) ** scale if scale >= 0 else Decimal(f"1E{scale}")
    literal = LiteralAmount(digits, sign * Decimal(digits) * precision, precision, False, 0)
    figures: dict[str, Decimal | int] = {}
    for n, (place, digit) in enumerate(slips):  # figures a digit off, some swapped, some not
        at = place % len(digits)
        typed = digits[:at] + str(digit) + digits[at + 1:]
        if n % 3 == 2 and at + 1 < len(digits):
            typed = digits[:at] + digits[at + 1] + digits[at] + digits[at + 2:]
        figures[f"f{n}"] = sign * Decimal(typed) * precision
    figures["far"] = sign * Decimal(digits + "7") * precision  # (one digit more: never a slip)
    names = frozenset(f"f{n}" for n in range(refused))
    expected = _plain_mistyped(literal, figures, names)
    found = literal_amounts._mistyped(literal, FigureIndex(figures),
                                      lambda name: name not in names)
    assert found == expected

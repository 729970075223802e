"""Find amounts typed literally in Swedish running text and flag those that nearly match a figure.

What counts as an amount: a number followed by a money unit. The number is digits, optionally
grouped in threes by a space, a no-break space (U+00A0), a narrow no-break space (U+202F), a
thin space (U+2009) or a figure space (U+2007),
optionally with a decimal comma and a sign (``−`` or ``-`` directly before the digits); a
point before each group of three ("7.000 kronor") is read as thousands too. It may
also be written as digits in brackets after a number word ("Tre (3) miljoner kronor"). Units:
``kr``, ``krona``, ``kronor``, ``SEK``, ``:-`` ("139 450:-"); ``tkr``, ``TSEK``, ``tusen kr``,
``tusen kronor``;
``mnkr``, ``mkr``, ``MSEK``, ``miljon``, ``miljoner`` (optionally followed by ``kronor``/``kr``);
``mdkr``, ``miljard``, ``miljarder`` (likewise), in any letter case. A bare ``miljoner`` is read
as money, since that is how such text uses it. Numbers without a unit (years, dates, percentages,
counts) are never amounts, nor are number words alone ("tre miljoner"), except a number of a
range that shares the unit of the amount at its other end (`literal_amounts_ranges`: "från
2,5 till 3,1 mnkr", "2,5–3,1 mnkr", "från 1 200 kr till 1 350 per månad"), read in that unit.

An amount preceded by ``ca``, ``ca.``, ``c:a``, ``cirka``, ``ungefär``, ``omkring``, ``runt``
(around), ``drygt``, ``dryga`` (a little over), ``knappt``, ``nästan``, ``närmare`` (a little
under) is approximate.

Every literal is read as rounded to its last digit that tells (its rounding step): the last
digit written after a decimal comma, where it has one (a zero there is a digit: "6,0 mnkr"
is rounded to tenths), else its last digit other than zero. So "460 000 kr", "460 tkr" and
"0,46 mnkr" are all rounded to ten thousands, and "0,5 mnkr" and "500 000 kr" to hundred
thousands: the unit a text writes in never changes how an amount is judged (trial 35).

Near-miss rule, for one literal and the computed figures:

1. If the literal agrees with some figure, it is fine. It agrees when its value equals the
   figure or, for an approximate literal, when the figure lies in the range its wording
   covers (`literal_amounts_approx`): ``ca`` and the like cover value ± half the rounding
   step (both ends included, so either rounding of a half is accepted); ``drygt`` covers
   value … value + step; ``knappt`` covers value − step … value. "ca 460 000 kr", "ca 462
   tkr" and "ca 0,5 mnkr"
   all agree with 461 500 kr. An exact literal in a larger unit than the table of a figure
   in tkr or mnkr agrees where it is that figure rounded right to its decimals
   (`literal_amounts_rounding`: "7,8 mnkr" for 7 843 tkr, not for 7 843 000 kr).
2. Otherwise it is a near miss for the closest figure (the first given, on a tie) that lies
   within 0.1 % of the literal's value (`CLOSE_SHARE`): so close, a typed amount is that
   figure mistyped ("461 550 kr" or "461 480 kr" for 461 500), hardly another amount.
3. Else it is a near miss for the closest figure within one rounding step of it and within
   5 % of the figure, that a slip or a rounding explains. A figure written more precisely
   than the literal is explained by a rounding, right or wrong ("ca 6,3 mnkr" or "6,2
   mnkr" for 6 209 812, "ca 470 000 kr" for 461 500). A figure written no more precisely is
   a slip only where one step is at most 1 % of the figure: "461 600 kr" for 461 500,
   "21 724 099 kr" for 21 724 100, "1 360,7 mnkr" for 1 360,8 mnkr; but in "2,4 mnkr" one
   step is 4 %, and a table in tenths of mnkr has a figure one step from almost any such
   amount, so "2,4 mnkr" is another amount than 2,5 mnkr (trial 24), as "45 000 kr" is
   than 46 000 kr (trial 14). The 5 % bound holds here for every literal: one step of "1
   mnkr" reaches from 0 to 2 mnkr, but 1 mnkr is another amount than 238 tkr (trial 15).
   An exact literal in a smaller unit than a figure's table is read so at the table's step
   (`literal_amounts_rounding.finer_miss`: "7 842 500 kr" for 7 843 tkr). An approximate
   literal is read by the rounding its word chose (`literal_amounts_approx.wrong_rounding`):
   it misses a figure whose right rounding is one step from it, within 5 % and within one
   step or 1 % of the figure ("cirka 147 000 kr" for 145 921 kr, rounded cirka 146 000 kr).
4. Else an exact literal is a slip of a figure whose digits, at the literal's last place,
   are its own with one digit changed ("462 500 kr" or "361 500 kr" for 461 500: one wrong
   key) or two neighbours swapped ("517 902 kronor" for 517 920 kr, trial 27), where the
   literal has at least four significant digits (trailing zeros not counted). Shorter
   amounts are left alone here: there such a match is as likely another amount ("45 000
   kr" and 46 000 or 54 000 kr, among any figures), and an unrelated amount of four
   significant digits matches a given figure so only about once in 250. An approximate
   literal does not claim its last digits, so rule 4 does not read them; but one of three
   significant digits or more whose digits with two neighbours swapped are the right
   rounding of exactly one near figure is a slip of it (`literal_amounts_approx`: "cirka 164
   000 kr" for 145 921 kr). And an exact amount of
   two or three significant digits, with exactly one figure of its unit among its swaps, is
   a slip where its written digits (zeros too) with two neighbours swapped state exactly
   that figure, or round right from one (`literal_amounts_swaps`:
   "48 kr" for 84 kr, "7 890 kr" for 7 980 kr, "8,7 mnkr" for 7 843 tkr), looked for after
   every other rule.
5. Else, where the case states amounts under `belopp:` that the literal's text does not
   name, an exact literal is a slip of the one of them whose digits are its own with one
   zero left out or added, or, where it has four significant digits or more, any one digit
   (`literal_amounts_digits`: "100 mnkr" for a stated 1 000 mnkr); or, where it has two or
   three, whose digits are its own with one other than the first changed, within a tenth of
   it, outside a sentence that writes a year ("1,3 mnkr" for a stated 1 200 000 kr). A
   table's figures are not read so.
   A literal that is none of these is not reported.

An exact literal that a sentence writes right after a party of a split ("Avesta får 291 000
kr") and that agrees with no figure and rounds none right is a miss of that party's part,
before rules 2 to 5, whatever its digits (`literal_amounts_parties`, trial 68, F6), where it
is of the part's size; but where the split is shown only under another heading, a miss of a
figure near the text comes first (trial 90, F10).

So "21 724 099 kr" for 21 724 100 and an unmarked "6,2 miljoner kronor" for 6 209 812 are
misses, "ca 6,2 mnkr" for 6 209 812 is fine and "ca 6,3 mnkr" for it is a miss; "45 000
kronor" for 46 000 and "1 mnkr" for 238 000 are different amounts, not misses.

A size that the text calls negative in words (`sign_words`: "en negativ prognosavvikelse
på 150 mnkr") is read both as typed and as the negative amount of that size (`readings`),
each by the rules above: it agrees with −150 mnkr, and next to −149 mnkr it is a miss of it,
as "-70 mnkr" is of −69 mnkr (trial 37). The figures of a table under another heading than
the text's (`figure_scopes`) are compared by rules 2 and 4 only, after all others, and the
figures of a row that is a part ("- varav kostnader") that the literal's sentence does not
name after the other near ones (`literal_amounts_parts`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from decimal import Context, Decimal
from typing import Final, Literal

from generator.case.money import DOTTED_THOUSANDS
from generator.checks.figure_index import FigureIndex
from generator.checks.literal_amount import RELATIVE_WINDOW, SLIP_SHARE, Aside, LiteralAmount
from generator.checks.literal_amounts_approx import covered, swapped_rounding, wrong_rounding
from generator.checks.literal_amounts_approx import reach as approximate_reach
from generator.checks.literal_amounts_digits import Stated, digit_slip
from generator.checks.literal_amounts_parties import Paired
from generator.checks.literal_amounts_ranges import Bare, shared_units
from generator.checks.literal_amounts_rounding import Keep, Units, finer_miss, rounds_to
from generator.checks.literal_amounts_swaps import SLIP_DIGITS, swapped_figure
from generator.checks.sign_words import may_say_negative, negative_word
from generator.digit_swaps import is_digit_swap, swapped_digits
from generator.formatting import APPROXIMATION, Kronor, magnitude
from generator.text.tax_rates import per_tax_krona

CLOSE_SHARE = Decimal("0.001")
"""How near, as a share of a figure, an unequal literal is a near miss whatever its digits
(rule 2)."""

_MARKERS = APPROXIMATION
_NUMBER_WORD = (
    r"(?:noll|en|ett|två|tre|fyra|femton|femtio|fem|sexton|sextio|sex|sjutton|sjuttio|sju"
    r"|åtta|åttio|nio|nitton|nittio|tio|elva|tolv|tretton|trettio|fjorton|fyrtio|arton"
    r"|tjugo|hundra|tusen)+"
)
_DIGITS = r"\d{1,3}(?:[\x20\u00a0\u202f\u2009\u2007]\d{3})+(?!\d)|\d+"
_DOTTED = rf"{DOTTED_THOUSANDS}(?!\d)"
"""Thousands parted by points, "7.000 kronor" as a newspaper writes them: read as thousands
(`checks.style` warns about them, as a field refuses them)."""
_UNITS: tuple[tuple[str, int], ...] = (
    (r"miljard(?:er)?(?:\s+(?:kronor|kr))?|mdkr", 9),
    (r"miljon(?:er)?(?:\s+(?:kronor|kr))?|mnkr|mkr|msek", 6),
    (r"tusen\s+(?:kronor|kr)|tkr|tsek", 3),
    (r"kronor|krona|kr|sek|:-", 0),  # (":-": whole kronor, "139 450:-", trial 44, F5)
)
_ANY_UNIT = "|".join(unit for unit, _ in _UNITS)
UNIT_WORDS: Final = _ANY_UNIT
"""Every way running text writes a money unit (a pattern, to be matched ignoring case)."""
_PATTERN = re.compile(
    rf"""
    (?=[(−\-\d]|(?<!\w)(?:(?:{_MARKERS})\s+(?:[(−\-\d]|\w++\s+\()|\w++\s+\())
    # ^ how every match below starts: a bracket, sign or digit, or a marker or a number word
    #   that leads to one; saves trying the rest at every word
    (?:(?<!\w)(?P<marker>{_MARKERS})\s+)?
    (?P<amount>
        (?:(?<!\w)(?P<word>{_NUMBER_WORD})\s+)?\(\s*(?P<bracketed>{_DIGITS})\s*\)
        |
        (?:(?<![\w,.])(?P<sign>[−-]))?(?<![\w,.])(?P<digits>{_DOTTED}|{_DIGITS})
        (?:,(?P<fraction>\d+))?
    )
    \s?(?P<unit>{_ANY_UNIT})(?!\w)
    """,
    re.VERBOSE | re.IGNORECASE,
)
_LAST_DIGIT_AND_UNIT = re.compile(
    rf"\d(?:\s*\))?\s?(?:{_ANY_UNIT})(?!\w)", re.IGNORECASE
)
"""What every amount ends with: its last digit, maybe a closing bracket, then its unit. It
is found much faster than the full pattern, which has to be tried at every character."""


MAX_AMOUNT_CHARS = 60
"""Length of the digits of an amount in a text that is compared at all (no real amount is
longer, and converting thousands of digits is refused by Python)."""
_EXACT: Final = Context(prec=4 * MAX_AMOUNT_CHARS)
"""Decimal arithmetic exact for every amount compared (the default context rounds to 28
digits: a 60-digit amount divided by its precision lost its last digits)."""


def find_amounts(text: str) -> list[LiteralAmount]:
    """Return every amount with a money unit in ``text``, in text order."""
    signs = may_say_negative(text)
    literals = [
        _literal(match, signs)
        for match in _amount_matches(text)
        if len(match["digits"] or match["bracketed"]) <= MAX_AMOUNT_CHARS
        and not per_tax_krona(text, match.end())  # (a tax rate, a percentage: `tax_rates`)
    ]
    shared = [_shared(bare, signs) for bare in shared_units(text, literals)
              if len(bare.match["digits"]) <= MAX_AMOUNT_CHARS]
    return sorted(literals + shared, key=lambda literal: literal.offset) if shared else literals


def _amount_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of the amount pattern in text: exactly those of `_PATTERN.finditer`.

    For speed, the full pattern is not tried at every character (some 0.1 µs each): each
    match ends with a match of `_LAST_DIGIT_AND_UNIT`, which is quickly found, and cannot
    start before `_earliest_start` of it, so the search starts there. (Lookbehinds see
    the text before the position a search starts at, so every match is tried alike.)
    """
    at = 0
    while (tail := _LAST_DIGIT_AND_UNIT.search(text, at)) is not None:
        match = _PATTERN.search(text, max(at, _earliest_start(text, tail.start())))
        if match is None:
            return
        yield match
        at = match.end()


_DIGIT_MARKS: Final = frozenset(",(−-")
_WORD_MARKS: Final = frozenset("_.:")


def _earliest_start(text: str, end: int) -> int:
    """A place no amount ending in the tail that starts at end can start before.

    Before its last digit, an amount holds only whitespace, digits, ``,(−-``, and at most
    two words (an approximation word such as ``ca.``, a number word): it cannot reach back
    over any other character or into a third word. (A third word is one more run of word
    characters, ``.`` or ``:`` between whitespace; a word joined to a bracket or a sign
    counts as one with it, which can only make the place earlier, never too late.)
    """
    words, in_word = 0, False
    for at in range(end - 1, -1, -1):
        char = text[at]
        if char.isspace():
            in_word = False
        elif char.isdecimal() or char in _DIGIT_MARKS:
            continue
        elif not (char.isalnum() or char in _WORD_MARKS):
            return at + 1
        elif not in_word:
            words, in_word = words + 1, True
            if words > 2:
                return at + 1
    return 0


def near_misses(
    text: str, figures: Mapping[str, Kronor] | FigureIndex
) -> list[tuple[LiteralAmount, str, Kronor]]:
    """Return each literal amount that nearly but not exactly matches a figure, with that figure."""
    index = figures if isinstance(figures, FigureIndex) else FigureIndex(figures)
    return misses_among(find_amounts(text), index)


def misses_among(
    literals: Iterable[LiteralAmount], index: FigureIndex,
    near: FigureIndex | None = None, far: FigureIndex | None = None,
    unit_of: Units | None = None, aside: Aside | None = None,
    stated: Stated | None = None, rates: Sequence[Decimal] = (),
    paired: Mapping[int, Paired] | None = None,
) -> list[tuple[LiteralAmount, str, Kronor]]:
    """Return each of the literals that agrees with no figure of index but nearly matches
    one, with it: the literal as the reading that matches it (`readings`: a size read as
    negative).

    near and far split the figures for a text (`figure_scopes`): a miss is looked for among
    the near ones (by default all), then among the far ones, where only a slip of the
    digits counts (rules 2 and 4): a rounding (rule 3) of a figure under another heading is
    another amount (trial 37: "150 Mkr" of 2014 and 151 mnkr in the table of 2015).
    unit_of gives the unit of each figure's table: with it, a right rounding of a near
    figure to a larger unit agrees (`literal_amounts_rounding`), and a short amount with
    two digits swapped is a slip (`literal_amounts_swaps`). aside tells the near figures a
    literal's sentence is not about (`literal_amounts_parts`): they are looked at after the
    other near ones. stated holds the amounts the case states that the literals' text does
    not name: a literal with a digit too few or too many for one of them is a slip
    (`literal_amounts_digits`). rates are the percentages the literals' text writes: a short
    literal they compute from another is no swap (`literal_amounts_swaps`). paired holds, by
    a literal's offset, the part of the party of a split its sentence names it by
    (`literal_amounts_parties`): a literal that agrees with no figure and rounds none right
    is a miss of that part, before any other figure, unless the part's split is shown only
    under another heading and the literal misses a figure near it."""
    misses: list[tuple[LiteralAmount, str, Kronor]] = []
    literals = list(literals)
    for literal in literals:
        if any(_agrees(reading, index) for reading in readings(literal)):
            continue
        closest = _near_miss(literal, index if near is None else near, unit_of, aside)
        if closest is False:
            continue
        if paired and (pair := paired.get(literal.offset)) is not None:
            own = closest if closest is not None or not pair.apart or unit_of is None \
                else swapped_figure(readings(literal), near or index, unit_of, literals, rates)
            closest = own if pair.apart and own is not None else (literal, pair.name,
                                                                   pair.figure)
        if closest is None and far:
            closest = _closest_miss(literal, far, slips_only=True)
        if closest is None and unit_of is not None:
            closest = swapped_figure(readings(literal), index, unit_of, literals, rates)
        if closest is None and literal.approximate:
            closest = _swapped_rounding(literal, index if near is None else near, literals)
        if closest is None and stated:
            closest = digit_slip(readings(literal), stated, literals)
        if closest is not None:
            misses.append(closest)
    return misses


def _near_miss(
    literal: LiteralAmount, near: FigureIndex, unit_of: Units | None, aside: Aside | None,
) -> tuple[LiteralAmount, str, Kronor] | Literal[False] | None:
    """The closest near figure the literal misses, False where it rounds one right, or
    None: first among the figures its sentence is about, then (only if one was passed
    over) among the others."""
    passed: list[str] = []

    def about(name: str) -> bool:
        if aside is not None and aside(literal, name):
            passed.append(name)
            return False
        return True

    for keep in (about, lambda name: name in passed):
        if unit_of is not None and any(rounds_to(reading, near, unit_of, keep)
                                       for reading in readings(literal)):
            return False
        closest = _closest_miss(literal, near, keep=keep)
        if closest is None and unit_of is not None:
            closest = _finer_miss(literal, near, unit_of, keep)
        if closest is not None or not passed:
            return closest
    return None


def _swapped_rounding(literal: LiteralAmount, near: FigureIndex,
                      text: list[LiteralAmount]) -> tuple[LiteralAmount, str, Kronor] | None:
    """The reading of an approximate literal and the one near figure whose right rounding
    is the literal with two digits swapped (`literal_amounts_approx`), or None."""
    for reading in readings(literal):
        found = swapped_rounding(reading, rounding_step(reading), near, text)
        if found is not None:
            return reading, *found
    return None


def _finer_miss(literal: LiteralAmount, near: FigureIndex, unit_of: Units,
                keep: Keep) -> tuple[LiteralAmount, str, Kronor] | None:
    """The reading of an exact literal and the figure of a table in a larger unit it is a
    slip of (`literal_amounts_rounding.finer_miss`), the nearest; or None."""
    found = [(reading, *miss) for reading in readings(literal)
             if (miss := finer_miss(reading, near, unit_of, keep)) is not None]
    return min(found, key=lambda miss: magnitude(miss[0].value - miss[2]), default=None)


def _literal(match: re.Match[str], signs: bool) -> LiteralAmount:
    """Build a literal amount from a match of the amount pattern (signs: whether the text
    may say in words that an amount is negative)."""
    return _built(match, _exponent(match["unit"]), (match.start(), match.end()), signs)


def _shared(bare: Bare, signs: bool) -> LiteralAmount:
    """Build a literal amount from a number of a range that shares its unit with the other
    (`literal_amounts_ranges`)."""
    match = bare.match
    start = match.start("marker") if match["marker"] else match.start("amount")
    return _built(match, _exponent(bare.unit), (start, match.end("amount")), signs)


def _built(match: re.Match[str], exponent: int, span: tuple[int, int],
           signs: bool) -> LiteralAmount:
    """A literal amount from the groups of match (`amount`, `digits` or `bracketed`,
    `fraction`, `sign`, `marker`) in the unit of exponent; span: where it is in the text,
    with its approximation word and its unit."""
    digits: str = match["digits"] or match.groupdict()["bracketed"]
    fraction = match["fraction"] or ""
    scale = exponent - len(fraction)
    mantissa = int(re.sub(r"\D", "", digits) + fraction)
    if match["sign"]:
        mantissa = -mantissa
    marker = plain_marker(match["marker"] or "")
    sized = signs and not match["sign"] and negative_word(match.string, *span)
    return LiteralAmount(
        text=match.string[match.start("amount") : span[1]],
        value=_scaled(mantissa, scale),
        precision=_scaled(1, scale),
        approximate=bool(marker),
        offset=match.start("amount"),
        qualifier=marker,
        unit=_UNIT_NAMES[exponent],
        decimals=len(fraction),
        sized=bool(sized),
    )


_UNIT_NAMES: Final = {0: "kr", 3: "tkr", 6: "mnkr", 9: "mdkr"}
UNIT_STEPS: Final = {name: Decimal(10) ** exponent for exponent, name in _UNIT_NAMES.items()}
"""One of each unit, in kronor: ``{"kr": 1, "tkr": 1000, …}``."""


def unit_named(word: str) -> str:
    """The unit a money unit written in text is, as a table's: `mnkr` for `Miljoner kronor`."""
    return _UNIT_NAMES[_exponent(word)]


def plain_marker(marker: str) -> str:
    """Lower-case an approximation word and write every form of ``ca`` as ``ca``."""
    plain = marker.lower()
    return "ca" if plain in {"ca.", "ca:", "c:a"} else plain


def _exponent(unit: str) -> int:
    """Return the power of ten that one ``unit`` is in kronor."""
    for pattern, exponent in _UNITS:
        if re.fullmatch(pattern, unit, re.IGNORECASE):
            return exponent
    raise AssertionError(f"unknown unit {unit!r}")


def _scaled(mantissa: int, scale: int) -> Decimal:
    """Return ``mantissa * 10**scale`` exactly, as an integral Decimal when it is whole."""
    if scale >= 0:
        return Decimal(mantissa * 10**scale)
    return Decimal(f"{mantissa}E{scale}")


def readings(literal: LiteralAmount) -> tuple[LiteralAmount, ...]:
    """The amounts a literal may state: itself and, for a size that the text calls negative
    ("ett underskott på 150 mnkr"), first the negative amount of that size."""
    if literal.sized and literal.value > 0:
        return literal._replace(value=-literal.value), literal
    return (literal,)


def _closest_miss(
    literal: LiteralAmount, figures: FigureIndex, slips_only: bool = False, keep: Keep = None,
) -> tuple[LiteralAmount, str, Kronor] | None:
    """Return the reading of a literal that agrees with no figure which nearly matches one
    of figures, with that figure (two digits swapped before a figure merely near: the size
    of a cost, 43 140 500 for −43 104 500, before an income of 43 151 000; then the closest
    in size; on a tie the negative reading's), or None. slips_only: only a slip of
    the digits counts (rules 2 and 4), not a rounding; keep: which figures to look at
    (None: all)."""
    found = [(reading, *miss) for reading in readings(literal)
             if (miss := _miss_of(reading, figures, slips_only, keep)) is not None]
    return min(found, key=lambda miss: (not is_digit_swap(miss[0].value, miss[2]),
                                        magnitude(miss[0].value - miss[2])), default=None)


def _miss_of(
    literal: LiteralAmount, figures: FigureIndex, slips_only: bool, keep: Keep
) -> tuple[str, Kronor] | None:
    """The closest figure one reading of a literal nearly matches, or None."""
    for name, figure in figures.within(literal.value, _reach(literal)):
        if (_is_close(literal, figure) or (not slips_only and is_near(literal, figure))) \
                and (keep is None or keep(name)):
            return name, figure
    return _mistyped(literal, figures, keep)


def _mistyped(
    literal: LiteralAmount, figures: FigureIndex, keep: Keep = None
) -> tuple[str, Kronor] | None:
    """The first figure whose digits are the literal's with one changed, nearest first, or
    with two neighbours swapped, if the literal is exact and long enough for that to be a
    slip (rule 4).

    For speed, the changed numbers are made by integer arithmetic, not from their digits,
    and a place is passed over at once when no figure lies between its lowest and highest
    change (a literal of ten digits has some 90 changes, and a case's figures lie near a
    few of them)."""
    digits = str(abs(int(_EXACT.divide(literal.value, literal.precision))))
    if literal.approximate or len(digits.rstrip("0")) < SLIP_DIGITS:
        return None
    sign = 1 if literal.value > 0 else -1
    kronor = _in_kronor(literal.precision)

    def may_hold(low: int, high: int) -> bool:
        ends = sorted((sign * kronor(low), sign * kronor(high)))
        return figures.any_between(ends[0], ends[1])

    swapped = (int(typed) for typed in swapped_digits(digits))
    for count in (*_changed(digits, may_hold), *swapped):
        found = figures.named(sign * kronor(count))
        if found is not None and (keep is None or keep(found[0])):
            return found
    return None


def _in_kronor(precision: Decimal) -> Callable[[int], Kronor]:
    """How many steps of precision are in kronor, exactly: an int where that is whole."""
    if precision == precision.to_integral_value():
        step = int(precision)
        return lambda count: count * step

    def kronor(count: int) -> Kronor:
        value = _EXACT.multiply(Decimal(count), precision)
        return int(value) if value == value.to_integral_value() else value

    return kronor


def _changed(digits: str, may_hold: Callable[[int, int], bool]) -> Iterator[int]:
    """The numbers whose digits are `digits` with one of them changed, the last place first
    (never to a leading zero), leaving out the places where may_hold tells that no number
    between the lowest and the highest change is wanted."""
    number, place = int(digits), 1
    for i in range(len(digits) - 1, -1, -1):
        digit = int(digits[i])
        base, first = number - digit * place, 1 if i == 0 and len(digits) > 1 else 0
        if may_hold(base + first * place, base + 9 * place):
            yield from (base + other * place for other in range(first, 10) if other != digit)
        place *= 10


def states_a_figure(literal: LiteralAmount, figures: FigureIndex, unit_of: Units) -> bool:
    """Whether a reading of the literal agrees with one of figures or rounds one right
    (rule 1)."""
    return any(_agrees(reading, figures) or rounds_to(reading, figures, unit_of)
               for reading in readings(literal))


def _agrees(literal: LiteralAmount, figures: FigureIndex) -> bool:
    """Tell whether the literal states a figure exactly or, if approximate, fairly."""
    if figures.any_between(literal.value, literal.value):
        return True
    if not literal.approximate:
        return False
    return figures.any_between(*covered(literal, rounding_step(literal)))


def is_near(literal: LiteralAmount, figure: Kronor) -> bool:
    """Tell whether the literal, not agreeing with ``figure``, nearly matches it: within
    `CLOSE_SHARE` of it, or within one rounding step that a rounding or a slip explains
    (rules 2 and 3)."""
    if _is_close(literal, figure):
        return True
    if literal.approximate:
        return wrong_rounding(literal, figure, rounding_step(literal))
    gap, step, size = magnitude(literal.value - figure), rounding_step(literal), magnitude(figure)
    if gap > step or gap > RELATIVE_WINDOW * size:
        return False
    return _EXACT.remainder(Decimal(figure), step) != 0 or step <= SLIP_SHARE * size


def _is_close(literal: LiteralAmount, figure: Kronor) -> bool:
    """Tell whether the literal lies within `CLOSE_SHARE` of the figure (rule 2)."""
    return magnitude(literal.value - figure) <= CLOSE_SHARE * magnitude(figure)


def _reach(literal: LiteralAmount) -> Decimal:
    """How far from the literal a figure it nearly matches may lie (rules 2 and 3): a
    figure within `CLOSE_SHARE` of itself lies within this share of the literal, over 1 − it."""
    close = CLOSE_SHARE * abs(literal.value) / (1 - CLOSE_SHARE)
    step = rounding_step(literal)
    return max(approximate_reach(literal, step) if literal.approximate else step, close)


def rounding_step(literal: LiteralAmount) -> Decimal:
    """The step the literal is read as rounded to: its last decimal written, else its last
    digit other than zero (``460 000 kr``, ``460 tkr`` and ``0,46 mnkr``: 10 000 kr)."""
    step = literal.precision
    if step != UNIT_STEPS[literal.unit]:
        return step  # a decimal is written: its zeros are digits, not rounding
    mantissa = abs(int(_EXACT.divide(literal.value, step)))
    while mantissa and mantissa % 10 == 0:
        mantissa, step = mantissa // 10, step * 10
    return step

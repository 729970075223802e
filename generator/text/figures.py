"""Figures typed in text as the documents write them, warned about by `checks.style` as
"Mkr" and "januari-augusti" are, and set right in the document (`text.wording`):

* a decimal point in a percentage or an amount ("1.5 %", "0.5%", "0.25 procent", "1.5 mnkr",
  trial 52, F5): Swedish writes a decimal comma, "1,5 %", as a table prints a cell typed
  "1.5 %". In an amount only a point before one or two digits is a decimal: "1.006 kr" has a
  point between thousands (`case.money.DOTTED_THOUSANDS`, warned about as such). A point in a
  figure without a percent sign or a money unit ("15.01", "kl. 9.30", "3.2 Bakgrund") is no
  decimal and stays;
* an amount of four digits or more without spaces between its thousands ("1006 kr" beside
  the document's own "1 006 kr", trial 53, F6): written with no-break spaces, as the
  documents write amounts ("1 006 kr", "12 500,50 tkr"). Only a figure with a money unit
  after it is an amount: a year, a dnr, a paragraph, a postcode, a phone number, a time or a
  count has none and stays; so does a figure joined to another by a hyphen or a slash ("KS
  2019-1006 kr" is a reference), and a four-digit figure that may be a year (1900–2099: a
  header "Budget 2024 tkr" names a year and a unit);
* a figure of four digits or more with one or two decimals and no unit ("mellan 518,75 och
  3262,50", trial 62, F4), or before "öre", is warned about the same way but stays as typed
  (a reference after "Dnr", "nr" or "§" is none);
* "á" before a price ("Timtaxa á 1006 kr", trial 53, F4): the price sign is "à".

Neither rule touches `{{ … }}`, code, a link's target or a web address (`signs`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Final

from generator.case.money import UNIT_WORDS
from generator.formatting import NBSP
from generator.text.signs import outside_shielded, replaced
from generator.text.units import MARKS as _MARKS
from generator.text.units import may_hold_unit

_UNIT: Final = (rf"(?:(?=\w*(?:{'|'.join(_MARKS)}))(?i:{UNIT_WORDS})"
                 r"|miljon(?:er)?|miljard(?:er)?|MILJON(?:ER)?|MILJARD(?:ER)?)(?!\w)")
"""A money unit after an amount: a spelling of one that holds a mark of a unit (`units`:
"kr", "Mkr", "TSEK", "KRONOR"), or millions or billions in words; not ':-' ("139 450:-" is
warned about as written with ':-', `checks.style`)."""
_PERCENT: Final = r"[ \u00a0]?%|[ \u00a0]procent(?!\w)"
# Each pattern starts with the figure's first digit and looks back only after it, so that
# the regex engine skips ahead to digits instead of trying every character: "\d(?<![\w]\d)"
# is "(?<![\w])\d". A figure starts outside a word, a number or a reference ("2019-1006").


@cache
def decimal_points_pattern() -> re.Pattern[str]:
    """A number with a decimal point before a percent sign or a money unit (groups: the whole,
    its decimals, and the sign or unit with the space before it)."""
    return re.compile(
        r"(?P<whole>\d(?<![\w.,:/]\d)(?<!\w[-\u2013\u2212]\d)\d*)\."
        rf"(?P<part>\d+(?={_PERCENT})|\d{{1,2}}(?=[ \u00a0]?{_UNIT}))"
        rf"(?P<after>{_PERCENT}|[ \u00a0]?{_UNIT})")


UNGROUPED: Final = re.compile(
    r"(?P<whole>[1-9](?<![\w.,:/][1-9])(?<!\w[-\u2013\u2212][1-9])"
    r"(?<!\d[ \u00a0\u202f\u2009\u2007][1-9])"
    r"\d{3,14})(?![\d.])(?:(?<!(?<!\d)(?:19|20)\d\d)|(?=,\d))"
    rf"(?P<after>(?:,\d+)?[ \u00a0]?{_UNIT})")
"""An amount whose whole kronor (or tkr …) have four digits or more and no spaces between
their thousands (groups: those digits, and the decimals and the unit after them); not four
digits that may be a year (19xx or 20xx without decimals)."""
UNGROUPED_DECIMALS: Final = re.compile(
    r"(?P<whole>[1-9](?<![\w.,:/§][1-9])(?<!\w[-\u2013\u2212][1-9])"
    r"(?<!\d[ \u00a0\u202f\u2009\u2007][1-9])(?<!§[ \u00a0][1-9])\d{3,14})"
    rf"(?P<after>,\d{{1,2}}(?![\d.,]?\d)(?![ \u00a0]?{_UNIT})|(?=[ \u00a0]ören?(?!\w)))")
"""A figure of four digits or more without spaces between its thousands and without a
money unit after it, with one or two decimals ("3262,50") or before "öre" (groups: the
digits, and the decimals); those with a unit are `UNGROUPED`'s."""


@cache
def _numbered() -> re.Pattern[str]:
    """What a figure that is a reference, not an amount, stands after ("Dnr", "nr", "§")."""
    return re.compile(
        r"(?:§|\b(?i:dnr|nr|nummer|art|artikel|artikelnummer|postnummer|kap))\.?[ \u00a0]*$")


@cache
def apiece_acute() -> re.Pattern[str]:
    """"á" as a word of its own before a number (group: the number with the space before it)."""
    return re.compile(r"(?<!\S)á(?P<price>[ \u00a0]*\d+(?:[ \u00a0]\d{3})*(?:,\d+)?)")


_FOUR_DIGITS: Final = re.compile(r"\d{4}")
"""What every match of `UNGROUPED` holds: far faster found than it."""


def decimal_points(text: str) -> Iterator[re.Match[str]]:
    """Every "1.5 %" or "1.5 mnkr" of text, in text order."""
    if not (has_digit(text) and _may_hold_decimal_point(text, _may_hold_amount(text))):
        return iter(())
    return outside_shielded(decimal_points_pattern(), text)


def ungrouped_amounts(text: str) -> Iterator[re.Match[str]]:
    """Every "1006 kr" of text, in text order."""
    if not (has_digit(text) and _may_hold_amount(text) and _FOUR_DIGITS.search(text)):
        return iter(())
    return outside_shielded(UNGROUPED, text)


def ungrouped_decimals(text: str) -> Iterator[re.Match[str]]:
    """Every "3262,50" (or "1250 öre") of text that is no reference, in text order (trial
    62, F4)."""
    if not (has_digit(text) and _FOUR_DIGITS.search(text)):
        return iter(())
    return (match for match in outside_shielded(UNGROUPED_DECIMALS, text)
            if not _numbered().search(text, 0, match.start()))


# The plain searches below tell that a text holds no match of a rule here: most texts have
# no digit, and most with one no unit or percent sign (a search for each costs far less than
# a pattern's, which looks at every character).


def has_digit(text: str) -> bool:
    return ("0" in text or "1" in text or "2" in text or "3" in text or "4" in text
            or "5" in text or "6" in text or "7" in text or "8" in text or "9" in text)


_DIGIT_MARKS: Final = bytes(b"0"[0] if chr(code).isdecimal() or chr(code) == "?" else b" "[0]
                            for code in range(256))  # see `may_hold_digits`


def may_hold_digits(text: str, length: int) -> bool:
    """Whether `text` may hold `length` digits (`\\d`) in a row: never False when it does.

    For speed, where a pattern such as `\\d{6}` looks at every character (some 30 µs in a
    long text): encoded with one byte for each character ("?" for those beyond Latin-1,
    which may be digits of another script), its bytes become "0" for a digit or a "?" and
    a space for any other, so one plain search for a run of "0" tells.
    """
    return b"0" * length in text.encode("latin-1", "replace").translate(_DIGIT_MARKS)


def _may_hold_amount(text: str) -> bool:
    """Whether text may hold a unit after an amount (False: it holds none)."""
    return may_hold_unit(text) or "milj" in text or "MILJ" in text


def _may_hold_decimal_point(text: str, amount: bool) -> bool:
    """Whether text may hold a point between digits before a unit (amount: whether it may
    hold one) or a percent sign."""
    if not (amount or "%" in text or "procent" in text):
        return False
    at = text.find(".", 1)
    while 0 < at < len(text) - 1:
        if text[at - 1].isdigit() and text[at + 1].isdigit():
            return True
        at = text.find(".", at + 1)
    return False


def acute_apieces(text: str) -> Iterator[re.Match[str]]:
    """Every "á 1006" of text, in text order."""
    return outside_shielded(apiece_acute(), text) if "á" in text and has_digit(text) \
        else iter(())


def with_grave(match: re.Match[str]) -> str:
    """A match of `apiece_acute` written with "à": "à 1006"."""
    return f"à{match['price']}"


def with_decimal_comma(match: re.Match[str]) -> str:
    """A match of `decimal_points_pattern` written with a decimal comma: "1,5 %"."""
    return f"{match['whole']},{match['part']}{match['after']}"


def grouped(match: re.Match[str]) -> str:
    """A match of `ungrouped_amounts` with no-break spaces between its thousands."""
    whole = match["whole"]
    head = len(whole) % 3 or 3
    groups = [whole[:head], *(whole[at:at + 3] for at in range(head, len(whole), 3))]
    return NBSP.join(groups) + match["after"]


def house_figures(text: str) -> str:
    """The text with decimal commas and amounts grouped in thousands, as the documents write
    them ("1,5 %" for "1.5 %", "1 006 kr" for "1006 kr"), and "à" for "á" before a price."""
    if not has_digit(text):
        return text
    if "á" in text:
        text = replaced(apiece_acute(), with_grave, text)
    amount = _may_hold_amount(text)
    if _may_hold_decimal_point(text, amount):
        text = replaced(decimal_points_pattern(), with_decimal_comma, text)
    return replaced(UNGROUPED, grouped, text) if amount and _FOUR_DIGITS.search(text) \
        else text

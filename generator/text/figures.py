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
* "á" before a price ("Timtaxa á 1006 kr", trial 53, F4): the price sign is "à".

Neither rule touches `{{ … }}`, code, a link's target or a web address (`signs`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from generator.case.money import UNIT_WORDS
from generator.formatting import NBSP
from generator.text.signs import outside_shielded, replaced

_UNIT: Final = rf"(?:(?!:-)(?:{UNIT_WORDS})|miljon(?:er)?|miljard(?:er)?)(?!\w)"
"""A money unit after an amount, in any spelling but ':-' (to be matched ignoring case:
"139 450:-" is warned about as written with ':-', `checks.style`)."""
_START: Final = r"(?<![\w.,:/])(?<!\w[-\u2013\u2212])"
"""Where a figure starts: not inside a word, a number or a reference ("2019-1006")."""
DECIMAL_POINTS: Final = re.compile(
    rf"{_START}(?P<whole>\d+)\.(?P<part>\d+(?=[ \u00a0]?%|[ \u00a0]procent(?!\w))"
    rf"|\d{{1,2}}(?=[ \u00a0]?{_UNIT}))(?P<after>[ \u00a0]?(?:%|procent|{_UNIT}))",
    re.IGNORECASE)
"""A number with a decimal point before a percent sign or a money unit (groups: the whole,
its decimals, and the sign or unit with the space before it)."""
_MAYBE_YEAR: Final = r"(?!(?:19|20)\d\d(?![\d,]))"
UNGROUPED: Final = re.compile(
    rf"{_START}(?<!\d[ \u00a0\u202f])(?P<whole>{_MAYBE_YEAR}[1-9]\d{{3,14}})(?![\d.])"
    rf"(?P<after>(?:,\d+)?[ \u00a0]?{_UNIT})", re.IGNORECASE)
"""An amount whose whole kronor (or tkr …) have four digits or more and no spaces between
their thousands (groups: those digits, and the decimals and the unit after them); not four
digits that may be a year (19xx or 20xx without decimals)."""
APIECE_ACUTE: Final = re.compile(r"(?<!\S)á(?P<price>[ \u00a0]*\d+(?:[ \u00a0]\d{3})*(?:,\d+)?)")
""""á" as a word of its own before a number (group: the number with the space before it)."""
_POINT_IN_NUMBER: Final = re.compile(r"\d\.\d")
_FOUR_DIGITS: Final = re.compile(r"\d{4}")
"""What every match of `DECIMAL_POINTS` (`UNGROUPED`) holds: far faster found, and most
texts, table cells above all, have none."""


def decimal_points(text: str) -> Iterator[re.Match[str]]:
    """Every "1.5 %" or "1.5 mnkr" of text, in text order."""
    return outside_shielded(DECIMAL_POINTS, text) if _POINT_IN_NUMBER.search(text) \
        else iter(())


def ungrouped_amounts(text: str) -> Iterator[re.Match[str]]:
    """Every "1006 kr" of text, in text order."""
    return outside_shielded(UNGROUPED, text) if _FOUR_DIGITS.search(text) else iter(())


def acute_apieces(text: str) -> Iterator[re.Match[str]]:
    """Every "á 1006" of text, in text order."""
    return outside_shielded(APIECE_ACUTE, text) if "á" in text else iter(())


def with_grave(match: re.Match[str]) -> str:
    """A match of `APIECE_ACUTE` written with "à": "à 1006"."""
    return f"à{match['price']}"


def with_decimal_comma(match: re.Match[str]) -> str:
    """A match of `DECIMAL_POINTS` written with a decimal comma: "1,5 %"."""
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
    if "á" in text:
        text = replaced(APIECE_ACUTE, with_grave, text)
    if _POINT_IN_NUMBER.search(text):
        text = replaced(DECIMAL_POINTS, with_decimal_comma, text)
    return replaced(UNGROUPED, grouped, text) if _FOUR_DIGITS.search(text) else text

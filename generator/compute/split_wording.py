"""How the default method sentence of a split by weights names its key and its rate.

* `befolkning` is split "efter befolkningsandel", whatever the weight column's header.
* `vikter` with a weight column (`rubrik_vikt: Mandat`) is split "efter antal mandat": the
  header as a noun (its first letter lower-cased unless its first word is an abbreviation
  such as "KF", a trailing unit in parentheses dropped), after "antal" when every weight is
  a whole number and none a percentage and the header does not start with "antal" already.
  "Antal" takes the plural a header is written in ("efter antal aktiva medlemmar").
  A header that names a unit of money ("Preliminärt tillskott (kr)", "Bidrag, tkr") is an
  amount, not a count (trial 68, F4), and the split is in proportion to it: "i proportion
  till preliminärt tillskott", not "efter bidrag 2023", which reads as if split by a grant
  (trial 76, F11).
  A header with "fördelning" in it ("Fördelning", "Fördelningsnyckel") names the split, not
  what it is split by, and is not used: "efter en fördelningsnyckel", as without a header.
* `vikter` with weights in percent is split "efter <the header>" when the header names a
  share ("Ägarandel", "Andel av kostnaden") and not the split, else "efter procentandel"
  (for "Procentuell fördelning", "Procent", "Fördelningsnyckel": trial 36, F5).
* A bare generic header ("Andel", "Vikt", "Procent", "Andel i procent": `_GENERIC_WORDS`)
  names no basis: "efter procentandel" for percentages, else "efter vikt", never "efter
  andel" or "efter antal vikt" (trial 87, F6). A header naming a share ("Ägarandel") never
  takes "antal", whole numbers or not.
* A rate (`per_vikt`) is "med 100 kr per aktiv medlem": "per" takes the singular, so the
  case's own unit (`viktenhet: aktiv medlem`) comes first; else "invånare" (`befolkning`);
  else the header's noun without a leading "antal" where singular and plural are one word
  ("mandat", "invånare", "deltagare": see `_same_in_plural`); else the neutral "viktenhet",
  naming the header when there is one: "per viktenhet (Aktiva medlemmar 7–20 år)".
* A section whose own text already says how its split is made ("fördelas efter
  folkmängden" before a `befolkning` table, "fördelas efter antal mandat" before one by
  mandat) needs no sentence of the tool's saying it again (`states_basis`, trial 87, F6): a
  plain search of the text for a word of "fördela" and for the basis, the population's
  words (`_POPULATION_WORDS`) or the tool's own "efter …" phrase, or most of its words
  ("fördelas efter den andel av verksamheternas publik som är barn och unga" for "efter
  andel barn och unga i publiken": trial 92, F6).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from functools import cache

from generator.compute.unit_names import SPELLED_OUT, names_unit
from generator.formatting import NBSP, as_written


@cache
def _unit_suffix() -> re.Pattern[str]:
    return re.compile(r"\s*\([^()]*\)$")


_ANTAL = "antal "


@cache
def _money_suffix() -> re.Pattern[str]:
    """A unit of money after a header's noun ("Bidrag, tkr", "Belopp i tusen kronor"), left out
    of the sentence as the unit in parentheses is."""
    return re.compile(
        r"(?:,\s*|\s+i\s+)(?:kr|tkr|mnkr|mdkr|kronor|(?:tusen|miljoner|miljarder) kronor)$",
        re.IGNORECASE)


_NEUTRAL = "viktenhet"
_BY_PERCENT = "efter procentandel"
_SHARE_WORDS = ("andel", "andelar")
_BY_WEIGHT = "efter vikt"
_GENERIC_WORDS = frozenset((
    "andel", "andelar", "vikt", "vikter", "viktning", "viktningstal", "procent", "procentsats",
    "procentandel", "faktor", "faktorer", "nyckel", "nyckeltal", "tal", "värde", "värden"))
"""Headers that name no basis of the split, only that there is a weight ("Andel", "Vikt",
"Procent", "Andel i procent"): "efter andel" or "efter antal vikt" would say nothing, so
the split is "efter procentandel" (weights in percent) or "efter vikt" (trial 87, F6)."""
_SPLIT_WORD = "fördelning"
"""A header with this word ("Procentuell fördelning", "Fördelningsnyckel") names the split
itself, so that "fördelat efter" it would say "fördelning" twice (trial 36, F5)."""
_SAME_IN_PLURAL = ("mandat", "barn", "hushåll", "poäng", "år")
"""Nouns (and the last part of compounds: "KF-mandat", "förskolebarn") that are the same in
the singular and the plural, so that "per <header>" is right whichever the header is in."""


_POPULATION_WORDS = ("folkmängd", "befolkning", "invånar")
"""Words of a text that name the population as the basis of a split ("folkmängden",
"befolkningen", "invånarantalet", "antalet invånare")."""


def states_basis(text: str, method: str, how: str) -> bool:
    """Whether a section's `text` already says that its split is made by `method` (`how`: the
    tool's "efter …" phrase for it, "" for the method's own words): it speaks of "fördela"
    and names the population (`befolkning`) or the phrase (`vikter`)."""
    said = text.casefold()
    if "fördela" not in said:
        return False
    if method == "befolkning":
        return any(word in said for word in _POPULATION_WORDS)
    return method == "vikter" and how.startswith("efter ") and (
        how.casefold() in said or _most_words(how.casefold().removeprefix("efter "), said))


_WORD_STEM = 5
"""How many letters of a longer word a text must write for it ("publiken" by "publik")."""


def _most_words(phrase: str, said: str) -> bool:
    """Whether a text writes at least two of the longer words (four letters or more) of the
    phrase, and two thirds of them, each by its first `_WORD_STEM` letters: "fördelas efter
    den andel av verksamheternas publik som är barn och unga" says "efter andel barn och
    unga i publiken" (trial 92, F6)."""
    words = [word[:_WORD_STEM] for word in re.findall(r"\w{4,}", phrase)]
    found = sum(1 for word in words if word in said)
    return found >= 2 and 3 * found >= 2 * len(words)


def key_noun(header: str) -> str:
    """The weight column's header as a noun in running text: "Antal mandat (st)" is
    "antal mandat", "KF-mandat" stays as it is."""
    noun = _unit_suffix().sub("", header.strip()) or header.strip()
    first = noun.split(maxsplit=1)[0]
    if len(first) > 1 and first.split("-")[0].isupper():
        return noun
    return noun[:1].lower() + noun[1:]


def how_phrase(method: str, header: str | None, weights: Sequence[Decimal], percent: bool,
               rate: Decimal | None, unit: str | None = None, word: str = "kr") -> str:
    """How a split by `method` is made, after "fördelat"/"fördelas": "efter antal mandat",
    "i proportion till bidrag 2023",
    "med 13 280 kr per mandat" (per the case's `unit` when it names one; `word`, the house
    style's unit in running text, "kr" or "kronor"), or "" for the method's own wording."""
    if rate is not None:
        return f"med {as_written(rate)}{NBSP}{word} per {_unit_word(method, header, unit)}"
    if method != "vikter" or not header or not header.strip():
        return ""
    noun = key_noun(header)
    if _SPLIT_WORD in noun.casefold():
        return _BY_PERCENT if percent else ""
    if _generic(noun):
        return _BY_PERCENT if percent else _BY_WEIGHT
    if percent:
        return f"efter {noun}" if _names_a_share(noun) else _BY_PERCENT
    whole = all(weight == weight.to_integral_value() for weight in weights)
    if _names_money(header):
        return f"i proportion till {_money_suffix().sub('', noun) or noun}"
    if not whole or noun.startswith(_ANTAL) or _names_a_share(noun):
        return f"efter {noun}"
    return f"efter {_ANTAL}{noun}"


def _generic(noun: str) -> bool:
    """Whether a header's noun is one of `_GENERIC_WORDS`, alone or with "i procent" or "%"
    after it ("Andel i procent", "Vikt %")."""
    bare = noun.casefold().removesuffix("%").strip().removesuffix(" i procent").strip()
    return bare in _GENERIC_WORDS


def _names_money(header: str) -> bool:
    """Whether a header names a unit of money ("Preliminärt tillskott (kr)", "Bidrag, tkr",
    "Belopp i tusen kronor"): its weights are amounts, which "antal" does not fit."""
    return any(names_unit(header, unit) for unit in SPELLED_OUT)


def _names_a_share(noun: str) -> bool:
    """Whether a header names a share ("Andel", "Ägarandel", "Andel av kostnaden"), which
    reads well after "efter" where the weights are percentages."""
    return any(word.endswith(_SHARE_WORDS) for word in re.split(r"[\s-]+", noun.casefold()))


def _unit_word(method: str, header: str | None, unit: str | None = None) -> str:
    """What one unit of weight is, after "per": the case's `unit` ("aktiv medlem"),
    "invånare" (befolkning), the header's noun where it is the same in the plural ("mandat"),
    or "viktenhet", with the header in parentheses when there is one."""
    if unit and unit.strip():
        return unit.strip()
    if method == "befolkning":
        return "invånare"
    if not header or not header.strip():
        return _NEUTRAL
    noun = key_noun(header).removeprefix(_ANTAL)
    if _same_in_plural(noun):
        return noun
    return f"{_NEUTRAL} ({header.strip()})"


def _same_in_plural(noun: str) -> bool:
    """Whether a noun of one word reads the same in the singular and the plural: an agent
    noun in -are ("invånare", "deltagare") or one ending in a word of `_SAME_IN_PLURAL`."""
    if not noun or any(char.isspace() for char in noun):
        return False
    word = noun.casefold()
    return word.endswith("are") or word.endswith(_SAME_IN_PLURAL)

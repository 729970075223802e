"""The words that mean one unit of measure ("kvm" and "kvadratmeter", "km" and "kilometer"),
so that a text and a table that spell a unit each their own way are read alike: a price "per
kvadratmeter" is the column "Pris per m²" (`checks.literal_unit_prices`), and the point
"resor kortare än 25 kilometer" names the row "Enkel resa, kortare än 25 km"
(`checks.row_names`, trial 77, F6)."""

from __future__ import annotations

from typing import Final

_SAME_UNIT: Final = {
    "m²": ("m²", "m2", "kvm", "kvadratmeter", "kvadratmetern"),
    "h": ("h", "tim", "timme", "timmen", "timma", "timmar", "timmarna"),
    "st": ("st", "styck", "stycket", "stycken", "stk"),
    "månad": ("mån", "månad", "månaden", "månader"),
    "dag": ("dag", "dagen", "dygn", "dygnet"),
    "år": ("år", "året"),
    "km": ("km", "kilometer", "kilometern"),
    "kr": ("kr", "krona", "kronor", "kronan", "kronorna"),
    "min": ("min", "minut", "minuten", "minuter"),
    "kg": ("kg", "kilo", "kilogram", "kilot"),
}
"""The words that mean one unit, by the unit."""
_UNIT_OF: Final = {word: unit for unit, words in _SAME_UNIT.items() for word in words}


def unit_of(word: str) -> str:
    """The unit a unit word means ("kvm": "m²", "Kilometer": "km"); any other word in lower
    case, as it is."""
    plain = word.lower()
    return _UNIT_OF.get(plain, plain)


def is_unit_word(word: str) -> bool:
    """Whether a word is a spelling of a unit ("kilometer", "km"): what `same_unit` can
    find another spelling of."""
    return word.lower() in _UNIT_OF


def same_unit(word: str, other: str) -> bool:
    """Whether two words are spellings of one unit ("kilometer" and "km")."""
    unit = _UNIT_OF.get(word.lower())
    return unit is not None and unit == _UNIT_OF.get(other.lower())

"""Whether a column header names its table's unit, as a word of its own or in words.

An amount column's header gets its table's unit after it ("2017 (mdkr)") unless the header,
or the table's first column's header, names the unit already ("Tillskott, mdkr"): the unit
is then said once (`compute.tables.with_unit`). A first column whose cells are amounts
themselves, the bands of a taxa ("Omsättning alkohol (kr)" over "0–25 000", "25 001–125 000"),
names its own unit, not the table's (trial 79, F1: the fee column beside it lost its "(kr)"):
`amount_bands`. Another spelling of the unit that text may
use names it too ("Prognosavvikelse, Mkr", "Belopp, kkr": `case.money.UNIT_SPELLINGS`, the
one table of spellings); the document prints it in its own form and the check warns, as in
text (`text.units`, `checks.style`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Final

from generator.case.money import UNIT_SPELLINGS

SPELLED_OUT: Final = {"kr": "kronor", "tkr": "tusen kronor", "mnkr": "miljoner kronor",
                      "mdkr": "miljarder kronor"}
"""Each unit in words, as a header may name it ("Belopp i tusen kronor")."""
_NOT_MULTIPLIED = "".join(f"(?<!{word} )" for word in ("tusen", "miljoner", "miljarder"))


@cache
def _naming(unit: str) -> re.Pattern[str]:
    """The unit, another spelling of it or the unit in words, as a word of its own (kronor
    not after "tusen" …)."""
    words = (_NOT_MULTIPLIED if unit == "kr" else "") + SPELLED_OUT[unit]
    spellings = "".join(f"|{other}" for other, meant in UNIT_SPELLINGS.items() if meant == unit)
    return re.compile(rf"(?<![\w])(?:{unit}{spellings}|{words})(?![\w])", re.IGNORECASE)


def names_unit(text: str, unit: str) -> bool:
    """Whether a text (a column header) names the unit as a word of its own, or in words:
    "Belopp (kr)", "2017, mdkr", "Plan 2026 mnkr", "Kommun, kronor", "Avvikelse, Mkr" (mnkr),
    "Belopp, kkr" (tkr). The "kr" that begins "Kristianstad" or ends "mdkr" is no such word,
    nor is the "kronor" of "tusen kronor" kr."""
    return unit_named(text, unit) is not None


def unit_named(text: str, unit: str) -> str | None:
    """The unit as the text (a column header) names it (`names_unit`), or None."""
    found = _naming(unit).search(text)
    return found.group() if found else None


_FIGURE: Final = r"\d[\d \u00a0]*(?:,\d+)?(?:\s*(?:kr|kronor))?"


@cache
def _band() -> re.Pattern[str]:
    """An amount or a band of amounts as a taxa's first column writes it: "0–25 000",
    "5 000 001–", "25 001 - 125 000", "Över 5 000 000", "5 000 001 och mer"."""
    return re.compile(
        rf"(?:(?:över|under|mer än|mindre än|upp till|från|högst|lägst|minst)\s+)?{_FIGURE}"
        rf"(?:\s*(?:[–\-—]|till)\s*(?:{_FIGURE})?)?(?:\s+(?:och|eller)\s+(?:mer|över|uppåt))?",
        re.IGNORECASE)


@cache
def _years() -> re.Pattern[str]:
    """A year or a range of years ("2024", "2024–2025"): no amounts."""
    return re.compile(r"(?:19|20)\d\d(?:\s*[–\-—]\s*(?:19|20)\d\d)?")


def amount_bands(cells: Iterable[object]) -> bool:
    """Whether a text column's cells are amounts or bands of amounts, every one that is not
    empty ("0–25 000", "Över 5 000 000"), and not years: then a unit its header names is
    its own ("Omsättning alkohol (kr)"), not its table's."""
    written = [str(cell).strip() for cell in cells if cell is not None and str(cell).strip()]
    return bool(written) and all(_band().fullmatch(cell) and not _years().fullmatch(cell)
                                 for cell in written)

"""Whether a column header names its table's unit, as a word of its own or in words.

An amount column's header gets its table's unit after it ("2017 (mdkr)") unless the header,
or the table's first column's header, names the unit already ("Tillskott, mdkr"): the unit
is then said once (`compute.tables.with_unit`). Another spelling of the unit that text may
use names it too ("Prognosavvikelse, Mkr", "Belopp, kkr": `case.money.UNIT_SPELLINGS`, the
one table of spellings); the document prints it in its own form and the check warns, as in
text (`text.units`, `checks.style`).
"""

from __future__ import annotations

import re
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

"""Money units as the documents write them, and the other spellings case text may use.

The documents write `kr`, `tkr`, `mnkr` and `mdkr` (CONVENTIONS, Amounts). Other spellings
in case text (`Mkr`, `MSEK`, `Tkr`, `kkr` …) are recognised, written in the documents' form
and reported as a warning; `mkr` is read as `mnkr`, the usual meaning, with a note that it is
ambiguous.
"""

from __future__ import annotations

import re

SPELLINGS: dict[str, str] = {
    "mkr": "mnkr", "Mkr": "mnkr", "MKR": "mnkr", "Mnkr": "mnkr", "MNKR": "mnkr",
    "MSEK": "mnkr", "Msek": "mnkr", "mSEK": "mnkr",
    "kkr": "tkr", "Tkr": "tkr", "TKR": "tkr", "TSEK": "tkr", "Tsek": "tkr",
    "Mdkr": "mdkr", "MDKR": "mdkr", "mdSEK": "mdkr",
}
AMBIGUOUS = frozenset({"mkr", "Mkr", "MKR"})
PATTERN = re.compile(r"(?<![\w])(" + "|".join(sorted(SPELLINGS, key=len, reverse=True))
                     + r")(?![\w])")


def normalise_units(text: str) -> str:
    """Write every other spelling of a unit in the documents' form."""
    return PATTERN.sub(lambda m: SPELLINGS[m.group(1)], text)


def spelling_advice(spelling: str) -> str:
    """What to write instead of a spelling, for the warning."""
    unit = SPELLINGS[spelling]
    return f"{unit} ('{spelling}' är tvetydigt)" if spelling in AMBIGUOUS else unit

"""Placeholders a template leaves for its user to replace, left in a case's text (trial 47,
F5: a web page's "Skriv tabellbeskrivning här" above its table, typed in faithfully).

Only what is clearly such a placeholder counts, never a word a decision may use:

* a line that is nothing but "Skriv … här" (or "Ange", "Fyll i", "Infoga" … "här"), and Word's
  "Klicka här för att ange text";
* "Lorem ipsum";
* a bracketed field a template fills in: "[Namn]", "[datum]", "[Ange belopp]" (a Markdown
  link, "[text](adress)", is no such field);
* XX or xxx standing for a figure: "XX kr", "xxx mnkr", "§ XX", "20XX", "xxx" alone;
* a date format for a date: "ÅÅÅÅ-MM-DD";
* "NN" or "N.N." for a name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Final

_UNIT: Final = r"(?:kr|kronor|tkr|mnkr|mkr|mdkr|%|procent)(?!\w)"
_FIELDS: Final = (r"namn|datum|titel|ort|rubrik|text|belopp|dnr|diarienummer|nämnd|förvaltning"
                  r"|organisation|kommun|adress|befattning|år|årtal|beslutsdatum|handläggare"
                  r"|mottagare|beskrivning|e-post|telefon|personnummer|underskrift")


@cache
def _placeholder() -> re.Pattern[str]:
    """A placeholder left from a template or a form (compiled on first use: most cases
    never get past `may_hold_placeholder`)."""
    return re.compile(
        r"(?m:(?:^|(?<=^- )|(?<=^\* ))\[?(?:Skriv|Ange|Fyll i|Infoga)[ \t][^\n.\[\]]{1,50}?[ \t]"
        r"här\]?(?=\.?[ \t]*$))"
        r"|(?i:Klicka (?:eller tryck )?här för att (?:ange|skriva|lägga till) [^\s.]+)"
        r"|(?i:lorem ipsum)"
        rf"|\[(?i:(?:ange|skriv|fyll i|infoga) [^\]\n]{{1,40}}|{_FIELDS}|x{{2,}})\](?!\()"
        rf"|(?<![\w§])(?:X{{2,}}|x{{2,}})(?:[ \u00a0](?:X{{3}}|x{{3}}))*(?=[ \u00a0]?{_UNIT})"
        r"|§[ \u00a0]?(?:X{2,}|x{2,})(?!\w)"
        r"|(?<![\w-])(?:19|20)(?:XX|xx)(?![\w-])"
        r"|(?<![\w-])(?:X{3,}|x{3,})(?![\w-])"
        r"|ÅÅ(?:ÅÅ)?-?MM-?DD"
        r"|(?<![\w.])(?:NN|N\.N\.)(?![\w])")


_HINTS: Final = (("[", "["), ("X", "XX"), ("x", "xx"), ("Å", "ÅÅ"), ("N", "NN"), ("N", "N.N."),
                  ("h", "här"), ("p", "psum"))
"""What a text holds if it holds a placeholder, each behind a letter of it looked for first
(a search for one character costs a twentieth of one for two): most texts hold none."""


def may_hold_placeholder(text: str) -> bool:
    """Whether a text may hold a placeholder (False: it holds none)."""
    return any(letter in text and hint in text for letter, hint in _HINTS)


def placeholders(text: str) -> Iterator[re.Match[str]]:
    """Every placeholder of a template in a text, in text order."""
    return _placeholder().finditer(text) if may_hold_placeholder(text) else iter(())

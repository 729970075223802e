"""Amounts in running text written with "kronor" where the house style writes "kr" (trial 61,
F8: "1 300 kronor" in an att-sats under `kronor_i_lopande_text: nej`), and with "kr".

The document prints every amount it writes itself with the house style's unit, but text
the case types stays as typed. An amount followed by "kronor" outside a quotation (within
quotation marks, or a Markdown quote line starting with ">") is one the style check warns
about (`checks.style`); a quoted source keeps its own words (`text.quotations`). Where the
house style is the default, not a choice, such an amount is warned about only beside one
written "kr" (`kr_amounts`): a text that mixes the two (trial 74, F6). A tax rate, "22,21
kronor per skattekrona", is no amount (`text.tax_rates`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from generator.text.quotations import unquoted
from generator.text.tax_rates import per_tax_krona


@cache
def _amount_with(word: str) -> re.Pattern[str]:
    """An amount followed by `word`, "kronor" or "kr" ("1 300 kronor", "45 000 kr"); before
    "kronor" also in millions ("2,4 miljoner kronor", group `millions`: trial 95, F6)."""
    millions = r"(?:(?P<millions>miljon(?:er)?)[ \u00a0])?" if word == "kronor" else ""
    return re.compile(
        r"(?<![\w,.])(?P<figure>\d{1,3}(?:[ \u00a0]\d{3})+(?:,\d+)?|\d+(?:,\d+)?)"
        rf"[ \u00a0]{millions}{word}(?!\w)")


def _amounts_with(word: str, text: str) -> Iterator[re.Match[str]]:
    """Every amount in text written with `word`, outside quotations and not a tax rate
    ("22,21 kronor per skattekrona")."""
    if word not in text:  # (most texts: no pattern to run)
        return
    yield from unquoted((match for match in _amount_with(word).finditer(text)
                         if not per_tax_krona(text, match.end())), text)


def kronor_amounts(text: str) -> Iterator[re.Match[str]]:
    """Every amount in text written with "kronor" ("1 300 kronor", "2,4 miljoner kronor"),
    outside quotations."""
    return _amounts_with("kronor", text)


def kr_amounts(text: str) -> Iterator[re.Match[str]]:
    """Every amount in text written with "kr" ("45 000 kr"), outside quotations."""
    return _amounts_with("kr", text)

"""A municipal tax rate (skattesats): kronor per hundred kronor of taxable income, written
as often "22,21 kronor per skattekrona" (or "kr per skattekrona") as "22,21 %" (trial 75,
F5). Both spellings are one number: the checks read a figure typed "per skattekrona" as the
percentage it is, not as an amount in kronor, and a tax rate a case names under `belopp`
is written with its percent sign, so that a formula multiplies by 22,21 % and the text's
spellings are compared with it (`checks.tax_rates`).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

PER_TAX_KRONA: Final = r"[ \u00a0](?:kr|kronor)[ \u00a0]per[ \u00a0]skattekrona(?!\w)"
"""What follows a tax rate written in kronor: " kronor per skattekrona"."""
_NAMES: Final = ("skattesats", "utdebitering")
"""Words in a name under `belopp` that make it a tax rate ('skattesats', 'utdebitering_2026')."""


@cache
def _after_amount() -> re.Pattern[str]:
    return re.compile(r"[ \u00a0]per[ \u00a0]skattekrona(?!\w)")


def per_tax_krona(text: str, end: int) -> bool:
    """Whether the amount in kronor that ends at `end` goes on "per skattekrona" (a tax rate:
    "22,21 kronor per skattekrona")."""
    return "skattekrona" in text and _after_amount().match(text, end) is not None


def names_tax_rate(name: str) -> bool:
    """Whether a name under `belopp` is a tax rate's ('skattesats', 'kommunal_skattesats')."""
    lowered = name.lower()
    return any(word in lowered for word in _NAMES)

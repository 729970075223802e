"""The words that make an amount approximate, and the one rule that keeps "ca" from being
written twice.

A rounding filter (`tkr`, `mnkr`, `mdkr`) writes "ca" before an amount it rounds (`formatting.
APPROXIMATE`: "ca 2,7 mnkr" for 2 712 345 kr) and nothing before one it shows exactly. A
source that gives only rounded amounts says "ca" itself, so a secretary types "ca {{ belopp.x
| mnkr }}", which would print "ca ca 2,7 mnkr" whenever the amount is not round (trial 65,
F2). The text's own word comes first and stands: the filter's "ca" after an approximation
word of the text ("ca", "cirka", "omkring", "drygt", "knappt" …) is left out.
"""

from __future__ import annotations

import re

from generator.formatting import APPROXIMATE, APPROXIMATION

_DOUBLED = re.compile(rf"(?<!\w)((?:{APPROXIMATION})\s+){APPROXIMATE}(?=[\d−-])", re.IGNORECASE)
"""An approximation word of the text, then the filter's "ca" (with its no-break space)."""


def single_approximation(text: str) -> str:
    """The rendered text without a filter's "ca" right after the text's own approximation
    word: "ca ca 2,7 mnkr" as "ca 2,7 mnkr", "drygt ca 18,1 mnkr" as "drygt 18,1 mnkr"."""
    return _DOUBLED.sub(r"\1", text) if APPROXIMATE in text else text

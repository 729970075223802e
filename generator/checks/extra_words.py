"""Words with which a decision point says that an amount comes on top of another: "Linus
Alfredsson erhåller dessutom 15 000 kr", "därutöver beviljas 5 000 kr", "utöver detta …",
"ytterligare 15 000 kr", "erhåller även 15 000 kr" (trial 70, F1).

Such an amount is an extra amount, not the figure of a row restated with a slip. The word
counts where it stands before the amount in the same sentence, with no other number between.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

STEMS: Final = ("dessutom", "utöver", "ytterligare", "även")
"""What every one of the words has in it, in lower case: most points have none, and are
done with at once."""


@cache
def _words() -> re.Pattern[str]:
    """The words, whole, and the numbers that stop the search (compiled at first use)."""
    return re.compile(r"(?<!\w)(dessutom|därutöver|utöver detta|ytterligare|även)(?!\w)|\d",
                      re.IGNORECASE)


@cache
def _sentence_end() -> re.Pattern[str]:
    """The end of a sentence (compiled at first use)."""
    return re.compile(r"[.!?;:](?=\s)|\n\s*\n")


def extra_word(text: str, start: int) -> str | None:
    """The word, as written, that says the amount beginning at text[start] comes on top of
    another, or None."""
    before = text[:start]
    lowered = before.lower()
    if not any(stem in lowered for stem in STEMS):
        return None
    sentence = before[max((end.end() for end in _sentence_end().finditer(before)), default=0):]
    found = None
    for match in _words().finditer(sentence):
        found = match.group(1)  # (None after a number: a number between ends the search)
    return found

"""Words with which Swedish text says that an amount is negative, so that its size is typed:
"en negativ prognosavvikelse på 150 mnkr", "ett underskott på 4,6 mnkr", "kostnaderna
minskade med 20 mnkr", "resultatet blev 70 mnkr lägre än budget" (trial 37).

The rule is narrow, as a check that reads it must not guess:

* before the amount, in the same sentence and with at most `MAX_BETWEEN` words and no other
  number between: a word that begins with "negativ", "minsk" or "försämr", the word "minus",
  or a word with "underskott" in it ("budgetunderskottet");
* or right after the amount: "lägre", "sämre" or "mindre".

An amount right after "till" is a level, not a change ("minskade till 20 mnkr"), and an amount
with a sign of its own ("-70 mnkr", "+80 mnkr") says its sign already: neither is a size.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

MAX_BETWEEN: Final = 4
"""Words between a word that says 'negative' and the amount it speaks of
("negativ prognosavvikelse på 150 mnkr": two)."""
LOOK_BACK: Final = 200
"""Characters before an amount searched for its word: more than `MAX_BETWEEN` words take."""
LOOK_AFTER: Final = 16
"""Characters after an amount its word may end within ("\n  lägre")."""


@cache
def _before() -> re.Pattern[str]:
    return re.compile(r"negativ\w*|minsk\w*|försämr\w*|minus|[\w-]*underskott\w*",
                      re.IGNORECASE)


@cache
def _after() -> re.Pattern[str]:
    """The word right after the amount, on its line or the next (not after a blank line)."""
    return re.compile(r"[^\S\n]*\n?[^\S\n]*(lägre|sämre|mindre)(?!\w)", re.IGNORECASE)


STEMS: Final = ("negativ", "minsk", "försämr", "minus", "underskott", "lägre", "sämre", "mindre")
"""What every one of the words has in it, in lower case: most texts have none, and are done
with at once (by plain searches: a pattern of the eight tried at every character cost some
150 instructions a character)."""
_DIGIT: Final = re.compile(r"\d")
_SENTENCE_END: Final = re.compile(r"[.!?;:](?=\s)|\n\s*\n")


@cache
def _word() -> re.Pattern[str]:
    """A word, or a token with a digit in it (a number, which stops the search)."""
    return re.compile(r"[^\W\d_](?:[\w-]*\w)?|\S*\d\S*")


def may_say_negative(text: str) -> bool:
    """Whether the text has any of the words at all (most have none)."""
    lowered = text.lower()
    return any(stem in lowered for stem in STEMS)


def negative_word(text: str, start: int, end: int) -> str | None:
    """The word that says the amount at text[start:end] is negative, as written, or None.

    start is where the amount begins, with any word such as "ca" before it; end is where it
    ends, with its unit."""
    near = text[max(0, start - LOOK_BACK) : end + LOOK_AFTER]
    if text[start - 1 : start] in {"+", "−", "-"} or not may_say_negative(near):
        return None
    after = _after().match(text, end)
    if after is not None:
        return str(after.group(1))
    return _word_before(text[max(0, start - LOOK_BACK) : start])


def _word_before(before: str) -> str | None:
    """The word saying 'negative' among the last words of the sentence `before` ends, or None."""
    sentence = before[_last_end(before):]
    words: list[str] = _word().findall(sentence)[::-1][: MAX_BETWEEN + 1]
    if words and words[0].lower() == "till":
        return None
    for word in words:
        if _DIGIT.search(word):
            return None
        if _before().fullmatch(word):
            return word
    return None


def _last_end(text: str) -> int:
    """Where the last sentence of text begins (0 if it has no end of a sentence)."""
    return max((end.end() for end in _SENTENCE_END.finditer(text)), default=0)

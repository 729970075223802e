"""Person names in the texts spelled nearly, but not quite, as a person of the case's fields
(trial 41, F5).

A per capsulam lists "Hans Wiklund" among those present and has "Hans Viklund" sign; a text
has "Sven-Erik Österberg" and the signature block "Sven-Eric Österberg". A name in a text is
looked for only beside a word of a person's name written exactly so (a plain search first:
a text that holds none is not read further), as the run of capitalised words, apart by
spaces only, that has as many words as the name and that word in its place. Such a run that
is the name (in any case, or in the genitive: "Hans Viklunds förslag") or another person's
is no slip; one alike as `name_forms.alike` tells is a name of its own for the similar-names
check, which compares it with the persons of the fields, never with another name in a text.
A slip in every word of a name ("Hanz Viklund" for "Hans Wiklund") is not found.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache
from itertools import pairwise

from generator.checks.name_forms import NameUse, alike, normalise
from generator.checks.report import Reporter
from generator.formatting import genitive
from generator.problems import Loc


@cache
def _word() -> re.Pattern[str]:
    """A word of a name: letters, or letters joined by hyphens ('Sven-Erik')."""
    return re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def text_name_uses(persons: Sequence[NameUse], texts: Mapping[Loc, str],
                   report: Reporter) -> list[NameUse]:
    """The names in the texts written nearly as a person's of the case's fields."""
    names = {use.text: use.text.split() for use in persons}
    if not names:
        return []
    known = {normalise(form) for name in names for form in (name, genitive(name))}
    found: list[NameUse] = []
    for loc, text in texts.items():
        anchors = [(name, i) for name, words in names.items()
                   for i, word in enumerate(words) if word[:1].isupper() and word in text]
        if anchors:
            found += _near_spellings(loc, text, anchors, names, known, report)
    return found


def _near_spellings(loc: Loc, text: str, anchors: list[tuple[str, int]],
                    names: Mapping[str, list[str]], known: set[str],
                    report: Reporter) -> list[NameUse]:
    """The runs of words in a text, each around a word of a name (its i-th, anchors), that
    are alike the name but no person's name (known, normalised)."""
    tokens = list(_word().finditer(text))
    found: list[NameUse] = []
    for name, i in anchors:
        words = names[name]
        for j, token in enumerate(tokens):
            run = tokens[j - i:j - i + len(words)] if j >= i else []
            if token.group() != words[i] or len(run) != len(words) or not _one_name(text, run):
                continue
            written = text[run[0].start():run[-1].end()]
            if normalise(written) not in known and alike(written, name):
                where = report.in_text(loc, text, run[0].start(), written)
                found.append(NameUse(loc, written, True, where, in_text=True))
    return found


def _one_name(text: str, run: Sequence[re.Match[str]]) -> bool:
    """Whether the words are one name: each capitalised, with only spaces between them."""
    return all(word.group()[:1].isupper() for word in run) and all(
        text[before.end():after.start()].isspace() for before, after in pairwise(run))

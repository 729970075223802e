"""Who made which yrkande of a decision, as its `yrkanden` write them ("Johan Eriksson (M)
yrkar att …"), for the checks of reservations and votes (trials 78 and 92).

A ledamot is named as protocols write him: first name and surname, with the party in
parentheses after them when it is written ("Johan Eriksson (M)").
"""

from __future__ import annotations

import re

from generator.checks.point_parties import capitalised_names


def with_party(name: str, text: str) -> str:
    """The name with the party that the text writes right after it ("Johan Eriksson (M)"),
    or the name alone."""
    after = text.split(name, 1)[1] if name in text else ""
    party = re.match(r"\s*\([^()]{1,12}\)", after)
    return name + (party.group(0) if party else "")


def makers(motions: list[str]) -> list[str]:
    """Who makes each yrkande, in the order of the yrkanden: the names before " yrkar "
    ("Anna Berg (S) och Per Ek (S) yrkar …" makes two)."""
    found: list[str] = []
    for motion in motions:
        before = motion.split(" yrkar ", 1)[0] if " yrkar " in motion else ""
        found += [name for name in capitalised_names(before) if name not in found]
    return found


def has_motion(name: str, motions: list[str]) -> bool:
    """Whether the ledamot makes or joins a yrkande: the yrkanden name him anywhere, also
    in the genitive ("… instämmer i Johan Erikssons yrkande"), by his last two names (a
    title before them, "Ordföranden Anna Berg", is not looked for)."""
    return any(_names(" ".join(name.split()[-2:]), motion) for motion in motions)


def is_own_motion(name: str, meaning: str, motions: list[str]) -> bool:
    """Whether a vote's meaning is the yrkande of the named ledamot: it names his surname
    ("bifall till Anders Gäfverts yrkande"), or it is what one of his yrkanden asks for."""
    if _names(name.split()[-1], meaning):
        return True
    asked = _plain(meaning)
    return any(_plain(motion.split(" yrkar ", 1)[1]) == asked
               for motion in motions if motion.startswith(name) and " yrkar " in motion)


def _names(name: str, text: str) -> bool:
    """Whether the text has the name as words of their own, or its genitive."""
    found = re.search(rf"(?<![\w-]){re.escape(name)}s?(?![\w-])", text, re.IGNORECASE)
    return found is not None


def _plain(text: str) -> str:
    """A text compared as words: in lower case, without its full stop."""
    return " ".join(text.casefold().rstrip(" .").split())

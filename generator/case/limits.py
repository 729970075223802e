"""Size limits of a case file, so every case is checked and rendered in bounded time.

The limits lie far above any real decision document (the largest seed has 40 rows and
4 signatories) and are stated in the README. Each is checked while the file is loaded,
before any value is converted or any text is parsed.
"""

from __future__ import annotations

from typing import Final

MAX_ITEMS: Final = 2_000
"""Items in any one list: rows, posts, parties, sections, points."""

MAX_SIGNATORIES: Final = 50
"""Signature blocks (`undertecknare`), signature-page rows (`signatursida`) and the
persons who checked the minutes (`justerare`), each: their names are compared pairwise."""

MAX_TEXT: Final = 100_000
"""Characters in one free text (`text`, `text_efter`, `syfte`, a point of a proposal, a
reservation, a motion, the course of a decision)."""

MAX_LINE: Final = 1_000
"""Characters in a one-line value: names, titles, header lines, table cells, keys."""

MAX_KEY: Final = 100
"""Characters in a key (no key of a case comes near)."""

MAX_PROPERTY: Final = {"titel": 255, "dnr": 200}
"""Values that Word also keeps as document properties, which hold at most 255 characters."""

_LONG_TEXT: Final = frozenset({"text", "text_efter", "syfte", "punkter", "beskrivning",
                                "reservationer", "protokollsanteckningar", "yrkanden",
                                "beslutsgang"})
_SIGNATORIES: Final = frozenset({"undertecknare", "signatursida", "justerare"})


def list_problem(path: tuple[str | int, ...], length: int) -> str | None:
    """Swedish message when the list at path holds too many items, else None."""
    key = _last_key(path)
    limit = MAX_SIGNATORIES if key in _SIGNATORIES else MAX_ITEMS
    if length <= limit:
        return None
    return f"listan har {length} punkter, högst {limit} får stå här; dela upp ärendet"


def text_problem(path: tuple[str | int, ...], value: object) -> str | None:
    """Swedish message when the text at path is too long for its kind, else None."""
    if not isinstance(value, str):
        return None
    if len(value) <= MAX_LINE and len(path) > 1:  # the common case: no limit below MAX_LINE
        return None
    key = _last_key(path)
    if len(path) == 1 and key == "titel" and not value.strip():
        return "titeln får inte vara tom, skriv dokumentets titel"
    long_text = key in _LONG_TEXT
    limit = MAX_TEXT if long_text else MAX_LINE
    if len(path) == 1:
        limit = MAX_PROPERTY.get(key, limit)
    if len(value) <= limit:
        return None
    kind = "texten" if long_text else "värdet"
    return (
        f"{kind} har {len(value)} tecken, högst {limit} får stå här; "
        "korta det eller dela upp det"
    )


def key_problem(key: str) -> str | None:
    """Swedish message when a key is longer than any key of a case, else None."""
    if len(key) <= MAX_KEY:
        return None
    return f"nyckeln är för lång (över {MAX_KEY} tecken), skriv ett av ärendets nyckelnamn"


def _last_key(path: tuple[str | int, ...]) -> str:
    """The nearest mapping key on the path (list indexes skipped)."""
    for part in reversed(path):
        if isinstance(part, str):
            return part
    return ""

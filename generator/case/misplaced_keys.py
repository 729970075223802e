"""Keys written one level too deep: a key of an uppdelning written in one of its parts.

`grundbelopp` is a key of an uppdelning, one for all its parts. Written in a part, it is
unknown there, and the nearest key of the part, 'belopp', means another thing (the part's
whole amount): the message says where the key goes instead, and how different base amounts
per part are written (trial 43). The part's stated `belopp` includes the base the tool
cannot see, so it is not checked until the key is put right: one message, at its cause.
"""

from __future__ import annotations

from collections.abc import Sequence

Path_ = tuple[str | int, ...]

_PARTY_KEYS = {
    "grundbelopp": (
        "'grundbelopp' skrivs under uppdelningen, ett för alla parter; olika grundbelopp "
        "per part skrivs som en tabell med grundbeloppet i en kolumn och en formel, t.ex. "
        "formel: grund + medlemmar * 50",
        ("belopp",),
    ),
}
"""A key of an uppdelning written in a part: what to write instead, and the keys beside
it in the part whose check depends on it."""


def _party_key(loc: Sequence[str | int]) -> str | None:
    """The key at loc, where loc is a key of a part of an uppdelning, else None."""
    if len(loc) == 5 and loc[0] == "uppdelningar" and loc[2] == "parter" \
            and isinstance(loc[3], int) and loc[4] in _PARTY_KEYS:
        return str(loc[4])
    return None


def misplaced(loc: Sequence[str | int]) -> str | None:
    """The message for a key written in a part that belongs to its uppdelning, or None."""
    key = _party_key(loc)
    return None if key is None else f"okänd nyckel '{key}' i en part: {_PARTY_KEYS[key][0]}"


def depending(unknown: Sequence[Path_]) -> list[Path_]:
    """The keys beside misplaced ones whose check depends on them (a part's `belopp`)."""
    return [(*loc[:-1], beside) for loc in unknown if (key := _party_key(loc)) is not None
            for beside in _PARTY_KEYS[key][1]]

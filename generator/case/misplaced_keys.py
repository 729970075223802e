"""Keys written where they do not belong: a key of an uppdelning written in one of its
parts, and a key of a table written in an uppdelning.

`grundbelopp` is a key of an uppdelning, one for all its parts. Written in a part, it is
unknown there, and the nearest key of the part, 'belopp', means another thing (the part's
whole amount): the message says where the key goes instead, and how different base amounts
per part are written (trial 43). The part's stated `belopp` includes the base the tool
cannot see, so it is not checked until the key is put right: one message, at its cause.

`avrundat` is a key of a table (`tabeller`): a published list whose own total misses the
sum of its amounts rounded one by one keeps its total there. An uppdelning always adds up,
so written in one it is unknown, and the message points to the table (trial 68, F2).
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


_SPLIT_KEYS = {
    "avrundat": (
        "en uppdelning går alltid ihop med sin summa; är det en publicerad lista med belopp "
        "avrundade var för sig som ska stå kvar som beslutad, skriv av den som en tabell "
        "under 'tabeller' med 'avrundat: true' (se 'beslut format --handbok', avsnittet "
        "Avrundade belopp), annars ta bort 'avrundat'"),
}
"""A key of a table written in an uppdelning: what to write instead."""


def _party_key(loc: Sequence[str | int]) -> str | None:
    """The key at loc, where loc is a key of a part of an uppdelning, else None."""
    if len(loc) == 5 and loc[0] == "uppdelningar" and loc[2] == "parter" \
            and isinstance(loc[3], int) and loc[4] in _PARTY_KEYS:
        return str(loc[4])
    return None


def misplaced(loc: Sequence[str | int]) -> str | None:
    """The message for a key written in a part that belongs to its uppdelning, or in an
    uppdelning that belongs to a table, or None."""
    key = _party_key(loc)
    if key is not None:
        return f"okänd nyckel '{key}' i en part: {_PARTY_KEYS[key][0]}"
    if len(loc) == 3 and loc[0] == "uppdelningar" and isinstance(loc[1], int) \
            and loc[2] in _SPLIT_KEYS:
        return f"okänd nyckel '{loc[2]}' i en uppdelning: {_SPLIT_KEYS[str(loc[2])]}"
    return None


def depending(unknown: Sequence[Path_]) -> list[Path_]:
    """The keys beside misplaced ones whose check depends on them (a part's `belopp`)."""
    return [(*loc[:-1], beside) for loc in unknown if (key := _party_key(loc)) is not None
            for beside in _PARTY_KEYS[key][1]]

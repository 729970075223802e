"""Make the splits a case asks for: check each party has what its method needs, split exactly,
and check parts the case states against the exact ones."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar

from generator.case.models import Split
from generator.compute.splits import (
    SplitError,
    method_phrase,
    split_by_weights,
    split_equally,
    split_fixed,
)
from generator.formatting import kr
from generator.problems import BeslutError, Loc

T = TypeVar("T")


@dataclass(frozen=True)
class SplitResult:
    """A split made exactly: the parts add up to the total."""

    split: Split
    phrase: str
    parts: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class SplitFailure:
    """A split that cannot be made, with the place to point at."""

    loc: Loc
    message: str


def compute_split(split: Split, loc: Loc) -> tuple[SplitResult | None, list[SplitFailure]]:
    """Split the total exactly by the chosen method; report why it cannot be done, and
    stated parts (with a key or equal split) that differ from the exact ones."""
    try:
        parts = _parts(split, loc)
    except _PartyMissing as exc:
        return None, [SplitFailure(exc.loc, exc.message)]
    except SplitError as exc:
        return None, [SplitFailure(_culprit(split, loc), str(exc))]
    if split.metod == "fasta":
        phrase = method_phrase("fasta", split.rest_till or "")
        return SplitResult(split, phrase, tuple(parts)), []
    result = SplitResult(split, method_phrase(split.metod), tuple(parts))
    return result, _stated_parts(result, loc)


def _culprit(split: Split, loc: Loc) -> Loc:
    """The key to point at for a split that cannot be made: the unit when it is the cause."""
    if split.enhet < 1 or split.summa % split.enhet:
        return (*loc, "enhet")
    return loc


def _stated_parts(result: SplitResult, loc: Loc) -> list[SplitFailure]:
    """Check parts the case states against the exact split (the parts' sum first)."""
    split = result.split
    stated = [(i, p) for i, p in enumerate(split.parter) if p.belopp is not None]
    if not stated:
        return []
    found = []
    if len(stated) == len(split.parter):
        total = sum(p.belopp or 0 for _, p in stated)
        if total != split.summa:
            found.append(SplitFailure((*loc, "summa"), (
                f"de angivna delarna i uppdelningen '{split.namn}' blir tillsammans {kr(total)}, "
                f"inte {kr(split.summa)}; ta bort de angivna beloppen så räknas delarna ut exakt")))
    exact = dict(result.parts)
    for index, party in stated:
        if party.belopp != exact[party.namn]:
            found.append(SplitFailure((*loc, "parter", index, "belopp"), (
                f"angiven del {kr(party.belopp or 0)} för {party.namn} stämmer inte med den "
                f"exakta delen {kr(exact[party.namn])} ({result.phrase}); ta bort beloppet "
                "så räknas delen ut")))
    return found


class _PartyMissing(BeslutError):
    """A party lacks the weight or amount its method needs."""

    def __init__(self, loc: Loc, message: str) -> None:
        super().__init__(message)
        self.loc = loc


def _parts(split: Split, loc: Loc) -> list[tuple[str, int]]:
    """Dispatch on the method; check that each party has what the method needs."""
    names = [p.namn for p in split.parter]
    if split.metod == "lika":
        return split_equally(split.summa, names, split.enhet)
    if split.metod == "fasta":
        if not split.rest_till:
            raise _PartyMissing((*loc, "metod"),
                                "metoden 'fasta' behöver 'rest_till', ange vem som får resten")
        fixed = [(p.namn, _need(p.belopp, (*loc, "parter", i), "belopp"))
                 for i, p in enumerate(split.parter)]
        return split_fixed(split.summa, fixed, split.rest_till, split.enhet)
    weights = [(p.namn, _need(p.vikt, (*loc, "parter", i), "vikt"))
               for i, p in enumerate(split.parter)]
    return split_by_weights(split.summa, weights, split.enhet)


def _need(value: T | None, loc: Loc, key: str) -> T:
    """Return the value or report that the party lacks it."""
    if value is None:
        raise _PartyMissing(loc, f"parten saknar '{key}', som metoden kräver; lägg till den")
    return value

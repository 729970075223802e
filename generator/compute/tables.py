"""Compute the other tables of a case: funds per area, funds at risk, and exact splits."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar

from generator.case.models import Funds, FundsItem, RiskRow, RiskTable, Split
from generator.compute.allocation import Loc, Mismatch
from generator.compute.splits import (
    SplitError,
    method_phrase,
    split_by_weights,
    split_equally,
    split_fixed,
)
from generator.formatting import kr

T = TypeVar("T")


@dataclass(frozen=True)
class FundsTotal:
    """Funds per area with the computed total."""

    funds: Funds
    items: tuple[FundsItem, ...]
    amount: int


@dataclass(frozen=True)
class RiskLine:
    """One area: allocated − used = at risk."""

    row: RiskRow
    used: int
    at_risk: int


@dataclass(frozen=True)
class RiskTotal:
    """The risk table with totals for every column."""

    table: RiskTable
    lines: tuple[RiskLine, ...]
    allocated: int
    used: int
    at_risk: int


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


def compute_funds(funds: Funds, loc: Loc = ("medel",)) -> tuple[FundsTotal, list[Mismatch]]:
    """Sum the funds and check a stated total."""
    amount = sum(item.belopp for item in funds.poster)
    found = []
    if funds.summa is not None and funds.summa != amount:
        found.append(Mismatch((*loc, "summa"), "medlen totalt", funds.summa, amount))
    return FundsTotal(funds, tuple(funds.poster), amount), found


def compute_risk(table: RiskTable, loc: Loc = ("risk",)) -> tuple[RiskTotal, list[Mismatch]]:
    """Compute allocated − used per area and the totals; check stated figures."""
    found: list[Mismatch] = []
    lines = []
    for index, row in enumerate(table.rader):
        used = sum(row.anvant)
        line = RiskLine(row, used, row.tilldelat - used)
        lines.append(line)
        if row.risk is not None and row.risk != line.at_risk:
            level = f"'{row.insatsomrade}' (tilldelat − använt)"
            found.append(Mismatch((*loc, "rader", index, "risk"), level, row.risk, line.at_risk))
    at_risk = sum(line.at_risk for line in lines)
    if table.summa is not None and table.summa != at_risk:
        found.append(Mismatch((*loc, "summa"), "medel som riskerar återbetalning", table.summa,
                              at_risk))
    total = RiskTotal(table, tuple(lines), sum(r.tilldelat for r in table.rader),
                      sum(line.used for line in lines), at_risk)
    return total, found


def compute_split(split: Split, loc: Loc) -> tuple[SplitResult | None, list[SplitFailure]]:
    """Split the total exactly by the chosen method; report why it cannot be done, and
    stated parts (with a key or equal split) that differ from the exact ones."""
    try:
        parts = _parts(split, loc)
    except _PartyMissing as exc:
        return None, [SplitFailure(exc.loc, exc.message)]
    except SplitError as exc:
        return None, [SplitFailure(loc, str(exc))]
    if split.metod == "fasta":
        phrase = method_phrase("fasta", split.rest_till or "")
        return SplitResult(split, phrase, tuple(parts)), []
    result = SplitResult(split, method_phrase(split.metod), tuple(parts))
    return result, _stated_parts(result, loc)


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


class _PartyMissing(Exception):
    """A party lacks the weight or amount its method needs."""

    def __init__(self, loc: Loc, message: str) -> None:
        super().__init__(message)
        self.loc = loc
        self.message = message


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

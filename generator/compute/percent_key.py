"""A key in percent: when a split's weights are percentages ("17,5 %"), all of them are, and
they add up to exactly 100 %.

A split by weights shares the total in proportion to whatever weights it is given, so a key
whose percentages add up to 100,1 % would quietly be split as if each were a little smaller,
and every part the case states would then differ from its "exact" share (trial 36, F4). Such
a key is refused instead, by one message for the split that says what the percentages add
up to, before any stated part is compared.

There is no allowance for rounding: 99,9 % is refused like 100,1 %. A decision's key is the
one agreed on, and one-decimal percentages that add up to 100,1 % are exactly what a single
mistyped percentage looks like. Percentages that are rounded from other figures (inhabitants,
members) are better written as those figures, without %.

Where the stated parts show which percentage is the slip (exactly one party's stated part is
another percentage of `summa` than its weight, and that percentage would make the key add
up to 100 %), the message names it and points at its weight; else it points at the split.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal, localcontext
from typing import Protocol

from generator.formatting import NBSP, WrittenNumber, as_written, kr
from generator.problems import Loc

HUNDRED = Decimal(100)


class Weighed(Protocol):
    """A party of a split as the split is computed: its name, weight, stated part, place."""

    @property
    def name(self) -> str: ...
    @property
    def weight(self) -> object: ...
    @property
    def amount(self) -> int | None: ...
    @property
    def loc(self) -> Loc: ...
    @property
    def percent(self) -> bool: ...


def key_slip(name: str, total: int, parties: Sequence[Weighed], loc: Loc,
             based: bool = False) -> tuple[Loc, str] | None:
    """Where and what is wrong with a key in percent (None for plain weights and for a key
    that adds up to 100 %). `total` is the split's `summa`; with a base amount (`based`) the
    stated parts include it, so they cannot tell which percentage is the slip."""
    if not any(party.percent for party in parties):
        return None
    mixed = _mixed(name, parties)
    if mixed is not None:
        return mixed
    added = sum((_weight(party) for party in parties), Decimal(0))
    if added == HUNDRED:
        return None
    said = (f"procenten i uppdelningen '{name}' blir tillsammans {_percent(added)}, men "
            f"vikter i procent ska bli exakt 100{NBSP}%")
    culprit = None if based else _culprit(parties, total, added)
    if culprit is None:
        return loc, (f"{said}; rätta den procentsats som är fel; är procenten avrundade, "
                     "skriv i stället talen de är uträknade ur (t.ex. invånare) som vikter, "
                     "utan %")
    party, share = culprit
    return (*party.loc, "vikt"), (
        f"{said}; {party.name} har {_percent(_weight(party))}, men det angivna beloppet "
        f"{kr(party.amount or 0)} är {_percent(share)} av summan {kr(total)}; rätta vikten "
        f"till \"{as_written(share)} %\"")


def _mixed(name: str, parties: Sequence[Weighed]) -> tuple[Loc, str] | None:
    """A weight written otherwise than most (than the first, on a tie): in percent among
    plain numbers, or the other way round."""
    percent = [party for party in parties if party.percent]
    plain = [party for party in parties if not party.percent]
    if not percent or not plain:
        return None
    by_percent = len(percent) > len(plain) or (len(percent) == len(plain)
                                               and parties[0].percent)
    usual, odd = (percent[0], plain[0]) if by_percent else (plain[0], percent[0])
    return (*odd.loc, "vikt"), (
        f"vikten för '{odd.name}' är skriven {_kind(odd)}, men vikten för '{usual.name}' är "
        f"skriven {_kind(usual)}; skriv alla vikter i uppdelningen '{name}' i procent, eller "
        "alla utan %")


def _culprit(parties: Sequence[Weighed], total: int,
             added: Decimal) -> tuple[Weighed, Decimal] | None:
    """The one party whose stated part is another percentage of `total` than its weight,
    with that percentage, when it makes the key add up to 100 %."""
    if total <= 0:
        return None
    off = []
    for party in parties:
        weight = _weight(party)
        if party.amount is not None:
            share = _share(party.amount, total, weight)
            if share != weight:
                off.append((party, share))
    if len(off) != 1:
        return None
    party, share = off[0]
    return (party, share) if added - _weight(party) + share == HUNDRED else None


def _share(amount: int, total: int, like: Decimal) -> Decimal:
    """`amount` as a percentage of `total`, rounded half up to the decimals of `like`."""
    exponent = like.as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    with localcontext(prec=60):  # exact enough: amounts have at most 16 digits
        return (Decimal(amount) * HUNDRED / Decimal(total)).quantize(
            Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def _weight(party: Weighed) -> Decimal:
    """A party's weight (a Decimal once every party has one)."""
    return party.weight if isinstance(party.weight, Decimal) else Decimal(0)


def _percent(value: Decimal) -> str:
    """A percentage as a document writes it: 100,1 %."""
    return as_written(WrittenNumber(value, percent=True))


def _kind(party: Weighed) -> str:
    """How a weight is written: in percent or as a plain number."""
    return "i procent" if party.percent else "utan %"

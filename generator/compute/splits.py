"""Split a total in whole kronor into parts that always add up to exactly that total.

Method: largest remainder (Hamilton) on whole units. The total must be a whole number of
units (1 kr, 1 000 kr, ...). Each party's exact share, ``total * weight / sum(weights)``, is
computed with fractions (no rounding). Every party first gets its share rounded down to whole
units; the units still left over are then handed out one each to the parties with the largest
remainders. Every part is therefore less than one unit away from its exact share, and the parts
sum to the total.

Tie rule: when two parties have the same remainder, the one with the larger weight gets the
unit first; when their weights are equal too, the party that comes earlier in the case file
does. Only the last step depends on order, so reordering the parties can only move a unit
between parties of equal weight. A party with weight zero always gets exactly zero.

Parts are returned in the order the parties were given.

A base amount (`grundbelopp`): every party first gets the same base amount, a whole number of
units; what is left of the total, ``total - parties * base``, is split by the weights as above
and each party's part is its base plus its share of the rest.

A rest to one party (`rest_till`, as a kommun rounds a distribution to tkr): every other
party gets its exact share rounded to whole units, half up, and the named party gets what is
left, so the total need not be whole units and the parts still add up to it.

An amount per unit of weight (`per_vikt`, kronor per mandat): no total is split; each party
gets its base (if any) plus the rate times its weight, which must be whole units, and the
total is what the parts add up to.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from decimal import Decimal, localcontext
from fractions import Fraction
from typing import Final, Literal, overload

from generator.compute.rounding import round_to_total
from generator.formatting import NBSP, as_written, whole_units
from generator.formatting import kr as _kr
from generator.problems import BeslutError

Method = Literal["befolkning", "vikter", "lika", "fasta"]

_HOW: dict[str, str] = {
    "befolkning": "efter befolkningsandel",
    "vikter": "efter en fördelningsnyckel",
    "lika": "lika",
}


class SplitError(BeslutError):
    """A split that cannot be made; the message is Swedish and names the figures involved."""


class BaseAmountError(SplitError):
    """A base amount (`grundbelopp`) that cannot be given: the message says why."""


class RateError(SplitError):
    """An amount per unit of weight (`per_vikt`) that cannot be paid: the message says why."""


class RestError(SplitError):
    """A rest (`rest_till`) of a split by weights that cannot be given: the message says
    why."""


def split_by_weights(
    total: int, weights: Sequence[tuple[str, Decimal | int]], unit: int = 1, base: int = 0
) -> list[tuple[str, int]]:
    """Split ``total`` in proportion to ``weights`` by largest remainder on whole units,
    after giving every party ``base`` first."""
    _check_total(total, unit, _largest(weights))
    names, shares = _shares(weights)
    rest = rest_after_base(total, len(names), base, unit)
    counts = _largest_remainder(rest // unit, shares)
    return [(name, base + count * unit) for name, count in zip(names, counts, strict=True)]


def split_with_rest(
    total: int, weights: Sequence[tuple[str, Decimal | int]], rest_to: str, unit: int = 1,
    base: int = 0,
) -> list[tuple[str, int]]:
    """Split ``total`` in proportion to ``weights`` as a kommun rounds a distribution to tkr:
    every party but ``rest_to`` gets its exact share rounded to whole units (half up), and
    ``rest_to`` gets what is left, so the total need not be whole units; each after ``base``
    first (`rest_till` with befolkning, vikter or lika, trial 90, F11)."""
    _check_total(unit, unit)
    _check_whole(total)
    names, shares = _shares(weights)
    if rest_to not in names:
        raise RestError(f"”{rest_to}” får resten men är ingen av parterna; skriv namnet på "
                        "en av dem i 'rest_till'")
    rest = rest_after_base(total, len(names), base, unit)
    whole = sum(shares, Fraction(0))
    parts = {name: base + unit * _half_up(rest * share / whole / unit)
             for name, share in zip(names, shares, strict=True) if name != rest_to}
    left = total - sum(parts.values())
    if left < base:
        raise RestError(
            f"när de andra delarna avrundas till {whole_units(unit)} blir det "
            f"{_kr(left - base)} kvar till ”{rest_to}”; ge resten till en part med större "
            "vikt, eller ta bort 'rest_till'")
    parts[rest_to] = left
    return [(name, parts[name]) for name in names]


def _shares(weights: Sequence[tuple[str, Decimal | int]]) -> tuple[list[str], list[Fraction]]:
    """The parties' names and their weights as exact fractions, at least one above zero."""
    names = _check_parties(name for name, _ in weights)
    shares = [_weight(name, weight) for name, weight in weights]
    if not any(shares):
        raise SplitError("alla vikter är noll, så det finns inget att fördela efter; ange "
                         "vikterna eller välj metoden 'lika'")
    return names, shares


def _half_up(value: Fraction) -> int:
    """A non-negative exact value rounded to a whole number, a half up."""
    return math.floor(value + Fraction(1, 2))


def _largest(weights: Sequence[tuple[str, Decimal | int]]) -> str | None:
    """The party with the largest weight (the first of equal ones), for an example of
    `rest_till`; None where a weight is no finite number (refused elsewhere)."""
    numbers = [(name, Decimal(weight)) for name, weight in weights
               if _is_int(weight) or (isinstance(weight, Decimal) and weight.is_finite())]
    if not numbers or len(numbers) < len(weights):
        return None
    return max(numbers, key=lambda item: item[1])[0]


def split_equally(
    total: int, parties: Sequence[str], unit: int = 1, base: int = 0
) -> list[tuple[str, int]]:
    """Split ``total`` into equal parts; left-over units go to the earliest parties."""
    return split_by_weights(total, [(name, 1) for name in parties], unit, base)


def rest_after_base(total: int, count: int, base: int, unit: int = 1) -> int:
    """What is left of ``total`` to split once each of ``count`` parties has ``base``."""
    _check_base(base, unit)
    bases = count * base
    if bases > total:
        raise BaseAmountError(
            f"grundbeloppen blir sammanlagt {count} × {_kr(base)} = {_kr(bases)}, vilket är "
            f"{_kr(bases - total)} mer än summan {_kr(total)}; sänk 'grundbelopp' eller höj "
            "'summa'"
        )
    return total - bases


def split_per_weight(
    rate: Decimal | int, weights: Sequence[tuple[str, Decimal | int]], unit: int = 1,
    base: int = 0,
) -> list[tuple[str, int]]:
    """Give every party ``base`` plus ``rate`` times its weight; each such share must be a
    whole number of units, so nothing is rounded."""
    _check_total(unit, unit)
    names = _check_parties(name for name, _ in weights)
    _check_base(base, unit)
    per = _weight("per_vikt", rate)
    parts = []
    for name, weight in weights:
        share = per * _weight(name, weight)
        if share.denominator != 1 or share.numerator % unit:
            raise RateError(_not_whole(rate, name, weight, unit))
        parts.append(base + share.numerator)
    return list(zip(names, parts, strict=True))


def _not_whole(rate: Decimal | int, name: str, weight: Decimal | int, unit: int) -> str:
    """The message for a rate times a weight that is not whole units: what to write."""
    with localcontext(prec=60):  # exact: at most 16 + 6 digits each side
        amount = Decimal(rate) * Decimal(weight)
    fix = "ta bort 'enhet' (hela kronor), rätta 'per_vikt'" if unit > 1 else "rätta 'per_vikt'"
    return (f"{as_written(Decimal(rate))}{NBSP}kr × {as_written(Decimal(weight))} för ”{name}” "
            f"blir {as_written(amount)}{NBSP}kr, som inte är {whole_units(unit)}; {fix} eller ange "
            "'summa' i stället för 'per_vikt', så fördelas summan och avrundas till 'enhet'")


def _check_base(base: int, unit: int) -> None:
    """Reject a base amount that is not whole kronor, is negative or is not whole units."""
    if not _is_int(base):
        raise BaseAmountError(f"grundbeloppet måste anges i hela kronor, inte {base}")
    if base < 0:
        raise BaseAmountError(f"grundbeloppet {_kr(base)} är negativt; ange ett grundbelopp "
                              "≥ 0")
    if base % unit:
        raise BaseAmountError(f"grundbeloppet {_kr(base)} går inte att dela i "
                              f"{whole_units(unit)}; ändra 'grundbelopp' eller 'enhet'")


def split_fixed(
    total: int, fixed: Sequence[tuple[str, int]], remainder_to: str, unit: int = 1
) -> list[tuple[str, int]]:
    """Give each fixed party its amount and ``remainder_to`` (appended last) what is left."""
    _check_total(total, unit)
    if any(name == remainder_to for name, _ in fixed):
        raise SplitError(
            f"”{remainder_to}” kan inte både ha ett fast belopp och få resten av summan"
        )
    _check_parties([*(name for name, _ in fixed), remainder_to])
    for name, amount in fixed:
        _check_fixed_amount(name, amount, unit)
    fixed_sum = sum(amount for _, amount in fixed)
    if fixed_sum > total:
        raise SplitError(
            f"de fasta beloppen är sammanlagt {_kr(fixed_sum)}, "
            f"vilket är {_kr(fixed_sum - total)} mer än summan {_kr(total)}; rätta beloppen "
            "eller summan"
        )
    return [*((name, amount) for name, amount in fixed), (remainder_to, total - fixed_sum)]


def check_fixed(fixed: Sequence[tuple[str, int]], unit: int = 1) -> None:
    """Check fixed amounts on their own: named once each, whole units, not negative."""
    _check_total(unit, unit)
    _check_parties(name for name, _ in fixed)
    for name, amount in fixed:
        _check_fixed_amount(name, amount, unit)


FIXED_LEAD: Final = "medlen fördelas enligt följande"
"""The sentence before a split of fixed amounts, in the words a nämnd reads (trial 68, F3: not
the tool's "fasta belopp")."""


@overload
def method_phrase(method: Literal["befolkning", "vikter", "lika"]) -> str: ...
@overload
def method_phrase(method: Literal["fasta"], remainder_to: str | None = None) -> str: ...
def method_phrase(method: Method, remainder_to: str | None = None) -> str:
    """Return the Swedish wording that names the split method in the document (for
    `befolkning`, `vikter` and `lika` "fördelat" and the method's `how_phrase`; for `fasta`
    `FIXED_LEAD`, and who gets the rest when a party does)."""
    if method == "fasta":
        if remainder_to == "":
            raise SplitError("fasta belopp med resten till en part kräver partens namn")
        rest = f", där {remainder_to} får det som återstår" if remainder_to else ""
        return FIXED_LEAD + rest
    if remainder_to is not None:
        raise SplitError(f"bara fasta belopp har en part som får resten, inte ”{method}”")
    return f"fördelat {_HOW[method]}"


def base_phrase(
    method: Literal["befolkning", "vikter", "lika"], base: int, rest: int, party: str,
    how: str = "", word: str = "kr",
) -> str:
    """The wording for a split with a base amount: each ``party`` (kommun, region, part) gets
    ``base`` and the ``rest`` is split by ``method`` (in the words ``how``, when given); the
    amounts with ``word``, the house style's unit in running text ("kr" or "kronor")."""
    return (f"varje {party} får ett grundbelopp på {_kr(base, word)} och resten, "
            f"{_kr(rest, word)}, fördelas {how or _HOW[method]}")


def _largest_remainder(units: int, weights: Sequence[Fraction]) -> list[int]:
    """Share ``units`` whole units by ``weights`` (Hamilton, `rounding.round_to_total`)."""
    whole = sum(weights, Fraction(0))
    return round_to_total(units, [units * weight / whole for weight in weights])


def _check_total(total: int, unit: int, largest: str | None = None) -> None:
    """Reject a unit below 1 kr, a negative total and one that is not whole units; for a
    split by weights (`largest`, the party with the largest weight) the message offers
    `rest_till`, as a kommun rounds to tkr and lets one part take the rest."""
    if not _is_int(unit) or unit < 1:
        raise SplitError(f"'enhet' måste vara ett helt antal kronor, minst 1, inte {unit}; "
                         "skriv t.ex. 1000")
    _check_whole(total)
    if total % unit:
        rest = "" if largest is None else (
            f", eller låt en part få det som blir över: med t.ex. 'rest_till: {largest}' "
            f"avrundas de andra delarna till {whole_units(unit)} och {largest} får resten")
        raise SplitError(f"summan {_kr(total)} går inte att dela i {whole_units(unit)}; ändra "
                         f"summan eller 'enhet'{rest}")


def _check_whole(total: int) -> None:
    """Reject a total that is not whole kronor, or is negative."""
    if not _is_int(total):
        raise SplitError(f"summan måste anges i hela kronor, inte {total}")
    if total < 0:
        raise SplitError(f"summan {_kr(total)} är negativ och kan inte delas; ange en summa ≥ 0")


def _check_parties(names: Iterable[str]) -> list[str]:
    """Reject an empty list of parties, a party without a name and a name given twice."""
    seen: list[str] = []
    for name in names:
        if not isinstance(name, str) or not name.strip():
            raise SplitError("en part saknar namn")
        if name in seen:
            raise SplitError(f"parten ”{name}” förekommer mer än en gång; ta bort den ena")
        seen.append(name)
    if not seen:
        raise SplitError("det finns inga parter att fördela mellan; lägg till 'parter'")
    return seen


def _weight(name: str, weight: Decimal | int) -> Fraction:
    """Turn a weight into an exact fraction, rejecting floats, NaN and negative weights."""
    if isinstance(weight, Decimal) and not weight.is_finite():
        raise SplitError(f"vikten för ”{name}” är inte ett tal ({weight})")
    if not isinstance(weight, Decimal) and not _is_int(weight):
        raise SplitError(
            f"vikten för ”{name}” måste vara ett heltal eller decimaltal, inte {weight}"
        )
    if weight < 0:
        raise SplitError(f"vikten för ”{name}” får inte vara negativ ({weight}); ange en vikt ≥ 0")
    return Fraction(weight)


def _check_fixed_amount(name: str, amount: int, unit: int) -> None:
    """Reject a fixed amount that is not whole kronor, is negative or is not whole units."""
    if not _is_int(amount):
        raise SplitError(
            f"det fasta beloppet för ”{name}” måste anges i hela kronor, inte {amount}"
        )
    if amount < 0:
        raise SplitError(f"det fasta beloppet för ”{name}”, {_kr(amount)}, är negativt; ange "
                         "ett belopp ≥ 0")
    if amount % unit:
        raise SplitError(
            f"det fasta beloppet för ”{name}”, {_kr(amount)}, går inte att dela i "
            f"{whole_units(unit)}; ändra beloppet eller 'enhet'"
        )


def _is_int(value: object) -> bool:
    """Tell whether ``value`` is a true int (bool is not a number of kronor)."""
    return isinstance(value, int) and not isinstance(value, bool)

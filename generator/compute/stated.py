"""Figures the case states beside the ones the tool computes: the one comparison rule."""

from __future__ import annotations

from typing import NamedTuple

from generator.formatting import in_unit
from generator.problems import Loc


class Mismatch(NamedTuple):
    """A stated figure that differs from the computed one.

    `unit` is the unit the figure is written in; `stated_parts` is what the parts come to as
    the case states them, when some part is itself stated wrong; `formula` names how a
    derived figure is computed ("Tilldelat − Använt"), empty for a sum.
    """

    loc: Loc
    level: str
    stated: int
    computed: int
    unit: str = "kr"
    stated_parts: int | None = None
    formula: str = ""

    @property
    def difference(self) -> int:
        """Stated minus computed."""
        return self.stated - self.computed


def compare(loc: Loc, level: str, stated: int | None, computed: int) -> list[Mismatch]:
    """A mismatch when the case states a figure and it differs from the computed one."""
    if stated is None or stated == computed:
        return []
    return [Mismatch(loc, level, stated, computed)]


def mismatch_text(mismatch: Mismatch, parts: str = "delarna") -> str:
    """The one wording of a stated figure that differs from the computed one, in its unit."""
    diff = mismatch.difference
    direction = "hög" if diff > 0 else "låg"  # (den angivna summan; det angivna beloppet: -t)
    unit = mismatch.unit
    if mismatch.formula:
        return (
            f"angivet belopp {in_unit(mismatch.stated, unit)} för {mismatch.level} stämmer inte "
            f"med uträkningen {mismatch.formula} = {in_unit(mismatch.computed, unit)} (det "
            f"angivna är {in_unit(abs(diff), unit)} för {direction}t); rätta beloppet eller ta "
            "bort det så räknas det ut"
        )
    text = (
        f"angiven summa {in_unit(mismatch.stated, unit)} för {mismatch.level} stämmer inte med "
        f"summan av {parts} {in_unit(mismatch.computed, unit)} (den angivna är "
        f"{in_unit(abs(diff), unit)} för {direction})"
    )
    if mismatch.stated_parts is not None:
        off = mismatch.stated - mismatch.stated_parts
        against = "stämmer med den" if off == 0 else \
            f"den angivna är {in_unit(abs(off), unit)} för {'hög' if off > 0 else 'låg'}"
        as_stated = in_unit(mismatch.stated_parts, unit)
        text += (f"; med {parts}s angivna belopp blir summan {as_stated} ({against}), "
                 "så även en del är fel")
    return text + "; rätta summan eller ta bort den så räknas den ut"

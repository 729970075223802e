"""The computed figures case text may name, and their dotted names for the checks.

Case text such as `medel om {{ summa }}` names a figure instead of typing it, so text and
tables cannot disagree. `prose_figures` builds the names (summa, omraden, medel, risk,
uppdelningar); `named_figures` flattens them to `omraden[0].summa` and the like.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from generator import formatting
from generator.compute.computed import Computed


@dataclass(frozen=True)
class Figure:
    """An amount in whole kronor computed by the tool; prints as `21 724 100 kr`."""

    kronor: int
    unit_word: str = "kr"

    def __str__(self) -> str:
        return formatting.kr(self.kronor, self.unit_word)


def named_figures(computed: Computed) -> dict[str, int]:
    """Every computed amount under the name case text uses for it."""
    return {name: fig.kronor for name, fig in _walk(prose_figures(computed, "kr"), "")}


def prose_figures(computed: Computed, unit_word: str) -> dict[str, Any]:
    """The figures case text may name: summa, omraden, medel, risk, uppdelningar."""
    def fig(amount: int) -> Figure:
        return Figure(amount, unit_word)

    names: dict[str, Any] = {}
    if computed.allocation:
        names["summa"] = fig(computed.allocation.amount)
        names["omraden"] = [
            {"namn": a.area.namn, "summa": fig(a.amount),
             "insatser": [{"insats": r.row.insats, "belopp": fig(r.amount)} for r in a.rows]}
            for a in computed.allocation.areas
        ]
    if computed.funds:
        names["medel"] = {"summa": fig(computed.funds.amount),
                          "poster": [{"namn": i.namn, "belopp": fig(i.belopp)}
                                     for i in computed.funds.items]}
    if computed.risk:
        names["risk"] = {"summa": fig(computed.risk.at_risk),
                         "tilldelat": fig(computed.risk.allocated),
                         "anvant": fig(computed.risk.used),
                         "rader": [{"namn": line.row.insatsomrade, "risk": fig(line.at_risk)}
                                   for line in computed.risk.lines]}
    if computed.splits:
        names["uppdelningar"] = {
            key: {"summa": fig(s.split.summa), "metod": s.phrase,
                  "parter": [{"namn": n, "belopp": fig(a)} for n, a in s.parts]}
            for key, s in computed.splits.items()
        }
    return names


def _walk(value: Any, prefix: str) -> list[tuple[str, Figure]]:
    """Flatten nested figures into dotted names: omraden[0].summa, medel.summa …"""
    if isinstance(value, Figure):
        return [(prefix, value)]
    if isinstance(value, dict):
        return [pair for key, item in value.items()
                for pair in _walk(item, f"{prefix}.{key}" if prefix else str(key))]
    if isinstance(value, list):
        return [pair for i, item in enumerate(value) for pair in _walk(item, f"{prefix}[{i}]")]
    return []

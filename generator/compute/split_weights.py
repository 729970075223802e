"""A split's weights as its table prints them (`rubrik_vikt`) and text names them (`.vikt`).

A weight is printed as the case writes it, with as many decimals as the split's most exact
weight, as a `tal` column shows its numbers: "8 %" under "42,0 %" prints "8,0 %" (trial 92,
F5), and their total "100,0 %", which text names as the split's `vikt` (trial 95, F10).
"""

from __future__ import annotations

from decimal import Decimal

from generator.case.split_models import Split
from generator.formatting import WrittenNumber, decimals_of


def written_weights(split: Split) -> dict[str, WrittenNumber]:
    """Each party's weight (each member's of a group) by its name, as the module says; none
    for a party without a weight."""
    weights = [Decimal(party.vikt) for party in split.parter if party.vikt is not None]
    step = Decimal(1).scaleb(-max(map(decimals_of, weights), default=0))
    written: dict[str, WrittenNumber] = {}
    for party in split.parter:
        if party.vikt is None:
            continue
        shown = WrittenNumber(Decimal(party.vikt).quantize(step), party.percent)
        for name in party.namn if isinstance(party.namn, list) else [party.namn]:
            written[name] = shown
    return written


def weight_total(split: Split) -> WrittenNumber | None:
    """The weights' sum as the split's total row prints it (each member of a group counted):
    "247 791", or for a key in percent "100,0 %"; None for a split without weights."""
    written = written_weights(split)
    if not written:
        return None
    total = sum((weight.value for weight in written.values()), Decimal(0))
    return WrittenNumber(total, any(party.percent for party in split.parter))

"""A percentage the case names under `belopp:` in a table's formula (trial 54, F6).

`belopp: {stodandel: "73,37 %"}` names the share an EU decision sets; a formula may multiply
by it, `kostnad * belopp.stodandel`, exactly as by the percentage written out, `kostnad *
73,37 %` (a rate, never an amount: `compute.formula`). So the formula is read with each
named percentage written out as its percentage, and what the reading says about the
formula names it again as the case wrote it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

from generator.case.meant_percents import meant_percentage
from generator.compute.formula import NAMED, RateSlip
from generator.formatting import NBSP, Kronor, WrittenNumber, kr

_NAMED: Final = re.compile(re.escape(NAMED) + r"(\w+)")
"""A named figure in a formula: belopp.stodandel (group 1: its name)."""

Stated = Mapping[str, Kronor | WrittenNumber]
"""The figures a case states by name (`belopp`): amounts in kronor and percentages."""


def written_out(formula: str, stated: Stated) -> tuple[str, dict[str, str]]:
    """The formula with each named percentage written as its percentage ('belopp.stodandel'
    as '73,37 %'), and for each percentage written so the name it stands for, to say it by
    in messages (none where the formula writes that percentage itself as well)."""
    written: dict[str, str] = {}

    def percentage(match: re.Match[str]) -> str:
        figure = stated.get(match[1])
        if not isinstance(figure, WrittenNumber):
            return match[0]
        text = f"{str(figure.value).replace('.', ',')} %"
        written[text] = match[0]
        return text

    spelled = _NAMED.sub(percentage, formula)
    return spelled, {text: name for text, name in written.items() if text not in formula}


def named_again(message: str, written: Mapping[str, str]) -> str:
    """A message about the formula as read, with each percentage written out (`written_out`)
    named as the case wrote it: '… belopp.stodandel …' for '… 73,37 % …'."""
    for text, name in written.items():
        message = message.replace(f"talet '{text}'", f"procentsatsen '{name}'")
        message = message.replace(text, name)
    return message


def as_formula_names(stated: Stated) -> dict[str, Kronor]:
    """The named figures a formula may name, for its messages' suggestions ('menade du
    …?'): every name, the amounts first (a message's example multiplies by the first), a
    percentage by its rate (it is written out before the formula is read: `written_out`)."""
    amounts = {name: figure for name, figure in stated.items()
               if not isinstance(figure, WrittenNumber)}
    return amounts | {name: figure.value.scaleb(-2) for name, figure in stated.items()
                      if isinstance(figure, WrittenNumber)}


def rate_slip_message(slip: RateSlip, column: str) -> str:
    """Why a named amount cannot multiply an amount column (`RateSlip`), said at the amount:
    it is an amount, and how to write it if it is a percentage ('index: "3,6 %"', trial 77,
    F2: 'index: 3.6' read as 3,60 kr)."""
    return (f"{NAMED}{slip.name} är {kr(slip.value).replace(NBSP, ' ')}, ett belopp, men "
            f"'{slip.written}' i formeln för kolumnen '{column}' multiplicerar en beloppskolumn "
            f"med det, och två belopp kan inte multipliceras; är det en procentsats, skriv "
            f'{slip.name}: "{meant_percentage(slip.value)}" (med procenttecken), och är det ett '
            "belopp, multiplicera en tal- eller antalskolumn med det i stället")

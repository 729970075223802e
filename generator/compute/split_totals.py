"""A split's `summa` written as one of the case's amounts or a share of one (trial 76, F4).

Markaryd's rules give grundbidrag 70 % of the ram and volymbidrag 30 %: `summa: belopp.ram *
70 %` ties the split to the ram, so that a typed 249 000 for 294 000 cannot happen, and the
split follows the ram when it changes. It is read by the one rule of a `hogst` worked out
from the case's amounts (`column_limits.column_limit`: numbers and percentages times one
named amount, rounded half up to whole kronor); the split is then made as with a typed
`summa`. What cannot be read is an error at the `summa`, and the split is not made.
"""

from __future__ import annotations

from collections.abc import Mapping

from generator.case.money import AmountError
from generator.case.split_models import Split
from generator.compute.column_limits import column_limit
from generator.formatting import NBSP, Kronor, WrittenNumber, kr
from generator.problems import Finding, Loc

_PRODUCT = ("en summa som räknas ut är ett av ärendets belopp, eller tal och procentsatser "
            "gånger ett av dem, t.ex. 'belopp.ram * 70 %'")


def with_named_total(split: Split, named: Mapping[str, Kronor | WrittenNumber],
                     loc: Loc) -> tuple[Split | None, list[Finding]]:
    """The split with its `summa` worked out from the case's amounts (named: those under
    `belopp`), the split as it is where its `summa` is typed, or None and why."""
    written = split.named_total
    if written is None:
        return split, []
    try:
        total = column_limit(written, "kr", named, product=_PRODUCT)
    except AmountError as exc:
        return None, [Finding((*loc, "summa"), f"'summa': {exc.message}")]
    if total < 0 or total != int(total):
        shown = kr(total).replace(NBSP, " ")
        why = "negativ" if total < 0 else "inte hela kronor"
        return None, [Finding((*loc, "summa"), (
            f"'summa': '{written}' blir {shown}, som är {why}; en summa som delas är hela "
            "kronor, noll eller mer: rätta beloppet under 'belopp' eller skriv summan"))]
    return split.model_copy(update={"summa": int(total)}), []

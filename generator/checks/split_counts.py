"""A split's weights as counts that text types, checked as a table's count column is
(trial 95, F10).

A decision to share folkhälsomedel by population says "Kalmar kommun, som med 71 732
invånare har störst befolkning" where the split's weight is 71 372, or "Länet har 274 791
invånare" for a total of 247 791. A split by `befolkning` or `vikter` whose table shows its
weights (`rubrik_vikt: Invånare`) ties a number in text to them by the words of that header,
as a count column's header does (`literal_counts`): each party's weight, named
`uppdelningar.folkhalsa.parter.kalmar.vikt` (by place where it has no short name), and
their total, `uppdelningar.folkhalsa.vikt`. Weights in percent are shares, not counts: the
percent checks read them (`party_percents`).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from generator.case.split_models import Split
from generator.checks.literal_counts import CountFigure, FixedCounts, header_words
from generator.compute.split_weights import weight_total, written_weights
from generator.formatting import Kronor, WrittenNumber, as_written


def split_count_words(splits: Sequence[Split], tree: Mapping[str, Any]
                      ) -> dict[str, tuple[FixedCounts, ...]]:
    """The words of each weight header that tie a number in text to its split's weights
    (tree: the figures as text names them, for the parties' names)."""
    named = tree.get("uppdelningar", {})
    words: dict[str, tuple[FixedCounts, ...]] = {}
    for split in splits:
        total = weight_total(split)
        if not split.rubrik_vikt or split.metod not in ("befolkning", "vikter") \
                or split.namn not in named or total is None or total.percent:
            continue
        counts = FixedCounts(tuple(_figures(split, total, named[split.namn]["parter"])))
        for word in set(header_words(split.rubrik_vikt)):
            words[word] = (*words.get(word, ()), counts)
    return words


def _figures(split: Split, total: WrittenNumber, parties: Sequence[dict[str, Any]]
             ) -> Iterator[tuple[str, Kronor, CountFigure]]:
    """The total first where the split prints a total row, else last, then each party's
    weight, by the name text gives it."""
    prefix, where = f"uppdelningar.{split.namn}", f"uppdelningen '{split.namn}'"
    label = f"totalraden '{split.totalt}' i {where}" if split.totalt else \
        f"summan av vikterna i {where}"
    whole = (f"{prefix}.vikt", _units(total), CountFigure(label, as_written(total)))
    if split.totalt:
        yield whole
    weights = written_weights(split)
    shorts = getattr(parties, "shorts", ())
    for index, party in enumerate(parties):
        weight = weights.get(party["namn"])
        if weight is None:
            continue
        short = shorts[index] if index < len(shorts) else ""
        name = f"{prefix}.parter.{short}.vikt" if short else f"{prefix}.parter[{index}].vikt"
        yield name, _units(weight), CountFigure(f"raden '{party['namn']}' i {where}",
                                                as_written(weight))
    if not split.totalt:
        yield whole


def _units(weight: WrittenNumber) -> Kronor:
    """A weight as a count is compared: whole where it is."""
    value = weight.value
    return int(value) if value == value.to_integral_value() else value.normalize()

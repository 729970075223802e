"""Which figure an exact amount in a point that no table has is offered as "närmast".

A point is about the rows it names, so a wrong amount in it is read as a slip of a figure on
one of those rows before any other (trial 71, F10: "… för Förskola Centrum överförs 33,9
mnkr" is that row's 34,9, not another group's subtotal of 34,5). Only figures a slip may
explain are candidates (`near`: two digits swapped, one changed, or within the window of a
rounding). They are ranked:

1. a figure on a row the point names (`row_names.names_row`), the nearest first;
2. a figure on a row some of whose words the point names, or an amount the case states
   under `belopp:` some of whose name's words the point writes (without å, ä, ö: "oppen" in
   'hks_oppen' for "öppen"): the nearest first, and of two as near an amount the case
   states first, as a row's cell often takes it (trial 78, F1: "höja patientavgiften för
   besök i öppen hälso- och sjukvård … till 310 kr" is the row 'Besök i öppen vård' with
   300 kr, not 'Sluten vård, per vårddygn' with 130 kr by a swap of two digits, and "… för
   öppen hälso- och sjukvård till 1 450 kr" is `belopp.hks_oppen`, 1 400 kr, not the row
   'Läkemedel, 50 % rabatt efter' with 1 425 kr);
3. none: the other rules of the check offer the nearest (`consistency`).

An amount no slip explains, in a point that names one row or party by all its words, of that
row's size (`named_row_figure`), is told that row's figure too: "socialförvaltningen
tilldelas 4 429 035 kr" where the part 'Socialförvaltningen' gets 5 779 035 kr is about
that part, and the point should say its figure.

A word is named by the rule that names a row, one word at a time, so that what names a row
names its words alike.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from generator.checks.literal_amount import STATED, LiteralAmount, is_stated
from generator.checks.literal_amounts_parties import of_its_size
from generator.checks.row_names import names_row, row_words
from generator.compute.prose_figures import row_label
from generator.formatting import Kronor, magnitude
from generator.letters import plain_letters

_NAMED_ROW, _SOME_WORDS = 2, 1
"""How well a point names a candidate: a row by all its words, or by some (a stated amount by
some words of its name); 0 for not at all."""


def point_figure(literal: LiteralAmount, text: str, figures: Mapping[str, Kronor],
                 tree: dict[str, Any], near: Callable[[Kronor, Kronor], bool]
                 ) -> tuple[str, Kronor] | None:
    """The figure, by the ranks above, that the amount in the point (text) is a slip of, with
    its name; None where the point names none of the candidates (near: whether a slip may
    explain the amount as the figure)."""
    ranked = [(rank, name, figure) for name, figure in figures.items()
              if near(literal.value, figure)
              and (rank := _named(text, name, tree)) > 0]
    if not ranked:
        return None
    best = max(rank for rank, _, _ in ranked)
    _, name, figure = min(((rank, name, figure) for rank, name, figure in ranked
                           if rank == best),
                          key=lambda found: (magnitude(found[2] - literal.value),
                                             not is_stated(found[1])))
    return name, figure


def named_row_figure(literal: LiteralAmount, text: str, figures: Mapping[str, Kronor],
                     tree: dict[str, Any]) -> tuple[str, Kronor] | None:
    """The figure of the one row or party the point (text) names by all its words, of the
    amount's size (`of_its_size`), with its name: a party's part of a split before a row's
    figure (a point decides what a split gives: a table beside it may show last year's);
    None where the point names no such row, or more than one, or the row has two such
    figures that differ."""
    found = [(name, figure) for name, figure in figures.items()
             if not is_stated(name) and of_its_size(literal, figure)
             and _named(text, name, tree) == _NAMED_ROW]
    if len({row_label(tree, name) for name, _ in found}) != 1:
        return None
    parts = [item for item in found if item[0].startswith("uppdelningar.")]
    for candidates in (parts, found):
        if len({figure for _, figure in candidates}) == 1:
            return candidates[0]
    return None


def _named(text: str, name: str, tree: dict[str, Any]) -> int:
    """How well the text names the figure's row, or a stated amount's name (the ranks)."""
    if is_stated(name):
        words = plain_letters(name.removeprefix(STATED).lower()).split("_")
        return _SOME_WORDS if _some(plain_letters(text.lower()), words) else 0
    label = row_label(tree, name)
    if not label or not row_words(label):
        return 0
    return _NAMED_ROW if names_row(text, label) else \
        _SOME_WORDS if _some(text, row_words(label)) else 0


def _some(text: str, words: Iterable[str]) -> bool:
    """Whether the text names one of the words that is no number and has three letters or
    more (a number in a row's text, "50 % rabatt", is as often an amount of the point)."""
    return any(len(word) > 2 and not word.isdecimal() and names_row(text, word)
               for word in words)

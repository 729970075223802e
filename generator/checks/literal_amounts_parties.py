"""An amount a sentence writes right after a party of a split: what that party gets (trial 68,
F6).

"Avesta får 291 000 kr" beside a split that gives Avesta 281 000 kr is no near miss by the
rules of `literal_amounts`: with `enhet: 1000` every part has three significant digits, too
few for one wrong digit to be a slip rather than another amount. Named by its party, though,
the amount can only mean that party's part. The amount checks (`literal_amounts.misses_among`)
read such an amount as a miss of the part, before any other figure, unless it agrees with a
figure of the case or rounds one right. A literal is paired with a party (`party_pairs`)
only where that is plain:

* the party's name stands in the sentence exactly as the split writes it ("Avesta", not
  "Avestas"), and only one split near the text (`figure_scopes`), or of the case, has it;
* the amount follows it closely, at most `CLOSE_WORDS` words after it, with no other party
  or amount between ("Avesta får 291 000 kr och Borlänge 640 000 kr": each its own);
* several names joined by "och", "samt" or commas are paired with as many amounts right
  after them, in order ("Avesta och Borlänge får 281 000 kr respektive 639 000 kr"); with
  another number of amounts ("får 281 000 kr var") none is paired;
* the amount is written exactly (no "ca"), not as a size the text calls negative;
* the sentence does not write the party's part anywhere ("Avesta sökte 500 000 kr och får
  281 000 kr" is about two amounts);
* the amount is of the part's size, at most `SIZE_FACTOR` times it or a `SIZE_FACTOR`th of
  it (trial 90, F10: "Socialförvaltningen har fått 36,1 mnkr" over five years is another
  amount than its part of 4,4 mnkr this year, and offering the part would put it in a
  sentence about the five years).

A pair whose split is shown only under another heading than the text's (`apart`) gives way
to a near miss of a figure under the text's own heading (trial 90, F10: the sentence above
the table of the five years is about a row of that table), in `literal_amounts.misses_among`.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Mapping, Sequence
from functools import cache
from itertools import pairwise
from typing import Any, Final, NamedTuple, Protocol, TypeVar

from generator.checks.literal_amount import LiteralAmount
from generator.checks.literal_amounts_parts import sentence_start
from generator.compute.prose_figures import Figure
from generator.formatting import Kronor, magnitude

CLOSE_WORDS: Final = 4
"""How many words may stand between a party's name and its amount ("Avesta kommun tilldelas
291 000 kr": two)."""
SIZE_FACTOR: Final = 5
"""How many times a party's part, or how small a share of it, an amount beside the party's
name may be and still be read as the part mistyped."""
_WORD = re.compile(r"[^\W\d_]+")


@cache
def _joined_pattern() -> re.Pattern[str]:
    """What may stand between two names paired in order: a comma, "och" or "samt"."""
    return re.compile(r"\s*(?:,\s*(?:och\s+|samt\s+)?|\s(?:och|samt)\s+)", re.IGNORECASE)


class Paired(NamedTuple):
    """The part of a party that a literal's sentence names it by."""

    name: str
    """The part's figure, as text names it: `uppdelningar.k.parter[0].belopp`."""
    figure: Kronor
    split: str
    party: str
    apart: bool = False
    """Whether the split is shown only under another heading than the text's."""


class _Mention(NamedTuple):
    """A party's name where a sentence writes it."""

    start: int
    end: int
    party: str


def party_parts(tree: Mapping[str, Any]) -> dict[str, list[Paired]]:
    """Every party of the case's splits, by name, with its part in each split that has it."""
    parts: dict[str, list[Paired]] = {}
    for split, figures in tree.get("uppdelningar", {}).items():
        for index, party in enumerate(figures.get("parter", ())):
            if isinstance(party.get("belopp"), Figure):
                name = f"uppdelningar.{split}.parter[{index}].belopp"
                parts.setdefault(party["namn"], []).append(
                    Paired(name, party["belopp"].kronor, split, party["namn"]))
    return parts


def party_pairs(text: str, literals: Sequence[LiteralAmount],
                parts: Mapping[str, list[Paired]], near: Sequence[str] = (),
                apart: Collection[str] = ()) -> dict[int, Paired]:
    """The part each literal of text is paired with by the rules above, by the literal's
    offset (parts: `party_parts`; near: the splits shown near the text, by name; apart:
    those shown only under other headings)."""
    pairs: dict[int, Paired] = {}
    for party, literal, sentence in beside_names(text, parts if literals else (), literals):
        part = _the_part(parts[party], near)
        if part is not None and not literal.approximate and not literal.sized \
                and all(item.value != part.figure for item in sentence) \
                and of_its_size(literal, part.figure):
            pairs[literal.offset] = part._replace(apart=part.split in apart)
    return pairs


class Placed(Protocol):
    """A figure written in a text, where it starts."""

    @property
    def offset(self) -> int: ...


P = TypeVar("P", bound=Placed)


def beside_names(text: str, names: Collection[str], figures: Sequence[P]
                 ) -> Iterator[tuple[str, P, list[P]]]:
    """Each figure of text (in text order) that stands by one of names by the rules above,
    with that name and every figure of its sentence."""
    mentions = list(_mentions(text, names)) if names and figures else []
    if not mentions:
        return
    for sentence in _sentences(text, mentions, figures):
        written = [item for item in sentence if not isinstance(item, _Mention)]
        for mention, figure in _paired(text, sentence):
            yield mention.party, figure, written


def of_its_size(literal: LiteralAmount, figure: Kronor) -> bool:
    """Whether a literal is at most `SIZE_FACTOR` times a part, or a `SIZE_FACTOR`th of it."""
    size, part = magnitude(literal.value), magnitude(figure)
    return part <= size * SIZE_FACTOR and size <= part * SIZE_FACTOR


def _mentions(text: str, names: Collection[str]) -> Iterator[_Mention]:
    """Where text writes a party's name, exactly and as a whole word (the longest name where
    one holds another: "Region Dalarna" before "Dalarna")."""
    ordered = sorted(names, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, ordered)) + r")(?!\w)")
    for match in pattern.finditer(text):
        yield _Mention(match.start(), match.end(), match.group())


def _sentences(text: str, mentions: Sequence[_Mention], figures: Sequence[P]
               ) -> list[list[_Mention | P]]:
    """The names and figures of each sentence of text, in text order."""
    items: list[tuple[int, _Mention | P]] = sorted(
        [(m.start, m) for m in mentions] + [(a.offset, a) for a in figures],
        key=lambda item: item[0])
    sentences: dict[int, list[_Mention | P]] = {}
    for at, item in items:
        sentences.setdefault(sentence_start(text, at), []).append(item)
    return list(sentences.values())


def _paired(text: str, sentence: Sequence[_Mention | P]) -> Iterator[tuple[_Mention, P]]:
    """Each name of a sentence with the figure it is paired with: a run of names joined by
    commas or "och" followed closely by a run of figures, one figure for one name, or as
    many as there are names, in order."""
    runs: list[list[_Mention | P]] = []
    for item in sentence:
        if runs and isinstance(runs[-1][0], _Mention) == isinstance(item, _Mention):
            runs[-1].append(item)
        else:
            runs.append([item])
    for names, figures in pairwise(runs):
        if not isinstance(names[0], _Mention) or isinstance(figures[0], _Mention):
            continue
        named = [name for name in names if isinstance(name, _Mention)]
        said = [figure for figure in figures if not isinstance(figure, _Mention)]
        if not _close(text, named[-1].end, said[0].offset) or not _joined(text, named):
            continue
        if len(named) == 1:
            yield named[0], said[0]
        elif len(named) == len(said):
            yield from zip(named, said, strict=True)


def _close(text: str, end: int, start: int) -> bool:
    """Whether an amount at start follows a name ending at end closely enough to be its."""
    return len(_WORD.findall(text, end, start)) <= CLOSE_WORDS


def _joined(text: str, names: Sequence[_Mention]) -> bool:
    """Whether names stand side by side, joined only by commas, "och" or "samt"."""
    return all(_joined_pattern().fullmatch(text, one.end, other.start) is not None
               for one, other in pairwise(names))


def _the_part(parts: Sequence[Paired], near: Sequence[str]) -> Paired | None:
    """The one part of a party the text may mean: its only one, else its only one in a split
    near the text; None where that is not one."""
    if len(parts) > 1:
        parts = [part for part in parts if part.split in near]
    return parts[0] if len(parts) == 1 else None


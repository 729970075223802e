"""Amounts that text gives without a minus sign for a row whose figure is negative (trial 50,
F1).

A bokslut's text quotes a driftredovisning's negative figures as sizes: "Störst underskott
har grundskolan, 7 935 tkr, och förskoleverksamheten, 3 414 tkr" for the rows 'Grundskola',
−7 935 tkr, and 'Förskoleverksamhet', −3 441 tkr; "Grundskolans utfall var 112 206 tkr".
The words of `sign_words` say so of the first amount only, and of none in the last sentence.
So an amount without a sign of its own, in a sentence that names a row with a negative
figure, is read as such a size too (`LiteralAmount.sized`): as typed and as the negative
amount of that size (`literal_amounts.readings`). A digit swap or near miss of the row's
figure is then warned about by the same rules as any other, naming the row and saying
"utan minustecken"; "3 441 tkr" agrees with it.

A sentence names a row where it has the row's text (in any letter case, without a part in
brackets, at least `MIN_LABEL` and at most `MAX_NAMED` characters) as a word, or as a word
with a Swedish ending
(`_ENDING`): "förskoleverksamheten" names 'Förskoleverksamhet', "Grundskolans" 'Grundskola'.
The total row's label names the total's figures alike ("Barn- och utbildningsnämnden"), and
"kostnaden" or "utgifterna" name a negative row of costs ('Utgifter', typed with minus signs:
"Den faktiska kostnaden … uppgår till totalt 43 140 500 kronor" for −43 104 500 kr, trial
49, F2).
Cases whose tables have no negative figure, most, are passed over at once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from functools import cache
from typing import Final

from generator.checks.literal_amount import LiteralAmount
from generator.checks.literal_amounts_parts import sentence_of
from generator.compute.cost_groups import COST_WORDS, names_costs
from generator.compute.tables import TableResult, every_row
from generator.problems import Loc

MIN_LABEL: Final = 4
"""The fewest characters of a row's text that a sentence is read to name it by (a row 'A'
or 'Ö' is named by every word that begins so)."""
MAX_NAMED: Final = 100
"""The most characters of a row's text that a sentence is read to name it by: no sentence
quotes a longer one, and each place of a sentence is tried against the labels of at most as
many lengths (a case file's rows may be thousands, of a thousand characters each)."""
_ENDING: Final = r"(?:e?n|e?t|na)?s?"
"""The endings a row's text may take in a sentence: definite forms (grundskola-n,
förskoleverksamhet-en, budget-et, förskolor-na) and the genitive -s."""


@cache
def _tail() -> re.Pattern[str]:
    """What may follow a row's text where a sentence names it: an ending, and no more letters."""
    return re.compile(rf"{_ENDING}(?!\w)")


_START: Final = re.compile(r"(?<!\w)\S")
"""Where a row's text may begin in a sentence: not within a word."""
_BRACKETS: Final = re.compile(r"\([^()]*\)?")


def sized_by_rows(amounts: Mapping[Loc, Sequence[LiteralAmount]], texts: Mapping[Loc, str],
                  tables: Mapping[str, TableResult]) -> dict[Loc, list[LiteralAmount]]:
    """The amounts of each text, those without a sign in a sentence that names a row (or a
    total) with a negative figure read as sizes (see above)."""
    labels = frozenset(_negative_labels(tables))
    if not labels:
        return {loc: list(found) for loc, found in amounts.items()}
    lengths: dict[str, set[int]] = {}
    for label in labels:
        lengths.setdefault(label[:MIN_LABEL], set()).add(len(label))
    named: dict[str, bool] = {}

    def names_a_row(sentence: str) -> bool:
        if sentence not in named:  # (a sentence of many amounts is read once)
            named[sentence] = _names_a_row(sentence.lower(), labels, lengths)
        return named[sentence]
    return {loc: [_sized(literal, texts[loc], names_a_row) for literal in found]
            for loc, found in amounts.items()}


def _sized(literal: LiteralAmount, text: str, names_a_row: Callable[[str], bool]
           ) -> LiteralAmount:
    """The literal read as a size where it has no sign and its sentence names such a row."""
    if literal.sized or literal.value <= 0 or text[literal.offset - 1 : literal.offset] == "+":
        return literal
    if not names_a_row(sentence_of(text, literal.offset)):
        return literal
    return literal._replace(sized=True)


def _names_a_row(sentence: str, labels: frozenset[str], lengths: Mapping[str, set[int]]
                 ) -> bool:
    """Whether a sentence (in lower case) has one of the labels as a word or as a word with
    an ending (`lengths`: the labels' lengths by their first `MIN_LABEL` characters), each
    place where one may begin tried against the labels that begin so, one length at a time."""
    for start in _START.finditer(sentence):
        at = start.start()
        for length in lengths.get(sentence[at : at + MIN_LABEL], ()):
            if sentence[at : at + length] in labels and _tail().match(sentence, at + length):
                return True
    return False


def _negative_labels(tables: Mapping[str, TableResult]) -> Iterator[str]:
    """The texts, in lower case and without brackets, of every row and total row with a
    negative figure, as long as `MIN_LABEL` at least and `MAX_NAMED` at most."""
    for result in tables.values():
        found = [_label(row.spec.texts.values()) for row in every_row(result.rows)
                 if any(amount < 0 for amount in row.amounts.values())]
        if any(total < 0 for total in result.totals.values()):
            found.append(_label([result.spec.total_label or ""]))
        if any(map(names_costs, found)):
            found += COST_WORDS
        yield from (label for label in found if MIN_LABEL <= len(label) <= MAX_NAMED)


def _label(texts: Iterable[str]) -> str:
    """A row's text (its first that is not empty), in lower case, without brackets."""
    first = next((text for text in texts if text), "")
    return " ".join(_BRACKETS.sub("", first).split()).lower()

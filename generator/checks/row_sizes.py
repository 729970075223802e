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
brackets, at least `MIN_LABEL` characters) as a word, or as a word with a Swedish ending
(`_ENDING`): "förskoleverksamheten" names 'Förskoleverksamhet', "Grundskolans" 'Grundskola'.
The total row's label names the total's figures alike ("Barn- och utbildningsnämnden"), and
"kostnaden" or "utgifterna" name a negative row of costs ('Utgifter', typed with minus signs:
"Den faktiska kostnaden … uppgår till totalt 43 140 500 kronor" for −43 104 500 kr, trial
49, F2).
Cases whose tables have no negative figure, most, are passed over at once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Final

from generator.checks.literal_amount import LiteralAmount
from generator.checks.literal_amounts_parts import sentence_of
from generator.compute.cost_groups import COST_WORDS, names_costs
from generator.compute.tables import TableResult, every_row
from generator.problems import Loc

MIN_LABEL: Final = 4
"""The fewest characters of a row's text that a sentence is read to name it by (a row 'A'
or 'Ö' is named by every word that begins so)."""
_ENDING: Final = r"(?:e?n|e?t|na)?s?"
"""The endings a row's text may take in a sentence: definite forms (grundskola-n,
förskoleverksamhet-en, budget-et, förskolor-na) and the genitive -s."""
_BRACKETS: Final = re.compile(r"\([^()]*\)?")


def sized_by_rows(amounts: Mapping[Loc, Sequence[LiteralAmount]], texts: Mapping[Loc, str],
                  tables: Mapping[str, TableResult]) -> dict[Loc, list[LiteralAmount]]:
    """The amounts of each text, those without a sign in a sentence that names a row (or a
    total) with a negative figure read as sizes (see above)."""
    labels = sorted(set(_negative_labels(tables)), key=len, reverse=True)
    if not labels:
        return {loc: list(found) for loc, found in amounts.items()}
    named = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, labels))}){_ENDING}(?!\w)",
                       re.IGNORECASE)
    return {loc: [_sized(literal, texts[loc], named) for literal in found]
            for loc, found in amounts.items()}


def _sized(literal: LiteralAmount, text: str, named: re.Pattern[str]) -> LiteralAmount:
    """The literal read as a size where it has no sign and its sentence names such a row."""
    if literal.sized or literal.value <= 0 or text[literal.offset - 1 : literal.offset] == "+":
        return literal
    if named.search(sentence_of(text, literal.offset)) is None:
        return literal
    return literal._replace(sized=True)


def _negative_labels(tables: Mapping[str, TableResult]) -> Iterator[str]:
    """The texts, in lower case and without brackets, of every row and total row with a
    negative figure, as long as `MIN_LABEL` at least."""
    for result in tables.values():
        found = [_label(row.spec.texts.values()) for row in every_row(result.rows)
                 if any(amount < 0 for amount in row.amounts.values())]
        if any(total < 0 for total in result.totals.values()):
            found.append(_label([result.spec.total_label or ""]))
        if any(map(names_costs, found)):
            found += COST_WORDS
        yield from (label for label in found if len(label) >= MIN_LABEL)


def _label(texts: Iterable[str]) -> str:
    """A row's text (its first that is not empty), in lower case, without brackets."""
    first = next((text for text in texts if text), "")
    return " ".join(_BRACKETS.sub("", first).split()).lower()

"""A warning where a sentence that names one row of a table gives an amount of the row's
size that is none of the case's figures, even a round one.

In a taxa rounded to hundreds every fee is round, and the amount checks pass over a round
amount ("50 kr" may be another limit): "Avgiften för slutet sällskap föreslås höjas från
800 kr till 1 700 kr" went unchecked where the row 'Slutet sällskap' says 800 → 1 600 kr
(trial 91, F2). Where the sentence names the row (`row_names`, in any order) and no other
row of the case's tables, an amount written exactly that

* is none of the case's figures in any reading (another figure is the amount checks'),
* has as many digits as one of the row's amounts, which is as round at the amount's last
  place (1 700 beside 1 600, not 50 kr beside 1 600 kr), and
* is no difference or sum of two of the row's amounts ("höjs med 700 kr" from 900 kr), and
* stands beside another of the row's amounts in the sentence, in another column ("från 800
  kr till 1 700 kr"; "i fjol 85 000 kr" alone may be another year's),

is warned about, offering the row's nearest amount of that size. A row named only by
numbers ("2020") is not taken as named (`reference_rows`).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from itertools import combinations
from typing import NamedTuple

from generator.checks.literal_amount import LiteralAmount
from generator.checks.literal_amounts import find_amounts, readings
from generator.checks.literal_amounts_parts import sentence_of
from generator.checks.reference_rows import named_by_words, without_references
from generator.checks.report import Reporter
from generator.checks.row_names import Said, named_words, names_words, own_words, said_words
from generator.compute.tables import RowResult, TableResult
from generator.formatting import Kronor, in_unit, magnitude
from generator.problems import Loc, Problem


class _Row(NamedTuple):
    """A labelled row of a general table: its text, its name in text, its table, its words
    that tell and those only it has in its table (`row_names.own_words`), and its amounts by
    column."""

    label: str
    name: str
    table: TableResult
    words: tuple[frozenset[str], frozenset[str]]
    amounts: Mapping[str, Kronor]


def round_amount_problems(
    figures: Mapping[str, Kronor], texts: Mapping[Loc, str],
    amounts: Mapping[Loc, Sequence[LiteralAmount]], report: Reporter,
    tables: Mapping[str, TableResult],
) -> list[Problem]:
    """A warning at each amount of a sentence about one row that is none of the case's
    figures but of the size of one of the row's amounts."""
    problems: list[Problem] = []
    rows: list[_Row] | None = None
    every: frozenset[str] = frozenset()
    named: dict[str, list[_Row]] = {}  # (the rows each sentence names, found once)
    known = set(figures.values())
    for loc, text in texts.items():
        for literal in amounts.get(loc, ()):
            if literal.approximate or {r.value for r in readings(literal)} & known:
                continue
            if rows is None:
                rows = list(_all_rows(tables))
                every = frozenset().union(*(row.words[0] for row in rows))
            sentence = sentence_of(text, literal.offset)
            if sentence not in named:
                said = said_words(without_references(sentence))
                found = named_words(said, every)
                named[sentence] = [row for row in rows if found & row.words[0]
                                   and _names(said, row, found)]
            about = named[sentence]
            message = (_message(literal, about[0], _anchors(sentence, literal))
                       if len(about) == 1 else None)
            if message is not None:
                where = report.in_text(loc, text, literal.offset, literal.text)
                problems.append(report.problem(where, message, "varning"))
    return problems


def _names(said: Said, row: _Row, found: frozenset[str]) -> bool:
    """Whether a sentence's words name a row, by a word (`named_by_words`); found: the words
    of every row that they name."""
    wanted, own = row.words
    return names_words(said, wanted, lambda: own, found) and named_by_words(row.label)


def _anchors(sentence: str, literal: LiteralAmount) -> set[Kronor]:
    """The sizes of the sentence's other amounts, written exactly, in any reading."""
    return {magnitude(reading.value) for other in find_amounts(sentence)
            if other.text != literal.text and not other.approximate
            for reading in readings(other)}


def _message(literal: LiteralAmount, row: _Row, anchors: set[Kronor]) -> str | None:
    """The warning about an amount in a sentence about a row, or None where it is not of the
    size of the row's amounts or is one of them, their difference or sum, or where the
    sentence gives none of the row's other amounts beside it (`anchors`: "från 800 kr till
    1 700 kr" gives the row's 800 kr; "i fjol 85 000 kr" alone may be another year's)."""
    value = magnitude(literal.value)
    given = {column for column, amount in row.amounts.items() if magnitude(amount) in anchors}
    own = {column: amount for column, amount in row.amounts.items()
           if column not in given and _digits(magnitude(amount)) == _digits(value)
           and magnitude(amount) % literal.precision == 0}
    if not given or not own or value in _made_of(list(row.amounts.values())):
        return None
    column = min(own, key=lambda key: (abs(magnitude(own[key]) - value), key))
    table = row.table

    def shown(amount: Kronor, key: str) -> str:  # (as the table shows it)
        return in_unit(amount, table.spec.unit, decimals=table.decimals.get(key))

    said = " och ".join(shown(amount, key) for key, amount in row.amounts.items())
    return (f"meningen nämner raden '{row.label}', men beloppet '{literal.text}' finns inte "
            f"på raden, vars belopp är {said}; menar meningen radens belopp, skriv "
            f"{{{{ {row.name}.{column} }}}}, så följer texten tabellen")


def _digits(value: Kronor) -> int:
    """How many digits a whole amount has before its decimals."""
    return len(str(int(value)))


def _made_of(amounts: list[Kronor]) -> set[Kronor]:
    """The row's amounts, and the differences and sums of two of them, by size."""
    made = {magnitude(amount) for amount in amounts}
    for first, second in combinations(amounts, 2):
        made |= {magnitude(first - second), magnitude(first + second)}
    return made


def _all_rows(tables: Mapping[str, TableResult]) -> Iterator[_Row]:
    """Every labelled row with amounts of every general table, at any depth."""
    for name, table in tables.items():
        rows = list(_rows(table.rows, f"tabeller.{name}"))
        words = own_words(label for label, _, _ in rows)
        for label, at, amounts in rows:
            yield _Row(label, at, table, words[label], amounts)


def _rows(rows: tuple[RowResult, ...], at: str) -> Iterator[tuple[str, str, Mapping[str, Kronor]]]:
    """The rows with a text and amounts, at any depth: text, name of their figures, amounts."""
    for index, row in enumerate(rows):
        name = f"{at}.rader[{index}]"
        label = next((text for text in row.spec.texts.values() if text), "")
        if label and row.amounts:
            yield label, name, row.amounts
        yield from _rows(row.children, name)

"""A warning where a sentence about one row of a table gives another row's figure.

Trial 37 (source 3): the table has Finansförvaltningen 19,3 mnkr in a group whose subtotal,
"Summa budgetavvikelse", is 16,1 mnkr, and the text says "Finansförvaltningen
prognostiserar ett överskott på 16,1 mkr". 16,1 is a computed figure, so the amount check
passes it. The rule is narrow, as it must not guess which row a sentence is about:

* the sentence begins with a row's text as the table writes it ("Finansförvaltningen …"),
  the row of a table under the text's heading (`figure_scopes`), or a clause of it does
  after "och" or a comma, its first letter in either case ("… och bildningsnämnden …",
  trial 71, F2); the sentence or clause names no other row;
* it has exactly one typed amount, written exactly (no "ca"), before any "varav";
* the amount is none of that row's figures (as typed, or as a size the text calls
  negative: `literal_amounts.readings`), but exactly the figure of another row, a subtotal
  or a total of the same table, in a column where the row has a figure of its own.

The same sentence with the row's own figure given the other sign's word, or typed with a
slip, is told of by `row_sentence_misses`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from functools import cache
from typing import Any, NamedTuple

from generator.checks.figure_rows import figure_word, on_row
from generator.checks.figure_scopes import FigureScopes
from generator.checks.literal_amount import LiteralAmount
from generator.checks.literal_amounts import find_amounts, readings
from generator.checks.literal_amounts_parts import SENTENCE_END
from generator.checks.report import Reporter
from generator.checks.row_sentence_misses import Shown, sign_word_message, slip_message
from generator.compute.tables import RowResult, TableResult
from generator.formatting import Kronor, in_unit
from generator.problems import Loc, Problem


@cache
def _sentence() -> re.Pattern[str]:
    """Where a sentence begins: at the start, after a blank line, after . ! ? and a space, or
    after a list item's mark ("- Barn 2: …", trial 73, F4)."""
    return re.compile(r"(?:(?<=[.!?])\s+|\n\s*\n|^\s*|(?m:^)[ \t]*(?:[-*+•]|\d+[.)])[ \t]+)"
                      r"(?=\S)")


_FIRST_WORD = re.compile(r"\w+")
_JOINS = re.compile(r",\s*|\s+och\s+")
"""Where a clause about another row may begin."""
_PARTS = re.compile(r"\b(?:varav|därav|varibland)\b", re.IGNORECASE)
"""Where a sentence goes on to a part of its amount: "underskott på 0,8 mkr varav …"."""


class _Row(NamedTuple):
    """A labelled row of a table: its text, the name its figures are named under, and them."""

    label: str
    name: str
    amounts: Mapping[str, Kronor]


def wrong_row_problems(
    figures: Mapping[str, Kronor], texts: Mapping[Loc, str],
    amounts: Mapping[Loc, Sequence[LiteralAmount]], report: Reporter,
    tables: Mapping[str, TableResult], scopes: FigureScopes, tree: dict[str, Any],
) -> list[Problem]:
    """A warning at each amount of a sentence about a row that is another row's figure, or
    the row's own with the other sign's word or a slip (`row_sentence_misses`; amounts: the
    amounts found in each text, to pass over a text with none)."""
    problems = []
    rows: dict[str, dict[str, list[_Row]]] = {}
    for loc, text in texts.items():
        if not amounts[loc]:
            continue
        near = [table for table in scopes.tables_near(loc) if table in tables]
        for start in _sentence_starts(text) if near else ():
            for table in near:
                if table not in rows:
                    rows[table] = _by_first_word(_rows(tables[table].rows, f"tabeller.{table}"))
                for said in _said(text, start, rows[table]):
                    message = _message(said, text[said.start:said.offset], figures,
                                       f"tabeller.{table}.", tree, tables, tables[table])
                    if message is not None:
                        where = report.in_text(loc, text, said.offset, said.literal.text)
                        problems.append(report.problem(where, message, "varning"))
    return problems


class _Said(NamedTuple):
    """The one amount of a clause about a row (its offset in the text), the row, and where
    the clause begins."""

    literal: LiteralAmount
    row: _Row
    offset: int
    start: int


def _said(text: str, start: int, rows: Mapping[str, list[_Row]]) -> Iterator[_Said]:
    """The row and the one amount of each clause of the sentence at start about a row
    (`_clauses`): one that begins with the row's text, names no other row and has one
    amount, written exactly, before any "varav"."""
    for begin, end in _clauses(text, start, _sentence_end(text, start), rows):
        row = _row_at(text, begin, rows)
        if row is None:
            continue
        clause = text[begin:end]
        if _names_another(clause[len(row.label):], rows):
            continue
        literals = find_amounts(_PARTS.split(clause, maxsplit=1)[0])
        if len(literals) == 1 and not literals[0].approximate:
            yield _Said(literals[0], row, begin + literals[0].offset, begin)


def _clauses(text: str, start: int, end: int,
             rows: Mapping[str, list[_Row]]) -> Iterator[tuple[int, int]]:
    """The clauses of a sentence: it is one, but for another row named after "och" or a
    comma ("Socialnämnden … 5,0 mkr och bildningsnämnden … 0,8 mkr"), where one begins."""
    begins = [start] + [found.end() for found in _JOINS.finditer(text, start, end)
                        if _row_at(text, found.end(), rows) is not None]
    return zip(begins, [*begins[1:], end], strict=True)


def _row_at(text: str, start: int, rows: Mapping[str, list[_Row]]) -> _Row | None:
    """The row whose text the text has at start, its first letter in either case: the
    longest such, so "Dagavgift med el kostar …" is about the row 'Dagavgift med el', not
    'Dagavgift' (trial 85, F2)."""
    word = _FIRST_WORD.match(text, start)
    if word is None:
        return None
    first = word.group()
    candidates = rows.get(first, []) or rows.get(first[:1].upper() + first[1:], [])
    return max((row for row in candidates if _begins_with(text, start, row.label)),
               key=lambda row: len(row.label), default=None)


def _names_another(rest: str, rows: Mapping[str, list[_Row]]) -> bool:
    """Whether the rest of a sentence names a row of the table by its text."""
    return any(_begins_with(rest, found.start(), row.label)
               for found in _FIRST_WORD.finditer(rest)
               for row in rows.get(found.group(), ()))


def _message(said: _Said, before: str, figures: Mapping[str, Kronor], prefix: str,
             tree: dict[str, Any], tables: Mapping[str, TableResult],
             table: TableResult) -> str | None:
    """The warning about the sentence's amount, or None where the row has it."""
    literal, row = said.literal, said.row
    values = {reading.value for reading in readings(literal)}
    headers = {column.key: column.header for column in table.spec.columns}

    def shown(kronor: Kronor, column: str) -> str:  # (as the table shows it, with its decimals)
        return in_unit(kronor, table.spec.unit, decimals=table.decimals.get(column))

    signed = sign_word_message(literal, before, row.label, row.amounts, headers, shown)
    if signed is not None or values & set(row.amounts.values()):
        return signed
    for name, figure in figures.items():
        column = name.rsplit(".", 1)[-1]
        if name.startswith(prefix) and figure in values and column in row.amounts:
            return _other_row(literal, row, name, figure, column, shown, tree, tables)
    own = [figure for name, figure in figures.items() if name.startswith(prefix)]
    return slip_message(literal, before, values, row.label, row.name, row.amounts, own, shown,
                        lambda figure: _unsigned(literal, figure))


def _other_row(literal: LiteralAmount, row: _Row, name: str, figure: Kronor, column: str,
               shown: Shown, tree: dict[str, Any], tables: Mapping[str, TableResult]) -> str:
    """The warning: the figure the amount is, the row's own, and how to name the row's."""
    own = row.amounts[column]
    where = on_row(name, tree, tables)
    return (f"meningen handlar om raden '{row.label}', men beloppet '{literal.text}' är "
            f"{figure_word(name, figure, tables)} {shown(figure, column)}"
            f"{where or f' ({name})'}, och "
            f"radens belopp är {shown(own, column)}; skriv "
            f"{{{{ {row.name}.{column}{_unsigned(literal, own)} }}}} för radens belopp eller "
            f"{{{{ {name}{_unsigned(literal, figure)} }}}} för det andra")


def _unsigned(literal: LiteralAmount, figure: Kronor) -> str:
    """' | utan_tecken' where a size the text calls negative names a negative figure."""
    return " | utan_tecken" if literal.sized and figure < 0 else ""


def _rows(rows: tuple[RowResult, ...], at: str) -> Iterator[_Row]:
    """Every row with a text of its own, at any depth, with the name of its figures."""
    for index, row in enumerate(rows):
        name = f"{at}.rader[{index}]"
        label = next((text for text in row.spec.texts.values() if text), "")
        if label:
            yield _Row(label, name, row.amounts)
        yield from _rows(row.children, name)


def _by_first_word(rows: Iterator[_Row]) -> dict[str, list[_Row]]:
    """The rows by the first word of their text, so a sentence's first word finds them."""
    found: dict[str, list[_Row]] = {}
    for row in rows:
        word = _FIRST_WORD.match(row.label)
        if word is not None:
            found.setdefault(word.group(), []).append(row)
    return found


def _sentence_starts(text: str) -> Iterator[int]:
    """Where each sentence of text begins."""
    return (match.end() for match in _sentence().finditer(text))


def _sentence_end(text: str, start: int) -> int:
    """Where the sentence that begins at start ends (after its . ! or ?, or at the next list
    item)."""
    match = SENTENCE_END.search(text, start)
    end = match.end() if match else len(text)
    item = _list_item().search(text, start, end)
    return item.start() if item else end


@cache
def _list_item() -> re.Pattern[str]:
    """A line break before a list item's mark."""
    return re.compile(r"\n[ \t]*(?:[-*+•]|\d+[.)])[ \t]")


def _begins_with(text: str, start: int, label: str) -> bool:
    """Whether the text at start is the label as written, a whole word or words (its first
    letter in either case)."""
    end = start + len(label)
    return text[start:start + 1].lower() == label[:1].lower() \
        and text.startswith(label[1:], start + 1) and not text[end : end + 1].isalnum()

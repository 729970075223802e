"""A warning where a sentence about one row of a table gives another row's figure.

Trial 37 (source 3): the table has Finansförvaltningen 19,3 mnkr in a group whose subtotal,
"Summa budgetavvikelse", is 16,1 mnkr, and the text says "Finansförvaltningen
prognostiserar ett överskott på 16,1 mkr". 16,1 is a computed figure, so the amount check
passes it. The rule is narrow, as it must not guess which row a sentence is about:

* the sentence begins with a row's text as the table writes it ("Finansförvaltningen …"),
  the row of a table under the text's heading (`figure_scopes`);
* it has exactly one typed amount, written exactly (no "ca");
* the amount is none of that row's figures (as typed, or as a size the text calls
  negative: `literal_amounts.readings`), but exactly the figure of another row, a subtotal
  or a total of the same table, in a column where the row has a figure of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from typing import Any, NamedTuple

from generator.checks.figure_rows import figure_word, on_row
from generator.checks.figure_scopes import FigureScopes
from generator.checks.literal_amount import LiteralAmount
from generator.checks.literal_amounts import find_amounts, readings
from generator.checks.literal_amounts_parts import SENTENCE_END
from generator.checks.report import Reporter
from generator.compute.tables import RowResult, TableResult
from generator.formatting import Kronor, in_unit
from generator.problems import Loc, Problem

_SENTENCE = re.compile(r"(?:(?<=[.!?])\s+|\n\s*\n|^\s*)(?=\S)")
"""Where a sentence begins: at the start, after a blank line, or after . ! ? and a space."""
_FIRST_WORD = re.compile(r"\w+")


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
    """A warning at each amount of a sentence about a row that is another row's figure
    (amounts: the amounts found in each text, to pass over a text with none)."""
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
                found = _wrong_figure(text, start, rows[table], figures, f"tabeller.{table}.")
                if found is None:
                    continue
                literal, row, name, column = found
                where = report.in_text(loc, text, literal.offset, literal.text)
                problems.append(report.problem(where, _message(
                    literal, row, name, figures[name], column, tables[table], tree, tables),
                    "varning"))
    return problems


def _wrong_figure(
    text: str, start: int, rows: Mapping[str, list[_Row]], figures: Mapping[str, Kronor],
    prefix: str,
) -> tuple[LiteralAmount, _Row, str, str] | None:
    """The one amount of the sentence at start, the row it begins with, and the other
    figure of the table the amount is (with its column), if the rule above holds."""
    word = _FIRST_WORD.match(text, start)
    candidates = rows.get(word.group(), []) if word else []
    row = next((row for row in candidates if _begins_with(text, start, row.label)), None)
    if row is None:
        return None
    sentence = text[start:_sentence_end(text, start)]
    literals = find_amounts(sentence)
    if len(literals) != 1 or literals[0].approximate:
        return None
    values = {reading.value for reading in readings(literals[0])}
    if values & set(row.amounts.values()):
        return None
    for name, figure in figures.items():
        column = name.rsplit(".", 1)[-1]
        if name.startswith(prefix) and figure in values and column in row.amounts:
            return literals[0]._replace(offset=start + literals[0].offset), row, name, column
    return None


def _message(literal: LiteralAmount, row: _Row, name: str, figure: Kronor, column: str,
             table: TableResult, tree: dict[str, Any], tables: Mapping[str, TableResult]) -> str:
    """The warning: the figure the amount is, the row's own, and how to name the row's."""
    own = row.amounts[column]

    def shown(kronor: Kronor) -> str:  # (as the table shows it, with the column's decimals)
        return in_unit(kronor, table.spec.unit, decimals=table.decimals.get(column))

    where = on_row(name, tree, tables)
    return (f"meningen handlar om raden '{row.label}', men beloppet '{literal.text}' är "
            f"{figure_word(name, figure, tables)} {shown(figure)}"
            f"{where or f' ({name})'}, och "
            f"radens belopp är {shown(own)}; skriv "
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
    return (match.end() for match in _SENTENCE.finditer(text))


def _sentence_end(text: str, start: int) -> int:
    """Where the sentence that begins at start ends (after its . ! or ?)."""
    match = SENTENCE_END.search(text, start)
    return match.end() if match else len(text)


def _begins_with(text: str, start: int, label: str) -> bool:
    """Whether the text at start is the label as written, a whole word or words."""
    end = start + len(label)
    return text.startswith(label, start) and not text[end : end + 1].isalnum()

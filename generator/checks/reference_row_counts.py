"""A warning where a point or a sentence takes a figure from a row and writes a count that
the same row's count says otherwise (trial 94, F5).

"utöka antalet platser för ferieentreprenörer med 8 platser år 2021, vilket medför en ökad
kostnad om {{ tabeller.utokning.rader.entreprenor.kostnad }}" printed 8 places for the
60 000 kr of a row that says 7 places, without a word. A reference to a row's cell
(`reference_rows.row_references`) ties its point (in text: its sentence) to that row; a count
in it, in digits or in letters from två to tolv ("åtta platser"), followed by a word of the
header of just one of the table's count columns (`literal_counts`: "platser" and 'Antal
platser'; a word of two such headers does not tell which), is that row's count. It is warned
about where it is not the row's count in that column, nor any other count of the table in it
(a total, another row: then the sentence counts something else), nor the sum or difference
of two of the row's counts ("utöka med 2 platser till {{ …efter }}" from 10 to 12). A point
that refers to several rows of the table, or to the row's count itself, says the count
already and is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from decimal import Decimal
from functools import cache
from itertools import combinations
from typing import Any, NamedTuple

from generator.checks.literal_amounts_counts import NUMBER_WORDS
from generator.checks.literal_amounts_parts import SENTENCE_END, sentence_start
from generator.checks.literal_counts import CountColumn, TextCount, count_words, find_counts
from generator.checks.reference_rows import row_references
from generator.checks.report import Reporter, point_word
from generator.compute.prose_figures import first_text, row_of
from generator.compute.tables import TableResult
from generator.formatting import COUNT_PLACES
from generator.problems import Loc, Problem


@cache
def _number_word() -> re.Pattern[str]:
    """A count in letters, två to tolv, as a word of its own."""
    return re.compile(rf"(?<!\w)(?:{'|'.join(NUMBER_WORDS)})(?!\w)", re.IGNORECASE)


class _Said(NamedTuple):
    """A sentence (or point) with a reference to a row: where it starts in its text, the
    sentence, the reference, and the row's cells."""

    start: int
    text: str
    reference: re.Match[str]
    row: dict[str, Any]


def reference_count_problems(texts: Mapping[Loc, str], report: Reporter,
                             tree: dict[str, Any], tables: Mapping[str, TableResult]
                             ) -> list[Problem]:
    """A warning at each count of a point or sentence that refers to a row's figure, where
    the count is not the row's (see the module's doc)."""
    problems = []
    for loc, text in texts.items():
        who = "punkten" if point_word(loc) else "meningen"
        for said in _said(loc, text, tree):
            result = tables.get(said.reference["name"].split(".")[1])
            if result is None:
                continue
            referred = {match["key"] for match in row_references(said.text)}
            for count in _counts(said.text, result, referred):
                message = _other_count(count, said, result, who)
                if message is not None:
                    offset = said.start + count.literal.offset
                    where = report.in_text(loc, text, offset, text[offset:][:len(count.said)])
                    problems.append(report.problem(where, message, "varning"))
    return problems


def _said(loc: Loc, text: str, tree: dict[str, Any]) -> Iterator[_Said]:
    """Each sentence (the whole point, in a point) with just one row of a table it refers
    to, that row's reference (the first) and its cells."""
    seen: set[int] = set()
    for reference in row_references(text):
        if not reference["name"].startswith("tabeller."):
            continue
        start = 0 if point_word(loc) else sentence_start(text, reference.start())
        if start in seen:
            continue
        seen.add(start)
        end = len(text) if point_word(loc) else _sentence_end(text, reference.end())
        sentence = text[start:end]
        rows = {id(row) for match in row_references(sentence)
                if match["name"].startswith(reference["head"])
                and (row := row_of(tree, match["name"])[0]) is not None}
        row = row_of(tree, reference["name"])[0]
        if row is not None and len(rows) == 1:
            yield _Said(start, sentence, reference, row)


def _sentence_end(text: str, at: int) -> int:
    """Where the sentence that place at is in ends (the end of the text at last), as
    `literal_amounts_parts.sentence_of` reads it."""
    found = SENTENCE_END.search(text, at)
    return found.start() if found else len(text)


def _counts(sentence: str, result: TableResult, referred: set[str]) -> list[TextCount]:
    """The counts of a sentence followed by a word of a header of the table's count columns
    (not those the sentence refers to), each tied to those columns; counts in letters as
    digits."""
    columns = {c.key for c in result.spec.columns if c.counted and c.key not in referred}
    if not columns:
        return []
    words = {word: tied for word, found in count_words({"": result}).items()
             if (tied := tuple(c for c in found if isinstance(c, CountColumn)
                               and c.row is None and c.column.key in columns))}
    plain = _blank_references(_number_word().sub(_as_digits, sentence))
    return find_counts(plain, words)


def _as_digits(match: re.Match[str]) -> str:
    """A count in letters as digits, as long as the word (the places in the text kept)."""
    return str(NUMBER_WORDS[match.group().lower()]).ljust(len(match.group()))


def _blank_references(text: str) -> str:
    """A text with its `{{ … }}` references blanked, the places kept."""
    return re.sub(r"\{\{.*?\}\}", lambda found: " " * len(found.group()), text)


def _other_count(count: TextCount, said: _Said, result: TableResult, who: str) -> str | None:
    """The warning for a count that the row's counts in its columns say otherwise, or None
    (see the module's doc)."""
    keys = [column.column.key for column in count.columns if isinstance(column, CountColumn)]
    if len(keys) != 1:
        return None  # (which column the count is of, the text does not tell)
    own = {key: _value(said.row.get(key)) for key in keys}
    row_counts = [value for key in (c.key for c in result.spec.columns if c.counted)
                  if (value := _value(said.row.get(key))) is not None]
    value = count.literal.value
    if any(figure is None for figure in own.values()) or value in own.values() \
            or value in table_counts(result, keys) \
            or any(abs(a - b) == value or a + b == value for a, b in combinations(row_counts, 2)):
        return None
    key = keys[0]
    name = f"{said.reference['name'].rsplit('.', 1)[0]}.{key}"
    written = said.text[count.literal.offset:][:len(count.said)]
    noun = written.split(maxsplit=1)[1]
    letters = not written[0].isdigit()
    label = first_text(said.row)
    return (f"{who} hänvisar till raden '{label}' ({said.row[key]} {noun}), men skriver "
            f"'{written}'; skriv '{{{{ {name}{' | i_ord' if letters else ''} }}}} {noun}' så "
            f"följer {who} tabellen, eller rätta raden om {who} har rätt")


def _value(shown: Any) -> Decimal | None:
    """A count as the row's cell prints it ("1 250"), or None where the cell holds none."""
    if not isinstance(shown, str):
        return None
    plain = shown.replace("\u00a0", "").replace(" ", "").replace(",", ".")
    return Decimal(plain) if re.fullmatch(r"\d+(?:\.\d+)?", plain) else None


def table_counts(result: TableResult, keys: list[str]) -> set[Decimal]:
    """Every count of the table in the given columns: its rows' and its totals, in units."""
    scale = Decimal(10) ** COUNT_PLACES
    found = {Decimal(result.totals[key]) / scale for key in keys if key in result.totals}
    stack = list(result.rows)
    while stack:
        row = stack.pop()
        found |= {Decimal(row.amounts[key]) / scale for key in keys if key in row.amounts}
        stack += row.children
    return found

"""The fast column widths give exactly what the first, plain implementation gave.

`_Oracle` below is that implementation, kept as it was (only renamed) but for the rule
that a header wraps only when the body needs the width (`header`, amount headers
unbroken when the text gets less than a line taller, else the room left going to the
headers that wrap, in proportion to what each lacks); the property
test compares it with `column_widths` on random tables, and the seed test on every
table of every sample case.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import generator.word.tables as tables
from generator.build import Pipeline
from generator.word.widths import BOLD, CELL_PADDING, STEP, ColumnText, column_widths
from generator.word.word_lengths import ADDRESS_UNBROKEN, HYPHENATED_WORD

CASES = sorted((Path(__file__).resolve().parents[2] / "cases").glob("*.yaml"))
_BREAKS = re.compile(r"(?<=-)|[ \t\n]+")
_ADDRESS = re.compile(r"://|^www\.|^_?[0-9a-f]{16,}$")


class _Oracle:
    """The plain implementation of `column_widths`, as a reference."""

    @staticmethod
    def widths(columns: Sequence[ColumnText], available: int, char: int) -> list[int]:
        if not columns:
            return []
        natural = [_Oracle.natural(column, char) for column in columns]
        text = [i for i, column in enumerate(columns) if not column.fixed] or list(
            range(len(columns)))
        unbroken = [max(_Oracle.natural(column, char), _Oracle.header(column, char))
                    for column in columns]
        if sum(unbroken) <= available:
            return _Oracle.spread(unbroken, text, available - sum(unbroken))
        if sum(natural) <= available:
            headers_first = _Oracle.headers_unbroken(columns, unbroken, text, available, char)
            if headers_first is not None:
                return headers_first
            lacking = [i for i in range(len(columns)) if unbroken[i] > natural[i]]
            wants = sum(unbroken[i] - natural[i] for i in lacking)
            result = list(natural)
            for i in lacking:
                result[i] += (available - sum(natural)) * (unbroken[i] - natural[i]) // wants
            result[lacking[-1]] += available - sum(result)
            return result
        return _Oracle.text_shares(columns, natural, text, available, char)

    @staticmethod
    def text_shares(columns: Sequence[ColumnText], others: list[int], text: list[int],
                    available: int, char: int) -> list[int]:
        widths = list(others)
        fixed_total = sum(others[i] for i in range(len(columns)) if i not in text)
        shared = _Oracle.share(available - fixed_total, [columns[i] for i in text], char)
        for index, width in zip(text, shared, strict=True):
            widths[index] = width
        return _Oracle.fit(widths, available)

    @staticmethod
    def headers_unbroken(columns: Sequence[ColumnText], unbroken: list[int], text: list[int],
                         available: int, char: int) -> list[int] | None:
        """Amount headers unbroken when only they would wrap and the text gets less than
        one line taller."""
        if any(unbroken[i] > _Oracle.natural(columns[i], char) for i in text):
            return None
        widths = _Oracle.text_shares(columns, unbroken, text, available, char)
        if any(widths[i] < _Oracle.widest_word(columns[i], char) for i in text):
            return None
        words = [columns[i] for i in text]
        taller = (_Oracle.height(words, [widths[i] for i in text], char)
                  - _Oracle.height(words, [_Oracle.natural(c, char) for c in words], char))
        return widths if taller < 1.0 else None

    @staticmethod
    def widest_word(column: ColumnText, char: int) -> int:
        plain = max((_Oracle.word_length(w) for line in column.lines
                     for w in _BREAKS.split(line)), default=1)
        bold = max((_Oracle.word_length(w) for line in (*column.header_lines,
                                                        *column.bold_lines)
                    for w in _BREAKS.split(line)), default=0)
        return max(_Oracle.twips(plain, char), _Oracle.twips(bold, char, BOLD))

    @staticmethod
    def natural(column: ColumnText, char: int) -> int:
        plain = max((len(line) for line in column.lines), default=1)
        bold = max((len(line) for line in column.bold_lines), default=0)
        return max(_Oracle.twips(plain, char), _Oracle.twips(bold, char, BOLD),
                   _Oracle.widest_word(column, char))

    @staticmethod
    def header(column: ColumnText, char: int) -> int:
        return _Oracle.twips(max((len(line) for line in column.header_lines), default=0),
                             char, BOLD)

    @staticmethod
    def weight(column: ColumnText) -> int:
        return max(1, sum(len(line) for line in column.lines))

    @staticmethod
    def spread(widths: list[int], receivers: list[int], extra: int) -> list[int]:
        result = list(widths)
        total = sum(widths[i] for i in receivers) or 1
        for index in receivers:
            result[index] += extra * widths[index] // total
        result[receivers[-1]] += sum(widths) + extra - sum(result)
        return result

    @staticmethod
    def share(space: int, columns: Sequence[ColumnText], char: int) -> list[int]:
        widths = [_Oracle.widest_word(column, char) for column in columns]
        natural = [_Oracle.natural(column, char) for column in columns]
        left = space - sum(widths)
        while left >= STEP:
            growing = [i for i in range(len(columns)) if widths[i] + STEP <= natural[i]]
            if not growing:
                break

            def height_with(index: int) -> float:
                trial = list(widths)
                trial[index] += STEP
                return _Oracle.height(columns, trial, char)

            best = min(growing, key=lambda i: (height_with(i), -_Oracle.weight(columns[i])))
            widths[best] += STEP
            left -= STEP
        return widths

    @staticmethod
    def height(columns: Sequence[ColumnText], widths: Sequence[int], char: int) -> float:
        rows = max((len(column.cells) for column in columns), default=0)
        total = 0.0
        for row in range(rows):
            total += max(_Oracle.lines(column.cells[row] if row < len(column.cells) else "",
                                       width, char)
                         for column, width in zip(columns, widths, strict=True))
        return total

    @staticmethod
    def lines(text: str, width: int, char: int) -> float:
        per_line = max(1.0, (width - CELL_PADDING) / char)
        return sum(max(1.0, len(line) / per_line) for line in text.split("\n"))

    @staticmethod
    def fit(widths: list[int], available: int) -> list[int]:
        total = sum(widths)
        if total > available:
            widths = [width * available // total for width in widths]
        widths[-1] += available - sum(widths)
        return widths

    @staticmethod
    def word_length(word: str) -> int:
        if _ADDRESS.search(word):
            return min(len(word), ADDRESS_UNBROKEN)
        return min(len(word), HYPHENATED_WORD)

    @staticmethod
    def twips(characters: int, char: int, factor: float = 1.0) -> int:
        return round(characters * char * factor) + CELL_PADDING


WORDS = ["i", "och", "medel", "beslut", "Region", "Länschefsnätverket",
         "överenskommelse-insatser", "suicidprevention", "1 000 000", "2024-01-01",
         "https://www.example.se/a/b", "www.regionen.se", "0123456789abcdef01",
         "självmordsförebyggande", "-", "a-b-c", "\t", " ", "kr."]
word = st.one_of(st.sampled_from(WORDS), st.text("abcåö-0123456789 \t\n\xa0", max_size=24))
line = st.lists(word, max_size=10).map(" ".join)
cell = st.lists(line, min_size=1, max_size=3).map("\n".join)


@st.composite
def column(draw: st.DrawFn, rows: int) -> ColumnText:
    """A column of `rows` body cells (sometimes fewer), some bold, maybe a header."""
    cells = draw(st.lists(cell, min_size=max(0, rows - 1), max_size=rows))
    bold = [draw(st.booleans()) and draw(st.booleans()) for _ in cells]
    plain = tuple(x for text, b in zip(cells, bold, strict=True) if not b
                  for x in text.split("\n"))
    strong = tuple(x for text, b in zip(cells, bold, strict=True) if b
                   for x in text.split("\n"))
    header = tuple(draw(st.lists(line, max_size=2)))
    return ColumnText(plain, header, fixed=draw(st.booleans()) and draw(st.booleans()),
                      bold_lines=strong, cells=tuple(cells))


@st.composite
def table(draw: st.DrawFn) -> tuple[list[ColumnText], int, int]:
    """Columns (1–8, some twice), the width available and the character width (twips)."""
    rows = draw(st.integers(0, 8))
    columns = draw(st.lists(column(rows), min_size=draw(st.integers(0, 1)), max_size=8))
    columns += columns[:draw(st.integers(0, 8 - len(columns)))]  # equal columns tie
    available = draw(st.one_of(st.sampled_from([9072, 9639, 4536, 13606]),
                               st.integers(0, 20000)))
    char = draw(st.one_of(st.sampled_from([110, 120, 132, 139]), st.integers(40, 300)))
    return columns, available, char


@settings(max_examples=250, deadline=None)
@given(table())
def test_the_widths_are_those_of_the_plain_implementation(
        case: tuple[list[ColumnText], int, int]) -> None:
    columns, available, char = case
    assert column_widths(columns, available, char) == _Oracle.widths(columns, available, char)


@st.composite
def amount_table(draw: st.DrawFn) -> tuple[list[ColumnText], int, int]:
    """Text columns and amount columns whose headers ("2014 (tkr)") are wider than their
    figures, in a width between what the bodies need and what the unbroken headers need."""
    rows = draw(st.integers(1, 6))
    columns = draw(st.lists(column(rows), min_size=1, max_size=2))
    columns = [c._replace(fixed=False) for c in columns]
    for _ in range(draw(st.integers(1, 3))):
        figures = draw(st.lists(st.sampled_from(["182", "26", "1 238", ""]), min_size=rows,
                                max_size=rows))
        header = draw(st.sampled_from([("2014 (tkr)",), ("Belopp (kr)",), ("2015",)]))
        columns.append(ColumnText(tuple(figures), header, fixed=True, cells=tuple(figures)))
    char = draw(st.sampled_from([110, 120, 132]))
    bodies = sum(c.natural(char) for c in columns)
    headers = sum(max(c.natural(char), c.header_width(char)) for c in columns)
    available = draw(st.integers(bodies, max(bodies, headers)))
    return columns, available, char


@settings(max_examples=250, deadline=None)
@given(amount_table())
def test_amount_headers_get_the_widths_of_the_plain_implementation(
        case: tuple[list[ColumnText], int, int]) -> None:
    columns, available, char = case
    assert column_widths(columns, available, char) == _Oracle.widths(columns, available, char)


@settings(max_examples=100, deadline=None)
@given(table())
def test_the_column_measures_are_those_of_the_plain_implementation(
        case: tuple[list[ColumnText], int, int]) -> None:
    columns, _, char = case
    for one in columns:
        assert one.widest_word(char) == _Oracle.widest_word(one, char)
        assert one.natural(char) == _Oracle.natural(one, char)
        assert one.header_width(char) == _Oracle.header(one, char)
        assert one.weight == _Oracle.weight(one)


@pytest.fixture
def seed_tables(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[object]]:
    """Every call to `column_widths` while the sample cases are built, checked as it goes."""
    seen: list[object] = []

    def compare(columns: Sequence[ColumnText], available: int, char: int) -> list[int]:
        widths = column_widths(columns, available, char)
        assert widths == _Oracle.widths(columns, available, char)
        seen.append(widths)
        return widths

    monkeypatch.setattr(tables, "column_widths", compare)
    yield seen


def test_every_sample_table_gets_the_widths_of_the_plain_implementation(
        seed_tables: list[object]) -> None:
    pipeline = Pipeline()
    for path in CASES:
        assert pipeline.build(path).problems == []
    assert len(seed_tables) >= len(CASES)

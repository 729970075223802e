"""The fast column widths give exactly what the first, plain implementation gave.

`_Oracle` below is that implementation, kept as it was (only renamed) but for the rule
that a header wraps only when the body needs the width (`header`, amount headers
unbroken when the text gets at most a line taller, its lines counted whole as of trial
27, none in a table of one row as of trial 56, nor when the wrapped headers take only
that line more as of trial 61, else the room left going to the headers
that wrap, in proportion to what each lacks), the rule for when not even the
bodies fit (`squeezed`) and those of trial 24 (a bold figure at BOLD_FIGURES, what `fit`
leaves over to the last text column, alike amount columns `evened`) and trial 38 (an
amount header's `short_word` unbroken when the floors leave the room) and trial 61 (short
cells and names kept whole where the table is no taller, or a name where only the header
row is a line taller, a header word counted at its longest part where it has a compound's
joint, `short_cells_whole`) and trial 77 (a table of figures alone, no text column,
filled up from its narrowest columns, `levelled`); the property tests compare it with
`column_widths` on random tables, and the seed test on every table of every sample case.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Sequence
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import generator.word.table_widths as table_widths
import generator.word.tables as tables
from generator.build import Pipeline
from generator.word.compounds import compound_joints
from generator.word.widths import (
    BOLD,
    BOLD_FIGURES,
    CELL_PADDING,
    MIN_TEXT,
    SHORT_CELL,
    SHORT_LINE,
    SHORT_WORD,
    STEP,
    ColumnText,
    Measure,
    added,
    column_widths,
)
from generator.word.word_lengths import ADDRESS_UNBROKEN, HYPHENATED_WORD

CASES = sorted((Path(__file__).resolve().parents[2] / "cases").glob("*.yaml"))
_BREAKS = re.compile(r"(?<=-)|[ \t\n]+")
_HEADER_BREAKS = re.compile(r"(?<=-)|(?<=[^\W\d_]_)(?=[^\W\d_])|[ \t\n]+")
"""A header line breaks after a "_" between letters too ("Utfall_proc", trial 40)."""
_ADDRESS = re.compile(r"://|^www\.|^_?[0-9a-f]{16,}$")


class _Oracle:
    """The plain implementation of `column_widths`, as a reference."""

    @staticmethod
    def widths(columns: Sequence[ColumnText], available: int, char: int) -> list[int]:
        if not columns:
            return []
        text = [i for i, column in enumerate(columns) if not column.fixed] or list(
            range(len(columns)))
        widths = _Oracle.unevened(columns, available, char)
        if not columns[text[0]].fixed:
            widths = _Oracle.short_cells_whole(columns, widths, text, char)
        return _Oracle.evened(widths, columns, text, char)

    @staticmethod
    def short_cells_whole(columns: Sequence[ColumnText], widths: list[int], text: list[int],
                          char: int) -> list[int]:
        """The text columns' short cells (one line of 2 to SHORT_CELL words and at most
        SHORT_LINE characters) that break,
        names first, then the shortest, each made to fit by STEPs all from one text column,
        the first by the most room above its floor (its longest word, a header word at its
        longest part between a compound's joints, and its longest short cell that fits) where
        the table, body and text headers in whole lines, gets no taller, or for a name where
        the body gets no taller and the header row at most a line, a column's longer cells not
        tried once one fails (trial 61)."""
        def fits(cell: str, width: int) -> bool:
            return len(cell) <= max(1, int((width - CELL_PADDING + 0.5) / char))

        def short(cell: str) -> bool:
            return ("\n" not in cell and 2 <= len(cell.split(" ")) <= SHORT_CELL
                    and len(cell) <= SHORT_LINE)

        def name(cell: str) -> bool:
            words = cell.split(" ")
            return 2 <= len(words) <= 3 and all(
                re.fullmatch(r"[^\W\d_]+(-[^\W\d_]+)*", w) is not None
                and w[0].isupper() for w in words)

        def height(trial: list[int]) -> tuple[int, int]:
            words = [columns[i] for i in text]
            body = _Oracle.height(words, [trial[i] for i in text], char, whole=True)
            header = max(sum(math.ceil(len(line) / max(1, int((trial[i] - CELL_PADDING + 0.5)
                                                              / (char * BOLD))))
                             for line in columns[i].header_lines) for i in text)
            return int(body), header

        result = list(widths)
        wanted = sorted((not name(cell), len(cell), text.index(i)) for i in text
                        for cell in columns[i].cells if short(cell) and not fits(cell, widths[i]))
        body, header = height(result)
        failed: list[tuple[int, int]] = []
        for other, length, position in wanted:
            receiver = text[position]
            if any(position == where and length >= shortest for where, shortest in failed):
                continue
            floors = {i: max([_Oracle.joint_word(columns[i], char),
                              *(_Oracle.twips(len(cell), char) for cell in columns[i].cells
                                if short(cell) and fits(cell, result[i]))]) for i in text}
            steps = max(0, math.ceil((_Oracle.twips(length, char) - result[receiver]) / STEP))
            donors = sorted((i for i in text if i != receiver
                             and result[i] - steps * STEP >= floors[i]),
                            key=lambda i: (floors[i] - result[i], text.index(i)))
            for donor in donors:
                trial = list(result)
                trial[donor] -= steps * STEP
                trial[receiver] += steps * STEP
                lines = height(trial)
                if sum(lines) <= body + header or (
                        not other and lines[0] <= body and lines[1] <= header + 1):
                    result = trial
                    break
            else:
                if steps:
                    failed.append((position, length))
        return result

    @staticmethod
    def evened(widths: list[int], columns: Sequence[ColumnText], text: list[int],
               char: int) -> list[int]:
        """Amount columns of equal measures and header line lengths at their average, the
        twips left over to the last text column."""
        result = list(widths)
        for one in range(len(columns)):
            if not columns[one].fixed:
                continue
            key = (_Oracle.widest_word(columns[one], char), _Oracle.natural(columns[one], char),
                   _Oracle.least(columns[one], char),
                   [len(line) for line in columns[one].header_lines])
            alike = [i for i in range(len(columns)) if columns[i].fixed and key == (
                _Oracle.widest_word(columns[i], char), _Oracle.natural(columns[i], char),
                _Oracle.least(columns[i], char), [len(line) for line in columns[i].header_lines])]
            if alike[0] == one and len({result[i] for i in alike}) > 1:
                total = sum(result[i] for i in alike)
                for i in alike:
                    result[i] = total // len(alike)
                result[text[-1]] += total - sum(result[i] for i in alike)
        return _Oracle.same_shape(result, columns, text, char)

    @staticmethod
    def same_shape(widths: list[int], columns: Sequence[ColumnText], text: list[int],
                   char: int) -> list[int]:
        """Amount columns whose headers are the same but for their digits at their average,
        or at the widest figure of them where that is wider, the last text column giving
        the difference while it keeps its longest word (trial 45, F8)."""
        def shape(column: ColumnText) -> list[str]:
            return [re.sub(r"\d", "0", line) for line in column.header_lines]

        result = list(widths)
        receiver = text[-1]
        for one in range(len(columns)):
            if not columns[one].fixed:
                continue
            alike = [i for i in range(len(columns))
                     if columns[i].fixed and shape(columns[i]) == shape(columns[one])]
            if alike[0] != one or len(alike) < 2 or receiver in alike \
                    or len({result[i] for i in alike}) == 1:
                continue
            total = sum(result[i] for i in alike)
            even = max([total // len(alike), *(_Oracle.least(columns[i], char) for i in alike)])
            extra = even * len(alike) - total
            if extra > 0 and result[receiver] - extra < _Oracle.widest_word(columns[receiver],
                                                                            char):
                continue
            for i in alike:
                result[i] = even
            result[receiver] -= extra
        return result

    @staticmethod
    def unevened(columns: Sequence[ColumnText], available: int, char: int) -> list[int]:
        natural = [_Oracle.natural(column, char) for column in columns]
        text = [i for i, column in enumerate(columns) if not column.fixed] or list(
            range(len(columns)))
        unbroken = [max(_Oracle.natural(column, char), _Oracle.header(column, char))
                    for column in columns]
        if sum(unbroken) <= available:
            if all(column.fixed for column in columns):
                return _Oracle.levelled(unbroken, available)
            longest = max(_Oracle.body(columns[i], char) for i in text)
            receivers = [i for i in text if 2 * _Oracle.body(columns[i], char) >= longest]
            return _Oracle.spread(unbroken, receivers, available - sum(unbroken))
        if sum(natural) <= available:
            headers_first = _Oracle.headers_unbroken(columns, unbroken, text, available, char)
            if headers_first is not None:
                return headers_first
            return _Oracle.toward(natural, unbroken, available)
        return _Oracle.squeezed(columns, text, available, char)

    @staticmethod
    def levelled(widths: list[int], available: int) -> list[int]:
        """A table of figures (trial 77): the most of its narrowest columns that an equal
        share of what the others leave holds raised to that share, the twips left over to
        the last of them."""
        order = sorted(range(len(widths)), key=lambda i: widths[i])
        for count in range(len(widths), 0, -1):
            level = (available - sum(widths[i] for i in order[count:])) // count
            if all(widths[i] <= level for i in order[:count]):
                break
        raised = sorted(order[:count])
        result = [level if i in raised else widths[i] for i in range(len(widths))]
        result[raised[-1]] += available - sum(result)
        return result

    @staticmethod
    def toward(natural: list[int], unbroken: list[int], available: int) -> list[int]:
        """The bodies unbroken, the room left to the headers that wrap, in proportion to
        what each lacks."""
        lacking = [i for i in range(len(natural)) if unbroken[i] > natural[i]]
        wants = sum(unbroken[i] - natural[i] for i in lacking)
        result = list(natural)
        for i in lacking:
            result[i] += (available - sum(natural)) * (unbroken[i] - natural[i]) // wants
        result[lacking[-1]] += available - sum(result)
        return result

    @staticmethod
    def squeezed(columns: Sequence[ColumnText], text: list[int], available: int,
                 char: int) -> list[int]:
        """Text columns from their longest word, amount columns from their widest figure
        and, if all these floors then fit, their longest header word of at most SHORT_WORD
        characters;
        of the splits of the space above between the amount headers and the text, the one
        giving the lowest table, header row included (on a tie the headers get more)."""
        least = [_Oracle.widest_word(column, char) if i in text else _Oracle.least(column, char)
                 for i, column in enumerate(columns)]
        words = [least[i] if i in text else max(least[i], _Oracle.short_word(column, char))
                 for i, column in enumerate(columns)]
        floors = words if sum(words) <= available else least
        if sum(floors) > available:  # the text gives way toward half its longest word
            lowest = {i: min(floors[i], max(_Oracle.twips(MIN_TEXT, char), floors[i] // 2))
                      for i in text}
            room = sum(floors[i] - least for i, least in lowest.items())
            over = min(sum(floors) - available, room)
            narrower = [floors[i] - (over * (floors[i] - lowest[i]) // room
                                     if i in lowest and room else 0)
                        for i in range(len(columns))]
            return _Oracle.fit(narrower, available, text[-1])
        steps = max(0, (available - sum(floors)) // STEP)
        amounts = [i for i in range(len(columns)) if i not in text]
        texts = [columns[i] for i in text]
        shares = _Oracle.share_steps(available - sum(floors[i] for i in amounts), texts, char)
        best: tuple[float, list[int]] | None = None
        for header_steps, widths in enumerate(
                _Oracle.header_steps(columns, amounts, floors, steps, char)):
            shared = shares[min(len(shares) - 1, steps - header_steps)]
            for index, width in zip(text, shared, strict=True):
                widths[index] = width
            height = max((_Oracle.header_lines(column, width, char)
                          for column, width in zip(columns, widths, strict=True)),
                         default=0.0) + _Oracle.height(texts, shared, char)
            if best is None or height <= best[0]:
                best = height, widths
        assert best is not None
        return _Oracle.fit(best[1], available, text[-1])

    @staticmethod
    def header_steps(columns: Sequence[ColumnText], amounts: list[int], floors: list[int],
                     steps: int, char: int) -> list[list[int]]:
        """The widths after 0, 1, … (at most `steps`) STEPs given each to the amount column
        whose header has the most lines (the first on a tie), within its header unbroken."""
        widths = list(floors)
        result = [list(widths)]
        while len(result) <= steps:
            growing = [i for i in amounts
                       if widths[i] + STEP <= _Oracle.header(columns[i], char)]
            if not growing:
                break
            best = max(growing,
                       key=lambda i: (_Oracle.header_lines(columns[i], widths[i], char), -i))
            widths[best] += STEP
            result.append(list(widths))
        return result

    @staticmethod
    def header_lines(column: ColumnText, width: int, char: int) -> float:
        per_line = max(1.0, (width - CELL_PADDING) / (char * BOLD))
        total = 0.0
        for line in column.header_lines:
            total += max(1.0, len(line) / per_line)
        return total

    @staticmethod
    def least(column: ColumnText, char: int) -> int:
        """An amount column's floor: its body, and its header words with a digit or in
        parentheses, which cannot break."""
        fixed = [_Oracle.twips(len(word), char, BOLD) for line in column.header_lines
                 for word in line.split()
                 if word.startswith("(") or any(c.isdigit() for c in word)]
        return max([_Oracle.body(column, char), *fixed])

    @staticmethod
    def short_word(column: ColumnText, char: int) -> int:
        """The longest header word of at most SHORT_WORD characters (bold), 0 for none."""
        short = [len(word) for line in column.header_lines for word in _HEADER_BREAKS.split(line)
                 if 0 < len(word) <= SHORT_WORD]
        return _Oracle.twips(max(short), char, BOLD) if short else 0

    @staticmethod
    def body(column: ColumnText, char: int) -> int:
        plain = max((len(line) for line in column.lines), default=1)
        return max([_Oracle.twips(plain, char), *(_Oracle.bold(line, char)
                                                  for line in column.bold_lines)])

    @staticmethod
    def bold(line: str, char: int) -> int:
        """A bold line: BOLD_FIGURES without a letter."""
        letters = any(c.isalpha() for c in line)
        return _Oracle.twips(len(line), char, BOLD if letters else BOLD_FIGURES)

    @staticmethod
    def text_shares(columns: Sequence[ColumnText], others: list[int], text: list[int],
                    available: int, char: int) -> list[int]:
        widths = list(others)
        fixed_total = sum(others[i] for i in range(len(columns)) if i not in text)
        shared = _Oracle.share(available - fixed_total, [columns[i] for i in text], char)
        for index, width in zip(text, shared, strict=True):
            widths[index] = width
        return _Oracle.fit(widths, available, text[-1])

    @staticmethod
    def headers_unbroken(columns: Sequence[ColumnText], unbroken: list[int], text: list[int],
                         available: int, char: int) -> list[int] | None:
        """Amount headers unbroken when only they would wrap and the text gets at most one
        line taller, each line of a cell counted whole, none in a table of one row
        (trial 56), nor when the headers wrapped (`toward`) take only that line more, each
        line counted whole (trial 61)."""
        if any(unbroken[i] > _Oracle.natural(columns[i], char) for i in text):
            return None
        widths = _Oracle.text_shares(columns, unbroken, text, available, char)
        if any(widths[i] < _Oracle.widest_word(columns[i], char) for i in text):
            return None
        words = [columns[i] for i in text]
        taller = (_Oracle.height(words, [widths[i] for i in text], char, whole=True)
                  - _Oracle.height(words, [_Oracle.natural(c, char) for c in words], char,
                                   whole=True))
        rows = max(len(column.cells) for column in words)
        if taller > (1 if rows > 1 else 0):
            return None
        natural = [_Oracle.natural(column, char) for column in columns]
        toward = _Oracle.toward(natural, unbroken, available)
        wrapped = max(sum(math.ceil(len(line) / max(1, int((width - CELL_PADDING + 0.5)
                                                           / (char * BOLD))))
                          for line in column.header_lines)
                      for column, width in zip(columns, toward, strict=True))
        saved = wrapped - max(len(column.header_lines) for column in columns)
        return widths if taller == 0 or taller < saved else None

    @staticmethod
    def widest_word(column: ColumnText, char: int) -> int:
        plain = max((_Oracle.word_length(w) for line in column.lines
                     for w in _BREAKS.split(line)), default=1)
        bold = max((_Oracle.word_length(w) for line in (*column.header_lines,
                                                        *column.bold_lines)
                    for w in _BREAKS.split(line)), default=0)
        return max(_Oracle.twips(plain, char), _Oracle.twips(bold, char, BOLD))

    @staticmethod
    def joint_word(column: ColumnText, char: int) -> int:
        """`widest_word`, a header word with a compound's joints counted at its longest part
        ("Belopps|gräns", trial 61) if the header has such a word."""
        words = [w for line in column.header_lines for w in _HEADER_BREAKS.split(line)]
        if not any(compound_joints(w) for w in words):
            return _Oracle.widest_word(column, char)
        parts = [w[start:end] for w in words
                 for start, end in pairwise((0, *compound_joints(w), len(w)))]
        plain = max((_Oracle.word_length(w) for line in column.lines
                     for w in _BREAKS.split(line)), default=1)
        bold = max((_Oracle.word_length(w) for w in (*parts, *(
            x for line in column.bold_lines for x in _BREAKS.split(line)))), default=0)
        return max(_Oracle.twips(plain, char), _Oracle.twips(bold, char, BOLD))

    @staticmethod
    def natural(column: ColumnText, char: int) -> int:
        return max(_Oracle.body(column, char), _Oracle.widest_word(column, char))

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
        return _Oracle.share_steps(space, columns, char)[-1]

    @staticmethod
    def share_steps(space: int, columns: Sequence[ColumnText], char: int) -> list[list[int]]:
        """The text columns' widths after 0, 1, … STEPs of sharing `space`."""
        widths = [_Oracle.widest_word(column, char) for column in columns]
        natural = [_Oracle.natural(column, char) for column in columns]
        result = [list(widths)]
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
            result.append(list(widths))
        return result

    @staticmethod
    def height(columns: Sequence[ColumnText], widths: Sequence[int], char: int,
               whole: bool = False) -> float:
        rows = max((len(column.cells) for column in columns), default=0)
        total = 0.0
        for row in range(rows):
            total += max(_Oracle.lines(column.cells[row] if row < len(column.cells) else "",
                                       width, char, whole)
                         for column, width in zip(columns, widths, strict=True))
        return total

    @staticmethod
    def lines(text: str, width: int, char: int, whole: bool = False) -> float:
        """The lines of a cell; `whole`: each of its lines as a whole number of lines."""
        per_line = max(1.0, (width - CELL_PADDING) / char)
        shares = [len(line) / per_line for line in text.split("\n")]
        return added(max(1, math.ceil(share)) if whole else max(1.0, share) for share in shares)

    @staticmethod
    def fit(widths: list[int], available: int, receiver: int) -> list[int]:
        total = sum(widths)
        if total > available:
            widths = [width * available // total for width in widths]
        widths[receiver] += available - sum(widths)
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
        header = draw(st.sampled_from([("2014 (tkr)",), ("Belopp (kr)",), ("2015",),
                                       ("2015 (tkr)",)]))
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


NAMES = ["Kommunstyrelsen", "    Kansli- och nämndserviceenheten", "    It-enheten",
         "    Samhällsunderstödda resor", "Miljö- och byggnämnden",
         "Samhällsbyggnad administration"]
FIGURES = ["\u2212 37 264", "191", "\u2212 4,0 %", "201,1 %", "\u2212 357", "47", ""]
HEADERS = [("Utfall 2013 (tkr)",), ("Förändring 2012/2013 (tkr)",), ("Förändring (%)",),
           ("Budgetavvikelse (tkr)",), ("Budget 2013",), ("Belopp", "(tkr)")]


@st.composite
def squeezed_table(draw: st.DrawFn) -> tuple[list[ColumnText], int, int]:
    """A long text column (or two) and amount columns of short figures under long headers
    (a budget follow-up), in a width where not even the bodies fit unbroken."""
    rows = draw(st.integers(1, 16))
    names = tuple(draw(st.lists(st.sampled_from(NAMES), min_size=rows, max_size=rows)))
    columns = [ColumnText(names, ("Verksamhet",), cells=names)]
    if draw(st.booleans()):
        columns.append(draw(column(rows))._replace(fixed=False))
    for _ in range(draw(st.integers(1, 6))):
        figures = tuple(draw(st.lists(st.sampled_from(FIGURES), min_size=rows, max_size=rows)))
        total = draw(st.sampled_from([(), ("\u2212 48 969",)]))
        columns.append(ColumnText(figures, draw(st.sampled_from(HEADERS)), fixed=True,
                                  bold_lines=total, cells=figures + total))
    char = draw(st.sampled_from([110, 119, 132]))
    natural = sum(c.natural(char) for c in columns)
    available = draw(st.integers(max(0, natural // 2), natural - 1))
    return columns, available, char


@settings(max_examples=250, deadline=None)
@given(squeezed_table())
def test_squeezed_tables_get_the_widths_of_the_plain_implementation(
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

    def compare(columns: Sequence[ColumnText], available: int, char: int,
                measures: Sequence[Measure] | None = None) -> list[int]:
        widths = column_widths(columns, available, char, measures)
        assert widths == _Oracle.widths(columns, available, char)
        seen.append(widths)
        return widths

    monkeypatch.setattr(tables, "column_widths", compare)  # (layout tables)
    monkeypatch.setattr(table_widths, "column_widths", compare)  # (data tables)
    yield seen


def test_every_sample_table_gets_the_widths_of_the_plain_implementation(
        seed_tables: list[object]) -> None:
    pipeline = Pipeline()
    for path in CASES:
        assert pipeline.build(path).problems == []
    assert len(seed_tables) >= len(CASES)


FIRST = ["Urban", "Anne", "Ann-Mari", "Annette", "Åsa", "Jonas"]
LAST = ["Sparre", "Elgmark", "Andersson", "Nilsson", "Sverkén", "Bejvall"]


@st.composite
def names_table(draw: st.DrawFn) -> tuple[list[ColumnText], int, int]:
    """A table of text columns (trial 61's attestants): long cells, names of two or three
    capitalised words, lists of names and short cells of any kind, in a width where
    not every cell fits on one line."""
    rows = draw(st.integers(1, 8))
    name = st.lists(st.sampled_from(FIRST + LAST), min_size=1, max_size=3).map(" ".join)
    some = st.one_of(name, cell, st.lists(name, min_size=2, max_size=3).map(", ".join))
    columns = [ColumnText(tuple(cells), header, cells=tuple(cells))
               for header in draw(st.lists(st.sampled_from(
                   [("Namn",), ("Verksamhet",), ("Ersättare",), ("Beloppsgräns",), ()]),
                   min_size=2, max_size=5))
               for cells in [draw(st.lists(some, min_size=rows, max_size=rows))]]
    char = draw(st.sampled_from([110, 120, 132]))
    natural = sum(c.natural(char) for c in columns)
    available = draw(st.integers(max(0, natural // 3), natural + 600))
    return columns, available, char


@settings(max_examples=250, deadline=None)
@given(names_table())
def test_tables_of_names_get_the_widths_of_the_plain_implementation(
        case: tuple[list[ColumnText], int, int]) -> None:
    columns, available, char = case
    assert column_widths(columns, available, char) == _Oracle.widths(columns, available, char)


@st.composite
def figures_table(draw: st.DrawFn) -> tuple[list[ColumnText], int, int]:
    """A table of figures (trial 77, F8): amount columns, now and then a short text column
    ("2024") too, in a width where every column fits unbroken with room to spare."""
    rows = draw(st.integers(1, 6))
    columns: list[ColumnText] = []
    for _ in range(draw(st.integers(1, 5))):
        fixed = draw(st.integers(0, 3)) > 0 or not columns
        figures = draw(st.lists(st.sampled_from(
            ["182", "26", "1 238", "35 %", "", "12 345 678"] if fixed else
            ["2024", "Ja", "Nej", "1 jan", ""]), min_size=rows, max_size=rows))
        header = draw(st.sampled_from([("Taxameterbelopp (kr)",), ("Andel",), ("År",),
                                       ("Egenavgift (kr)",), ()]))
        columns.append(ColumnText(tuple(figures), header, fixed=fixed, cells=tuple(figures)))
    char = draw(st.sampled_from([110, 120, 132]))
    headers = sum(max(c.natural(char), c.header_width(char)) for c in columns)
    available = draw(st.integers(headers, headers + 12000))
    return columns, available, char


@settings(max_examples=250, deadline=None)
@given(figures_table())
def test_tables_of_figures_get_the_widths_of_the_plain_implementation(
        case: tuple[list[ColumnText], int, int]) -> None:
    columns, available, char = case
    assert column_widths(columns, available, char) == _Oracle.widths(columns, available, char)

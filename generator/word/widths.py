"""Column widths from the content of a table, in twentieths of a point (twips).

Word's automatic layout and LibreOffice's differ, and "equal widths" squeezes long text
into narrow columns until words break inside. Here amount columns get the width of
their widest figure and text columns share the rest: each starts at its longest word
and the space left goes, step by step, where it lowers the estimated height of the
table most (a row is as tall as its fullest cell); a table of figures alone, with no text
column, fills the page from its narrowest columns up instead, so that they end equally wide
(trial 77, F8: "Taxameterbelopp (kr)", "Andel", "Egenavgift (kr)" had 7,66 / 2,42 / 5,92
cm, the spare spread in proportion to their widths). A header wraps only when the page
needs its width for the body: when every column fits with its header lines unbroken,
each starts from that width and the rest is spread as before, but only to the text
columns whose longest line is at least half the longest (a val list's "Parti" of S, M, SD
stays as wide as its header beside "Namn": trial 90, F3); when only the bodies fit,
amount columns whose headers would wrap get them unbroken if the text columns, sharing the
rest, get at most one line taller, each line of a cell counted whole (a wrapped header
costs a line, and so does a name a character too long), and none in a table of one row
(a line more doubles its body: its label wraps while the headers above figures of three
digits stay on one line, trial 56, F9), nor where the wrapped headers would take only that
one line more (the table is as tall either way, and a body line reads worse broken: trial
61, F5); else the room left goes to the columns whose headers wrap, in proportion to what
each lacks.
When not even the bodies fit unbroken, an amount column may go down to its widest figure
(its header wrapping) before a text column goes below its longest word, but no lower than
its header's longest word of at most SHORT_WORD characters if the text columns at their
longest word leave the room for it: "Perso-nal*" reads worse than one more line in a
name, and a longer word mostly breaks at a compound's joint ("Total-belopp"). The space
above these floors is split between the amount columns' headers and the text columns where the
estimated height of the table, header row included, is lowest. The headers' share goes a
STEP at a time to the header with the most lines (never beyond its unbroken width), the
text columns' as before; a wider header saves lines once, a wider text column in every
row it wraps. When the floors do not fit, the text columns give way first, toward half
their longest word (a name hyphenates; a figure or a year in a header cannot), and only
then are all columns scaled down. What is left below a STEP goes to the last text column,
and amount columns alike in what their widths depend on ("Plan 2026 (mnkr)", "Plan 2027
(mnkr)") end equally wide, and so, where the last text column has the room, do those whose
headers differ only in their digits ("Budget 2019 (tkr)", "Budget 2021 (tkr)"): their headers
then break alike.
Last, among widths that leave the table as tall, its lines counted whole, those that break
fewer short cells (`_is_short`: "tolv månader") are taken, names first: the
estimate the search lowers counts a name broken in a row that a long cell makes as tall as
nothing (trial 61, F5: "Urban" / "Sparre"), see `_short_cells_whole`. A column gives
way there down to its longest word, a header word that hyphenates at a compound's joint
counted at its longest part, and a name may make the header row a line taller, once, where
the body gets no taller: a name broken reads worse than a header broken at its joint, which
costs a line once a table (trial 61, F5: "Annette" / "Andersson" beside "Beloppsgräns" over
a column of one "x", now "Belopps-" / "gräns").
Widths are estimated from an average character width of the document's font (see
`character_width`); `header_room` then measures with the font's own character widths, where
it knows them, and gives an amount header that would take more than two lines the room a
text column has beyond what its cells need (trial 42).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from itertools import accumulate, pairwise
from typing import Final, NamedTuple

from generator.word.compounds import compound_joints
from generator.word.word_lengths import JOIN_BETWEEN_LETTERS, longest_word

CELL_PADDING: Final = 2 * 115 + 30  # left and right cell margins plus a little slack
BOLD: Final = 1.12  # bold text is wider
# A bold figure is hardly wider than a plain one: the digits of most fonts are as wide in
# bold, and those of Verdana and DejaVu Sans, some 9 % wider, are offset by their narrow
# spaces and commas ("1 424,3") within this.
BOLD_FIGURES: Final = 1.05
STEP: Final = 60  # twips handed out at a time
SHORT_WORD: Final = 9  # a header word this long or shorter is hyphenated only for want of room
SHORT_CELL: Final = 3  # a body cell of this many words or fewer is kept whole at no cost
SHORT_LINE: Final = 20  # and of this many characters or fewer ("Anna-Karin Lindqvist")
MIN_TEXT: Final = 8  # characters a text column keeps when even the floors do not fit
DEFAULT_EM: Final = 0.55  # average character width in em of an unknown font
DEFAULT_POINTS: Final = 11.0  # Word's size when a document sets none
# Average width in em of Swedish text with digits, per font (and its metric twins).
FONT_EMS: Final = {
    "calibri": 0.50, "carlito": 0.50, "cambria": 0.53, "caladea": 0.53,
    "arial": 0.54, "liberation sans": 0.54, "helvetica": 0.54, "times new roman": 0.48,
    "georgia": 0.57, "verdana": 0.63, "dejavu sans": 0.62, "tahoma": 0.55,
}
_Lengths = tuple[list[float], list[int] | None]  # see `_line_lengths`
Measure = tuple[int, int, int]  # see `ColumnText.measure`
_NO_DIGITS: Final = str.maketrans("123456789", "000000000")  # a header's shape: `_same_shape`


def character_width(font: str | None, points: float | None) -> int:
    """Average character width in twips of `font` at `points` (default 11 pt)."""
    em = FONT_EMS.get((font or "").strip().lower(), DEFAULT_EM)
    return round(em * (points or DEFAULT_POINTS) * 20)


def overfull(columns: Sequence[ColumnText], measures: Sequence[Measure], available: int,
             char: int) -> bool:
    """Whether a table cannot fit even with every amount column at its floor (its widest
    figure, its header's years and unit: the last of its `measures`, each column's
    `measure(char)`) and every text column at MIN_TEXT characters: then its text is set
    smaller (see `tables`)."""
    need = 0
    for column, measure in zip(columns, measures, strict=True):
        need += measure[2] if column.fixed else _twips(MIN_TEXT, char)
    return need > available


class ColumnText(NamedTuple):
    """What the width of one column depends on."""

    lines: tuple[str, ...]  # every line of every body cell
    header_lines: tuple[str, ...] = ()  # the header row's lines (bold)
    fixed: bool = False  # an amount column: as wide as its widest line
    bold_lines: tuple[str, ...] = ()  # body lines in bold (a total row)
    cells: tuple[str, ...] = ()  # each body row's cell text, lines split by "\n"

    def widest_word(self, char: int) -> int:
        """Width of the longest word, header included."""
        return self.measure(char)[0]

    def natural(self, char: int) -> int:
        """Width without any line breaking in the body (the header may wrap)."""
        return self.measure(char)[1]

    def header_width(self, char: int) -> int:
        """Width of the header's longest line unbroken (bold)."""
        return _twips(max(map(len, self.header_lines), default=0), char, BOLD)

    def body(self, char: int) -> int:
        """Width of the body's longest line unbroken (plain or bold), header aside; a bold
        line without letters (a total's figure) at BOLD_FIGURES."""
        plain = _twips(max(map(len, self.lines), default=1), char)
        return max([plain, *(_twips(len(line), char, _bold_factor(line))
                             for line in self.bold_lines)])

    def measure(self, char: int) -> Measure:
        """The width of the longest word, the natural width and the narrowest an amount
        column may be (see `least`; for a text column, which has no such floor, its body),
        together."""
        widest = max(_twips(longest_word(self.lines, 1), char),
                     _twips(longest_word((*self.header_lines, *self.bold_lines), 0), char,
                            BOLD))
        body = self.body(char)
        return widest, max(body, widest), self.least(body, char) if self.fixed else body

    def least(self, body: int, char: int) -> int:
        """The narrowest an amount column may be: its body (`body`, its widest figure) and
        each header word that cannot break, one holding a digit ("2019–2022", "(tkr)" aside)
        or in parentheses ("(tkr)"): a header narrower than a year splits the year. (A word
        of letters alone holds no digit: it is passed over without a look at each one.)"""
        pieces = [len(word) for line in self.header_lines for word in line.split()
                  if word.startswith("(")
                  or (not word.isalpha() and any(c.isdigit() for c in word))]
        return max(body, _twips(max(pieces), char, BOLD)) if pieces else body

    def short_header_word(self, char: int) -> int:
        """Width of the header's longest word of at most SHORT_WORD characters (bold; a line
        may break after a hyphen), 0 if it has none: a word this short is not hyphenated
        when the text columns can give the room (see `_floors`)."""
        lengths = [len(word) for line in self.header_lines for word in _words_of(line)
                   if 0 < len(word) <= SHORT_WORD]
        return _twips(max(lengths), char, BOLD) if lengths else 0

    @property
    def weight(self) -> int:
        """How much text the column holds."""
        return max(1, sum(map(len, self.lines)))


def column_widths(columns: Sequence[ColumnText], available: int, char: int,
                  measures: Sequence[Measure] | None = None) -> list[int]:
    """Widths that fill `available` twips, as described in the module docstring, amount
    columns alike in what their widths depend on evened out (see `_evened`); `measures`,
    if given, are the columns' `measure(char)` (else they are taken here)."""
    if not columns:
        return []
    measured = (list(measures) if measures is not None
                else [column.measure(char) for column in columns])
    text = [i for i, column in enumerate(columns) if not column.fixed] or list(range(len(columns)))
    widths = _widths(columns, measured, text, available, char)
    return _evened(_short_cells_whole(columns, measured, widths, text, char), columns, measured,
                   text)


def _widths(columns: Sequence[ColumnText], measures: list[Measure], text: list[int],
            available: int, char: int) -> list[int]:
    """The widths of `column_widths` before they are evened out."""
    natural = [measure[1] for measure in measures]
    unbroken = [max(whole, column.header_width(char))
                for whole, column in zip(natural, columns, strict=True)]
    if sum(unbroken) <= available:  # no header needs to wrap
        if all(column.fixed for column in columns):  # a table of figures
            return _levelled(unbroken, available)
        return _spread(unbroken, _long_texts(columns, text, char), available - sum(unbroken))
    if sum(natural) <= available:  # some header must wrap, or a text column
        headers_first = _headers_unbroken(columns, measures, unbroken, text, available, char)
        return headers_first or _toward(natural, unbroken, available - sum(natural))
    return _squeezed(columns, measures, text, available, char)


def _short_cells_whole(columns: Sequence[ColumnText], measures: Sequence[Measure],
                       widths: list[int], text: list[int], char: int) -> list[int]:
    """`widths` with STEPs moved between the text columns so that their broken short cells
    (`_short_cells`) fit on one line, names first, then the shortest, each where the table
    gets no taller for it than at `widths`, its lines counted whole (the text columns'
    header row included), or for a name where only the header row gets a line taller
    than there, and no short cell that fits breaks nor a header word but at a compound's joint
    (`_joint_floor`; a column that cannot keep a cell whole tries no longer one): the
    search lowers an estimate in which a name broken in a row that another cell makes as
    tall costs nothing (trial 61, F5: "Urban" / "Sparre" beside three lines of
    "Verksamhet")."""
    if columns[text[0]].fixed:
        return widths
    wanted = sorted({(not name, length, position) for position, index in enumerate(text)
                     for name, length in _short_cells(columns[index], widths[index], char)})
    if not wanted:
        return widths
    table = _WholeTable(_line_lengths([columns[i] for i in text]),
                        [columns[i].header_lines for i in text], char)
    trial = [widths[i] for i in text]
    body, header = table.lines(trial)
    failed: dict[int, int] = {}  # the shortest cell each column could not keep whole
    least = [_joint_floor(columns[i], measures[i][0], char) for i in text]
    floors = [_kept(columns[i], trial[k], least[k], char) for k, i in enumerate(text)]
    for other, length, receiver in wanted:
        if length >= failed.get(receiver, length + 1):
            continue  # (a longer one needs more)
        moved = _moved_to(_twips(length, char), receiver, trial, floors, table,
                          (body + header, body, 0 if other else header + 1))
        if moved is None:
            failed[receiver] = length
        elif moved != trial:  # (the floors of the two columns that changed)
            floors = [floor if moved[k] == trial[k] else _kept(columns[i], moved[k],
                                                               least[k], char)
                      for k, (i, floor) in enumerate(zip(text, floors, strict=True))]
            trial = moved
    result = list(widths)
    for index, width in zip(text, trial, strict=True):
        result[index] = width
    return result


def _short_cells(column: ColumnText, width: int, char: int) -> list[tuple[bool, int]]:
    """The short cells (`_is_short`) that `column` breaks at `width`: whether each is a
    name (`_is_name`) and its length."""
    room = characters_in(width, char)
    if room >= SHORT_LINE:  # (no short cell breaks)
        return []
    return [(_is_name(cell), len(cell)) for cell in column.cells
            if room < len(cell) <= SHORT_LINE and _is_short(cell)]


def _is_short(cell: str) -> bool:
    """Whether `cell` is short: one line of two to SHORT_CELL words, of at most SHORT_LINE
    characters (a single word breaks only where it is hyphenated, see `longest_word`)."""
    return len(cell) <= SHORT_LINE and 0 < cell.count(" ") < SHORT_CELL and "\n" not in cell


def _is_name(cell: str) -> bool:
    """Whether `cell` looks like a person's name: two or three words of letters (a hyphen
    between them: "Ann-Mari"), each capitalised."""
    words = cell.split(" ")
    return 1 < len(words) <= 3 and all(
        word[:1].isupper() and all(part.isalpha() for part in word.split("-"))
        for word in words)


def _joint_floor(column: ColumnText, widest: int, char: int) -> int:
    """The narrowest text column `column`, its longest word `widest` wide (header
    included), gives way to for a short cell: its longest word, a header word that
    hyphenates at a compound's joint ("Belopps-" / "gräns", see `compounds`) counted at
    its longest part, as `_WholeTable` counts a header's lines (its hyphen, narrower than
    an average character, aside)."""
    words = [word for line in column.header_lines for word in _words_of(line)]
    if not any(map(compound_joints, words)):  # (most headers)
        return widest
    parts = [part for word in words for part in _joined_parts(word)]
    return max(_twips(longest_word(column.lines, 1), char),
               _twips(longest_word((*parts, *column.bold_lines), 0), char, BOLD))


def _joined_parts(word: str) -> list[str]:
    """`word` split at its compound's joints (itself if it has none)."""
    return [word[start:end] for start, end in pairwise((0, *compound_joints(word), len(word)))]


def _kept(column: ColumnText, width: int, floor: int, char: int) -> int:
    """The narrowest column `column`, at `width` now, may give way to: its `floor`, and
    the width of its longest short cell that fits (see `_short_cells`)."""
    room = characters_in(width, char)
    fitting = [len(cell) for cell in column.cells
               if len(cell) <= room and _is_short(cell)]
    return max(floor, _twips(max(fitting), char)) if fitting else floor


class _WholeTable:
    """The text columns' lines (`_line_lengths`) and header lines, for their height; each
    column's lines at a width are worked out once (the trials of `_moved_to` change two
    columns at a time, and a STEP back and forth returns to widths already seen)."""

    def __init__(self, lengths: list[_Lengths], headers: list[tuple[str, ...]],
                 char: int) -> None:
        self.lengths = lengths
        self.headers = headers
        self.char = char
        self.seen: dict[tuple[int, int], tuple[list[int], int]] = {}

    def lines(self, widths: list[int]) -> tuple[int, int]:
        """Lines of the body and of the header row at `widths`, each line counted whole."""
        columns = [self._column(index, width) for index, width in enumerate(widths)]
        body: int = sum(map(max, zip(*(lines for lines, _ in columns), strict=True)))
        return body, max(header for _, header in columns)

    def _column(self, index: int, width: int) -> tuple[list[int], int]:
        """The whole lines of each cell of column `index` at `width`, and of its header."""
        key = index, width
        if key not in self.seen:
            self.seen[key] = (_whole_cell_lines(self.lengths[index], width, self.char),
                              sum(-(-len(line) // characters_in(width, self.char, bold=True))
                                  for line in self.headers[index]))
        return self.seen[key]


def _moved_to(need: int, receiver: int, widths: list[int], floors: list[int],
              table: _WholeTable, most: tuple[int, int, int]) -> list[int] | None:
    """`widths` with column `receiver` STEPs wider, until it is `need` wide, all taken from
    one other column: of those that keep their floor (`floors`), the first, by the most
    room above it (on a tie the first column), that leaves the table no taller than
    `most[0]` lines, or its body no taller than `most[1]` and its header row no taller
    than `most[2]`; None if there is none."""
    moved = -(-(need - widths[receiver]) // STEP) * STEP
    if moved <= 0:
        return widths
    donors = sorted((k for k, floor in enumerate(floors)
                     if k != receiver and widths[k] - moved >= floor),
                    key=lambda k: floors[k] - widths[k])
    for donor in donors:
        result = list(widths)
        result[donor] -= moved
        result[receiver] += moved
        body, header = table.lines(result)
        if body + header <= most[0] or (body <= most[1] and header <= most[2]):
            return result
    return None


def _evened(widths: list[int], columns: Sequence[ColumnText], measures: Sequence[Measure],
            text: list[int]) -> list[int]:
    """`widths` with the amount columns whose widths depend on the same measures ("Plan
    2026 (mnkr)", "Plan 2027 (mnkr)") equally wide, each group at its average: the steps
    handed out one at a time, and a remainder, may have left them apart. What an
    average leaves over goes to the last text column. Then those whose headers have the same
    shape (`_same_shape`) are evened out too."""
    groups: dict[tuple[Measure, tuple[int, ...]], list[int]] = {}
    for index, column in enumerate(columns):
        if column.fixed:
            key = measures[index], tuple(map(len, column.header_lines))
            groups.setdefault(key, []).append(index)
    result = list(widths)
    for members in groups.values():
        total = sum(result[i] for i in members)
        if len(members) > 1 and any(result[i] != result[members[0]] for i in members):
            for index in members:
                result[index] = total // len(members)
            result[text[-1]] += total % len(members)
    return _same_shape(result, columns, measures, text)


def _same_shape(widths: list[int], columns: Sequence[ColumnText], measures: Sequence[Measure],
                text: list[int]) -> list[int]:
    """`widths` with the amount columns whose headers are the same but for their digits
    ("Budget 2019 (tkr)", "Budget 2021 (tkr)") equally wide, so that their headers break
    alike (trial 45, F8): each group at its average, or at its widest figure where that is
    wider (an amount column is never narrower than its figures), the difference given to or
    taken from the last text column while that keeps its longest word; else as they are."""
    groups: dict[tuple[str, ...], list[int]] = {}
    for index, column in enumerate(columns):
        if column.fixed:
            groups.setdefault(tuple(line.translate(_NO_DIGITS) for line in column.header_lines),
                              []).append(index)
    result = widths
    receiver = text[-1]
    for members in groups.values():
        if len(members) < 2 or receiver in members \
                or all(result[i] == result[members[0]] for i in members):
            continue
        total = sum(result[i] for i in members)
        even = max(total // len(members), *(measures[i][2] for i in members))
        extra = even * len(members) - total
        if extra > 0 and result[receiver] - extra < measures[receiver][0]:
            continue  # (no room for it)
        result = list(result)
        for index in members:
            result[index] = even
        result[receiver] -= extra
    return result


def _shared_widths(columns: Sequence[ColumnText], measures: Sequence[Measure],
                   widths: Sequence[int], text: list[int], available: int,
                   char: int) -> list[int]:
    """The other columns at `widths`, the text columns sharing the rest (see `_share`)."""
    result = list(widths)
    fixed_total = sum(widths[i] for i in range(len(columns)) if i not in text)
    shared = _share(available - fixed_total, [columns[i] for i in text],
                    [measures[i] for i in text], char)
    for index, width in zip(text, shared, strict=True):
        result[index] = width
    return _fit(result, available, text[-1])


def _headers_unbroken(columns: Sequence[ColumnText], measures: Sequence[Measure],
                      unbroken: list[int], text: list[int], available: int,
                      char: int) -> list[int] | None:
    """Widths with the amount columns' headers unbroken and the text columns sharing the
    rest, when only amount headers would wrap and the text columns' body then gets at most
    one line taller, its lines counted whole (a wrapped header costs a line, and so does
    each name a character too long: two such names cost more), none in a table of one
    row, nor where the headers wrapped (`_toward`) would cost only that line
    (`_header_lines_saved`); otherwise None."""
    lacking = [i for i, (measure, want) in enumerate(zip(measures, unbroken, strict=True))
               if want > measure[1]]
    if any(i in text for i in lacking):
        return None
    widths = _shared_widths(columns, measures, unbroken, text, available, char)
    if any(widths[i] < measures[i][0] for i in text):
        return None
    lengths = _line_lengths([columns[i] for i in text])
    natural = [measures[i][1] for i in text]
    most = 1 if max(len(columns[i].cells) for i in text) > 1 else 0
    taller = (_whole_body_lines(lengths, [widths[i] for i in text], char)
              - _whole_body_lines(lengths, natural, char))
    if taller > most or (taller and taller >= _header_lines_saved(
            columns, [measure[1] for measure in measures], unbroken, available, char)):
        return None
    return widths


def _header_lines_saved(columns: Sequence[ColumnText], natural: list[int], unbroken: list[int],
                        available: int, char: int) -> int:
    """How many lines the header row saves with every header unbroken (`unbroken`) rather
    than at the widths of `_toward`, the bodies unbroken (`natural`), each line counted
    whole: a body a line taller for a header row a line lower leaves the table as tall, and
    then the body keeps its lines whole (trial 61, F5: "Barn 0–12 år och" / "ungdomar
    18–19 år" beside a header of 50 characters above the figures 0, 100 and 0)."""
    toward = _toward(natural, unbroken, available - sum(natural))
    wrapped = max(sum(-(-len(line) // characters_in(width, char, bold=True))
                      for line in column.header_lines)
                  for column, width in zip(columns, toward, strict=True))
    return wrapped - max(len(column.header_lines) for column in columns)


def _squeezed(columns: Sequence[ColumnText], measures: Sequence[Measure],
              text: list[int], available: int, char: int) -> list[int]:
    """Widths when not even the bodies fit unbroken: the amount columns from their widest
    figure, the text columns from their longest word, and the space above split between
    the amount headers and the text where the table is lowest (see the module docstring)."""
    amounts = [i for i in range(len(columns)) if i not in text]
    floors = _floors(columns, measures, text, available, char)
    if sum(floors) > available:  # not even the floors fit
        return _fit(_text_gives_way(floors, text, available, char), available, text[-1])
    steps = max(0, (available - sum(floors)) // STEP)
    if steps == 0 or all(floors[i] + STEP > columns[i].header_width(char) for i in amounts):
        # no header can get wider: the text columns share all the space
        return _shared_widths(columns, measures, floors, text, available, char)
    texts = [columns[i] for i in text]
    record = _Steps()
    shared = _share(available - sum(floors[i] for i in amounts), texts,
                    [measures[i] for i in text], char, record)
    headers = _Headers([columns[i] for i in amounts], [floors[i] for i in amounts], char)
    header_steps, text_steps = _split(headers, _TextBack(texts, shared, record, char), steps)
    result = _widened(floors, [amounts[i] for i in headers.chosen[:header_steps]])
    return _fit(_widened(result, [text[i] for i in record.columns(text_steps)]), available,
                text[-1])


def _floors(columns: Sequence[ColumnText], measures: Sequence[Measure], text: list[int],
            available: int, char: int) -> list[int]:
    """The narrowest each column may be when not even the bodies fit unbroken: a text
    column its longest word, an amount column its widest figure and the header words that
    cannot break (`least`) and, if all these floors then fit in `available`, its header's
    longest word of at most SHORT_WORD characters (`short_header_word`)."""
    least = [measure[0] if i in text else measure[2] for i, measure in enumerate(measures)]
    words = [width if i in text else max(width, columns[i].short_header_word(char))
             for i, width in enumerate(least)]
    return words if sum(words) <= available else least


def _text_gives_way(floors: list[int], text: list[int], available: int,
                    char: int) -> list[int]:
    """`floors` with the text columns narrower, toward half their longest word (not below
    MIN_TEXT characters), in proportion to what each can give, until all fit in
    `available` if they can: a name hyphenates, a figure or a year in a header cannot."""
    lowest = {i: min(floors[i], text_floor(floors[i], char)) for i in text}
    room = sum(floors[i] - least for i, least in lowest.items())
    over = min(sum(floors) - available, room)
    result = list(floors)
    for i, least in lowest.items():
        if room:
            result[i] -= over * (floors[i] - least) // room
    return result


def text_floor(widest: int, char: int) -> int:
    """The narrowest a text column whose longest word is `widest` twips wide gives way to:
    half its longest word (a name hyphenates), not below MIN_TEXT characters."""
    return max(_twips(MIN_TEXT, char), widest // 2)


def _split(headers: _Headers, text: _TextBack, steps: int) -> tuple[int, int]:
    """How many of `steps` the headers get and how many the text: of the splits, the one
    where the table, header row included, is lowest (on a tie the headers get more).

    The headers widen a step at a time and the text walks back. With fewer steps neither
    the text's body nor its header row gets lower, and the header row is never below
    `headers.fewest`: once these alone are higher than the lowest table yet, no split
    that gives the headers more is lower, and the search stops (mostly after a step or
    two: a text step saves a line in many rows, a header step a part of one).
    """
    lowest, taken = math.inf, (0, 0)
    for header_steps in range(steps + 1):
        text_steps = min(len(text.record), steps - header_steps)
        body, text_row = text.back_to(text_steps)
        if body + max(headers.fewest, text_row) > lowest:
            break
        if header_steps and not headers.widen():
            break
        height = body + max(headers.most, text_row)
        if height <= lowest:
            lowest, taken = height, (header_steps, text_steps)
    return taken


class _Headers:
    """The amount columns' headers as the split widens them: each STEP goes to the one
    with the most lines that stays within its header unbroken (on a tie the first).
    `most` is the most lines of any, `chosen` the column of each step so far, `fewest`
    the fewest lines the most can be (a header has at least one a line)."""

    def __init__(self, columns: Sequence[ColumnText], widths: list[int], char: int) -> None:
        self.headers = [column.header_lines for column in columns]
        self.limits = [column.header_width(char) for column in columns]
        self.widths = list(widths)
        self.char = char
        self.lines = [_header_lines(header, width, char)
                      for header, width in zip(self.headers, widths, strict=True)]
        self.most = max(self.lines, default=0.0)
        self.fewest = float(max(map(len, self.headers), default=0))
        self.chosen: list[int] = []

    def widen(self) -> bool:
        """Give the next STEP to a header; whether one could take it."""
        best = -1
        for index, (width, limit) in enumerate(zip(self.widths, self.limits, strict=True)):
            if width + STEP <= limit and (best < 0 or self.lines[index] > self.lines[best]):
                best = index
        if best < 0:
            return False
        self.widths[best] += STEP
        self.lines[best] = _header_lines(self.headers[best], self.widths[best], self.char)
        self.chosen.append(best)
        self.most = max(self.lines)
        return True


class _TextBack:
    """The text columns walked back from all the steps of `record` (at `widths`, as
    `_share` left them), for the lines of their body and the most of their headers'
    after fewer steps. Walking back, the most only grows with the header that narrows."""

    def __init__(self, columns: Sequence[ColumnText], widths: list[int],
                 record: _Steps, char: int) -> None:
        self.columns = columns
        self.widths = list(widths)
        self.record = record
        self.char = char
        self.steps = len(record)
        self.header = max([_header_lines(column.header_lines, width, char)
                           for column, width in zip(columns, widths, strict=True)],
                          default=0.0)

    def back_to(self, steps: int) -> tuple[float, float]:
        """The lines of the body and the most of the headers after `steps` of the steps
        (no more than the last call's); the body at the floors is measured only here."""
        while self.steps > steps:
            self.steps -= 1
            index = self.record.column(self.steps)
            self.widths[index] -= STEP
            lines = _header_lines(self.columns[index].header_lines, self.widths[index],
                                  self.char)
            self.header = lines if lines > self.header else self.header
        if steps:
            return self.record.lines(steps - 1), self.header
        return _body_lines(_line_lengths(self.columns), self.widths, self.char), self.header


def _header_lines(header: Sequence[str], width: int, char: int) -> float:
    """Estimated lines of a header (bold) of lines `header` at `width`."""
    per_line = (width - CELL_PADDING) / (char * BOLD)
    per_line = per_line if per_line > 1.0 else 1.0
    total = 0.0
    for line in header:  # max(1.0, length / per_line), written out (see `_cell_lines`)
        total += length / per_line if (length := len(line)) > per_line else 1.0
    return total


def _widened(widths: list[int], steps: list[int]) -> list[int]:
    """`widths` with a STEP more for each index in `steps`."""
    result = list(widths)
    for index in steps:
        result[index] += STEP
    return result


def _body_lines(lengths: list[_Lengths], widths: list[int], char: int) -> float:
    """Estimated lines of the body of the columns of `lengths` at `widths`."""
    lines = [_cell_lines(cells, width, char) for cells, width in zip(lengths, widths,
                                                                        strict=True)]
    total = 0.0
    for row in zip(*lines, strict=True):
        total += max(row)
    return total


def _whole_body_lines(lengths: list[_Lengths], widths: list[int], char: int) -> int:
    """Estimated lines of the body of the columns of `lengths` at `widths`, each line of a
    cell counted whole: a line a little too long takes two (see `_cell_lines`)."""
    columns = [_whole_cell_lines(cells, width, char)
               for cells, width in zip(lengths, widths, strict=True)]
    return sum(map(max, zip(*columns, strict=True)))


def _whole_cell_lines(lengths: _Lengths, width: int, char: int) -> list[int]:
    """Lines each cell of a column of line lengths `lengths` needs at `width`, each of its
    lines counted whole."""
    flat, ends = lengths
    per_line = max(1.0, (width - CELL_PADDING) / char)
    # max(1, ceil(length / per_line)), written out as in `_cell_lines`
    lines = [math.ceil(length / per_line) if length > per_line else 1 for length in flat]
    return lines if ends is None else [sum(lines[start:end])
                                       for start, end in pairwise([0, *ends])]


def characters_in(width: int, char: int, *, bold: bool = False) -> int:
    """How many characters fit on one line of a column `width` twips wide: the most that
    `_twips` makes no wider (it rounds, so "Belopp" in bold fits the width made for it)."""
    usable = width - CELL_PADDING
    return max(1, int((usable + 0.5) / (char * (BOLD if bold else 1.0))))


def _levelled(widths: list[int], available: int) -> list[int]:
    """`widths` (together no wider than `available`) filled up to `available` from the
    narrowest: the narrower columns equally wide, the wider as they are, so that a table of
    figures spreads over the page evenly rather than the widest taking the most (trial 77,
    F8: 7,66 / 2,42 / 5,92 cm). What an equal split leaves over goes to the last column
    raised."""
    raised = list(range(len(widths)))
    while True:
        level = (available - sum(widths) + sum(widths[i] for i in raised)) // len(raised)
        lower = [i for i in raised if widths[i] <= level]
        if lower == raised:
            break
        raised = lower
    result = [level if i in raised else width for i, width in enumerate(widths)]
    result[raised[-1]] += available - sum(result)
    return result


def _long_texts(columns: Sequence[ColumnText], text: list[int], char: int) -> list[int]:
    """The text columns that the room left over goes to: those whose longest body line is
    at least half the longest of any text column. A column of short codes beside names
    (a val list's "Parti": S, M, SD) keeps the width of its header, rather than a quarter
    of the page (trial 90, F3)."""
    bodies = [columns[index].body(char) for index in text]
    longest = max(bodies)
    return [index for index, body in zip(text, bodies, strict=True) if 2 * body >= longest]


def _spread(widths: list[int], receivers: list[int], extra: int) -> list[int]:
    """Give `extra` to the receiving columns in proportion to their width."""
    result = list(widths)
    total = sum(widths[i] for i in receivers) or 1
    for index in receivers:
        result[index] += extra * widths[index] // total
    result[receivers[-1]] += sum(widths) + extra - sum(result)
    return result


def _toward(widths: list[int], wanted: list[int], extra: int) -> list[int]:
    """Give `extra` to the columns narrower than they want (their header unbroken), in
    proportion to what each lacks; together they lack more than `extra`."""
    lacking = [index for index, (width, want) in enumerate(zip(widths, wanted, strict=True))
               if want > width]
    total = sum(wanted[index] - widths[index] for index in lacking)
    result = list(widths)
    for index in lacking:
        result[index] += extra * (wanted[index] - widths[index]) // total
    result[lacking[-1]] += sum(widths) + extra - sum(result)
    return result


def _share(space: int, columns: Sequence[ColumnText], measures: Sequence[Measure],
           char: int, record: _Steps | None = None) -> list[int]:
    """Split `space` among text columns so that the table gets as short as it can.

    Every column starts at its longest word; then, a STEP at a time, the column grows
    that lowers the height most (on a tie the one with more text, then the first). The
    arithmetic is that of the plain version in tests/word/test_widths_same.py, operation
    for operation, so the widths are its widths. With less space the steps are the first
    of these: `record`, if given, gets each step's column and the body's lines after it
    (see `_Steps`).
    """
    widths = [measure[0] for measure in measures]
    left = space - sum(widths)
    if left < STEP:
        return widths
    table = _Greedy(columns, widths, [measure[1] for measure in measures], char, record)
    growing = [index for index in range(len(columns)) if table.grows(index)]
    while left >= STEP and len(growing) > 1:
        if len(growing) == 2:
            left = _race_of_two(table, growing, left)
        elif len(growing) == 3 == len(columns):
            left = _race_of_three(table, left)
        else:
            left -= STEP
            table.widen(*_lowest(table, growing))
        growing = [index for index in growing if table.grows(index)]
    if growing and left >= STEP:  # the others stay as they are: the last one takes its steps
        only = growing[0]
        count = min(left // STEP, (table.natural[only] - widths[only]) // STEP)
        if record is not None:
            record.alone = _Alone(only, widths[only], count, _most_of_others(table.now, [only]),
                                  table.lengths[only], char)
        widths[only] += STEP * count
    return widths


class _Alone(NamedTuple):
    """The last steps of `_share`, taken by one column growing alone (the others' lines
    stay as they are): which one, its width before them, how many, the most lines of the
    others per row (see `_most_of_others`), its lines' lengths and the character width."""

    column: int
    start: int
    steps: int
    others: list[float]
    lengths: _Lengths
    char: int

    def lines(self, step: int) -> float:
        """The body's lines after its `step`th step (from 0), added row by row in order as
        `_race_of_two` does."""
        own = _cell_lines(self.lengths, self.start + (step + 1) * STEP, self.char)
        return _height([self.others], own)


class _Steps:
    """The steps `_share` hands out, in order: each one's text column and the estimated
    lines of the body after it (`taken`), then those of a column growing `alone` at the
    end, whose lines are worked out only when asked: the split reads one or two of them."""

    def __init__(self) -> None:
        self.taken: list[tuple[int, float]] = []
        self.alone: _Alone | None = None

    def __len__(self) -> int:
        return len(self.taken) + (self.alone.steps if self.alone is not None else 0)

    def column(self, step: int) -> int:
        """The column that got step `step` (from 0)."""
        if step < len(self.taken) or self.alone is None:
            return self.taken[step][0]
        return self.alone.column

    def columns(self, steps: int) -> list[int]:
        """The column of each of the first `steps` steps."""
        taken = [index for index, _ in self.taken[:steps]]
        if self.alone is not None and steps > len(taken):
            taken += [self.alone.column] * (steps - len(taken))
        return taken

    def lines(self, step: int) -> float:
        """The body's lines after step `step` (from 0)."""
        if step < len(self.taken) or self.alone is None:
            return self.taken[step][1]
        return self.alone.lines(step - len(self.taken))


class _Greedy:
    """The text columns as `_share` widens them: each one's width and natural width, and
    the lines of its cells at its width and at a STEP more (so that trying a column is
    one pass over the rows); `record`, if given, gets each step (see `_share`)."""

    def __init__(self, columns: Sequence[ColumnText], widths: list[int], natural: list[int],
                 char: int, record: _Steps | None = None) -> None:
        self.widths = widths
        self.record = record
        self.natural = natural
        self.char = char
        self.lengths = _line_lengths(columns)
        self.rank = [-column.weight for column in columns]  # the one with more text first
        self.now = [_cell_lines(cells, width, char)
                    for cells, width in zip(self.lengths, widths, strict=True)]
        self.wider = [_cell_lines(cells, width + STEP, char)
                      for cells, width in zip(self.lengths, widths, strict=True)]

    def grows(self, index: int) -> bool:
        """Whether column `index` can take another STEP."""
        return self.widths[index] + STEP <= self.natural[index]

    def widen(self, index: int, height: float) -> bool:
        """Give column `index` a STEP (the body then `height` lines); whether it can take
        another."""
        if self.record is not None:
            self.record.taken.append((index, height))
        width = self.widths[index] = self.widths[index] + STEP
        self.now[index] = self.wider[index]
        self.wider[index] = _cell_lines(self.lengths[index], width + STEP, self.char)
        return width + STEP <= self.natural[index]


def _race_of_two(table: _Greedy, growing: list[int], left: int) -> int:
    """Hand out STEPs to the two `growing` columns until one stops growing (or no STEP
    is left); return the space left.

    The other columns' lines stay as they are, so their most per row is found once.
    Trial heights add each row's most lines in row order, as in `_height`, with
    comparisons instead of `max` calls (which cost three times more). The rows are zipped
    without `strict`: Python 3.11 parses a keyword argument to `zip` on every call, here
    one a step, and the lists are as long by construction (`_line_lengths` pads each
    column to the table's rows).
    """
    one, two = growing
    now, wider = table.now, table.wider
    others = _most_of_others(now, growing)
    one_on_tie = table.rank[one] <= table.rank[two]
    while left >= STEP:
        first = second = 0.0
        for mine, theirs, other, mine_wider, theirs_wider in zip(  # noqa: B905 (see above)
                now[one], now[two], others, wider[one], wider[two]):
            most = theirs if theirs >= other else other
            first += most if most >= mine_wider else mine_wider
            most = mine if mine >= other else other
            second += most if most >= theirs_wider else theirs_wider
        left -= STEP
        if first < second or (first == second and one_on_tie):
            if not table.widen(one, first):
                break
        elif not table.widen(two, second):
            break
    return left


def _most_of_others(now: list[list[float]], growing: list[int]) -> list[float]:
    """Per row, the most lines of the columns not `growing` (0 if there are none: lines
    are at least 1, so a 0 never counts)."""
    rest = [lines for index, lines in enumerate(now) if index not in growing]
    return (list(map(max, *rest)) if len(rest) > 1 else rest[0] if rest
            else [0.0] * len(now[growing[0]]))


def _race_of_three(table: _Greedy, left: int) -> int:
    """Hand out STEPs among a table's three text columns, all growing, until one stops
    growing (or no STEP is left); return the space left (see `_race_of_two`)."""
    now, wider, rank = table.now, table.wider, table.rank
    while left >= STEP:
        first = second = third = 0.0
        # (zipped without `strict`, as in `_race_of_two`)
        for one, two, three, one_wider, two_wider, three_wider in zip(  # noqa: B905
                *now, *wider):
            most = two if two >= three else three
            first += most if most >= one_wider else one_wider
            most = one if one >= three else three
            second += most if most >= two_wider else two_wider
            most = one if one >= two else two
            third += most if most >= three_wider else three_wider
        best, lowest = 0, first  # the lowest; on a tie the lower rank, then the first
        if second < lowest or (second == lowest and rank[1] < rank[0]):
            best, lowest = 1, second
        if third < lowest or (third == lowest and rank[2] < rank[best]):
            best, lowest = 2, third
        left -= STEP
        if not table.widen(best, lowest):
            break
    return left


def _lowest(table: _Greedy, growing: list[int]) -> tuple[int, float]:
    """The growing column whose next step gives the lowest table (see `_share`'s ties),
    and the lines of the body then."""
    now, wider = table.now, table.wider
    heights = [_height(now[:index] + now[index + 1:], wider[index]) for index in growing]
    lowest = min(heights)
    tied = [index for index, height in zip(growing, heights, strict=True) if height == lowest]
    return min(tied, key=table.rank.__getitem__), lowest  # more text first, then the first


def _line_lengths(columns: Sequence[ColumnText]) -> list[_Lengths]:
    """Per column, the length of every line of its cells, row by row (a missing cell is
    empty), and where each cell's lines end (None when every cell has one line).

    The lengths are floats: dividing a float by a float costs less than an int, and the
    quotients are the same (a length converts exactly).
    """
    rows = max((len(column.cells) for column in columns), default=0)
    result: list[_Lengths] = []
    for column in columns:
        if "\n" not in "".join(column.cells):  # (mostly) one line a cell: lengths at once
            result.append(([*map(float, map(len, column.cells)),
                            *[0.0] * (rows - len(column.cells))], None))
            continue
        cells = [cell.split("\n") for cell in column.cells]
        flat = [float(len(line)) for lines in cells for line in lines] + [0.0] * (
            rows - len(cells))
        ends: list[int] | None = None
        if len(flat) > rows:
            ends = list(accumulate(len(lines) for lines in cells))
            ends += range(ends[-1] + 1, len(flat) + 1)
        result.append((flat, ends))
    return result


def _cell_lines(lengths: _Lengths, width: int, char: int) -> list[float]:
    """Lines each cell needs at `width` (smoothly, so that every step counts)."""
    flat, ends = lengths
    per_line = (width - CELL_PADDING) / char
    per_line = per_line if per_line > 1.0 else 1.0
    # max(1.0, length / per_line), written out: a comparison costs much less than a call,
    # and a length within a line needs no division (a quotient rounds to 1.0 at most then)
    lines = [length / per_line if length > per_line else 1.0 for length in flat]
    if ends is None:
        return lines
    return [added(lines[start:end]) for start, end in pairwise([0, *ends])]


def added(values: Iterable[float]) -> float:
    """The sum of `values` added one by one from the left, as `sum` adds floats up to Python
    3.11: from 3.12 `sum` compensates its rounding, and a height one unit of the last place
    apart can tip a tie between two widths, so the same case would get other bytes there."""
    total = 0.0
    for value in values:
        total += value
    return total


def _height(others: list[list[float]], trial: list[float]) -> float:
    """Estimated lines of the table's body with one column at `trial` lines per cell.

    Per row, the most any of its cells needs; rows are added in order, one at a time.
    Comparisons in a loop cost a third of what `max` calls do, hence the cases.
    """
    total = 0.0
    if len(others) == 1:
        for most, own in zip(others[0], trial, strict=True):
            total += most if most >= own else own
    elif len(others) == 2:
        for one, two, own in zip(others[0], others[1], trial, strict=True):
            most = one if one >= two else two
            total += most if most >= own else own
    else:
        for most, own in zip(map(max, *others), trial, strict=True):
            total += most if most >= own else own
    return total


def _fit(widths: list[int], available: int, receiver: int) -> list[int]:
    """Scale widths down (or column `receiver`, the last text column, up) so that they add
    up to `available`."""
    total = sum(widths)
    if total > available:
        widths = [width * available // total for width in widths]
    widths[receiver] += available - sum(widths)
    return widths


def _words_of(line: str) -> list[str]:
    """The words of `line` as `longest_word` splits them (after a hyphen too) and after a
    "_" between letters, where a line may break too (`hyphenation`: "Utfall_proc" is no
    longer word than "Utfall_", trial 40), empty ones among them. (Words joined by a "/"
    stay one word here, as trial 38's price list was set.)"""
    if "_" in line:
        line = JOIN_BETWEEN_LETTERS.sub(lambda mark: "_ " if mark[0] == "_" else "/", line)
    return line.replace("-", "- ").replace("\t", " ").replace("\n", " ").split(" ")


def _bold_factor(line: str) -> float:
    """How much wider `line` is in bold: BOLD, or BOLD_FIGURES without a letter."""
    return BOLD if any(map(str.isalpha, line)) else BOLD_FIGURES


def _twips(characters: int, char: int, factor: float = 1.0) -> int:
    return round(characters * char * factor) + CELL_PADDING

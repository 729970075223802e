"""Column widths of `beslut visa`'s tables in a terminal of a given width.

rich, left to itself, narrows the widest columns until they are all as wide, so a name
breaks inside a word while a column of amounts keeps room to spare, and an amount may
break at its no-break spaces. Here instead:

- a column of figures (right-aligned) is as wide as its widest figure or header word:
  a figure never breaks; its header wraps, at spaces, and a mark after a figure
  ("(angiven)") goes onto a line of its own; a header word too long for its column breaks
  with a hyphen at its break points (`generator.word.hyphenation`, in a column of any
  width: "Med-" / "lem-" / "mar"), and a year or a range of years ("2024–2025") never
  breaks while the table can fit;
- a text column is as wide as its longest cell if the table fits, and otherwise never
  narrower than its longest word, as long as every column can have that;
- only when the longest words do not fit either do text columns break words, and a word
  then breaks with a hyphen where Word would break it in a table (a compound at its joints,
  "Exploaterings-" / "verksamhet", see `generator.word.hyphenation`), in a column as narrow
  as 7 characters too ("Skatte-" / "finan-" / "sierad", trial 45, F10); where no such point
  fits, between two letters with a hyphen, two letters at least on either side ("där-" /
  "av:"); only in a column narrower than 4 characters, or where neither fits, is it cut
  without one. Its pieces go on lines of their own (a folded line never starts with a
  space), the room of an indented line counted beside its indent.

Columns give way one character at a time: first the text columns after the first (the
names) down to their longest words, so a note wraps before a name does; then every column
down to its longest words; then the text columns after the names may halve their longest
words (not below 8 characters); then a column of figures may fold a header word, in half
at most, never below its widest figure nor below its header's longest piece that does not
break (a year, a range of years, a word's piece between break points with its hyphen);
then the names too may halve their longest words; then a text column may go down to a
character; only then may a header's years and words be cut, down to half its longest
word and its widest figure. In all but the last two steps the column whose width times its
longest cell is largest gives way first, so a column of descriptions folds before a column
of names breaks a word; in the last two the widest gives way first, so that in a very
narrow terminal the columns are alike.

An indented line (a sub-row's name) that wraps keeps its indent on every line it wraps onto,
as long as its words fit beside it, so that it does not read as a row of its own.

A table that would still have a text column narrower than READABLE characters (and than its
longest word) is not `readable`: `beslut visa` shows it row by row (`show_records`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from rich.cells import cell_len
from rich.table import Column, Table
from rich.text import Text

from generator.formatting import NBSP
from generator.word.hyphenation import break_points

FOLDED: Final = 8  # the fewest characters a column folds its words to, while it can
HYPHENATED: Final = 4  # the narrowest line in which a word of a text column breaks with a hyphen
_WORD = re.compile(r"\S+")  # rich breaks lines at any white space, the no-break space too
_FIRST_WORD = re.compile(r"(?m)^ *\S+|\S+")  # a line's first word with its indent (varav rows)
_INDENTED = re.compile(r"(?m)^( +)\S.*$")  # a line with its indent (a sub-row's name)
_UNBROKEN = re.compile(r"(?:\S|\u00a0)+")  # a word with what no-break spaces join to it
_LINE = re.compile(r"(?m)^( *).*$")  # a line and its indent, if any
_LETTERS = re.compile(r"[^\W\d_]+")


@dataclass
class _Width:
    """One column's width as it gives way: from `natural`, never below `floor`."""

    natural: int  # its longest line, unbroken
    words: int  # its longest word (for figures: its widest figure or header word)
    figures: bool
    names: bool = False  # the first text column: the rows' names
    width: int = 0
    body: int = 0  # for figures: its widest figure (or mark such as "(angiven)")
    header: int = 0  # for figures: its header's longest piece that does not break


def fit(table: Table, terminal: int) -> None:
    """Set the widths of `table`'s columns for a terminal `terminal` characters wide."""
    columns = table.columns
    widths = _fitted(table, terminal)
    for column, width in zip(columns, widths, strict=True):
        column.width = width.width
        if width.figures:
            if isinstance(column.header, Text):
                _fold(column.header, width.width, hyphens_from=1, letters=False)
            continue
        for text in _texts(column):
            _fold(text, width.width)
            _hang(text, width.width)


READABLE: Final = 4
"""The narrowest a text column may be made before a table is shown row by row instead
(`readable`): a word broken into pieces of two or three letters cannot be read."""


def readable(table: Table, terminal: int) -> bool:
    """Whether `table` fits a terminal `terminal` characters wide with each text column at
    least as wide as its longest word or READABLE, whichever is less (trial 51, F9: nine
    columns in 80 characters stacked a region's name letter by letter)."""
    return all(width.width >= min(width.words, READABLE)
               for width in _fitted(table, terminal) if not width.figures)


def text_widths(table: Table, terminal: int) -> list[int]:
    """The widths `fit` would give `table`'s text columns, the table left as it is."""
    return [width.width for width in _fitted(table, terminal) if not width.figures]


def _fitted(table: Table, terminal: int) -> list[_Width]:
    """Every column's width in a terminal `terminal` characters wide, by the steps above."""
    widths = [_measure(column) for column in table.columns]
    room = terminal - _frame(table)
    for width in widths:
        width.width = width.natural
    names = next((width for width in widths if not width.figures), None)
    if names is not None:
        names.names = True
    _give_way(widths, room, _notes_to_words, _most_text)
    _give_way(widths, room, _longest_word, _most_text)
    _give_way(widths, room, _notes_half, _most_text)
    _give_way(widths, room, _figure_headers, _most_text)
    _give_way(widths, room, _half_word, _most_text)
    _give_way(widths, room, _one, _widest)
    _give_way(widths, room, _cut_headers, _widest)
    return widths


def _give_way(widths: list[_Width], room: int, floor: Callable[[_Width], int],
              first: Callable[[_Width], int]) -> None:
    """Narrow the columns a character at a time, the `first` first, none below its `floor`,
    until they fit in `room` or all are at their floor."""
    while sum(width.width for width in widths) > room:
        narrowing = [width for width in widths if width.width > floor(width)]
        if not narrowing:
            return
        max(narrowing, key=first).width -= 1


def _notes_to_words(width: _Width) -> int:
    """First the text columns after the names narrow to their longest words, the names and
    the figures keeping their width: a note wraps onto more lines before a name wraps."""
    return width.natural if width.figures or width.names else width.words


def _longest_word(width: _Width) -> int:
    """First no word is cut: a column of figures keeps every figure whole, always."""
    return width.words


def _notes_half(width: _Width) -> int:
    """Then the text columns after the names may cut their words, in half at most (not below
    8 characters)."""
    return width.words if width.figures or width.names else _halved(width.words)


def _figure_headers(width: _Width) -> int:
    """Then a column of figures may fold a header word, in half at most and never below its
    widest figure, before a name is cut."""
    return _figures_floor(width) if width.figures else _notes_half(width)


def _half_word(width: _Width) -> int:
    """Then the names too may cut their words, in half at most (not below 8 characters)."""
    return _figures_floor(width) if width.figures else _halved(width.words)


def _one(width: _Width) -> int:
    """Then a text column may be as narrow as a character."""
    return _figures_floor(width) if width.figures else 1


def _cut_headers(width: _Width) -> int:
    """Last, where the table does not fit even so, a column of figures may cut its header's
    years and words, in half at most and never below its widest figure."""
    return max(width.body, _halved_header(width)) if width.figures else 1


def _halved(words: int) -> int:
    """Half a longest word (rounded up), but not below 8 characters nor above the word."""
    return min(words, max(FOLDED, -(-words // 2)))


def _figures_floor(width: _Width) -> int:
    """A column of figures' narrowest while the table can fit: its widest figure, half its
    longest header word, and its header's longest piece that does not break."""
    return max(width.body, _halved_header(width), width.header)


def _halved_header(width: _Width) -> int:
    """Half a column of figures' longest header word (rounded up)."""
    return -(-width.words // 2)


def _most_text(width: _Width) -> int:
    """The column with the longest cells gives way first, as long as it stays wider in
    proportion to them: width times longest line."""
    return width.width * width.natural


def _widest(width: _Width) -> int:
    """The widest column gives way first: the columns end up alike."""
    return width.width


def _measure(column: Column) -> _Width:
    """A column's natural width and its longest word, header included."""
    figures = column.justify == "right"
    texts = _texts(column)
    natural = max((_line(text) for text in texts), default=1)
    words = max((_word(text) for text in texts), default=1)
    body = max((_pieces(text) for text in texts[1:]), default=1) if figures else 0
    header = _unbroken(column.header) if figures and isinstance(column.header, Text) else 0
    return _Width(max(natural, 1), max(words, body, 1), figures, body=max(body, 1),
                  header=header)


def _unbroken(header: Text) -> int:
    """The widest piece of a figure column's `header` that does not break: a year or a range
    of years ("2024–2025") whole, a word between its break points with its hyphen."""
    return max((_narrowest(word) for word in _WORD.findall(header.plain)), default=0)


def _narrowest(word: str) -> int:
    """The narrowest column in which `word` breaks only at its break points, with a hyphen
    ("Förändring": "För-" / "änd-" / "ring", 4); a word without any, whole."""
    width = cell_len(word)
    while width > 1 and all(hyphen for _, hyphen in _word_cuts(word, width - 1, width - 1, 1)):
        width -= 1
    return width


def _pieces(text: Text) -> int:
    """The width of the widest piece of a figure cell between plain spaces: the figure
    (whose groups are joined by no-break spaces) or a mark after it ("(angiven)"). A column
    as wide keeps every figure whole: rich fills a line with whole pieces first."""
    return max((cell_len(piece) for line in text.plain.split("\n")
                for piece in line.split(" ")), default=0)


def _texts(column: Column) -> list[Text]:
    """The column's header, then its cells (every cell `visa` makes is a Text)."""
    return [cell for cell in (column.header, *column.cells) if isinstance(cell, Text)]


def _line(text: Text) -> int:
    """The width of the longest line of `text`."""
    return max((cell_len(line) for line in text.plain.split("\n")), default=0)


def _word(text: Text) -> int:
    """The width of the longest word of `text`, a line's first word with the spaces that
    indent it (a sub-row's name breaks as soon as its column is narrower than that)."""
    return max((cell_len(word) for word in _FIRST_WORD.findall(text.plain)), default=0)


def _frame(table: Table) -> int:
    """Characters of a row that are not cell content: borders and cell padding."""
    _, right, _, left = table.padding
    columns = len(table.columns)
    borders = (columns - 1 + (2 if table.show_edge else 0)) if table.box else 0
    return borders + columns * (left + right)


def _hang(text: Text, width: int) -> None:
    """Wrap, in place, each indented line of `text` wider than `width`, and each with a
    no-break space, at its spaces, every line it wraps onto indented as it is, keeping its
    styles: rich breaks at a no-break space too ("6 tim à 1" / "100 kr" in a text cell with a
    reference, trial 86, F9). A line with a word too long to fit beside its indent is left
    to rich and `_fold`."""
    breaks = [cut for line in _LINE.finditer(text.plain) if line.group(1) or NBSP in line.group()
              for cut in _breaks(line, width)]
    if not breaks:
        return
    hung, at = Text(), 0
    for end, start, indent in breaks:
        hung.append_text(text[at:end])
        hung.append("\n" + indent)
        at = start
    hung.append_text(text[at:])
    text.plain = ""
    text.append_text(hung)


def _breaks(line: re.Match[str], width: int) -> list[tuple[int, int, str]]:
    """Where an indented `line` wraps to fit `width`: the end of each line's last word, the
    start of the next line's first word, and the indent it starts with."""
    indent, plain = line.group(1), line.string
    words = list(_UNBROKEN.finditer(plain, line.start(), line.end()))
    if cell_len(line.group()) <= width or any(
            len(indent) + cell_len(word.group()) > width for word in words):
        return []
    breaks, start, end = [], words[0].start(), words[0].end()
    for word in words[1:]:
        if len(indent) + cell_len(plain[start:word.end()]) > width:
            breaks.append((end, word.start(), indent))
            start = word.start()
        end = word.end()
    return breaks


def _fold(text: Text, width: int, hyphens_from: int = HYPHENATED,
          letters: bool = True) -> None:
    """Break, in place, each word of `text` too long for its line onto the next lines, keeping
    its styles: with a hyphen where it may break (a compound at its joints, "Exploaterings-
    verksamhet", see `hyphenation`), else (with `letters`: not a figure column's header)
    between two letters, in a line at least `hyphens_from` wide; cut where neither fits
    (see `_word_cuts`). The lines it goes onto are indented as its line is while a piece of
    at least 8 characters fits beside the indent."""
    cuts = [cut for line in _LINE.finditer(text.plain)
            for cut in _line_cuts(line, width, hyphens_from, letters)]
    if not cuts:
        return
    folded, at = Text(), 0
    for end, hyphen, indent in cuts:
        folded.append_text(text[at:end])
        if hyphen:
            mark = text[end - 1:end]  # the hyphen in the style of the letter before it
            mark.plain = "-"
            folded.append_text(mark)
        folded.append("\n" + indent)
        at = end
    folded.append_text(text[at:])
    text.plain = ""
    text.append_text(folded)


def _line_cuts(line: re.Match[str], width: int, hyphens_from: int,
               letters: bool) -> list[tuple[int, bool, str]]:
    """Where the words of `line` too long for it break: each break's index in the text,
    whether it takes a hyphen, and the indent of the line after it. Its first word has the
    room beside its indent; a later word starts a line of its own, indented or not."""
    indent = line.group(1)
    follows = indent if width - len(indent) >= FOLDED else ""
    cuts = []
    for word in _WORD.finditer(line.string, line.start(), line.end()):
        first = width - len(indent) if word.start() == line.start(1) + len(indent) \
            else width - len(follows)
        cuts += [(word.start() + at, hyphen, follows) for at, hyphen
                 in _word_cuts(word.group(), first, width - len(follows), hyphens_from,
                               letters)]
    return cuts


def _word_cuts(word: str, first: int, rest: int, hyphens_from: int,
               letters: bool = False) -> list[tuple[int, bool]]:
    """Where to break `word` into pieces, the first `first` cells wide at most and the others
    `rest`: at the last point where a piece of two characters or more with its hyphen fits
    (never "v-" after "Skri-"), else (with `letters`) at the last place between two letters,
    two at least on either side, where it does ("där-" / "av:"), else where it fills its
    line (always in a line narrower than `hyphens_from`: in a text column 4 characters,
    where a hyphen would take a third of it). Each cut's index in the word, and whether it
    takes a hyphen."""
    cuts: list[tuple[int, bool]] = []
    start, room = 0, max(first, 1)
    while cell_len(word[start:]) > room:
        points: list[int] = []
        if room >= hyphens_from:
            points = [at for at in _points(word, rest)
                      if 2 <= cell_len(word[start:at]) <= room - 1] or [
                at for at in (_between_letters(word) if letters else ())
                if 2 <= cell_len(word[start:at]) <= room - 1]
        cut = max(points, default=None)
        if cut is None:
            cut = start + 1
            while cell_len(word[start:cut + 1]) <= room:
                cut += 1
        cuts.append((cut, cut in points))
        start, room = cut, max(rest, 1)
    return cuts


def _between_letters(word: str) -> list[int]:
    """Where `word` may break with a hyphen when it has no break point that fits: inside a
    run of letters, with two of them at least on either side."""
    return [run.start() + at for run in _LETTERS.finditer(word)
            for at in range(2, len(run.group()) - 1)]


def _points(word: str, capacity: int) -> list[int]:
    """Where `word` may break with a hyphen: the break points of each run of letters in it."""
    return [run.start() + at for run in _LETTERS.finditer(word)
            for at in break_points(run.group(), capacity)]

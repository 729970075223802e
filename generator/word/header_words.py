"""Room for the whole words of amount headers, from columns that can give it (trial 46).

`widths` counts every character as the font's average. A short header word of wide
letters ("Sambo" in bold Calibri) is wider than it counts, so an amount column can end up
narrower than a word of its header, and Word then breaks the word: without a hyphen where
it has no hyphenation point ("Samb" / "o"), with one in a word short enough to keep whole
("perso-" / "ner"). Measured with the font's own character widths (`glyph_widths`), MARGIN
wider as `header_room` counts a line that must fit, each amount column whose header has a
word of at most SHORT_WORD characters wider than the column gets the room for it, amount
columns alike (as `widths` evens them out) together or not at all, the cheapest first.
In a header whose such words fit (`whole`), `tables` puts no soft hyphen into them: Word
takes one where it can, and "2 perso-" / "ner" would fill a line that "personer" leaves.

The room comes first from where it costs nothing: amount columns wider than their figures
and header words need (their header on as many lines) and what the cells of the text
columns do not use (`header_room.narrowest`); then from the text columns, down toward half
their longest word (`widths.text_floor`): a long word there hyphenates at its break
points and cells take more lines, which reads better than a broken word in a header; but
never so narrow that a word of theirs breaks where it gets no hyphens (see `_text_floor`).

Then, the same way, a header word of up to LONG_WORD characters gets its width where the
room is there once the short words have theirs, from the first tier only: no text column
gives more than its cells leave unused (trial 47, F4: "Seniorförening*" was printed
"Seniorföre-" / "ning*" beside amount columns with room to spare, and "föreningar", which
fitted as measured, "före-" / "ningar"). A word with a compound's joint ("Månadsarvode",
"Ungdoms-" / "förening*", see `compounds`) or a "_" is left to break there. Such a
column's header gets no soft hyphen in these words either (`long`).

Between the short words and these longer ones, a text column whose name would be cut (a
word of letters alone of HYPHENATED_WORD characters or more without a compound's joint,
which `widths` counts as HYPHENATED_WORD characters long) gets the width to keep it whole,
from the first tier only (trial 49, F7: "Furuhöjdsområ-" / "det" beside "Kr per
fastighet", wider than its figures and "fastighet" need, whose room went to
"fastigheter"): a name is not cut while another column has room to spare, and a long
header word then breaks before it.

A number and its unit, joined by a no-break space ("7–10 år"), count as one word where the
room is there; where it is not, the header may break between them (the column is
`released`: `tables` writes its header's no-break spaces as spaces), for "7–10" / "år"
reads well and "7–10 å" / "r" does not. Where not even the words fit, the widths stay as
they are; for a font without known character widths too.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from typing import Final, NamedTuple

from generator.word.compounds import compound_joints
from generator.word.glyph_widths import Glyphs
from generator.word.header_pieces import piece_need
from generator.word.header_room import (
    FINE,
    alike,
    header_lines,
    narrowest,
    one_line,
    steps_down,
)
from generator.word.table_text import widest_word
from generator.word.typography import NBSP
from generator.word.widths import SHORT_WORD, ColumnText, characters_in, text_floor
from generator.word.word_lengths import HYPHENATED_WORD, may_hold_word

_AFTER_BREAK: Final = re.compile(r"(?<=[-/])")  # a line may break after a hyphen or a "/"
_Group = tuple[int, ...]


class WholeWords(NamedTuple):
    """A table's widths, with room for the words of its amount headers."""

    widths: list[int]
    released: frozenset[int] = frozenset()  # columns whose header breaks at no-break spaces
    whole: frozenset[int] = frozenset()  # amount columns whose header's short words fit
    long: tuple[tuple[int, int], ...] = ()  # (column, length) of longer header words that fit


LONG_WORD: Final = 15
"""The longest header word given its width where the room is there ("Seniorförening*")."""


def whole_header_words(columns: Sequence[ColumnText], widths: list[int], char: int,
                       glyphs: Glyphs | None) -> WholeWords:
    """`widths` (adding up to the table's width, at average character width `char`) with
    room given to the amount headers whose short words would break, then to those whose
    words of up to LONG_WORD characters would, as the module docstring says; as they are
    without `glyphs` (the font's character widths)."""
    amounts = [i for i, column in enumerate(columns) if column.fixed]
    text = [i for i, column in enumerate(columns) if not column.fixed]
    if glyphs is None or not text or not amounts:
        return WholeWords(widths)
    short = _whole_words(columns, widths, char, glyphs, (amounts, text), SHORT_WORD)
    short = short._replace(widths=_whole_names(columns, short.widths, char, glyphs,
                                               (amounts, text)))
    lengths = _longer_words(tuple(columns[i].header_lines for i in amounts))
    if not any(lengths):  # (most tables)
        return short
    longer = _whole_words(columns, short.widths, char, glyphs, (amounts, text), LONG_WORD)
    long = tuple((i, length) for i, length in zip(amounts, lengths, strict=True)
                 if length and i in longer.whole)
    if longer.widths == short.widths:
        return short._replace(long=long)
    return longer._replace(whole=short.whole | longer.whole, long=long)


def whole_compounds(columns: Sequence[ColumnText], widths: list[int], words: WholeWords,
                    char: int, glyphs: Glyphs | None) -> WholeWords:
    """`words` (see `whole_header_words`) with `widths`, the widths a table has once every
    other column got its room, and with room given, from what costs no line (the first
    tier of `Donors`), to the amount headers whose words of up to LONG_WORD characters
    break at a compound's joint: "Grund-" / "bidrag (kr)" reads worse than "Grundbidrag
    (kr)" beside a text column with room to spare (trial 80, F4). Last of all, so that it
    takes no room a header of three lines or a name would have had (trial 42's
    "Månads-" / "arvode" / "(kr)" beside "Andel av riksdagsarvodet")."""
    amounts = [i for i, column in enumerate(columns) if column.fixed]
    text = [i for i, column in enumerate(columns) if not column.fixed]
    if glyphs is None or not text or not amounts:
        return words._replace(widths=widths)
    headers = tuple(columns[i].header_lines for i in amounts)
    lengths = _longer_words(headers, joints=True)
    if lengths == _longer_words(headers):  # (most tables: no such word)
        return words._replace(widths=widths)
    jointed = _whole_words(columns, widths, char, glyphs, (amounts, text), LONG_WORD,
                           joints=True)
    long = dict(words.long)
    long.update((i, length) for i, length in zip(amounts, lengths, strict=True)
                if length and i in jointed.whole)
    return words._replace(widths=jointed.widths, whole=words.whole | jointed.whole,
                          long=tuple(sorted(long.items())))


@functools.lru_cache(maxsize=256)
def _longer_words(headers: tuple[tuple[str, ...], ...], joints: bool = False
                  ) -> tuple[int, ...]:
    """For each header (of lines), the length of its longest word longer than SHORT_WORD
    that counts at LONG_WORD (with `joints`, a compound too), 0 for none (memoized per
    table, as `_header_need` is)."""
    return tuple(max((len(piece) for line in header for word in line.split(" ")
                      for piece in _AFTER_BREAK.split(word)
                      if len(piece) > SHORT_WORD and _counted(piece, LONG_WORD, joints)),
                     default=0)
                 for header in headers)


def _counted(word: str, longest: int, joints: bool = False) -> bool:
    """Whether a header word counts among those of at most `longest` characters given their
    width: one of at most SHORT_WORD does, a longer one only without a "_" and, unless
    `joints`, without a compound's joint to break at ("Månads-" / "arvode" reads well,
    "Seniorföre-" / "ning*" does not; "Grundbidrag" whole reads better still where the
    room is there, trial 80, F4)."""
    return len(word) <= SHORT_WORD or (len(word) <= longest and "_" not in word
                                       and (joints or not compound_joints(word)))


def _whole_words(columns: Sequence[ColumnText], widths: list[int], char: int, glyphs: Glyphs,
                 kinds: tuple[list[int], list[int]], longest: int,
                 joints: bool = False) -> WholeWords:
    """`widths` with room given to the amount headers whose words of up to `longest`
    characters (with `joints`, compounds too) would break (`whole`: those whose words fit;
    `kinds`: the amount columns and the text columns)."""
    amounts, text = kinds
    joined = {i: _need(columns[i], char, glyphs, longest, joined=True, joints=joints)
              for i in amounts}
    if all(joined[i] <= widths[i] for i in amounts):  # (most tables)
        return WholeWords(widths, whole=frozenset(amounts))
    groups = [tuple(group) for group in alike(amounts, columns, widths)]
    apart = {i: _need(columns[i], char, glyphs, longest, joined=False, joints=joints)
             for i in amounts}
    kept = {i: _kept(columns[i], widths[i], char, glyphs, longest, joints) for i in amounts}
    donors = Donors(columns, widths, char, glyphs,
                    [group for group in groups if all(kept[i] <= widths[i] for i in group)],
                    kept, text, costly=longest == SHORT_WORD)
    result = list(widths)
    for needs in (apart, joined):  # the words first, then a number with its unit
        wants = [(group, max(needs[i] for i in group)) for group in groups]
        for group, want in sorted(wants, key=lambda pair: _cost(pair, result)):
            cost = _cost((group, want), result)
            if 0 < cost <= donors.room(besides=group):
                donors.drop(group)
                beyond = donors.take(cost, result)
                result[text[-1]] += beyond
                for index in group:
                    result[index] = want
    return WholeWords(result, frozenset(i for i in amounts if joined[i] > result[i]),
                      frozenset(i for i in amounts if apart[i] <= result[i]))


def _whole_names(columns: Sequence[ColumnText], widths: list[int], char: int,
                 glyphs: Glyphs, kinds: tuple[list[int], list[int]]) -> list[int]:
    """`widths` with room given to each text column whose longest name would be cut
    (`name_need`), the cheapest first, from the first tier of the donors only (what costs
    no line, an amount column keeping its header's short words whole; a text column whose
    text wraps gives nothing here, as what it could give costs a whole search of its lines
    to find, for every table with a long name); as they are where that room is not there
    (`kinds`: the amount columns and the text columns)."""
    _, text = kinds
    wants = [(i, name_need(columns[i], char, glyphs)) for i in text]
    wants = [(i, want - widths[i]) for i, want in wants if want > widths[i]]
    if not wants:  # (most tables)
        return widths
    donors = free_room(columns, widths, char, glyphs, wrapping=False)
    return given([(cost, index) for index, cost in wants], donors, widths)


def given(wants: list[tuple[int, int]], donors: Donors, widths: list[int],
          less: Mapping[int, int] | None = None) -> list[int]:
    """`widths` with each text column of `wants` (the twips it lacks and its index) that
    `donors` can give all it lacks as much wider, the one lacking the least first; one that
    lacks more than they can give, as much wider as `less` says it may do with (if given)
    where they can give that."""
    result = list(widths)
    for cost, index in sorted(wants):
        room = donors.room(besides=(index,))
        if cost > room and less is not None:
            cost = less[index]
        if cost <= room:
            donors.drop((index,))
            result[index] += cost + donors.take(cost, result)
    return result


def wanted(needs: Mapping[int, int], widths: list[int]) -> list[tuple[int, int]]:
    """The text columns narrower than they need (`needs`, twips by column), each with the
    twips it lacks and its index, as `given` takes them."""
    return [(need - widths[i], i) for i, need in needs.items() if need > widths[i]]


def donors_to(wants: list[tuple[int, int]], columns: Sequence[ColumnText], widths: list[int],
              char: int, glyphs: Glyphs) -> Donors:
    """What the columns can give the wanting text columns of `wants` at no cost of a line
    (`free_room`, wrapping text columns too), those columns aside: the room a column's
    wrapped text leaves is room that column lacks (fix111's property test: a date column
    gave 42 twips to another, then lacked them itself). (For speed, what those columns
    could give is not looked for: `free_room`'s `besides`.)"""
    return free_room(columns, widths, char, glyphs, wrapping=True,
                     besides=frozenset(index for _, index in wants))


def free_room(columns: Sequence[ColumnText], widths: list[int], char: int, glyphs: Glyphs,
              wrapping: bool, besides: frozenset[int] = frozenset()) -> Donors:
    """What the columns of a table can give a text column at no cost of a line: the first
    tier of `Donors`, an amount column keeping its header's short words whole; without
    `wrapping`, nothing from a text column whose text wraps (what it could give costs a
    whole search of its lines to find); nothing from the text columns `besides`."""
    amounts = [i for i, column in enumerate(columns) if column.fixed]
    text = [i for i, column in enumerate(columns) if not column.fixed and i not in besides]
    kept = {i: _kept(columns[i], widths[i], char, glyphs, SHORT_WORD) for i in amounts}
    return Donors(columns, widths, char, glyphs,
                  [tuple(group) for group in alike(amounts, columns, widths)], kept, text,
                  costly=False, wrapping=wrapping)


def name_need(column: ColumnText, char: int, glyphs: Glyphs) -> int:
    """The width at which each name of text column `column` stays whole (0 if it has
    none): a word of letters alone of at least HYPHENATED_WORD characters, without a
    compound's joint to break at ("Furuhöjdsområdet", trial 49, F7), with its cell's
    indent; shorter words `widths` keeps whole already. (For speed, only the lines that
    may hold a word that long, `may_hold_word`, are split into words.)"""
    text = "\n".join(column.cells)
    if not may_hold_word(text, HYPHENATED_WORD):  # (most columns)
        return 0
    bold = set(column.bold_lines)
    need = 0
    for line in set(text.split("\n")):
        if not may_hold_word(line, HYPHENATED_WORD):
            continue
        indent = line[:len(line) - len(line.lstrip(" "))]
        for word in line.split():
            if len(word) < HYPHENATED_WORD:  # (most words: no piece of it is a name)
                continue
            for piece in _AFTER_BREAK.split(word) if "-" in word or "/" in word else (word,):
                if len(piece) >= HYPHENATED_WORD and piece.isalpha() \
                        and not compound_joints(piece):
                    need = max(need, one_line(indent + piece, char, glyphs, line in bold))
    return need


def _kept(column: ColumnText, width: int, char: int, glyphs: Glyphs, longest: int,
          joints: bool = False) -> int:
    """The width amount column `column`, `width` wide, keeps for its header's words of up to
    `longest` characters (with `joints`, compounds too): its number and unit joined if they
    fit, else its words."""
    joined = _need(column, char, glyphs, longest, joined=True, joints=joints)
    return joined if joined <= width else _need(column, char, glyphs, longest, joined=False,
                                                joints=joints)


def _cost(wanted: tuple[_Group, int], widths: list[int]) -> int:
    """The twips a group of amount columns lacks for the width it wants."""
    group, want = wanted
    return len(group) * max(0, want - widths[group[0]])


def _need(column: ColumnText, char: int, glyphs: Glyphs, longest: int, *,
          joined: bool, joints: bool = False) -> int:
    """The width at which each word of at most `longest` characters (with `joints`,
    compounds too, see `_counted`) of the header of `column` fits on a line (0 if it has
    none); with `joined`, words joined by a no-break space count as one ("7–10 år") if each
    is that short."""
    return _header_need(column.header_lines, char, glyphs, joined, longest, joints)


@functools.lru_cache(maxsize=1024)
def _header_need(header: tuple[str, ...], char: int, glyphs: Glyphs, joined: bool,
                 longest: int, joints: bool = False) -> int:
    """`_need` of a header of lines `header` (memoized: headers recur, in a table's
    columns and in the documents of an archive)."""
    words: list[str] = []
    for line in header:
        for word in line.split(" "):
            for piece in _AFTER_BREAK.split(word):
                parts = piece.split(NBSP)
                if joined and all(_counted(part, longest, joints) for part in parts):
                    words.append(piece)
                else:
                    words += [part for part in parts if _counted(part, longest, joints)]
    return max((one_line(word, char, glyphs, True) for word in words if word), default=0)


class Donors:
    """The room other columns can give, in the order it is taken (see the module
    docstring): per tier, each group of columns (a text column alone, amount columns
    alike together) and the twips each of its columns can give, an amount column keeping
    the width its header's words need (`needs`); without `costly`, only what costs no line
    (the first tier)."""

    def __init__(self, columns: Sequence[ColumnText], widths: list[int], char: int,
                 glyphs: Glyphs, amounts: list[_Group], needs: dict[int, int],
                 text: list[int], costly: bool = True, wrapping: bool = True) -> None:
        free = {group: max(0, widths[group[0]] - max(
            _amount_floor(columns[i], widths[i], char, glyphs, needs[i]) for i in group))
                for group in amounts}
        unused = {i: narrowest(columns[i], widths[i], char, glyphs, wrapping,
                               widest=widest_word(columns, i, char)) for i in text}
        free |= {(i,): max(0, widths[i] - unused[i]) for i in text}
        self.tiers: list[dict[_Group, int]] = [free]
        if costly:  # (a text column below what its cells use)
            self.tiers.append({(i,): max(0, min(widths[i], unused[i])
                                         - _text_floor(columns[i], char, glyphs,
                                                       widest_word(columns, i, char)))
                               for i in text})

    def room(self, besides: _Group = ()) -> int:
        """The twips all columns can still give, those of group `besides` aside."""
        return sum(len(group) * each for tier in self.tiers for group, each in tier.items()
                   if group != besides)

    def drop(self, group: _Group) -> None:
        """Take group `group` out of the donors (it gets room now)."""
        for tier in self.tiers:
            tier.pop(group, None)

    def take(self, cost: int, widths: list[int]) -> int:
        """Take `cost` twips (at most `room`) off `widths`, the first tier first and in a
        tier the group with the most room first; return what was taken beyond `cost` (a
        group gives as much from each of its columns)."""
        for tier in self.tiers:
            while cost > 0 and any(tier.values()):
                group = max(tier, key=lambda key: len(key) * tier[key])
                each = min(tier[group], -(-cost // len(group)))
                tier[group] -= each
                for index in group:
                    widths[index] -= each
                cost -= each * len(group)
        return -cost


def _amount_floor(column: ColumnText, width: int, char: int, glyphs: Glyphs,
                  need: int) -> int:
    """The narrowest width, down from `width` a FINE at a time, at which amount column
    `column` keeps its figures on one line, its header's words whole (`need`) and its
    header on as many lines."""
    least = amount_need(column, char, glyphs, need)
    lines = header_lines(column, width, char, glyphs)
    return width - FINE * steps_down(
        (width - least) // FINE,
        lambda step: header_lines(column, width - step * FINE, char, glyphs) <= lines)


def amount_need(column: ColumnText, char: int, glyphs: Glyphs, need: int | None = None) -> int:
    """The narrowest width at which amount column `column` keeps each figure on one line,
    each word of at most SHORT_WORD characters of its header whole (`need`, if given;
    else `header_need`) and each piece of its header unbroken (`piece_need`)."""
    return max(header_need(column, char, glyphs) if need is None else need,
               figure_need(column, char, glyphs), piece_need(column, char, glyphs))


def header_need(column: ColumnText, char: int, glyphs: Glyphs) -> int:
    """The width at which each word of at most SHORT_WORD characters of the header of
    amount column `column` fits on a line, a number and its unit apart (0 if none)."""
    return _need(column, char, glyphs, SHORT_WORD, joined=False)


def long_header_need(column: ColumnText, char: int, glyphs: Glyphs) -> int:
    """The width at which each word of at most LONG_WORD characters of the header of amount
    column `column` fits on a line (a longer one of at most SHORT_WORD only without a
    compound's joint, `_counted`), a number and its unit apart (0 if none): in a narrower
    column Word hyphenates such a word ("Acku-" / "mule-" / "rat", trial 66, F5)."""
    return _need(column, char, glyphs, LONG_WORD, joined=False)


def figure_need(column: ColumnText, char: int, glyphs: Glyphs) -> int:
    """The width at which each line of the body of amount column `column` (its figures)
    stays on one line."""
    return max([0, *(one_line(line, char, glyphs, False) for line in column.lines),
                *(one_line(line, char, glyphs, True) for line in column.bold_lines)])


def _text_floor(column: ColumnText, char: int, glyphs: Glyphs, widest: int) -> int:
    """The narrowest text column `column`, its longest word `widest` wide, gives way to: half
    its longest word (see `widths.text_floor`), but no narrower than a word of its that gets
    no hyphens in any column narrower than the word (its characters fit the line as
    `widths` counts them), nor than the widest piece its header breaks into
    (`piece_need`)."""
    floor = max(text_floor(widest, char), piece_need(column, char, glyphs))
    lines = [(line, False) for line in column.lines]
    lines += [(line, True) for line in (*column.bold_lines, *column.header_lines)]
    for line, bold in lines:
        for word in line.split(" "):
            for piece in _AFTER_BREAK.split(word):
                fit = one_line(piece, char, glyphs, bold) if piece else 0
                if fit > floor and len(piece) <= characters_in(fit - 1, char, bold=bold):
                    floor = fit
    return floor

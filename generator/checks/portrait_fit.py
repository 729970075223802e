"""A warning for a table on a portrait page too narrow for the words of its amount columns.

With many columns a portrait page cannot give every amount column the width of its
figures and of its header's words: Word and LibreOffice then cut a word where it has
no hyphenation point ("Samb" / "o"), hyphenate it ("Acku-" / "mule-" / "rat", trial 66, F5)
or break a figure ("1 03" / "5"). Such a table wants a landscape page (`liggande: ja`),
shorter headers (under a heading of their group, `kolumngrupper`) or to be split in two. The
words are measured as the Word writer measures them (`header_words`: the font's own
character widths, a header's words of at most LONG_WORD characters, but for a longer one
than SHORT_WORD that breaks at a compound's joint, "Kommun-" / "fullmäktige", which reads
well), at the size the writer sets the table (a tenth smaller when it is too wide).

A table gets the writer's widths (`table_widths.data_widths`) only when it may lack the
room: when an amount header has a longer word than SHORT_WORD (the writer gives it room only
where that costs no line elsewhere, see `header_words`), or when its amount columns' measured
needs and its text columns at half their longest word (the least the writer leaves them, see
`widths.text_floor`) add up to more than the portrait text width. The warning names the
columns those widths leave too narrow.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Final

from generator.case.models import Case
from generator.checks.landscape_fit import column_texts
from generator.checks.report import Reporter
from generator.compute.tables import TableResult
from generator.problems import Problem
from generator.render.tables import table_view
from generator.word.glyph_widths import Glyphs
from generator.word.header_words import figure_need, header_need, long_header_need
from generator.word.styles import StyleBook
from generator.word.table_widths import data_widths, table_font
from generator.word.widths import ColumnText, text_floor


def portrait_problems(case: Case, tables: Mapping[str, TableResult], report: Reporter,
                      width: int, styles: StyleBook) -> list[Problem]:
    """A warning at the `namn` of each portrait table some of whose amount columns the Word
    writer leaves narrower than their figures or their header's short words, on a page
    `width` twips wide (the text width) with the table styles `styles`."""
    problems = []
    for index, table in enumerate(case.tabeller):
        result = tables.get(table.namn)
        if table.liggande or result is None:
            continue
        columns = column_texts(table_view(result))
        narrow = too_narrow(columns, width, styles)
        if narrow:
            problems.append(report.problem(report.locate_key(("tabeller", index, "namn")),
                                           _message(table.namn, columns, narrow), "varning"))
    return problems


def too_narrow(columns: Sequence[ColumnText], width: int,
               styles: StyleBook) -> list[tuple[int, bool]]:
    """The amount columns the writer's widths leave too narrow in a table `width` twips
    wide, the one lacking the most first, each with whether it is for its header's words
    (else for its figures); none for a font whose character widths are unknown."""
    font = table_font(columns, width, styles)
    if font.glyphs is None:
        return []
    needs = {i: _needs(column, font.char, font.glyphs)
             for i, column in enumerate(columns) if column.fixed}
    short = {i: (header_need(columns[i], font.char, font.glyphs), figures)
             for i, (_, figures) in needs.items()}
    least = sum(map(max, short.values())) + sum(
        text_floor(column.widest_word(font.char), font.char)
        for column in columns if not column.fixed)
    if least <= width and short == needs:
        return []  # (most tables: room for every short word whatever the writer does)
    widths = data_widths(columns, width, styles, font).widths
    lacking = {i: max(need) - widths[i] for i, need in needs.items() if max(need) > widths[i]}
    return [(i, needs[i][0] > widths[i]) for i in sorted(lacking, key=lambda i: -lacking[i])]


def _needs(column: ColumnText, char: int, glyphs: Glyphs) -> tuple[int, int]:
    """The widths amount column `column` needs for its header's words, short or long, and
    for its figures."""
    return (max(header_need(column, char, glyphs), long_header_need(column, char, glyphs)),
            figure_need(column, char, glyphs))


def _message(name: str, columns: Sequence[ColumnText], narrow: list[tuple[int, bool]]) -> str:
    """The warning for table `name`, its `narrow` columns named (see `too_narrow`)."""
    headers = [columns[i].header_lines[0] for i, words in narrow if words]
    figures = [columns[i].header_lines[0] for i, words in narrow if not words]
    parts = []
    if headers:
        parts.append(_named(("rubriken", "rubrikerna"), headers) + " får inte plats utan att "
                     + ("ordet delas" if len(headers) == 1 else "orden delas"))
    if figures:
        parts.append(_named(("talen i kolumnen", "talen i kolumnerna"), figures)
                     + " får inte plats på en rad")
    return (f"tabellen '{name}' är för bred för en stående sida: {' och '.join(parts)}; "
            "skriv 'liggande: ja', korta rubrikerna (t.ex. under en gemensam rubrik med "
            "'kolumngrupper') eller dela tabellen")


_NAMED: Final = 3
"""The most headers the warning names; more are counted ("och 7 till")."""


def _named(what: tuple[str, str], headers: list[str]) -> str:
    """The `headers`, the first `_NAMED` of them by name and how many more, after `what`
    (one, several): "rubrikerna 'Sambo 1 (kr)', 'Sambo 2 (kr)', 'Sambo 3 (kr)' och 7 till"
    (trial 97, F4: "och 1 till" left the other header to be found by rendering)."""
    quoted = [f"'{header}'" for header in headers[:_NAMED]]
    if len(headers) > _NAMED:
        quoted.append(f"{len(headers) - _NAMED} till")
    listed = quoted[0] if len(quoted) == 1 else f"{', '.join(quoted[:-1])} och {quoted[-1]}"
    return f"{what[len(headers) > 1]} {listed}"

"""A table kept with the block after it: its last row's paragraphs kept with the next.

Word keeps a row with the paragraph after the table when every paragraph in the row is kept
with the next (`w:keepNext`), and LibreOffice, reading the file, keeps the table with the
next paragraph then (checked with LibreOffice 7.4: a justering after a table that ended page
1 stood alone on page 2 until the last row was kept; trials 70/72). The rows before it go
along as far as their own keeps go: a table kept whole moves whole, a taller one moves its
last two rows when these are kept together (see `keeps`).

A note right after a table, a paragraph of NOTE_LINES lines or fewer ("Reservation för
eventuella felaktigheter.", a section's `text_efter`), is kept with the table the same way:
alone at the top of the next page it qualifies nothing (trial 81, F6).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from generator.word.oxml import XmlNode, paragraph_property, qn

NOTE_LINES: Final = 2  # a paragraph after a table this many lines long is a note to it


def is_note(lines: int) -> bool:
    """Whether a paragraph of `lines` lines right after a table is a note to it."""
    return lines <= NOTE_LINES


def keep_last_row(table: XmlNode) -> None:
    """Keep the last row of `table` (a `w:tbl` element) with the paragraph after it."""
    rows = table.findall(qn("w:tr"))
    if rows:
        for paragraph in rows[-1].iter(qn("w:p")):
            paragraph_property(paragraph, "w:keepNext")


def last_row_kept(markup: str) -> str | None:
    """`markup`, the inside of a `w:tbl` as `tables` writes it, with its last row kept as
    `keep_last_row` keeps it (the same bytes once parsed), so that the table need not be
    parsed for it; None for markup of another shape (a paragraph style, which comes before
    `w:keepNext`)."""
    start = markup.rfind("<w:tr>")
    if start < 0 or _before_keep().search(markup, start):
        return None
    row = _bare_paragraph().sub("<w:p><w:pPr><w:keepNext/></w:pPr>", markup[start:]).replace(
        "<w:p/>", "<w:p><w:pPr><w:keepNext/></w:pPr></w:p>")  # (an empty cell)
    return markup[:start] + _unkept_paragraph().sub("<w:p><w:pPr><w:keepNext/>", row)


@cache
def _before_keep() -> re.Pattern[str]:
    """A paragraph style (the one property before `w:keepNext`), or a `w:p` with
    attributes."""
    return re.compile(r"<w:pPr><w:pStyle\b|<w:p\s")


@cache
def _bare_paragraph() -> re.Pattern[str]:
    """A paragraph without properties."""
    return re.compile(r"<w:p>(?!<w:pPr>)")


@cache
def _unkept_paragraph() -> re.Pattern[str]:
    """A paragraph whose properties do not begin with `w:keepNext`."""
    return re.compile(r"<w:p><w:pPr>(?!<w:keepNext/>)")

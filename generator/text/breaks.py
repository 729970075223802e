"""Line breaks in case text as secretaries write them, made into line breaks in the Markdown.

Markdown joins the lines of a paragraph into one: "Fritidsavdelningen 2008-08-18" and
"Kultur- och fritidsförvaltningen 2008-11-12" typed one under the other print on one line,
as prose wrapped over several lines should. A line break is asked for as CommonMark asks for
one: the line ends with a backslash `\\`. Python-Markdown, which the Word writer parses with,
knows only the other CommonMark hard break, two spaces at the end of the line, so the
backslash is written as those (the documents' own templates break their lines so too).

Left as written: a backslash at the end of a paragraph's last line (there is no line to break
to), an escaped one (`\\\\`, an even number of backslashes) and one with blanks after it, as
CommonMark leaves them.

A table cell breaks its lines by the same rule, and at every other line end too: a cell is one
line in Markdown, so lines typed one under the other in a cell ("a) Direktör" / "b) Enhetschef"
in a delegationsordning) are meant as lines (trial 59, F5). `cell_lines` gives them; the table
partial writes them with `<br>` between them (GFM's line break in a cell), Word with a line
break in the cell's paragraph.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

HARD_BREAK: Final = "  "
"""What ends a line that breaks in the documents' Markdown."""


@cache
def _break() -> re.Pattern[str]:
    """An odd number of backslashes at the end of a line, with a line of text under it; group 1:
    the escaped backslashes before the last one."""
    return re.compile(r"(?<!\\)((?:\\\\)*)\\\n(?=[ \t]*\S)")


def markdown_breaks(text: str) -> str:
    """The text with each line that ends with a backslash ended with a hard break instead."""
    if "\\\n" not in text:
        return text
    return _break().sub(lambda m: f"{m.group(1)}{HARD_BREAK}\n", text)


def cell_lines(text: str) -> list[str]:
    """The lines of a table cell's text: broken at every line end, a backslash ending a line
    as in text dropped; blanks at the ends of a line and empty lines left out."""
    if "\n" not in text:
        return [text]
    text = _break().sub(lambda m: f"{m.group(1)}\n", text)
    return [line for line in map(str.strip, text.split("\n")) if line]


def cell_text(text: str) -> str:
    """A table cell's text with its lines (`cell_lines`) joined by single newlines."""
    return "\n".join(cell_lines(text)) if "\n" in text else text

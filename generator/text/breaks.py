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
"""

from __future__ import annotations

import re
from typing import Final

HARD_BREAK: Final = "  "
"""What ends a line that breaks in the documents' Markdown."""
_BREAK: Final = re.compile(r"(?<!\\)((?:\\\\)*)\\\n(?=[ \t]*\S)")
"""An odd number of backslashes at the end of a line, with a line of text under it; group 1:
the escaped backslashes before the last one."""


def markdown_breaks(text: str) -> str:
    """The text with each line that ends with a backslash ended with a hard break instead."""
    if "\\\n" not in text:
        return text
    return _BREAK.sub(lambda m: f"{m.group(1)}{HARD_BREAK}\n", text)

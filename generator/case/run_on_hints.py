"""Where a YAML syntax error is really a text run on over a blank line, and what to do.

A text of several paragraphs written without `|` (`beslutsgang:` with the text after it, or
as a list item `- Ordföranden …`), its second paragraph after a blank line and set back
from where the text above starts, is read by YAML as a new key whose colon is still to come
("could not find expected ':'"). The line is no key: it goes on with the text above it. Only
a line that does not start with a key as the case format spells keys is taken for this
(`colon_hints` names the missing colon of one that does), and only words after words: not
a single word or figure above it or on it. The message says how a text of several paragraphs
is written: `beslutsgang: |` and the paragraphs indented under it.
"""

from __future__ import annotations

import re
from functools import cache

from generator.case.indent_hints import previous_line
from generator.problems import Position


@cache
def _text() -> re.Pattern[str]:
    """A line that starts a plain text: a list item's (`- Ordföranden …`) or a key's
    (`beslutsgang: Ordföranden …`); no key and value inside it."""
    return re.compile(r"( *)(?:(- +)|([a-z][a-z0-9_]*): +)(?![\s#'\"|>&*!\[{-])(?!.*: )")


@cache
def _key() -> re.Pattern[str]:
    """A key that opens a block (`beslutsgang:`)."""
    return re.compile(r"( *)([a-z][a-z0-9_]*):\s*(?:#.*)?")


def run_on_text(lines: list[str], where: Position) -> tuple[Position, str] | None:
    """The place and message for the line at `where` (where YAML began to read a key), when
    it is a paragraph after a blank line, set back from the text above (see the module
    docstring)."""
    above = previous_line(lines, where.line - 1)
    if above is None or all(line.strip() for line in lines[above + 1:where.line - 1]):
        return None  # no blank line between
    start = _text_start(lines, above)
    if start is None:
        return None
    index, text = start
    if where.column - 1 >= text.end() or " " not in lines[index][text.end():].strip() \
            or " " not in lines[where.line - 1].strip():
        return None  # (a word or a figure above, or one word here: no paragraphs)
    if text.group(3):
        key, what = text.group(3), f"texten efter '{text.group(3)}' på rad {index + 1}"
    else:
        key = _list_key(lines, index, len(text.group(1)))
        what = f"texten i listpunkten på rad {index + 1}"
        if key is None:
            return None
    return where, (
        f"texten efter den tomma raden står mindre indragen än {what} och blir inget nytt "
        f"stycke i den, en text med flera stycken skrivs {key}: | med styckena indragna på "
        "raderna under och en tom rad emellan" + ("" if text.group(3) else " (i en lista: - |)"))


def _text_start(lines: list[str], index: int) -> tuple[int, re.Match[str]] | None:
    """The line a plain text on line `index` starts on, with its match, going up over the
    lines that continue it (further in than that line, with no key or item of their own)."""
    for before in range(index, -1, -1):
        line = lines[before]
        if not line.strip():
            return None
        text = _text().match(line)
        if text is not None:
            return before, text
        if line.lstrip().startswith(("#", "- ")) or ": " in line or line.rstrip().endswith(":"):
            return None
    return None


def _list_key(lines: list[str], index: int, indent: int) -> str | None:
    """The key that opens the list whose item is on line `index` (`indent` spaces in)."""
    for before in range(index - 1, -1, -1):
        line = lines[before]
        at = len(line) - len(line.lstrip(" "))
        if not line.strip() or line.lstrip().startswith("#") or at > indent \
                or (at == indent and line.lstrip().startswith("- ")):
            continue  # blank, a comment, more of an item above, or an item above
        key = _key().fullmatch(line)
        return key.group(2) if key is not None else None
    return None

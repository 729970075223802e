"""Show file names in messages so that no character in a name can forge an output line,
counts with the word in the right number, and commands a user can paste into a shell."""

from __future__ import annotations

import shlex
from collections.abc import Sequence
from pathlib import Path

FEW = 3
"""Names a line lists (changed templates, recovered cases) before it sums up the rest as
"m.fl."."""


def shown(path: str | Path) -> str:
    """Return the name with control and format characters written as escapes (`\\n`, `\\x1b`).

    A character prints as itself on one line unless Unicode calls it "other" (C*) or a
    separator (Z*), the space excepted: exactly what `str.isprintable` tests.
    """
    text = str(path)
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else _escape(c) for c in text)


def _escape(char: str) -> str:
    """Write one character as a visible escape."""
    code = ord(char)
    if char in {"\n", "\r", "\t"}:
        return repr(char)[1:-1]
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def counted(number: int, one: str, many: str) -> str:
    """A Swedish count with the right form: "1 fil", "2 filer", "0 filer"."""
    return f"{number} {one if number == 1 else many}"


def listed(words: Sequence[str]) -> str:
    """Words as a Swedish list: "a", "a och b", "a, b och c"."""
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " och " + words[-1]


def first_few(names: Sequence[str]) -> str:
    """The first `FEW` names, shown, then " m.fl." if there are more: "a, b, c m.fl."."""
    more = " m.fl." if len(names) > FEW else ""
    return ", ".join(shown(name) for name in names[:FEW]) + more


def command_line(*words: str) -> str:
    """Words of a command, each quoted for a shell where it needs it: `beslut bygg 'ut dir'`."""
    return " ".join(shlex.quote(word) for word in words)

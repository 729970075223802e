"""Show file names in messages so that no character in a name can forge an output line."""

from __future__ import annotations

from pathlib import Path


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

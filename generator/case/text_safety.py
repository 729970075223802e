"""Characters a document can hold: every text of a case is checked where it is written.

Word files are XML, and XML 1.0 cannot hold most control characters or lone surrogates;
Markdown turns a character reference such as `&#12;` into the character it names. A case
can reach such characters three ways: typed in the file (the loader rejects them in the
raw text), through a YAML escape in double quotes (`"a\\x0cb"`), or through a character
reference in the text. The last two are found here, in the decoded value, and placed at
the escape or reference in the source.
"""

from __future__ import annotations

import functools
import html
import re
from functools import cache


@cache
def _forbidden() -> re.Pattern[str]:
    """Control characters (tab and line feed allowed), lone surrogates and the two
    non-characters."""
    return re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


_YAML_ESCAPES = {
    "0": "\x00", "a": "\x07", "b": "\x08", "t": "\t", "v": "\x0b", "f": "\x0c",
    "r": "\r", "e": "\x1b", "N": "\x85", "_": "\xa0", "L": "\u2028", "P": "\u2029",
}


def code(char: str) -> str:
    """A character as U+XXXX."""
    return f"U+{ord(char):04X}"


def forbidden_in(value: str) -> str | None:
    """The first character of value a document cannot hold, else None.

    Every such character is unprintable (`str.isprintable`), so a text whose only
    unprintable characters are line feeds, tabs and no-break spaces (a whole document, as a
    rule) holds none: a C-level pass over it tells, where the pattern's search costs some
    fifty instructions a character.
    """
    if value.replace("\n", "").replace("\t", "").replace("\xa0", "").isprintable():
        return None
    found = _forbidden().search(value)
    return found.group() if found else None


def referenced_forbidden(value: str) -> tuple[str, str] | None:
    """The first character reference in value that names a forbidden character, and it."""
    if "&" not in value:
        return None
    for match in _reference().finditer(value):
        reference = match.group()
        char = forbidden_in(_referenced(reference))
        if char is not None:
            return reference, char
    return None


@functools.cache
def _reference() -> re.Pattern[str]:
    """A character reference (compiled for the first value with an `&`, not at every start)."""
    return re.compile(r"&(?:#[0-9]{1,20}|#[xX][0-9a-fA-F]{1,20}|[A-Za-z][A-Za-z0-9]{0,40});?")


@functools.cache
def _escape() -> re.Pattern[str]:
    """A YAML escape sequence (compiled when a forbidden character is first looked for)."""
    return re.compile(r"\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0abtvfreN_LP])")


def _referenced(reference: str) -> str:
    """The text a reference stands for; U+FFFD when a number names no character."""
    if not reference.startswith("&#"):
        return html.unescape(reference)
    digits = reference[2:].rstrip(";")
    number = int(digits[1:], 16) if digits[:1] in "xX" else int(digits)
    if number == 0 or number > 0x10FFFF:
        return "\x00"  # no character at all: reported like a forbidden one
    return chr(number)


def escape_offset(source: str, char: str) -> int | None:
    """Where in a double-quoted source the escape producing char is written."""
    for match in _escape().finditer(source):
        escape = match.group()[1:]
        if _decode_escape(escape) == char:
            return match.start()
    return None


def _decode_escape(escape: str) -> str:
    """The character a YAML escape (without its backslash) stands for."""
    if escape[0] in "xuU":
        number = int(escape[1:], 16)
        return chr(number) if number <= 0x10FFFF else ""
    return _YAML_ESCAPES.get(escape, "")


def character_message(char: str) -> str:
    """Swedish message for a character that cannot be in a document."""
    return (
        f"texten innehåller ett tecken som inte kan stå i ett dokument ({code(char)}), "
        "ta bort det eller skriv det som vanlig text"
    )


def reference_message(reference: str, char: str) -> str:
    """Swedish message for a character reference that names such a character."""
    if char == "\x00":
        return f"teckenreferensen '{reference}' står inte för något tecken, ta bort den"
    return (
        f"teckenreferensen '{reference}' står för ett tecken som inte kan stå i ett dokument "
        f"({code(char)}), ta bort den"
    )

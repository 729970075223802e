"""Where a key that lacks its colon lies, and what to write instead.

A line such as `belopp 130 000` standing where a key was expected, at the indentation of
the keys around it, is read as a key whose colon is still to come. YAML only gives up at
the next line, and reports "could not find expected ':'" there, though that line may well
have its colon. The fault is the line YAML began reading as a key, and it is reported
there when it holds one plain text on its own line (not quoted, not a list or collection):
`belopp 130 000` is reported as "kolon saknas efter 'belopp' (skriv belopp: 130 000)".
"""

from __future__ import annotations

import re
from functools import cache

from yaml import MarkedYAMLError

from generator.problems import Position


@cache
def _plain() -> re.Pattern[str]:
    """A plain text (a comment after it stripped), which YAML could read as a key."""
    return re.compile(r"[^\s#'\"\[\]{}&*!|>%@`,?:-][^#]*?")


@cache
def _comment() -> re.Pattern[str]:
    return re.compile(r"\s+#.*")


@cache
def _key_and_value() -> re.Pattern[str]:
    """A key as the case format spells keys, maybe with the value after a space."""
    return re.compile(r"([a-z][a-z0-9_]*)(?: +(.+))?")


def missing_colon(
    exc: MarkedYAMLError, lines: list[str]
) -> tuple[Position, str | None] | None:
    """The place and message for a key lacking its colon, if that is why `exc` was raised
    (see the module docstring); None if the rule does not apply. The message is None when
    the text does not start with a key: the general one then says what to write."""
    key, found = exc.context_mark, exc.problem_mark
    if exc.context != "while scanning a simple key" or key is None or found is None:
        return None
    if "could not find expected ':'" not in str(exc.problem) or found.line <= key.line:
        return None  # (also raised for a key longer than 1024 characters on its line)
    if key.line >= len(lines):
        return None
    text = _comment().sub("", lines[key.line][key.column:]).rstrip()
    if _plain().fullmatch(text) is None or ": " in text or text.endswith(":"):
        return None
    return Position(key.line + 1, key.column + 1), _message(text)


def _message(text: str) -> str | None:
    """What to write: the key with its colon, when the text starts with a key."""
    parts = _key_and_value().fullmatch(text)
    if parts is None:
        return None
    key, value = parts.group(1), parts.group(2)
    return f"kolon saknas efter '{key}' (skriv {key}: {value or 'värde'})"

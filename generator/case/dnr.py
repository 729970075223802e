"""The diarienummer of a case: written out, or `nej` for a document that has none.

A blank `dnr` is refused with what to write; `dnr: nej` (or false) leaves the Dnr out of
the letterhead, the running header and the Word properties.
"""

from __future__ import annotations

from typing import Annotated, Final, Literal

from pydantic import BeforeValidator, WithJsonSchema

from generator.case.model_base import no_as_false

EXAMPLE: Final = "KS 2025/123"
"""A Dnr that is no organisation's own format: a case's profile gives its own example."""

OR_NONE: Final = ", eller dnr: nej om dokumentet inte har något diarienummer"
"""What the messages about a missing or blank Dnr add: how to write that there is none."""


def blank_message(example: str = EXAMPLE) -> str:
    """The message for a `dnr` written without a number."""
    return f"diarienumret är tomt, skriv det, t.ex. dnr: {example}{OR_NONE}"


def with_example(message: str, example: str) -> str:
    """The message with the neutral example of a Dnr replaced by `example` (a profile's)."""
    return message.replace(f"dnr: {EXAMPLE}", f"dnr: {example}")


def _dnr_or_no(value: object) -> object:
    """False for 'nej' (or false); a blank or empty value, or 'ja', is refused."""
    value = no_as_false(value)
    if value is None or (isinstance(value, str) and not value.strip()):
        raise ValueError(blank_message())
    if value is True or (isinstance(value, str) and value.strip().lower() in ("ja", "true")):
        raise ValueError(f"'{value if isinstance(value, str) else 'true'}' är inget "
                         f"diarienummer, skriv numret, t.ex. dnr: {EXAMPLE}{OR_NONE}")
    return value


Dnr = Annotated[str | Literal[False], BeforeValidator(_dnr_or_no), WithJsonSchema(
    {"anyOf": [{"type": "string", "pattern": r"\S"}, {"const": False}]})]
"""A diarienummer, or false ('nej') for a document without one."""

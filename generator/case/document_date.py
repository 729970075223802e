"""The date of a document: always a day, even when what it is written from has none.

Unlike the Dnr (`dnr: nej`), a document's `datum` cannot be left out: a decision shows
the day it was made, the archive files the document by its date, and the checks of
dates in the text measure from it. `datum: nej` (or false, or nothing) is refused with
what to write: the day the document is drawn up.
"""

from __future__ import annotations

from typing import Annotated, Final

from pydantic import BeforeValidator

from generator.case.model_base import Date, no_as_false

NO_DATE: Final = ("ett dokument har alltid ett datum, också när underlaget saknar ett: "
                  "skriv dagen dokumentet upprättas som ÅÅÅÅ-MM-DD, t.ex. datum: 2025-03-14")
"""The message for a document's `datum` written as none."""


def _some_date(value: object) -> object:
    """Refuse 'nej', false or nothing as a document's date."""
    value = no_as_false(value)
    if value is None or value is False or (isinstance(value, str) and not value.strip()):
        raise ValueError(NO_DATE)
    return value


DocumentDate = Annotated[Date, BeforeValidator(_some_date)]
"""A document's date (ÅÅÅÅ-MM-DD), never none."""

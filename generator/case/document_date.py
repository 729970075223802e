"""The date of a document: a day, or `nej` for a document that is left undated on purpose.

A decision shows the day it was made and the checks of dates in the text measure from it,
so a document has a date unless the case says it has none: a published taxa or price list
that states no date (trial 47, F7) is written `datum: nej` (or false), and the letterhead
then has no date line, the running header and the Word properties none either, and the
checks that measure from the document's date (a date in the text after it, an event, a
decision, a justering or a signature dated after or before it) are not made. A blank
`datum` is refused with what to write: the day the document is drawn up, or `nej`.
"""

from __future__ import annotations

import datetime
from typing import Annotated, Final, Literal

from pydantic import BeforeValidator, WithJsonSchema

from generator.case.model_base import Date, date_not_number, no_as_false

NO_DATE: Final = ("datumet är tomt, skriv dagen dokumentet upprättas som ÅÅÅÅ-MM-DD, t.ex. "
                  "datum: 2025-03-14, eller datum: nej för ett dokument utan datum")
"""The message for a document's `datum` written blank."""
EXAMPLE: Final = datetime.date(2025, 3, 14)
"""The date a message offers as an example where the document has none to offer."""


def _date_or_no(value: object) -> object:
    """False for 'nej' (or false); a blank or empty value is refused, and a number (0 is no
    false here) as a date's place refuses one."""
    value = no_as_false(value)
    if value is False:
        return value
    if value is None or (isinstance(value, str) and not value.strip()):
        raise ValueError(NO_DATE)
    return date_not_number(value)


DocumentDate = Annotated[Date | Literal[False], BeforeValidator(_date_or_no), WithJsonSchema(
    {"anyOf": [{"type": "string", "format": "date"}, {"const": False}, {"const": "nej"}]})]
"""A document's date (ÅÅÅÅ-MM-DD), or false ('nej') for a document without one."""

"""The base of every case-file model: unknown keys are errors, values are immutable."""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from decimal import Decimal
from functools import cache
from typing import Annotated, Any, Final, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, WithJsonSchema

_ITEM_NOUNS: Final = {"reservationer": "reservationen",
                      "protokollsanteckningar": "protokollsanteckningen",
                      "yrkanden": "yrkandet", "beslutsgang": "texten"}
"""What an item of a list is called, by the list's key, where it is no point (trial 26); and
what an empty text is called after its key ("'beslutsgang': texten är tom")."""
_NEUTER: Final = frozenset({"yrkandet"})


def empty_item(key: str | int | None) -> str:
    """The message for an item of the list `key` with nothing in it (`- `, `- \"\"`): it
    names what is empty, a reservation, a protocol note or a motion, and otherwise a point."""
    noun = _ITEM_NOUNS.get(key, "punkten") if isinstance(key, str) else "punkten"
    return f"{noun} är {'tomt' if noun in _NEUTER else 'tom'}, skriv texten eller ta bort raden"


EMPTY_ITEM: Final = empty_item(None)
"""An item of a list of texts with nothing in it, the list no reservations or notes."""


class CaseModel(BaseModel):
    """Base for all case-file models: unknown keys are errors, values are immutable.

    `defer_build`: a model's validator is built when it first validates, not when the
    module is imported; a run validates one `Case`, whose validator holds its parts, so
    building each of the models' own at import (some 80 ms) was spent for nothing.
    """

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        coerce_numbers_to_str=True,
        str_strip_whitespace=True,
        defer_build=True,
    )


def empty_list() -> list[Any]:
    """A new empty list: `Field(default_factory=empty_list)` is `default_factory=list`, faster.

    Pydantic reads a default factory's signature when it builds a validator; the builtin
    `list` has only a text signature, which costs a tokenizer pass (some 4 ms of a cold
    `beslut kontrollera` for the list fields of a case). A Python function's is at hand.
    """
    return []


def empty_dict() -> dict[str, Any]:
    """A new empty mapping, for the reason `empty_list` gives."""
    return {}


@cache
def _figure_name_pattern() -> re.Pattern[str]:
    return re.compile(r"[^\W\d]\w*")


def _figure_name(name: str) -> str:
    """Refuse a name that case text cannot use after `belopp.` (a space, a dash, a digit
    first)."""
    if not _figure_name_pattern().fullmatch(name):
        example = re.sub(r"\W+", "_", name).strip("_") or "namn"
        if example[:1].isdigit():
            example = f"belopp_{example}"
        raise ValueError(f"'{name}' går inte som namn på ett belopp, skriv bokstäver, siffror "
                         f"och _ utan mellanslag och med en bokstav först, t.ex. {example}")
    return name


FigureName = Annotated[str, AfterValidator(_figure_name)]
"""The name of an amount stated under `belopp`, as case text writes it after `belopp.`."""


def _number_shown(value: object) -> str | None:
    """The number as written when value is one (pydantic would read it as a Unix time)."""
    if isinstance(value, bool):
        return str(value).lower()
    return str(value) if isinstance(value, int | float | Decimal) else None


def date_not_number(value: object) -> object:
    """Refuse a number where a date belongs."""
    if (shown := _number_shown(value)) is not None:
        raise ValueError(f"{shown} är inget datum, skriv ÅÅÅÅ-MM-DD, t.ex. 2024-02-15")
    return value


def _time_not_number(value: object) -> object:
    """Refuse a number where a date and time belong."""
    if (shown := _number_shown(value)) is not None:
        raise ValueError(f"{shown} är ingen tidpunkt, skriv t.ex. 2019-04-01 09:38:46 +02:00")
    return value


Date = Annotated[datetime.date, BeforeValidator(date_not_number)]
"""A date (ÅÅÅÅ-MM-DD); a number such as 20240215 is an error, never a Unix time."""
BLANK_DATE: Final = "tom"
"""What a signature block's `datum` is for a date line to fill in by hand."""


def _date_or_blank(value: object) -> object:
    """'tom' (in any case) as BLANK_DATE; refuse a word without digits, which is neither
    BLANK_DATE nor a date (a date's own faults are told by the date's messages)."""
    if isinstance(value, str) and not any(char.isdigit() for char in value):
        if value.strip().lower() == BLANK_DATE:
            return BLANK_DATE
        raise ValueError(f"'{value.strip()}' är inget datum, skriv ÅÅÅÅ-MM-DD, eller "
                         f"'{BLANK_DATE}' för en datumrad att fylla i för hand")
    return value


DateOrBlank = Annotated[Date | Literal["tom"], BeforeValidator(_date_or_blank)]
"""A signature's date, or BLANK_DATE: a line to write the date on by hand."""
DateTime = Annotated[datetime.datetime, BeforeValidator(_time_not_number)]
"""A date and time with its UTC offset; a number is an error, never a Unix time."""


_YES_NO = {"ja": True, "nej": False}


def _yes_no(value: object) -> object:
    """'ja' and 'nej' as true and false: the reference calls such keys "ja/nej"."""
    if isinstance(value, str):
        return _YES_NO.get(value.strip().lower(), value)
    return value


def no_as_false(value: object) -> object:
    """False for 'nej' or 'false' written as text (a label or number, or none of it)."""
    if isinstance(value, str) and value.strip().lower() in ("nej", "false"):
        return False
    return value


YesNo = Annotated[bool, BeforeValidator(_yes_no), WithJsonSchema(
    {"anyOf": [{"type": "boolean"}, {"enum": ["ja", "nej"]}]})]
"""true/false, or ja/nej as a Swedish secretary writes it."""
LabelOrNo = Annotated[str | Literal[False], BeforeValidator(no_as_false), WithJsonSchema(
    {"anyOf": [{"type": "string"}, {"const": False}]})]
"""A row's label, or false (also 'nej') for no such row."""


def _some_text(key: str) -> Callable[[str], str]:
    """Refuse an item of the list `key` with no text: `- ""` (or only spaces) would print an
    empty point, reservation or note."""
    def some_text(value: str) -> str:
        if not value:
            raise ValueError(empty_item(key))
        return value
    return some_text


ItemText = Annotated[str, AfterValidator(_some_text("punkter"))]
"""A text that is one point of a list; an empty one is an error."""
ReservationText = Annotated[str, AfterValidator(_some_text("reservationer"))]
"""One reservation; an empty one is an error that calls it a reservation."""
NoteText = Annotated[str, AfterValidator(_some_text("protokollsanteckningar"))]
"""One protocol note; an empty one is an error that calls it a protocol note."""
MotionText = Annotated[str, AfterValidator(_some_text("yrkanden"))]
"""One motion made at the meeting (a yrkande); an empty one is an error that calls it so."""
CourseText = Annotated[str, AfterValidator(_some_text("beslutsgang"))]
"""How the chair put the question (the beslutsgång); empty is an error that calls it so."""

"""Formatting filters shared by the templates and the case text: they format, never add."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import Any

from jinja2 import Undefined
from markupsafe import Markup

from generator import formatting
from generator.case.house_style import HouseStyle
from generator.text.names import Figure


def _kronor(value: Figure | int) -> int:
    """Accept a Figure or a plain int from a template."""
    _known(value)
    if isinstance(value, Figure):
        return value.kronor
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    raise TypeError(f"{_what(value)} är inget belopp")


def _day(value: datetime.date) -> datetime.date:
    """Accept a date from a template."""
    _known(value)
    if isinstance(value, datetime.date):
        return value
    raise TypeError(f"{_what(value)} är inget datum")


def _known(value: object) -> None:
    """Let an unknown name raise the error that names it (a strict Undefined does)."""
    if isinstance(value, Undefined):
        str(value)


def _what(value: object) -> str:
    """Say in Swedish what a value is, for a message about a wrong one."""
    if isinstance(value, datetime.date):
        return "ett datum"
    if isinstance(value, Figure):
        return "ett belopp"
    if isinstance(value, str):
        return f"'{value}'"
    if isinstance(value, Mapping):
        return "en grupp av uppgifter"
    if isinstance(value, list | tuple):
        return "en lista"
    return "värdet"


def make_filters(style: HouseStyle, text_unit: str = "kr") -> dict[str, Callable[..., Any]]:
    """Return the formatting filters shared by templates and case text."""
    minus = style.real_minus

    def belopp(value: Figure | int) -> Markup:
        return Markup(formatting.number(_kronor(value), minus))

    def kr(value: Figure | int) -> Markup:
        return Markup(formatting.kr(_kronor(value), text_unit, minus))

    def tkr(value: Figure | int, decimals: int = 0) -> Markup:
        return Markup(formatting.rounded(_kronor(value), "tkr", decimals, minus))

    def mnkr(value: Figure | int, decimals: int = 1) -> Markup:
        return Markup(formatting.rounded(_kronor(value), "mnkr", decimals, minus))

    def datum(value: datetime.date) -> Markup:
        return Markup(formatting.iso_date(_day(value)))

    def datum_text(value: datetime.date) -> Markup:
        return Markup(formatting.text_date(_day(value)))

    return {"belopp": belopp, "kr": kr, "tkr": tkr, "mnkr": mnkr,
            "datum": datum, "datum_text": datum_text}


def timestamp(value: datetime.datetime) -> Markup:
    """Format a signing time with its UTC offset: 2019-04-01 09:38:46 +02:00."""
    return Markup(formatting.timestamp(value))


def first_upper(value: str) -> str:
    """Capitalise the first letter only: 'fördelat lika' → 'Fördelat lika'."""
    return value[:1].upper() + value[1:]

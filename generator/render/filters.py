"""Formatting filters shared by the templates and the case text: they format, never add."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any

from markupsafe import Markup

from generator import formatting
from generator.case.house_style import HouseStyle
from generator.text.names import Figure


def _kronor(value: Figure | int) -> int:
    """Accept a Figure or a plain int from a template."""
    if isinstance(value, Figure):
        return value.kronor
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    raise TypeError(f"{value!r} är inget belopp")


def make_filters(style: HouseStyle, text_unit: str = "kr") -> dict[str, Callable[..., Any]]:
    """Return the formatting filters shared by templates and case text."""
    minus = style.real_minus

    def belopp(value: Figure | int, unit: str = "kr", decimals: int | None = None) -> Markup:
        return Markup(formatting.exact(_kronor(value), unit, decimals, minus))

    def kr(value: Figure | int) -> Markup:
        return Markup(formatting.kr(_kronor(value), text_unit, minus))

    def tkr(value: Figure | int, decimals: int = 0) -> Markup:
        return Markup(formatting.rounded(_kronor(value), "tkr", decimals, minus))

    def mnkr(value: Figure | int, decimals: int = 1) -> Markup:
        return Markup(formatting.rounded(_kronor(value), "mnkr", decimals, minus))

    def mdkr(value: Figure | int, decimals: int = 1) -> Markup:
        return Markup(formatting.rounded(_kronor(value), "mdkr", decimals, minus))

    def datum(value: datetime.date) -> Markup:
        return Markup(formatting.iso_date(value))

    def datum_text(value: datetime.date) -> Markup:
        return Markup(formatting.text_date(value))

    return {"belopp": belopp, "kr": kr, "tkr": tkr, "mnkr": mnkr, "mdkr": mdkr,
            "datum": datum, "datum_text": datum_text}


def timestamp(value: datetime.datetime) -> Markup:
    """Format a signing time with its UTC offset: 2019-04-01 09:38:46 +02:00."""
    return Markup(formatting.timestamp(value))


def first_upper(value: str) -> str:
    """Capitalise the first letter only: 'fördelat lika' → 'Fördelat lika'."""
    return value[:1].upper() + value[1:]

"""Formatting filters shared by the templates and the case text: they format, never add."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from typing import Any

from jinja2 import Undefined
from markupsafe import Markup

from generator import formatting
from generator.case.house_style import HouseStyle
from generator.compute.prose_figures import Figure, Percentage
from generator.formatting import Kronor, WrittenNumber
from generator.problems import BeslutError

MAX_DECIMALS = 3
"""Decimals `tkr` and `mnkr` may show."""
DEFAULT_DECIMALS = {"tkr": 0, "mnkr": 1, "mdkr": 1}
"""Decimals each rounding filter shows unless told otherwise."""


class FilterError(BeslutError):
    """A formatting filter given something it cannot format; the message is Swedish."""


def _kronor(value: Figure | Kronor, name: str = "kr") -> Kronor:
    """Accept a Figure or a plain amount (an int, or a Decimal with öre) from a template."""
    _known(value)
    if isinstance(value, Figure):
        return value.in_text
    if isinstance(value, int | Decimal) and not isinstance(value, bool):
        return value
    if isinstance(value, Percentage):
        raise FilterError(
            f"formateringen {name} kan bara visa ett belopp, men "
            f"{str(value).replace(formatting.NBSP, ' ')} är en procentsats; skriv den utan "
            f"formatering, utan '| {name}'"
        )
    raise FilterError(
        f"formateringen {name} kan bara visa ett belopp, skriv t.ex. {{{{ summa | {name} }}}}"
    )


def _known(value: object) -> None:
    """Let an unknown name raise the error that names it (a strict Undefined does)."""
    if isinstance(value, Undefined):
        str(value)


def without_sign(value: Figure | Kronor, *extra: object) -> Figure | Kronor:
    """The filter `utan_tecken`: the size of an amount, its sign dropped, still to be
    formatted, for text that says the sign in words ("ett underskott på {{ resultat |
    utan_tecken }}"). It comes before a filter that rounds or writes the unit, whose result
    is a text, no longer an amount."""
    if extra:
        raise FilterError(
            "formateringen utan_tecken tar inget tal inom parentes, "
            "skriv t.ex. {{ summa | utan_tecken | mnkr(2) }}"
        )
    if isinstance(value, Markup):
        raise FilterError(
            "formateringen utan_tecken ska stå före den andra formateringen, "
            "skriv t.ex. {{ summa | utan_tecken | mnkr }}"
        )
    kronor = formatting.magnitude(_kronor(value, "utan_tecken"))
    return replace(value, kronor=kronor, plus=False) if isinstance(value, Figure) else kronor


def _decimals(value: object, name: str) -> int:
    """Accept a small whole number of decimals."""
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_DECIMALS:
        return value
    raise FilterError(
        f"formateringen {name} kan visa 0 till {MAX_DECIMALS} decimaler, "
        f"skriv t.ex. {{{{ summa | {name}(1) }}}}"
    )


def _date(value: object, name: str) -> datetime.date:
    """Accept a date (never None: an absent date must not become today's)."""
    _known(value)
    if isinstance(value, datetime.date):
        return value
    raise FilterError(
        f"formateringen {name} kan bara visa ett datum, skriv t.ex. {{{{ datum | {name} }}}}"
    )


def in_words(value: object, *extra: object) -> str:
    """The filter `i_ord`: a count from two to twelve in letters, for running text ("de {{
    tabeller.projekt.antal_rader | i_ord }} projekten" → "de fem projekten"); any other count
    as it is, in digits ("de 14 projekten")."""
    _known(value)
    digits = value.replace(formatting.NBSP, "") if isinstance(value, str) else None
    if isinstance(value, int) and not isinstance(value, bool):
        digits = str(value)
    if extra or digits is None or not digits.isdigit():
        raise FilterError(
            "formateringen i_ord skriver ett antal med bokstäver, skriv t.ex. "
            "{{ tabeller.projekt.antal_rader | i_ord }}"
        )
    return formatting.count_in_words(int(digits)) or str(value)


def bare_unit(value: object, unit: str | None,
              decimals: int | None = None) -> tuple[str, int | None]:
    """The unit and decimals `belopp` prints an amount in, without the unit: the one it is
    given, else a figure's own, with the decimals its table shows (133 203 for 133 203 tkr:
    text that writes `{{ … | belopp }} tkr` must not get kronor, trial 39), else kr."""
    if unit is not None or not isinstance(value, Figure):
        return unit or "kr", decimals
    return value.unit, value.decimals if decimals is None else decimals


def make_filters(style: HouseStyle, text_unit: str = "kr") -> dict[str, Callable[..., Any]]:
    """Return the formatting filters shared by templates and case text."""
    minus = style.real_minus
    words = text_unit == "kronor"  # the rounding filters spell their unit out as well

    def belopp(value: Figure | Kronor, unit: str | None = None,
               decimals: int | None = None, plus: bool = False) -> Markup:
        unit, decimals = bare_unit(value, unit, decimals)
        signed = plus is True or (isinstance(value, Figure) and value.plus)  # (as its table)
        return Markup(formatting.exact(_kronor(value, "belopp"), unit, decimals, minus,
                                       plus=signed))

    def kr(value: Figure | Kronor) -> Markup:
        return Markup(formatting.in_unit(_kronor(value, "kr"), "kr", minus, words=words))

    def tkr(value: Figure | Kronor, decimals: int | None = None) -> Markup:
        return _rounded(value, "tkr", decimals)

    def mnkr(value: Figure | Kronor, decimals: int | None = None) -> Markup:
        return _rounded(value, "mnkr", decimals)

    def mdkr(value: Figure | Kronor, decimals: int | None = None) -> Markup:
        return _rounded(value, "mdkr", decimals)

    def _rounded(value: Figure | Kronor, unit: str, decimals: int | None) -> Markup:
        """A rounding filter: the decimals asked for, or without them as many as the unit
        shows (DEFAULT_DECIMALS) but no trailing zeros of an exact amount."""
        places = DEFAULT_DECIMALS[unit] if decimals is None else _decimals(decimals, unit)
        return Markup(formatting.rounded(_kronor(value, unit), unit, places, minus,
                                         words=words, trim=decimals is None))

    def datum(value: datetime.date) -> Markup:
        return Markup(formatting.iso_date(_date(value, "datum")))

    def datum_text(value: datetime.date) -> Markup:
        return Markup(formatting.running_date(_date(value, "datum_text")))

    return {"belopp": belopp, "kr": kr, "tkr": tkr, "mnkr": mnkr, "mdkr": mdkr,
            "utan_tecken": without_sign, "datum": datum, "datum_text": datum_text,
            "i_ord": in_words}


def number_filter(style: HouseStyle) -> Callable[[int | Decimal | WrittenNumber], Markup]:
    """The templates' `tabelltal`: a number of a `typ: tal` column, grouped, as written
    (a percentage with its sign after a no-break space: 12,5 %).

    (`tal` stays the plain whole number it always was, for years and list numbers.)
    """
    minus = style.real_minus

    def tabelltal(value: int | Decimal | WrittenNumber, plus: bool = False) -> Markup:
        return Markup(formatting.as_written(value, minus, plus=plus is True))

    return tabelltal


def timestamp(value: datetime.datetime) -> Markup:
    """Format a signing time with its UTC offset: 2019-04-01 09:38:46 +02:00."""
    return Markup(formatting.timestamp(value))


def first_upper(value: str) -> str:
    """Capitalise the first letter only: 'fördelat lika' → 'Fördelat lika'."""
    return value[:1].upper() + value[1:]

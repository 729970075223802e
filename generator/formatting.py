"""Swedish formatting of amounts and dates (Babel), used as Jinja filters and in messages."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from decimal import ROUND_HALF_UP, Decimal
from functools import cache, cached_property
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from babel import Locale
    from babel.numbers import NumberPattern

LOCALE = "sv_SE"
NBSP = "\u00a0"
MINUS = "\u2212"

_SCALES = {"kr": 1, "tkr": 1_000, "mnkr": 1_000_000, "mdkr": 1_000_000_000}
_UNIT_WORDS = {"kr": ("krona", "kronor"), "tkr": ("tusen kronor", "tusen kronor"),
               "mnkr": ("miljon kronor", "miljoner kronor"),
               "mdkr": ("miljard kronor", "miljarder kronor")}
"""Each unit in words for running text, as (for exactly one, for any other number)."""
COUNT = "antal"
"""The 'unit' of a count column (`typ: antal`: mandat, invånare): a count is kept as whole
thousandths (int), so that counts with up to three decimals add up exactly as amounts do,
and it is shown with as many decimals as it needs and no unit (`in_unit` writes none)."""
COUNT_PLACES = 3
ORE_PLACES = 2
"""The decimals of an amount in kronor with öre: 8,40 (never more: an öre is the least coin)."""
Kronor = int | Decimal
"""An amount in kronor: whole kronor as an int, as nearly every amount is; an amount of a
table in kr may carry öre, and is then an exact Decimal of `ORE_PLACES` decimals, as typed
("8,00" too: `money.parse_kronor`). Sums and differences of them stay exact (int and Decimal
add up exactly at these sizes) and keep two decimals where a term has them, so that each
prints as it was typed or made (`decimals_needed`); whether one has öre in value is
`has_ore` (8,00 has none)."""
_EXPONENTS = {"kr": 0, "tkr": 3, "mnkr": 6, "mdkr": 9, COUNT: COUNT_PLACES}
MILLIONS = "mnkr"
"""The unit of millions of kronor, as case files name it (`enhet: mnkr`) and the documents
write it unless the house style writes it otherwise (`husstil.miljoner`: `writing_millions`)."""
_millions: ContextVar[str] = ContextVar("millions", default=MILLIONS)
"""The word the case being built writes millions of kronor with (`writing_millions`)."""


@contextmanager
def writing_millions(word: str) -> Iterator[None]:
    """Write millions of kronor as `word` ("mkr") in everything formatted inside: the one
    setting of the house's unit word for millions, made per case (`build.Pipeline`), so
    that its text, tables and messages alike write it (`written_unit`)."""
    token = _millions.set(word)
    try:
        yield
    finally:
        _millions.reset(token)


def written_unit(unit: str) -> str:
    """The word the documents write for a unit: the house's for millions ("mkr" where the
    house style writes so, `writing_millions`), any other unit as it is named."""
    return _millions.get() if unit == MILLIONS else unit


@cache
def _locale() -> Locale:
    """The Swedish locale's data, read once (Babel is imported here, on first use: the
    common numbers and a check without dates in words need none of it)."""
    from babel import Locale

    class _ReadOnce(Locale):
        """A locale whose number symbols (group and decimal sign) are read from its data
        once.

        Babel looks them up in the locale data for every number it formats, through layers
        of lazily resolved mappings; the symbols never change, so they are kept as plain
        dicts.
        """

        @cached_property
        def _symbols(self) -> dict[str, Any]:
            return {system: dict(symbols) for system, symbols in super().number_symbols.items()}

        @property
        def number_symbols(self) -> Any:  # Babel's type is its lazy mapping; a dict reads alike
            return self._symbols

    parsed = Locale.parse(LOCALE)
    return _ReadOnce(parsed.language, parsed.territory)


@cache
def _pattern(places: int | None) -> NumberPattern:
    """Babel's number pattern: the locale's own, or grouped with exactly `places` decimals."""
    from babel.numbers import parse_pattern

    if places is None:
        return parse_pattern(_locale().decimal_formats[None])
    return parse_pattern("#,##0" + ("." + "0" * places if places else ""))


_FAST_PLACES = 6
"""The most decimals `format_decimal` writes itself rather than through Babel."""
_FAST_DIGITS = 18
"""The most digits before the decimal point `format_decimal` writes itself: with at most
`_FAST_PLACES` decimals the rounded number has fewer digits than Decimal's default precision
(28), so Babel's rounding to `places` cannot fail on it."""
_FAST_BOUND = 10**_FAST_DIGITS


SIGNS = (NBSP, ",")
"""The locale's group and decimal signs, as Babel's data for sv_SE has them (a test holds
them to it): written here, as reading them loaded Babel's locale data, some 75 M of the
1 740 M instructions of a cold check that formats only common numbers."""


_QUANTA = tuple(Decimal(1).scaleb(-places) for places in range(_FAST_PLACES + 1))
"""The step of the last of `places` decimals, by `places`: 0.01 for 2."""


def format_decimal(value: int | Decimal, places: int | None = None) -> str:
    """Babel's `format_decimal` for sv_SE, with the locale and pattern parsed once.

    The common shapes, an int or a finite Decimal below 10^18 with up to six fixed decimals,
    are written here as Babel writes them, without its per-number look-ups: the sign as the
    number carries it (-0,00 for -0.001); the magnitude, as `abs` gives it in the current
    decimal context (rounded to its 28 digits), rounded to `places` in that context (half to
    even); digits grouped in threes with the locale's signs. Anything else (the locale's own
    pattern, NaN, huge or tiny numbers) is Babel's; the tests hold the two equal.
    """
    if places is not None and 0 <= places <= _FAST_PLACES:
        group, point = SIGNS
        if type(value) is int and abs(value) < _FAST_BOUND:
            text = f"{value:,}".replace(",", group)
            return f"{text}{point}{'0' * places}" if places else text
        if (type(value) is Decimal and value.is_finite()
                and -_FAST_DIGITS < value.adjusted() < _FAST_DIGITS):
            text = f"{abs(value).quantize(_QUANTA[places]):,f}".replace(",", group)
            text = text.replace(".", point) if places else text
            return "-" + text if value.is_signed() else text
    return str(_pattern(places).apply(value, _locale()))


def number(amount: int | Decimal, real_minus: bool = True, places: int | None = None) -> str:
    """Group digits in threes with no-break spaces: 21 724 099 (`places`: exact decimals)."""
    text = format_decimal(amount, places)
    return text.replace("-", MINUS) if real_minus else text


class WrittenNumber(NamedTuple):
    """A number of a `typ: tal` column as the case writes it: exact, perhaps a percentage."""

    value: Decimal
    percent: bool = False

    @property
    def places(self) -> int:
        """How many decimals the number was written with: 2 for 12,50."""
        return decimals_of(self.value)

    @property
    def fraction(self) -> Decimal:
        """The number as it multiplies: a percentage as its share (4 % is 0,04)."""
        return self.value.scaleb(-2) if self.percent else self.value

    def with_places(self, places: int) -> WrittenNumber:
        """The number shown with `places` decimals, rounded half away from zero: 4,2 as 4,20
        beside 1,35 in its column, 1,35 as 1,4 with 'decimaler: 1' (trial 49, F8)."""
        step = Decimal(1).scaleb(-places)
        return self._replace(value=self.value.quantize(step, rounding=ROUND_HALF_UP))


def counted_percent(count: Kronor, places: int) -> WrittenNumber:
    """A figure of a summed column of percentages (`typ: tal`, `summeras: ja`, held as a
    count in thousandths) as its table shows it: 15 % with the column's decimals. The one
    rule for the table's cells and for text that refers to them (trial 98, F1)."""
    shown = Decimal(count).scaleb(-COUNT_PLACES).quantize(Decimal(1).scaleb(-places))
    return WrittenNumber(shown, percent=True)


def decimals_of(value: Decimal) -> int:
    """The decimals a Decimal carries, trailing zeros included (0 for a whole number)."""
    exponent = value.as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def as_written(value: int | Decimal | WrittenNumber, real_minus: bool = True,
               percent: str = "%", *, plus: bool = False) -> str:
    """A number with the decimals it was written with, digits grouped: 1 250, 12,5, 12,50.

    A percentage gets a no-break space before its sign: 12,5 % (CONVENTIONS, Amounts); or
    before the word, where running text writes it (`percent`: 'procent'): 12,5 procent.
    With `plus`, a positive number has its sign: +12,5 % (`with_plus`).
    """
    if isinstance(value, WrittenNumber):
        text = as_written(value.value, real_minus, plus=plus)
        return f"{text}{NBSP}{percent}" if value.percent else text
    return with_plus(number(value, real_minus, decimals_of(Decimal(value))), value, plus)


def with_plus(text: str, value: int | Decimal, plus: bool = True) -> str:
    """A figure's text with "+" before it where it is above zero and `plus` asks for the sign
    (a change column, `plustecken: ja`: +100 beside −100; 0 has none), else as it is."""
    return f"+{text}" if plus and value > 0 else text


def kr(amount: Kronor, unit: str = "kr", real_minus: bool = True) -> str:
    """Format kronor with a unit after a no-break space: 21 724 099 kr (8,40 kr with öre)."""
    return f"{number(amount, real_minus, decimals_needed(amount, 'kr') or None)}{NBSP}{unit}"


_WHOLE_UNITS = {1: "hela kronor", 10: "hela tiotal kronor", 100: "hela hundratal kronor",
                1000: "hela tusental kronor", 10_000: "hela tiotusental kronor",
                100_000: "hela hundratusental kronor", 1_000_000: "hela miljoner kronor",
                10_000_000: "hela tiotal miljoner kronor"}
"""The unit a split is rounded to, in words after "avrundat till" or "dela i" (trial 68, F4:
"hela tusental kronor", not "hela 1 000 kr")."""


def whole_units(unit: int) -> str:
    """The unit a split is rounded to, in words: "hela kronor", "hela tusental kronor"; a
    unit that is no power of ten has no such word and is written as an amount: "jämna
    500 kr". The one rule for the document's sentence and the messages alike."""
    return _WHOLE_UNITS.get(unit) or f"jämna {kr(unit)}"


def has_ore(kronor: Kronor) -> bool:
    """Whether an amount in kronor has öre: 8,40 has, 8 and 8,00 have not."""
    return isinstance(kronor, Decimal) and kronor != kronor.to_integral_value()


def without_zero_ore(kronor: Kronor) -> Kronor:
    """An amount without its öre places when they are zero (38 584,00 as 38 584; 8,40 stays):
    how running text and messages write a figure, whose table keeps its column's decimals
    (trial 49, F4: "sammanlagt 38 584,00 kr" in a decision on whole kronor)."""
    return int(kronor) if isinstance(kronor, Decimal) and not has_ore(kronor) else kronor


def magnitude(kronor: Kronor) -> Kronor:
    """An amount without its sign: `abs`, kept an amount (mypy reads `abs` of either as object)."""
    return -kronor if kronor < 0 else kronor


def whole_kronor(unit: str) -> bool:
    """Whether `unit` counts whole kronor, so that every amount in it needs no decimals."""
    return not _EXPONENTS[unit]


def decimals_needed(kronor: Kronor, unit: str) -> int:
    """How many decimals show `kronor` exactly in `unit`. In kronor, the one rule for öre: an
    amount prints as it was typed, or made from typed amounts, per figure: two decimals for
    one that carries öre places (8,40, 8,00 typed so, or 21,50 + 20 = 41,50; never 8,4:
    `ORE_PLACES`), none for whole kronor (42 typed so, or 20 + 22)."""
    if not _EXPONENTS[unit]:
        return ORE_PLACES if isinstance(kronor, Decimal) and decimals_of(kronor) else 0
    return decimals_of(Decimal(kronor).scaleb(-_EXPONENTS[unit]).normalize())


def places_shown(kronor: Kronor, unit: str, decimals: int) -> int:
    """The decimals a figure shows beside the others of its column: the column's
    (`decimals`), or more where it needs them to be exact (the one row with decimals in a
    column of whole tkr: `compute.tables.decimal_row`)."""
    return max(decimals, decimals_needed(kronor, unit))


def exact(kronor: Kronor, unit: str = "kr", decimals: int | None = None,
          real_minus: bool = True, *, plus: bool = False) -> str:
    """An amount in `unit`, exactly, digits grouped: 1 250,5 (tkr) for 1 250 500 kr; with
    `decimals`, as many as that, but never fewer than an amount in kronor carries (8,40 and
    8,00 typed so stay 8,40 and 8,00: `decimals_needed`); with `plus`, +1 250,5 (`with_plus`)."""
    places = decimals_needed(kronor, unit) if decimals is None else decimals
    if isinstance(kronor, Decimal):  # (an int is whole kronor: shown with `decimals`)
        places = max(places, decimals_needed(kronor, unit))
    exponent = _EXPONENTS[unit]
    value = Decimal(kronor).scaleb(-exponent) if exponent else kronor
    text = format_decimal(value, places)
    return with_plus(text.replace("-", MINUS) if real_minus else text, kronor, plus)


def in_unit(kronor: Kronor, unit: str = "kr", real_minus: bool = True,
            decimals: int | None = None, *, words: bool = False, plus: bool = False) -> str:
    """An exact amount with its unit: 21 724 099 kr, 1 250,5 tkr (with `decimals`, as many
    as that, for figures shown side by side: 1 465,0 and 1 464,1 mnkr); with `words`, the
    unit spelt out for running text: 42 miljoner kronor. A count (`COUNT`) has no unit: 31.
    With `plus`, a positive amount has its "+" (`with_plus`)."""
    text = exact(kronor, unit, decimals, real_minus=real_minus, plus=plus)
    if unit == COUNT:
        return text
    return f"{text}{NBSP}{unit_words(unit, text) if words else written_unit(unit)}"


def unit_words(unit: str, shown: str) -> str:
    """The unit in words after the number `shown`: 1 miljon kronor, 2,6 miljoner kronor,
    1 krona (the style some organisations keep for running text)."""
    one, other = _UNIT_WORDS[unit]
    return one if shown.lstrip("-" + MINUS) == "1" else other


APPROXIMATE = f"ca{NBSP}"
"""What marks an amount `rounded` shows other than it is: ca 6,2 mnkr."""
APPROXIMATION = r"ca[.:]?|c:a|cirka|ungefär|omkring|runt|drygt|dryga|knappt|nästan|närmare"
"""Every word that makes an amount approximate (a pattern, to be matched ignoring case): the
text's own, which a rounding filter's "ca" gives way to (`text.approximation`), and which the
cells' and the checks' readings of an amount allow before it."""


def rounded(amount: Kronor, unit: str = "mnkr", decimals: int = 1, real_minus: bool = True,
            *, words: bool = False, trim: bool = False) -> str:
    """Format an amount in a larger unit, with `ca` unless it is exact: ca 6,2 mnkr (with
    `words`: ca 6,2 miljoner kronor). With `trim`, an amount exact in fewer decimals is
    written with those: 1 000 mnkr, not 1 000,0 mnkr (trial 47, F2)."""
    scale = Decimal(_SCALES[unit])
    exact = Decimal(amount) / scale
    if trim:
        decimals = next(d for d in range(decimals + 1)
                        if d == decimals or exact == exact.quantize(Decimal(1).scaleb(-d)))
    step = Decimal(1).scaleb(-decimals)
    shown = exact.quantize(step, rounding=ROUND_HALF_UP)
    text = format_decimal(shown, decimals)
    if real_minus:
        text = text.replace("-", MINUS)
    prefix = "" if shown == exact else APPROXIMATE
    return f"{prefix}{text}{NBSP}{unit_words(unit, text) if words else written_unit(unit)}"


def iso_date(day: datetime.date) -> str:
    """Format a date for headers and tables: 2024-02-15."""
    return day.isoformat()


def text_date(day: datetime.date) -> str:
    """Format a date for running text: 15 februari 2024."""
    from babel.dates import format_date  # (Babel on first use, as in `_locale`)

    return format_date(day, "d MMMM y", locale="sv")


def running_date(day: datetime.date) -> str:
    """A date for running text whose day stays with its month on a line ("15 februari"
    never breaks): `text_date` with a no-break space after the day."""
    return text_date(day).replace(" ", NBSP, 1)


NUMBER_WORDS = ("två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv")
"""The counts running text writes in letters, two to twelve (Myndigheternas skrivregler:
small numbers in letters). One is left out: "en" or "ett" depends on the noun."""


def count_in_words(count: int) -> str | None:
    """A count from two to twelve in letters ("fem"); None for any other."""
    return NUMBER_WORDS[count - 2] if 2 <= count <= len(NUMBER_WORDS) + 1 else None


def genitive(name: str) -> str:
    """Return the Swedish genitive of a name: add 's' unless it already ends in s, x or z."""
    return name if name[-1:].lower() in {"s", "x", "z"} else name + "s"


def timestamp(moment: datetime.datetime) -> str:
    """Format a date and time with its UTC offset: 2019-04-01 09:38:46 +02:00."""
    text = moment.strftime("%Y-%m-%d %H:%M:%S")
    offset = moment.strftime("%z")
    return f"{text} {offset[:3]}:{offset[3:]}" if offset else text

"""Read amounts of money from a case file: whole kronor as `int`, never `float`.

Policy (documented in the README as well):

* An amount is a whole number of kronor. `2330883` and the quoted text `"2 330 883"` (digits
  grouped in threes by spaces or no-break spaces, optionally followed by `kr`) mean the same.
* The YAML loader turns `2330883.5` into `Decimal("2330883.5")`, never a float. A Decimal
  with a zero fraction (`2330883.00`) is accepted; one with öre is an error, because the
  documents state whole kronor and a rounded amount must be decided by the secretary.
* An amount of a general table in kr (`parse_kronor`) may carry öre, as a taxa's fees do
  ("8,40" kr/m3): at most two decimals (`ORE_PLACES`), read exactly as a Decimal that keeps
  them, "8,00" too (`formatting.decimals_needed`): a column where any amount has öre shows
  two decimals in every amount, as a price list does ("100,00" beside "1,65"; docs/
  arendeformat.md and the handbook say so, trial 84, F5), one of whole kronor none.
  More is refused with the amounts in whole öre on either side ("8,40 eller 8,41"); three
  digits after a comma, as in "8,405", may be thousands written the English way, and the
  message says that reading too.
* A dot before a group of three digits (`8.300`, quoted or plain, in any unit) is refused
  as ambiguous, with the two Swedish ways of writing it; `0.500` and `5.3` stay decimals.
  (The same rule and message warn about it in text: `checks.style`.)
* A negative amount starts with a minus: a hyphen (`-1,8`), the minus sign (`−1,8`) or an
  en dash as printed sources have it (`– 1,8`), with or without one space after it
  (`SIGN`, the one rule for every amount, weight and number); a plus (`+451`, a budget's
  difference column) is read as the positive amount and prints without it. A text that
  starts with another dash-like sign is refused with a word on how to write a negative amount.
* Anything else (`"2.330.883"`, `"2,330,883"`, `"ca 2 mnkr"`, `true`) is an error that says
  how to write the amount instead.
* A percentage (`"12,5 %"`) is no amount: an amount column of a table refuses it and says to
  write it in a `typ: tal` column, where a number may end in `%` and is shown as a percentage.
  A case may name one under `belopp:` beside its amounts (`stodandel: "73,37 %"`,
  `_stated_figure`), where it stays a percentage as written.
* An amount under `belopp:` may be worked out from the case's others ("belopp.prisbasbelopp
  * 50 %", `derived_figure`): it is set aside while the case is read and worked out in the
  compute stage (`compute.derived_amounts`); a computation of numbers alone or of a table's
  figures is refused with what to write.
* A table's amount written with a unit other than the table's (`"830 kr"` in tkr) is refused
  with the figure in the table's unit (0,83), exactly; its own unit (`"830 tkr"`) is read, in
  any spelling `UNIT_SPELLINGS` knows (`"9 mkr"` in mnkr; `checks.style` warns once per file).
* Bounds: an amount is at most `MAX_AMOUNT` (10^15 kr, a thousand times a national budget),
  a weight at most `MAX_WEIGHT` with at most `MAX_WEIGHT_DECIMALS` decimals. The size is
  judged from the digits and the exponent before any conversion, so `1e999999999` is
  refused at once instead of being expanded.
"""

from __future__ import annotations

import functools
import re
from decimal import ROUND_DOWN, ROUND_UP, Decimal
from functools import cache
from typing import Annotated, Literal, NamedTuple, TypeGuard

from pydantic import BeforeValidator

from generator.case.meant_percents import meant_percentage
from generator.formatting import (
    APPROXIMATION,
    COUNT_PLACES,
    NBSP,
    ORE_PLACES,
    Kronor,
    WrittenNumber,
    as_written,
    decimals_of,
    exact,
    has_ore,
    kr,
)
from generator.problems import BeslutError

SIGN = r"(?:(?P<sign>[-\u2212\u2013+])[ \u00a0\u202f\u2009\u2007]?)?"
"""A leading sign, perhaps one space after it (one rule): a minus (hyphen, minus sign or en
dash), or a plus, as a budget's difference column writes "+451" (trial 64, F2): positive."""


def _negative(match: re.Match[str]) -> bool:
    """Whether a figure matched with `SIGN` has a minus."""
    return match["sign"] not in (None, "+")
_DIGITS = r"(?P<digits>\d{1,3}(?:[ \u00a0\u202f\u2009\u2007]\d{3})*|\d+)"
_GROUPED = re.compile(f"^{SIGN}{_DIGITS}$")


@cache
def _all_digits() -> re.Pattern[str]:
    """digits, maybe grouped"""
    return re.compile(r"[-\u2212\u2013]?[ \u00a0\u202f\u2009\u2007\d]+")


_DASH_LIKE = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"

_UNIT = re.compile(r"\s*(kr|kronor)\.?$", re.IGNORECASE)

NO_AMOUNT = ("–", "-", "—", "−")
"""What a Swedish budget table writes for "no amount" (trial 41, F2), or a change column for
"no change can be computed": a dash of any length, alone in its cell."""


NO_FEE = re.compile(r"(?:gratis|avgiftsfri(?:tt)?|kostnadsfri(?:tt)?|ingen avgift)(?:\W.*)?",
                    re.IGNORECASE)
"""A fee of nothing as a taxa writes it (trial 60, F1: a kulturskola's "Gratis" and "Gratis vid
instrumentalundervisning"), perhaps followed by its condition: 0 kr, printed as written."""


class CellWord(NamedTuple):
    """What a word alone in an amount cell means: how the cell prints, and the amount it
    counts as (None: no amount, as an empty cell; 0: a fee of nothing)."""

    shown: str
    amount: Kronor | None


def cell_word(value: object, fees: bool = True) -> CellWord | None:
    """The one rule for words in an amount cell: a dash alone (`NO_AMOUNT`) is no amount,
    printed "–"; where the column holds amounts of money (`fees`, not a count) a word for no
    fee (`NO_FEE`) is 0 kr, printed as written; None for anything else (read as a figure)."""
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    if text in NO_AMOUNT:
        return CellWord("–", None)
    if fees and NO_FEE.fullmatch(text):
        return CellWord(text, 0)
    return None


_MARKS = frozenset({"x", "X", "✓", "✔", "•"})
"""A cell's mark rather than a word ("x" in an attestförteckning's beloppsgräns column:
trial 61, F3)."""


@cache
def _decision_word() -> re.Pattern[str]:
    """A decision on an application written where its amount stands in a grant list ("Avslag",
    "Avslås", "Prövas efter komplettering av handlingar": trial 70, F2)."""
    return re.compile(
        r"[-–—\s]*(?:avsla|avslå|prövas|bordl|återremi|ej beviljat|inget bidrag)[^\d]*",
        re.IGNORECASE)


@cache
def _numbered_words() -> re.Pattern[str]:
    """Words that merely hold a number, "Se zon 1" or "Enligt bilaga 2" (trial 84, F8): a
    word of letters first, not one that makes an amount approximate ("ca 500" is an amount
    to write exactly), no unit of money anywhere ("ca 2 mnkr", "kr 500") and no percentage."""
    return re.compile(rf"(?!.*(?<!\w)(?:{UNIT_WORDS})(?!\w))(?!(?:{APPROXIMATION})(?!\w))"
                      r"[^\W\d_]{2,}\b.*\d.*(?<!%)", re.IGNORECASE)


def not_a_cell_word(text: str, others: int = 0) -> str | None:
    """Why a word in an amount cell is no amount, and what may be written there: an amount,
    "–" for none or "Gratis" for a fee of nothing (`cell_word`), for a decision on a grant
    ("Avslag") "–" with the decision in a column of text, and a condition without an amount
    ("Enligt kvitto") in a text column; None for a text with a digit (read as a figure, and
    refused with how to write one), unless it is words that merely hold a number ("Se zon 1",
    `_numbered_words`). `others` counts the column's further cells of words, told in the one
    message at the first (trial 69, F3)."""
    if "{{" in text or (any(character.isdigit() for character in text)
                        and not _numbered_words().fullmatch(text.strip())):
        return None
    more = f" och {others} {'cell' if others == 1 else 'celler'} till i kolumnen" \
        if others else ""
    if text.strip() in _MARKS:
        what = "markeringar, inga belopp" if others else "en markering, inget belopp"
        return (f"'{text.strip()}'{more} är {what}; en kolumn med markeringar skrivs med "
                "'typ: text', eller skriv beloppet (t.ex. 100 000) i cellen")
    if _decision_word().fullmatch(text.strip()):
        what = "beslut, inga belopp" if others else "ett beslut, inget belopp"
        return (f"'{_quoted(text.strip())}'{more} är {what}; skriv \"–\" i "
                "beloppskolumnen (inget belopp, som inte räknas med i summan) och beslutet i en "
                "kolumn med text, t.ex. {namn: anm, rubrik: Anmärkning} i 'kolumner' och "
                f"'anm: {_quoted(text.strip())}' på raden")
    what = "inga belopp; skriv belopp" if others else "inget belopp; skriv ett belopp"
    return (f"'{_quoted(text.strip())}'{more} är {what}, t.ex. 600 eller "
            f'"1 250", "–" för inget belopp eller "Gratis" för en avgift som är noll kronor, '
            'med ett villkor efter om det finns ett ("Gratis vid instrumentalundervisning"); '
            "en ersättning utan fast belopp (\"Enligt kvitto\", \"Enligt avtal\") skrivs i en "
            "kolumn med 'typ: text', med \"–\" i beloppskolumnen")


MAX_AMOUNT = 10**15
MAX_WEIGHT = 10**15
MAX_WEIGHT_DECIMALS = 6
TOO_LARGE = (
    "beloppet är orimligt stort (över 1 000 000 000 000 000 kr), kontrollera beloppet"
)

HOW_TO_WRITE = 'skriv beloppet i hela kronor, t.ex. 2330883 eller "2 330 883"'
HOW_TO_WRITE_KRONOR = 'skriv beloppet i kronor, t.ex. 2330883, "2 330 883" eller med ören "8,40"'
"""How to write an amount of a table in kr, where öre may be written (`parse_kronor`)."""


class AmountError(BeslutError, ValueError):
    """An amount in the case file that cannot be read as one (whole kronor, or öre in a
    table in kr)."""


def parse_amount(value: object, how: str = HOW_TO_WRITE) -> int:
    """Return the amount as whole kronor or raise AmountError with a Swedish message (`how`
    says how to write one)."""
    _refuse_dotted_groups(value, "kr")
    _refuse_other_unit(value, "kr", in_table=False)
    if isinstance(value, bool):
        raise AmountError(f"{str(value).lower()} är inte ett belopp, {how}")
    if isinstance(value, int):
        return _bounded(value)
    if isinstance(value, Decimal):
        return _bounded(_from_decimal(value))
    if isinstance(value, str):
        return _bounded(_from_text(value, how))
    raise AmountError(f"värdet är inte ett belopp, {how}")


def parse_kronor(value: object, rate: bool = False) -> Kronor:
    """Read an amount in kronor that a case states by name (`belopp`) as a table's amount in
    kr is read (`parse_in_unit`), by the one reader: ':-' for whole kronor too ("139 450:-",
    `checks.style` warns), another unit refused with the amount in kronor. Where the figure
    may be a rate (`rate`), a fraction below 1 with more decimals than öre is refused with
    its percentage first ("0.036": "3,6 %", trial 77, F3)."""
    return _kronor(_without_own_unit(value, "kr", in_table=False), rate)


def _kronor(value: object, rate: bool = False) -> Kronor:
    """Read an amount in kr without its unit's other spellings: whole kronor as `parse_amount`
    reads them (an int), or kronor and öre, "8,40", "1 250,5 kr" or a plain 8.4, exactly (a
    Decimal of `ORE_PLACES` decimals, so that it prints as typed: "8,00" stays 8.00, printed
    8,00, while "8" is 8)."""
    _refuse_dotted_groups(value, "kr", ore=True)
    number = _with_fraction(value)
    if number is None:
        return parse_amount(value, HOW_TO_WRITE_KRONOR)
    if _too_large(number, MAX_AMOUNT):
        raise AmountError(TOO_LARGE)
    written = _UNIT.sub("", str(value).strip())
    if _thousands_by_comma().match(written) or number != round(number, ORE_PLACES):
        raise AmountError(_too_many_decimals(written, number, rate))
    return number.quantize(_ORE)


_ORE = Decimal(1).scaleb(-ORE_PLACES)


@cache
def _thousands_by_comma() -> re.Pattern[str]:
    """A comma before three digits: öre have two, so it may be thousands written the English way."""
    return re.compile("^" + SIGN + r"\d{1,3},\d{3}$")


def _with_fraction(value: object) -> Decimal | None:
    """The number of an amount written with a fraction ("8,40", "8,00 kr", 8.4), or None for
    one written without (read as whole kronor) or not read at all."""
    if isinstance(value, Decimal) and value.is_finite():
        return value if decimals_of(value) else None
    if not isinstance(value, str) or len(value) > 40:
        return None
    match = _in_unit().match(_UNIT.sub("", value.strip()))
    if match is None or not match["fraction"]:
        return None
    return _decimal_text(match.string, HOW_TO_WRITE_KRONOR)


def _too_many_decimals(written: str, number: Decimal, rate: bool = False) -> str:
    """Why an amount with more decimals than öre is refused, and what to write instead: the
    amounts in whole öre on either side of it, and where the comma may part thousands (three
    digits after it), the thousands first, as for a point (`_refuse_dotted_groups`); where
    it may be a rate (`rate`) and is a fraction below 1, its percentage before them."""
    instead = in_whole_ore(number)
    if rate and 0 < abs(number) < 1:  # (no thousands: "0,036")
        instead = f'"{meant_percentage(number)}" om det är en procentsats, annars {instead}'
    elif _thousands_by_comma().match(written):
        instead = f"{written.replace(',', ' ')} om det är tusental, annars {instead}"
    return (f"'{_quoted(written)}' har fler decimaler än ören, ett belopp i kronor har högst "
            f"två decimaler; skriv {instead}")


def as_case_amount(value: Decimal) -> str:
    """An amount as a case file takes it under `belopp`: whole kronor bare (1300), öre
    quoted with a decimal comma ("22,21"), never a decimal point (trial 75: 'ram: 22.21')."""
    if value == value.to_integral_value():
        return f"{value.to_integral_value():f}"
    whole, fraction = f"{value:f}".split(".")
    return f'"{whole},{fraction.ljust(2, "0")}"'


def in_whole_ore(number: Decimal) -> str:
    """The amount in whole öre as a secretary writes it, "8,30", or the two on either side of
    it where it lies between them, nearer zero first: "8,40 eller 8,41" (which one is the
    secretary's to choose)."""
    low, high = (number.quantize(_ORE, rounding=way) for way in (ROUND_DOWN, ROUND_UP))
    shown = [as_written(low, real_minus=False)]
    if high != low:
        shown.append(as_written(high, real_minus=False))
    return " eller ".join(text.replace(NBSP, " ") for text in shown)


DOTTED_THOUSANDS = r"[1-9]\d{0,2}(?:\.\d{3})+"
"""Digits with a point before each group of three, `8.300` or `1.470.000`: maybe thousands
(0.500 is a decimal). Refused in a field, read as thousands and warned about in text."""
_DOTTED_GROUPS = re.compile("^" + SIGN + DOTTED_THOUSANDS + "$")


def _refuse_dotted_groups(value: object, unit: str, ore: bool = False) -> None:
    """Refuse `8.300` or `1.470.000`: a dot before a group of three digits may mean thousands.

    A plain YAML number keeps its source digits as a Decimal (`8.300`, not `8.3`), so the
    quoted and the unquoted forms are judged alike.
    """
    if not isinstance(value, str | Decimal):
        return
    written = str(value).strip()
    if isinstance(value, str) and unit:
        written = written.removesuffix(unit).strip()
    message = dotted_groups(written, unit, ore)
    if message is not None:
        raise AmountError(message)


def dotted_groups(written: str, unit: str, ore: bool = False) -> str | None:
    """Why a number written with a point before three digits (`8.300`) is ambiguous, and
    how to write it in `unit` (kr: thousands, with spaces; else either reading); None for
    any other number. Where kronor may have öre (`ore`) the decimal reading is in whole öre:
    8,30, or 8,40 eller 8,41 for `8.405`."""
    if _DOTTED_GROUPS.match(written) is None:
        return None
    whole = written.replace(".", " ")
    if ore and written.count(".") == 1:
        number = _decimal_text(written, HOW_TO_WRITE_KRONOR)
        instead = f"{whole} om det är tusental, annars {in_whole_ore(number)} med decimalkomma"
    elif unit == "kr" or written.count(".") > 1:
        instead = f"{whole} med mellanslag mellan tusentalen"
    else:
        decimal = written.replace(".", ",").rstrip("0")
        decimal = written.replace(".", ",") if decimal.endswith(",") else decimal
        instead = f"{whole} om det är tusental eller {decimal} med decimalkomma"
    return f"'{written}' är tvetydigt, en punkt före tre siffror kan vara tusental; skriv {instead}"


def _bounded(amount: int) -> int:
    """Refuse an amount beyond MAX_AMOUNT in either direction."""
    if abs(amount) > MAX_AMOUNT:
        raise AmountError(TOO_LARGE)
    return amount


def _too_large(value: Decimal, limit: int) -> bool:
    """Tell from the exponent alone whether a finite Decimal exceeds limit (no expansion)."""
    return value.adjusted() > len(str(limit)) or abs(value) > limit


def _from_decimal(value: Decimal) -> int:
    """Accept a Decimal only when it has no öre."""
    if value.is_finite() and _too_large(value, MAX_AMOUNT):
        raise AmountError(TOO_LARGE)
    if not value.is_finite() or value != value.to_integral_value():
        raise AmountError(
            f"beloppet {value} har ören, belopp anges i hela kronor; avrunda till hela kronor"
        )
    return int(value)


def _from_text(text: str, how: str = HOW_TO_WRITE) -> int:
    """Read `"2 330 883"` or `"2 330 883 kr"`; reject other separators with a hint (`how`)."""
    stripped = _UNIT.sub("", text.strip())
    match = _GROUPED.match(stripped) if len(stripped) <= 40 else None
    if match is None and len(stripped) > 40 and _all_digits().fullmatch(stripped):
        raise AmountError(TOO_LARGE)  # (more than 40 characters of digits)
    if match is None:
        _refuse_spaced_decimal(stripped)
        raise AmountError(f"'{_quoted(text)}' är inte ett belopp i kronor, "
                          f"{_how(stripped, how)}")
    digits = re.sub(r"\D", "", match["digits"])
    sign = -1 if _negative(match) else 1
    return sign * int(digits)


def _refuse_spaced_decimal(text: str) -> None:
    """Refuse a "2, 18" with the message the text's warning gives (trial 72, F6)."""
    spaced = spaced_decimal_figure(text)
    if spaced is not None:
        raise AmountError(spaced_decimal_advice(spaced))


def _how(text: str, how: str, noun: str = "belopp") -> str:
    """How to write the figure; for a text that starts with a dash, how to write a negative;
    for a `{{ … }}` reference, that only texts and amount cells may hold one
    (`compute.cell_refs`)."""
    if "{{" in text:
        return (f"{how}; en hänvisning med {{{{ … }}}} går bara i texter och i en tabells "
                f"beloppskolumner (typ: belopp), inte som {noun} här")
    if (worded := _procent_in_words().fullmatch(text.strip())) is not None:
        return f'skriv "{worded[1]} %" om det är en procentsats, annars {how}'  # (trial 89, F6)
    if (about := _about().fullmatch(text.strip())) is not None:  # (trial 94, F12)
        return (f"skriv {noun}et utan '{about[1]}', {about[2]}, och '{about[1]}' i texten, "
                f"där det är ungefärligt")
    if not text[:1] or text[:1] not in _DASH_LIKE:
        return how
    return f'{how}; ett negativt {noun} skrivs med minus först, t.ex. "-1 250"'


@cache
def _procent_in_words() -> re.Pattern[str]:
    """A percentage written with the word: "4,75 procent"."""
    return re.compile(r"(-?\d(?:[\d ]*\d)?(?:,\d+)?)\s*procent", re.IGNORECASE)


@cache
def _about() -> re.Pattern[str]:
    """An amount written as an estimate: "ca 60 000", "cirka 1,5"."""
    return re.compile(r"(ca\.?|c:a|cirka|omkring|ungefär|drygt|knappt)\s+"
                      r"(\d[\d ]*(?:,\d+)?(?: ?%)?)", re.IGNORECASE)


def _quoted(text: str) -> str:
    """A written value as a message quotes it: at most 40 characters, then "…"."""
    return text if len(text) <= 40 else text[:39].rstrip() + "…"


def _non_negative(value: object) -> int:
    """Parse an amount in whole kronor and require it to be zero or more: every such amount
    is funds that are allocated or split (the seeds' tables, `uppdelningar`), which cannot be
    negative (the schema knows this validator by its name). A table's amount or a figure the
    case states (`belopp:`) may be negative."""
    amount = parse_amount(value)
    if amount < 0:
        shown = kr(amount).replace(NBSP, " ")
        raise AmountError(f"beloppet får inte vara negativt här ({shown}), eftersom medel som "
                          "fördelas inte kan vara negativa; ange ett belopp ≥ 0")
    return amount


def _stated_figure(value: object) -> Kronor | WrittenNumber:
    """Read a figure a case states by name (`belopp`): an amount in kronor, negative too, as
    a table's (`parse_kronor`: trial 65, F1, a write-off "i alt -1 747 977 kr"), or a
    percentage written with its sign, "73,37 %", zero or more, kept with the decimals it was
    written with (trial 54, F6: the shares an EU decision sets); the schema knows this
    validator by its name. One worked out from the case's other amounts never comes here
    (`derived_figure`); a computation of anything else is refused with what to write."""
    if isinstance(value, str) and _derived().search(value):
        raise AmountError(_not_derived(value.strip()))
    if isinstance(value, str) and (half := _half_of().search(value)):
        raise AmountError(_half_in_words(value.strip(), half[1].casefold()))
    if not written_as_percent(value):
        return parse_kronor(value, rate=True)
    percentage = parse_number(value)
    if percentage.value < 0:
        raise AmountError(f"procentsatsen får inte vara negativ ({value.strip()}), ange en "
                          "procentsats ≥ 0")
    return percentage


DERIVED_EXAMPLE = "'belopp.prisbasbelopp * 50 %'"
"""How an amount under `belopp` worked out from another is written, for messages."""


@cache
def _half_of() -> re.Pattern[str]:
    """Half an amount in words, and the amount's name: "ett halvt prisbasbelopp"."""
    return re.compile(r"\bhalv[at]?\s+(\w+)", re.IGNORECASE)


def _half_in_words(written: str, name: str) -> str:
    """Why half an amount in words is refused, and how it is worked out (trial 99, F7)."""
    return (f"'{written}' är inte ett belopp i kronor; ett halvt belopp räknas ut ur ett av "
            f"ärendets belopp, t.ex. 'belopp.{name} * 50 %' med {name} skrivet under belopp:, "
            "eller skriv beloppet i kronor")


def _not_derived(written: str) -> str:
    """Why a computation under `belopp` that `derived_figure` leaves is refused: one in
    `{{ … }}`, one from a table or a split, or one of numbers alone (trial 95, F8)."""
    start = f"'{_quoted(written)}'"
    bare = " ".join(re.sub(r"\{\{|\}\}", " ", written).split())
    elsewhere = _elsewhere().search(bare)
    if elsewhere is not None:
        where = "en tabell" if elsewhere[1] == "tabeller" else "en uppdelning"
        reference = re.split(r"[\s*/×÷+\-−]", bare[elsewhere.start():], maxsplit=1)[0]
        return (f"{start} hämtar ett belopp ur {where}, men ett belopp under belopp: räknas "
                f"bara ut ur ärendets andra belopp, t.ex. {DERIVED_EXAMPLE}; skriv beloppet "
                f"uträknat här, eller hänvisa till det i texten med {{{{ {reference} }}}}")
    if "{{" in written:
        return (f"{start} är inget belopp; ett belopp som räknas ut ur ett av ärendets belopp "
                f"skrivs utan {{{{ }}}}, t.ex. '{_quoted(bare)}'")
    return (f"{start} räknar bara med tal; skriv det uträknade beloppet, eller skriv beloppet "
            f"som det räknas ut ur med ett eget namn under belopp: och räkna med namnet, t.ex. "
            f"{DERIVED_EXAMPLE}")


@cache
def _derived() -> re.Pattern[str]:
    """A figure written as a computation: one of the case's names ('{{ belopp.pbb }}',
    'tabeller.f.summa * 2') or a product or quotient of numbers ('52500 * 0,5')."""
    return re.compile(r"(?:belopp|tabeller|uppdelningar)\.\w|\d\s*[*/×÷]\s*\d")


@cache
def _elsewhere() -> re.Pattern[str]:
    """A figure of a table or a split named in a computation: 'tabeller.f.summa'."""
    return re.compile(r"(?<![\w.])(tabeller|uppdelningar)\.\w")


@cache
def _case_figure() -> re.Pattern[str]:
    """One of the case's amounts named in a computation: 'belopp.prisbasbelopp'."""
    return re.compile(r"(?<![\w.])belopp\.\w")


@cache
def _operation() -> re.Pattern[str]:
    """A sign of computation after the first character (a leading sign is the amount's)."""
    return re.compile(r"(?<=.)[*×/÷+\-−]")


@cache
def _word() -> re.Pattern[str]:
    """A word in a figure that may be a name: letters first, not after a point, nor after a
    '/' as the unit of a price per unit ("68 400 kr/mån": `unit_prices`)."""
    return re.compile(r"(?<![\w./])[^\W\d_]\w*")


def derived_figure(value: object) -> str | None:
    """The computation a figure under `belopp` is written as, where it is worked out from the
    case's other amounts in the compute stage (`compute.derived_amounts`): one that names one
    of them ('belopp.prisbasbelopp * 50 %', trial 95, F8), or names a word beside a sign of
    computation ('prisbasbelopp * 50 %': told there to write belopp.prisbasbelopp); None for
    any other value, which `_stated_figure` reads (or refuses: one in `{{ … }}`, one from a
    table or a split, one of numbers alone)."""
    if not isinstance(value, str) or "{{" in value or _elsewhere().search(value):
        return None
    written = " ".join(value.split())
    if _case_figure().search(written):
        return written
    if not _operation().search(written):
        return None
    words = [word for word in _word().findall(written)
             if not re.fullmatch(f"{UNIT_WORDS}|{APPROXIMATION}|procent", word, re.IGNORECASE)]
    return written if words else None


def derived_figures(figures: object) -> dict[str, str]:
    """The figures under `belopp` (the case file's mapping) worked out from the case's other
    amounts, by name, each as written (`derived_figure`)."""
    if not isinstance(figures, dict):
        return {}
    return {name: written for name, value in figures.items()
            if isinstance(name, str) and (written := derived_figure(value)) is not None}


def _split_total(value: object) -> int:
    """Read a split's `summa`, an amount as `_non_negative` reads it; one of the case's
    amounts ("belopp.ram * 70 %") or a table's figure ("tabeller.budget.kostnad") never comes
    here (`split_models.Split`), and one written with `{{ … }}` is shown how to write it so
    (trial 76, F4; trial 94, F8); the schema knows this validator by its name."""
    if isinstance(value, str) and "{{" in value:
        bare = " ".join(re.sub(r"\{\{|\}\}", " ", value).split())
        source = "hämtas ur en tabell" if "tabeller." in bare else \
            "räknas ut ur ett av ärendets belopp"
        raise AmountError(f"'{_quoted(value.strip())}' är inte ett belopp i kronor; en "
                          f"summa som {source} skrivs utan {{{{ }}}}, t.ex. '{bare}'")
    return _non_negative(value)


Amount = Annotated[int, BeforeValidator(_non_negative)]
"""A non-negative amount in whole kronor, read with `parse_amount`."""
SplitTotal = Annotated[int, BeforeValidator(_split_total)]
"""A split's `summa`: an `Amount`, or (kept aside by the split) one of the case's amounts."""
StatedFigure = Annotated[Kronor | WrittenNumber, BeforeValidator(_stated_figure)]
"""A figure a case states by name (`belopp`): an amount in kronor, with öre
where written ("19,50", trial 40), or a percentage ("73,37 %", a tax rate "22,21 %", a
`WrittenNumber`), read with `_stated_figure`."""


def parse_weight(value: object) -> Decimal:
    """Read a split weight (e.g. a population): a number, digits may be grouped by spaces,
    decimals written as amounts in a unit are ("1,5"), never a point before three digits
    (`1.250`, see `_refuse_dotted_groups`); a share in percent ("70 %") is its number."""
    if isinstance(value, bool):
        raise AmountError("en vikt ska vara ett tal, t.ex. 245347 eller \"245 347\"")
    _refuse_dotted_groups(value, "")
    if isinstance(value, str):  # a share in percent is a weight as good as any: "70 %"
        value = _PERCENT_SIGN.sub("", value)
    match = _in_unit().match(value.strip()) if isinstance(value, str) and len(value) <= 40 \
        else None
    if match is not None:
        sign = -1 if _negative(match) else 1
        fraction = match["fraction"]
        digits = re.sub(r"\D", "", match["digits"]) + (f".{fraction}" if fraction else "")
        value = sign * Decimal(digits)
    if isinstance(value, int | Decimal):
        return _bounded_weight(Decimal(value))
    raise AmountError(f"'{value}' är ingen vikt, skriv ett tal, t.ex. 245347 eller \"245 347\", "
                      "eller en andel i procent, \"70 %\"")


def _bounded_weight(weight: Decimal) -> Decimal:
    """Refuse weights that are not finite, too large or too finely divided."""
    if not weight.is_finite() or _too_large(weight, MAX_WEIGHT):
        raise AmountError("vikten är orimligt stor, en vikt är högst 1 000 000 000 000 000")
    exponent = weight.normalize().as_tuple().exponent
    if isinstance(exponent, int) and -exponent > MAX_WEIGHT_DECIMALS:
        raise AmountError(f"vikten har för många decimaler, högst {MAX_WEIGHT_DECIMALS}")
    return weight


Weight = Annotated[Decimal, BeforeValidator(parse_weight)]
"""A weight for a split (population or any key), never a float."""


HOW_TO_WRITE_RATE = 'skriv kronor per viktenhet, t.ex. 13280 eller "13 280"'


def parse_rate(value: object) -> Decimal:
    """Read an amount per unit of weight (`per_vikt`: kronor per mandat, per invånare): a
    weight's number, perhaps followed by `kr`, with decimals ("12,50"); never a percentage
    or below zero."""
    if written_as_percent(value):
        raise AmountError(f"'{value.strip()}' är en procentsats, men här anges kronor per "
                          f"viktenhet; {HOW_TO_WRITE_RATE}")
    if isinstance(value, str):
        value = _UNIT.sub("", value)
    try:
        rate = parse_weight(value)
    except AmountError:
        raise AmountError(f"'{value}' är inget belopp per viktenhet, {HOW_TO_WRITE_RATE}") \
            from None
    if rate < 0:
        raise AmountError(f"beloppet per viktenhet får inte vara negativt ({as_written(rate)}), "
                          "ange ett belopp ≥ 0")
    return rate


Rate = Annotated[Decimal, BeforeValidator(parse_rate)]
"""Kronor per unit of weight for a split (`per_vikt`), exact, never a float."""


Unit = Literal["kr", "tkr", "mnkr", "mdkr"]
"""The units a table or an amount may be written in (CONVENTIONS, Amounts)."""

UNIT_EXPONENT: dict[str, int] = {"kr": 0, "tkr": 3, "mnkr": 6, "mdkr": 9}


_PERCENT_SIGN = re.compile("[ \u00a0]?%[ \t]*$")


@functools.cache
def _in_unit() -> re.Pattern[str]:
    """An amount written as text, '1 250,5' (compiled for the first such amount)."""
    return re.compile(f"^{SIGN}{_DIGITS}" r"(?:[,.](?P<fraction>\d+))?$")


def parse_in_unit(value: object, unit: str) -> Kronor:
    """Read an amount written in `unit` (kr, tkr, mnkr, mdkr) and return it in kronor.

    Decimals are allowed as far as the unit allows (öre in kr, `parse_kronor`; 3 in tkr, 6 in
    mnkr, 9 in mdkr: whole kronor), with a decimal comma in quoted text (`"5,3"`) or a point
    in a plain YAML number (`5.3`), but never a point before three digits (`8.300`, see
    `_refuse_dotted_groups`); the result is exact, never rounded.
    """
    if written_as_percent(value):
        raise AmountError(f"'{value.strip()}' är procent och inget belopp, skriv procentsatser "
                          "i en kolumn med 'typ: tal'")
    value = _without_own_unit(value, unit)
    if unit == "kr":
        return _kronor(value)
    _refuse_dotted_groups(value, unit)
    exponent = UNIT_EXPONENT[unit]
    how = f'skriv beloppet i {unit}, t.ex. 1250 eller "1 250,5"'
    if isinstance(value, bool) or not isinstance(value, int | Decimal | str):
        raise AmountError(f"värdet är inte ett belopp, {how}")
    written = str(value).strip()
    number = _decimal_text(written.removesuffix(unit).strip(), how) \
        if isinstance(value, str) else Decimal(value)
    if not number.is_finite() or _too_large(number, MAX_AMOUNT // 10**exponent):
        raise AmountError(TOO_LARGE)
    kronor = number.scaleb(exponent)
    if kronor != kronor.to_integral_value():
        raise AmountError(
            f"beloppet {written.removesuffix(unit).strip()} {unit} har fler decimaler än hela "
            f"kronor, högst {exponent} "
            f"decimaler i {unit}"
        )
    return _bounded(int(kronor))


def typed_places(value: object, unit: str) -> int:
    """The decimals an amount `parse_in_unit` has read is typed with: 1 for "4,0", "0,0 mnkr"
    and 4.0, none for "4" (a table in mnkr shows every amount with its most exact one's:
    `tables.table_places`)."""
    value = _without_own_unit(value, unit)
    if isinstance(value, Decimal):
        return decimals_of(value)
    written = value.strip().removesuffix(unit).strip() if isinstance(value, str) else ""
    match = _in_unit().match(written)
    return len(match["fraction"] or "") if match else 0


UNIT_SPELLINGS: dict[str, str] = {
    "mkr": "mnkr", "Mkr": "mnkr", "MKR": "mnkr", "Mnkr": "mnkr", "MNKR": "mnkr",
    "MSEK": "mnkr", "Msek": "mnkr", "mSEK": "mnkr",
    "kkr": "tkr", "Tkr": "tkr", "TKR": "tkr", "TSEK": "tkr", "Tsek": "tkr",
    "Mdkr": "mdkr", "MDKR": "mdkr", "mdSEK": "mdkr",
}
"""Other spellings of the units, each with the unit the documents write (`mkr` is read as
mnkr, its usual meaning): read in an amount here, in running text in `text.units`."""
KRONOR_SIGN = ":-"
"""Swedish for whole kronor after an amount ("139 450:-", trial 44, F5), with or without a
stray point after it ("94 306:-."): read as kr in a table's amount cell (an error in a table
in another unit, as "830 kr" in tkr is); `checks.style` warns once per file."""
_SPELLED = {**{spelling.lower(): unit for spelling, unit in UNIT_SPELLINGS.items()},
            "kronor": "kr", "sek": "kr", KRONOR_SIGN: "kr"}
"""Every spelling of a unit in an amount, in lower case, with the unit it means."""
UNIT_WORDS = "|".join(map(re.escape, sorted({*_SPELLED, *UNIT_EXPONENT}, key=len,
                                              reverse=True)))
"""A regular expression's alternatives for every spelling of a unit after an amount (match
it ignoring case; `unit_meant` says which unit)."""
_OWN_UNIT = re.compile(r"^(?P<figure>.*?)\s*(?P<unit>" + UNIT_WORDS + r")\.?$", re.IGNORECASE)


def unit_meant(spelling: str) -> str:
    """The unit a spelling after an amount means: "Mkr" mnkr, ":-" kr, "tkr" tkr."""
    return _SPELLED.get(spelling.lower(), spelling.lower())


def _without_own_unit(value: object, unit: str, in_table: bool = True) -> object:
    """A table's amount (in_table; else one a case states) without its unit where it is the
    table's own in another spelling ("9 mkr" in mnkr is 9, "139 450:-" in kr is 139 450:
    `checks.style` warns once per file, as for text); else the value as written, refused
    (`_refuse_other_unit`) where its unit is another than the table's."""
    match = _refuse_other_unit(value, unit, in_table)
    if match is None:
        return value
    spelled = match["unit"]
    if spelled == unit or (unit == "kr" and _UNIT.fullmatch(spelled)):
        return value  # (its own unit as the reading of the figure knows it)
    return _figure(match)


def _figure(match: re.Match[str]) -> str:
    """The figure before a unit (`_OWN_UNIT`); before ':-' for whole kronor a point before
    three digits parts thousands, as no öre can follow ("10.440:-" is 10 440: trial 91, F8;
    `checks.style` warns once per file)."""
    figure: str = match["figure"].strip()
    if match["unit"] == KRONOR_SIGN and _DOTTED_GROUPS.match(figure):
        return figure.replace(".", " ")
    return figure


def _refuse_other_unit(value: object, unit: str,
                       in_table: bool = True) -> re.Match[str] | None:
    """Refuse an amount written with a unit other than the table's (`"830 kr"` in tkr), or
    than whole kronor where an amount is in kronor (`"3 mdkr"`), saying it in the unit it is
    read in where it reads (0,83; 3 000 000 000): a table's unit belongs in its header. The
    figure and its unit when that is the one meant, in any spelling; else None."""
    if not isinstance(value, str):
        return None
    match = _OWN_UNIT.match(value.strip())
    if match is None or not any(c.isdigit() for c in match["figure"]):
        return None
    spelled = match["unit"]
    written = unit_meant(spelled)
    if written == unit:
        return match
    try:
        kronor: Kronor | None = parse_in_unit(_figure(match), written)
    except AmountError:
        kronor = None
    if kronor is not None and has_ore(kronor) and unit != "kr":
        kronor = None  # (öre cannot be written in tkr: there is no figure to offer)
    figure = None if kronor is None else exact(kronor, unit, real_minus=False).replace(NBSP, " ")
    if not in_table:
        if figure is not None:  # (else the figure itself is wrong: the usual message says so)
            raise AmountError(f"'{value.strip()}' är skrivet i {written} men här anges belopp "
                              f"i hela kronor, skriv {figure}")
        return None
    start = f"'{value.strip()}' är skrivet i {written} men tabellen är i {unit}, skriv "
    where = "tabellens enhet står i rubriken"
    if figure is None:
        raise AmountError(f"{start}beloppet i {unit} utan enhet ({where})")
    raise AmountError(f"{start}{figure} (i {unit} utan enhet, {where})")


def _decimal_text(text: str, how: str, noun: str = "ett belopp", written: str = "") -> Decimal:
    """Read '1 250,5' or '1250.5' (digits grouped by spaces) as an exact Decimal.

    A message quotes `written` (the whole cell, e.g. with its %) when given, else `text`.
    """
    match = _in_unit().match(text) if len(text) <= 40 else None
    if match is None:
        _refuse_spaced_decimal(text)
        how = _how(written or text, how, noun.split()[-1])
        raise AmountError(f"'{written or text}' är inte {noun}, {how}")
    digits = re.sub(r"\D", "", match["digits"])
    sign = "-" if _negative(match) else ""
    fraction = f".{match['fraction']}" if match["fraction"] else ""
    return Decimal(f"{sign}{digits}{fraction}")


MAX_NUMBER_DECIMALS = 6
HOW_TO_WRITE_NUMBER = 'skriv t.ex. 1250, "1 250", "12,5" eller "12,5 %"'


def written_as_percent(value: object) -> TypeGuard[str]:
    """Tell whether a value is written as a percentage: text ending in %, e.g. "12,5 %", or
    a number and the word, "110 procent", as text may write it (trial 93, F9)."""
    if not isinstance(value, str):
        return False
    return value.strip().endswith("%") or (
        "procent" in value.casefold() and _procent_in_words().fullmatch(value.strip()) is not None)


def without_percent(text: str) -> str:
    """A percentage's number, without its "%" or its word: "110" for "110 %" or "110
    procent"."""
    worded = _procent_in_words().fullmatch(text.strip())
    return worded[1] if worded else text.strip().removesuffix("%").strip()


def parse_number(value: object) -> WrittenNumber:
    """Read a figure that is not an amount (per capita, population, share) exactly.

    Written as amounts in a table are: `1250`, `"1 250"`, `"12,5"` or a plain YAML `12.5`,
    never with a point before three digits (`8.300`, see `_refuse_dotted_groups`). The
    decimals written are kept (`"12,50"` stays 12.50, shown so), at most
    `MAX_NUMBER_DECIMALS` that are not trailing zeros. A percentage is text ending in `%`,
    with or without a space before it (`"12,5 %"`, `"12,5%"`, `"−2,5 %"`); it stays one.
    """
    _refuse_dotted_groups(value, "%")
    if isinstance(value, bool) or not isinstance(value, int | Decimal | str):
        raise AmountError(f"värdet är inte ett tal, {HOW_TO_WRITE_NUMBER}")
    percent = written_as_percent(value)
    if isinstance(value, str):
        bare = without_percent(value)
        number = _decimal_text(bare, HOW_TO_WRITE_NUMBER, "ett tal", value.strip())
    else:
        number = Decimal(value)
    if not number.is_finite() or _too_large(number, MAX_AMOUNT):
        raise AmountError("talet är orimligt stort (över 1 000 000 000 000 000), kontrollera "
                          "talet")
    exponent = number.normalize().as_tuple().exponent
    if isinstance(exponent, int) and -exponent > MAX_NUMBER_DECIMALS:
        raise AmountError(f"talet har för många decimaler, högst {MAX_NUMBER_DECIMALS}")
    return WrittenNumber(number, percent)


HOW_TO_WRITE_COUNT = 'skriv t.ex. 31, "1 250" eller "12,5"'


def parse_count(value: object) -> int:
    """Read a count (`typ: antal`: mandat, invånare) into whole thousandths (`COUNT`).

    Written as a number is (`parse_number`), with at most `COUNT_PLACES` decimals that are
    not trailing zeros, and never as a percentage: percentages added up mean nothing."""
    if written_as_percent(value):
        raise AmountError(f"'{value.strip()}' är procent, men en kolumn med 'typ: antal' "
                          "summeras och procent kan inte läggas ihop; skriv talet utan %, "
                          "eller 'typ: tal' om kolumnen är procent (dess cell på totalraden "
                          "är tom); är procenten varje rads andel av en beloppskolumn, skriv "
                          "'typ: andel' och 'av:' med beloppskolumnens namn, så räknas de ut "
                          "och totalraden visar 100 %")
    number = parse_number(value).value
    exponent = number.normalize().as_tuple().exponent
    if isinstance(exponent, int) and -exponent > COUNT_PLACES:
        raise AmountError(f"talet har för många decimaler för 'typ: antal', högst "
                          f"{COUNT_PLACES}, {HOW_TO_WRITE_COUNT}")
    return int(number.scaleb(COUNT_PLACES))


def spaced_decimal_figure(written: str) -> re.Match[str] | None:
    """A figure that is nothing but a "2, 18" (a table's cell: trial 72, F6), its groups as
    `spaced_decimals`', else None."""
    return _spaced_figure().fullmatch(written.strip()) if ", " in written else None


@cache
def _spaced_figure() -> re.Pattern[str]:
    """A whole number, a decimal comma and a space, and one or two digits."""
    return re.compile(r"(\d+), (\d{1,2})")


def spaced_decimal_advice(match: re.Match[str]) -> str:
    """The one message for a decimal comma with a space after it, in text (a warning) and in
    a table's cell (an error, which says the same: trial 72, F6)."""
    whole, part = match.group(1), match.group(2)
    return (f"'{whole}, {part}' har ett mellanslag efter decimalkommat och läses som två tal, "
            f"{whole} och {part}; skriv '{whole},{part}' utan mellanslag")

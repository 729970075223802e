"""A percentage typed in text one step off a percentage that a table computes.

A change (`typ: forandring`), a ratio (`typ: kvot`) or a share (`typ: andel`) of a table can
be named in text, `{{ tabeller.taxa.rader[0].procent }}`, so that text and table agree. One
typed instead ("höjs med 5,2 %") is checked as narrowly as a false alarm requires:

* only a percentage written with decimals is read ("5,2 %", "5,2%", "0,75 procent", and a
  tax rate, "22,21 kronor per skattekrona", `text.tax_rates`): "3 %"
  or "25 %" is as often a rate the case sets (a tax, an interest, a raise it decides) as a
  table's figure, and one step of its last digit is a whole percentage point;
* it is right where some computed percentage, rounded to its decimals, is it, the sign
  aside ("minskar med 1,1 %" for −1,1 %);
* else it is a near miss of the first computed percentage (in the tables' order) shown with
  as many decimals and one step of the last decimal from it ("5,2 %" for 5,3 %), a slip;
* else it is a slip of the first percentage the case names under `belopp:` ("stodandel:
  73,37 %", trial 54, F6), or else of the one percentage a table writes in a number column
  ("65,2 %" for 62,5 %, trial 73, F6) or computes as a share (`typ: andel`, trial 95, F9),
  whose digits are its own with two neighbours swapped ("73,73 %"), by the one swap rule of
  typed amounts (`digit_swaps.is_digit_swap`), or of a named one ten times too small or
  large, a zero left out or added ("0,04 %" for "0,40 %", "0,4 %" for "0,04 %", trial 76,
  F7) by the amounts' rule of a digit too few or too many
  (`literal_amounts_digits.count_slips`, at the last place either has), unless the same
  text types that percentage as well (a change from it, as for amounts).
  Anything else is another figure and is left alone.

A table's percentages are those it computes and those it writes in a number column (`typ:
tal`), in cells with "%" or under a header that names percent, "Andel (%)"
(`percent_columns`, trial 73, F6): "12,5 procent av budgeten" is right for a cell 12,5 there.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from decimal import ROUND_HALF_UP, Decimal
from functools import cache
from typing import Any, NamedTuple

from generator.checks.figure_rows import on_row
from generator.checks.literal_amount import STATED, is_stated
from generator.checks.literal_amounts_digits import count_slips
from generator.checks.percent_columns import header_percentages, number_column
from generator.checks.report import Reporter, point_place
from generator.compute.prose_figures import named_percentages
from generator.compute.tables import TableResult
from generator.digit_swaps import is_digit_swap
from generator.formatting import NBSP, WrittenNumber, as_written, decimals_of
from generator.problems import Loc, Problem
from generator.text.tax_rates import PER_TAX_KRONA


@cache
def _percent() -> re.Pattern[str]:
    """A number with decimals before a percent sign, the word procent, or "kronor per
    skattekrona", a tax rate written in kronor (`text.tax_rates`; group 1: the number)."""
    return re.compile(
        rf"(?<![\w.,])(\d+,\d+)(?:[ \u00a0]?%|[ \u00a0]procent\b|{PER_TAX_KRONA})")


class _Literal(NamedTuple):
    """A percentage typed in a text: as written, its value and where it starts."""

    text: str
    value: Decimal
    offset: int


def percent_problems(texts: Mapping[Loc, str], tree: dict[str, Any],
                     tables: Mapping[str, TableResult], report: Reporter) -> list[Problem]:
    """Warn about percentages in the texts one step off a computed percentage (tree: the
    figures as text names them; tables: the general tables, for the row and the column)."""
    found = {loc: list(_literals(text)) for loc, text in texts.items() if "%" in text
             or "procent" in text or "skattekrona" in text}
    if not any(found.values()):
        return []
    plain = header_percentages(tables)
    computed = {**named_percentages(tree), **plain}
    typed = {name: p for name, p in computed.items()
             if is_stated(name) or _in_column(name, tables)}
    words = _Words(tree, tables, plain)
    problems = []
    for loc, literals in found.items():
        for literal in literals:
            if _agrees(literal.value, computed):
                continue
            miss = _missed(literal.value, computed)
            if miss is not None:
                message = _message(literal, *miss, words)
            elif (swap := _swapped(literal.value, typed, literals)) is not None:
                message = (_swap_message(literal, swap, point_place(loc))
                           if is_stated(swap[0]) else _table_swap_message(literal, *swap, words))
            else:
                continue
            where = report.in_text(loc, texts[loc], literal.offset, literal.text)
            problems.append(report.problem(where, message, "varning"))
    return problems


def _literals(text: str) -> Iterator[_Literal]:
    """Every percentage with decimals typed in text, in text order."""
    for match in _percent().finditer(text):
        yield _Literal(match.group(), Decimal(match[1].replace(",", ".")), match.start())


def _agrees(value: Decimal, percentages: Mapping[str, WrittenNumber]) -> bool:
    """Whether a typed percentage is one computed or named, rounded to its decimals, the
    sign aside."""
    step = Decimal(1).scaleb(-decimals_of(value))
    return any(abs(p.value).quantize(step, rounding=ROUND_HALF_UP) == value
               for p in percentages.values())


def _missed(value: Decimal, percentages: Mapping[str, WrittenNumber]
            ) -> tuple[str, WrittenNumber] | None:
    """The computed percentage a typed one is one step off, or None (another figure)."""
    places = decimals_of(value)
    step = Decimal(1).scaleb(-places)
    return next(((name, p) for name, p in percentages.items() if not is_stated(name)
                 and p.places == places and abs(abs(p.value) - value) == step), None)


def _swapped(value: Decimal, percentages: Mapping[str, WrittenNumber],
             literals: Sequence[_Literal]) -> tuple[str, WrittenNumber] | None:
    """The percentage the case names, or else the one a table writes or computes as a share
    (percentages), that a typed one is with two digits swapped, or the one the case names
    that it is with a zero too few or too many; None: none, a table's where several are (a
    column of percentages has figures close in digits to any other), or one its text types
    as it is as well."""
    found = [(name, p) for name, p in percentages.items() if is_digit_swap(value, p.value)
             or (is_stated(name) and _tenfold(value, p.value))]
    named = [swap for swap in found if is_stated(swap[0])]
    one = named[0] if named else found[0] if len({p for _, p in found}) == 1 else None
    if one is None or any(other.value == one[1].value for other in literals):
        return None
    return one


class _Words(NamedTuple):
    """What a message needs to name a table's percentage: the figures as text names them,
    the general tables, and the percentages written without "%" under a header that names
    percent (`percent_columns`)."""

    tree: dict[str, Any]
    tables: Mapping[str, TableResult]
    plain: Mapping[str, WrittenNumber]

    def figure(self, name: str, percentage: WrittenNumber) -> str:
        """"den uträknade förändringen 5,3 % på raden 'Fast avgift'", "tabellens 12,5 % på
        raden 'Socialnämnden'"."""
        shown = as_written(percentage).replace(NBSP, " ")
        return f"{_kind(name, self.tables)} {shown}{on_row(name, self.tree, self.tables)}"

    def reference(self, name: str, literal: _Literal) -> str:
        """How text names the percentage: `{{ name }}`, with the unit as the literal writes
        it after a number the table writes without "%" ("{{ … }} procent")."""
        unit = ""
        if name in self.plain:
            unit = " procent" if literal.text.endswith("procent") else " %"
        return f"{{{{ {name} }}}}{unit}"


def _message(literal: _Literal, name: str, percentage: WrittenNumber, words: _Words) -> str:
    """The warning: what was typed, what the table computes or writes, where, and how to
    name it."""
    return (f"procentsatsen '{literal.text}' i texten stämmer inte med "
            f"{words.figure(name, percentage)} ({name}); menar texten den, skriv "
            f"{words.reference(name, literal)} så följer texten tabellen")


def _table_swap_message(literal: _Literal, name: str, percentage: WrittenNumber,
                        words: _Words) -> str:
    """The warning for a percentage typed with two digits of a table's swapped, worded as
    for an amount (`checks.consistency`)."""
    return (f"procentsatsen '{literal.text}' i texten finns inte i tabellerna, men med två "
            f"siffror omkastade stämmer den med {words.figure(name, percentage)} ({name}); "
            f"menar texten den, skriv {words.reference(name, literal)} så följer texten "
            "tabellen")


def _tenfold(typed: Decimal, meant: Decimal) -> bool:
    """Whether a typed percentage is a named one with a zero left out or added, at the last
    place either is written to ("0,04" for "0,40", "4,5" for "0,45", "1,25" for "10,25")."""
    return meant in count_slips(typed, min(_exponent(typed), _exponent(meant)))


def _exponent(value: Decimal) -> int:
    """The place of a number's last written digit (-2 for 0,40)."""
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int)  # (percentages are finite)
    return exponent


def _swap_message(literal: _Literal, named: tuple[str, WrittenNumber], place: str) -> str:
    """The warning for a percentage typed with two digits of a named one swapped, or ten
    times too small or large, worded as for an amount the case names (`checks.consistency`)."""
    name, percentage = named
    shown = as_written(percentage).replace(NBSP, " ")
    subject = "texten" if place == "texten" else "punkten"
    how = "med två siffror omkastade" if is_digit_swap(literal.value, percentage.value) \
        else _zero_slip(literal.value, percentage.value)
    return (f"procentsatsen '{literal.text}' i {place} är ingen av ärendets procentsatser, men "
            f"{how} stämmer den med ärendets procentsats "
            f"'{name.removeprefix(STATED)}' ({shown}); menar {subject} den procentsatsen, "
            f"skriv {{{{ {name} }}}} så följer {subject} ärendets procentsats")


def _in_column(name: str, tables: Mapping[str, TableResult]) -> bool:
    """Whether a percentage is one a table writes in a number column or computes as a share
    (`typ: andel`, trial 95, F9: "26,5 %" for a share of 25,6 % passed), not a change or a
    ratio."""
    column = number_column(name, tables)
    return column is not None and (column.number or bool(column.share_of))


def _zero_slip(typed: Decimal, meant: Decimal) -> str:
    """How a percentage typed with a zero too few or too many becomes the named one."""
    if meant in (typed * 10, typed / 10):
        return "tio gånger så stor" if meant > typed else "en tiondel så stor"
    return f"med en nolla {'till' if meant > typed else 'mindre'}"


def _kind(name: str, tables: Mapping[str, TableResult]) -> str:
    """'den uträknade förändringen', '… andelen' or '… kvoten', by the column the percentage
    is computed in, or 'tabellens' for one a number column writes."""
    column = number_column(name, tables)
    if column is None:
        return "den uträknade förändringen"
    if column.number:
        return "tabellens"
    return "den uträknade " + ("andelen" if column.share_of else "kvoten" if column.ratio
                               else "förändringen")

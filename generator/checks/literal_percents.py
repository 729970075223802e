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
  73,37 %", trial 54, F6) whose digits are its own with two neighbours swapped ("73,73 %"),
  by the one swap rule of typed amounts (`digit_swaps.is_digit_swap`), or ten times too
  small or large, a zero left out or added ("0,04 %" for "0,40 %", "0,4 %" for "0,04 %",
  trial 76, F7) by the amounts' rule of a digit too few or too many
  (`literal_amounts_digits.count_slips`, at the last place either has), unless the same
  text types that percentage as well (a change from it, as for amounts).
  Anything else is another figure and is left alone.
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


@cache
def _column() -> re.Pattern[str]:
    return re.compile(r"tabeller\.(?P<table>[^.\[\]]+)\..*?(?P<column>[^.\[\]]+)")


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
    computed = named_percentages(tree)
    problems = []
    for loc, literals in found.items():
        for literal in literals:
            if _agrees(literal.value, computed):
                continue
            miss = _missed(literal.value, computed)
            if miss is not None:
                message = _message(literal, *miss, tree, tables)
            elif (swap := _swapped(literal.value, computed, literals)) is not None:
                message = _swap_message(literal, swap, point_place(loc))
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
    """The percentage the case names that a typed one is with two digits swapped or a zero
    too few or too many, or None (none, or one its text types as it is as well)."""
    found = next(((name, p) for name, p in percentages.items()
                  if is_stated(name) and (is_digit_swap(value, p.value)
                                          or _tenfold(value, p.value))), None)
    if found is None or any(other.value == found[1].value for other in literals):
        return None
    return found


def _tenfold(typed: Decimal, meant: Decimal) -> bool:
    """Whether a typed percentage is a named one with a zero left out or added, at the last
    place either is written to ("0,04" for "0,40", "4,5" for "0,45", "1,25" for "10,25")."""
    return meant in count_slips(typed, min(_exponent(typed), _exponent(meant)))


def _exponent(value: Decimal) -> int:
    """The place of a number's last written digit (-2 for 0,40)."""
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int)  # (percentages are finite)
    return exponent


def _message(literal: _Literal, name: str, percentage: WrittenNumber, tree: dict[str, Any],
             tables: Mapping[str, TableResult]) -> str:
    """The warning: what was typed, what the table computes, where, and how to name it."""
    shown = as_written(percentage).replace(NBSP, " ")
    return (f"procentsatsen '{literal.text}' i texten stämmer inte med den uträknade "
            f"{_kind(name, tables)} {shown}{on_row(name, tree, tables)} ({name}); menar texten "
            f"den, skriv {{{{ {name} }}}} så följer texten tabellen")


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


def _zero_slip(typed: Decimal, meant: Decimal) -> str:
    """How a percentage typed with a zero too few or too many becomes the named one."""
    if meant in (typed * 10, typed / 10):
        return "tio gånger så stor" if meant > typed else "en tiondel så stor"
    return f"med en nolla {'till' if meant > typed else 'mindre'}"


def _kind(name: str, tables: Mapping[str, TableResult]) -> str:
    """'förändringen', 'andelen' or 'kvoten', by the column the percentage is computed in."""
    match = _column().fullmatch(name)
    table = tables.get(match["table"]) if match else None
    column = next((c for c in table.spec.columns if c.key == match["column"]), None) \
        if table is not None and match else None
    if column is None:
        return "förändringen"
    return "andelen" if column.share_of else "kvoten" if column.ratio else "förändringen"

"""A warning where a sentence's parts after "varav" do not add up to its amount before it.

"fördela {{ belopp.ram }} i bidrag till studieförbunden 2024, varav {{ uppdelningar.
grundbidrag.summa }} i grundbidrag och {{ uppdelningar.volymbidrag.summa }} i volymbidrag"
printed "420 000 kr …, varav 249 000 kr i grundbidrag och 126 000 kr i volymbidrag", 375 000
kr in all, and no check said so (trial 76, F3: the split's summa was 294 000 typed 249 000).

A sentence (up to ".", "!" or "?" before a space or the end, or a blank line) is read where
"varav" (or "därav") stands after an amount and is followed by at least two amounts, the
last two joined by "och" or "samt": "X …, varav A … och B …". Each amount is a typed one
(`literal_amounts`) or a figure named with `{{ … }}` (its exact figure, whatever its filter
prints). The whole, X, is the last amount before "varav"; the parts are every amount after
it in the sentence. Their sum is X, to within half a step of the last digit of each amount
typed with decimals ("4,3 mnkr, varav 2,2 mnkr och 2,2 mnkr" may be exact; "10 mnkr,
varav 6 mnkr och 3 mnkr" is not); else a warning at X. An
approximate amount ("ca 4 mnkr") is left alone, and so are parts that say they are only
some ("varav bland annat", "bl.a.", "t.ex.", "till exempel", "exempelvis").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from decimal import Decimal
from functools import cache
from typing import Any, NamedTuple

from generator.checks.literal_amount import LiteralAmount
from generator.checks.literal_amounts_parts import SENTENCE_END, sentence_start
from generator.checks.report import Reporter
from generator.compute.prose_figures import figure_named
from generator.formatting import kr
from generator.problems import Loc, Problem
from generator.text.units import places


class _Amount(NamedTuple):
    """An amount of a sentence: where it starts and ends, its value in kronor, how far it
    may be from the exact amount (half its last step), and how a message shows it."""

    start: int
    end: int
    value: Decimal
    slack: Decimal
    shown: str
    approximate: bool = False


@cache
def _parts_word() -> re.Pattern[str]:
    return re.compile(r"\b(?:varav|därav)\b", re.IGNORECASE)


def _parts_words(text: str) -> list[re.Match[str]]:
    """What `_parts_word().finditer(text)` finds.

    For speed, the pattern is tried only where the lower-cased text holds "varav" or
    "därav" (no other character than their letters' capitals matches them when case is
    ignored): trying it at every character costs some 0.3 M instructions a long text. A
    text whose lower case is longer ("İ") is searched whole.
    """
    lowered = text.lower()
    if len(lowered) != len(text):
        return list(_parts_word().finditer(text))
    starts = sorted(at for word in ("varav", "därav") for at in places(lowered, word))
    return [match for at in starts if (match := _parts_word().match(text, at)) is not None]


@cache
def _some_only() -> re.Pattern[str]:
    """Words that say the parts are only some of the whole."""
    return re.compile(r"\b(?:bland annat|bl\.\s?a\.?|t\.\s?ex\.?|till exempel|exempelvis)",
                      re.IGNORECASE)


@cache
def _joined() -> re.Pattern[str]:
    return re.compile(r"\b(?:och|samt)\b")


@cache
def _reference() -> re.Pattern[str]:
    """A figure named in text, `{{ uppdelningar.grundbidrag.summa | mnkr }}` (group: name)."""
    return re.compile(r"\{\{\s*(?P<name>[\w.\[\]]+)\s*(?:\|[^{}]*)?\}\}")


def varav_problems(texts: Mapping[Loc, str], amounts: Mapping[Loc, Sequence[LiteralAmount]],
                   tree: dict[str, Any], report: Reporter) -> list[Problem]:
    """A warning at each whole that the parts after its "varav" do not add up to (amounts:
    the typed amounts of each text; tree: the figures as text names them)."""
    problems = []
    for loc, text in texts.items():
        if "varav" not in text and "därav" not in text:
            continue
        found = sorted([*_typed(amounts.get(loc, ())), *_named(text, tree)])
        for whole, parts in _sentences(text, found):
            total = sum((part.value for part in parts), Decimal(0))
            slack = whole.slack + sum((part.slack for part in parts), Decimal(0))
            if abs(total - whole.value) > slack:
                where = report.in_text(loc, text, whole.start, text[whole.start:whole.end])
                problems.append(report.problem(where, _message(whole, parts, total),
                                               "varning"))
    return problems


def _sentences(text: str, found: Sequence[_Amount]
               ) -> Iterator[tuple[_Amount, list[_Amount]]]:
    """Each whole and its parts, by the rule above."""
    for match in _parts_words(text):
        start = sentence_start(text, match.start())
        stop = SENTENCE_END.search(text, match.end())
        end = len(text) if stop is None else stop.start()
        before = [a for a in found if start <= a.start and a.end <= match.start()]
        parts = [a for a in found if match.end() <= a.start and a.end <= end]
        if not before or len(parts) < 2 or any(a.approximate for a in (before[-1], *parts)):
            continue
        if _some_only().search(text, match.end(), parts[0].start) \
                or not _joined().search(text, parts[-2].end, parts[-1].start):
            continue
        yield before[-1], parts


def _typed(literals: Sequence[LiteralAmount]) -> Iterator[_Amount]:
    """The typed amounts of a text: one written with decimals as a rounding, to within half
    its last step ("2,2 mnkr"), one without as exact ("6 mnkr", "420 000 kr")."""
    for literal in literals:
        slack = literal.precision / 2 if literal.decimals else Decimal(0)
        yield _Amount(literal.offset, literal.offset + len(literal.text), literal.value,
                      slack, f"'{literal.text}'", literal.approximate)


def _named(text: str, tree: dict[str, Any]) -> Iterator[_Amount]:
    """The figures a text names with `{{ … }}`, exactly."""
    if "{{" not in text:
        return
    for match in _reference().finditer(text):
        figure = figure_named(tree, match["name"])
        if figure is not None:
            yield _Amount(match.start(), match.end(), Decimal(figure.kronor), Decimal(0),
                          f"{{{{ {match['name']} }}}} ({kr(figure.kronor)})")


def _message(whole: _Amount, parts: Sequence[_Amount], total: Decimal) -> str:
    """The warning: the parts, their sum and the whole."""
    listed = ", ".join(part.shown for part in parts[:-1]) + f" och {parts[-1].shown}"
    return (f"delarna efter 'varav', {listed}, blir tillsammans {kr(total)}, inte "
            f"{whole.shown} som står före; rätta det belopp som är fel, eller skriv 'varav "
            "bland annat' om delarna inte är hela beloppet")

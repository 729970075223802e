"""A percentage a sentence writes beside a party of a split whose key is in percent (trial 90,
F6).

"Socialförvaltningen får 40,0 % av medlen." above a split whose key gives Socialförvaltningen
"45 %" passed in silence: a percentage typed in text is otherwise compared with the tables'
percentages only, and only one with decimals (`literal_percents`), since a whole "40 %" is as
often a rate the case sets. Beside the name of a party whose weight is a percentage, though,
it can hardly be anything but that party's share, so there it is read as one, whole or with
decimals, by the rules that pair an amount with a party (`literal_amounts_parties`):

* the split's weights are written in percent ("45 %"); the party is one party, not a group,
  and the only one of its name in such a split near the text (`figure_scopes`), or the case;
* the percentage stands at most `CLOSE_WORDS` words after the name, with no other name or
  percentage between, or names and as many percentages are joined in order ("… 45 %
  respektive 30 %");
* it is exact (no "ca", "drygt" …), no end of a range ("40–45 %") and no change: not right
  after "med" ("ökar med 5 %") nor before a comparison ("5 % mer", "procentenheter" is no
  percentage at all);
* it agrees where it is the weight rounded to its decimals ("45 %", "45,0 %", "18 %" for
  17,5 %), and is left alone where its sentence writes the weight too ("fick 40 % i fjol och
  får 45 % i år").

The case's text names no party's weight (`prose_figures`), so the warning says the weight as
the split writes it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from decimal import Decimal
from functools import cache
from typing import NamedTuple

from generator.case.models import Case
from generator.checks.figure_scopes import FigureScopes
from generator.checks.literal_amounts_parties import beside_names
from generator.checks.report import Reporter, point_place
from generator.formatting import APPROXIMATION, NBSP, WrittenNumber, as_written, decimals_of
from generator.problems import Loc, Problem


@cache
def _percent() -> re.Pattern[str]:
    """A percentage, whole or with decimals, before "%" or the word procent (group 1: the
    number), that is no end of a range."""
    return re.compile(r"(?<![\w.,–−-])(?<![–−-] )(\d{1,3}(?:,\d+)?)[ \u00a0]?(?:%|procent(?!\w))"
                      r"(?!\s?[–−-]\s?\d)")


@cache
def _before() -> re.Pattern[str]:
    """What before a percentage makes it no share: an approximation word, or "med" of a
    change ("ökar med 5 %")."""
    return re.compile(rf"(?<!\w)(?:{APPROXIMATION}|med)\s+$", re.IGNORECASE)


@cache
def _after() -> re.Pattern[str]:
    """What after a percentage makes it a comparison, no share ("5 % mer än i fjol")."""
    return re.compile(r"\s+(?:mer|mindre|fler|färre|högre|lägre|större)(?!\w)",
                      re.IGNORECASE)


class _Typed(NamedTuple):
    """A percentage typed in a text: as written, its value and where it starts."""

    text: str
    value: Decimal
    offset: int


class _Weight(NamedTuple):
    """A party's weight in percent in a split."""

    split: str
    value: Decimal


def party_percent_problems(case: Case, texts: Mapping[Loc, str], scopes: FigureScopes,
                           report: Reporter) -> list[Problem]:
    """Warn about a percentage beside a party's name that is not the party's weight in
    percent, by the rules above."""
    weights = _percent_weights(case)
    if not weights:
        return []
    problems = []
    for loc, text in texts.items():
        if "%" not in text and "procent" not in text:
            continue
        typed = list(_typed(text))
        for party, literal, sentence in beside_names(text, weights, typed):
            weight = _the_weight(weights[party], scopes.splits_near(loc))
            if weight is None or _agrees(literal.value, weight.value) \
                    or any(item.value == weight.value for item in sentence):
                continue
            where = report.in_text(loc, text, literal.offset, literal.text)
            problems.append(report.problem(
                where, _message(literal, party, weight, point_place(loc)), "varning"))
    return problems


def _percent_weights(case: Case) -> dict[str, list[_Weight]]:
    """Each party whose weight is written in percent, by name, with its weight in each
    split that has it (a group of parties has no name of its own)."""
    weights: dict[str, list[_Weight]] = {}
    for split in case.uppdelningar:
        for party in split.parter:
            if isinstance(party.namn, str) and party.percent and party.vikt is not None:
                weights.setdefault(party.namn, []).append(_Weight(split.namn, party.vikt))
    return weights


def _the_weight(weights: Sequence[_Weight], near: Sequence[str]) -> _Weight | None:
    """The party's one weight the text may mean: its only one, else its only one in a split
    near the text; None where that is not one."""
    if len(weights) > 1:
        weights = [weight for weight in weights if weight.split in near]
    return weights[0] if len(weights) == 1 else None


def _typed(text: str) -> Iterator[_Typed]:
    """Every exact percentage of text that may be a share, in text order."""
    for match in _percent().finditer(text):
        start = match.start()
        if _before().search(text, max(0, start - 20), start) or _after().match(text, match.end()):
            continue
        yield _Typed(match.group(), Decimal(match[1].replace(",", ".")), start)


def _agrees(typed: Decimal, weight: Decimal) -> bool:
    """Whether a typed percentage is the weight rounded to its decimals, either way on a
    half."""
    return abs(typed - weight) * 2 <= Decimal(1).scaleb(-decimals_of(typed))


def _message(literal: _Typed, party: str, weight: _Weight, place: str) -> str:
    """The warning: what was typed, the party's weight and in which split."""
    shown = as_written(WrittenNumber(weight.value, True)).replace(NBSP, " ")
    return (f"procentsatsen '{literal.text}' i {place} står vid '{party}', men '{party}' har "
            f"vikten {shown} i uppdelningen '{weight.split}'; skriv {shown} i {place}, eller "
            "rätta vikten i uppdelningen om det är den som är fel")

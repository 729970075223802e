"""Warnings where a reference's own sign meets a sign the text gives it (trial 85, F4, F5).

A reference prints its figure as the table shows it: "−150 mnkr", and "+80 mnkr" in a column
with `plustecken: ja`. Text that gives the sign as well prints it twice:

* a word that calls the amount negative (`sign_words`: "en negativ prognosavvikelse på
  {{ tabeller.prognos.avvikelse }}") before a figure that prints with its own minus gives
  "negativ prognosavvikelse på −150 mnkr"; the warning offers `| utan_tecken`, which the
  handbook describes for exactly this sentence (`unsigned_refs` warns the other way round,
  where the filter drops the sign of a positive figure);
* a word that says the amount grows, and "med" or "på", right before a figure printed with
  its plus ("höjs med {{ tabeller.taxa.rader[0].andring }}" in a column with `plustecken:
  ja`) gives "höjs med +30 kr" (trial 86, F6); the warning offers `| utan_tecken`;
* a sign typed right before `{{` ("+{{ tabeller.prognos.bokslut }}") gives "+−70 mnkr" for
  a negative figure; where it prints right today only because of the figure's sign, it goes
  wrong when the table changes. The warning says to remove the sign (and `| utan_tecken`
  with it), and, for a "+" before a table's figure, to give the column `plustecken: ja`, so
  that the reference prints the sign as the table does.

The texts are those of the case's text fields and its tables' text cells, as written; what
a reference prints is asked of the text renderer (`printed`), so the message shows what the
document says.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from functools import cache
from typing import Any

from generator.checks.report import Reporter
from generator.checks.sign_words import may_say_negative, negative_word
from generator.compute.prose_figures import figure_named
from generator.problems import Loc, Problem

Printed = Callable[[str], str]
"""What one `{{ … }}` prints alone ("" where it prints nothing: its own error says why)."""


@cache
def _reference() -> re.Pattern[str]:
    """A reference (group name: the figure's name; filters: ` | mnkr(2)` and the like) with
    the sign typed right before it, if any (group sign: after the start, a space or a
    bracket, so that "2019–{{ … }}", a range, is no sign)."""
    return re.compile(r"(?:(?<![^\s(\[])(?P<sign>[+\-\u2212\u2013]))?"
                      r"\{\{\s*(?P<name>[^{}|]+?)\s*(?P<filters>\|[^{}]*?)?\s*\}\}")


@cache
def _own_sign() -> re.Pattern[str]:
    """A printed figure that carries its own sign, after a "ca" its filter may write."""
    return re.compile(r"(?:ca\s)?(?P<sign>[+\-\u2212])")


def reference_sign_problems(texts: Mapping[Loc, str], printed: Printed,
                            figures: dict[str, Any], report: Reporter) -> list[Problem]:
    """A warning at each reference whose sign the text also gives, in words or typed
    (figures: the figures as text names them, `prose_figures`)."""
    problems = []
    for loc, text in texts.items():
        for match in _references(text):
            shown = printed(match.group()[len(match["sign"] or ""):])
            message = _typed_sign(match, shown, printed, figures) if match["sign"] \
                else _said_negative(match, text, shown, printed) \
                or _said_raised(match, text, shown, printed)
            if message is not None:
                where = report.in_text(loc, text, match.start(), match.group())
                problems.append(report.problem(where, message, "varning"))
    return problems


def _references(text: str) -> Iterator[re.Match[str]]:
    """The references of a text that may have a sign beside them: each with a sign typed
    before it, each where the text has a word saying 'negative', and each right after a
    word that may say it grows (most texts have none of these)."""
    if "{{" not in text:
        return iter(())
    negative = may_say_negative(text)
    lowered = text.lower()
    raised = "höj" in lowered or "ök" in lowered
    return (match for match in _reference().finditer(text)
            if match["sign"] or negative or (raised and _may_say_raised(text, match)))


def _may_say_raised(text: str, match: re.Match[str]) -> bool:
    """Whether the text may say right before the reference that it grows."""
    before = text[max(0, match.start() - _RAISED_BACK):match.start()].lower()
    return "höj" in before or "ök" in before


def _said_negative(match: re.Match[str], text: str, shown: str,
                   printed: Printed) -> str | None:
    """The warning for a figure printed with its minus where the text calls it negative, or
    None."""
    own = _own_sign().match(shown)
    if own is None or own["sign"] == "+" or "utan_tecken" in (match["filters"] or ""):
        return None
    word = negative_word(text, match.start(), match.end())
    if word is None:
        return None
    return _twice(match, shown, printed, f"minustecken, '{_plain(shown)}', men texten säger "
                  f"redan att beloppet är negativt ('{word}')")


def _said_raised(match: re.Match[str], text: str, shown: str,
                 printed: Printed) -> str | None:
    """The warning for a figure printed with its plus right after words saying it grows
    ("höjs med"), or None."""
    own = _own_sign().match(shown)
    if own is None or own["sign"] != "+" or "utan_tecken" in (match["filters"] or ""):
        return None
    said = _raised().search(text, max(0, match.start() - _RAISED_BACK), match.start())
    if said is None:
        return None
    return _twice(match, shown, printed, f"plustecken, '{_plain(shown)}', men texten säger "
                  f"redan att beloppet ökar ('{said.group().strip()}')")


_RAISED_BACK = 40  # characters before a reference its "höjs med" may begin within


@cache
def _raised() -> re.Pattern[str]:
    """Words saying an amount grows, and "med" or "på", ending where a reference begins
    ("höjs med ", "ökningen på ")."""
    return re.compile(r"(?<![^\W\d_])(?:höj|ök)[^\W\d_]*\s+(?:med|på)\s*$", re.IGNORECASE)


def _twice(match: re.Match[str], shown: str, printed: Printed, said: str) -> str:
    """The warning for a sign printed twice, `said` telling what the reference prints and
    what the text says, offering `| utan_tecken`."""
    unsigned = f"{{{{ {match['name']} | utan_tecken{_spaced(match['filters'])} }}}}"
    return (f"{match.group()} skrivs med {said}, så det blir dubbelt; skriv {unsigned}, som "
            f"skriver '{_plain(printed(unsigned))}'")


def _typed_sign(match: re.Match[str], shown: str, printed: Printed,
                figures: dict[str, Any]) -> str | None:
    """The warning for a sign typed right before a reference, or None where it prints right
    and cannot go wrong (a positive amount the case states)."""
    sign, name = match["sign"], match["name"]
    reference = match.group()[len(sign):]
    figure = figure_named(figures, name)
    if figure is None or not shown:
        return None
    value = figure.kronor
    unsigned = "utan_tecken" in (match["filters"] or "")
    plus = sign == "+"
    wrong = bool(_own_sign().match(shown)) or (value < 0 if plus else value > 0)
    if not wrong and not name.startswith("tabeller.") and not unsigned:
        return None
    head = f"ger '{sign}{_plain(shown)}' i dokumentet" if wrong else \
        f"stämmer bara så länge beloppet är {'positivt' if plus else 'negativt'}"
    remove = f"ta bort '{sign}'" + (" och '| utan_tecken'" if unsigned else "")
    column = _plus_column(name) if plus and not figure.plus else None
    hint = "" if column is None else (
        f", och skriv 'plustecken: ja' på kolumnen '{column[1]}' i tabellen '{column[0]}', "
        "så får ett positivt belopp sitt plustecken som i tabellen")
    return (f"tecknet '{sign}' före {reference} {head}: hänvisningen skriver själv "
            f"beloppets tecken; {remove}{hint}")


def _plus_column(name: str) -> tuple[str, str] | None:
    """The table and the column of a table's figure (`tabeller.prognos.delar`:
    ('prognos', 'delar')), or None for a figure of no table's column."""
    steps = name.split(".")
    if steps[0] != "tabeller" or len(steps) < 3 or "[" in steps[-1] or steps[-1] == "summa":
        return None  # (summa: the first column's total, whichever that is)
    return steps[1], steps[-1]


def _spaced(filters: str | None) -> str:
    """The filters after a reference's name as they follow `| utan_tecken` (" | mnkr")."""
    return f" {filters.strip()}" if filters else ""


def _plain(shown: str) -> str:
    """A printed figure with plain spaces, as a message quotes it."""
    return shown.replace("\u00a0", " ")

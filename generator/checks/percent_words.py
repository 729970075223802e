"""A text that types a percentage with the word beside one it names printed with the sign
(trial 63, F4: "höjs från 25 procent till {{ … }}" printed "från 25 procent till 35 %").

The document writes a percentage that text names by the house style, "35 %", or "35 procent"
with `procent_i_lopande_text: ja`; a percentage the case types stays as typed. Where one text
types "25 procent" and a `{{ … }}` in the same text prints "35 %" (or, with the setting ja,
types "25 %" beside a printed "35 procent"), the check warns once per file, at the first such
text, with how many there are: the setting is the way to one style. So it does where the
`{{ … }}` stands in another text of the document (trial 94, F7: a proposal's typed "4,5
procent" right above the decision's printed "4,5 %"), as "kronor" beside "kr" is warned
about. Conservative: only a typed number right before the word or the sign, outside a
quotation (`text.quotations`: a quoted source keeps its words), in a document where a
`{{ … }}` prints a percentage alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from typing import Final, NamedTuple

from generator.checks.report import Reporter
from generator.formatting import NBSP
from generator.problems import Loc, Position, Problem
from generator.text.quotations import unquoted
from generator.text.signs import outside_shielded

_TYPED: Final = {
    "procent": re.compile(r"(?<![\w.,])\d+(?:,\d+)?[ \u00a0]procent(?!\w)"),
    "%": re.compile(r"(?<![\w.,])\d+(?:,\d+)?[ \u00a0]?%(?![\w%])"),
}
"""A percentage typed with the word or with the sign, by the unit it is typed with."""
_REFERENCE: Final = re.compile(r"\{\{.*?\}\}", re.DOTALL)
_PRINTED: Final = re.compile(r"\d[ \u00a0](?:%|procent)$")
"""What a `{{ … }}` that names a percentage prints: "35 %" or "35 procent"."""


class _Mixed(NamedTuple):
    """A text that types a percentage one way beside a named one printed the other way."""

    position: Position
    typed: str
    reference: str
    printed: str
    same_text: bool = True


def percent_word_problems(texts: Mapping[Loc, str], printed: Callable[[str], str],
                          in_words: bool, report: Reporter) -> list[Problem]:
    """Warn, once for the file, about texts that type a percentage with the unit the house
    style does not print ("25 procent" where a `{{ … }}` prints "35 %"; in_words:
    `procent_i_lopande_text: ja`, the reverse). printed: what one `{{ … }}` prints alone."""
    unit = "%" if in_words else "procent"
    shown = {loc: prints for loc, text in texts.items()
             if (prints := _printed_other(text, unit, printed)) is not None}
    if not shown:
        return []
    elsewhere = next(iter(shown.values()))
    mixed = [found for loc, text in texts.items()
             if (found := _mixed(loc, text, unit, shown.get(loc), elsewhere, report))
             is not None]
    if not mixed:
        return []
    first = min(mixed)
    message = _advice(first, in_words)
    if len(mixed) > 1:
        lines = sorted(found.position.line for found in mixed)
        message += f"; det gäller {len(mixed)} texter på rad {lines[0]}\u2013{lines[-1]}"
    return [report.problem(first.position, message, "varning")]


def _printed_other(text: str, unit: str, printed: Callable[[str], str]) -> tuple[str, str] | None:
    """The first `{{ … }}` of a text that prints a percentage alone with the other unit than
    `unit`, and what it prints; None where there is none."""
    if "{{" not in text:
        return None
    for reference in references(text):
        shown = printed(reference)
        if _PRINTED.search(shown) and not shown.endswith(unit):
            return " ".join(reference.split()), shown
    return None


def _mixed(loc: Loc, text: str, unit: str, own: tuple[str, str] | None,
           elsewhere: tuple[str, str], report: Reporter) -> _Mixed | None:
    """The first percentage a text types with `unit` (a `{{ … }}` of its `own` or one
    `elsewhere` in the document prints one with the other unit); None where there is none."""
    if unit not in text:
        return None
    typed = next(unquoted(outside_shielded(_TYPED[unit], text), text), None)
    if typed is None:
        return None
    where = report.in_text(loc, text, typed.start(), typed.group())
    reference, shown = own or elsewhere
    return _Mixed(where, typed.group(), reference, shown, own is not None)


def references(text: str) -> Iterator[str]:
    """Every `{{ … }}` of a text."""
    return (match.group() for match in _REFERENCE.finditer(text))


def _advice(mixed: _Mixed, in_words: bool) -> str:
    typed, printed = (mixed.typed.replace(NBSP, " "), mixed.printed.replace(NBSP, " "))
    number = typed.removesuffix("procent").removesuffix("%").strip()
    if mixed.same_text:
        start = f"'{typed}' står i samma text som {mixed.reference}, som dokumentet skriver " \
                f"'{printed}'; "
    else:
        written = "med tecknet" if in_words else "med ord"
        start = f"'{typed}' är skrivet {written}, men dokumentet skriver {mixed.reference} " \
                f"som '{printed}' i en annan text; "
    if in_words:
        return (start + f"skriv '{number} procent' (procent_i_lopande_text: ja skriver "
                "procent med ord i löpande text), eller procent_i_lopande_text: nej i ärendet "
                "om texten ska skriva %")
    return (start + "skriv procent_i_lopande_text: ja i ärendet, så skrivs procentsatserna "
            f"i löpande text med ord (tabellerna behåller %), eller skriv '{number} %'")

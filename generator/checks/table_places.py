"""A warning where a section's text points up to its table printed below it, or down to one
printed above it (trial 37: "Tabellen ovan visar …" before the table).

A section prints its `text`, then its table (`tabell`), then its `text_efter`, then its own
sections. "tabellen ovan" (or "ovanstående tabell") in the `text` of a section with a table,
and "tabellen nedan" in its `text_efter`, point away from the table beside them: a warning.
Only a text that points both ways ("tabellen ovan … tabellen nedan"), where another table is
printed on the far side, contrasts two tables and is left alone; so is every text of a
section without a table (which table it means is not certain).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Final, NamedTuple

from generator.case.models import Case, Section
from generator.checks.report import Reporter
from generator.problems import Loc, Problem

NOT_A_TABLE: Final = "medelslista"
"""The one `tabell` that prints a list, not a table."""
_POINTING: Final = {
    "ovan": re.compile(r"(?i)\b(?:tabell(?:en|erna)?\s+(?:här\s+)?ovan|ovanstående\s+tabell"
                       r"(?:en|er|erna)?)\b"),
    "nedan": re.compile(r"(?i)\b(?:tabell(?:en|erna)?\s+(?:här\s+)?nedan|nedanstående\s+tabell"
                        r"(?:en|er|erna)?)\b"),
}
_OTHER: Final = {"ovan": "nedan", "nedan": "ovan"}


class _Part(NamedTuple):
    """A text of the document in print order, and whether it stands before or after its
    section's table (None: the section has none)."""

    loc: Loc
    text: str
    table: str | None
    """'nedan' where the section's table is below the text, 'ovan' where it is above."""


def table_place_problems(case: Case, report: Reporter) -> list[Problem]:
    """A warning at each 'tabellen ovan' before its section's table and each 'tabellen
    nedan' after it, unless the text points both ways and may mean another table."""
    parts = list(_parts(case.avsnitt, ("avsnitt",)))
    # (a table is printed just before the `text_efter` of its section)
    tables = [index for index, part in enumerate(parts) if part.table == "ovan"]
    problems = []
    for index, part in enumerate(parts):
        if part.table is None:
            continue
        wrong = _OTHER[part.table]  # (the word pointing away from the section's table)
        beyond = any(t < index if wrong == "ovan" else t > index for t in tables)
        if beyond and _POINTING[part.table].search(part.text):
            continue  # (it contrasts its own table with another)
        for match in _POINTING[wrong].finditer(part.text):
            problems.append(report.problem(
                report.in_text(part.loc, part.text, match.start(), match.group()),
                _message(match.group(), wrong), "varning"))
    return problems


def _parts(sections: Sequence[Section], loc: Loc) -> Iterator[_Part]:
    """The texts of the sections in print order, each with its place beside its table."""
    for index, section in enumerate(sections):
        here = (*loc, index)
        table = bool(section.tabell) and section.tabell != NOT_A_TABLE
        yield _Part((*here, "text"), section.text, "nedan" if table else None)
        yield _Part((*here, "text_efter"), section.text_efter, "ovan" if table else None)
        yield from _parts(section.avsnitt, (*here, "avsnitt"))


def _message(written: str, wrong: str) -> str:
    """What is wrong and the words to write instead ('Tabellen nedan' for 'Tabellen ovan')."""
    right = _OTHER[wrong]
    meant = re.sub(wrong, lambda m: right.capitalize() if m.group()[0].isupper() else right,
                   written, flags=re.IGNORECASE)
    where = "under" if wrong == "ovan" else "över"
    return (f"texten hänvisar till '{written}', men avsnittets tabell står {where} texten; "
            f"skriv '{meant}'")

"""Which computed figures a text of a section is near, and which lie under another heading.

A typed amount is compared with every figure, but a figure in a table under another heading
is seldom what it means (trial 37: "150 Mkr" in the section on 2014 was offered a row of the
table of 2015). The document's parts are its headings: a section with a heading starts one,
a section without one continues the part before it (its previous sibling's, else its
parent's, else the document's). A table belongs to the part of each section that shows it,
and a figure of a table (`tabeller.<namn>…`, or a split's shown with `tabell: uppdelning`,
`uppdelningar.<namn>…`) lies apart from a text when no part that shows its table is the
text's own part, one above it, one under it or a subsection beside it under the same heading
(trial 40: a report's commentary stands in its own subsection next to the table's). Every
other figure, and every figure for a text outside the sections (a proposal's points), is
near.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from generator.case.models import Case, Section
from generator.checks.figure_index import FigureIndex
from generator.formatting import Kronor
from generator.problems import Loc

Part = tuple[int, ...]
"""A part of the document: the place of its headed section among the sections (`(1, 0)` is
the first subsection of the second), `()` the document before its first heading."""

_TABLE: re.Pattern[str] = re.compile(r"(?:tabeller|uppdelningar)\.[^.\[\]]+")
"""The table a figure's name begins with: `tabeller.prognos` of `tabeller.prognos.summa`."""


class FigureScopes:
    """The parts of a case's document, for splitting its figures by text."""

    def __init__(self, case: Case, figures: Mapping[str, Kronor]) -> None:
        self._figures = figures
        self._parts: dict[Part, Part] = {}
        self._shown: dict[str, set[Part]] = {}
        self._headings: dict[Part, str] = {}
        self._split: dict[Part, tuple[FigureIndex, FigureIndex] | None] = {}
        self._near: dict[Part, list[str]] = {}
        self._below: dict[tuple[int, ...], str] = {}
        self._walk(case.avsnitt, (), ())

    def split(self, loc: Loc) -> tuple[FigureIndex, FigureIndex] | None:
        """The figures near a text at loc and those apart from it, or None if none is apart."""
        part = self._part_of(loc)
        if part is None:
            return None
        if part not in self._split:
            tables = self._tables_apart(part)
            self._split[part] = self._split_by(tables) if tables else None
        return self._split[part]

    def _tables_apart(self, part: Part) -> set[str]:
        """The tables shown, and only in parts apart from `part` (`tabeller.prognos`)."""
        return {table for table, shown in self._shown.items()
                if not any(_related(part, other) for other in shown)}

    def _split_by(self, tables: set[str]) -> tuple[FigureIndex, FigureIndex]:
        """The figures of no table in tables, and those of them."""
        near: dict[str, Kronor] = {}
        apart: dict[str, Kronor] = {}
        for name, value in self._figures.items():
            table = _TABLE.match(name)
            (apart if table and table.group() in tables else near)[name] = value
        return FigureIndex(near), FigureIndex(apart)

    def tables_near(self, loc: Loc) -> list[str]:
        """The general tables shown under a text's heading, above it or under it, by name
        (none for a text outside the sections)."""
        return self._shown_near(loc, "tabeller.")

    def splits_near(self, loc: Loc) -> list[str]:
        """The splits shown (`tabell: uppdelning`) near a text, as `tables_near`, by name."""
        return self._shown_near(loc, "uppdelningar.")

    def splits_apart(self, loc: Loc) -> list[str]:
        """The splits shown only under other headings than a text's, by name (none for a
        text outside the sections)."""
        part = self._part_of(loc)
        return [] if part is None else [table.removeprefix("uppdelningar.") for table
                                        in self._tables_apart(part)
                                        if table.startswith("uppdelningar.")]

    def totals_near(self, loc: Loc) -> tuple[list[str], list[str]]:
        """The general tables and the splits whose totals a text at loc may state, by name:
        those near it, or where none is and the document shows one general table and
        nothing else, that table (trial 70, F3: "fördelning av totalt 375 000 kronor" under
        "Ärendet", the one table of 332 000 kr under the proposal's heading). A split is
        still compared under its own heading only, as before."""
        tables, splits = self.tables_near(loc), self.splits_near(loc)
        if tables or splits or self._part_of(loc) is None or len(self._shown) != 1:
            return tables, splits
        (only,) = self._shown
        kind, _, name = only.partition(".")
        return ([name] if kind == "tabeller" else []), []

    def _shown_near(self, loc: Loc, kind: str) -> list[str]:
        """The tables of a kind (`tabeller.`, `uppdelningar.`) shown near a text, by name."""
        part = self._part_of(loc)
        if part is None:
            return []
        if part not in self._near:
            self._near[part] = [table for table, shown in self._shown.items()
                                if any(_related(part, s) for s in shown)]
        return [table.removeprefix(kind) for table in self._near[part]
                if table.startswith(kind)]

    def table_below(self, loc: Loc) -> str | None:
        """The table a section shows right after a text at loc (its `text`, not
        `text_efter`), by name, or None."""
        if loc[:1] != ("avsnitt",) or loc[-1] != "text":
            return None
        return self._below.get(tuple(step for step in loc[1::2] if isinstance(step, int)))

    def heading_apart(self, loc: Loc, name: str) -> str | None:
        """The heading a figure's table is shown under (the first, if under several) when
        the figure lies apart from a text at loc, else None."""
        part = self._part_of(loc)
        table = _TABLE.match(name)
        if part is None or table is None or table.group() not in self._tables_apart(part):
            return None
        return next(self._headings[shown] for shown in sorted(self._shown[table.group()]))

    def _walk(self, sections: Iterable[Section], at: Part, part: Part) -> None:
        """Record the part of every section under `at`, whose own part is `part`."""
        for index, section in enumerate(sections):
            here = (*at, index)
            if section.rubrik:
                part = here
                self._headings[here] = section.rubrik
            self._parts[here] = part
            for table in _tables_shown(section):
                self._shown.setdefault(table, set()).add(part)
            if section.tabell and section.text:
                self._below[here] = section.tabell
            self._walk(section.avsnitt, here, part)

    def _part_of(self, loc: Loc) -> Part | None:
        """The part of the section a text at loc is in; None for a text outside sections."""
        if loc[:1] != ("avsnitt",):
            return None
        at = tuple(step for step in loc[1::2] if isinstance(step, int))
        return self._parts.get(at)


def _related(one: Part, other: Part) -> bool:
    """Whether one part is the other, lies under it or above it, or is a subsection beside
    it under the same heading (trial 40: a table in "2.1.1 Prognos BUN" and its commentary
    in "2.1.2 Helårsprognos")."""
    if len(one) == len(other) > 1 and one[:-1] == other[:-1]:
        return True
    return one[: len(other)] == other or other[: len(one)] == one


def _tables_shown(section: Section) -> list[str]:
    """The table a section shows, as the figures' names begin: `tabeller.prognos`."""
    if section.tabell == "uppdelning" and section.uppdelning:
        return [f"uppdelningar.{section.uppdelning}"]
    return [f"tabeller.{section.tabell}"] if section.tabell else []

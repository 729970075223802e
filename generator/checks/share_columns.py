"""Checks of a table's computed share columns (`typ: andel`) and what belongs to them only.

* a share column names, in `av`, an amount or count column of the same table to compute its
  shares of, a summed one (a misspelt name gets a suggestion; a column of another kind is
  named with its kind: trial 94, F6; one with 'summeras: nej' has no total to share);
* `av` belongs to a share column only, `decimaler` to a share, change, ratio or number
  column (`typ: forandring`, `typ: kvot`, `typ: tal`), and is 0–3 (a number column's may be
  'som skrivet' too: each number shown as written);
* a share column is computed: a row that gives it a value is reported at the value.

(A zero total or a negative amount is found when the shares are computed, `compute.shares`.)
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.case.suggest import did_you_mean
from generator.case.table_models import (
    AS_WRITTEN,
    CHANGE,
    RATIO,
    SUMMED,
    GeneralTable,
    TableColumn,
)
from generator.checks.report import Reporter
from generator.checks.table_rows import placed_rows
from generator.problems import Loc, Problem

_PLACES = range(4)
_PERCENTAGES = ("andel", CHANGE, RATIO, "tal")
"""The kinds of column with `decimaler`: those computed as percentages, and a number column,
which shows its numbers with them (trial 49, F8)."""


def share_column_problems(table: GeneralTable, loc: Loc, report: Reporter) -> list[Problem]:
    """Every problem of the table's share columns and of `av`/`decimaler` elsewhere."""
    problems = []
    for index, column in enumerate(table.kolumner):
        here = (*loc, "kolumner", index)
        message, key = _problem(column, table.kolumner)
        if message:
            problems.append(report.problem(report.at((*here, key)), message))
        wrong = _wrong_places(column)
        if wrong:
            problems.append(report.problem(report.at((*here, "decimaler")), wrong))
    shares = {c.namn for c in table.kolumner if c.typ == "andel"}
    for row_loc, row in placed_rows(table.rader, (*loc, "rader")):
        problems += [report.problem(report.at((*row_loc, key)), (
            f"andelen i '{key}' räknas ut, ta bort värdet"))
            for key, value in (row.model_extra or {}).items()
            if key in shares and value not in (None, "")]
    return problems


def _wrong_places(column: TableColumn) -> str:
    """What is wrong with the `decimaler` of a column that may have them, if anything: a
    number column's are 0–3 or 'som skrivet', a percentage column's 0–3."""
    places = column.decimaler
    if places is None or places in _PLACES or column.typ not in _PERCENTAGES:
        return ""
    if column.typ == "tal":
        return "" if places == AS_WRITTEN else \
            f"'decimaler' ska vara 0, 1, 2, 3 eller 'som skrivet', inte {places}"
    if places == AS_WRITTEN:
        return (f"'decimaler: {AS_WRITTEN}' hör till en kolumn med 'typ: tal'; procenten i en "
                "kolumn som räknas ut visas med 0, 1, 2 eller 3 decimaler")
    return f"'decimaler' ska vara 0, 1, 2 eller 3, inte {places}"


def _problem(column: TableColumn, columns: Sequence[TableColumn]) -> tuple[str, str]:
    """What is wrong with the column's `typ`, `av` and `decimaler` together, and where."""
    if column.typ != "andel":
        return _not_share(column)
    usable = [c.namn for c in columns if c.typ in SUMMED and c.summeras]
    example = f"av: {usable[0] if usable else 'belopp'}"
    if column.av is None:
        return (f"kolumnen '{column.namn}' har 'typ: andel' men inte 'av', skriv vilken "
                f"belopps- eller antalskolumn andelarna räknas av, t.ex. '{example}'", "typ")
    if column.av in usable:
        return "", ""
    named = next((c for c in columns if c.namn == column.av), None)
    start = f"'{column.av}' är ingen kolumn i tabellen" if named is None else \
        f"kolumnen '{column.av}' har {_kind(named)}"
    if named is not None and named.typ in SUMMED:  # (not summed: no total to share)
        return (f"kolumnen '{column.av}' har 'summeras: nej', och andelarna räknas av "
                "kolumnens summa; ta bort 'summeras: nej' eller räkna andelarna av en annan "
                "kolumn", "av")
    if not usable:
        return (f"{start}, och andelar räknas bara av en kolumn med 'typ: belopp' eller 'typ: "
                "antal', som tabellen inte har; skriv andelarna själv i en kolumn med 'typ: "
                "tal', eller lägg till kolumnen de räknas av", "av")
    suggestion = did_you_mean(column.av, usable) if named is None else ""
    hint = f"menade du '{suggestion}'?" if suggestion else f"skriv '{example}'" \
        if len(usable) == 1 else f"de kolumnerna är: {', '.join(usable)}"
    return (f"{start}; andelar räknas av en kolumn med 'typ: belopp' eller 'typ: antal', "
            f"{hint}", "av")


def _kind(column: TableColumn) -> str:
    """A column's kind as the case gives it: "'typ: tal'", or that it has none and is text."""
    return f"'typ: {column.typ}'" if "typ" in column.model_fields_set \
        else "ingen 'typ' och är en textkolumn"


def _not_share(column: TableColumn) -> tuple[str, str]:
    """What is wrong with `av` or `decimaler` on a column that is no share column."""
    extra = "av" if column.av is not None else "decimaler" \
        if column.decimaler is not None and column.typ not in _PERCENTAGES else ""
    if not extra:
        return "", ""
    if extra == "decimaler" and column.typ == "antal":  # (trial 85, F9: boat lengths)
        return ("'decimaler' hör till en kolumn med 'typ: tal': ett antal visas med lika "
                "många decimaler som kolumnens mest exakta; är talen mått och inte antal, "
                "som längder eller timmar, skriv 'typ: tal', så visar 'decimaler: som "
                "skrivet' 8, 10 och 12,5 som du skriver dem, annars ta bort 'decimaler'",
                extra)
    return (f"'{extra}' hör till en kolumn med 'typ: andel', skriv 'typ: andel' om "
            f"kolumnen ska visa andelar, annars ta bort '{extra}'", extra)

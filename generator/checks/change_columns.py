"""Checks of a table's computed change columns (`typ: forandring`) and of what is stated in them.

* a change column names, in `fran` and `till`, two amount columns of the same table, or two
  count columns (`typ: antal`: a change of invånare is real, and is computed alike), neither
  the column itself (a misspelt name gets a suggestion); `fran` and `till` belong to a change
  column only (`decimaler`, 0–3, is checked with the share columns' in `share_columns`);
* a percentage a secretary types in a change column (the published one) is checked against
  the computed change of its row: it is right when the change, rounded to the decimals the
  percentage is written with, is it ("12 %" for 12,4 %). "–" is right where there is no
  change (a base of 0). A value that is no number is reported as in a `typ: tal` column.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from generator.case.models import Case
from generator.case.money import AmountError, parse_number
from generator.case.suggest import did_you_mean
from generator.case.table_models import CHANGE, COUNT, GeneralTable, TableColumn
from generator.checks.report import Reporter
from generator.checks.table_rows import placed_rows
from generator.compute.changes import change
from generator.compute.tables import ColumnSpec, RowResult, TableResult, bare_header, every_row
from generator.formatting import WrittenNumber, as_written
from generator.problems import Loc, Problem

NO_CHANGE = ("–", "-", "—", "−")
"""What a secretary types for "no change can be computed": a dash of any length."""
_ENDS = ("fran", "till")


def change_column_problems(table: GeneralTable, loc: Loc, report: Reporter) -> list[Problem]:
    """Every problem of the table's change columns' `fran` and `till`, and of those keys on
    other columns."""
    kinds = {c.namn: c.typ for c in table.kolumner}
    problems = []
    for index, column in enumerate(table.kolumner):
        here = (*loc, "kolumner", index)
        problems += [report.problem(report.at((*here, key)), message)
                     for message, key in _problems(column, kinds)]
    return problems


def _problems(column: TableColumn, kinds: Mapping[str, str]) -> list[tuple[str, str]]:
    """What is wrong with the column's `typ`, `fran` and `till` together, and where (`kinds`:
    the type of each column of the table, by name)."""
    amounts = [name for name, kind in kinds.items() if kind == "belopp"]
    counts = [name for name, kind in kinds.items() if kind == COUNT]
    given = {key: getattr(column, key) for key in _ENDS if getattr(column, key) is not None}
    if column.typ != CHANGE:
        return [(f"'{key}' hör till en kolumn med 'typ: forandring', skriv 'typ: forandring' "
                 f"om kolumnen ska visa förändringen i procent, annars ta bort '{key}'", key)
                for key in given]
    missing = [key for key in _ENDS if key not in given]
    if missing:
        return [(f"kolumnen '{column.namn}' har 'typ: forandring' men inte "
                 f"{' och '.join(repr(k) for k in missing)}, skriv vilka beloppskolumner "
                 f"förändringen räknas från och till, t.ex. {_example(amounts, given)}",
                 "typ")]
    if all(given[key] in counts for key in _ENDS):
        return _same_ends(column)  # (two count columns: a change of invånare is real)
    found = [(_not_an_end(column.namn, key, given, kinds), key) for key in _ENDS
             if given[key] not in counts]
    found = [(message, key) for message, key in found if message]
    for key in (k for k in _ENDS if given[k] in counts and not found):
        found = [(f"'{given[key]}' i '{key}' är en antalskolumn (typ: antal) men den andra "
                  "är en beloppskolumn; förändringen räknas mellan två kolumner av samma typ, "
                  f"två med 'typ: belopp' eller två med 'typ: antal'", key)]
    if not found and column.fran == column.till:
        found = [(f"'fran' och 'till' är båda '{column.till}', så förändringen blir alltid 0; "
                  f"skriv två olika beloppskolumner, t.ex. "
                  f"{_example(amounts, {'till': column.till})}", "till")]
    return found


def _same_ends(column: TableColumn) -> list[tuple[str, str]]:
    """`fran` and `till` naming one column: the change is always 0."""
    if column.fran != column.till:
        return []
    return [(f"'fran' och 'till' är båda '{column.till}', så förändringen blir alltid 0; "
             "skriv två olika kolumner", "till")]


BETWEEN = "två kolumner med 'typ: belopp' eller två med 'typ: antal'"
"""What a change is computed between: every kind of column it works with (trial 36, F2: a
message that named belopp only hid that two count columns work too)."""


def _not_an_end(own: str, key: str, given: Mapping[str, str], kinds: Mapping[str, str]) -> str:
    """Why the column named in `key` cannot be what a change is computed from or to (or ''):
    it is the column itself, a column of another kind, or none; with the columns it may be."""
    name = given[key]
    amounts = [column for column, kind in kinds.items() if kind == "belopp"]
    if name in amounts:
        return ""
    if name == own:
        others = {end: written for end, written in given.items() if end != key}
        return (f"'{name}' i '{key}' är kolumnen själv; förändringen räknas mellan "
                f"{BETWEEN.replace('två kolumner', 'två andra kolumner')}, t.ex. "
                f"{_example(amounts, others)}")
    what = f"är en kolumn med 'typ: {kinds[name]}'" if name in kinds else \
        "är ingen kolumn i tabellen"
    return f"'{name}' i '{key}' {what}; förändringen räknas mellan {BETWEEN}; {_ends(name, kinds)}"


def _ends(name: str, kinds: Mapping[str, str]) -> str:
    """The columns a change may be computed between, by kind, or the one meant by a
    misspelt name."""
    summed = {kind: [column for column, typ in kinds.items() if typ == kind]
              for kind in ("belopp", COUNT)}
    suggestion = None if name in kinds else did_you_mean(name, [*summed["belopp"],
                                                                *summed[COUNT]])
    if suggestion:
        return f"menade du '{suggestion}'?"
    named = [f"{word}kolumnerna är: {', '.join(summed[kind])}"
             for kind, word in (("belopp", "belopps"), (COUNT, "antals")) if summed[kind]]
    return "; ".join(named) or "tabellen har ingen sådan kolumn, lägg till två"


def _example(amounts: Sequence[str], written: Mapping[str, str | None] | None = None) -> str:
    """How `fran` and `till` are written, with the table's amount columns where it has two:
    an amount column already written in one of them is kept, and the other is the amount
    column next to it in the table (the one before 'till', the one after 'fran')."""
    kept = {end: name for end, name in (written or {}).items()
            if name is not None and name in amounts}
    if "till" in kept:
        return _pair(_next_to(kept["till"], amounts, before=True), kept["till"])
    if "fran" in kept:
        return _pair(kept["fran"], _next_to(kept["fran"], amounts, before=False))
    if len(amounts) > 1:
        return _pair(amounts[0], amounts[1])
    return _pair("budget24", "budget25")


def _next_to(name: str, amounts: Sequence[str], before: bool) -> str:
    """The amount column nearest `name` in the table, on the side asked for where there is
    one; a made-up name where the table has no other."""
    at = list(amounts).index(name)
    earlier, later = list(reversed(amounts[:at])), list(amounts[at + 1:])
    nearest = [*earlier, *later] if before else [*later, *earlier]
    if nearest:
        return nearest[0]
    return next(n for n in ("budget24", "budget25", "budget23") if n != name)


def _pair(first: str, second: str) -> str:
    """An example of `fran` and `till`."""
    return f"'fran: {first}' och 'till: {second}'"


def stated_change_problems(case: Case, tables: Mapping[str, TableResult],
                           report: Reporter) -> list[Problem]:
    """Every percentage typed in a change column that differs from the computed change."""
    problems = []
    for index, table in enumerate(case.tabeller):
        loc: Loc = ("tabeller", index)
        result = tables.get(table.namn)
        columns = [c for c in result.spec.columns if c.change] if result else []
        if result is None or result.spec.loc != loc or not columns:
            continue
        computed = {row.spec.loc: row for row in every_row(result.rows)}
        for row_loc, row in placed_rows(table.rader, (*loc, "rader")):
            cells = row.model_extra or {}
            problems += [report.problem(report.at((*row_loc, c.key)), message)
                         for c in columns if c.key in cells and row_loc in computed
                         for message in [_stated(cells[c.key], computed[row_loc], c, result)]
                         if message]
    return problems


def _stated(value: object, row: RowResult, column: ColumnSpec, result: TableResult) -> str:
    """Why a typed value in a change column is wrong (or '' when it is right or empty)."""
    if value is None or value == "" or isinstance(value, list | dict):
        return ""  # (a list or a collection is reported by the table checks)
    before, after = column.change or ("", "")
    exact = row.changes.get(column.key)
    how = _formula(column, result)
    if isinstance(value, str) and value.strip() in NO_CHANGE:
        return "" if exact is None else (
            f"förändringen för {row.spec.name} är {as_written(exact)} ({how}), inte "
            f"{value.strip()}; rätta värdet eller ta bort det så räknas det ut")
    try:
        stated = parse_number(value)
    except AmountError as exc:
        return exc.message
    if exact is None:
        return (f"angiven förändring {_shown(stated)} för {row.spec.name} kan inte räknas ut "
                f"eftersom {_header(before, result)} är 0 eller saknas, där visas –; "
                "ta bort värdet")
    places = stated.places
    if change(row.amounts.get(before), row.amounts.get(after), places) == \
            WrittenNumber(stated.value, percent=True):
        return ""
    shown = change(row.amounts.get(before), row.amounts.get(after), max(places, column.places))
    return (f"angiven förändring {_shown(stated)} för {row.spec.name} stämmer inte med "
            f"uträkningen {how} = {as_written(shown or exact)}; rätta värdet eller ta bort det "
            "så räknas det ut")


def _shown(stated: WrittenNumber) -> str:
    """A typed percentage as the document would print it: 12,5 %."""
    return as_written(WrittenNumber(stated.value, percent=True))


def _formula(column: ColumnSpec, result: TableResult) -> str:
    """How a change is computed, in its columns' headers: (Budget 2025 − Budget 2024) /
    Budget 2024."""
    before, after = column.change or ("", "")
    start, end = _header(before, result), _header(after, result)
    return f"({end} − {start}) / {start}"


def _header(key: str, result: TableResult) -> str:
    """A column's header without its unit."""
    header = next((c.header for c in result.spec.columns if c.key == key), key)
    return bare_header(header, result.spec.unit)

"""The date columns of a general table (`typ: datum`, trial 59, F8).

* A column without `typ` whose filled cells (two or more) are all dates ÅÅÅÅ-MM-DD is a
  warning: as text its dates are printed as typed and never checked; `typ: datum` checks them.
* `datumform` and `fore` belong to a date column; elsewhere they are an error.
* `fore: KOLUMN` names another date column of the table (a misspelt name gets a suggestion),
  and on each row where both cells hold a date, this column's date is before that column's
  (the last day for business before the meeting); a row where it is not is an error at this
  column's cell, naming both dates by the columns' headers, and the row where its first text
  cell names it alone. A cell that holds no date is reported where
  it is read (`compute.date_cells`) and compared with nothing.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator

from generator.case.suggest import did_you_mean
from generator.case.table_models import DATE, GeneralTable, TableColumn, TableRow
from generator.checks.report import Reporter
from generator.checks.table_rows import placed_rows
from generator.compute.date_cells import DateCellError, cell_date, looks_like_date
from generator.compute.presets import row_name
from generator.problems import Loc, Problem


def date_column_problems(table: GeneralTable, loc: Loc, report: Reporter) -> list[Problem]:
    """The hints, misplaced keys, unknown `fore` columns and dates out of order of a table."""
    problems: list[Problem] = []
    for index, column in enumerate(table.kolumner):
        here = (*loc, "kolumner", index)
        if _only_dates(table, column):
            problems.append(report.problem(report.at((*here, "namn")), (
                f"kolumnen '{column.namn}' har bara datum men är en textkolumn, så datumen "
                "skrivs som de står och kontrolleras inte; lägg till 'typ: datum', eller "
                "'typ: text' om kolumnen ska vara text"), "varning"))
        for key in ("datumform", "fore"):
            if column.typ != DATE and getattr(column, key) is not None:
                problems.append(report.problem(report.at((*here, key)), (
                    f"'{key}' hör till en kolumn med 'typ: datum', skriv 'typ: datum' om "
                    f"kolumnen '{column.namn}' har datum, annars ta bort '{key}'")))
        if column.typ == DATE and column.fore is not None:
            problems += _order_problems(table, column, column.fore, (*here, "fore"), loc, report)
    return problems


def _only_dates(table: GeneralTable, column: TableColumn) -> bool:
    """Whether an untyped text column has two or more filled cells, each a date ÅÅÅÅ-MM-DD
    (as YAML reads one, or quoted)."""
    if column.typ != "text" or "typ" in column.model_fields_set:
        return False
    cells = [value for _, row in placed_rows(table.rader, ())
             if (value := _cell(row, column.namn)) not in (None, "")]
    return len(cells) >= 2 and all(map(looks_like_date, cells))


def _cell(row: TableRow, key: str) -> object:
    """The row's value in the column."""
    return (row.model_extra or {}).get(key)


def _order_problems(table: GeneralTable, column: TableColumn, later: str, fore_loc: Loc,
                    loc: Loc, report: Reporter) -> list[Problem]:
    """A `fore` that names no other date column, or each row whose date is not before."""
    dates = [c.namn for c in table.kolumner if c.typ == DATE and c is not column]
    if later not in dates:
        return [report.problem(report.at(fore_loc), _unknown(column, later, table, dates))]
    texts = [c.namn for c in table.kolumner if c.typ == "text"]
    names = [_first_text(row, texts) for _, row in placed_rows(table.rader, ())]
    headed = {c.namn: f"'{c.rubrik or c.namn}'" for c in table.kolumner}
    return [report.problem(report.at((*row_loc, column.namn)), (
        f"{_row(_first_text(row, texts), names)}{early.isoformat()} i {headed[column.namn]} "
        f"är inte före {late.isoformat()} i {headed[later]}, som 'fore: {later}' kräver; "
        "rätta något av datumen"))
        for row_loc, row, early, late in _dated_rows(table, column.namn, later, loc)
        if early >= late]


def _row(name: str, names: list[str]) -> str:
    """The row named by its first text cell where that names it alone ("raden 'Juni': "),
    else nothing: a weekday column's "tisdag" names many (the place names the row)."""
    return f"{row_name(name)}: " if name and names.count(name) == 1 else ""


def _unknown(column: TableColumn, later: str, table: GeneralTable, dates: list[str]) -> str:
    """Why `fore` names no other date column, and what to write."""
    if later == column.namn:
        return (f"'fore: {later}' jämför kolumnen med sig själv; skriv namnet på en annan "
                "kolumn med 'typ: datum'")
    if any(c.namn == later for c in table.kolumner):
        return (f"kolumnen '{later}' har inte 'typ: datum', och 'fore' jämför med en "
                f"datumkolumn; skriv 'typ: datum' i kolumnen '{later}' om den har datum")
    if not dates:
        return (f"'{later}' är ingen kolumn i tabellen, och tabellen har ingen annan kolumn "
                "med 'typ: datum' att jämföra med")
    suggestion = did_you_mean(later, dates)
    hint = f"menade du '{suggestion}'?" if suggestion \
        else f"datumkolumnerna är: {', '.join(dates)}"
    return f"'{later}' är ingen datumkolumn i tabellen; {hint}"


def _dated_rows(table: GeneralTable, early: str, late: str, loc: Loc
                ) -> Iterator[tuple[Loc, TableRow, datetime.date, datetime.date]]:
    """Each row (at any depth) with a date in both columns."""
    for row_loc, row in placed_rows(table.rader, (*loc, "rader")):
        try:
            first, second = cell_date(_cell(row, early), early), cell_date(_cell(row, late), late)
        except DateCellError:
            continue  # (reported where the cell is read)
        if first is not None and second is not None:
            yield row_loc, row, first, second


def _first_text(row: TableRow, texts: list[str]) -> str:
    """The row's first filled text cell, which names it ("" for none)."""
    return next((str(value) for key in texts
                 if (value := _cell(row, key)) not in (None, "")), "")

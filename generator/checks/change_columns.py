"""Checks of a table's computed change columns (`typ: forandring`) and ratio columns (`typ:
kvot`), and of what is stated in them: one rule for both, each in its own words.

* a change column names, in `fran` and `till`, two amount columns of the same table, or two
  count columns (`typ: antal`: a change of invånare is real, and is computed alike), neither
  the column itself (a misspelt name gets a suggestion); `fran` and `till` belong to a change
  column only (`decimaler`, 0–3, is checked with the share columns' in `share_columns`); a
  ratio column names its `taljare` and `namnare` so ("Utfall i % av budget": taljare: utfall,
  namnare: budget), and they belong to a ratio column only;
* a percentage a secretary types in a change or ratio column (the published one) is checked
  against the computed one of its row: it is right when that, rounded to the decimals the
  percentage is written with, is it ("12 %" for 12,4 %). "–" is right where there is none
  (a base of 0). A value that is no number is reported as in a `typ: tal` column.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import NamedTuple

from generator.case.models import Case
from generator.case.money import NO_AMOUNT, AmountError, parse_number
from generator.case.suggest import did_you_mean
from generator.case.table_models import (
    CHANGE,
    COUNT,
    PREVIOUS_ROW,
    RATIO,
    GeneralTable,
    TableColumn,
)
from generator.checks.report import Reporter
from generator.checks.table_rows import placed_rows
from generator.compute.changes import change, rows_above
from generator.compute.tables import ColumnSpec, RowResult, TableResult, every_row, term_name
from generator.formatting import WrittenNumber, as_written
from generator.problems import Loc, Problem

NO_CHANGE = NO_AMOUNT
"""What a secretary types for "no change can be computed": a dash of any length."""


class _Kind(NamedTuple):
    """A computed percentage between two columns, in its own words: its type, its two keys
    (the base, then the other: `fran` and `till`, `namnare` and `taljare`, written in
    `shown` order in an example), what it is called and how its keys are asked for."""

    typ: str
    ends: tuple[str, str]
    noun: str  # "förändringen"
    stated: str  # "förändring", as in "angiven förändring"
    which: str  # what the missing keys say
    same: str  # what a percentage between a column and itself always is
    made_up: tuple[str, str]  # example names where the table has too few amount columns
    shown: tuple[int, int] = (0, 1)  # the order of the keys in an example


_KINDS = {
    CHANGE: _Kind(CHANGE, ("fran", "till"), "förändringen", "förändring",
                  "vilka beloppskolumner förändringen räknas från och till",
                  "förändringen blir alltid 0", ("budget24", "budget25")),
    RATIO: _Kind(RATIO, ("namnare", "taljare"), "kvoten", "kvot",
                 "vilken beloppskolumn som räknas i procent av vilken",
                 "kvoten blir alltid 100 %", ("budget", "utfall"), (1, 0)),
}


def change_column_problems(table: GeneralTable, loc: Loc, report: Reporter) -> list[Problem]:
    """Every problem of the table's change and ratio columns' keys, and of those keys on
    other columns."""
    kinds = {c.namn: c.typ for c in table.kolumner}
    problems = []
    for index, column in enumerate(table.kolumner):
        here = (*loc, "kolumner", index)
        problems += [report.problem(report.at((*here, key)), message)
                     for kind in _KINDS.values() for message, key in _problems(column, kinds, kind)]
    return problems


def _problems(column: TableColumn, kinds: Mapping[str, str],
              kind: _Kind) -> list[tuple[str, str]]:
    """What is wrong with the column's `typ` and the keys of `kind` together, and where
    (`kinds`: the type of each column of the table, by name)."""
    amounts = [name for name, typ in kinds.items() if typ == "belopp"]
    counts = [name for name, typ in kinds.items() if typ == COUNT]
    given = {key: getattr(column, key) for key in kind.ends if getattr(column, key) is not None}
    if column.typ != kind.typ:
        return [(f"'{key}' hör till en kolumn med 'typ: {kind.typ}', skriv 'typ: {kind.typ}' "
                 f"om kolumnen ska visa {kind.noun} i procent, annars ta bort '{key}'", key)
                for key in _in_order(kind) if key in given]
    missing = [key for key in _in_order(kind) if key not in given]
    if kind.typ == CHANGE and missing == ["till"] and given["fran"] == PREVIOUS_ROW:
        example = amounts[0] if amounts else kind.made_up[1]
        return [(f"kolumnen '{column.namn}' har 'typ: {CHANGE}' och 'fran: {PREVIOUS_ROW}' "
                 "men inte 'till', skriv kolumnen som förändringen från raden ovanför räknas "
                 f"i, t.ex. 'till: {example}'", "typ")]
    if missing:
        return [(f"kolumnen '{column.namn}' har 'typ: {kind.typ}' men inte "
                 f"{' och '.join(repr(k) for k in missing)}, skriv {kind.which}, t.ex. "
                 f"{_example(kind, amounts, given)}", "typ")]
    if kind.typ == CHANGE and given["fran"] == PREVIOUS_ROW:
        return _previous_problems(column.namn, given["till"], kinds)
    first, second = (given[key] for key in kind.ends)
    if first in counts and second in counts:
        return _same_ends(kind, first, second)  # (two count columns: a change of invånare)
    found = [(_not_an_end(kind, column.namn, key, given, kinds), key) for key in _in_order(kind)
             if given[key] not in counts]
    found = [(message, key) for message, key in found if message]
    for key in (k for k in _in_order(kind) if given[k] in counts and not found):
        found = [(f"'{given[key]}' i '{key}' är en antalskolumn (typ: antal) men den andra "
                  f"är en beloppskolumn; {kind.noun} räknas mellan två kolumner av samma typ, "
                  f"två med 'typ: belopp' eller två med 'typ: antal'", key)]
    if not found and first == second:
        later = kind.ends[1]
        found = [(f"{_both(kind)} är båda '{second}', så {kind.same}; skriv två olika "
                  f"beloppskolumner, t.ex. {_example(kind, amounts, {later: second})}"
                  f"{_OR_PREVIOUS if kind.typ == CHANGE else ''}", later)]
    return found


_OR_PREVIOUS = (f", eller 'fran: {PREVIOUS_ROW}' för förändringen från raden ovanför i samma "
                "kolumn")
"""How a change within one column is written: from the row above (trial 51, F4)."""


def _previous_problems(own: str, name: str,
                       kinds: Mapping[str, str]) -> list[tuple[str, str]]:
    """What is wrong with the column a change from the row above is computed in (`till`):
    it is an amount or a count column, not the change column itself."""
    if kinds.get(name) in ("belopp", COUNT):
        return []
    what = "är kolumnen själv" if name == own else \
        f"är en kolumn med 'typ: {kinds[name]}'" if name in kinds else "är ingen kolumn i tabellen"
    return [(f"'{name}' i 'till' {what}; förändringen från raden ovanför ('fran: "
             f"{PREVIOUS_ROW}') räknas i en kolumn med 'typ: belopp' eller 'typ: antal'; "
             f"{_ends(name if name != own else '', kinds)}", "till")]


def _in_order(kind: _Kind) -> tuple[str, str]:
    """The keys of `kind` in the order an example writes them: fran, till; taljare, namnare."""
    return kind.ends[kind.shown[0]], kind.ends[kind.shown[1]]


def _both(kind: _Kind) -> str:
    """The two keys of `kind`: "'fran' och 'till'"."""
    first, second = _in_order(kind)
    return f"'{first}' och '{second}'"


def _same_ends(kind: _Kind, first: str, second: str) -> list[tuple[str, str]]:
    """The two keys naming one column: the change is always 0, the ratio 100 %."""
    if first != second:
        return []
    return [(f"{_both(kind)} är båda '{second}', så {kind.same}; skriv två olika kolumner",
             kind.ends[1])]


BETWEEN = "två kolumner med 'typ: belopp' eller två med 'typ: antal'"
"""What a change is computed between: every kind of column it works with (trial 36, F2: a
message that named belopp only hid that two count columns work too)."""


def _not_an_end(kind: _Kind, own: str, key: str, given: Mapping[str, str],
                kinds: Mapping[str, str]) -> str:
    """Why the column named in `key` cannot be what a change (or ratio) is computed from or
    to (or ''): it is the column itself, a column of another kind, or none; with the columns
    it may be."""
    name = given[key]
    amounts = [column for column, typ in kinds.items() if typ == "belopp"]
    if name in amounts:
        return ""
    if name == own:
        others = {end: written for end, written in given.items() if end != key}
        return (f"'{name}' i '{key}' är kolumnen själv; {kind.noun} räknas mellan "
                f"{BETWEEN.replace('två kolumner', 'två andra kolumner')}, t.ex. "
                f"{_example(kind, amounts, others)}")
    what = f"är en kolumn med 'typ: {kinds[name]}'" if name in kinds else \
        "är ingen kolumn i tabellen"
    if (kind.typ, key) == (CHANGE, "fran") and name not in kinds \
            and did_you_mean(name.replace(" ", "_"), [PREVIOUS_ROW]):
        return f"'{name}' i 'fran' {what}; menade du '{PREVIOUS_ROW}' (raden ovanför)?"
    return (f"'{name}' i '{key}' {what}; {kind.noun} räknas mellan {BETWEEN}; "
            f"{_ends(name, kinds)}")


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


def _example(kind: _Kind, amounts: Sequence[str],
             written: Mapping[str, str | None] | None = None) -> str:
    """How the keys of `kind` are written, with the table's amount columns where it has two:
    an amount column already written in one of them is kept, and the other is the amount
    column next to it in the table (the one before the later end, 'till', the one after the
    base, 'fran')."""
    base, later = kind.ends
    kept = {end: name for end, name in (written or {}).items()
            if name is not None and name in amounts}
    if later in kept:
        return _pair(kind, _next_to(kind, kept[later], amounts, before=True), kept[later])
    if base in kept:
        return _pair(kind, kept[base], _next_to(kind, kept[base], amounts, before=False))
    if len(amounts) > 1:
        return _pair(kind, amounts[0], amounts[1])
    return _pair(kind, *kind.made_up)


def _next_to(kind: _Kind, name: str, amounts: Sequence[str], before: bool) -> str:
    """The amount column nearest `name` in the table, on the side asked for where there is
    one; a made-up name where the table has no other."""
    at = list(amounts).index(name)
    earlier, later = list(reversed(amounts[:at])), list(amounts[at + 1:])
    nearest = [*earlier, *later] if before else [*later, *earlier]
    if nearest:
        return nearest[0]
    return next(n for n in (*kind.made_up, "budget23") if n != name)


def _pair(kind: _Kind, base: str, later: str) -> str:
    """An example of the two keys of `kind`: "'fran: budget24' och 'till: budget25'"."""
    written = dict(zip(kind.ends, (base, later), strict=True))
    first, second = _in_order(kind)
    return f"'{first}: {written[first]}' och '{second}: {written[second]}'"


def stated_change_problems(case: Case, tables: Mapping[str, TableResult],
                           report: Reporter) -> list[Problem]:
    """Every percentage typed in a change or ratio column that differs from the computed
    one."""
    problems = []
    for index, table in enumerate(case.tabeller):
        loc: Loc = ("tabeller", index)
        result = tables.get(table.namn)
        columns = [c for c in result.spec.columns if c.change] if result else []
        if result is None or result.spec.loc != loc or not columns:
            continue
        computed = {row.spec.loc: row for row in every_row(result.rows)}
        above = rows_above(result.rows)
        for row_loc, row in placed_rows(table.rader, (*loc, "rader")):
            cells = row.model_extra or {}
            problems += [report.problem(report.at((*row_loc, c.key)), message)
                         for c in columns if c.key in cells and row_loc in computed
                         for message in [_stated(cells[c.key], computed[row_loc], c, result,
                                                 _computed_columns(table),
                                                 above.get(row_loc))]
                         if message]
    return problems


def _computed_columns(table: GeneralTable) -> frozenset[str]:
    """The table's columns with a formula (`formel`), as the case writes them."""
    return frozenset(column.namn for column in table.kolumner if column.formel)


def _stated(value: object, row: RowResult, column: ColumnSpec, result: TableResult,
            formulas: frozenset[str] = frozenset(), above: RowResult | None = None) -> str:
    """Why a typed value in a change or ratio column is wrong (or '' when it is right or
    empty); formulas: the columns the case computes by a formula; above: the row above, for
    a change from it."""
    if value is None or value == "" or isinstance(value, list | dict):
        return ""  # (a list or a collection is reported by the table checks)
    before, after = column.change or ("", "")
    exact = row.changes.get(column.key)
    how, kind = _formula(column, result), _KINDS[RATIO if column.ratio else CHANGE]
    if isinstance(value, str) and value.strip() in NO_CHANGE:
        return "" if exact is None else (
            f"{kind.noun} för {row.spec.name} är {as_written(exact)} ({how}), inte "
            f"{value.strip()}; rätta värdet eller ta bort det så räknas det ut")
    try:
        stated = parse_number(value)
    except AmountError as exc:
        return exc.message
    if exact is None:
        why = _why_none(row, column, result, formulas) if not column.previous \
            else _why_none_above(above, column, result)
        return (f"angiven {kind.stated} {_shown(stated)} för {row.spec.name} kan inte räknas "
                f"ut eftersom {why}")
    start = (above.amounts.get(before) if above else None) if column.previous \
        else row.amounts.get(before)
    places, ends = stated.places, (start, row.amounts.get(after))
    if change(*ends, places, column.ratio) == WrittenNumber(stated.value, percent=True):
        return ""
    shown = change(*ends, max(places, column.places), column.ratio)
    return (f"angiven {kind.stated} {_shown(stated)} för {row.spec.name} stämmer inte med "
            f"uträkningen {how} = {as_written(shown or exact)}; rätta värdet eller ta bort det "
            "så räknas det ut")


def _why_none(row: RowResult, column: ColumnSpec, result: TableResult,
              formulas: frozenset[str]) -> str:
    """Why a row has no change or ratio, and what to do: its base (`fran`, `namnare`) is 0 or
    missing, else the other amount is, typed or computed by a formula (trial 50, F3: a
    'taljare' that its formula could not compute, not the 250 000 of the 'namnare')."""
    before, after = column.change or ("", "")
    if not row.amounts.get(before):
        return f"{_header(before, result)} är 0 eller saknas, där visas –; ta bort värdet"
    missing = f"raden inte har något belopp i {_header(after, result)}, där visas –"
    if after in formulas:
        return f"{missing}; kontrollera formeln i kolumnen '{after}' och radens belopp"
    return f"{missing}; skriv beloppet eller ta bort värdet"


def _why_none_above(above: RowResult | None, column: ColumnSpec, result: TableResult) -> str:
    """Why a row has no change from the row above: it is the first, or the row above has no
    amount (or 0) in the column."""
    if above is None:
        return ("raden inte har någon rad ovanför att räkna från, där lämnas cellen tom; ta "
                "bort värdet")
    header = _header((column.change or ("", ""))[1], result)
    return f"{header} på raden ovanför är 0 eller saknas, där visas –; ta bort värdet"


def _shown(stated: WrittenNumber) -> str:
    """A typed percentage as the document would print it: 12,5 %."""
    return as_written(WrittenNumber(stated.value, percent=True))


def _formula(column: ColumnSpec, result: TableResult) -> str:
    """How a change is computed, in its columns' headers: (Budget 2025 − Budget 2024) /
    Budget 2024; a ratio: Utfall / Budget."""
    before, after = column.change or ("", "")
    start, end = _header(before, result), _header(after, result)
    if column.previous:
        start = f"{start} på raden ovanför"
    return f"{end} / {start}" if column.ratio else f"({end} − {start}) / {start}"


def _header(key: str, result: TableResult) -> str:
    """A column's header as a formula written out names it (`term_name`): without its unit,
    a year in quotes."""
    header = next((c.header for c in result.spec.columns if c.key == key), key)
    return term_name(header, result.spec.unit)

"""Checks that a general table (`tabeller`) is well formed before it is computed or shown.

* table names are unique and differ from the built-in table kinds;
* column names are unique and not the row keys `rader` and `delsumma`;
* a formula belongs to an amount column or a number column (`typ: tal`: products and sums
  of numbers, `compute.number_formula`), and a stated total names no number column that is
  not summed; a table with
  no amount column (and no column of figures, see below) states no total or subtotal;
* a label for the total row (`totalt`) of a table with no column that is summed is a warning:
  such a table prints no total row; an empty label, or no total row for a stated `summa`, is
  an error (`hidden_totals`);
* a table of rounded amounts (`avrundat`) states a total or a group's subtotal, else there is
  nothing to reconcile (a warning);
* a row with sub-rows but no text and no `delsumma` prints its sum on a row without text (a
  warning: `mottagare: ""` hides a group's heading only where a `delsumma` names its sum);
* every key of a row names a column (with a suggestion for a misspelt one), and its value
  is a single text, amount or number, not a list or a collection of keys; a text with
  Markdown emphasis (`**Valnämnd**`) is a warning: a cell prints its asterisks, and bold is
  the tool's, for group headings and sums (trial 35, F4);
* a number column is all percentages (`"12,5 %"`) or none: where it mixes them, each cell
  of the fewer kind (of the later kind on a tie) is reported, naming the first of the other;
  a cell that is no number is reported once, as such, and counts for neither kind;
* a column without `typ` that holds nothing but figures is a warning (`text_columns`), an
  error where the table uses totals and so has no amount column to sum (`unsummed`);
* a share column (`typ: andel`) is checked by `share_columns`, a change or ratio column
  (`typ: forandring`, `typ: kvot`) by `change_columns`; none is named in a stated total;
  where a group heading without a subtotal (`delsumma: nej`) stands, by `heading_groups`;
  date columns (`typ: datum`, their `fore` and a text column of dates) by `date_columns`;
  groups of columns (`kolumngrupper`) by `column_groups`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from decimal import Decimal
from functools import cache

from generator.case.models import TABLE_PRESETS, Case
from generator.case.money import AmountError, parse_number
from generator.case.suggest import did_you_mean
from generator.case.table_models import CHANGE, COUNT, RATIO, GeneralTable, TableRow
from generator.checks.change_columns import change_column_problems
from generator.checks.column_groups import column_group_problems
from generator.checks.date_columns import date_column_problems
from generator.checks.heading_groups import heading_group_problems
from generator.checks.hidden_totals import hidden_total_problems
from generator.checks.report import Reporter
from generator.checks.share_columns import share_column_problems
from generator.checks.table_rows import placed_rows
from generator.checks.text_columns import figure_columns, text_column_problems
from generator.checks.unit_headers import unit_header_problems
from generator.problems import Loc, Problem

_ROW_KEYS = {"rader": "används för underrader och delsummor",
             "delsumma": "används för underrader och delsummor",
             "markerad": "markerar en rad"}
"""The keys of a row that are not its cells, which no column may be named, and what each
does."""


@cache
def _emphasis() -> re.Pattern[str]:
    """Markdown emphasis written in a cell (`**Valnämnd**`, `*varav*`), which a cell prints as
    it stands: a cell is plain text."""
    return re.compile(r"(\*{1,3})(?=[^\s*])[^*]*?[^\s*]\1(?!\*)")


_UNSUMMED = {
    "tal": "kolumnen '{key}' har 'typ: tal' och summeras inte; skriv 'summeras: ja' i "
           "kolumnen om talen ska summeras och summan kontrolleras, t.ex. en ägarfördelning i "
           "procent som blir 100,00, annars ta bort '{key}' ur 'summa'",
    "andel": "andelarna i '{key}' räknas ut och blir tillsammans 100 %, ta bort '{key}' ur "
             "'summa'",
    CHANGE: "förändringen i '{key}' räknas ut och summeras inte, totalradens förändring räknas "
            "ur totalerna; ta bort '{key}' ur 'summa'",
    RATIO: "kvoten i '{key}' räknas ut och summeras inte, totalradens kvot räknas ur "
           "totalerna; ta bort '{key}' ur 'summa'",
}
"""Why a column in a stated total (`summa: {…}`) has none, by its kind."""


def check_tables(case: Case, report: Reporter,
                 unsummed: Mapping[int, Sequence[str]] | None = None) -> list[Problem]:
    """Every structural problem of the case's general tables (unsummed: the tables that use
    totals but sum nothing, with how they use them, see `unsummed_tables`)."""
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    for index, table in enumerate(case.tabeller):
        loc: Loc = ("tabeller", index)
        problems += _name_problems(table, seen.setdefault(table.namn, index), index, report)
        problems += _column_problems(table, loc, report)
        problems += _total_problems(table, loc, report)
        problems += _percent_problems(table, loc, report)
        problems += text_column_problems(table, loc, report, (unsummed or {}).get(index, ()))
        problems += share_column_problems(table, loc, report)
        problems += unit_header_problems(table, loc, report)
        problems += change_column_problems(table, loc, report)
        problems += date_column_problems(table, loc, report)
        problems += heading_group_problems(table.rader, (*loc, "rader"), report,
                                           table.totalt is not False)
        problems += column_group_problems(table, loc, report)
        columns = {c.namn: c.typ for c in table.kolumner}
        texts = [column.namn for column in table.kolumner if column.typ == "text"]
        for row_loc, row in placed_rows(table.rader, (*loc, "rader")):
            problems += _row_problems(row, row_loc, columns, report)
            problems += _sum_without_text(row, row_loc, texts, report)
    return problems


def _name_problems(table: GeneralTable, first: int, index: int, report: Reporter) -> list[Problem]:
    """A table name used twice, or one that is a built-in table kind."""
    where = report.at(("tabeller", index, "namn"))
    if table.namn in TABLE_PRESETS:
        return [report.problem(where, f"tabellnamnet '{table.namn}' är en inbyggd tabell, "
                                      "välj ett annat namn")]
    if first != index:
        line = report.at(("tabeller", first, "namn")).line
        return [report.problem(where, f"tabellen '{table.namn}' finns redan på rad {line}, "
                                      "ge den ett eget namn")]
    return []


def _column_problems(table: GeneralTable, loc: Loc, report: Reporter) -> list[Problem]:
    """Duplicate or reserved column names, and formulas on text columns."""
    problems = []
    seen: set[str] = set()
    for index, column in enumerate(table.kolumner):
        here = (*loc, "kolumner", index)
        if column.namn in _ROW_KEYS:
            problems.append(report.problem(report.at((*here, "namn")), (
                f"'{column.namn}' {_ROW_KEYS[column.namn]}, ge kolumnen ett annat namn")))
        elif column.namn in seen:
            problems.append(report.problem(report.at((*here, "namn")), (
                f"kolumnen '{column.namn}' finns redan i tabellen, ge den ett eget namn")))
        seen.add(column.namn)
        if column.formel and column.typ not in ("belopp", "tal", COUNT):
            problems.append(report.problem(report.at((*here, "formel")), (
                "en formel räknar ut belopp eller tal, så kolumnen behöver 'typ: belopp' eller "
                "'typ: tal'")))
        if "summeras" in column.model_fields_set and column.typ not in ("belopp", "tal"):
            problems.append(report.problem(report.at((*here, "summeras")),
                                           _summed_kind(column.typ, column.summeras)))
        if column.plustecken and column.typ not in ("belopp", CHANGE):
            problems.append(report.problem(report.at((*here, "plustecken")), (
                "'plustecken' gäller bara kolumner med 'typ: belopp' eller 'typ: forandring'; "
                "ta bort 'plustecken' här")))
    return problems


def _summed_kind(kind: str, summed: bool) -> str:
    """Why 'summeras' is no key of a column of this kind: an amount column may say it is
    not summed and a number column that it is (trial 57, F3); a count is always summed."""
    if kind == COUNT and not summed:
        return ("en kolumn med 'typ: antal' summeras alltid; skriv 'typ: tal' för tal som inte "
                "summeras, och ta bort 'summeras'")
    return ("'summeras' gäller bara kolumner med 'typ: belopp', som summeras om inte "
            "'summeras: nej' står, och 'typ: tal', som summeras när 'summeras: ja' står; ta "
            "bort 'summeras' här")


def _total_problems(table: GeneralTable, loc: Loc, report: Reporter) -> list[Problem]:
    """A stated total for a number or share column, which is never summed; rounded amounts
    without a stated total."""
    kinds = {c.namn: c.typ for c in table.kolumner
             if c.typ in _UNSUMMED and not c.summed_numbers}
    given = table.summa if isinstance(table.summa, dict) else {}
    problems = [report.problem(report.at((*loc, "summa", key)), _UNSUMMED[kinds[key]].format(
        key=key)) for key in given if key in kinds]
    problems += _not_summed_problems(table, loc, given, report)
    if table.avrundat and table.summa is None and not _states_a_rounded_figure(table):
        problems.append(report.problem(report.locate_key((*loc, "avrundat")), (
            f"tabellen '{table.namn}' har 'avrundat: true' men ingen 'summa', så totalen räknas "
            "ut och inget behöver stämmas av; ange den publicerade totalen med 'summa', eller "
            "ta bort 'avrundat'"), "varning"))
    if not figure_columns(table):  # (else the column of figures is the error: text_columns)
        problems += _nothing_to_sum(table, loc, report)
    problems += hidden_total_problems(table, loc, report)
    return problems + _label_without_total(table, loc, report)


def _label_without_total(table: GeneralTable, loc: Loc, report: Reporter) -> list[Problem]:
    """A label for the total row (`totalt: Totalt länet`) of a table that sums nothing, and so
    prints no total row (trial 44, F2): a warning."""
    if "totalt" not in table.model_fields_set or table.totalt is False or table.totalled:
        return []
    return [report.problem(report.at((*loc, "totalt")), (
        f"tabellen '{table.namn}' har ingen kolumn som summeras, så totalraden "
        f"'{table.totalt}' skrivs inte ut; ta bort 'totalt', eller skriv 'typ: belopp' eller "
        "'typ: antal' för kolumnen som ska summeras"), "varning")]


def _not_summed_problems(table: GeneralTable, loc: Loc, given: Mapping[str, object],
                         report: Reporter) -> list[Problem]:
    """A stated sum in an amount column that is not summed (`summeras: nej`): in the table's
    `summa`, or as a group row's amount (its subtotal)."""
    unsummed = {c.namn for c in table.kolumner if c.typ == "belopp" and not c.summeras}
    if not unsummed:
        return []
    why = "kolumnen '{key}' har 'summeras: nej' och har ingen summa"
    problems = [report.problem(report.at((*loc, "summa", key)), (
        f"{why.format(key=key)}; ta bort '{key}' ur 'summa'")) for key in given if key in unsummed]
    problems += [report.problem(report.at((*row_loc, key)), (
        f"{why.format(key=key)}, så en rad med underrader har inget belopp i den; ta bort "
        f"'{key}' från raden"))
        for row_loc, row in placed_rows(table.rader, (*loc, "rader")) if row.rader
        for key in (row.model_extra or {}) if key in unsummed]
    return problems


def _nothing_to_sum(table: GeneralTable, loc: Loc, report: Reporter) -> list[Problem]:
    """A stated `summa` (one amount) or a group's `delsumma` in a table with no amount
    column: nothing is summed, so the total would go unchecked and the subtotal stay empty."""
    if any(column.typ == "belopp" for column in table.kolumner):
        return []
    counts = [column.namn for column in table.kolumner if column.typ == COUNT]
    if counts:
        return _single_total_of_counts(table, loc, counts[0], report)
    fix = ("skriv 'typ: belopp' under kolumnen med beloppen ('typ: antal' för tal som "
           "summeras utan enhet, t.ex. mandat)")
    problems = []
    if table.summa is not None and not isinstance(table.summa, dict):
        problems.append(report.problem(report.at((*loc, "summa")), (
            f"tabellen '{table.namn}' har ingen beloppskolumn, så summan kontrolleras inte; "
            f"{fix}, eller ta bort 'summa'")))
    problems += [report.problem(report.at((*row_loc, "delsumma")), (
        f"tabellen '{table.namn}' har ingen beloppskolumn, så delsumman blir tom; {fix}, "
        "eller ta bort 'delsumma'"))
        for row_loc, row in placed_rows(table.rader, (*loc, "rader")) if row.delsumma]
    return problems


def _single_total_of_counts(table: GeneralTable, loc: Loc, first: str,
                            report: Reporter) -> list[Problem]:
    """A single stated `summa` in a table of counts without amounts: a single total is the
    first amount column's, so a count's total is stated by the column's name."""
    if table.summa is None or isinstance(table.summa, dict):
        return []
    return [report.problem(report.at((*loc, "summa")), (
        f"tabellen '{table.namn}' har ingen beloppskolumn, och en ensam 'summa' gäller den "
        f"första beloppskolumnen; ange summan av en antalskolumn med kolumnens namn, t.ex. "
        f"summa: {{{first}: {_plain(table.summa)}}}"))]


def _plain(value: object) -> str:
    """A stated value as it would be written in YAML: 31, or "1 250" (quoted: a space)."""
    text = str(value)
    return f'"{text}"' if " " in text or "," in text else text


def _states_a_rounded_figure(table: GeneralTable) -> bool:
    """Whether some row states a figure `avrundat` judges: a group row (a row with sub-rows)
    an amount of its own, or any row an amount in a column with 'formel' (trial 51, F1)."""
    amounts = {c.namn for c in table.kolumner if c.typ == "belopp"}
    derived = {c.namn for c in table.kolumner if c.typ == "belopp" and c.formel}
    return any(set(row.model_extra or {}) & (amounts if row.rader else derived)
               for _, row in placed_rows(table.rader, ()))


def _row_problems(row: TableRow, loc: Loc, columns: Mapping[str, str],
                  report: Reporter) -> list[Problem]:
    """Keys that name no column, and values that are not a single text, amount or number."""
    problems = []
    for key, value in (row.model_extra or {}).items():
        if key not in columns:
            suggestion = did_you_mean(key, list(columns))
            hint = f"menade du '{suggestion}'?" if suggestion else \
                f"kolumnerna är: {', '.join(columns)}"
            if key.isdigit():  # `belopp: 8,300` inside `{…}`: the comma ended the value
                hint = ("står ett kommatecken i ett värde inom { }? skriv då värdet inom "
                        'citattecken, t.ex. "8,3"')
            from generator.case.text_hints import later_split, split_text  # (only a slip)

            if later_split(report.loaded, (*loc, key)):
                continue  # (the text's first piece is reported with the whole text)
            hint = split_text(report.loaded, (*loc, key)) or hint
            problems.append(report.problem(report.loaded.locate_key((*loc, key)),
                                           f"okänd kolumn '{key}', {hint}"))
        elif isinstance(value, str) and "*" in value and _emphasis().search(value):
            problems.append(report.problem(report.at((*loc, key)), (
                f"asteriskerna i '{value}' skrivs ut som de står: en tabellcell tar ingen "
                "Markdown, och fetstil sätter programmet självt på grupprubriker och summarader "
                "(en rad med 'rader' och 'delsumma'); ta bort asteriskerna"), "varning"))
        elif isinstance(value, list | dict) and columns[key] != "andel":  # (share_columns)
            what = "ett tal" if columns[key] in ("tal", COUNT, CHANGE, RATIO) else \
                "en text eller ett belopp"
            problems.append(report.problem(report.at((*loc, key)), (
                f"'{key}' ska vara {what}, inte en lista eller samling; "
                "underrader skrivs under 'rader'")))
    return problems


def _sum_without_text(row: TableRow, loc: Loc, texts: Sequence[str],
                      report: Reporter) -> list[Problem]:
    """A warning at a row with sub-rows, no `delsumma` and nothing in its text columns
    (`texts`): the sum of its sub-rows stands on a row that says nothing."""
    cells = row.model_extra or {}
    if not row.rader or row.delsumma or not texts or any(
            str(cells.get(key) or "").strip() for key in texts):
        return []
    return [report.problem(report.at((*loc, texts[0])), (
        "raden har underrader men varken text eller 'delsumma', så underradernas summa står "
        f"på en rad utan text; skriv radens text i '{texts[0]}', eller ge den en 'delsumma' "
        "(t.ex. delsumma: Summa kommuner) så står summan på en egen rad efter underraderna"),
        "varning")]


def _percent_problems(table: GeneralTable, loc: Loc, report: Reporter) -> list[Problem]:
    """Number columns that mix percentages and plain numbers: each odd cell reported."""
    problems = []
    rows = list(placed_rows(table.rader, (*loc, "rader")))
    for column in (c.namn for c in table.kolumner if c.typ == "tal"):
        cells = _number_cells(rows, column)
        percent = [(here, value) for here, value, is_percent in cells if is_percent]
        plain = [(here, value) for here, value, is_percent in cells if not is_percent]
        if not percent or not plain:
            continue
        tie_to_percent = cells[0][2]  # (a tie goes to the kind of the first cell)
        usual, odd = (percent, plain) if len(percent) > len(plain) or (
            len(percent) == len(plain) and tie_to_percent) else (plain, percent)
        line = report.at(usual[0][0]).line
        problems += [report.problem(report.at(here), _mixed(column, value, usual[0][1], line))
                     for here, value in odd]
    return problems


def _number_cells(rows: Sequence[tuple[Loc, TableRow]],
                  column: str) -> list[tuple[Loc, object, bool]]:
    """A column's readable numbers in document order: place, value, whether a percentage.

    A cell that is no number is left out (its own message says so)."""
    cells = []
    for here, row in rows:
        value = (row.model_extra or {}).get(column)
        try:
            cells.append(((*here, column), value, parse_number(value).percent))
        except AmountError:
            continue
    return cells


def _mixed(column: str, value: object, other: object, line: int) -> str:
    """What is wrong with a cell that has (or lacks) the % its column's other cells lack
    (or have), and how to write it."""
    shown, usual = str(value).strip(), str(other).strip()
    start = f"kolumnen '{column}' blandar procent och tal: '{shown}' "
    if isinstance(value, str) and value.strip().endswith("%"):
        bare = shown.removesuffix("%").strip()
        return (f"{start}har % men '{usual}' på rad {line} har det inte, skriv alla tal i "
                f'kolumnen med % om de är procent, annars "{bare}" utan %')
    written = shown.replace(".", ",") if isinstance(value, Decimal) else shown
    return (f"{start}saknar % men '{usual}' på rad {line} har det, skriv \"{written} %\" om "
            "det är procent, annars alla tal i kolumnen utan %")

"""A warning at a table that sums a price list or a column of limits into a total no one
uses (trial 61, F1 and F2; trial 53, F1).

Patient fees per besök, per dygn and a yearly cap, or the beloppsgräns of each attestant,
add up to a "Totalt" that says nothing. Such a table is evidently not additive when a summed
amount column's header names a fee, a price, a rate or a limit ("Avgift", "Timavgift",
"Beloppsgräns", "Högsta belopp": the word or a compound's last part, so "Avgiftsintäkter",
income, is no price), or gives its money unit per something ("Kommunal regi (kr/timme)",
trial 75, F1), or when a text column gives each row's unit ("Per": besök, dygn, tolv
månader). A header that names how often a service is done ("Var 4:e vecka", "Varannan
vecka", "6 gånger/år", "Per tömning") holds the fee for that interval, a column of a taxa
whose rows are sizes (trial 81, F1: an avfallstaxa, kärl by tömningsintervall). The table
is warned about once, where it prints a total (a total row or a subtotal) that nothing uses:
no stated `summa` and no text naming its total or a column's
(`{{ tabeller.avgifter.summa }}`). A column the rate rule already warns about
(`rate_columns`) is that rule's, and the table is left to it; a column whose formula
multiplies ('platser * pris', 'inkomst * 3 %') holds each row's amount, a line of a bill
that adds up, whatever its header. The warning names every such column of the table at
once (trial 94, F4: "Referenspris", "Pris 2015" and "Pris 2016", one a run before), a column
under a group heading that names the price ("Folktandvårdens pris" over "2015") too. A table
whose rows are years (`year_rows`) compares them: where one of its amounts is a price, or
given per something but a year ("Barntandvårdspeng per barn"), the warning names every
summed amount column, the karensbelopp beside it too (trial 94, F3).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from generator.case.money import UNIT_WORDS
from generator.case.unit_prices import UNIT_COLUMN_HEADERS
from generator.checks.report import Reporter
from generator.checks.unsummed import names_total
from generator.checks.year_rows import per_unit, rows_are_years
from generator.compute.tables import ColumnSpec, TableResult, bare_header, every_row
from generator.problems import Problem

_FEES = {"avgift": "en avgift", "taxa": "en taxa", "pris": "ett pris", "gräns": "en gräns",
         "tak": "ett tak"}
"""The last part of a compound that names a price or a limit, and how a message names it."""
_PLURALS = {"en avgift": "avgifter", "en taxa": "taxor", "ett pris": "priser",
            "en gräns": "gränser", "ett tak": "tak", "ett högsta belopp": "högsta belopp"}
"""How a message names several columns of each kind."""
_HIGHEST = {"högsta", "högst", "max", "maximal", "maximalt", "maxbelopp"}
"""Words of a header that make its amounts each row's highest: limits."""
_WORD = re.compile(r"[a-zåäöéü]+")


@cache
def _unit_per() -> re.Pattern[str]:
    """A money unit followed by "/" or "per" and a word: "kr/timme", "tkr per plats"."""
    return re.compile(rf"(?<!\w)(?:{UNIT_WORDS})\s*(?:/|per\s)\s*\w", re.IGNORECASE)


_PERIOD = r"(?:dag|dygn|vecka|veckan|v|månad|månaden|mån|kvartal|halvår|år|året)"
_ORDINAL = r"(?:\d+:[ae]|annan|annat|andra|tredje|fjärde|femte|sjätte|åttonde|tionde|fjortonde)"
_TIMES = r"(?:\d+|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv)"


@cache
def _interval() -> re.Pattern[str]:
    """How often a service is done: "var 4:e vecka", "varannan vecka", "varje vecka", "en
    gång/vecka", "6 gånger/år", "2 ggr per månad", "per tömning", "veckohämtning"."""
    return re.compile(
        rf"(?<!\w)(?:(?:vart?\s*{_ORDINAL}|varje)\s+{_PERIOD}"
        rf"|{_TIMES}\s+(?:gång(?:er)?|ggr)\s*(?:/|per\s|i\s|om\s)\s*{_PERIOD}"
        r"|(?:/|per\s)\s*(?:tömning|hämtning)"
        r"|(?:vecko|månads|\d*-?dagars)(?:tömning|hämtning))(?!\w)",
        re.IGNORECASE)


def fee_table_problems(name: str, table: TableResult, texts: Iterable[str],
                       report: Reporter) -> list[Problem]:
    """The warning at the table `name` whose summed total is evidently no sum, once, or
    none."""
    spec = table.spec
    if spec.loc[:1] != ("tabeller",) or not _prints_total(table) or spec.stated_total \
            or any(names_total(name, [c.key for c in spec.columns], t) for t in texts):
        return []
    summed = [(index, column) for index, column in enumerate(spec.columns)
              if column.amount and column.summed]
    if priced := _priced(table, summed):
        where = report.at((*spec.loc, "kolumner", priced[0][0], "typ"))
        return [report.problem(where, _priced_message(table, summed, priced), "varning")]
    units = _unit_column(table)
    if summed and units:
        index, column, named = units
        return [report.problem(report.at((*spec.loc, "kolumner", index, "namn")), (
            f"tabellen '{name}' anger sina belopp per {_listed(named)} (kolumnen "
            f"'{column.header}'), men summerar dem, så tabellen visar en summa av priser som "
            "inte säger något; skriv 'totalt: false' i tabellen, eller 'summeras: nej' i en "
            "kolumn som inte ska summeras"), "varning")]
    return []


def _priced(table: TableResult, summed: list[tuple[int, ColumnSpec]]
            ) -> list[tuple[int, ColumnSpec, str]]:
    """The summed amount columns that hold a price or limit per row, each with how a
    message names it ('en avgift'), in order; where the rows are years, a header per
    something ("per barn") is a price too (trial 94, F3)."""
    years = rows_are_years(table)
    found = []
    for index, column in summed:
        header = _header(table, column)
        kind = fee_kind(header) or ("ett pris" if years and per_unit(header) else "")
        if kind and not column.multiplies:
            found.append((index, column, kind))
    return found


def _priced_message(table: TableResult, summed: list[tuple[int, ColumnSpec]],
                    priced: list[tuple[int, ColumnSpec, str]]) -> str:
    """The warning naming every priced column (trial 94, F4: one warning, not one a run),
    or, where the rows are years, every summed amount column: amounts for each year, which
    no total adds up (trial 94, F3)."""
    prices = _keys([column for _, column, _ in priced])
    kinds = list(dict.fromkeys(kind for _, _, kind in priced))
    said = kinds[0] if len(priced) == 1 else _listed([_PLURALS[kind] for kind in kinds])
    named = [column for _, column in summed] if rows_are_years(table) else \
        [column for _, column, _ in priced]
    sums = _sums([_summed(_header(table, column)) for column in named])
    where = "i kolumnen" if len(named) == 1 else "i kolumnerna"
    if len(named) > len(priced):
        whose = (f"raderna är år, och {prices} ser ut att vara {said} per rad, men "
                 f"{_keys(named)} summeras över åren")
    else:
        whose = f"{prices} ser ut att vara {said} per rad, men summeras"
    return (f"{whose}, så tabellen visar {'en summa' if len(named) == 1 else 'summor'} av "
            f"{sums} som inte säger något; skriv 'summeras: nej' {where}, eller "
            "'totalt: false' i tabellen")


def _keys(columns: list[ColumnSpec]) -> str:
    """Columns as a message names them: "'ref', 'p2015' och 'p2016'"."""
    return _listed([f"'{column.key}'" for column in columns])


def _sums(summed: list[str]) -> str:
    """What the columns' totals are sums of, as a message lists them: 'avgifter för var 4:e
    vecka, varannan vecka och en gång/vecka'."""
    fees = "avgifter för "
    if len(summed) > 1 and all(what.startswith(fees) for what in summed):
        return fees + _listed([what.removeprefix(fees) for what in summed])
    return _listed(summed)


def _header(table: TableResult, column: ColumnSpec) -> str:
    """A column's header without its unit, after the heading of its group of columns where
    that names the price and the header does not ("Folktandvårdens pris 2015")."""
    header = bare_header(column.header, table.spec.unit)
    group = table.spec.column_groups.get(column.key, "")
    return f"{group} {header}" if group and not fee_kind(header) else header


def fee_kind(header: str) -> str:
    """How a message names what a header's amounts are ('en avgift', 'en gräns'), or '' for
    a header that names no price or limit. A header that gives its money unit per something,
    "Kommunal regi (kr/timme)" or "kr per timme", names a price (trial 75, F1), as a cell
    written so is one (`case.unit_prices`)."""
    for word in _WORD.findall(header.lower()):
        if word in _HIGHEST:
            return "ett högsta belopp"
        if part := _fee_part(word):
            return _FEES[part]
    if ("/" in header or "per" in header.lower()) and _unit_per().search(header):
        return "ett pris"
    return "en avgift" if _is_interval(header) else ""


def _is_interval(header: str) -> bool:
    """Whether a header names how often a service is done ("Varannan vecka", "6 gånger/år",
    "Per tömning"): the fee for that interval, in a taxa (trial 81, F1)."""
    return _interval().search(header) is not None


def _summed(header: str) -> str:
    """What a summed column's total is a sum of, as a message says it: its header ("en summa
    av timavgift"), or the fees for the interval it names ("en summa av avgifter för
    varannan vecka", "avgifter per tömning")."""
    plain = header.lower()
    if not _is_interval(header) or fee_word(header):
        return plain
    return f"avgifter {plain}" if plain.startswith("per ") else f"avgifter för {plain}"


def fee_word(header: str) -> str:
    """The word for a price or limit a header names, as a name of an amount may be
    ('avgift' for "Egenavgift", 'pris' for "Pris per portion"), or '' for none."""
    return next((part for word in _WORD.findall(header.lower())
                 if (part := _fee_part(word))), "")


def _fee_part(word: str) -> str:
    """The price or limit (`_FEES`) a word is, or ends a compound of; '' for none."""
    return next((part for part in _FEES if word.endswith(part)), "")


def _prints_total(table: TableResult) -> bool:
    """Whether the table prints a total row or a subtotal."""
    return table.spec.total_row is not None or any(
        row.children and row.spec.subtotal is not False for row in every_row(table.rows))


def _unit_column(table: TableResult) -> tuple[int, ColumnSpec, list[str]] | None:
    """The text column that gives each row's unit, with the units in order, or None."""
    for index, column in enumerate(table.spec.columns):
        if not _is_text(column) or column.header.strip().lower() not in UNIT_COLUMN_HEADERS:
            continue
        cells = [row.spec.texts.get(column.key, "").strip() for row in every_row(table.rows)]
        if cells and all(cells):
            return index, column, list(dict.fromkeys(c.removeprefix("per ") for c in cells))
    return None


def _is_text(column: ColumnSpec) -> bool:
    """Whether a column holds text: no amount, count, number, share or change."""
    return not (column.amount or column.counted or column.number or column.share_of
                or column.change)


def _listed(units: list[str]) -> str:
    """'besök, dygn och tolv månader'."""
    return units[0] if len(units) == 1 else f"{', '.join(units[:-1])} och {units[-1]}"


"""A number column's formula (`typ: tal` with `formel`): products and sums of numbers.

An internkontrollplan's risk value is sannolikhet × konsekvens ('s * k', trial 57, F1): a
number, not an amount. Such a formula adds and subtracts products of the table's number
and count columns and plain numbers ('s * k', 'a + b', 'timmar * 2'), at most four factors
a product, each with a column; no amount, no division, no bracket. Its figure on a row is
exact, never rounded and without a unit, with the decimals it needs (27 250 for 2 × 54,5 ×
250), and is shown as the column shows numbers (`tables.column_decimals`). A percentage
multiplies as a fraction (4 % is 0,04), except that where every term has exactly one
percentage the figure is a percentage ('andel * 2': 12,5 % × 2 is 25 %). A figure the case
states in the column is checked exactly, as an amount formula's is: a typed 16 for 3 × 4 is
an error that names the formula.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from decimal import Decimal
from math import prod
from types import MappingProxyType

from generator.case.money import parse_number
from generator.case.table_models import COUNT
from generator.compute.formula import (
    MAX_FACTORS,
    Factor,
    Term,
    comma_message,
    misspelt_column,
    names_itself,
    split_terms,
    written_number,
)
from generator.compute.tables import (
    ColumnSpec,
    RowFigures,
    RowSpec,
    TableSpec,
    factor_named,
    term_names,
    terms_written,
)
from generator.formatting import COUNT_PLACES, WrittenNumber, as_written
from generator.problems import Finding

_NUMBERS = ("tal", COUNT)


def parse_numbers(formula: str, own: str, kinds: Mapping[str, str]
                  ) -> tuple[tuple[Term, ...], list[str]]:
    """A number column's formula as signed terms, or none and what cannot stand in it."""
    split, others, faults = split_terms(formula)
    messages = [f"{', '.join(dict.fromkeys([*others, *faults]))}: {_rule(own, kinds)}"] \
        if others or faults else []
    terms = [_term(sign, parts, own, kinds, messages) for sign, parts in split]
    if not messages and terms and all(t is not None and not t.source for t in terms):
        messages.append(f"'{formula.strip()}' i formeln har ingen kolumn att räkna med: "
                        f"{_rule(own, kinds)}")
    if messages or not terms:
        return (), list(dict.fromkeys(messages)) or [f"formeln är tom: {_rule(own, kinds)}"]
    return tuple(t for t in terms if t is not None), []


def _term(sign: int, parts: list[tuple[str, str]], own: str, kinds: Mapping[str, str],
          messages: list[str]) -> Term | None:
    """One product of number or count columns and numbers, or None after saying why not."""
    written = f"'{' '.join(token for _, token in parts)}' i formeln"
    if len(parts) == 1 and parts[0][0] == "number":
        return _constant(sign, parts[0][1], messages)
    if len(parts) % 2 == 0 or any((group == "times") != (i % 2 == 1)
                                  for i, (group, _) in enumerate(parts)):
        messages.append(f"{written} är ingen produkt: {_rule(own, kinds)}")
        return None
    operands = parts[::2]
    wrong = [m for group, token in operands if (m := _operand_message(group, token, own, kinds))]
    columns = [token for group, token in operands if group == "name"]
    if wrong:
        messages += wrong
    elif len(operands) > MAX_FACTORS:
        messages.append(f"{written} har {len(operands)} led, men en produkt har högst "
                        f"{MAX_FACTORS}: {_rule(own, kinds)}")
    elif not columns:
        messages.append(f"{written} har ingen kolumn att räkna med: {_rule(own, kinds)}")
    else:
        first = operands.index(("name", columns[0]))
        rest = operands[:first] + operands[first + 1:]
        factors = tuple(Factor(token, kinds[token]) if group == "name"
                        else Factor(token, value=written_number(token)) for group, token in rest)
        return Term(sign, columns[0], kinds[columns[0]], factors)
    return None


def _constant(sign: int, token: str, messages: list[str]) -> Term | None:
    """A number alone as a term ('100 % - rabatt', '1 - rabatt': what is left after a
    discount, trial 60, F2): a term without a column (`source` ''), its figure the number as
    written, a percentage too (read as a cell is, `money.parse_number`); or None after
    saying why not."""
    if "." in token:
        messages.append(comma_message(token))
        return None
    return Term(sign, token, "")


def _operand_message(group: str, token: str, own: str, kinds: Mapping[str, str]) -> str:
    """Why a factor cannot stand in a number column's formula ('' when it can)."""
    if group == "number":
        if "%" in token:
            fraction = as_written(_plain(written_number(token)))
            return (f"procentsatsen '{token}' kan inte multiplicera i formeln: skriv den som "
                    f"tal, {fraction} för {token}, eller ensam i ett led, t.ex. "
                    f"'100 % - {_first(own, kinds)}'; {_rule(own, kinds)}")
        return comma_message(token) if "." in token else ""
    if group != "name":
        return f"'{token}' kan inte stå i formeln: {_rule(own, kinds)}"
    kind = kinds.get(token)
    if token == own:
        return names_itself(token)
    if kind in _NUMBERS:
        return ""
    if kind == "belopp":
        return (f"'{token}' i formeln är en beloppskolumn, men {_rule(own, kinds)}; ska "
                "kolumnen räknas ut ur belopp, skriv 'typ: belopp' i den")
    if kind is not None:
        return f"'{token}' i formeln är ingen tal- eller antalskolumn: {_rule(own, kinds)}"
    return misspelt_column(token, _columns(own, kinds)) or \
        f"'{token}' i formeln är ingen kolumn i tabellen: {_rule(own, kinds)}"


def _first(own: str, kinds: Mapping[str, str]) -> str:
    """The first number or count column a number column's formula may name, for an example."""
    return next(iter(_columns(own, kinds)), "andel")


def _columns(own: str, kinds: Mapping[str, str]) -> list[str]:
    """The number and count columns a number column's formula may name."""
    return [key for key, kind in kinds.items() if kind in _NUMBERS and key != own]


def _rule(own: str, kinds: Mapping[str, str]) -> str:
    """What a number column's formula holds, with an example from the table's own columns."""
    first, second = [*_columns(own, kinds), "sannolikhet", "konsekvens"][:2]
    return (f"en kolumn med 'typ: tal' räknas ut ur tabellens tal- och antalskolumner och tal, "
            f"multiplicerade med * och lagda ihop med + och −, t.ex. '{first} * {second}' "
            f"eller '{first} + {second}'")


def derived_numbers(spec: TableSpec) -> tuple[TableSpec, list[Finding]]:
    """The table with each number column's formula figured on every row that has the numbers
    it reads, and an error for each figure the case states there that differs."""
    columns = [column for column in spec.columns if column.number_formula]
    if not columns:
        return spec, []
    findings: list[Finding] = []
    rows = tuple(_row(row, spec, columns, findings) for row in spec.rows)
    return replace(spec, rows=rows), findings


def _row(row: RowSpec, spec: TableSpec, columns: list[ColumnSpec],
         findings: list[Finding]) -> RowSpec:
    """A row, and its children, with the number columns' figures; stated ones checked."""
    children = tuple(_row(child, spec, columns, findings) for child in row.children)
    numbers, counts = dict(row.numbers), dict(row.stated)
    for column in columns:
        if column.counted and row.children:
            continue  # (a group's figure is the sum of its rows')
        computed = number_on(column.number_formula, numbers, counts)
        stated = numbers.get(column.key)
        if computed is None:
            continue
        if column.counted:  # (summed, `summeras: ja`: as the table prints it)
            computed = summable(computed, column.number_places)
        if stated is None:
            numbers[column.key] = computed
            if column.counted:
                counts[column.key] = int(computed.value.scaleb(COUNT_PLACES))
        elif stated != computed:
            shown = row._replace(numbers=MappingProxyType(numbers))
            findings.append(Finding((*row.loc, column.key),
                                    _mismatch(spec, column, shown, stated, computed)))
    return row._replace(children=children, numbers=MappingProxyType(numbers),
                        stated=MappingProxyType(counts))


def summable(number: WrittenNumber, places: int | None) -> WrittenNumber:
    """A number of a summed number column (`summeras: ja`) as its column prints and sums
    it: rounded to the column's `decimaler`, else to at most the decimals of a count (a
    product of numbers may have more: trial 87, F3 and F4). The total is then the sum of
    the figures printed."""
    if places is None:
        places = min(number.places, COUNT_PLACES)
    return number.with_places(places) if places != number.places else number


def number_on(formula: Iterable[Term], numbers: Mapping[str, WrittenNumber],
              counts: Mapping[str, object]) -> WrittenNumber | None:
    """A formula's exact figure on a row, or None where a column it reads is empty there."""
    terms = []
    for term in formula:
        operands = [(term.key, term.source), *((f.written, f.kind) for f in term.factors
                                                if f.kind)]
        values = [_value(key, kind, numbers, counts) for key, kind in operands]
        if any(value is None for value in values):
            return None
        constants = [f.value for f in term.factors if not f.kind]
        terms.append((term.sign, [v for v in values if v is not None], constants))
    percent = all(sum(v.percent for v in values) == 1 for _, values, _ in terms)
    total = sum((sign * prod((_as_factor(v, percent) for v in values), start=Decimal(1))
                 * prod(constants, start=Decimal(1)) for sign, values, constants in terms),
                Decimal(0))
    return WrittenNumber(total if percent else _plain(total), percent)


def _value(key: str, kind: str, numbers: Mapping[str, WrittenNumber],
           counts: Mapping[str, object]) -> WrittenNumber | None:
    """A column's figure on a row: a number as written, a count as a plain number with the
    decimals it has (500 as 500, not as the 500,000 thousandths it is held in: trial 72, F2);
    a term's constant (`kind` '') as written."""
    if not kind:  # (a number alone as a term: '100 %' in '100 % - rabatt')
        return parse_number(key)
    if kind == "tal":
        return numbers.get(key)
    count = counts.get(key)
    if count is None:
        return None
    return WrittenNumber(_plain(Decimal(str(count)).scaleb(-COUNT_PLACES)))


def _as_factor(number: WrittenNumber, percent: bool) -> Decimal:
    """A number as it multiplies: a percentage as a fraction, but where the figure is itself
    a percentage (`percent`), as written."""
    return number.value.scaleb(-2) if number.percent and not percent else number.value


def _plain(value: Decimal) -> Decimal:
    """A figure without trailing zeros: those a percentage taken as a fraction leaves (12,5 %
    × 200 is 25, not 25,000), and those of a factor's decimals (2 × 54,5 × 250 km is 27 250
    km, not 27 250,0: trial 93, F3), so that its column shows the decimals its figures need."""
    normal = value.normalize()
    exponent = normal.as_tuple().exponent
    return normal.quantize(Decimal(1)) if isinstance(exponent, int) and exponent > 0 else normal


def _mismatch(spec: TableSpec, column: ColumnSpec, row: RowSpec, stated: WrittenNumber,
              computed: WrittenNumber) -> str:
    """The error for a number the case states that its column's formula does not give."""
    headers = term_names(spec)
    figures = RowFigures(row, row.stated, spec.unit)
    text = terms_written(column.number_formula,
                         lambda key, kind: headers[key] if kind else key, factor_named)
    shown = terms_written(column.number_formula,
                          lambda key, kind: figures.cell(key, kind) if kind
                          else as_written(parse_number(key)),
                          figures.constant)
    difference = WrittenNumber(abs(stated.value - computed.value), computed.percent)
    direction = "högt" if stated.value > computed.value else "lågt"
    return (f"angivet tal {as_written(stated)} för {row.name}, kolumnen '{column.title}' "
            f"stämmer inte med uträkningen {text} ({shown}) = {as_written(computed)} (det "
            f"angivna är {as_written(difference)} för {direction}); rätta talet eller ta bort "
            "det så räknas det ut")

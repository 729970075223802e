"""An amount column's lowest and highest amount (`minst`, `hogst`) as the case writes them.

Either is an amount in the table's unit (`minst: 0`, `hogst: "1 688"`) or one of the case's
named amounts (`hogst: belopp.maxtaxa`, trial 52, F6), which is in kronor whatever the
table's unit; a percentage the case names there is none, and nor is a reference to a cell.
A `hogst` may instead name another amount column of the table whose figure on each row is
that row's highest (`cap_column`: trial 58, F2, Nivå 1 capped at 1 824 kr, the others at
2 089 kr); `minst` is one limit for the whole column. The table computation caps a formula
column at its `hogst` (`compute.tables`); the checks report what cannot be read and the rows
beyond either (`checks.limit_columns`).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from decimal import ROUND_HALF_UP, Decimal

from generator.case.money import AmountError, parse_in_unit, parse_number
from generator.case.suggest import did_you_mean
from generator.compute.formula import NAMED
from generator.formatting import NBSP, Kronor, WrittenNumber, as_written


def cap_column(value: object, column: str, kinds: Mapping[str, str],
               formulas: Collection[str]) -> str:
    """The amount column a `hogst` names, whose typed figure on each row is that row's
    highest, or '' where it names no column of the table (`kinds`: each column's `typ`);
    AmountError where it names one that cannot be a cap."""
    name = value.strip() if isinstance(value, str) else ""
    if name not in kinds:
        amounts = [key for key, kind in kinds.items() if kind == "belopp" and key != column]
        meant = did_you_mean(name, amounts) if name.isidentifier() else None
        if meant:
            raise AmountError(f"'{name}' är ingen kolumn i tabellen, menade du '{meant}'?")
        return ""
    if name == column:
        raise AmountError(f"'{name}' är kolumnen själv; skriv det högsta beloppet, ett av "
                          "ärendets belopp (belopp.namn) eller en annan beloppskolumn med "
                          "varje rads högsta belopp")
    if kinds[name] != "belopp":
        raise AmountError(f"kolumnen '{name}' har 'typ: {kinds[name]}', inga belopp; ett tak "
                          "per rad står i en kolumn med 'typ: belopp'")
    if name in formulas:
        raise AmountError(f"kolumnen '{name}' räknas ut med en formel; skriv varje rads "
                          "högsta belopp i en kolumn utan 'formel'")
    return name


TABLES = "tabeller."
"""What a figure a table holds starts with (`tabeller.budget.kostnad`), which a split's `summa`
may be, or a share of (trial 94, F8), read by the caller's `cell`."""

CellReader = Callable[[str], Kronor]
"""Reads the amount a name of a table's figure finds, or raises AmountError."""


def column_limit(value: object, unit: str, named: Mapping[str, Kronor | WrittenNumber],
                 columns: Collection[str] = (), product: str = "",
                 cell: CellReader | None = None) -> Kronor:
    """The limit in kronor, or AmountError saying why it is none (a Swedish message);
    columns: the names of the table's columns, which a limit cannot be (trial 58, F2);
    product: how a product is written, for a message about one that cannot be read (by
    default a limit's, `PRODUCT`; a split's `summa` is read by this rule too, and may name
    a table's figure, which `cell` reads, instead of one of the case's amounts)."""
    if isinstance(value, str) and (value.strip() in columns or "{{" in value):
        raise AmountError(_per_row(value.strip()))
    if isinstance(value, str) and value.strip() in named:
        raise AmountError(f"'{value.strip()}' är ett av ärendets belopp; skriv "
                          f"'{NAMED}{value.strip()}'")
    if isinstance(value, str) and ("*" in value or (not product and "/" in value)):
        return _product(value, unit, named, product or PRODUCT, not product, cell)
    if cell is not None and isinstance(value, str) and value.strip().startswith(TABLES):
        return cell(value.strip())
    if not (isinstance(value, str) and value.strip().startswith(NAMED)):
        return parse_in_unit(value, unit)
    written = value.strip()
    name = written.removeprefix(NAMED)
    figure = named.get(name)
    if isinstance(figure, WrittenNumber):
        shown = as_written(figure).replace(NBSP, " ")
        raise AmountError(f"'{written}' är en procentsats ({shown}), inget belopp; skriv "
                          "beloppet i tabellens enhet eller ett av ärendets belopp i kronor")
    if figure is not None:
        return figure
    message = f"'{written}' är inget av ärendets belopp"
    if not named:
        raise AmountError(f"{message}; skriv beloppet under 'belopp:' i ärendet, t.ex. "
                          f"belopp: {{{name}: 1688}}")
    meant = did_you_mean(name, list(named))
    if meant:
        raise AmountError(f"{message}, menade du '{NAMED}{meant}'?")
    raise AmountError(f"{message}; ärendets belopp är: {', '.join(NAMED + n for n in named)}")



def _product(written: str, unit: str, named: Mapping[str, Kronor | WrittenNumber],
             how: str, divides: bool, cell: CellReader | None = None) -> Kronor:
    """A limit written as a count and a share of one of the case's amounts (trial 69, F7:
    kanslistöd "för högst fem mandat", 'hogst: 5 * 15 % * belopp.grundbelopp' = 39 375 kr),
    so that it follows the amount when that changes: numbers and percentages times one named
    amount, divided last by a number greater than zero where the rule divides (trial 82, F3:
    the maxtaxa '53,92 % * belopp.pbb / 12', 2 575 kr of 57 300 kr), as a column's formula
    is, rounded half up to whole kronor once (a split's `summa` is not `divides`, and its
    amount may be a table's figure, which `cell` reads)."""
    factors, _, divisor = written.partition("/") if divides else (written, "", "")
    amounts: list[Kronor] = []
    by = _divisor(divisor, written, how) if divisor.strip() else Decimal(1)
    product = Decimal(1)
    for factor in (part.strip() for part in factors.split("*")):
        figure = named.get(factor.removeprefix(NAMED)) if factor.startswith(NAMED) else None
        if (factor.startswith(NAMED) and not isinstance(figure, WrittenNumber)) or \
                (cell is not None and factor.startswith(TABLES)):
            amounts.append(column_limit(factor, unit, named, cell=cell))
            continue
        number = figure if isinstance(figure, WrittenNumber) else _factor(factor, written, how)
        product *= number.fraction
    if len(amounts) != 1:
        raise AmountError(f"'{written.strip()}' {'har inget' if not amounts else 'har mer än ett'}"
                          f" av ärendets belopp; {how}")
    return int((product * amounts[0] / by).quantize(Decimal(1), ROUND_HALF_UP))


PRODUCT = ("ett tak som räknas ut är ett antal och en procentsats gånger ett av ärendets "
            "belopp, t.ex. '5 * 15 % * belopp.grundbelopp', och kan delas sist med ett tal, "
            "t.ex. '53,92 % * belopp.prisbasbelopp / 12'")


def _divisor(written: str, whole: str, how: str) -> Decimal:
    """The number a limit's product is divided by, greater than zero, or AmountError saying
    what a limit may divide by."""
    try:
        number = parse_number(written.strip())
    except AmountError:
        number = None
    if number is None or number.percent or number.value <= 0:
        raise AmountError(f"'{whole.strip()}' delar med '{written.strip()}', men det delas "
                          f"bara en gång, sist, med ett tal större än noll; {how}")
    return number.value


def _factor(factor: str, written: str, how: str) -> WrittenNumber:
    """A number or percentage of a limit's product, or AmountError saying what it may hold."""
    try:
        return parse_number(factor)
    except AmountError:
        raise AmountError(f"'{factor}' i '{written.strip()}' är inget tal; {how}") from None


def _per_row(written: str) -> str:
    """Why a column or a cell of the table is no limit: a lowest amount (and a highest one
    written with {{ … }}) holds for every row."""
    what = "en hänvisning med {{ … }}" if "{{" in written else "en kolumn i tabellen"
    return (f"'{written}' är {what}, men gränsen gäller alla rader i kolumnen: skriv ett "
            "belopp i tabellens enhet eller ett av ärendets belopp (belopp.namn); ett tak "
            "per rad skrivs som 'hogst: ' och namnet på en beloppskolumn med radernas tak")

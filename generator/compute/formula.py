"""A derived column's formula: terms joined by + and − (README, "formel").

A term is an amount column ('tilldelat - anvant'), or a product of one column and one factor
with '*' (or '×'), in either order:

* an amount column times a number: 'manad * 12' (a plain multiplier);
* a number column (`typ: tal`, a percentage multiplying as a fraction: 4 % is 0,04) or a
  count column (`typ: antal`) times one of the case's named amounts ('andel *
  belopp.riksdagsarvode') or times a number, which is then an amount in the table's unit
  ('platser * 1 250,50': 1 250,50 kr a place in a table in kr);
* a number or count column times an amount column of the same table, the row's rate
  ('timmar * timavgift': each row's hours times its own hourly rate);
* an amount column divided by a positive number with '/' (or '÷'): 'ar / 12'.

A number is written as in a cell, with a decimal comma and spaces between thousands.
`parse` turns a formula into signed terms and says, for each part that cannot stand in it,
why and what to write: a name that is no column or no named amount, a column that cannot be
added, a product of two amount columns, of two number or count columns or of two amounts,
a quotient other than an amount column by a positive number, and any other sign
(parentheses).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal
from typing import NamedTuple

from generator.case.money import UNIT_EXPONENT
from generator.case.suggest import did_you_mean
from generator.case.table_models import COUNT
from generator.formatting import Kronor

NAMED = "belopp."
"""How a formula names one of the case's amounts (`belopp:`): belopp.riksdagsarvode."""

_TOKEN = re.compile(
    r"(?P<sign>[+\-−])"
    r"|(?P<times>[*×])"
    r"|(?P<divided>[/÷])"
    r"|(?P<number>\d[\d \u00a0]*(?:[.,]\d+)?)(?!\w)"
    r"|(?P<name>\w+(?:\.\w+)?)"
    r"|(?P<other>\S)"
)
_RULE = ("en formel lägger ihop och drar ifrån beloppskolumner med + och −, multiplicerar "
         "med * och delar med /")
_KINDS = {"tal": "en talkolumn (typ: tal)", COUNT: "en antalskolumn (typ: antal)"}
_COUNTS = {3: "tre", 4: "fyra"}
_INSTEAD = "annars skriv beloppen i kolumnen och ta bort 'formel'"


class Term(NamedTuple):
    """A signed term: column `key`, times `factor` when the term is a product (`by` is the
    factor as the formula writes it: '12', 'belopp.riksdagsarvode'). `source` is the
    column's kind ('belopp', 'tal' or 'antal'). The factor of an amount column is a plain
    multiplier; of a number or count column it is kronor per unit of it. A number or count
    column may instead be multiplied by the row's figure in the amount column `rate`
    ('timmar * timavgift': `by` is then 'timavgift' too, `factor` None). An amount column
    may instead be divided by a positive number, its `divisor` ('ar / 12': `by` '12')."""

    sign: int
    key: str
    factor: Decimal | None = None
    by: str = ""
    source: str = "belopp"
    rate: str = ""
    divisor: Decimal | None = None

    @property
    def product(self) -> bool:
        """Whether the term multiplies its column (by a factor or a rate column) or divides
        it: its figure is then rounded on each row, and a group's is the sum of its rows'."""
        return self.factor is not None or bool(self.rate) or self.divisor is not None

    @property
    def operator(self) -> str:
        """How a message writes the term's operation: '×', or '/' for a quotient."""
        return "/" if self.divisor is not None else "×"


class _Table(NamedTuple):
    """What a formula may name: the table's columns by kind, the column being defined, the
    case's named amounts (kronor) and the table's unit."""

    kinds: Mapping[str, str]
    own: str
    named: Mapping[str, Kronor]
    unit: str


def parse(formula: str, own: str, kinds: Mapping[str, str],
          named: Mapping[str, Kronor] | None = None,
          unit: str = "kr") -> tuple[tuple[Term, ...], list[str]]:
    """The formula's signed terms, and the messages for what cannot stand in it: one for
    each name or product, one for all other signs and numbers. kinds maps each column of the
    table to its type; own is the column being defined; named are the case's amounts."""
    table = _Table(kinds, own, named or {}, unit)
    terms: list[Term] = []
    messages: list[str] = []
    others: list[str] = []
    split = _split(formula, others)
    if others:  # (other signs: the terms cannot be told apart)
        return (), [_others_message(others, table)]
    for sign, parts in split:
        term = _term(sign, parts, table, messages, others)
        if term is not None:
            terms.append(term)
    if others:
        messages.append(_others_message(others, table))
    return tuple(terms), messages


def _split(formula: str, others: list[str]) -> list[tuple[int, list[tuple[str, str]]]]:
    """The formula's signed terms, each as its parts ('*' among them); every other sign goes
    to `others`."""
    terms: list[tuple[int, list[tuple[str, str]]]] = []
    sign, parts = 1, list[tuple[str, str]]()
    for match in _TOKEN.finditer(formula):
        token, group = match.group().strip(), match.lastgroup or ""
        if group == "sign":
            if parts:
                terms.append((sign, parts))
            sign, parts = (1 if token == "+" else -1), []
        elif group == "other":
            others += [] if f"'{token}'" in others else [f"'{token}'"]
        else:
            parts.append((group, token))
    return [*terms, (sign, parts)] if parts else terms


def _term(sign: int, parts: list[tuple[str, str]], table: _Table, messages: list[str],
          others: list[str]) -> Term | None:
    """One term, or None after adding why it cannot stand in the formula."""
    operands = [(group, token) for group, token in parts if group not in ("times", "divided")]
    if len(parts) == 1:
        return _single(sign, *parts[0], table, messages, others)
    if any(group == "divided" for group, _ in parts):
        return _quotient(sign, parts, table, messages)
    if len(operands) != 2 or len(parts) != 3 or parts[1][0] != "times":
        written = " ".join(token for _, token in parts)
        times = len(parts) % 2 and all((group == "times") == (i % 2 == 1)
                                       for i, (group, _) in enumerate(parts))
        what = f"multiplicerar {_COUNTS.get(len(operands), len(operands))} led, men en " \
            "produkt har två" if times else "är ingen produkt av två led"
        messages.append(f"'{written}' i formeln {what}: {_product_rule(table)}")
        return None
    return _product(sign, operands, table, messages)


def _single(sign: int, group: str, token: str, table: _Table, messages: list[str],
            others: list[str]) -> Term | None:
    """A term of one part: an amount column; anything else is reported."""
    kind = table.kinds.get(token)
    if group == "number":
        others += [] if f"talet '{token}'" in others else [f"talet '{token}'"]
    elif token.startswith(NAMED):
        messages.append(_named_message(token, table) or (
            f"'{token}' står ensamt i formeln, men ett av ärendets belopp multiplicerar en tal- "
            f"eller antalskolumn, t.ex. '{_number_column(table)} * {token}'"))
    elif kind == "belopp" and token != table.own:
        return Term(sign, token)
    elif kind in _KINDS and token != table.own:
        messages.append(f"'{token}' i formeln är {_KINDS[kind]} och kan inte läggas ihop med "
                        f"belopp; multiplicera den med {_MULTIPLIERS}, t.ex. "
                        f"{_examples(table, token)}" + (_PERCENT if kind == "tal" else ""))
    else:
        messages.append(_name_message(token, table))
    return None


def _product(sign: int, operands: list[tuple[str, str]], table: _Table,
             messages: list[str]) -> Term | None:
    """A product of one column and one factor, or None after saying why it is none."""
    columns = [token for group, token in operands if _is_column(group, token)]
    factors = [(group, token) for group, token in operands if not _is_column(group, token)]
    wrong = [_name_message(c, table) for c in columns
             if table.kinds.get(c) not in ("belopp", *_KINDS) or c == table.own]
    wrong += [m for m in (_named_message(t, table) for g, t in factors if g == "name") if m]
    written = f"'{operands[0][1]} * {operands[1][1]}' i formeln"
    if wrong:
        messages += wrong
    elif len(columns) == 2:
        return _by_rate(sign, columns, table, messages, written)
    elif not columns:
        messages.append(f"{written} har ingen kolumn att multiplicera: {_product_rule(table)}; "
                        "är det ett fast belopp, skriv det i kolumnen")
    else:
        return _factored(sign, columns[0], *factors[0], table, messages, written)
    return None


def _quotient(sign: int, parts: list[tuple[str, str]], table: _Table,
              messages: list[str]) -> Term | None:
    """An amount column divided by a positive number ('ar / 12'), or None after saying why
    the term is none."""
    written = f"'{' '.join(token for _, token in parts)}' i formeln"
    (group, key), (kind, by) = parts[0], parts[-1]
    if any(group == "times" for group, _ in parts):
        message = f"{written} delar och multiplicerar i samma led: {_divide_rule(table)}; " \
            f"{_product_rule(table)}"
    elif len(parts) != 3 or parts[1][0] != "divided":
        message = _cannot_divide(f"{written} är ingen kvot av två led", table)
    elif not _is_column(group, key):
        message = _cannot_divide(f"{written} delar inte en kolumn", table)
    elif table.kinds.get(key) != "belopp" or key == table.own:
        message = _dividend_message(key, table, written)
    elif kind == "name":
        message = _cannot_divide(f"{written} delar med " + (
            "ett av ärendets belopp" if by.startswith(NAMED) else "en kolumn"), table)
    elif "." in by:
        message = _comma_message(by)
    elif not _number(by):
        message = _cannot_divide(f"{written} delar med noll", table)
    else:
        return Term(sign, key, by=by, divisor=_number(by))
    messages.append(message)
    return None


def _dividend_message(key: str, table: _Table, written: str) -> str:
    """Why a column that is no amount column of the formula's own cannot be divided: a
    number or count column is multiplied instead."""
    kind = table.kinds.get(key, "")
    if kind not in _KINDS or key == table.own:
        return _name_message(key, table)
    return (f"{written} delar {_KINDS[kind]}: {_divide_rule(table)}; en sådan kolumn "
            f"multipliceras med {_MULTIPLIERS}, t.ex. {_examples(table, key)}{_PERCENT}")


def _cannot_divide(what: str, table: _Table) -> str:
    """A quotient the formula cannot hold: what it is, what works, and what to do instead."""
    return f"{what}: {_divide_rule(table)}; {_INSTEAD}"


def _comma_message(written: str) -> str:
    """A number written with a decimal point, and how to write it."""
    return f"talet '{written}' i formeln skrivs med decimalkomma: {written.replace('.', ',')}"


def _divide_rule(table: _Table) -> str:
    """What a formula can divide, with an example from the table's own amount columns."""
    amount = next(iter(_amounts(table)), "belopp")
    return f"en beloppskolumn delas med ett tal större än noll, t.ex. '{amount} / 12'"


def _number(written: str) -> Decimal:
    """A number as a formula writes it, as in a cell: '1 250,50'."""
    return Decimal(re.sub(r"[ \u00a0]", "", written).replace(",", "."))


def _by_rate(sign: int, columns: list[str], table: _Table, messages: list[str],
             written: str) -> Term | None:
    """The product of a number or count column and an amount column, the row's rate, in
    either order; two amount columns or two number or count columns are no such product."""
    kinds = [table.kinds[key] for key in columns]
    if kinds.count("belopp") == 1:
        rate = columns[kinds.index("belopp")]
        key = columns[1 - kinds.index("belopp")]
        return Term(sign, key, by=rate, source=table.kinds[key], rate=rate)
    both = "två beloppskolumner" if "belopp" in kinds else "två tal- eller antalskolumner"
    messages.append(f"{written} multiplicerar {both}: {_product_rule(table)}")
    return None


def _is_column(group: str, token: str) -> bool:
    """Whether a part of a product names a column (else a number or a named amount)."""
    return group == "name" and not token.startswith(NAMED)


def _factored(sign: int, key: str, group: str, by: str, table: _Table, messages: list[str],
              written: str) -> Term | None:
    """The product of column `key` and the factor `by`: a number or a named amount."""
    kind = table.kinds[key]
    if group == "name" and kind == "belopp":
        messages.append(f"{written} multiplicerar två belopp: {_product_rule(table)}")
        return None
    if group == "name":
        return Term(sign, key, Decimal(table.named[by.removeprefix(NAMED)]), by, kind)
    if "." in by:
        messages.append(_comma_message(by))
        return None
    factor = _number(by)
    if kind != "belopp":  # (a number times a count or a number is an amount in the unit)
        factor = factor.scaleb(UNIT_EXPONENT[table.unit])
    return Term(sign, key, factor, by, kind)


def _named_message(token: str, table: _Table) -> str:
    """Why `belopp.x` is none of the case's named amounts ('' when it is one)."""
    name = token.removeprefix(NAMED)
    if name in table.named:
        return ""
    message = f"'{token}' i formeln är inget av ärendets belopp"
    if not table.named:
        return (f"{message}; skriv beloppet under 'belopp:' i ärendet, t.ex. "
                f"belopp: {{{name or 'riksdagsarvode'}: 68400}}")
    suggestion = did_you_mean(name, list(table.named))
    if suggestion:
        return f"{message}, menade du '{NAMED}{suggestion}'?"
    return f"{message}; ärendets belopp är: {', '.join(NAMED + n for n in table.named)}"


def _product_rule(table: _Table) -> str:
    """What a formula can multiply, with examples from the table's own columns."""
    amount = next(iter(_amounts(table)), "belopp")
    return (f"en beloppskolumn multipliceras med ett tal, t.ex. '{amount} * 12', och en tal- "
            f"eller antalskolumn med {_MULTIPLIERS}, t.ex. {_examples(table)}{_PERCENT}")


_MULTIPLIERS = ("en beloppskolumn (radens pris eller taxa), ett av ärendets belopp eller ett "
                "belopp i tabellens enhet")
"""What a number or count column may be multiplied by."""


def _examples(table: _Table, key: str = "") -> str:
    """Products of a number or count column (`key`, else the table's first) for an example:
    by an amount column of the table where it has one, and by a factor."""
    key = key or _number_column(table)
    rate = next(iter(_amounts(table)), "")
    by_rate = f"'{key} * {rate}' eller " if rate else ""
    return f"{by_rate}'{key} * {_factor(table)}'"


_PERCENT = " (procent räknas som andel: 4 % är 0,04)"


def _number_column(table: _Table) -> str:
    """A number or count column of the table for an example ('andel' when it has none)."""
    return next((k for k, v in table.kinds.items() if v in _KINDS), "andel")


def _factor(table: _Table) -> str:
    """A factor for an example: the case's first named amount, else a number."""
    return NAMED + next(iter(table.named)) if table.named else "1 250"


def _amounts(table: _Table) -> list[str]:
    """The amount columns the formula may use: all but its own."""
    return [key for key, kind in table.kinds.items() if kind == "belopp" and key != table.own]


def _others_message(others: list[str], table: _Table) -> str:
    """Signs other than +, − and *, and numbers alone: what a formula holds instead."""
    parts = " och ".join((", ".join(others[:-1]), others[-1])) if len(others) > 1 else others[0]
    return f"{parts} kan inte stå i en formel: {_RULE}{_example(_amounts(table))}; {_INSTEAD}"


def _example(amounts: list[str]) -> str:
    """Example formulas from the table's own amount columns (none without one)."""
    if len(amounts) >= 2:
        return f", t.ex. '{amounts[0]} + {amounts[1]}', '{amounts[0]} * 12' eller " \
            f"'{amounts[0]} / 12'"
    return f", t.ex. '{amounts[0]} * 12' eller '{amounts[0]} / 12'" if amounts else ""


def _name_message(token: str, table: _Table) -> str:
    """Why a name cannot stand in the formula: the nearest other amount column to a name that
    is no column ('utfal': 'utfall'), else the amount columns the formula may use."""
    own, kinds, amounts = table.own, table.kinds, _amounts(table)
    if token == own:
        message = f"'{token}' i formeln är kolumnen själv, som inte kan räknas ut ur sig själv"
    elif token in kinds:
        message = f"'{token}' i formeln är ingen beloppskolumn och kan inte räknas med"
    else:
        message = f"'{token}' i formeln är ingen kolumn i tabellen"
        suggestion = did_you_mean(token, amounts)
        if suggestion:
            return f"{message}, menade du '{suggestion}'?"
    if not amounts:
        return f"{message}; lägg till de beloppskolumner som formeln räknar med (typ: belopp)"
    but_not = "" if token == own else \
        f" (inte '{own}', som är kolumnen själv och inte kan räknas ut ur sig själv)"
    return f"{message}; formeln kan räkna med beloppskolumnerna: {', '.join(amounts)}{but_not}"

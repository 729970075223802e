"""A derived column's formula: terms joined by + and − (README, "formel").

A term is an amount column ('tilldelat - anvant'), or a product of a column and up to three
more factors with '*' (or '×'), in any order, one of them at most an amount:

* an amount column times numbers: 'manad * 12' (plain multipliers);
* a number column (`typ: tal`, a percentage multiplying as a fraction: 4 % is 0,04) or a
  count column (`typ: antal`) times one of the case's named amounts ('andel *
  belopp.riksdagsarvode') or times a number, which is then an amount in the table's unit
  ('platser * 1 250,50': 1 250,50 kr a place in a table in kr);
* a number or count column times an amount column of the same table, the row's rate
  ('timmar * timavgift': each row's hours times its own hourly rate);
* any of these times further number or count columns and numbers ('antal *
  belopp.per_person * 12', 'platser * pris * 12');
* an amount column divided with '/' (or '÷') by a positive number ('ar / 12') or by a
  number or count column of the same table, the row's own ('ar / dagar'), or by both, in
  either order ('utrymme / anstallda / 12', trial 96, F4: per employee and month); so may a
  product be, the divisions last ('yta * pris / 12'), and is rounded once;
* any of these with a bracketed sum of amount columns for its amount column ('(summa +
  admin) * 6 %', '(ar + tillagg) / 12'): a term for each column, the bracket kept
  (`Term.bracket`) so that messages write it as the case does.

Beside such terms one of the case's named amounts may be added or subtracted alone, the same
on every row ('grundavgift + tomningar * pris' with `belopp.grundavgift`, trial 81, F3;
'inkomst - belopp.minimibelopp - boende', trial 82, F2), or times numbers ('12 *
belopp.manadsavgift', `_fixed_product`): a `Fixed` amount, no term, which
the caller collects (`parse`'s `fixed`). A formula of such amounts alone names no column
and is reported.

Products that differ in their amount column alone ('summa * 6 % + admin * 6 %', as the
bracketed sum) share their `multiplier`: a row adds them exact and rounds them once.

A number is written as in a cell, with a decimal comma and spaces between thousands; a
number with '%' after it is the rate it says ('underlag * 30 %': 0,30 of each row's
underlag, trial 49), a multiplier beside an amount, never an amount itself.
`parse` turns a formula into signed terms and says, for each part that cannot stand in it,
why and what to write: a name that is no column or no named amount, a column that cannot be
added, a product of two amounts (columns or named), of number or count columns alone, of
more than four factors, a quotient other than an amount column by a positive number or a
number or count column, brackets within brackets, two in one term or around anything but a
sum of amount columns, and any other sign.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from decimal import Decimal
from math import prod
from typing import NamedTuple

from generator.case.meant_percents import may_be_percentage
from generator.case.money import UNIT_EXPONENT, as_case_amount
from generator.case.suggest import did_you_mean
from generator.case.table_models import COUNT
from generator.formatting import Kronor

NAMED = "belopp."
"""How a formula names one of the case's amounts (`belopp:`): belopp.riksdagsarvode."""

_TOKEN = re.compile(
    r"(?P<sign>[+\-−])"
    r"|(?P<times>[*×])"
    r"|(?P<divided>[/÷])"
    r"|(?P<number>\d[\d \u00a0]*(?:[.,]\d+)?(?:[ \u00a0]*%)?)(?!\w)"
    r"|(?P<name>\w+(?:\.\w+)?)"
    r"|(?P<open>\()|(?P<close>\))"
    r"|(?P<other>\S)"
)
_RULE = ("en formel lägger ihop och drar ifrån beloppskolumner med + och −, multiplicerar "
         "med * och delar med /")
_KINDS = {"tal": "en talkolumn (typ: tal)", COUNT: "en antalskolumn (typ: antal)"}
_COUNTS = {2: "två", 3: "tre", 4: "fyra", 5: "fem", 6: "sex"}
MAX_FACTORS = 4
"""The most factors a product may have ('antal * belopp.per_person * 12')."""
_INSTEAD = "annars skriv beloppen i kolumnen och ta bort 'formel'"


class Factor(NamedTuple):
    """A factor of a product after its term's column, or a quotient's divisor, as the formula
    writes it (`written`): another column of the table (`kind` its type: 'belopp', 'tal' or
    'antal'), or a constant (`kind` ''; `value`): a plain number, or the term's amount in
    kronor (`amount`: a named amount, or a number that is an amount in the table's unit)."""

    written: str
    kind: str = ""
    value: Decimal = Decimal(1)
    amount: bool = False


class Term(NamedTuple):
    """A signed term: column `key` (`source` its kind: 'belopp', 'tal' or 'antal'), times
    its `factors` when the term is a product, or divided by its `divisor` (a number, or a
    number or count column of the row: 'ar / dagar'). A product has one amount at most: an
    amount column, a named amount or a number in the table's unit; `key` is then a number or
    count column where there is one ('antal * belopp.per_person * 12', 'platser * pris')."""

    sign: int
    key: str
    source: str = "belopp"
    factors: tuple[Factor, ...] = ()
    divisor: Factor | None = None
    bracket: int = 0
    """Which bracketed sum of the formula the term's amount column stands in, counted from
    1 ('(summa + admin) * 6 %' is 'summa * 6 %' and 'admin * 6 %' of bracket 1); 0: none."""
    per: Factor | None = None
    """A number the term is divided by beside its `divisor`, a number or count column
    ('utrymme / anstallda / 12': 12); the two are one exact division."""

    @property
    def read(self) -> tuple[str, ...]:
        """The columns the term reads: its own, and any among its factors and divisor."""
        return (self.key, *(f.written for f in (*self.factors, self.divisor)
                            if f is not None and f.kind))

    @property
    def product(self) -> bool:
        """Whether the term multiplies its column or divides it: its figure is then rounded
        on each row, and a group's is the sum of its rows'."""
        return bool(self.factors) or self.divisor is not None

    @property
    def multiplier(self) -> tuple[tuple[Factor, ...], Factor | None, Factor | None]:
        """What the term multiplies and divides its amount by (its amount column, else its
        column), a constant by its value ('6 %' as '6%'): products with the same one ('summa
        * 6 % + admin * 6 %') are one product of their amounts' sum, rounded once on a row."""
        base = self.amount_column or self.key
        operands = [Factor(self.key, self.source), *self.factors]
        operands.remove(next(f for f in operands if f.written == base and f.kind))
        return tuple(sorted(_as_multiplied(f) for f in operands)), \
            None if self.divisor is None else _as_multiplied(self.divisor), \
            None if self.per is None else _as_multiplied(self.per)

    @property
    def rate(self) -> str:
        """The amount column that multiplies a number or count column as the row's own rate
        ('timmar * timavgift': 'timavgift'), else ''."""
        return next((f.written for f in self.factors if f.kind == "belopp"), "")

    @property
    def amount_column(self) -> str:
        """The amount column of the term ('' where its amount is a constant)."""
        return self.key if self.source == "belopp" else self.rate


def _as_multiplied(factor: Factor) -> Factor:
    """A factor as it multiplies: a column by its name, a constant by its value alone."""
    return factor if factor.kind else factor._replace(written="")


class _Table(NamedTuple):
    """What a formula may name: the table's columns by kind, the column being defined, the
    case's named amounts (kronor) and the table's unit."""

    kinds: Mapping[str, str]
    own: str
    named: Mapping[str, Kronor]
    unit: str
    rates: list[RateSlip] | None
    """Where given, the named amounts that multiply an amount column and may be a
    percentage typed without its sign are collected here instead of reported."""
    written: str
    """The formula as the case writes it."""
    fixed: list[Fixed]
    """The case's amounts the formula adds or subtracts alone, as they are read."""


class Fixed(NamedTuple):
    """One of the case's amounts added to or subtracted from a formula's figure on every row
    ('v2 + belopp.grundavgift'): its sign, its name as the formula writes it
    ('belopp.grundavgift') and its amount in kronor (292)."""

    sign: int
    written: str
    value: Kronor
    after: int = 0
    """How many of the formula's terms come before it, as the formula writes them: where a
    message writes it ('belopp.avgift - rabatt * belopp.avgift': 0)."""
    named: Kronor | None = None
    """The case's amount that a product or quotient of it names, as the case states it (150
    for '12 * belopp.manadsavgift', whose `value` is 1 800): the decimals a column's rounding
    follows (`TableSpec.product_steps`); None for an amount added alone."""

    @property
    def product(self) -> bool:
        """Whether the amount is one of the case's amounts times or divided by numbers, exact,
        to be rounded with the row ('belopp.ram * 2,5 %')."""
        return self.named is not None

    @property
    def stated(self) -> Kronor:
        """The case's amount as the case states it: what its decimals are judged by."""
        return self.value if self.named is None else self.named


class RateSlip(NamedTuple):
    """A named amount that multiplies an amount column ('gammal * belopp.index'), small
    enough to be a percentage typed without its sign (`index: 3.6` for "3,6 %"): reported at
    the amount, where it is put right (trial 77, F2)."""

    name: str
    """The amount's name under `belopp:` ('index')."""
    written: str
    """The product as the formula writes it ('gammal * belopp.index')."""
    value: Kronor
    """The amount (3,60 kr)."""


def parse(formula: str, own: str, kinds: Mapping[str, str],
          named: Mapping[str, Kronor] | None = None,
          unit: str = "kr", rates: list[RateSlip] | None = None,
          fixed: list[Fixed] | None = None,
          alone: bool = False) -> tuple[tuple[Term, ...], list[str]]:
    """The formula's signed terms, and the messages for what cannot stand in it: one for
    each name or product, one for all other signs and numbers. kinds maps each column of the
    table to its type; own is the column being defined; named are the case's amounts. A
    bracketed sum of amount columns in a term ('(summa + admin) * 6 %') is a term for each
    of them, all of one `bracket`. A named amount that may be a percentage typed without its
    sign, multiplying an amount column, goes to `rates` where it is given (`RateSlip`). A
    named amount added or subtracted alone ('v2 + belopp.grundavgift') goes to `fixed`
    (`Fixed`) beside at least one term; without terms, or without `fixed` (a caller that
    computes none), it is reported, unless the formula may be such amounts `alone` (an
    amount under `belopp` worked out from others: `compute.derived_amounts`)."""
    terms: list[Term] = []
    messages: list[str] = []
    others: list[str] = []
    faults: list[str] = []
    found: list[Fixed] = []
    split = _split(formula, others, faults)
    table = _Table(kinds, own, named or {}, unit, rates, formula, found)
    if faults or others:  # (brackets or other signs: the terms cannot be told apart)
        return (), [_bracket_message(fault, table) for fault in dict.fromkeys(faults)] + (
            [_others_message(others, table)] if others else [])
    bracket = 0
    for sign, parts in split:
        placed = len(found)
        brackets = sum(group == "bracket" for group, _ in parts)
        if brackets > 1:
            messages.append(_bracket_message(f"'{_joined_parts(parts)}' i formeln har "
                                             f"{_count(brackets)} parenteser i samma led", table))
        elif brackets:
            bracket += 1
            terms += _bracketed(sign, parts, table, messages, others, bracket)
        elif (term := _term(sign, parts, table, messages, others)) is not None:
            terms.append(term)
        found[placed:] = [amount._replace(after=len(terms)) for amount in found[placed:]]
    if others:
        messages.append(_others_message(others, table))
    if found and not (terms or messages) and fixed is not None and (alone or _constant(found)):
        fixed += found  # (one of the case's amounts, the same on every row: trial 91, F4)
    elif found and not (terms or messages):
        messages.append(_fixed_alone(table))
    elif fixed is None:
        messages += [f"'{amount.written}' i formeln kan inte läggas till eller dras ifrån här"
                     for amount in found]
    else:
        fixed += found
    return tuple(terms), messages


def split_terms(formula: str) -> tuple[list[tuple[int, list[tuple[str, str]]]], list[str],
                                        list[str]]:
    """The formula's signed terms, each as its parts, with the other signs it holds and the
    brackets that cannot be read (`_split`): for a number column's formula too."""
    others: list[str] = []
    faults: list[str] = []
    return _split(formula, others, faults), others, faults


def _split(formula: str, others: list[str],
           faults: list[str]) -> list[tuple[int, list[tuple[str, str]]]]:
    """The formula's signed terms, each as its parts ('*' among them, a bracketed sum one
    part: ('bracket', 'summa + admin')); every other sign goes to `others`, and brackets
    that cannot be read (within brackets, unclosed) to `faults`."""
    terms: list[tuple[int, list[tuple[str, str]]]] = []
    sign, parts = 1, list[tuple[str, str]]()
    for group, token in _tokens(formula, faults):
        if group == "sign":
            if parts:
                terms.append((sign, parts))
            sign, parts = (1 if token == "+" else -1), []
        elif group == "other":
            others += [] if f"'{token}'" in others else [f"'{token}'"]
        else:
            parts.append((group, token))
    return [*terms, (sign, parts)] if parts else terms


def _tokens(formula: str, faults: list[str]) -> Iterator[tuple[str, str]]:
    """The formula's tokens (group and text), a bracketed sum as one ('bracket' and what it
    holds); a bracket within a bracket, and one not closed or not opened, go to `faults`."""
    depth, start = 0, 0
    for match in _TOKEN.finditer(formula):
        group = match.lastgroup or ""
        if group == "open":
            if depth == 1:
                faults.append("formeln har en parentes inom en parentes")
            depth, start = depth + 1, match.end() if not depth else start
        elif group == "close" and not depth:
            faults.append("formeln har en ')' utan '(' före")
        elif group == "close":
            depth -= 1
            if not depth:
                yield "bracket", formula[start:match.start()].strip()
        elif not depth:
            yield group, match.group().strip()
    if depth:
        faults.append("formeln har en '(' utan ')' efter")


def _bracketed(sign: int, parts: list[tuple[str, str]], table: _Table, messages: list[str],
               others: list[str], bracket: int) -> list[Term]:
    """A term with a bracketed sum of amount columns as one factor ('(summa + admin) * 6 %',
    '(ar + tillagg) / 12'): the term once for each column, its sign times the column's,
    or none after saying why the sum or the term cannot stand in the formula."""
    index = next(i for i, (group, _) in enumerate(parts) if group == "bracket")
    inner = _split(parts[index][1], [], [])
    if any(len(addend) != 1 or addend[0][0] != "name" for _, addend in inner) or not inner:
        what = f"'({parts[index][1]})' i formeln är ingen summa av beloppskolumner"
        amount = next((t for g, t in parts if g == "name"), "")
        hint = discount_hint(table.kinds, amount) if _share_left(inner, table) else ""
        messages.append(what + hint if hint else _bracket_message(what, table))
        return []
    if any(addend[0][1].startswith(NAMED) for _, addend in inner):
        messages.append(_named_in_bracket(parts, index))
        return []
    found = [_single(s, *addend[0], table, messages, []) for s, addend in inner]
    columns = [column for column in found if column is not None]
    if len(columns) < len(found):
        return []
    first = columns[0].key
    alone = [*parts[:index], ("name", first), *parts[index + 1:]]
    said: list[str] = []
    term = _term(sign, alone, table, said, others)
    messages += [m.replace(f"'{_joined_parts(alone)}'", f"'{_joined_parts(parts)}'")
                 for m in said]
    if term is None:
        return []
    return [_swapped(term, first, column.key)._replace(
        sign=sign * column.sign, bracket=bracket if len(columns) > 1 else 0)
        for column in columns]


def _named_in_bracket(parts: list[tuple[str, str]], index: int) -> str:
    """Why one of the case's amounts cannot stand in a bracketed sum ('(summa + belopp.x) *
    6 %'), and the column of its own that sums it instead."""
    inner = parts[index][1]
    rest = _joined_parts([*parts[:index], ("name", "underlag"), *parts[index + 1:]])
    return (f"'({inner})' i formeln har ett av ärendets belopp inom en parentes, men en "
            "parentes är en summa av beloppskolumner; räkna ut summan i en egen kolumn, "
            f"t.ex. {{namn: underlag, typ: belopp, formel: {inner}}}, och räkna med den: "
            f"'{rest}'")


def _share_left(inner: list[tuple[int, list[tuple[str, str]]]], table: _Table) -> bool:
    """Whether a bracket is what is left of a whole after a rate of a number column, '1 -
    rabatt' or '100 % - rabatt' (a discount per row, trial 60, F2)."""
    kinds = [("number" if group == "number" else table.kinds.get(token, ""), sign)
             for sign, addend in inner for group, token in addend if len(addend) == 1]
    return len(kinds) == 2 and kinds[0][0] == "number" and kinds[1] == ("tal", -1)


def _swapped(term: Term, old: str, new: str) -> Term:
    """A term with its amount column `old` (its key, or a factor: the row's rate) `new`."""
    if term.key == old:
        return term._replace(key=new)
    return term._replace(factors=tuple(f._replace(written=new) if f.written == old and f.kind
                                       else f for f in term.factors))


def _joined_parts(parts: list[tuple[str, str]]) -> str:
    """A term's parts as a message quotes them: 'summa * 6 %', '(summa + admin) * 6 %'."""
    return " ".join(f"({token})" if group == "bracket" else token for group, token in parts)


def _term(sign: int, parts: list[tuple[str, str]], table: _Table, messages: list[str],
          others: list[str]) -> Term | None:
    """One term, or None after adding why it cannot stand in the formula."""
    operands = [(group, token) for group, token in parts if group not in ("times", "divided")]
    if len(parts) == 1:
        return _single(sign, *parts[0], table, messages, others)
    if any(group == "divided" for group, _ in parts):
        return _quotient(sign, parts, table, messages)
    written = " ".join(token for _, token in parts)
    if len(parts) % 2 == 0 or any((group == "times") != (i % 2 == 1)
                                  for i, (group, _) in enumerate(parts)):
        messages.append(f"'{written}' i formeln är ingen produkt: {_product_rule(table)}")
    elif len(operands) > MAX_FACTORS:
        messages.append(f"'{written}' i formeln multiplicerar {_count(len(operands))} led, men "
                        f"en produkt har högst {_count(MAX_FACTORS)}: {_product_rule(table)}")
    else:
        return _product(sign, operands, table, messages)
    return None


def _single(sign: int, group: str, token: str, table: _Table, messages: list[str],
            others: list[str]) -> Term | None:
    """A term of one part: an amount column; anything else is reported."""
    kind = table.kinds.get(token)
    if group == "number":
        others += [] if f"talet '{token}'" in others else [f"talet '{token}'"]
    elif token.startswith(NAMED):
        message = _named_message(token, table)
        if message:
            messages.append(message)
        else:
            table.fixed.append(Fixed(sign, token, table.named[token.removeprefix(NAMED)]))
    elif kind == "belopp" and token != table.own:
        return Term(sign, token)
    elif kind in _KINDS and token != table.own:
        messages.append(f"'{token}' i formeln är {_KINDS[kind]} och kan inte läggas ihop med "
                        f"belopp; multiplicera den med {_MULTIPLIERS}, t.ex. "
                        f"{_examples(table, token)}" + (_PERCENT if kind == "tal" else ""))
    else:
        messages.append(_name_message(token, table))
    return None


def _constant(found: list[Fixed]) -> bool:
    """Whether a formula is one of the case's amounts alone ('belopp.driftstod_per_ar'): a
    column whose every row has that amount, written once (trial 91, F4)."""
    return len(found) == 1 and found[0].sign > 0 and not found[0].product


def _fixed_alone(table: _Table) -> str:
    """Why a formula of the case's amounts alone ('belopp.avgift', 'belopp.a + belopp.b')
    cannot stand: it names no column, and would be the same on every row."""
    written = table.written.strip()
    what = f"'{written}' står ensamt i formeln" if " " not in written else \
        f"'{written}' i formeln räknar bara med ärendets belopp"
    token = table.fixed[0].written
    amount = next(iter(_amounts(table)), "")
    added = f", eller läggs till eller dras ifrån en beloppskolumn, t.ex. '{amount} + {token}'" \
        if amount else ""
    return (f"{what}, men en formel räknar med tabellens kolumner: ett av ärendets belopp "
            f"multiplicerar en tal- eller antalskolumn, t.ex. '{_number_column(table)} * "
            f"{token}'{added}; är det samma belopp på varje rad, skriv det som ett eget belopp "
            "under 'belopp' och dess namn ensamt som formel ('formel: belopp.namnet'), så står "
            "det på varje rad")


def _product(sign: int, operands: list[tuple[str, str]], table: _Table,
             messages: list[str]) -> Term | None:
    """A product of a column and up to three more factors with one amount among them, or
    None after saying why it is none."""
    columns = [token for group, token in operands if _is_column(group, token)]
    wrong = [_name_message(c, table) for c in columns
             if table.kinds.get(c) not in ("belopp", *_KINDS) or c == table.own]
    wrong += [m for m in (_named_message(t, table) for g, t in operands
                          if g == "name" and t.startswith(NAMED)) if m]
    wrong += [comma_message(t) for g, t in operands if g == "number" and "." in t]
    written = f"'{' * '.join(token for _, token in operands)}' i formeln"
    amounts = [t for g, t in operands if g == "name" and table.kinds.get(t, "belopp") == "belopp"]
    wrong += [] if amounts else [_percent_message(t, table) for g, t in operands
                                 if g == "number" and t.endswith("%")][:1]
    if wrong:
        messages += wrong
    elif not columns and (fixed := _fixed_product(sign, operands, table)) is not None:
        table.fixed.append(fixed)
    elif not columns:
        messages.append(f"{written} har ingen kolumn att multiplicera: {_product_rule(table)}; "
                        f"{_fixed_hint(operands, table)}")
    elif len(amounts) > 1 and (slip := _rate_slip(operands, amounts, table)):
        assert table.rates is not None  # (`_rate_slip` finds one only then)
        table.rates.append(slip)
    elif len(amounts) > 1:
        both = "beloppskolumner" if set(amounts) <= set(columns) else "belopp"
        messages.append(f"{written} multiplicerar {_count(len(amounts))} {both}: "
                        f"{_product_rule(table)}")
    elif not amounts and all(group == "name" for group, _ in operands):
        messages.append(f"{written} multiplicerar {_count(len(columns))} tal- eller "
                        f"antalskolumner, och produkten är ett tal och inget belopp: skriv "
                        f"'typ: tal' i kolumnen '{table.own}' (utan 'summeras'), så räknas "
                        f"talet ut exakt och visas som ett tal, t.ex. {{namn: {table.own}, "
                        f"typ: tal, formel: {' * '.join(columns)}}}")
    else:
        return _factored(sign, operands, columns, table)
    return None


def _fixed_product(sign: int, operands: list[tuple[str, str]], table: _Table) -> Fixed | None:
    """One of the case's amounts times numbers alone ('12 * belopp.manadsavgift', 'belopp.ram
    * 5 %'): a `Fixed` amount, the same on every row, taken exact (the row is rounded once);
    None for any other product without a column."""
    named = [token for group, token in operands if token.startswith(NAMED)]
    if len(named) != 1 or any(group not in ("name", "number") for group, _ in operands):
        return None
    amount = table.named[named[0].removeprefix(NAMED)]
    value = Decimal(amount)
    for group, token in operands:
        value *= written_number(token) if group == "number" else 1
    return Fixed(sign, " * ".join(token for _, token in operands), value, named=amount)


def _divided_fixed(divisors: list[tuple[str, str]], table: _Table, written: str) -> str:
    """Divide the case's amount the formula just collected ('belopp.arsavgift / 12', '12 *
    belopp.avgift / 52') by each number greater than zero, exact: the row rounds it once; or
    take it back and say why it cannot be divided so (by a column: it is no row's own
    figure); '' when it is divided."""
    for divisor in divisors:
        message = _divided_fixed_once(divisor, table, written)
        if message:
            return message
    return ""


def _divided_fixed_once(divisor: tuple[str, str], table: _Table, written: str) -> str | None:
    """Divide the case's amount the formula just collected by one number (`_divided_fixed`)."""
    amount = table.fixed.pop()
    by = _divisor(*divisor, table, written)
    if isinstance(by, Factor) and by.kind:
        return _cannot_divide(f"{written} delar ett av ärendets belopp med kolumnen "
                              f"'{by.written}', men ärendets belopp är samma på varje rad och "
                              "delas bara med ett tal", table)
    if isinstance(by, str):
        return by
    table.fixed.append(amount._replace(written=f"{amount.written} / {divisor[1]}",
                                       value=Decimal(amount.value) / by.value,
                                       named=amount.stated))
    return None


def _fixed_hint(operands: list[tuple[str, str]], table: _Table) -> str:
    """What to write for a product of constants alone: beside other terms, one of the case's
    amounts it names is added alone ('v2 + belopp.grundavgift * 1', trial 81, F3: 'v2 +
    belopp.grundavgift'); any other fixed amount is typed in the column."""
    named = next((token for _, token in operands if token.startswith(NAMED)), "")
    amount = next(iter(_amounts(table)), "")
    beside = amount and len(_split(table.written, [], [])) >= 2
    numbers = [written_number(token) for group, token in operands if group == "number"]
    if beside and not named and not any(token.endswith("%") for _, token in operands):
        written = " * ".join(token for _, token in operands)
        return _naming_hint(prod(numbers, start=Decimal(1)), written, table)
    if not (named and beside):
        return "är det ett fast belopp, skriv det i kolumnen"
    return (f"ska samma belopp läggas till på varje rad, skriv det ensamt i formeln, t.ex. "
            f"'{amount} + {named}'")


def _rate_slip(operands: list[tuple[str, str]], amounts: list[str],
               table: _Table) -> RateSlip | None:
    """The one named amount of a product's amounts beside amount columns alone, where it
    may be a percentage typed without its sign and the caller collects such (`rates`)."""
    named = [token.removeprefix(NAMED) for token in amounts if token.startswith(NAMED)]
    if table.rates is None or len(named) != 1 or named[0] not in table.named:
        return None
    if not may_be_percentage(table.named[named[0]]):
        return None
    return RateSlip(named[0], " * ".join(token for _, token in operands),
                    table.named[named[0]])


def _factored(sign: int, operands: list[tuple[str, str]], columns: list[str],
              table: _Table) -> Term:
    """The product of the operands, its column first: a number or count column where there
    is one beside an amount column, the row's rate. The first number is an amount in the
    table's unit where no other factor is an amount ('platser * 1 250,50')."""
    counted = [c for c in columns if table.kinds[c] in _KINDS]
    key = counted[0] if counted and len(columns) > 1 else columns[0]
    amount = any(group == "name" and table.kinds.get(token, "belopp") == "belopp"
                 for group, token in operands)
    rest = list(operands)
    rest.remove(("name", key))
    factors = []
    for group, token in rest:
        factors.append(_factor(group, token, table, amount=not amount))
        amount = amount or group == "number"
    return Term(sign, key, table.kinds[key], tuple(factors))


def _factor(group: str, token: str, table: _Table, amount: bool) -> Factor:
    """One factor of a product: another column, a named amount, or a number, which is an
    amount in the table's unit where it is the product's `amount`."""
    if group == "number":
        value = written_number(token)
        return Factor(token, value=value.scaleb(UNIT_EXPONENT[table.unit]), amount=True) \
            if amount else Factor(token, value=value)
    if token.startswith(NAMED):
        return Factor(token, value=Decimal(table.named[token.removeprefix(NAMED)]), amount=True)
    return Factor(token, table.kinds[token])


def _count(number: int) -> str:
    """A count of factors as a message writes it: 'två', 'tre'."""
    return _COUNTS.get(number, str(number))


def _quotient(sign: int, parts: list[tuple[str, str]], table: _Table,
              messages: list[str]) -> Term | None:
    """An amount column divided by a positive number ('ar / 12') or by a number or count
    column of the table, the row's own ('ar / dagar'), or None after saying why the term is
    none."""
    written = f"'{' '.join(token for _, token in parts)}' i formeln"
    group, key = parts[0]
    if any(group == "times" for group, _ in parts):
        return _divided_product(sign, parts, table, messages, written)
    if len(parts) not in (3, 5) or any(part != "divided" for part, _ in parts[1::2]):
        message = _cannot_divide(f"{written} är ingen kvot av två led", table)
    elif group == "name" and key.startswith(NAMED):
        message = _named_message(key, table)
        if not message:  # (one of the case's amounts divided: 'belopp.arsavgift / 12')
            table.fixed.append(Fixed(sign, key, table.named[key.removeprefix(NAMED)]))
            message = _divided_fixed(parts[2::2], table, written)
        if not message:
            return None
    elif not _is_column(group, key):
        message = _cannot_divide(f"{written} delar inte en kolumn", table)
    elif table.kinds.get(key) != "belopp" or key == table.own:
        message = _dividend_message(key, table, written)
    else:
        term = _divided(Term(sign, key), parts[2::2], table, written)
        if isinstance(term, Term):
            return term
        message = term
    messages.append(message)
    return None


def _divided_product(sign: int, parts: list[tuple[str, str]], table: _Table,
                     messages: list[str], written: str) -> Term | None:
    """A product divided once, last, by a positive number or a number or count column, or
    both ('yta * pris / 12'), or None after saying why the term is none."""
    first = next(index for index, (group, _) in enumerate(parts) if group == "divided")
    divisors = parts[first + 1::2]
    if first < 3 or len(divisors) > 2 or any(group != "divided" for group, _ in parts[first::2]) \
            or any(group in ("times", "divided") for group, _ in divisors):
        rate = next(iter(_amounts(table)), _sample_factor(table))
        messages.append(f"{written} delar och multiplicerar i samma led, men en produkt delas "
                        f"sist och en gång, t.ex. '{_number_column(table)} * {rate} / 12': "
                        f"{_divide_rule(table)}; {_product_rule(table)}")
        return None
    placed = len(table.fixed)
    product = _term(sign, parts[:first], table, messages, [])
    if product is None and len(table.fixed) > placed:  # (the case's amount times numbers)
        messages += [m for m in [_divided_fixed(divisors, table, written)] if m]
        return None
    if product is None:
        return None
    term = _divided(product, divisors, table, written)
    if isinstance(term, str):
        messages.append(term)
        return None
    return term


def _divided(term: Term, divisors: list[tuple[str, str]], table: _Table,
             written: str) -> Term | str:
    """A term divided by its one divisor ('ar / 12', 'ar / dagar'), or by two, a number or
    count column and a number, in either order, or two numbers, as one exact division
    ('utrymme / anstallda / 12', trial 96, F4); else why it cannot be."""
    found = [_divisor(group, by, table, written) for group, by in divisors]
    message = next((divisor for divisor in found if isinstance(divisor, str)), None)
    if message is not None:
        return message
    factors = [divisor for divisor in found if isinstance(divisor, Factor)]
    if len(factors) == 1:
        return term._replace(divisor=factors[0])
    columns = [factor for factor in factors if factor.kind]
    if not columns:  # ('ar / 12 / 2': one number, written as the formula writes it)
        value = prod((factor.value for factor in factors), start=Decimal(1))
        return term._replace(divisor=Factor(" / ".join(f.written for f in factors), value=value))
    if len(columns) == 2:
        return _cannot_divide(f"{written} delar med två kolumner, men en kvot delas med en "
                              f"kolumn och ett tal högst, t.ex. '{term.key} / "
                              f"{columns[0].written} / 12'", table)
    return term._replace(divisor=columns[0],
                         per=next(factor for factor in factors if not factor.kind))


def _divisor(group: str, by: str, table: _Table, written: str) -> Factor | str:
    """What an amount column is divided by: a number greater than zero, or a number or
    count column of the table; else why it cannot be."""
    kind = table.kinds.get(by, "")
    if by.startswith(NAMED):
        return _cannot_divide(f"{written} delar med ett av ärendets belopp", table)
    if group == "name" and kind == "belopp" and by != table.own:
        return _cannot_divide(f"{written} delar ett belopp med ett belopp ('{by}' är en "
                              "beloppskolumn)", table)
    if group == "name" and (kind not in _KINDS or by == table.own):
        return _divisor_name_message(by, table, written)
    if group == "name":
        return Factor(by, kind)
    if "." in by:
        return comma_message(by)
    if not written_number(by):
        return _cannot_divide(f"{written} delar med noll", table)
    return Factor(by, value=written_number(by))


def _divisor_name_message(by: str, table: _Table, written: str) -> str:
    """Why a name an amount column is divided by is none of the table's number or count
    columns, with the nearest one to a name that is no column ('dgr': 'dagar')."""
    if by not in table.kinds:
        counts = [key for key, kind in table.kinds.items() if kind in _KINDS]
        suggestion = did_you_mean(by, counts)
        if suggestion:
            return f"'{by}' i formeln är ingen kolumn i tabellen, menade du '{suggestion}'?"
    what = "ingen kolumn i tabellen" if by not in table.kinds else \
        "kolumnen själv" if by == table.own else "ingen tal- eller antalskolumn"
    return _cannot_divide(f"{written} delar med '{by}', som är {what}", table)


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


def comma_message(written: str) -> str:
    """A number written with a decimal point, and how to write it."""
    return f"talet '{written}' i formeln skrivs med decimalkomma: {written.replace('.', ',')}"


def _percent_message(written: str, table: _Table) -> str:
    """A percentage in a product without an amount to take it of."""
    amount = next(iter(_amounts(table)), "belopp")
    return (f"procentsatsen '{written}' i formeln har inget belopp att räknas av: en procentsats "
            f"multiplicerar en beloppskolumn eller ett av ärendets belopp, t.ex. "
            f"'{amount} * {written}'")


def discount_hint(kinds: Mapping[str, str], amount: str) -> str:
    """How a formula takes a discount in percent per row off an amount ('belopp.avgift -
    rabatt * belopp.avgift', trial 60, F2): the share paid in a number column, then that
    share times the amount, rounded once; '' where the table has no number column."""
    rate = next((key for key, kind in kinds.items() if kind == "tal"), "")
    if not rate:
        return ""
    amount = amount or "belopp.avgift"
    return (f"; är det ett belopp minus en rabatt i procent, räkna ut andelen som betalas i en "
            f"talkolumn, t.ex. {{namn: betalar, typ: tal, formel: 100 % - {rate}}}, och skriv "
            f"'betalar * {amount}'")


def _divide_rule(table: _Table) -> str:
    """What a formula can divide, with examples from the table's own columns."""
    amount = next(iter(_amounts(table)), "belopp")
    count = next((k for k, v in table.kinds.items() if v == COUNT), _number_column(table, "dagar"))
    return (f"en beloppskolumn delas med ett tal större än noll eller med en tal- eller "
            f"antalskolumn, radens eget antal, t.ex. '{amount} / 12' eller '{amount} / {count}'")


def written_number(written: str) -> Decimal:
    """A number as a formula or a text writes it, as in a cell: '1 250,50' (digits grouped
    by spaces, a decimal comma); a percentage is the rate it says ('30 %': 0,30)."""
    digits = re.sub(r"[ \u00a0]", "", written).replace(",", ".")
    if digits.endswith("%"):
        return Decimal(digits.removesuffix("%")).scaleb(-2)
    return Decimal(digits)


def _is_column(group: str, token: str) -> bool:
    """Whether a part of a product names a column (else a number or a named amount)."""
    return group == "name" and not token.startswith(NAMED)


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
    amounts = _amounts(table)
    amount = next(iter(amounts), "belopp")
    three = f"{_number_column(table)} * {amount if amounts else _sample_factor(table)} * 12"
    return (f"en beloppskolumn multipliceras med ett tal, t.ex. '{amount} * 12', och en tal- "
            f"eller antalskolumn med {_MULTIPLIERS}, t.ex. {_examples(table)}{_PERCENT}; "
            f"en produkt har högst {_count(MAX_FACTORS)} led och bara ett belopp, t.ex. "
            f"'{three}'")


_MULTIPLIERS = ("en beloppskolumn (radens pris eller taxa), ett av ärendets belopp eller ett "
                "belopp i tabellens enhet")
"""What a number or count column may be multiplied by."""


def _examples(table: _Table, key: str = "") -> str:
    """Products of a number or count column (`key`, else the table's first) for an example:
    by an amount column of the table where it has one, and by a factor."""
    key = key or _number_column(table)
    rate = next(iter(_amounts(table)), "")
    by_rate = f"'{key} * {rate}' eller " if rate else ""
    return f"{by_rate}'{key} * {_sample_factor(table)}'"


_PERCENT = " (procent räknas som andel: 4 % är 0,04)"


def _number_column(table: _Table, none: str = "andel") -> str:
    """A number or count column of the table for an example (`none` when it has none)."""
    return next((k for k, v in table.kinds.items() if v in _KINDS), none)


def _sample_factor(table: _Table) -> str:
    """A factor for an example: the case's first named amount, else a number."""
    return NAMED + next(iter(table.named)) if table.named else "1 250"


def _amounts(table: _Table) -> list[str]:
    """The amount columns the formula may use: all but its own."""
    return [key for key, kind in table.kinds.items() if kind == "belopp" and key != table.own]


def _bracket_message(what: str, table: _Table) -> str:
    """Brackets a formula cannot hold: what they are, what works, and the helper column that
    does the rest ('underlag' with 'formel: summa + admin', then 'underlag * 6 %')."""
    amounts = _amounts(table)
    if len(amounts) == 1:  # (no sum to bracket: trial 75, F3, "kommunal * (1 + belopp.x)")
        only = amounts[0]
        return (f"{what}: en parentes i en formel är en summa av beloppskolumner som "
                f"multipliceras eller delas, och tabellen har bara en att räkna med, "
                f"'{only}'; skriv formeln utan parentes (en ökning med 3 % skrivs "
                f"'{only} * 1,03')")
    first, second = [*amounts, "summa", "admin"][:2]
    return (f"{what}: en parentes i en formel är en summa av beloppskolumner som "
            f"multipliceras eller delas, en i varje led, t.ex. '({first} + {second}) * 6 %' "
            f"eller '({first} + {second}) / 12'; räkna annars ut summan i en egen kolumn, "
            f"t.ex. {{namn: underlag, typ: belopp, formel: {first} + {second}}}, och räkna "
            "med den: 'underlag * 6 %'")


def _others_message(others: list[str], table: _Table) -> str:
    """Signs other than +, − and *, and numbers alone: what a formula holds instead (for an
    amount typed alone beside a column, its name under `belopp:`, `_naming_hint`)."""
    parts = " och ".join((", ".join(others[:-1]), others[-1])) if len(others) > 1 else others[0]
    number = next((other[len("talet '"):-1] for other in others if other.startswith("talet '")
                   and not other.endswith("%'")), "")
    hint = f"; {_naming_hint(written_number(number), number, table)}" \
        if number and _amounts(table) else ""
    return (f"{parts} kan inte stå i en formel: {_RULE}{_example(_amounts(table))}{hint}; "
            f"{_INSTEAD}")


def _naming_hint(value: Decimal, written: str, table: _Table) -> str:
    """Why an amount typed as numbers beside a column ('sbab - 13280', 'manad + 12 * 1 000')
    cannot stand in a formula, and how to name it under `belopp:` instead (in kronor: a
    number is in the table's unit)."""
    typed = as_case_amount(value.scaleb(UNIT_EXPONENT[table.unit]))
    named = re.sub(rf"(?<![\w,]){re.escape(written)}(?![\w,])", "belopp.tillagg",
                   table.written.strip(), count=1)
    return (f"ett fast belopp i en formel står under 'belopp:' med ett namn, så att dokumentet "
            f"och texten kan hänvisa till det: skriv t.ex. belopp: {{tillagg: "
            f"{typed}}} och 'formel: {named}'")


def _example(amounts: list[str]) -> str:
    """Example formulas from the table's own amount columns (none without one)."""
    if len(amounts) >= 2:
        return f", t.ex. '{amounts[0]} + {amounts[1]}', '{amounts[0]} * 12' eller " \
            f"'{amounts[0]} / 12'"
    return f", t.ex. '{amounts[0]} * 12' eller '{amounts[0]} / 12'" if amounts else ""


def names_itself(token: str) -> str:
    """The one wording for a formula that names the column it defines."""
    return f"'{token}' i formeln är kolumnen själv, som inte kan räknas ut ur sig själv"


def misspelt_column(token: str, usable: Sequence[str]) -> str | None:
    """The one wording for a formula's name that is no column but near one it may use
    ('utfal': 'utfall'); None where none is near."""
    suggestion = did_you_mean(token, usable)
    if suggestion is None:
        return None
    return f"'{token}' i formeln är ingen kolumn i tabellen, menade du '{suggestion}'?"


def case_amount_unprefixed(token: str, formula: str) -> str:
    """The one wording for a formula that names one of the case's amounts without `belopp.`
    ('grund_pbb * prisbasbelopp / 12', trial 93, F1), with the formula as it should read."""
    written = re.sub(rf"(?<![\w.]){re.escape(token)}(?!\w)", NAMED + token, formula.strip())
    return f"'{token}' är ett av ärendets belopp; skriv {NAMED}{token}: 'formel: {written}'"


def _name_message(token: str, table: _Table) -> str:
    """Why a name cannot stand in the formula: the nearest other amount column to a name that
    is no column ('utfal': 'utfall'), else the amount columns the formula may use."""
    own, kinds, amounts = table.own, table.kinds, _amounts(table)
    if token in table.named and token not in kinds:
        return case_amount_unprefixed(token, table.written)
    if token == own:
        message = names_itself(token)
    elif token in kinds:
        message = f"'{token}' i formeln är ingen beloppskolumn och kan inte räknas med"
    else:
        misspelt = misspelt_column(token, amounts)
        if misspelt:
            return misspelt
        message = f"'{token}' i formeln är ingen kolumn i tabellen"
    if not amounts:
        return f"{message}; lägg till de beloppskolumner som formeln räknar med (typ: belopp)"
    but_not = "" if token == own else \
        f" (inte '{own}', som är kolumnen själv och inte kan räknas ut ur sig själv)"
    return f"{message}; formeln kan räkna med beloppskolumnerna: {', '.join(amounts)}{but_not}"

"""A row's formula (`rad_formel`): other rows of its table, by their short names, with + and −,
or one row times or divided by a number ("maxdag / 8": trial 69, F2).

"Netto" = "Intäkter" − "Kostnader", "Kvar att fördela" = "Ram" − "Fördelat", "Senaste 7
dagarna" = "Till och med 22 jan" − "Till och med 15 jan" (trial 62). Each row the formula
names has a short name (`rad_namn`). A name that is no row's gets the nearest one ("menade
du"), a row that names itself or rows that name each other in a ring get an error, and so
does a row with a formula and rows under it. A formula that cannot be read leaves the row
with no terms: its typed figures stand, in no sum (`tables.RowSpec.row_formula`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from decimal import Decimal
from typing import Final

from generator.case.money import AmountError, parse_number
from generator.case.suggest import did_you_mean
from generator.case.table_models import TableRow
from generator.compute.formula import NAMED, split_terms
from generator.compute.tables import NO_SCALE, RowSpec
from generator.problems import Finding, Loc

_RULE: Final = ("en rads formel lägger ihop och drar ifrån andra rader i tabellen med + och −, "
                "var och en med sitt korta namn (rad_namn), eller multiplicerar eller delar en "
                "rad med ett tal (rad_formel: maxdag / 8)")
_EXAMPLE: Final = ("t.ex. rader med rad_namn: ram och rad_namn: fordelat, och raden 'Kvar att "
                   "fördela' med rad_formel: ram - fordelat")


def with_row_formulas(models: Sequence[TableRow], rows: tuple[RowSpec, ...],
                      totalled: bool = False) -> tuple[tuple[RowSpec, ...], list[Finding]]:
    """The rows with their short names and formulas read (`models`: the rows as the case
    writes them, in the same tree as `rows`; `totalled`: the table has a total), and what
    cannot be read."""
    pairs = list(_pairs(models, rows))
    hint = _sums_hint(totalled, [model for model, _ in pairs if model.rader])
    findings: list[Finding] = []
    names: dict[str, Loc] = {}
    for model, row in pairs:
        if model.rad_namn is None:
            continue
        if model.rad_namn in names:
            findings.append(Finding((*row.loc, "rad_namn"), (
                f"två rader i tabellen heter '{model.rad_namn}' (rad_namn); ge varje rad ett "
                "eget namn, så att en rads formel vet vilken den räknar med")))
        names.setdefault(model.rad_namn, row.loc)
    numbers = frozenset(model.rad_namn for model, _ in pairs
                        if model.rad_namn and not model.summeras)
    parsed = {row.loc: _parsed(model, row, names, findings, hint, numbers)
              for model, row in pairs if model.rad_formel is not None}
    terms = {loc: found for loc, (found, _) in parsed.items()}
    _rings(terms, {loc: name for name, loc in names.items()}, names, findings)
    scales = {loc: scale for loc, (_, scale) in parsed.items()}
    return _replaced(rows, models, terms, scales), findings


def _sums_hint(totalled: bool, groups: list[TableRow]) -> str:
    """How a row's formula counts a sum of rows, for a name near none in a table with a total
    or groups, where a sum may have been meant (trial 67, F2: 'ram - totalt'): by a group's
    short name ('' in a table with neither)."""
    if not (totalled or groups):
        return ""
    named = [group.rad_namn for group in groups if group.rad_namn]
    start = ("; tabellens total och en grupps delsumma är inga rader, men en grupp räknas med "
             "sin summa")
    if named:
        return f"{start}: räkna med gruppens namn, t.ex. '{named[0]}'"
    return (f"{start}: lägg raderna som ska räknas ihop i en grupp (under en rad med 'rader') "
            "och ge gruppen ett rad_namn")


def _pairs(models: Sequence[TableRow], rows: tuple[RowSpec, ...]
           ) -> Iterator[tuple[TableRow, RowSpec]]:
    """Every row at any depth, as written and as read."""
    for model, row in zip(models, rows, strict=True):
        yield model, row
        yield from _pairs(model.rader, row.children)


def _parsed(model: TableRow, row: RowSpec, names: Mapping[str, Loc],
            findings: list[Finding], hint: str, numbers: frozenset[str] = frozenset()
            ) -> tuple[tuple[tuple[int, str], ...], Scale]:
    """A row's formula as signed short names and what it multiplies and divides them by, or
    () after reporting why it cannot be (`hint`: how to count a sum of rows, for a name near
    none: `_sums_hint`; `numbers`: the rows of numbers, `summeras: nej`, which hold no
    amounts to count)."""
    formula = model.rad_formel or ""
    here = (*row.loc, "rad_formel")
    if model.rader:
        findings.append(Finding(here, (
            "en rad med 'rad_formel' räknas ut ur andra rader och kan inte ha underrader "
            "('rader'); flytta underraderna till en egen grupp")))
        return (), NO_SCALE
    split, others, faults = split_terms(formula)
    scaled = _scaled(split) if len(split) == 1 and not (others or faults) else None
    if scaled is not None:
        split = [(1, [("name", scaled[0])])]
    if others or faults or not split or any(len(parts) != 1 or parts[0][0] != "name"
                                            for _, parts in split):
        negative = _negative_factor(split) if not (others or faults) else ""
        findings.append(Finding(here, f"'{formula}' kan inte läsas: {negative}" if negative
                                else f"'{formula}' kan inte läsas: {_RULE}, {_EXAMPLE}"))
        return (), NO_SCALE
    named = next((parts[0][1] for _, parts in split if parts[0][1].startswith(NAMED)), "")
    if named:
        findings.append(Finding(here, _named_amount_message(formula, named)))
        return (), NO_SCALE
    messages = [_name_message(parts[0][1], model.rad_namn, names, hint)
                or (_numbers_message(parts[0][1]) if parts[0][1] in numbers else "")
                for _, parts in split]
    findings += [Finding(here, message) for message in messages if message]
    if any(messages):
        return (), NO_SCALE
    return (tuple((sign, parts[0][1]) for sign, parts in split),
            scaled[1] if scaled is not None else NO_SCALE)


Scale = tuple[Decimal, Decimal]


def _scaled(split: list[tuple[int, list[tuple[str, str]]]]) -> tuple[str, Scale] | None:
    """A formula of one row times or divided by a positive number ("maxdag / 8", "halvdag *
    0,5", "2 * dag", a percentage as its share: "skatter * 1 %" is 0,01 of it, trial 82,
    F4), or its opposite ("-skatter * 1 %", as a column's formula writes a negative
    product): the row's short name and (times, divided by), times negative for the
    opposite; None for any other."""
    sign, parts = split[0]
    kinds = [kind for kind, _ in parts]
    if kinds not in (["name", "divided", "number"], ["name", "times", "number"],
                     ["number", "times", "name"]):
        return None
    name = next(text for kind, text in parts if kind == "name")
    try:
        number = parse_number(next(text for kind, text in parts if kind == "number")).fraction
    except AmountError:
        return None
    if number <= 0:
        return None
    return name, ((Decimal(sign), number) if "divided" in kinds else (sign * number, Decimal(1)))


def _negative_factor(split: list[tuple[int, list[tuple[str, str]]]]) -> str:
    """Why a row times or divided by a negative number cannot be read, and the formula that
    says it ("skatter * -1 %": '-skatter * 1 %'); '' for any other formula."""
    if len(split) != 2 or split[0][0] < 0 or split[1][0] > 0:
        return ""
    (_, first), (_, second) = split
    kinds = [kind for kind, _ in first]
    if kinds not in (["name", "times"], ["name", "divided"]) or [k for k, _ in second] != [
            "number"]:
        return ""
    written = f"-{first[0][1]} {first[1][1]} {second[0][1]}"
    done = "multipliceras" if kinds[1] == "times" else "delas"
    return (f"talet som raden '{first[0][1]}' {done} med är negativt, men talet i en rads "
            f"formel är större än noll; skriv minustecknet först: '{written}'")


def _named_amount_message(formula: str, named: str) -> str:
    """Why one of the case's amounts cannot stand in a row's formula ('ram - belopp.avgift'),
    and the row of its own to count with instead."""
    short = named.removeprefix(NAMED)
    rewritten = re.sub(rf"(?<![\w.]){re.escape(named)}(?!\w)", short, formula.strip())
    return (f"'{named}' i formeln är ett av ärendets belopp, men en rads formel räknar bara "
            f"med andra rader i tabellen; skriv beloppet på en egen rad med rad_namn: {short} "
            f"och \"{{{{ {named} }}}}\" i beloppscellen, och räkna med den raden: '{rewritten}' "
            "(en kolumns formel kan lägga till eller dra ifrån beloppet på varje rad)")


def _name_message(name: str, own: str | None, names: Mapping[str, Loc],
                  hint: str = "") -> str:
    """Why a name cannot stand in a row's formula ('' where it can), for a name near none
    with the `hint` how to count a sum of rows."""
    if name == own:
        return (f"'{name}' i formeln är raden själv, som inte kan räknas ut ur sig själv; "
                f"{_RULE}")
    if name in names:
        return ""
    others = [other for other in names if other != own]
    meant = did_you_mean(name, others)
    if meant:
        return f"'{name}' i formeln är ingen rad i tabellen, menade du '{meant}'?"
    if not others:
        return (f"'{name}' i formeln är ingen rad i tabellen, och ingen annan rad har ett kort "
                f"namn: {_RULE}, {_EXAMPLE}{hint}")
    return (f"'{name}' i formeln är ingen rad i tabellen; raderna med kort namn (rad_namn) "
            f"är: {', '.join(others)}{hint}")


def _numbers_message(name: str) -> str:
    """Why a row of numbers (`summeras: nej`) cannot stand in a row's formula, and how a
    row of amounts is kept out of the total instead (trial 82, F4: "Skatter, generella
    statsbidrag och utjämning", of which 1 % is taken, is no part of the sum)."""
    return (f"'{name}' i formeln är en rad med 'summeras: nej', vars tal inte är belopp och "
            "inte räknas med i en rads formel; är det ett belopp som inte ska ingå i "
            "totalen, ta bort 'summeras: nej' på raden, skriv 'totalt: false' i tabellen och "
            "totalen som en sista rad med 'rad_formel' som räknar med de rader som ingår")


def _rings(terms: dict[Loc, tuple[tuple[int, str], ...]], named: Mapping[Loc, str],
           names: Mapping[str, Loc], findings: list[Finding]) -> None:
    """Report rows whose formulas name each other in a ring, once per ring, and leave each
    row of it with no terms (its typed figures stand)."""
    done: set[Loc] = set()

    def following(loc: Loc) -> list[Loc]:
        return [names[name] for _, name in terms.get(loc, ()) if names[name] in terms]

    for start in list(terms):
        ring = _ring(start, following, done)
        if not ring:
            continue
        shown = " → ".join(named.get(loc, "?") for loc in [*ring, ring[0]])
        findings.append(Finding((*ring[0], "rad_formel"), (
            f"raderna räknas ut ur varandra i en ring ({shown}), så ingen av dem kan räknas "
            "ut; skriv talen i en av dem och ta bort dess 'rad_formel'")))
        for loc in ring:
            terms[loc] = ()


def _ring(start: Loc, following: Callable[[Loc], list[Loc]], done: set[Loc]) -> list[Loc]:
    """The rows of the first ring reached from `start`, in order ([] for none); `done` holds
    the rows from which none is reached (a walk without recursion: a case may be long)."""
    path = [start]
    stack = [iter(following(start))]
    while stack:
        nxt = next(stack[-1], None)
        if nxt is None:
            done.add(path.pop())
            stack.pop()
        elif nxt in path:
            return path[path.index(nxt):]
        elif nxt not in done:
            path.append(nxt)
            stack.append(iter(following(nxt)))
    return []


def _replaced(rows: tuple[RowSpec, ...], models: Sequence[TableRow],
              terms: Mapping[Loc, tuple[tuple[int, str], ...]],
              scales: Mapping[Loc, Scale]) -> tuple[RowSpec, ...]:
    """The rows with their short names and formulas."""
    return tuple(row._replace(short=model.rad_namn or "", row_formula=terms.get(row.loc),
                              row_scale=scales.get(row.loc, NO_SCALE),
                              children=_replaced(row.children, model.rader, terms, scales))
                 for model, row in zip(models, rows, strict=True))

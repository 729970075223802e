"""An amount under `belopp` worked out from the case's other amounts (trial 95, F8).

Real rules say "fordringar som överstiger ett halvt prisbasbelopp": `grans:
belopp.prisbasbelopp * 50 %` ties the limit to the prisbasbelopp, so that a secretary does not
work out 26 250 kr by hand. The value is read by the one grammar of the case's amounts in a
table's formula (`compute.formula`, its `Fixed` amounts): one of the case's amounts times or
divided by numbers and percentages ('belopp.prisbasbelopp / 2', '2,5 * belopp.prisbasbelopp',
'belopp.prisbasbelopp * belopp.andel' with a percentage named under `belopp`), such products
added and subtracted ('belopp.hyra + belopp.el'), another worked-out amount among them.

The exact sum is rounded once, half up (`tables.rounded_to`): to whole kronor, or to öre
where an amount it is worked out from is written with öre ("19,50"). The rounded amount is
the case's amount from then on: texts, att-satser, table cells and every check that
compares a text's figures with the case's amounts have it as if it were typed.

What cannot be worked out is an error at the value, all of them at once: a name that is none
of the case's amounts (with the nearest one), a name without `belopp.`, amounts worked out
from each other (every one of the ring is named), a percentage as the amount a figure is
worked out from, a result below zero, and any other computation. An amount worked out from
one that could not be is left out without a second error (`prose_figures.refused_names`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from decimal import Decimal
from functools import cache
from itertools import pairwise

from generator.case.models import Case
from generator.case.money import MAX_AMOUNT, TOO_LARGE
from generator.case.suggest import did_you_mean
from generator.compute.formula import NAMED, Fixed, parse, split_terms, written_number
from generator.compute.named_percents import written_out
from generator.compute.tables import rounded_to
from generator.formatting import NBSP, ORE_PLACES, Kronor, WrittenNumber, as_written, kr
from generator.problems import Finding, FollowOn

RULE = ("ett belopp under belopp: räknas ut ur ärendets andra belopp, gånger eller delat med tal "
        "och procentsatser, och läggs ihop med + och −, t.ex. 'belopp.prisbasbelopp * 50 %', "
        "'belopp.prisbasbelopp / 2' eller 'belopp.hyra + belopp.el'")
"""What an amount worked out from others may be, for a message about one that cannot be."""

Stated = Mapping[str, Kronor | WrittenNumber]
"""The figures the case states by name: amounts in kronor and percentages."""


def with_derived_amounts(case: Case) -> tuple[Case, list[Finding]]:
    """The case with its amounts worked out from others under `belopp`, in the order it
    writes them, and an error at each that cannot be worked out (it is then left out)."""
    derived = case.derived_amounts
    if not derived:
        return case, []
    stated: dict[str, Kronor | WrittenNumber] = dict(case.belopp)
    failed = {name: message for name, written in derived.items()
              if (message := _names_problem(name, written, stated, derived))}
    for ring in _rings(derived):
        for name in ring:
            failed.setdefault(name, _ring_message(ring, derived))
    worked: dict[str, Kronor] = {}
    follow_ons: list[Finding] = []
    for name in (name for name in _in_order(derived) if name not in failed):
        blocked = next((base for base in _bases(derived[name])
                        if base in derived and base not in worked), None)
        if blocked is not None:  # (worked out from one that could not be)
            follow_ons.append(_follow_on(name, blocked))
            continue
        value = _worked_out(derived[name], {**stated, **worked})
        if isinstance(value, str):
            failed[name] = value
        else:
            worked[name] = value
    figures = {name: stated[name] if name in stated else worked[name]
               for name in case.figure_order if name in stated or name in worked}
    findings = [Finding(("belopp", name), f"'{name}': {message}")
                for name, message in failed.items()]
    return case.model_copy(update={"belopp": figures}), findings + follow_ons


def _follow_on(name: str, base: str) -> Finding:
    """An amount worked out from one that could not be: no error of its own, it follows from
    that one's (listed after it, and a text that names it is not told again)."""
    return Finding(("belopp", name), f"'{name}': beloppet '{base}' kan inte räknas ut",
                   follows=FollowOn(("belopp", base), f"'{name}'", f"beloppet '{base}'"))


def unworked(case: Case, written: str, reference: str) -> FollowOn | None:
    """What a figure that names one of the case's amounts (`written`: a split's 'belopp.ram *
    70 %', a cell's '{{ belopp.ram }}') follows from where that amount is one worked out from
    others that could not be (its error says why; `reference`: the figure as a message names
    it); None where it names no such amount."""
    base = next((base for base in _bases(written)
                 if base in case.derived_amounts and base not in case.belopp), None)
    return None if base is None else FollowOn(("belopp", base), reference, f"beloppet '{base}'")


def unworked_limits(case: Case, findings: list[Finding]) -> list[Finding]:
    """The errors of a table's columns, with one that says an amount worked out from others
    that could not be is none of the case's amounts ('hogst: belopp.grans', 'formel: antal *
    belopp.grans'; trial 99, F3) made the follow-on of that amount's error instead."""
    return [_column_follow_on(case, finding) or finding for finding in findings]


def _column_follow_on(case: Case, finding: Finding) -> Finding | None:
    """The follow-on for an error at a column's `formel`, `hogst` or `lagst` that takes it
    for none of the case's amounts where it is one that could not be worked out."""
    loc = finding.loc
    if len(loc) not in (4, 5) or loc[0] != "tabeller" or loc[2] != "kolumner":
        return None
    key = str(loc[4]) if len(loc) == 5 else "formel"
    value = getattr(case.tabeller[int(loc[1])].kolumner[int(loc[3])], key, None)
    follows = unworked(case, value, f"'{key}'") if isinstance(value, str) else None
    if follows is None or f"'{NAMED}{follows.cause[1]}'" not in finding.message:
        return None
    return Finding(loc, f"'{key}': {follows.subject} kan inte räknas ut", follows=follows)


def _with_percent_signs(written: str) -> str:
    """A computation with its percentages written with the word ('belopp.pbb * 50 procent')
    written with the sign instead, as a split's `summa` reads them (trial 99, F20)."""
    return _worded_percent().sub(r"\1 %", written) if "procent" in written.casefold() \
        else written


@cache
def _worded_percent() -> re.Pattern[str]:
    """A number and the word procent: '50 procent', '2,5 procent'."""
    return re.compile(r"(\d)\s*procent\b", re.IGNORECASE)


@cache
def _named() -> re.Pattern[str]:
    """One of the case's amounts as a computation names it: belopp.prisbasbelopp."""
    return re.compile(r"(?<![\w.])" + re.escape(NAMED) + r"(\w+)")


def _bases(written: str) -> list[str]:
    """The names of the case's amounts a computation names ('prisbasbelopp')."""
    return _named().findall(written)


def _names_problem(own: str, written: str, stated: Stated, derived: Mapping[str, str]) -> str:
    """What is wrong with the names of the computation of the amount `own` ('' where nothing
    is): a name that is none of the case's figures, one without `belopp.`, a percentage as
    the amount a term is worked out from, a number alone."""
    known = [*stated, *derived]
    said: list[str] = []
    for _, parts in split_terms(_with_percent_signs(written))[0]:
        names = [token for group, token in parts if group == "name"]
        said += [message for token in names
                 if (message := _name_problem(token, written, known, own))]
        if len(parts) == 1 and parts[0][0] == "number" and not parts[0][1].endswith("%"):
            said.append(_number_alone(parts[0][1], written))
        percentages = [token for token in names
                       if isinstance(_figure(token, stated), WrittenNumber)]
        if percentages and len(percentages) == len(names) and not said:
            said.append(_percent_base(percentages[0], stated))
    return "; ".join(dict.fromkeys(said))


def _number_alone(number: str, written: str) -> str:
    """Why a number cannot be added alone ('belopp.hyra + 500'): an amount has a name."""
    named = re.sub(rf"(?<![\w,]){re.escape(number)}(?![\w,])", f"{NAMED}tillagg", written,
                   count=1)
    return (f"talet '{number}' i '{written}' är ett belopp utan namn; skriv det som ett eget "
            f"belopp under belopp:, t.ex. 'tillagg: {number}', och räkna med namnet: '{named}'")


def _figure(token: str, stated: Stated) -> Kronor | WrittenNumber | None:
    """The figure a name of a computation names ('belopp.andel'), if the case states it."""
    return stated.get(token.removeprefix(NAMED)) if token.startswith(NAMED) else None


def _name_problem(token: str, written: str, known: list[str], own: str) -> str:
    """Why a name in the computation of the amount `own` names none of the case's amounts
    ('' where it does), and the nearest other one."""
    name = token.removeprefix(NAMED)
    others = [other for other in known if other != own]
    if token.startswith(NAMED) and name in known:
        return ""
    if not token.startswith(NAMED) and token in known:
        meant = re.sub(rf"(?<![\w.]){re.escape(token)}(?!\w)", NAMED + token, written)
        return (f"'{token}' är ett av ärendets belopp och skrivs med belopp. först: "
                f"'{meant}'")
    message = f"'{token}' är inget av ärendets belopp"
    suggestion = did_you_mean(name, others)
    if suggestion:
        return f"{message}, menade du '{NAMED}{suggestion}'?"
    return f"{message}; ärendets belopp är: {', '.join(NAMED + n for n in others)}"


def _percent_base(token: str, stated: Stated) -> str:
    """Why a percentage named under `belopp` is no amount to work one out from."""
    figure = _figure(token, stated)
    shown = as_written(figure).replace(NBSP, " ") if isinstance(figure, WrittenNumber) else ""
    amount = next((name for name, value in stated.items()
                   if not isinstance(value, WrittenNumber)), "prisbasbelopp")
    return (f"'{token}' är en procentsats ({shown}) och inget belopp att räkna ut ett belopp "
            f"ur; multiplicera ett av ärendets belopp i kronor med den, t.ex. "
            f"'{NAMED}{amount} * {token}'")


def _rings(derived: Mapping[str, str]) -> Iterator[list[str]]:
    """Each ring of amounts worked out from each other (a from b, b from a), once, in the
    order the case writes its first; an amount worked out from itself is a ring of one."""
    seen: set[str] = set()
    for start in derived:
        path = _path_back(start, start, derived, [])
        if path and not seen.intersection(path):
            seen.update(path)
            yield path


def _path_back(start: str, name: str, derived: Mapping[str, str],
               path: list[str]) -> list[str]:
    """The amounts from `name` on that lead back to `start` (none where none does)."""
    if name in path:
        return []
    for base in _bases(derived[name]):
        if base == start:
            return [*path, name]
        if base in derived and (found := _path_back(start, base, derived, [*path, name])):
            return found
    return []


def _ring_message(ring: list[str], derived: Mapping[str, str]) -> str:
    """The error at each amount of a ring, naming every one of them."""
    if len(ring) == 1:
        return (f"'{derived[ring[0]]}' räknar ut beloppet ur sig självt; skriv beloppet, eller "
                "räkna ut det ur ärendets andra belopp")
    names = [f"'{name}'" for name in ring]
    who = f"{', '.join(names[:-1])} och {names[-1]}"
    steps = ", ".join(f"{NAMED}{name} = '{derived[name]}'" for name in ring)
    return (f"{who} räknas ut ur varandra ({steps}), så inget av dem kan räknas ut; skriv ett "
            "av dem som ett belopp")


def _divides_by_zero(formula: str) -> bool:
    """Whether a computation divides by 0 ('belopp.prisbasbelopp / 0', trial 99, F5)."""
    return any(before[0] == "divided" and by[0] == "number" and written_number(by[1]) == 0
               for _, parts in split_terms(formula)[0]
               for before, by in pairwise(parts))


def _in_order(derived: Mapping[str, str]) -> list[str]:
    """The worked-out amounts, each after those it is worked out from (a ring as written)."""
    order: list[str] = []

    def visit(name: str, path: tuple[str, ...]) -> None:
        if name in order or name in path:
            return
        for base in _bases(derived[name]):
            if base in derived:
                visit(base, (*path, name))
        order.append(name)

    for name in derived:
        visit(name, ())
    return order


def _worked_out(written: str, stated: Stated) -> Kronor | str:
    """The amount a computation comes to, rounded (whole kronor, or öre where an amount it
    is worked out from has öre), or why it cannot be worked out."""
    formula, _ = written_out(_with_percent_signs(written), stated)
    amounts = {name: value for name, value in stated.items()
               if not isinstance(value, WrittenNumber)}
    found: list[Fixed] = []
    terms, messages = parse(formula, "", {}, amounts, fixed=found, alone=True)
    if terms or messages or not found:
        if _divides_by_zero(formula):
            return f"'{written}' delar med noll; dela med ett tal större än noll"
        return f"'{written}' kan inte räknas ut: {RULE}"
    exact = sum((amount.sign * Decimal(amount.value) for amount in found), Decimal(0))
    ore = any(isinstance(amount.stated, Decimal) for amount in found)
    value = rounded_to(exact, Decimal(1).scaleb(-ORE_PLACES) if ore else 1)
    if abs(Decimal(value)) > MAX_AMOUNT:
        return TOO_LARGE
    if value < 0:
        shown = kr(value).replace(NBSP, " ")
        return (f"'{written}' blir {shown}, under noll; ett belopp som räknas ut ur andra får "
                "inte bli negativt: rätta beloppen det räknas ut ur eller skriv beloppet")
    return value

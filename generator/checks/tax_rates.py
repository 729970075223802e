"""A tax rate a case names under `belopp` written as an amount in kronor ('skattesats:
"22,21"', trial 75, F5): a skattesats is kronor per hundred kronor, so as kronor it is a
hundred times too large in a formula ('underlag * belopp.skattesats' multiplies by 22,21,
and is refused as two amounts multiplied), and the text's "22,21 %" and "22,21 kronor per
skattekrona" are not compared with it. Written with its percent sign it is all of these;
an amount in kronor under a tax rate's name (`text.tax_rates`) below 100 kr is a warning at
it that says so."""

from __future__ import annotations

from generator.case.models import Case
from generator.checks.report import Reporter
from generator.formatting import NBSP, WrittenNumber, kr
from generator.problems import Problem
from generator.text.tax_rates import names_tax_rate

_HUNDRED = 100
"""Kronor per hundred kronor: a tax rate is less."""


def tax_rate_problems(case: Case, report: Reporter) -> list[Problem]:
    """A warning at each tax rate under `belopp` written as an amount in kronor."""
    problems = []
    for name, value in case.belopp.items():
        if isinstance(value, WrittenNumber) or not names_tax_rate(name) \
                or not 0 < value < _HUNDRED:
            continue
        number = kr(value).removesuffix(f"{NBSP}kr")
        problems.append(report.problem(report.at(("belopp", name)), (
            f"'{name}' är en skattesats, kronor per skattekrona (per 100 kr), men är skriven "
            f"som ett belopp, {number} kr: en formel multiplicerar då med {number} i stället "
            f"för {number} %, och texten jämförs inte med den som procentsats ('{number} %' "
            f"eller '{number} kronor per skattekrona'); skriv den med procenttecken, "
            f"'{name}: \"{number} %\"', så räknas den som {number} % "
            f"({{{{ belopp.{name} }}}} skriver då '{number} %')"), "varning"))
    return problems

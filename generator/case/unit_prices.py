"""A price per unit typed into an amount cell: "85 kr/h", "1 200 kr per månad" (trial 47, F3).

An amount column holds figures in its table's unit, and its heading says what they are; a
price per hour, square metre or month is such a figure with the "per" in the heading:
"Ungdomsförening (kr/h)" over 85, printed as written (a heading that names the unit gets no
"(kr)" of its own, `compute.unit_names`). A cell that carries its unit and the "per" is
refused once per column, at its first such cell, with how many more there are and the
heading to write (`compute.presets`), not once per cell; where the cells are priced per
different units ("kr/kvm", "kr/dag", "kr/mån": trial 84, F6), one heading cannot say them
all, and the message says to write each row's unit in a text column "Per" instead. Luleå's
own spelling "1,65 kr kvm/dygn" is a price per unit too (trial 84, F7). An amount the case
states by name written so ("68 400 kr/mån" under `belopp:`, trial 52, F7) is refused with the
same advice: the figure alone, the unit in its name or in the text (`case.validate`).
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from generator.case.money import UNIT_WORDS, unit_meant


class UnitPrice(NamedTuple):
    """A cell written as a price per unit: its figure ("85") and unit ("kr/h"), and what
    follows the money unit there ("/h")."""

    written: str
    figure: str
    per: str
    after: str = ""


@cache
def _price() -> re.Pattern[str]:
    return re.compile(
        r"^(?P<figure>[-\u2212\u2013]?[ \u00a0]?\d[\d \u00a0\u202f\u2009\u2007,.]*?)\s*"
        r"(?P<per>(?P<unit>" + UNIT_WORDS + r")(?:\s*(?:/|per(?=\s))|\s+(?=[^\s/]+/\S))"
        r"\s*\S.*?)\.?$", re.IGNORECASE)


def unit_price(value: object, unit: str) -> UnitPrice | None:
    """The figure and unit of a cell written as a price per unit in the table's `unit`
    ("85 kr/h", "12,50 kr per m²" in kr), else None."""
    if not isinstance(value, str) or ("/" not in value and "per" not in value.lower()):
        return None
    match = _price().match(value.strip())
    if match is None or unit_meant(match["unit"]) != unit:
        return None
    per = " ".join(match["per"].split())
    return UnitPrice(value.strip(), match["figure"].strip(), per, per[len(match["unit"]):])


UNIT_COLUMN_HEADERS = frozenset({"per", "debiteras per", "avgift per", "pris per"})
"""Headers of a text column that gives each row's unit ("Per": kvm och dygn, dag, månad)."""


def per_unit(price: UnitPrice) -> str:
    """What a price is per, as a row's "Per" cell writes it: "kvm" for "kr/kvm", "kvm och
    dygn" for "kr per kvm och dygn", "kvm/dygn" for "kr kvm/dygn"."""
    return " ".join(re.sub(r"^\s*(?:/|per\s)", "", price.after).split())


def unit_price_message(prices: list[UnitPrice], heading: str,
                       unit_column: tuple[str, str] = ("per", "")) -> str:
    """Why the first of a column's prices per unit is no amount, with how many more cells of
    the column are written so, and what to write: the figure alone, and the unit in the
    column's heading unless it is there already; where the prices are per different units,
    each row's unit in a text column (`unit_column`: the name and heading of the table's
    own, if any, else its name with no heading)."""
    price, others = prices[0], len(prices) - 1
    units = list(dict.fromkeys(per_unit(p).casefold() for p in prices))
    if len(units) < 2:
        return cells_with_unit(price.written, price.figure, others,
                               ("priser per enhet, inga belopp",
                                "ett pris per enhet, inget belopp"),
                               heading, price.per, price.per.casefold() in heading.casefold())
    figure = price.figure if price.figure.isdigit() else f'"{price.figure}"'
    listed = ", ".join(units[:-1]) + f" och {units[-1]}" if len(units) <= _LISTED else \
        ", ".join(units[:_LISTED - 1]) + " med flera"
    start = (f"'{price.written}' och {others} {'cell' if others == 1 else 'celler'} till i "
             f"kolumnen är priser per olika enheter ({listed}), inga belopp; skriv talen "
             f"ensamma i cellerna, t.ex. {figure}")
    key, header = unit_column
    if header:
        return (f"{start}, och varje rads enhet i kolumnen '{header}', t.ex. "
                f"'{key}: {per_unit(price)}' på raden")
    return (f"{start}, och varje rads enhet i en kolumn med text, {{namn: per, rubrik: Per}} i "
            f"'kolumner' och 'per: {per_unit(price)}' på raden, eftersom en rubrik bara kan "
            "säga en enhet")


_LISTED = 4
"""The most units a message lists (the first three and "med flera" for more)."""


def cells_with_unit(written: str, figure: str, others: int, what: tuple[str, str],
                    heading: str, unit: str, named: bool) -> str:
    """The one wording for the first cell of a column written with its unit (`written`, of
    figure `figure`) and `others` more (`what`: what they are, many and one): write the
    figure alone, and the unit in the column's heading unless it says it (`named`)."""
    figure = figure if figure.isdigit() else f'"{figure}"'
    many, one = what
    if others:
        more = "cell" if others == 1 else "celler"
        start = (f"'{written}' och {others} {more} till i kolumnen är {many}; skriv talen "
                 f"ensamma i cellerna, t.ex. {figure}")
    else:
        start = f"'{written}' är {one}; skriv talet ensamt i cellen, {figure}"
    if named:
        return f"{start}: rubriken '{heading}' säger redan enheten"
    return f'{start}, och enheten i kolumnens rubrik: rubrik: "{heading} ({unit})"'


def stated_price_message(value: object, name: str) -> str | None:
    """Why an amount stated by name (`belopp: {name: value}`) written as a price per unit in
    kronor ("68 400 kr/mån") is none, and what to write; None for another value."""
    price = unit_price(value, "kr")
    if price is None:
        return None
    plain = "".join(price.figure.split())
    figures = [plain] if plain.lstrip("-").isdigit() else []
    figures += [f'"{price.figure}"'] if price.figure != plain or not figures else []
    return (f"'{name}': '{price.written}' är ett pris per enhet, inget belopp; skriv talet ensamt, "
            f"{' eller '.join(figures)}, och enheten i namnet eller i texten, t.ex. "
            f"{{{{ belopp.{name} }}}}{price.after}")

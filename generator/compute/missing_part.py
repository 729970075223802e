"""Say which `{{ … }}` names a part its figure does not have, and what was meant.

`{{ tabeller.bidrag.sum }}` fails in Jinja with "has no attribute 'sum'", which names
neither the reference nor what it looked in. Only then (never while text renders well) the
text is parsed again, the look-up that failed is found in it and what it looked in is
looked up: "{{ tabeller.bidrag.sum }}: tabellen 'bidrag' har ingen del 'sum', menade du
'summa'?", with the parts to choose from when none is close.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping
from functools import cache
from typing import Any, Final, NamedTuple

from jinja2 import nodes
from jinja2.sandbox import ImmutableSandboxedEnvironment

from generator.case.suggest import did_you_mean
from generator.compute.prose_figures import Figure, Percentage, Rows, part_of
from generator.letters import plain_letters

_NOTHING: Final = object()
"""What a look-up gives that finds nothing (a figure may be any value, even None)."""


@cache
def _table() -> re.Pattern[str]:
    return re.compile(r"tabeller\.([^.\[\]]+)")


class MissingPart(NamedTuple):
    """A look-up in a text that finds nothing."""

    message: str
    line: int
    """The line in the text of the reference."""
    reference: str
    """The reference as named, e.g. `tabeller.bidrag.rader[0].ar2015`."""


def missing_part(
    env: ImmutableSandboxedEnvironment, text: str, part: str, variables: Mapping[str, Any]
) -> MissingPart | None:
    """The look-up of `part` that failed, or None if it cannot be found in the text."""
    for node in env.parse(text).find_all(nodes.Getattr):
        if node.attr != part:
            continue
        whole, name = _value(node.node, variables)
        if name is None or whole is _NOTHING:
            continue
        message = missing_message(f"{name}.{part}", name, part, whole)
        if message is not None:
            return MissingPart(message, node.lineno or 1, f"{name}.{part}")
    return None


def missing_message(reference: str, name: str, part: str, whole: Any) -> str | None:
    """What is wrong with the reference, by what its figure is; None where it has the part."""
    shown = "{{ " + reference + " }}"
    if isinstance(whole, Rows):
        return None if whole.row_named(part) is not None else \
            f"{shown}: {_unnamed_row(name, part, whole)}"
    if isinstance(whole, Mapping):
        if part in whole:
            return None
        table = _table().fullmatch(name)
        which = f"tabellen '{table.group(1)}'" if table else f"'{name}'"
        rows = whole.get("rader")
        if isinstance(rows, Rows) and (row := rows.row_named(part)) is not None:
            return (f"{shown}: {which} har ingen del '{part}'; en rad hämtas med sitt namn "
                    f"under rader, skriv {{{{ {name}.rader.{part}.{_column(row)} }}}}")
        meant = did_you_mean(part, whole)
        advice = f"menade du '{meant}'?" if meant else "skriv en av delarna: " + ", ".join(
            sorted(whole))
        return f"{shown}: {which} har ingen del '{part}', {advice}"
    if isinstance(whole, list | tuple):
        return f"{shown}: {_list_advice(name, part, whole)}"
    kind = next((word for of, word in _KINDS if isinstance(whole, of)), None)
    if kind is not None:
        return f"{shown}: '{name}' är {kind} och har inga delar, skriv {{{{ {name} }}}}"
    return None


def _unnamed_row(name: str, part: str, rows: Rows) -> str:
    """Why `rader.<part>` (or a split's `parter.<part>`) finds no row: no row has that short
    name (`rad_namn`); the nearest one, else the item whose own name it is (trial 87, F1:
    `parter.Staten`), else the names there are, or how to give a row one."""
    table = _table().match(name)
    which = f"tabellen '{table.group(1)}'" if table else f"'{name}'"
    row, rows_word, where = (("part", "parterna", "uppdelningen") if name.endswith(".parter")
                             else ("rad", "raderna", "tabellen"))
    meant = did_you_mean(part, rows.named)
    if meant is not None:
        return f"{which} har ingen {row} med rad_namn '{part}', menade du '{meant}'?"
    place = _named_item(part, rows)
    if place is not None:
        short = _plain_name(part)
        return (f"{_list_advice(name, part, rows)}, eller ge den ett kort namn, 'rad_namn: "
                f"{short}', och skriv {{{{ {name}.{short}.{_column(rows[place])} }}}}, som "
                "stämmer också när ordningen ändras")
    if rows.named:
        return (f"{which} har ingen {row} med rad_namn '{part}', {rows_word} med rad_namn är: "
                + ", ".join(rows.named))
    return (f"{which} har ingen {row} med rad_namn '{part}'; ge {row}en det namnet (rad_namn: "
            f"{part}) i {where}, så hämtas den med det")


def _named_item(part: str, items: list[Any] | tuple[Any, ...]) -> int | None:
    """The place of the item whose own name (`namn`) is `part`, written as a reference can
    ('Staten', 'Region_Vastmanland'), or None."""
    wanted = _plain_name(part)
    return next((i for i, item in enumerate(items) if isinstance(item, Mapping)
                 and _plain_name(str(item.get("namn", ""))) == wanted), None)


def _list_advice(name: str, part: str, items: list[Any] | tuple[Any, ...]) -> str:
    """How to name a figure of a list: its item named `part` where one is (trial 87, F1:
    `uppdelningar.x.parter.Staten` for the part named Staten), else the first item's part
    if it has one, else the first item's amount."""
    place = _named_item(part, items)
    if place is not None:
        return (f"'{name}' är en lista, och '{part}' är punkt nummer {place + 1} i den, som "
                f"skrivs [{place}] (listan räknas från 0); skriv "
                f"{{{{ {name}[{place}].{_column(items[place])} }}}}")
    first = items[0] if items else None
    field = part if not isinstance(first, Mapping) or part in first else _column(first)
    return f"'{name}' är en lista, skriv en punkt i den, t.ex. {{{{ {name}[0].{field} }}}}"


def _plain_name(name: str) -> str:
    """A name as a reference can write it: lower case, å ä ö as a a o, without spaces,
    hyphens and underscores ('Region Västmanland' as 'regionvastmanland')."""
    return "".join(char for char in plain_letters(name.casefold()) if char.isalnum())


def _column(row: Mapping[str, Any]) -> str:
    """A row's first amount column, for an example ('belopp' where it has none)."""
    return next((str(key) for key, value in row.items() if isinstance(value, Figure)),
                "belopp")


_KINDS: Final = ((Figure, "ett belopp"), (Percentage, "en procentsats"),
                 (datetime.date, "ett datum"), (str, "en text"))


def _value(node: nodes.Node, variables: Mapping[str, Any]) -> tuple[Any, str | None]:
    """The value a plain reference names and how it is written; (_NOTHING, None) for
    anything else, (_NOTHING, name) where a look-up on the way finds nothing."""
    if isinstance(node, nodes.Name):
        return variables.get(node.name, _NOTHING), node.name
    if isinstance(node, nodes.Getattr):
        whole, name = _value(node.node, variables)
        return _part(whole, node.attr), None if name is None else f"{name}.{node.attr}"
    if isinstance(node, nodes.Getitem) and isinstance(node.arg, nodes.Const):
        whole, name = _value(node.node, variables)
        key = node.arg.value
        step = f"[{key}]" if isinstance(key, int) else f".{key}"
        return _part(whole, key), None if name is None else f"{name}{step}"
    return _NOTHING, None


def _part(whole: Any, key: Any) -> Any:
    """The part of a figure's collection or list under key (a table's row also by its short
    name, `Rows`), or _NOTHING."""
    if isinstance(whole, list | tuple) and isinstance(key, int) and -len(whole) <= key < 0:
        return whole[key]
    found = part_of(whole, key) if isinstance(key, str | int) else None
    return _NOTHING if found is None else found

"""A warning where a `{{ }}` reference in a point or a sentence points at another row than
the one the point names.

"avgiften för tillfälligt serveringstillstånd till slutet sällskap höjs till {{ tabeller.
tillfalliga.rader[2].ny }}" printed the fee of the row 'Allmänheten, ansökan …' (3 600 kr),
not of the row 'Slutet sällskap' (1 600 kr), without a word (trial 91, F10), though the same
amount typed by hand was warned about as a row "som punkten inte nämner". A reference is
read as a typed amount is (`row_names`): where the point (in text: the sentence) names one
other row of the same table, or another party of the same split, and does not name the row
the reference points at, the warning offers that row's reference. A point that names both
rows, several others, or none, gets nothing, and so does one that refers to the other row's
figure too ("… till {{ …rader[0]… }} och avgiften för renvatten till {{ …rader[1]… }}");
nor does a row named only by numbers ("2020"), which a sentence names as often for a period
("fram till och med 2020"), nor a text that names a word only the row pointed at has, as
"Till undersköterskorna avsätts utöver Kommunals utrymme {{ …rader.usk… }}" names the row
'Särskild satsning undersköterskor (Kommunal)' beside 'Kommunal' (trial 96, F3).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import cache
from typing import Any, NamedTuple

from generator.checks.literal_amounts_parts import sentence_of
from generator.checks.report import Reporter, point_word
from generator.checks.row_names import (
    RowWords,
    named_words,
    names_words,
    own_words,
    row_words,
    said_words,
)
from generator.compute.prose_figures import Figure, figure_named, first_text, row_of
from generator.problems import Loc, Problem


@cache
def _reference() -> re.Pattern[str]:
    """A reference to a row's or a party's figure, `{{ tabeller.t.rader[2].ny | … }}`."""
    return re.compile(r"\{\{\s*(?P<name>(?P<head>(?:tabeller|uppdelningar)\.[\w.\[\]]*?"
                      r"\.(?:rader|parter))(?:\[\d+\]|\.\w+)\.(?P<key>\w+))\s*(?:\|[^{}]*)?\}\}")


def reference_row_problems(texts: Mapping[Loc, str], report: Reporter,
                           tree: dict[str, Any]) -> list[Problem]:
    """A warning at each reference to a row's figure in a point or a text whose point (or
    sentence) names another row of its table (or party of its split) and not its own."""
    problems = []
    tables: dict[int, _Table] = {}  # (each list of rows read once, however often named)
    for loc, text in texts.items():
        for match in _reference().finditer(text) if "{{" in text else ():
            said = text if point_word(loc) else sentence_of(text, match.start())
            message = _other_row(match, said, tree, tables,
                                 "punkten" if point_word(loc) else "meningen")
            if message is not None:
                where = report.in_text(loc, text, match.start(), match.group())
                problems.append(report.problem(where, message, "varning"))
    return problems


def row_references(text: str) -> Iterator[re.Match[str]]:
    """Each reference of a text to a row's or a party's figure: its `name`, the `head` of its
    rows (`tabeller.t.rader`) and the column's `key`."""
    return _reference().finditer(text) if "{{" in text else iter(())


def without_references(text: str) -> str:
    """A text without its `{{ … }}` references, whose names are no words of it ("….rader[1].ny"
    names no row 'Ny')."""
    return _any_reference().sub(" ", text) if "{{" in text else text


@cache
def _any_reference() -> re.Pattern[str]:
    return re.compile(r"\{\{.*?\}\}", re.DOTALL)


class _Table(NamedTuple):
    """The row texts of a list of rows, each with its words (`row_names.own_words`), and all
    their words that tell."""

    words: dict[str, RowWords]
    every: frozenset[str]

    @classmethod
    def of(cls, labels: Iterable[str]) -> _Table:
        """The table of the given row texts."""
        words = own_words(labels)
        return cls(words, frozenset().union(*(found for found, _ in words.values())))


def _other_row(match: re.Match[str], said_text: str, tree: dict[str, Any],
               tables: dict[int, _Table], who: str) -> str | None:
    """The warning for one reference, or None where the text (the point, or the sentence)
    names its row, or a word only its row has, or not just one other row that has the same
    figure, or refers to that row's figure too."""
    name, key = match["name"], match["key"]
    figure = figure_named(tree, name)
    row, rows = row_of(tree, name)
    label = first_text(row) if row is not None else None
    if not isinstance(figure, Figure) or label is None:
        return None
    labels = [first_text(other) if isinstance(other, dict) else None for other in rows]
    if id(rows) not in tables:
        tables[id(rows)] = _Table.of(text for text in labels if text)
    table = tables[id(rows)]
    said = said_words(without_references(said_text))
    named = named_words(said, table.every)
    if names_words(said, table.words[label][0], lambda: table.words[label][1], named) \
            or named & table.words[label][1]:
        return None
    others = [(place, other) for place, other in _labelled(labels)
              if other != label and isinstance(rows[place].get(key), Figure)
              and names_words(said, *_own(table.words[other]), named)
              and named_by_words(other)]
    if len(others) != 1 or _referenced(rows[others[0][0]], said_text, tree):
        return None
    place, other = others[0]
    kind = "parten" if match["head"].endswith("parter") else "raden"
    return (f"{who} nämner {kind} '{other}' men hänvisar till {kind} '{label}' ({figure}); "
            f"menar {who} '{other}', skriv {{{{ {match['head']}[{place}].{key} }}}}")


def _referenced(row: Any, text: str, tree: dict[str, Any]) -> bool:
    """Whether a text refers to a figure of the row itself too: then it names the row for
    that reference ("… brukningsavgiften till {{ …rader[0]… }} och avgiften för renvatten
    till {{ …rader[1]… }}")."""
    return any(row_of(tree, match["name"])[0] is row for match in _reference().finditer(text))


def _own(words: RowWords) -> tuple[frozenset[str], Callable[[], frozenset[str]]]:
    """A row's words and a function giving those only it has, as `names_words` takes them."""
    return words[0], lambda: words[1]


def named_by_words(label: str) -> bool:
    """Whether a row's text names it by a word, not only by numbers: a sentence names a year
    as often for a period ("fram till och med 2020") as for the row '2020'."""
    return any(not word.isdecimal() for word in row_words(label))


def _labelled(labels: list[str | None]) -> Iterator[tuple[int, str]]:
    """Each row's place and text, for the rows that have a text."""
    return ((place, label) for place, label in enumerate(labels) if label)



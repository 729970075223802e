"""An amount a sentence says is shared among a number of recipients, above their table
(trial 45, F4).

"Av anslaget på 42 000 kronor föreslås 37 000 kronor fördelas till sex olika projekt" stood
in a section whose table lists 5 projects totalling 27 000 kr: a row was missing. Such a
sentence (`counted_totals`) says an amount "fördelas till N <noun>" (or "omfördelas"): N in
digits or a number word from två to tolv, an adjective ending in -a or -e allowed before the noun
("sex olika projekt"); its amount stands directly before "fördelas" (at most `MAX_GAP`
words between: "37 000 kronor föreslås fördelas") or between "fördelas" and "till"
("fördelas 37 000 kronor till"), in the same sentence.

It is compared with the table of its own section, shown right after the text (`tabell`,
not `text_efter`), and only with a table whose sum is its first summed amount column's
(one such column): the amount states the sum where it equals it or rounds it right
(`literal_amounts.states_a_figure`), and the table has N rows where its rows without rows
of their own are N. A sum that differs is a warning naming the sum and the rows, with what
a missing or an extra row explains. A count that differs under the right sum is a warning
only where the noun names a column of the table ("sex projekt" and the column 'Projekt')
and the count is neither its rows nor that column's different entries (`count_agrees`):
"till sex kommuner" may count what the rows are not (three regions of two kommuner each),
and "till fyra stipendiater" is right for five rows where one stipendiat has two.

A text with no table right after it is compared with every table of the case that sums one
amount column: where none has the amount as its sum, a warning lists each table's rows and
sum (`apart_message`), as the stipend sentence stood two sections above its table.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Final, NamedTuple

from generator import formatting
from generator.case.money import NO_AMOUNT
from generator.checks.literal_amount import LiteralAmount
from generator.checks.literal_amounts_parts import SENTENCE_END
from generator.compute.tables import RowResult, TableResult
from generator.letters import plain_letters

_DASH: Final = NO_AMOUNT[0]
MAX_GAP: Final = 2
"""The most words between an amount and the "fördelas" after it."""
NUMBER_WORDS: Final = {word: number for number, word in enumerate(formatting.NUMBER_WORDS, start=2)}
"""Each count word text may say, with its number: "sex" is 6."""


@cache
def _shared() -> re.Pattern[str]:
    """A sentence's "fördelas … till sex olika projekt"."""
    return re.compile(
        r"(?<!\w)(?:om)?fördelas\s+(?:(?P<between>[^.!?]{1,80}?)\s+)?till\s+"
        rf"(?P<count>\d{{1,3}}|{'|'.join(NUMBER_WORDS)})\s+{COUNTED_NOUN}",
        re.IGNORECASE,
    )


COUNTED_NOUN: Final = r"(?:(?P<adjective>\w+[ae])\s+)?(?P<noun>\w+)"
"""The noun after a count, perhaps after an adjective in -a or -e ("sex beviljade projekt"); see
`counted_noun`."""
_NOT_NOUNS: Final = frozenset({
    "av", "blir", "efter", "enligt", "från", "får", "för", "har", "i", "inom", "kan", "med",
    "nedan", "och", "om", "ovan", "på", "ska", "som", "till", "under", "vid", "är"})
"""Words that follow a count's noun, never are one: after "de fyra aktiviteterna i", the
noun is "aktiviteterna", not "i" (trial 83, F1: a definite plural in -na read as an
adjective)."""


def counted_noun(match: re.Match[str]) -> tuple[str, int]:
    """The noun a `COUNTED_NOUN` match counts and where it ends: the word after the
    adjective, or the "adjective" itself where the word after it is no noun."""
    if match["adjective"] and match["noun"].lower() in _NOT_NOUNS:
        return match["adjective"], match.end("adjective")
    return match["noun"], match.end("noun")


class CountedTotal(NamedTuple):
    """An amount a sentence says is shared among a number of recipients, named noun."""

    literal: LiteralAmount
    number: int
    said: str
    """How the text says the count and noun: "sex projekt"."""
    noun: str


def counted_totals(text: str, literals: Sequence[LiteralAmount]) -> list[CountedTotal]:
    """The amounts of text (literals: in text order) a sentence says are shared among a
    number of recipients."""
    offsets = [literal.offset for literal in literals]
    found: list[CountedTotal] = []
    for match in _shared().finditer(text):
        literal = _shared_amount(text, match, literals, offsets)
        if literal is not None:
            said = match["count"].lower()
            noun, _ = counted_noun(match)
            found.append(CountedTotal(literal, int(NUMBER_WORDS.get(said, said)),
                                      f"{match['count']} {noun}", noun))
    return found


def _shared_amount(text: str, match: re.Match[str], literals: Sequence[LiteralAmount],
                   offsets: Sequence[int]) -> LiteralAmount | None:
    """The amount a "fördelas … till N" match says is shared: between its words, else
    directly before them in the same sentence (offsets: the literals', in order, looked up
    in rather than every literal tried for every match)."""
    if match["between"] is not None:
        first = bisect_left(offsets, match.start("between"))
        if first < len(offsets) and offsets[first] < match.end("between"):
            return literals[first]
    last = bisect_left(offsets, match.start()) - 1
    if last < 0:
        return None
    before = literals[last]
    gap = text[before.offset + len(before.text) : match.start()]
    return before if len(gap.split()) <= MAX_GAP and not SENTENCE_END.search(gap) else None


def leaf_rows(rows: Iterable[RowResult]) -> int:
    """How many rows a table lists: those without rows of their own."""
    return sum(1 for _ in _leaves(rows))


def count_agrees(number: int, noun: str, table: str, result: TableResult) -> bool:
    """Whether a count in text of a noun may be the table's: its noun names no column
    (what it counts is unknown: "till sex kommuner" over regions), or the count is the
    table's rows, those with an amount (not an "Avslag" row of "–": trial 79, F5), those
    with no "–" in an amount column (trial 97, F8: a refused förening's "–" under
    Kompensation beside its costs) or the different entries of a column its noun names
    ("fyra stipendiater" over five rows, one stipendiat's twice; "kommuner" names
    'Kommun')."""
    named = names_column(noun, result)
    rows = list(_leaves(result.rows))
    entries = {len({row.spec.texts.get(key) for row in rows} - {None, ""}) for key in named}
    with_amounts = sum(1 for row in rows if row.amounts)
    undashed = sum(1 for row in rows if row.amounts and _DASH not in row.spec.words.values())
    return not (named or names_table(noun, table)) or number in {len(rows), with_amounts,
                                                                   undashed, *entries}


def names_column(noun: str, result: TableResult) -> list[str]:
    """The columns of a table whose header a noun of text names (`_names`)."""
    noun = noun.lower()
    return [column.key for column in result.spec.columns
            if (header := column.header.lower()) and _names(noun, header)]


def names_header(noun: str, header: str) -> bool:
    """Whether a noun of text names a header (`_names`): "kommuner" and a split's
    `rubrik_part` 'Kommun' (trial 95, F12)."""
    return bool(header) and _names(noun.lower(), header.lower())


def names_table(noun: str, table: str) -> bool:
    """Whether a noun of text names a table by its name (`table`): "ledamöterna" and the
    table 'ledamoter', whose column of names is headed 'Namn' (trial 90, F1). A name of
    fewer than `_UMLAUT_SHORTEST` letters, or with digits ('t1'), is no word to name."""
    name = table.lower()
    return (len(name) >= _UMLAUT_SHORTEST and name.isalpha()
            and _names(plain_letters(noun.lower()), name))


def _names(noun: str, word: str) -> bool:
    """Whether a noun of text names a word in lower case: "projekten" and 'projekt',
    "kommuner" and 'kommun', a plural that changes its vowel, "ledamöterna" and 'ledamot',
    for a word of `_UMLAUT_SHORTEST` letters or more, and the definite plural of an -are
    noun, "ersättarna" and 'ersättare' (trial 90, F1)."""
    return (noun.startswith(word) or word.startswith(noun) or _are_plural(noun, word)
            or _umlaut_plural(noun, word))


def _are_plural(noun: str, header: str) -> bool:
    """Whether a noun is the definite plural of an -are header ("handläggarna" of
    "handläggare"), which drops the header's last letter."""
    return header.endswith("are") and noun.startswith(header[:-1] + "n")


_UMLAUT_SHORTEST: Final = 5
"""The shortest header a plural with another vowel is read for ("ledamot"; not "år",
which "arvoden" would begin without its ring)."""


def _umlaut_plural(noun: str, header: str) -> bool:
    """Whether a noun is the header in a plural that changes its vowel, o to ö or a to ä
    ("ledamöter" of "ledamot", "städer" of "stad" is too short to count)."""
    return len(header) >= _UMLAUT_SHORTEST and plain_letters(noun).startswith(
        plain_letters(header))


def _leaves(rows: Iterable[RowResult]) -> Iterable[RowResult]:
    """The rows a table lists: those without rows of their own."""
    for row in rows:
        yield from _leaves(row.children) if row.children else (row,)


class TableSaid(NamedTuple):
    """A table as a warning names it: its name, its rows and its sum as the text writes it."""

    name: str
    rows: int
    total: str


MAX_LISTED: Final = 3
"""The most tables `apart_message` lists."""


def apart_message(counted: CountedTotal, tables: Sequence[TableSaid]) -> str:
    """The warning for an amount said to be shared among a number of recipients that no
    table of the case has as its sum (`tables`: those that sum one amount column)."""
    listed = [f"'{table.name}' har {_rows(table.rows)} och summan {table.total}"
              for table in tables[:MAX_LISTED]]
    more = len(tables) - MAX_LISTED
    if more > 0:
        listed.append(f"och {more} {'tabell' if more == 1 else 'tabeller'} till")
    which = "tabellen " + listed[0] if len(tables) == 1 else "tabellerna " + ", ".join(listed)
    return (f"texten säger att {counted.literal.text} fördelas till {counted.said}, men ingen "
            f"tabell i ärendet har den summan: {which}; rätta beloppet i texten, eller raderna "
            "i tabellen om en rad saknas")


def _rows(count: int) -> str:
    return f"{count} {'rad' if count == 1 else 'rader'}"


def count_message(counted: CountedTotal, table: str, rows: int, total: str,
                  states_total: bool, reference: str) -> str:
    """The warning for an amount said to be shared among a number of recipients above a
    table of rows rows that sums to total (states_total: whether the amount is that sum)."""
    start = (f"texten säger att {counted.literal.text} fördelas till {counted.said}, men "
             f"tabellen '{table}' under texten har {rows} {'rad' if rows == 1 else 'rader'} "
             f"och summan {total}")
    missing = counted.number - rows
    if states_total:
        return (f"{start}; rätta antalet i texten, eller lägg till "
                f"{'raden som saknas' if missing == 1 else 'raderna som saknas'}"
                if missing > 0 else f"{start}; rätta antalet i texten eller tabellens rader")
    if missing > 0:
        rows_said = "en rad" if missing == 1 else f"{missing} rader"
        return (f"{start}; saknas {rows_said} i tabellen, eller menar texten tabellens summa? "
                f"skriv då {reference} så följer texten tabellen")
    return (f"{start}; menar texten tabellens summa, skriv {reference} så följer texten "
            "tabellen")

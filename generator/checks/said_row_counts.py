"""A number of a table's rows that text says, against the rows (trial 79, F5).

A decision on projektmedel says "med sammanlagt 7 095 000 kr till de sex projekten i tabellen
under Beviljade projekt" where the table lists five: nothing said so. A count in text is
checked only where it is tied to a table by its own words: "de", "alla" or "samtliga",
the number (digits, or a number word from två to tolv), the noun, perhaps after an
adjective in -a or -e ("de sex beviljade projekten"), that names a column of a table
("projekten" and 'Projekt') or the table itself ("ledamöterna" and 'ledamoter'), in a
sentence that speaks of a table ("i tabellen", "tabellen nedan"). "Fem
projekt beviljas" or "de två projekten som fick avslag" may count a part of the rows and
are left alone. The count agrees where some table whose column the noun names has that
many rows, rows with an amount, or different entries in that column
(`literal_amounts_counts.count_agrees`, the rule of "fördelas till sex projekt"); else it is
a warning naming the tables' rows and the `{{ tabeller.<tabell>.antal_rader }}` that
prints them. A split shown as a table counts the same way: "samtliga elva kommuner i
tabellen" where the split's parts, headed 'Kommun' (`rubrik_part`), are twelve is a warning
naming its parts and `{{ uppdelningar.<uppdelning>.antal_parter }}` (trial 95, F12).
A split's parts are all counted by a genitive too, in a sentence that speaks of a table
("till länets elva kommuner enligt tabellen"), and by "alla" or "samtliga" in any sentence
("Regionstyrelsen fördelar 2,4 mnkr till samtliga elva kommuner."): they name every party
the split is about. A genitive in a sentence about no table ("Länets tolv kommuner har
erbjudits medel; fem har tackat ja") may count more than the split's parts and is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Final

from generator.checks.literal_amounts_counts import (
    COUNTED_NOUN,
    NUMBER_WORDS,
    count_agrees,
    counted_noun,
    names_column,
    names_header,
    names_table,
)
from generator.checks.literal_amounts_parts import SENTENCE_END
from generator.checks.report import Reporter
from generator.compute.prose_figures import PART_COUNT, ROW_COUNT
from generator.compute.tables import TableResult, leaves
from generator.problems import Loc, Problem

if TYPE_CHECKING:
    from generator.compute.case_splits import SplitResult

_STEM = "tabell"
"""What a sentence that ties a count to a table says (texts without it are not searched)."""


_ALL: Final = ("alla", "samtliga")
"""The words that count all the rows or parts in any sentence, tied to no table."""
_NO_GENITIVES: Final = frozenset({"hos", "dess", "minus", "plus"})
"""Words in -s before a count that are no genitive."""


@cache
def _said() -> re.Pattern[str]:
    """"de sex projekten", "alla 5 beviljade projekt", "länets tolv kommuner"."""
    return re.compile(
        r"(?<!\w)(?P<det>de|alla|samtliga|[^\W\d_]{3,}s)\s+"
        rf"(?P<count>\d{{1,3}}|{'|'.join(NUMBER_WORDS)})\s+{COUNTED_NOUN}", re.IGNORECASE)


def said_row_count_problems(texts: Mapping[Loc, str], tables: Mapping[str, TableResult],
                            report: Reporter, splits: Mapping[str, SplitResult] | None = None
                            ) -> list[Problem]:
    """A warning at each count of a table's rows in text that no table of its noun has, nor
    a split whose parts it names."""
    problems = []
    for loc, text in texts.items():
        lower = text.lower()
        if _STEM not in lower and not (splits and any(word in lower for word in _ALL)):
            continue  # (most texts: no search)
        for match in _said().finditer(text):
            det = match["det"].lower()
            tied = _STEM in _sentence(text, match.start()).lower()
            if det in _NO_GENITIVES or not (tied or det in _ALL):
                continue
            number = int(NUMBER_WORDS.get(match["count"].lower(), match["count"]))
            noun, end = counted_noun(match)
            named = {name: result for name, result in tables.items()
                     if tied and det in ("de", *_ALL)
                     and (names_column(noun, result) or names_table(noun, name))}
            parts = {name: len(result.parts) for name, result in (splits or {}).items()
                     if names_header(noun, result.split.rubrik_part)}
            if (named or parts) and number not in parts.values() \
                    and not any(count_agrees(number, noun, name, result)
                                for name, result in named.items()):
                said = text[match.start():end]
                problems.append(report.problem(
                    report.in_text(loc, text, match.start(), said),
                    _message(said, named, parts, match["count"].isdigit()), "varning"))
    return problems


def _sentence(text: str, offset: int) -> str:
    """The sentence of text around an offset."""
    start = max((m.end() for m in SENTENCE_END.finditer(text, 0, offset)), default=0)
    end = SENTENCE_END.search(text, offset)
    return text[start:end.start() if end else len(text)]


def _message(said: str, tables: Mapping[str, TableResult], parts: Mapping[str, int],
             digits: bool) -> str:
    """The warning: what the text says, the rows of each table and the parts of each split
    it may mean, what to write (the count in letters, as the text wrote it, where it did:
    `| i_ord`)."""
    rows = [(f"tabellen '{name}' har {_counted(sum(1 for _ in leaves(result.rows)), 'rad')}",
             f"tabeller.{name}.{ROW_COUNT}") for name, result in tables.items()]
    rows += [(f"uppdelningen '{name}' har {_counted(count, 'part')}",
              f"uppdelningar.{name}.{PART_COUNT}") for name, count in parts.items()]
    written = f"{rows[0][1]}{'' if digits else ' | i_ord'}"
    listed = " och ".join(said_rows for said_rows, _ in rows)
    fix = "tabellens rader" if tables else "uppdelningens parter"
    return (f"texten säger '{said}', men {listed}; rätta antalet i texten eller {fix}, "
            f"eller skriv {{{{ {written} }}}} så följer texten tabellen")


def _counted(count: int, noun: str) -> str:
    """A count and its noun, 'rad' or 'part', in the plural where it is not one."""
    return f"{count} {noun if count == 1 else noun + 'er'}"

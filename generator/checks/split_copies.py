"""A warning at an amount of a table typed from a split's part with a slip (trial 76, F3).

A summary per party ("Studieförbund | Grundbidrag | Volymbidrag | Totalt") repeats the parts
of the case's splits; typed again, 35 472 for Sensus' 35 427 in the split 'grundbidrag' goes
unseen unless the cell takes the part with `{{ uppdelningar.grundbidrag.parter[3].belopp }}`
(`compute.cell_refs`). As for a figure of another table (`near_copies`, whose words and
message this check shares), a typed cell is read as a copy only where it points clearly at
one part:

* its column's header names one split, and no other: the header holds the split's name
  ("Grundbidrag" and 'grundbidrag', 'lokal_bidrag' as "lokal bidrag"), or the split's
  `rubrik_belopp` holds the header ("Volymbidrag" in "Volymbidrag 2024"); a header of a word
  any table may have ("Belopp"), or a year alone, names none;
* its row's text is one party's name, or holds it, and no other party's.

The cell is a slip of the part where it differs by two neighbouring digits swapped or one
digit changed; a cell that equals the part, or differs more, is left alone.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from generator.case.split_models import Split
from generator.checks.near_copies import Figure, copy_warning, header_words, holds, words
from generator.checks.report import Reporter
from generator.compute.tables import ColumnSpec, TableResult, every_row
from generator.digit_swaps import is_slip
from generator.formatting import in_unit
from generator.problems import Problem


def split_copy_problems(splits: Sequence[Split], tables: Mapping[str, TableResult],
                        tree: dict[str, Any], report: Reporter) -> list[Problem]:
    """A warning at each typed amount of a table that is a slip of the part of the split
    its column names, for the party its row names (tree: the figures as text names them)."""
    computed = tree.get("uppdelningar") or {}
    if not (splits and computed and tables):
        return []
    problems = []
    for table in tables.values():
        for column, split in _split_columns(table, splits, computed):
            parties = [(i, words(party["namn"])) for i, party in
                       enumerate(computed[split.namn]["parter"])]
            for row in every_row(table.rows):
                typed = row.spec.stated.get(column.key)
                found = _party(words(row.spec.first_text), parties)
                if typed is None or found is None:
                    continue
                part = computed[split.namn]["parter"][found]["belopp"].kronor
                if typed != part and is_slip(typed, part):
                    figure = Figure(part, f"{in_unit(part, 'kr')} för parten "
                                    f"'{computed[split.namn]['parter'][found]['namn']}' i "
                                    f"uppdelningen '{split.namn}'",
                                    f"uppdelningar.{split.namn}.parter[{found}].belopp")
                    problems.append(copy_warning(report, table, row, column, figure))
    return problems


def _split_columns(table: TableResult, splits: Sequence[Split], computed: Mapping[str, Any]
                   ) -> Iterator[tuple[ColumnSpec, Split]]:
    """Each typed amount column of the table with the one split its header names."""
    for column in table.spec.amount_columns:
        header = header_words(column)
        if column.formula or not header:
            continue
        named = [split for split in splits if split.namn in computed
                 and (holds(header, words(split.namn.replace("_", " ")))
                      or holds(words(split.rubrik_belopp), header))]
        if len(named) == 1:
            yield column, named[0]


def _party(label: tuple[str, ...], parties: Sequence[tuple[int, tuple[str, ...]]]
           ) -> int | None:
    """The index of the one party whose name the row's text is, else of the one whose name
    it holds, or None ("Studieförbundet Vuxenskolan" holds "Studieförbundet" too)."""
    found = [i for i, name in parties if name == label] or \
        [i for i, name in parties if holds(label, name)]
    return found[0] if len(found) == 1 else None

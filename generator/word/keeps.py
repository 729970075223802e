"""What Word is told to keep on one page, so that no short run of items is split.

A list of SHORT items or fewer (at its outermost level) stays on one page, and so does a
run of SHORT att-points or fewer (each its own paragraph, "att bevilja …") and a data table
of SHORT body rows or fewer that is no taller than KEPT_LINES lines: every paragraph but the
last is kept with the next (`w:keepNext`), and a table's rows cannot split. A longer list or
run may break, but its first item is kept with the second. Any other table may break, but
its header row is kept with the first row, and the first two rows and the last two (a total)
are kept together when the two are no taller than KEPT_LINES: no row stands alone on a page
unless it is a tall one, and no keep moves more than a third of a page to the next.

The paragraph right before a table, a list or a run of att-points is its lead-in ("… föreslår
nämnden besluta", "Kommunfullmäktige beslutade den …, § 17,", "Fördelningen:") and is kept
with it when it ends in a colon or is short (LEAD_CHARACTERS): a heading and its lead-in
never end a page without the first point.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Final

SHORT: Final = 6  # a list of this many items, a table of this many body rows, stays on one page
KEPT_LINES: Final = 3 * SHORT  # the most lines of table text kept together (a third of a page)
LEAD_CHARACTERS: Final = 250  # a paragraph this short leads into the block after it


def leads_in(text: str) -> bool:
    """Whether a paragraph right before a table, a list or a run of att-points leads into it:
    one ending in a colon, or a short one (a split's method sentence ends in a full stop, a
    proposal's "… föreslår nämnden besluta" in nothing at all)."""
    text = text.rstrip()
    return text.endswith(":") or len(text) <= LEAD_CHARACTERS


def is_point(text: str) -> bool:
    """Whether a paragraph is an att-point of a proposal or a decision ("att bevilja …")."""
    return text[:3] == "att" and text[3:4].isspace()


def is_short(count: int) -> bool:
    """Whether a list of `count` items (or a table of `count` body rows) is kept on one page."""
    return count <= SHORT


def run_kept_until(starts: Sequence[int], end: int) -> int:
    """Where the keeps of a run of items (list items or att-points) end: the items begin at
    `starts` in the body, the run ends before `end`. Every paragraph from the first up to the
    returned place is kept with the next: all but the last of a short run, the first item of
    a longer one."""
    return end - 1 if is_short(len(starts)) else starts[1]


def table_rows_kept(rows: int, lines: Callable[[int], int]) -> list[bool]:
    """For each row of a data table of `rows` rows, its header row first, whether it is
    kept with the next; `lines` gives the estimated lines of a row by its number."""
    if rows > 1 and is_short(rows - 1) and _no_taller(range(rows), lines):
        return [number < rows - 1 for number in range(rows)]
    kept = [number == 0 and rows > 1 for number in range(rows)]
    for first in (1, rows - 2):
        if 0 < first < rows - 1 and _no_taller((first, first + 1), lines):
            kept[first] = True
    return kept


def _no_taller(numbers: Iterable[int], lines: Callable[[int], int]) -> bool:
    """Whether the rows `numbers` together take at most KEPT_LINES lines (counted only until
    they take more: a row's estimate costs a walk of its cells)."""
    total = 0
    for number in numbers:
        total += lines(number)
        if total > KEPT_LINES:
            return False
    return True

"""What Word is told to keep on one page, so that no short run of items is split.

A list of SHORT items or fewer (at its outermost level) stays on one page, and so does a run
of SHORT att-points or fewer (each its own paragraph, "att bevilja …"), when the run is no
taller than END_LINES (a val's three points with 22 names under them break like any text:
trial 55, F1; and a run right before a justering may break before its last point, which is
kept with the justering: trial 88, F6, a decision held whole with its justering and
signatures left a third of page 1 empty), and a data table no longer than half a page below
its heading (`table_lines`: half the page below HEADING_LINES lines of body text, counted in
lines of table text, which are lower: trial 92, F10): every paragraph but the last is kept
with the next (`w:keepNext`), and a table's rows cannot split, so such a table that would
start at the foot of a page moves to the next one whole, leaving at most about half a page
empty. A longer or taller list or run may break, but its first paragraph is kept with the
next. A taller table starts under the text and may break, its header row repeated (trial 82,
F9: a taxa's 26 fees moved whole to page 2 left the lower half of page 1 empty), but its
header row is kept with the first row, the first two rows are kept together, and so are its
last TAIL_ROWS rows and its total (trial 92, F10: a lone row and "Totalt" under the repeated
header on a landscape page), or else its last two, when they are no taller than END_LINES:
no row stands alone on a page unless it is a tall one, and no such keep moves more than a
third of a page to the next. A group of its rows (a label row, the rows under it, the
subtotal row: see `table_groups`) no taller than END_LINES is kept together too, every row
but its subtotal kept with the next: no subtotal begins a page without the name of what it
sums up (trial 35: Sjöbo's "Samhällsbyggnadsnämnd" split 3 + 2). A group inside it is kept
on its own terms, so a taller group breaks between its inner groups; a taller group without
such keeps still never leaves its label row or its subtotal alone (see `table_groups`). The
table's last group is not kept with what follows the table (but its last row with a short
note right after it: see `kept_rows`).

A layout table (signature blocks side by side, a justering's boxes) of END_LINES lines or
fewer (two rows of blocks) is kept whole, with the paragraph before it; a longer one breaks
between its rows (a row never splits) and is not kept with the paragraph before it, so that
a per capsulam decision's closing sentence stays with the decision instead of moving to the
next page with nine signers' blocks (trial 41, F6). Its blocks then start below the
sentence: a keep of the first row would drag the sentence along whenever the row does not
fit on the page.

The paragraph right before a table, a list or a run of att-points is its lead-in ("… föreslår
nämnden besluta", "Kommunfullmäktige beslutade den …, § 17,", "Fördelningen:") and is kept
with it when it ends in a colon or is short (LEAD_CHARACTERS): a heading and its lead-in
never end a page without the first point. A paragraph that ends in a colon is kept with the
paragraph after it too ("Kommunfullmäktige beslutade den …, KF § 13:" and the one decision
point: trial 48, F7), and so is a paragraph of bold text alone, a sub-heading typed in a
text ("**Omröstning**", "**Reservation**" in a beslutsgång: trial 51, F7).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from generator.word.span import Span

SHORT: Final = 6  # a list or a run of att-points of this many items stays on one page
END_LINES: Final = 18  # the most lines a tall table's group or first or last rows keep
HEADING_LINES: Final = 4  # lines of body text a heading and a lead-in above a table take
TABLE_SHARE: Final = (1, 2)  # the share of the page below them a table kept whole may take
TAIL_ROWS: Final = 3  # the fewest rows, besides a total, a split table ends with on a page
LEAD_CHARACTERS: Final = 250  # a paragraph this short leads into the block after it


def table_lines(height: int, line: int, table_line: int) -> int:
    """The most lines of table text (`table_line` twips high, a row's rule included) a
    table kept whole on one page may take: TABLE_SHARE of a page of text `height` twips
    high (a landscape page is lower) below HEADING_LINES lines of body text (`line` twips
    high)."""
    part, whole = TABLE_SHARE
    return max(0, height - HEADING_LINES * line) * part // (whole * table_line)


def leads_in(text: str) -> bool:
    """Whether a paragraph right before a table, a list or a run of att-points leads into it:
    one ending in a colon, or a short one (a split's method sentence ends in a full stop, a
    proposal's "… föreslår nämnden besluta" in nothing at all)."""
    text = text.rstrip()
    return text.endswith(":") or len(text) <= LEAD_CHARACTERS


def introduces(text: str) -> bool:
    """Whether a paragraph introduces the paragraph after it: one ending in a colon."""
    return text.rstrip().endswith(":")


def is_subheading(spans: Sequence[Span]) -> bool:
    """Whether a paragraph is bold text alone, a sub-heading typed as "**Omröstning**": it is
    kept with the paragraph after it."""
    words = [span for span in spans if span.text.strip() or span.line_break]
    return bool(words) and all(span.bold and not span.line_break for span in words)


def is_point(text: str) -> bool:
    """Whether a paragraph is an att-point of a proposal or a decision ("att bevilja …")."""
    return text[:3] == "att" and text[3:4].isspace()


def is_short(count: int) -> bool:
    """Whether a list or a run of `count` items is kept on one page."""
    return count <= SHORT


def run_kept_until(starts: Sequence[int], end: int, lines: int) -> int:
    """Where the keeps of a run of items (list items or att-points) end: the items begin at
    `starts` in the body, the run ends before `end` and takes about `lines` lines. Every
    paragraph from the first up to the returned place is kept with the next: all but the last
    of a short run, the first paragraph of a longer or taller one."""
    return end - 1 if is_short(len(starts)) and lines <= END_LINES else starts[0] + 1


def paragraph_lines(spans: Sequence[Span], capacity: int) -> int:
    """Estimated lines of a paragraph of `spans` at `capacity` characters a line: each line
    its line breaks begin takes at least one."""
    lines = length = 0
    for span in spans:
        if span.line_break:
            lines += max(1, -(-length // capacity))
            length = 0
        else:
            length += len(span.text)
    return lines + max(1, -(-length // capacity))


def table_rows_kept(rows: int, lines: Callable[[int], int], kept: int,
                    groups: Iterable[tuple[int, int]] = (), *, total: bool = False
                    ) -> list[bool]:
    """For each row of a data table of `rows` rows, its header row first, whether it is
    kept with the next; `lines` gives the estimated lines of a row by its number, `kept`
    the most lines of a table kept whole (see `table_lines`), `groups` the first and the
    last row of each group of rows (its label row and its subtotal row), `total` whether
    its last row is a total."""
    if 1 < rows <= kept and _no_taller(range(rows), lines, kept):  # (a row is a line or more)
        return [number < rows - 1 for number in range(rows)]
    keeps = [number == 0 and rows > 1 for number in range(rows)]
    if rows > 2 and _no_taller((1, 2), lines, END_LINES):
        keeps[1] = True
    for tail in (TAIL_ROWS + total, 2):
        first = max(1, rows - tail)
        if first < rows - 1 and _no_taller(range(first, rows), lines, END_LINES):
            keeps[first:rows - 1] = [True] * (rows - 1 - first)
            break
    for first, last in groups:
        if _no_taller(range(first, last + 1), lines, END_LINES):
            keeps[first:last] = [True] * (last - first)
    return keeps


def layout_rows_kept(lines: Sequence[int]) -> list[bool]:
    """For each row of a layout table (`lines`: the lines of each row), whether it is kept
    with the next: every row but the last while the table takes END_LINES lines or fewer,
    none in a taller one (see the module docstring)."""
    whole = sum(lines) <= END_LINES
    return [whole and number < len(lines) - 1 for number in range(len(lines))]


def _no_taller(numbers: Iterable[int], lines: Callable[[int], int], most: int) -> bool:
    """Whether the rows `numbers` together take at most `most` lines (counted only until
    they take more: a row's estimate costs a walk of its cells)."""
    total = 0
    for number in numbers:
        total += lines(number)
        if total > most:
            return False
    return True

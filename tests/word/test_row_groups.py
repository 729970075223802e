"""A data table whose groups the document does not know (see `table_groups`: one a template
of the user's own prints) has its groups read from its Markdown: a label row (first cell
bold, the others empty) opens a group, the next row with a bold first cell and some other
cell closes it. The label row and the group's last row are kept with the row after them. A
group without a label of its own shows only by its subtotal row: one subtotal more than the
groups open, before the next label row, closes such a group inside the labelled one. A label
row that no subtotal closes is a heading over the rows up to the next bold one."""

from __future__ import annotations

from generator.table_shape import RowGroup
from generator.word.row_groups import read_groups, row_places, sum_row
from generator.word.span import Span
from generator.word.table_groups import RowPlace


def _row(first: str, *others: str, bold: bool = False) -> list[list[Span]]:
    return [[Span(first, bold=bold)], *([Span(text)] if text else [] for text in others)]


LABEL = _row("Kommunstyrelse", "", "", bold=True)
ITEM = _row("Politisk verksamhet", "8,8", "8,2")
SUBTOTAL = _row("Summa", "97,7", "98,1", bold=True)
TOTAL = _row("Summa nämnder", "1 274,2", "1 317,3", bold=True)


def test_a_label_row_is_kept_and_the_rows_of_its_group_are_one_step_in() -> None:
    assert row_places([LABEL, ITEM, ITEM, SUBTOTAL, TOTAL]) == [
        RowPlace(True, 0), RowPlace(False, 1), RowPlace(True, 1), RowPlace(False, 0),
        RowPlace(False, 0)]


def test_a_subtotal_is_kept_with_the_last_row_of_its_group() -> None:
    kept = [place.keep_next for place in row_places(
        [LABEL, ITEM, LABEL, ITEM, SUBTOTAL, ITEM, SUBTOTAL, TOTAL])]
    assert kept == [True, False, True, True, False, True, False, False]


def test_a_group_inside_a_group_is_one_step_further_in() -> None:
    assert [place.depth for place in row_places(
        [LABEL, ITEM, LABEL, ITEM, SUBTOTAL, ITEM, SUBTOTAL, TOTAL])] == [0, 1, 1, 2, 1, 1, 0, 0]


def test_a_label_row_without_a_subtotal_is_a_heading_over_the_rows_up_to_a_bold_one() -> None:
    """`delsumma: nej` (trial 35, F3): "Valnämnd" over its one row, as the budget prints it."""
    assert row_places([LABEL, ITEM, ITEM]) == [RowPlace(True, 0), RowPlace(False, 1),
                                               RowPlace(False, 1)]
    assert row_places([LABEL, ITEM, SUBTOTAL, LABEL, ITEM, LABEL, ITEM, TOTAL]) == [
        RowPlace(True, 0), RowPlace(True, 1), RowPlace(False, 0), RowPlace(True, 0),
        RowPlace(False, 1), RowPlace(True, 0), RowPlace(True, 1), RowPlace(False, 0)]
    # (the last heading's row is kept with the total row after it, as a group's last row is
    # with its subtotal: the Markdown reads the same)


def test_a_table_without_label_rows_has_plain_rows_only() -> None:
    assert row_places([ITEM, _row("Risk", "", "5", bold=True), TOTAL]) == [RowPlace()] * 3


def test_a_bold_row_of_one_cell_is_no_label() -> None:
    assert row_places([[[Span("Rubrik", bold=True)]], ITEM]) == [RowPlace(), RowPlace()]


def _depths(rows: list[list[list[Span]]]) -> list[int]:
    return [place.depth for place in row_places(rows)]


def test_a_group_without_a_label_inside_a_labelled_one_is_read_as_beslut_visa_shows_it() -> None:
    """Trial 34: Blekinge län, its kommuner, "Summa kommuner" (a group with `mottagare: ""`),
    the landsting and "Totalt länet", then the next län and the table's total."""
    lan = [LABEL, ITEM, ITEM, SUBTOTAL, ITEM, SUBTOTAL]
    assert _depths([*lan, *lan, TOTAL]) == [0, 2, 2, 1, 1, 0] * 2 + [0]
    assert [place.keep_next for place in row_places([*lan, TOTAL])] == [
        True, False, True, False, True, False, False]


def test_the_last_row_is_the_total_unless_a_group_is_still_open() -> None:
    """A labelled group, a row after it and the total: the total closes nothing. A table
    without a total (`totalt: false`) ends with the subtotal of its last group."""
    assert _depths([LABEL, ITEM, SUBTOTAL, ITEM, TOTAL]) == [0, 1, 0, 0, 0]
    assert _depths([LABEL, ITEM, ITEM, SUBTOTAL]) == [0, 1, 1, 0]
    assert _depths([LABEL, ITEM, LABEL, ITEM, SUBTOTAL, TOTAL]) == [0, 1, 1, 2, 1, 0]


def test_groups_without_labels_follow_each_other_inside_a_labelled_one() -> None:
    assert _depths([LABEL, ITEM, SUBTOTAL, ITEM, SUBTOTAL, ITEM, SUBTOTAL, TOTAL]) == [
        0, 2, 1, 2, 1, 1, 0, 0]


def test_a_total_row_after_headings_and_a_group_closes_no_heading() -> None:
    """(With one heading only the Markdown cannot tell: see the last test.)"""
    assert [place.depth for place in row_places(
        [LABEL, ITEM, LABEL, ITEM, LABEL, ITEM, SUBTOTAL, TOTAL])] == [0, 1, 0, 1, 0, 1, 0, 0]


def test_each_group_runs_from_its_label_row_to_its_subtotal_row_inner_groups_first() -> None:
    """A group without a label of its own begins at its first row; a heading without a
    subtotal ends before the next bold row."""
    assert read_groups([LABEL, ITEM, LABEL, ITEM, SUBTOTAL, ITEM, SUBTOTAL, TOTAL]) == [
        RowGroup(2, 4), RowGroup(0, 6)]
    lan = [LABEL, ITEM, ITEM, SUBTOTAL, ITEM, SUBTOTAL]
    assert read_groups([*lan, TOTAL]) == [RowGroup(1, 3, labelled=False), RowGroup(0, 5)]
    assert read_groups([LABEL, ITEM, ITEM]) == [RowGroup(0, 2, summed=False)]
    assert read_groups([LABEL, ITEM, LABEL, ITEM, ITEM, LABEL, ITEM, SUBTOTAL, TOTAL]) == [
        RowGroup(5, 7), RowGroup(0, 1, summed=False), RowGroup(2, 4, summed=False)]
    assert read_groups([ITEM, TOTAL]) == []


def test_one_heading_before_a_group_reads_as_a_group_holding_that_group() -> None:
    """What the Markdown cannot tell (Word takes such a table's groups from the computed
    table, see `table_groups`): "Revision" (`delsumma: nej`), its row, "Kommunstyrelse" with
    its rows and Summa, and the table's total read as a group closed by the total."""
    assert _depths([LABEL, ITEM, LABEL, ITEM, ITEM, SUBTOTAL, TOTAL]) == [0, 1, 1, 2, 2, 1, 0]


def test_a_sum_row_has_a_bold_first_cell_and_another_showing_text() -> None:
    """A subtotal or a total ends a table with the rows it adds up (see `keeps.TAIL_ROWS`);
    a label row or a plain row does not."""
    assert sum_row(TOTAL) and sum_row(SUBTOTAL)
    assert not sum_row(LABEL) and not sum_row(ITEM) and not sum_row([])

"""Where a data table's groups put its rows in Word: a group's label row is kept with the next
row, and so is the row before its subtotal row; every row between the two is one step deeper
for each group it is in. The document tells the Word writer each table's groups, and the
writer knows the Markdown table they belong to by its row count and the exact text of its
first column, never by a guess."""

from __future__ import annotations

import xml.etree.ElementTree as etree

from generator.table_shape import RowGroup
from generator.word.table_groups import KnownTables, RowPlace, place_rows


def _depths(count: int, *groups: RowGroup) -> list[int]:
    return [place.depth for place in place_rows(count, groups)]


def _kept(count: int, *groups: RowGroup) -> list[bool]:
    return [place.keep_next for place in place_rows(count, groups)]


def test_rows_without_groups_are_plain() -> None:
    assert place_rows(3, ()) == [RowPlace()] * 3


def test_a_group_keeps_its_label_and_its_last_row_and_sets_its_rows_one_step_in() -> None:
    """Kommunstyrelse, two rows, Summa, the table's total."""
    group = RowGroup(0, 3)
    assert place_rows(5, [group]) == [RowPlace(True, 0), RowPlace(False, 1), RowPlace(True, 1),
                                      RowPlace(False, 0), RowPlace(False, 0)]


def test_a_group_without_a_label_begins_at_its_first_row() -> None:
    """Blekinge län, its kommuner in a group without a label ("Summa kommuner"), the
    landsting, "Totalt länet" and the total."""
    groups = [RowGroup(1, 3, labelled=False), RowGroup(0, 5)]
    assert _depths(7, *groups) == [0, 2, 2, 1, 1, 0, 0]
    assert _kept(7, *groups) == [True, False, True, False, True, False, False]


def test_a_heading_without_a_subtotal_holds_its_rows_up_to_its_last() -> None:
    """Revision (`delsumma: nej`) and its row, then Kommunstyrelse with its Summa, then the
    total: the heading's last row is not kept with the next group."""
    groups = [RowGroup(0, 1, summed=False), RowGroup(2, 5)]
    assert _depths(7, *groups) == [0, 1, 0, 1, 1, 0, 0]
    assert _kept(7, *groups) == [True, False, True, False, True, False, False]


def test_a_group_without_a_label_may_hold_a_labelled_one() -> None:
    """Län, then a group without a label (Summa kommuner) holding Karlskrona (its rows and
    Summa Karlskrona) and Ronneby, then the landsting and Totalt länet."""
    groups = [RowGroup(1, 4), RowGroup(1, 6, labelled=False), RowGroup(0, 8)]
    assert _depths(10, *groups) == [0, 2, 3, 3, 2, 2, 1, 1, 0, 0]
    assert _kept(10, *groups) == [True, True, False, True, False, True, False, True, False,
                                  False]


FIRST = ("Kommunstyrelse", "Politisk verksamhet", "Summa", "Summa nämnder")
GROUPS = (RowGroup(0, 2),)


def _rows(*texts: str) -> list[list[etree.Element]]:
    """Body rows as the Markdown parser makes them: cells, the first holding `texts`."""
    rows = []
    for text in texts:
        first, other = etree.Element("td"), etree.Element("td")
        first.text = text
        rows.append([first, other])
    return rows


def test_a_table_is_known_by_the_exact_text_of_its_first_column() -> None:
    known = KnownTables([(FIRST, GROUPS, (), ())])
    assert known.groups(_rows(*FIRST)) == GROUPS
    assert known.groups(_rows(" Kommunstyrelse", "Politisk  verksamhet", "Summa",
                              "Summa nämnder")) == GROUPS  # (white space aside)
    assert known.groups(_rows("KOMMUNSTYRELSE", *FIRST[1:])) is None
    assert known.groups(_rows(*FIRST[:3])) is None
    assert KnownTables().groups(_rows(*FIRST)) is None


def test_the_text_of_a_cell_is_read_through_its_formatting() -> None:
    cell = etree.fromstring("<td><em>varav</em> ap.1 <strong>Psykisk</strong> hälsa</td>")
    known = KnownTables([(("varav ap.1 Psykisk hälsa",), (), (), ())])
    assert known.groups([[cell]]) == ()


def test_tables_printed_alike_with_other_groups_are_known_by_none() -> None:
    heading = (RowGroup(0, 1, summed=False),)
    assert KnownTables([(FIRST, GROUPS, (), ()), (FIRST, heading, (), ()),
                        (FIRST, GROUPS, (), ())]).groups(_rows(*FIRST)) is None
    assert KnownTables([(FIRST, GROUPS, (), ()),
                        (FIRST, GROUPS, (), ())]).groups(_rows(*FIRST)) == GROUPS

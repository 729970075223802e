"""Where a data table's groups put its rows in Word: a group's label row is kept with the next
row, and so is the row before its subtotal row; every row between the two is one step deeper
for each group it is in. The document tells the Word writer each table's groups, and the
writer knows the Markdown table they belong to by its row count and the exact text of its
first column, never by a guess: of tables printed alike, by its place among them."""

from __future__ import annotations

import xml.etree.ElementTree as etree

from generator.table_shape import ColumnGroup, RowGroup
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


def _table(heading: str, first: str, *, bold: bool = False) -> etree.Element:
    """A Markdown table of one row under the headers Ålder, `heading` Kronor and `heading`
    Andel, its first cell `first` (bold when `bold`)."""
    cell = f"<strong>{first}</strong>" if bold else first
    return etree.fromstring(
        f"<table><tr><th>Ålder</th><th>{heading} Kronor</th><th>{heading} Andel</th></tr>"
        f"<tr><td>{cell}</td><td>4 363</td><td>110 %</td></tr></table>")


def _shape(known: KnownTables, table: etree.Element) -> object:
    rows = [list(row) for row in table.iter("tr")]
    return known.shape(rows[1:], rows[0], table)


def test_tables_printed_alike_are_told_apart_by_their_place_in_the_document() -> None:
    """Trial 93, F7: two tables whose one row reads "0–12 år", the first with groups of
    columns; each keeps its own, the first its groups (before: neither had any)."""
    grouped = (ColumnGroup("Grundkostnad", 1, 2),)
    known = KnownTables([(("0–12 år",), (), grouped, ()), (("0–12 år",), (), (), ())])
    first, second = _table("Grundkostnad", "0–12 år"), _table("Summa", "0–12 år")
    known.place([first, second])
    assert _shape(known, first) == ((), grouped, ())
    assert _shape(known, second) == ((), (), ())


def test_a_table_out_of_its_place_is_known_by_its_header_and_bold_rows() -> None:
    """A template that prints the tables in another order: the table whose headers begin
    with the group's heading is the grouped one, the one whose row is bold the marked one;
    one that could be either and has no place is known by none."""
    grouped = (ColumnGroup("Grundkostnad", 1, 2),)
    known = KnownTables([(("0–12 år",), (), grouped, ()), (("0–12 år",), (), (), (0,))])
    plain, bold = _table("Summa", "0–12 år", bold=True), _table("Grundkostnad", "0–12 år")
    known.place([plain, bold])
    assert _shape(known, plain) == ((), (), (0,))
    assert _shape(known, bold) == ((), grouped, ())
    either = _table("Grundkostnad", "0–12 år", bold=True)
    known.place([])
    assert _shape(known, either) is None

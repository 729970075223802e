"""Specification: a table's groups of columns (`kolumngrupper`, trial 66, F5). In Word a
group's heading stands in an extra header row, in one cell merged across its columns, over
their short headers ("2022 (tkr)"); a column in no group has its header in the lower row,
level with them, under an empty cell open towards it, and both rows repeat whole on every
page (trial 97, F1: LibreOffice cut a header merged down both rows on page 2). A Markdown
table has no merged cells: there each column's header has its group's heading first
("Ackumulerat 2022 (tkr)"). A group names columns of the table, side by side and in order,
each in one group only: else an error at the name. A heading of a group that names the unit
("Per år (tkr)") spares its columns' headers the unit."""

from __future__ import annotations

import zipfile
from io import BytesIO
from pathlib import Path
from xml.etree import ElementTree as etree

from generator.build import Pipeline

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
CASE = """\
dokumenttyp: lagesbeskrivning
datum: 2026-11-27
dnr: nej
titel: Budgetramar
avsnitt:
  - rubrik: Kommunfullmäktige
    tabell: kf
tabeller:
  - namn: kf
    enhet: tkr
    kolumner:
      - {namn: post, rubrik: Verksamhet}
      - {namn: a2022, rubrik: "2022", typ: belopp}
      - {namn: a2023, rubrik: "2023", typ: belopp}
      - {namn: p2022, rubrik: "2022", typ: belopp}
      - {namn: p2023, rubrik: "2023", typ: belopp}
    kolumngrupper:
GROUPS
    rader:
      - {post: Dagsammanträden, a2022: 1 500, a2023: 1 500, p2022: 1 500, p2023: 0}
"""
TWO_GROUPS = """\
      - {rubrik: Ackumulerat, kolumner: [a2022, a2023]}
      - {rubrik: Per år, kolumner: [p2022, p2023]}"""


def build(tmp_path: Path, groups: str) -> tuple[list[str], dict[str, bytes]]:
    """The problems of the case with `groups` under `kolumngrupper`, and its files."""
    case = tmp_path / "kf.yaml"
    case.write_text(CASE.replace("GROUPS", groups), encoding="utf-8")
    built = Pipeline().build(case)
    return [p.format().replace(f"{tmp_path}/", "") for p in built.problems], built.files


def header_rows(docx: bytes) -> list[list[tuple[str, str, str]]]:
    """Each header row of the document's table: each cell's text, its gridSpan and the side
    it has no border on ("bottom", "top"), as the cells of a column in no group have."""
    with zipfile.ZipFile(BytesIO(docx)) as archive:
        body = etree.fromstring(archive.read("word/document.xml"))
    rows = [row for row in body.iter(f"{W}tr") if row.find(f"{W}trPr/{W}tblHeader") is not None]
    return [[("".join(cell.itertext()), _value(cell, "gridSpan"), _open(cell))
             for cell in row.iter(f"{W}tc")] for row in rows]


def _open(cell: etree.Element) -> str:
    """The side of a cell whose border is taken away (`w:val="nil"`), "" for none."""
    borders = cell.find(f"{W}tcPr/{W}tcBorders")
    sides = [] if borders is None else [side.tag.removeprefix(W) for side in borders
                                        if side.get(f"{W}val") == "nil"]
    return " ".join(sides)


def _value(cell: etree.Element, name: str) -> str:
    """The value of a cell property (`w:val`), "-" where it is set without one, "" if unset."""
    found = cell.find(f"{W}tcPr/{W}{name}")
    return "" if found is None else found.get(f"{W}val", "-")


def test_word_prints_each_group_heading_once_over_its_columns(tmp_path: Path) -> None:
    problems, files = build(tmp_path, TWO_GROUPS)
    assert problems == []
    assert header_rows(files["kf.docx"]) == [
        [("", "", "bottom"), ("Ackumulerat", "2", ""), ("Per år", "2", "")],
        [("Verksamhet", "", "top"), ("2022 (tkr)", "", ""), ("2023 (tkr)", "", ""),
         ("2022 (tkr)", "", ""), ("2023 (tkr)", "", "")]]


def test_both_header_rows_are_kept_with_the_first_row_in_every_paragraph(tmp_path: Path) -> None:
    """Trial 92, F10: the lower half of a merged cell held an empty paragraph not kept with
    the next, so Word, which keeps a row with the next when every paragraph in it is, could
    part a table kept whole after its header rows."""
    _, files = build(tmp_path, TWO_GROUPS)
    with zipfile.ZipFile(BytesIO(files["kf.docx"])) as archive:
        body = etree.fromstring(archive.read("word/document.xml"))
    rows = [row for row in body.iter(f"{W}tr") if row.find(f"{W}trPr/{W}tblHeader") is not None]
    assert [[paragraph.find(f"{W}pPr/{W}keepNext") is not None
             for paragraph in row.iter(f"{W}p")] for row in rows] == [[True] * 3, [True] * 5]


def test_markdown_puts_the_group_heading_first_in_each_column_header(tmp_path: Path) -> None:
    _, files = build(tmp_path, TWO_GROUPS)
    assert ("| Verksamhet | Ackumulerat 2022 (tkr) | Ackumulerat 2023 (tkr) "
            "| Per år 2022 (tkr) | Per år 2023 (tkr) |") in files["kf.md"].decode("utf-8")


def test_a_group_heading_naming_the_unit_names_it_for_its_columns(tmp_path: Path) -> None:
    _, files = build(tmp_path, """\
      - {rubrik: Ackumulerat (tkr), kolumner: [a2022, a2023]}""")
    assert "| Verksamhet | Ackumulerat (tkr) 2022 | Ackumulerat (tkr) 2023 | 2022 (tkr) |" \
        in files["kf.md"].decode("utf-8")
    assert [text for text, _, _ in header_rows(files["kf.docx"])[1]] == [
        "Verksamhet", "2022", "2023", "2022 (tkr)", "2023 (tkr)"]


def test_a_group_names_columns_of_the_table(tmp_path: Path) -> None:
    problems, _ = build(tmp_path, """\
      - {rubrik: Ackumulerat, kolumner: [a2022, a2024]}""")
    assert problems == [
        "kf.yaml:18:49: okänd kolumn 'a2024' i kolumngruppen, menade du 'a2023'?"]


def test_a_group_names_columns_side_by_side(tmp_path: Path) -> None:
    problems, _ = build(tmp_path, """\
      - {rubrik: Ackumulerat, kolumner: [a2022, p2022]}""")
    assert problems == [
        "kf.yaml:18:49: kolumnerna i kolumngruppen 'Ackumulerat' står inte bredvid varandra: "
        "'a2023' står mellan 'a2022' och 'p2022'; ta med den i gruppen, eller flytta "
        "kolumnerna intill varandra"]


def test_a_group_names_its_columns_in_the_table_s_order(tmp_path: Path) -> None:
    problems, _ = build(tmp_path, """\
      - {rubrik: Ackumulerat, kolumner: [a2023, a2022]}""")
    assert problems == [
        "kf.yaml:18:49: kolumnen 'a2022' står före 'a2023' i tabellen, skriv kolumnerna i "
        "kolumngruppen 'Ackumulerat' i tabellens ordning"]


def test_a_column_is_in_one_group_only(tmp_path: Path) -> None:
    problems, _ = build(tmp_path, """\
      - {rubrik: Ackumulerat, kolumner: [a2022, a2023]}
      - {rubrik: Per år, kolumner: [a2023, p2022]}""")
    assert problems[0] == (
        "kf.yaml:19:37: kolumnen 'a2023' står redan i kolumngruppen 'Ackumulerat', ta bort "
        "den ur en av grupperna: en kolumn står under en grupprubrik")


def test_a_message_names_a_column_with_its_group_heading(tmp_path: Path) -> None:
    # (trial 81, F10: "kolumnen '2005-12-31 (tkr)'" did not say it was eget kapital; here
    # two columns are "2022 (tkr)")
    case = tmp_path / "kf.yaml"
    case.write_text(CASE.replace("GROUPS", TWO_GROUPS).replace(
        "    rader:\n", "    summa: {p2022: 1 400}\n    rader:\n"), encoding="utf-8")
    assert [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(case).problems] \
        == ["kf.yaml:20:20: angiven summa 1\u00a0400\u00a0tkr för totalen i tabellen 'kf', "
            "kolumnen 'Per år 2022 (tkr)' stämmer inte med summan av delarna 1\u00a0500\u00a0tkr "
            "(den angivna är 100\u00a0tkr för låg); rätta summan eller ta bort den så räknas "
            "den ut"]


def test_a_second_table_with_the_same_first_row_takes_no_group_away(tmp_path: Path) -> None:
    """Trial 93, F7: another table whose one row is also "Dagsammanträden" left Word without
    the group row, its headers as the Markdown's ("Ackumulerat 2022 (tkr)")."""
    other = """  - rubrik: Övrigt
    tabell: ovr
tabeller:
  - namn: ovr
    kolumner:
      - {namn: post, rubrik: Post}
      - {namn: belopp, rubrik: Belopp, typ: belopp}
    rader:
      - {post: Dagsammanträden, belopp: 2 750}
"""
    case = tmp_path / "kf.yaml"
    case.write_text(CASE.replace("GROUPS", TWO_GROUPS).replace("tabeller:\n", other, 1),
                    encoding="utf-8")
    built = Pipeline().build(case)
    assert list(built.problems) == []
    assert header_rows(built.files["kf.docx"])[:2] == [
        [("", "", "bottom"), ("Ackumulerat", "2", ""), ("Per år", "2", "")],
        [("Verksamhet", "", "top"), ("2022 (tkr)", "", ""), ("2023 (tkr)", "", ""),
         ("2022 (tkr)", "", ""), ("2023 (tkr)", "", "")]]

"""Word takes a data table's groups from the computed table, not from its Markdown: each row's
first cell is indented one step for each group it is in, as `beslut visa` shows it, and a
group's label row and its last row are kept with the next row (`w:keepNext`). The tables
here are taller than a page keeps whole (35 rows of "Nämnd n" first), so that what is kept
is the groups' doing. A template of the user's own that prints a table otherwise has the
table's groups read from its Markdown, as before."""

from __future__ import annotations

import zipfile
from io import BytesIO
from pathlib import Path
from xml.etree import ElementTree as etree

from generator.build import Pipeline
from generator.resources import templates_dir
from generator.word.reference import open_reference
from generator.word.table_groups import INDENT_CHARACTERS

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
STEP = INDENT_CHARACTERS * open_reference(templates_dir() / "reference.docx").styles \
    .character_width  # twips of indent a group
FILLER = "".join(f'      - {{post: "Nämnd {n}", belopp: "1,0"}}\n' for n in range(1, 36))
CASE = """\
dokumenttyp: beslutsunderlag
datum: 2024-06-19
dnr: KS 2024/12
titel: Budget 2025
avsnitt:
  - rubrik: Driftbudget per nämnd
    tabell: drift
tabeller:
  - namn: drift
    enhet: mnkr
    totalt: Summa nämnder
    kolumner:
      - {namn: post, rubrik: Nämnd}
      - {namn: belopp, rubrik: Budget 2025, typ: belopp}
    rader:
"""
HEADING_THEN_GROUP = CASE + FILLER + """\
      - post: Revision
        delsumma: nej
        rader:
          - {post: Politisk verksamhet, belopp: "1,5"}
      - post: Kommunstyrelse
        delsumma: Summa
        rader:
          - {post: Kommunövergripande verksamhet, belopp: "81,7"}
          - {post: Politisk verksamhet, belopp: "8,2"}
"""
KOMMUNER = "".join(f'              - {{post: "Kommun {n}", belopp: "1,0"}}\n'
                   for n in range(1, 17))
UNLABELLED_HOLDS_LABELLED = CASE + FILLER + """\
      - post: Blekinge län
        delsumma: Totalt länet
        rader:
          - post: ""
            delsumma: Summa kommuner
            rader:
              - post: Karlskrona
                delsumma: Summa Karlskrona
                rader:
                  - {post: Socialtjänst, belopp: "1,0"}
                  - {post: Skola, belopp: "2,0"}
""" + KOMMUNER + """\
          - {post: Region Blekinge, belopp: "4,0"}
"""


def _rows(docx: bytes) -> list[tuple[str, int, bool]]:
    """Each body row of the document's data table: its first cell's text, how many steps it is
    indented and whether it is kept with the next row."""
    with zipfile.ZipFile(BytesIO(docx)) as package:
        body = etree.fromstring(package.read("word/document.xml"))
    table = next(t for t in body.iter(f"{W}tbl") if t.find(f".//{W}tblHeader") is not None)
    rows = []
    for row in table.findall(f"{W}tr")[1:]:
        paragraph = row.find(f"{W}tc/{W}p")
        assert paragraph is not None
        indent = paragraph.find(f"{W}pPr/{W}ind")
        twips = int(indent.get(f"{W}left", "0")) if indent is not None else 0
        assert twips % STEP == 0
        kept = paragraph.find(f"{W}pPr/{W}keepNext") is not None
        rows.append(("".join(paragraph.itertext()), twips // STEP, kept))
    return rows


def _built(tmp_path: Path, case: str, templates: tuple[Path, ...] = ()) -> dict[str, bytes]:
    path = tmp_path / "fall.yaml"
    path.write_text(case, encoding="utf-8")
    result = Pipeline(templates).build(path)
    assert [p.format() for p in result.problems if p.is_error] == []
    return result.files


def test_a_heading_then_a_group_with_its_own_summa_stand_side_by_side(tmp_path: Path) -> None:
    """One heading (`delsumma: nej`), then a group with its Summa, then the total: the
    Markdown reads as a group holding the group, closed by the total, and Word set the
    group, its rows and its Summa one step too far in; `beslut visa` and the .md were
    right. The heading's last row is not kept with the group after it."""
    files = _built(tmp_path, HEADING_THEN_GROUP)
    assert _rows(files["fall.docx"])[35:] == [
        ("Revision", 0, True), ("Politisk verksamhet", 1, False),
        ("Kommunstyrelse", 0, True), ("Kommunövergripande verksamhet", 1, True),
        ("Politisk verksamhet", 1, True), ("Summa", 0, True), ("Summa nämnder", 0, False)]
    assert _rows(files["fall.docx"])[:3] == [("Nämnd 1", 0, True), ("Nämnd 2", 0, False),
                                             ("Nämnd 3", 0, False)]


def test_a_group_without_a_label_may_hold_a_labelled_one(tmp_path: Path) -> None:
    """Blekinge län holds a group without a label (`post: ""`, "Summa kommuner") that holds
    Karlskrona with its own Summa, then 16 kommuner: two steps in for the group, three for
    Karlskrona's rows. The län's group and the kommuner's are taller than a group kept whole
    (END_LINES), so only their label rows and last rows are kept; Karlskrona's is kept whole,
    and so are the table's last three rows with its total (see `keeps.TAIL_ROWS`)."""
    rows = _rows(_built(tmp_path, UNLABELLED_HOLDS_LABELLED)["fall.docx"])[35:]
    assert rows[:5] == [("Blekinge län", 0, True), ("Karlskrona", 2, True),
                        ("Socialtjänst", 3, True), ("Skola", 3, True),
                        ("Summa Karlskrona", 2, False)]
    assert rows[5:21] == [(f"Kommun {n}", 2, n == 16) for n in range(1, 17)]
    assert rows[21:] == [("Summa kommuner", 1, True), ("Region Blekinge", 1, True),
                         ("Totalt länet", 0, True), ("Summa nämnder", 0, False)]


def test_a_table_a_template_of_ones_own_prints_otherwise_has_its_groups_read_from_markdown(
        tmp_path: Path) -> None:
    """A table partial that prints the first column in capitals: no computed table reads so,
    and Word reads the groups from the Markdown, the one heading before the group as a group
    holding it (see `row_groups`)."""
    partial = (templates_dir() / "partials" / "table.md.j2").read_text(encoding="utf-8")
    assert "{{ c.text | celltext }}" in partial
    (tmp_path / "mallar" / "partials").mkdir(parents=True)
    (tmp_path / "mallar" / "partials" / "table.md.j2").write_text(
        partial.replace("{{ c.text | celltext }}", "{{ c.text | celltext | upper }}"),
        encoding="utf-8")
    files = _built(tmp_path, HEADING_THEN_GROUP, (tmp_path / "mallar",))
    assert "| **KOMMUNSTYRELSE** | |" in files["fall.md"].decode("utf-8")
    assert _rows(files["fall.docx"])[35:] == [
        ("REVISION", 0, True), ("POLITISK VERKSAMHET", 1, True),
        ("KOMMUNSTYRELSE", 1, True), ("KOMMUNÖVERGRIPANDE VERKSAMHET", 2, True),
        ("POLITISK VERKSAMHET", 2, True), ("SUMMA", 1, True), ("SUMMA NÄMNDER", 0, False)]


EMPTY_HEADING = CASE + FILLER + """\
      - post: Avgiftsfinansierade investeringar
        delsumma: nej
        rader: []
      - post: Investeringsobjekt VA
        delsumma: Summa VA
        rader:
          - {post: Vattenverk, belopp: "8,3"}
          - {post: Reningsverk, belopp: "0,5"}
"""


def test_a_heading_without_rows_is_kept_with_the_group_under_it(tmp_path: Path) -> None:
    """A heading over groups of its own (`delsumma: nej`, `rader: []`, trial 71, F3) ended
    page 1 alone with its group on page 2: it is a label row, kept with the next row."""
    rows = _rows(_built(tmp_path, EMPTY_HEADING)["fall.docx"])[35:]
    assert rows[:2] == [("Avgiftsfinansierade investeringar", 0, True),
                        ("Investeringsobjekt VA", 0, True)]


SOTNING = """\
dokumenttyp: beslutsunderlag
datum: 2023-06-19
dnr: KS 2023/90
titel: Sotningstaxa
avsnitt:
  - rubrik: Taxa rengöring
    tabell: taxa
tabeller:
  - namn: taxa
    totalt: false
    kolumner:
      - {namn: nr, rubrik: Nr}
      - {namn: objekt, rubrik: Objekt}
      - {namn: tid, rubrik: Objektstid (min), typ: tal}
      - {namn: exkl, rubrik: Exklusive moms, typ: belopp}
      - {namn: inkl, rubrik: Inklusive moms, typ: belopp}
    rader:
""" + "".join(f'      - {{nr: "1.{n}", objekt: "Värmepanna fast bränsle – miljögodkänd {n}", '
              f'tid: "35,00", exkl: 271, inkl: 338}}\n' for n in range(1, 20)) + """\
      - nr: "2"
        objekt: Övriga objekt
        delsumma: nej
        rader:
""" + "".join(f'          - {{nr: "2.2.{n}", objekt: "Värmepanna {n}", tid: "32,00", '
              f'exkl: 247, inkl: 309}}\n' for n in range(1, 17))


def test_a_group_of_one_line_rows_with_a_narrow_number_column_is_kept_together(
        tmp_path: Path) -> None:
    """Trial 86, F3: the rows of a sotningstaxa's group "2 Övriga objekt" were counted as two
    lines each, "2.2.1" being more characters than the narrow Nr column holds on average, so
    the group (17 rows of one line, under END_LINES) broke over the page. The column's widths
    were made for "2.2.1" by its glyphs, and a cell the count puts on a few lines is measured
    by them too."""
    rows = _rows(_built(tmp_path, SOTNING)["fall.docx"])
    assert rows[19:] == [("2", 0, True)] + [(f"2.2.{n}", 1, n < 16) for n in range(1, 17)]

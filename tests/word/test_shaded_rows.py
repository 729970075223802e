"""A marked row (`markerad: ja`, trial 64, F9) in Word: every cell of it on a light grey
background (`tables.MARKED_FILL`), its text cells bold as in the .md; other rows, the header
and the total row have none."""

from __future__ import annotations

import io
import xml.etree.ElementTree as etree
import zipfile
from pathlib import Path

from generator.build import Pipeline
from generator.word.dump import dump_docx
from generator.word.tables import MARKED_FILL, table_xml

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
CASE = """\
dokumenttyp: beslutsunderlag
datum: 2024-03-01
dnr: KS 2024/12
titel: Budget för klimatsatsningar 2024
avsnitt:
  - rubrik: Satsningar
    text: Markerade rader är nya satsningar.
    tabell: satsningar
tabeller:
  - namn: satsningar
    kolumner:
      - {namn: insats, rubrik: Insats}
      - {namn: ansvar, rubrik: Ansvar}
      - {namn: belopp, rubrik: Belopp, typ: belopp}
    rader:
      - {insats: Laddinfrastruktur, ansvar: Tekniska förvaltningen, belopp: 1 200 000}
      - {insats: Solceller på skolor, ansvar: Fastighetsavdelningen, belopp: 850 000,
         markerad: ja}
      - {insats: Energirådgivning, ansvar: Miljöförvaltningen, belopp: 300 000}
"""


def _rows(tmp_path: Path) -> list[tuple[str, list[str | None], list[bool]]]:
    """Each row of the document's data table: its first cell's text, each cell's fill and
    whether each cell's text is bold."""
    path = tmp_path / "fall.yaml"
    path.write_text(CASE, encoding="utf-8")
    data = Pipeline().build(path).files["fall.docx"]
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        document = etree.fromstring(package.read("word/document.xml"))
    table = next(table for table in document.iter(f"{{{W}}}tbl")
                 if table.find("w:tr/w:trPr/w:tblHeader", NS) is not None)
    rows = []
    for row in table.findall("w:tr", NS):
        cells = row.findall("w:tc", NS)
        fills = [shading.get(f"{{{W}}}fill") if (shading := cell.find("w:tcPr/w:shd", NS))
                 is not None else None for cell in cells]
        bold = [cell.find(".//w:r/w:rPr/w:b", NS) is not None for cell in cells]
        rows.append(("".join(cells[0].itertext()), fills, bold))
    return rows


def test_a_marked_row_is_shaded_and_its_texts_bold(tmp_path: Path) -> None:
    assert _rows(tmp_path)[1:] == [
        ("Laddinfrastruktur", [None, None, None], [False, False, False]),
        ("Solceller på skolor", [MARKED_FILL] * 3, [True, True, False]),
        ("Energirådgivning", [None, None, None], [False, False, False]),
        ("Totalt", [None, None, None], [True, False, True]),
    ]


def test_the_shading_is_a_light_grey_cell_background() -> None:
    markup = table_xml([1000, 2000], [["a", "b"], ["c", "d"]], style_id=None, layout=False,
                       shaded=frozenset({1}))
    assert markup.count(f'<w:shd w:val="clear" w:color="auto" w:fill="{MARKED_FILL}"/>') == 2
    assert MARKED_FILL == "E0E0E0"


def test_the_dump_marks_a_shaded_row(tmp_path: Path) -> None:
    path = tmp_path / "fall.yaml"
    path.write_text(CASE, encoding="utf-8")
    lines = dump_docx(Pipeline().build(path).files["fall.docx"]).splitlines()
    assert [line for line in lines if line.endswith("░")] == [
        "  | **Solceller på skolor** | **Fastighetsavdelningen** | >850\u00a0000 | ↓ ░"]


def test_a_marked_row_stays_shaded_beside_a_table_of_the_same_rows(tmp_path: Path) -> None:
    """Trial 93, F8: a second table with the same row labels ("Laddinfrastruktur" …) took
    the first one's shading away; each table keeps its own marked rows."""
    second = CASE.split("tabeller:\n")[1].replace("satsningar", "andra").replace(
        "         markerad: ja}", "}")
    case = CASE.replace("tabeller:\n", "  - rubrik: Andra\n    tabell: andra\ntabeller:\n") \
        + second.replace("  - namn: andra", "  - namn: andra", 1)
    path = tmp_path / "fall.yaml"
    path.write_text(case, encoding="utf-8")
    lines = dump_docx(Pipeline().build(path).files["fall.docx"]).splitlines()
    assert [line for line in lines if line.endswith("░")] == [
        "  | **Solceller på skolor** | **Fastighetsavdelningen** | >850\u00a0000 | ↓ ░"]

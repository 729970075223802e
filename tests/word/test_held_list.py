"""A short list in a `::: samman` div ("Utdrag till") is held on one page with its heading:
both in the one cell of a borderless table row that cannot split (trial 88, F1: seven
kommuner alone on page 2; LibreOffice 7.4 parts a run of paragraphs kept with the next)."""

from __future__ import annotations

import datetime
import io
import xml.etree.ElementTree as etree
import zipfile
from pathlib import Path

import pytest

from generator.build import Pipeline
from generator.word.document import DocxMeta, markdown_to_docx
from generator.word.dump import dump_docx
from generator.word.keeps import END_LINES

REFERENCE = Path(__file__).resolve().parents[2] / "templates" / "reference.docx"
FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "word" / \
    "vid-protokollet-nara-sidfoten.yaml"  # (LibreOffice put "Utdrag till" alone on page 2)
META = DocxMeta(title="Protokollsutdrag", dnr="JRF 2020/118", date=datetime.date(2020, 11, 27),
                header_lines=("Jämtlands räddningstjänstförbund",))
NS = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
W = f"{{{NS['w']}}}"
LONG = "Ett stycke som är längre än en inledning. " * 8  # (no lead-in: not kept itself)
RECEIVERS = ("Bergs kommun", "Bräcke kommun", "Härjedalens kommun", "Krokoms kommun",
             "Ragunda kommun", "Strömsunds kommun", "Östersunds kommun")


def _extract(receivers: tuple[str, ...]) -> str:
    items = "".join(f"- {name}\n" for name in receivers)
    return f"::: efter\n::: samman\n## Utdrag till\n\n{items}\n:::\n:::\n"


def _body(markdown_text: str) -> etree.Element:
    data = markdown_to_docx(markdown_text, META, REFERENCE)
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        found = etree.fromstring(package.read("word/document.xml")).find("w:body", NS)
    assert found is not None
    return found


def _blocks(body: etree.Element) -> list[str]:
    """The body's blocks: "p" or "tbl"."""
    return [node.tag.removeprefix(W) for node in body if node.tag != W + "sectPr"]


def _styles(element: etree.Element) -> list[str]:
    return [style.get(W + "val", "") for style in element.iter(W + "pStyle")]


def test_a_short_list_and_its_heading_stand_in_one_cell_of_a_row_that_cannot_split() -> None:
    body = _body(f"{LONG}\n\nJusterat den 27 november 2020.\n\n{_extract(RECEIVERS)}")
    assert _blocks(body) == ["p", "p", "tbl"]
    [table] = body.findall("w:tbl", NS)
    [row] = table.findall("w:tr", NS)
    assert row.find("w:trPr/w:cantSplit", NS) is not None
    assert table.find("w:tr/w:trPr/w:tblHeader", NS) is None
    assert table.find("w:tblPr/w:tblStyle", NS) is None  # (spaced as the text's lists are)
    borders = table.find("w:tblPr/w:tblBorders", NS)
    assert borders is not None and {edge.get(W + "val") for edge in borders} == {"none"}
    [cell] = row.findall("w:tc", NS)
    assert _styles(cell) == ["Heading2"] + ["ListBullet"] * len(RECEIVERS)
    assert ["".join(p.itertext()) for p in cell.findall("w:p", NS)] == [
        "Utdrag till", *RECEIVERS]
    spacing = cell.find("w:p/w:pPr/w:spacing", NS)  # (the paragraph before has its space)
    assert spacing is not None and spacing.get(W + "before") == "0"
    justering = body.findall("w:p", NS)[-1]  # (never begins a page without it: `efter`)
    assert justering.find("w:pPr/w:keepNext", NS) is not None


def test_right_after_the_signatures_the_list_is_their_tables_last_row() -> None:
    """Word and LibreOffice join tables that touch, and LibreOffice 7.4 did not keep the
    signatures' table with a table after it: "Utdrag till" stood alone on page 2 under a
    lone "Vid protokollet". The heading and the list are a last row of the signatures'
    table, spanning its columns, spaced as in the text (not by the table's style)."""
    signatures = "::: signaturer\n| Ordförande | Justerare |\n|:--|:--|\n| A | B |\n:::\n\n"
    body = _body(f"{LONG}\n\n{signatures}{_extract(RECEIVERS[:2])}")
    assert _blocks(body) == ["p", "tbl"]
    [table] = body.findall("w:tbl", NS)
    *rows, last = table.findall("w:tr", NS)
    assert rows[-1].find("w:tc/w:p/w:pPr/w:keepNext", NS) is not None
    assert last.find("w:trPr/w:cantSplit", NS) is not None
    [cell] = last.findall("w:tc", NS)
    span = cell.find("w:tcPr/w:gridSpan", NS)
    assert span is not None and span.get(W + "val") == "2"
    assert _styles(cell) == ["Heading2"] + ["ListBullet"] * 2
    spacing = cell.findall("w:p", NS)[-1].find("w:pPr/w:spacing", NS)
    assert spacing is not None and (spacing.get(W + "line"), spacing.get(W + "after")) == (
        "276", "200")
    heading = cell.find("w:p/w:pPr/w:spacing", NS)  # (as far below them as after a table)
    assert heading is not None and heading.get(W + "before") == "240"
    width = cell.find("w:tcPr/w:tcW", NS)
    columns = table.findall("w:tblGrid/w:gridCol", NS)
    assert width is not None and width.get(W + "w") == str(
        sum(int(column.get(W + "w", "0")) for column in columns))


def _case_dump(tmp_path: Path, text: str) -> list[str]:
    """The Word dump of a case, line by line (failing on any error)."""
    path = tmp_path / "fall.yaml"
    path.write_text(text, encoding="utf-8")
    result = Pipeline().build(path)
    assert [p.format() for p in result.problems if p.is_error] == []
    return dump_docx(result.files["fall.docx"]).replace("\u00a0", " ").splitlines()


SIGNED = f"{'_' * 20} ⏎ Anna Nystedt ⏎ protokollförare"
EXTRACT = ("  | ↔2 Utdrag till ¶ Bergs kommun ¶ Bräcke kommun ¶ Härjedalens kommun ¶ Krokoms "
           "kommun |")


@pytest.mark.parametrize(("paper", "signatures"), [
    ("", f"  | Vid protokollet ⏎  ⏎  ⏎ {SIGNED} |  | ↓"),
    ("  signaturrader: ja\n", f"  | Vid protokollet ⏎  ⏎  ⏎ {SIGNED} | Justerandes signatur ⏎  "
     f"⏎  ⏎ {'_' * 20} ⏎ Anna Andersson | ↓"),
])
def test_under_vid_protokollet_near_a_page_foot_the_list_is_the_last_row(
    tmp_path: Path, paper: str, signatures: str
) -> None:
    """The case of the fixture ended page 1 with "Vid protokollet" (alone, or with
    "Justerandes signatur" beside it, `signaturrader`), and LibreOffice 7.4 put "Utdrag
    till" alone on page 2; as their table's last row it moves with them."""
    text = FIXTURE.read_text(encoding="utf-8").replace(
        "  justerare: [Anna Andersson]\n", "  justerare: [Anna Andersson]\n" + paper)
    lines = _case_dump(tmp_path, text)
    assert lines[-4:] == ["[Normal] Justerat den 26 november 2020 av Anna Andersson. ↓",
                          "[tabell stil=Table Grid rubrikrad=nej kantlinjer=nej]",
                          signatures, EXTRACT]


def test_a_long_list_after_the_signatures_stays_out_of_their_table() -> None:
    """A list longer than END_LINES breaks as any list does: it is no row that cannot
    split, and its heading keeps the two tables apart."""
    signatures = "::: signaturer\n| Ordförande | Justerare |\n|:--|:--|\n| A | B |\n:::\n\n"
    receivers = tuple(f"Mottagare {number}" for number in range(END_LINES + 1))
    body = _body(f"{LONG}\n\n{signatures}{_extract(receivers)}")
    assert _blocks(body) == ["p", "tbl"] + ["p"] * (len(receivers) + 1)
    assert len(body.findall("w:tbl/w:tr", NS)) == 2


def test_after_a_data_table_the_heading_stays_out_of_the_cell() -> None:
    """Only the signatures take the list as a row: after a data table the heading keeps
    the two tables apart (Word and LibreOffice join tables that touch)."""
    table = "| Kommun | Andel |\n|:--|--:|\n| Bergs kommun | 10 |\n\n"
    body = _body(f"{LONG}\n\n{table}{_extract(RECEIVERS[:2])}")
    assert _blocks(body) == ["p", "tbl", "p", "tbl"]
    assert _styles(body.findall("w:p", NS)[-1]) == ["Heading2"]
    assert _styles(body.findall("w:tbl", NS)[-1]) == ["ListBullet"] * 2


def test_a_list_longer_than_end_lines_breaks_as_any_list_does() -> None:
    """Thirty names held whole would leave most of a page empty: the heading is kept with
    the first name, and the list may break."""
    receivers = tuple(f"Mottagare {number}" for number in range(END_LINES + 1))
    body = _body(f"{LONG}\n\n{_extract(receivers)}")
    assert _blocks(body) == ["p"] * (len(receivers) + 2)
    kept = [p.find("w:pPr/w:keepNext", NS) is not None for p in body.findall("w:p", NS)]
    assert kept == [True, True, True] + [False] * (len(receivers) - 1)

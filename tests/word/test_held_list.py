"""A short list in a `::: samman` div ("Utdrag till") is held on one page with its heading:
both in the one cell of a borderless table row that cannot split (trial 88, F1: seven
kommuner alone on page 2; LibreOffice 7.4 parts a run of paragraphs kept with the next)."""

from __future__ import annotations

import datetime
import io
import xml.etree.ElementTree as etree
import zipfile
from pathlib import Path

from generator.word.document import DocxMeta, markdown_to_docx
from generator.word.keeps import END_LINES

REFERENCE = Path(__file__).resolve().parents[2] / "templates" / "reference.docx"
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


def test_right_after_a_table_the_heading_stays_out_of_the_cell() -> None:
    """Word and LibreOffice join tables that touch: the heading keeps the signatures and
    the list apart, and is kept with both."""
    signatures = "::: signaturer\n| Ordförande | Justerare |\n|:--|:--|\n| A | B |\n:::\n\n"
    body = _body(f"{LONG}\n\n{signatures}{_extract(RECEIVERS[:2])}")
    assert _blocks(body) == ["p", "tbl", "p", "tbl"]
    heading = body.findall("w:p", NS)[-1]
    assert _styles(heading) == ["Heading2"]
    assert heading.find("w:pPr/w:keepNext", NS) is not None
    first = body.findall("w:tbl", NS)[0]
    assert first.findall("w:tr", NS)[-1].find("w:tc/w:p/w:pPr/w:keepNext", NS) is not None
    assert _styles(body.findall("w:tbl", NS)[-1]) == ["ListBullet"] * 2


def test_a_list_longer_than_end_lines_breaks_as_any_list_does() -> None:
    """Thirty names held whole would leave most of a page empty: the heading is kept with
    the first name, and the list may break."""
    receivers = tuple(f"Mottagare {number}" for number in range(END_LINES + 1))
    body = _body(f"{LONG}\n\n{_extract(receivers)}")
    assert _blocks(body) == ["p"] * (len(receivers) + 2)
    kept = [p.find("w:pPr/w:keepNext", NS) is not None for p in body.findall("w:p", NS)]
    assert kept == [True, True, True] + [False] * (len(receivers) - 1)

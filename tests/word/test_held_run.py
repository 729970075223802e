"""A heading before a run of att-points is held with it in the one cell of a borderless
table row that cannot split (trial 89, F1: LibreOffice 7.4 left "Beslut" alone at the foot
of page 1), the whole run when it is kept together; "I tjänsten" and "Utdrag till" after a
proposal join it in the cell (trial 92, F7: the last att-sats went to page 3 with "I
tjänsten"), a justering does not: the decision may break before its last point (trial 88,
F6)."""

from __future__ import annotations

import datetime
import io
import xml.etree.ElementTree as etree
import zipfile
from pathlib import Path

from generator.word.document import DocxMeta, markdown_to_docx
from generator.word.held_list import space_between
from generator.word.keeps import SHORT

REFERENCE = Path(__file__).resolve().parents[2] / "templates" / "reference.docx"
META = DocxMeta(title="Tjänsteskrivelse", dnr="RV/2023-01987", date=datetime.date(2024, 1, 18),
                header_lines=("Region Västerbotten",))
NS = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
W = f"{{{NS['w']}}}"
PROPOSAL = "## Kulturdirektörens förslag\n\n"
DECISION = "## Beslut\n\nSocialnämnden beslutade den 21 februari 2024, § 14,\n\n"
SIGNED = "::: efter\n::: samman\nI tjänsten  \nAnn-Christin Wiklund\n:::\n:::\n\n"
EXTRACT = ("::: efter\n::: samman\n## Utdrag till\n\n- Statens kulturråd\n"
           "- Ekonomiavdelningen\n:::\n:::\n")
JUSTERING = ("::: efter\n## Justering\n\n::: samman\nJusterat den 26 februari 2024.\n\n"
             "Utdraget bestyrks: Maria Nilsson\n:::\n:::\n")


def _points(count: int) -> str:
    return "".join(f"att bevilja bidrag nummer {n}.\n\n" for n in range(1, count + 1))


def _body(markdown_text: str) -> etree.Element:
    data = markdown_to_docx(markdown_text, META, REFERENCE)
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        found = etree.fromstring(package.read("word/document.xml")).find("w:body", NS)
    assert found is not None
    return found


def _layout(body: etree.Element) -> list[str | list[str]]:
    """The body's blocks: a paragraph's text, a table as its paragraphs' texts."""
    return ["".join(block.itertext()) if block.tag == W + "p"
            else ["".join(p.itertext()) for p in block.iter(W + "p")]
            for block in body if block.tag in (W + "p", W + "tbl")]


def _kept(paragraph: etree.Element) -> bool:
    return paragraph.find("w:pPr/w:keepNext", NS) is not None


def test_a_proposal_its_signature_and_its_extract_stand_in_one_row_that_cannot_split() -> None:
    body = _body(PROPOSAL + _points(3) + SIGNED + EXTRACT)
    assert _layout(body) == [[
        "Kulturdirektörens förslag", "att bevilja bidrag nummer 1.",
        "att bevilja bidrag nummer 2.", "att bevilja bidrag nummer 3.",
        "I tjänstenAnn-Christin Wiklund", "Utdrag till", "Statens kulturråd",
        "Ekonomiavdelningen"]]
    [row] = body.findall("w:tbl/w:tr", NS)
    assert row.find("w:trPr/w:cantSplit", NS) is not None
    top = body.find("w:tbl/w:tblPr/w:tblBorders/w:top", NS)
    assert top is not None and top.get(W + "val") == "none"
    right = row.find("w:tc/w:tcPr/w:tcMar/w:right", NS)  # (its lines as wide as the text's)
    assert right is not None and right.get(W + "w") == "0"


def test_a_decisions_heading_and_lead_stay_with_the_points_before_the_last_one() -> None:
    """Before a justering the last point is kept with it, outside the cell, and the row is
    not kept with the last point: the decision may begin on the page where it fits."""
    body = _body(DECISION + _points(3) + JUSTERING)
    layout = _layout(body)
    assert layout[0] == ["Beslut", "Socialnämnden beslutade den 21\u00a0februari 2024, §\u00a014,",
                         "att bevilja bidrag nummer 1.", "att bevilja bidrag nummer 2."]
    assert layout[1:3] == ["att bevilja bidrag nummer 3.", "Justering"]
    last_in_row = body.findall("w:tbl/w:tr/w:tc/w:p", NS)[-1]
    assert not _kept(last_in_row)
    assert [_kept(p) for p in body.findall("w:p", NS)[:2]] == [True, True]


def test_a_long_run_holds_its_heading_with_its_first_point_only() -> None:
    body = _body(PROPOSAL + _points(SHORT + 1) + SIGNED)
    layout = _layout(body)
    assert layout[0] == ["Kulturdirektörens förslag", "att bevilja bidrag nummer 1."]
    assert layout[1:-1] == [f"att bevilja bidrag nummer {n}." for n in range(2, SHORT + 2)]
    assert all(_kept(p) for p in body.findall("w:tbl/w:tr/w:tc/w:p", NS))


def test_right_after_a_table_a_paragraph_keeps_the_two_apart_and_the_heading_its_space() -> None:
    table = "| Post | Belopp |\n|:--|--:|\n| Bidrag | 100 |\n\n"
    body = _body(table + PROPOSAL + _points(2))
    assert [block.tag.removeprefix(W) for block in body if block.tag != W + "sectPr"] == [
        "tbl", "p", "tbl"]
    spacing = body.findall("w:tbl", NS)[-1].find("w:tr/w:tc/w:p/w:pPr/w:spacing", NS)
    assert spacing is not None and spacing.get(W + "before") == "240"


def test_points_without_a_heading_right_before_them_stay_in_the_text() -> None:
    text = "Förvaltningen har utrett frågan och beskriver den här i ett långt stycke. " * 5
    body = _body(f"## Förslag\n\n{text}\n\n" + _points(2))
    assert [block.tag.removeprefix(W) for block in body if block.tag != W + "sectPr"] == [
        "p"] * 4


def test_the_held_rows_paragraphs_stand_as_far_apart_from_the_text_as_without_the_row() -> None:
    """Across a table's edge Word and LibreOffice add the space after the one paragraph and
    before the other, between two paragraphs they take the larger: under the title (no
    space after it) the heading keeps its 200 twips before it, under a paragraph with 200
    after it has none, and so has a paragraph after the row."""
    assert space_between(after=0, before=200) == 200
    assert space_between(after=200, before=200) == 0
    assert space_between(after=300, before=200) == 0
    closing = "Beslutet förs till protokollet.\n"
    for before, text in (("200", "# Titel\n\n"), ("0", "Inledande stycke.\n\n")):
        body = _body(text + DECISION + _points(2) + closing)
        spacing = body.find("w:tbl/w:tr/w:tc/w:p/w:pPr/w:spacing", NS)
        assert spacing is not None and spacing.get(W + "before") == before
        after = body.findall("w:p", NS)[-1]
        assert "".join(after.itertext()) == closing.strip()
        space = after.find("w:pPr/w:spacing", NS)
        assert space is not None and space.get(W + "before") == "0"

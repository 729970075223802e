"""Describe landscape pages: the blocks of a `::: liggande` div in a section of their own.

Section properties stand in the last paragraph of each section but the last (whose are the
body's own). The first section keeps the header and footer references and the first page's
own header; the later ones inherit them, so the running header and the page numbers go on.
"""

from __future__ import annotations

import datetime
import io
import xml.etree.ElementTree as etree
import zipfile
from pathlib import Path

import pytest

from generator.build import Pipeline
from generator.inspect.docx_checks import _empty_paragraphs
from generator.word.blocks import BodyWriter
from generator.word.document import DocxMeta, markdown_to_docx
from generator.word.draft import Draft
from generator.word.reference import open_reference

REFERENCE = Path(__file__).resolve().parents[2] / "templates" / "reference.docx"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
META = DocxMeta(title="Investeringsbudget", dnr="KS 2021/215", date=datetime.date(2021, 10, 12),
                header_lines=("Ljusnarsbergs kommun",))
TABLE = "| Post | Belopp |\n|:--|--:|\n| Exploatering | 4 500 |\n"
PORTRAIT = ("11906", "16838")  # the reference's A4 page, in twips
LANDSCAPE = ("16838", "11906")
WIDE = ("| Verksamhet | " + " | ".join(f"Kolumn {n} (tkr)" for n in range(1, 8)) + " |\n"
        "|:--|" + "--:|" * 7 + "\n"
        "| Skattefinansierad verksamhet, brutto | " + " | ".join(["24\u00a0300"] * 7) + " |\n")


def w(name: str) -> str:
    return f"{{{W}}}{name}"


def body(data: bytes) -> etree.Element:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        found = etree.fromstring(package.read("word/document.xml")).find("w:body", NS)
    assert found is not None
    return found


def landscape(markdown: str) -> str:
    return f"::: liggande\n{markdown}:::\n"


def sections(markdown: str) -> list[etree.Element]:
    """The section properties of the rendered document, in order (the body's own last)."""
    found = body(markdown_to_docx(markdown, META, REFERENCE))
    return [*found.findall("w:p/w:pPr/w:sectPr", NS), *found.findall("w:sectPr", NS)]


def page(section: etree.Element) -> tuple[str | None, str | None, str | None]:
    size = section.find("w:pgSz", NS)
    assert size is not None
    return size.get(w("w")), size.get(w("h")), size.get(w("orient"))


def children(section: etree.Element, name: str) -> list[etree.Element]:
    return section.findall(f"w:{name}", NS)


def test_a_div_between_texts_makes_portrait_landscape_portrait_sections() -> None:
    found = sections("Före.\n\n" + landscape("Brett.\n\n") + "\nEfter.\n")
    assert [page(s) for s in found] == [(*PORTRAIT, None), (*LANDSCAPE, "landscape"),
                                        (*PORTRAIT, None)]
    margins = {etree.tostring(s.find("w:pgMar", NS)) for s in found}  # type: ignore[arg-type]
    assert len(margins) == 1  # the same margins on every page


def test_only_the_first_section_has_headers_footers_and_a_first_page_of_its_own() -> None:
    first, turned, last = sections("Före.\n\n" + landscape("Brett.\n\n") + "\nEfter.\n")
    assert len(children(first, "headerReference")) == 2
    assert len(children(first, "footerReference")) == 2
    assert children(first, "titlePg")
    for later in (turned, last):  # inherited: the running header and page numbers go on
        assert not children(later, "headerReference")
        assert not children(later, "footerReference")
        assert not children(later, "titlePg")
        assert not children(later, "pgNumType")


def test_each_break_stands_in_the_last_paragraph_of_its_section() -> None:
    paragraphs = body(markdown_to_docx("Före.\n\n" + landscape("Brett.\n\n") + "\nEfter.\n",
                                       META, REFERENCE)).findall("w:p", NS)
    texts = ["".join(t.text or "" for t in p.iter(w("t"))) for p in paragraphs]
    breaking = [p.find("w:pPr/w:sectPr", NS) is not None for p in paragraphs]
    assert list(zip(texts, breaking, strict=True)) == [
        ("Före.", True), ("Brett.", True), ("Efter.", False)]


def test_a_table_ending_a_section_is_followed_by_a_small_paragraph_that_carries_the_break() -> None:
    found = body(markdown_to_docx(landscape(TABLE) + "\nEfter.\n", META, REFERENCE))
    blocks = [child.tag.rsplit("}", 1)[1] for child in found]
    assert blocks == ["tbl", "p", "p", "sectPr"]
    carrier = found.findall("w:p", NS)[0]
    assert carrier.find("w:pPr/w:sectPr", NS) is not None
    assert carrier.find("w:pPr/w:spacing", NS).get(w("line")) == "20"  # type: ignore[union-attr]


@pytest.mark.parametrize("markdown", [landscape(TABLE) + "\nEfter.\n",
                                      "Före.\n\n" + landscape(TABLE)])
def test_a_paragraph_that_only_carries_a_break_is_no_empty_paragraph_for_the_accessibility_check(
        markdown: str) -> None:
    """(nor the one that ends the document after a table: Word, and LibreOffice, need it)"""
    data = markdown_to_docx(markdown, META, REFERENCE)
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        document = etree.fromstring(package.read("word/document.xml"))
    assert _empty_paragraphs(document, "x.docx") == []
    assert _empty_paragraphs(etree.fromstring(
        f'<w:document xmlns:w="{W}"><w:body><w:p/><w:p><w:r><w:t>x</w:t></w:r></w:p>'
        "</w:body></w:document>"), "x.docx")  # one used for spacing still is


def test_a_table_on_a_landscape_page_gets_the_wider_measure() -> None:
    reference = open_reference(REFERENCE)
    assert reference.landscape_width == 16838 - 2 * 1417 > reference.text_width

    def widths(markdown: str) -> list[int]:
        grid = body(markdown_to_docx(markdown, META, REFERENCE)).findall(
            "w:tbl/w:tblGrid/w:gridCol", NS)
        return [int(col.get(w("w")) or 0) for col in grid]

    assert sum(widths(WIDE)) <= reference.text_width
    assert reference.text_width < sum(widths(landscape(WIDE))) <= reference.landscape_width
    assert widths(landscape(WIDE))[0] > widths(WIDE)[0]  # the name column above all


@pytest.mark.parametrize(("markdown", "pages"), [
    (landscape("Brett.\n\n"), [LANDSCAPE]),  # the whole document: one section
    (landscape("Brett.\n\n") + "\nEfter.\n", [LANDSCAPE, PORTRAIT]),
    ("Före.\n\n" + landscape("Brett.\n\n"), [PORTRAIT, LANDSCAPE]),
    ("Före.\n\n" + landscape(TABLE), [PORTRAIT, LANDSCAPE]),
    ("Före.\n\n" + landscape("") + "\nEfter.\n", [PORTRAIT]),  # an empty div: no break
    ("Före.\n\n" + landscape("A.\n\n") + landscape("B.\n\n") + "\nEfter.\n",
     [PORTRAIT, LANDSCAPE, LANDSCAPE, PORTRAIT]),  # two in a row: each on its own pages
    ("Före.\n\n" + landscape(landscape("Inre.\n\n")) + "\nEfter.\n",
     [PORTRAIT, LANDSCAPE, PORTRAIT]),  # one inside another: its content only
])
def test_no_section_is_empty_so_no_page_is_blank(markdown: str, pages: list[tuple[str, str]]
                                                 ) -> None:
    found = body(markdown_to_docx(markdown, META, REFERENCE))
    assert [page(s)[:2] for s in [*found.findall("w:p/w:pPr/w:sectPr", NS),
                                  *found.findall("w:sectPr", NS)]] == pages
    last, before = found[len(found) - 2], found[len(found) - 3]  # no empty page at the end:
    assert last.find("w:pPr/w:sectPr", NS) is None  # the last section's are the body's
    assert "".join(last.itertext()).strip() or before.tag == w("tbl")  # (Word's last paragraph)


LETTERHEAD = ("::: brevhuvud\n::: avsandare\nKommunfullmäktige\n:::\n::: uppgifter\n"
              "**Protokollsutdrag**\n:::\n:::\n\n")


@pytest.mark.parametrize(("markdown", "pages"), [
    (LETTERHEAD + "# Investeringsbudget\n\n" + landscape("## Tabell 1\n\n" + TABLE)
     + "\nBeslut.\n", [LANDSCAPE, PORTRAIT]),
    ("# Investeringsbudget\n\n" + landscape(TABLE), [LANDSCAPE]),
    (LETTERHEAD + "# Investeringsbudget\n\nInledning.\n\n" + landscape(TABLE)
     + "\nBeslut.\n", [PORTRAIT, LANDSCAPE, PORTRAIT]),  # a text first: the page as before
])
def test_a_landscape_div_right_after_the_title_turns_the_first_page_so_it_is_not_left_blank(
        markdown: str, pages: list[tuple[str, str]]) -> None:
    """(trial 45, F1: page 1 held the letterhead and the title alone)"""
    found = sections(markdown)
    assert [page(s)[:2] for s in found] == pages


def test_a_letterhead_on_a_landscape_first_page_spans_the_landscape_text_width() -> None:
    reference = open_reference(REFERENCE)

    def letterhead_width(markdown: str) -> int:
        grid = body(markdown_to_docx(markdown, META, REFERENCE)).findall(
            "w:tbl", NS)[0].findall("w:tblGrid/w:gridCol", NS)
        return sum(int(col.get(w("w")) or 0) for col in grid)

    opening = LETTERHEAD + "# Investeringsbudget\n\n"
    assert letterhead_width(opening + landscape(TABLE)) == reference.landscape_width
    assert letterhead_width(opening + "Inledning.\n\n" + landscape(TABLE)) \
        == reference.text_width


def test_the_first_section_that_turns_keeps_the_headers_and_the_first_page_of_its_own() -> None:
    first, last = sections(LETTERHEAD + "# Titel\n\n" + landscape(TABLE) + "\nBeslut.\n")
    assert page(first)[2] == "landscape"
    assert len(children(first, "headerReference")) == 2 and children(first, "titlePg")
    assert not children(last, "headerReference") and not children(last, "titlePg")


@pytest.mark.parametrize("markdown", [
    "> ::: liggande\n>\n> Brett.\n>\n> :::\n",
    "::: signaturer\n::: liggande\nBrett.\n:::\n:::\n",
])
def test_a_div_in_a_quote_or_a_layout_div_is_its_content_alone(markdown: str) -> None:
    found = sections("Före.\n\n" + markdown + "\nEfter.\n")
    assert [page(s)[:2] for s in found] == [PORTRAIT]
    assert "Brett." in "".join(body(markdown_to_docx(markdown, META, REFERENCE)).itertext())


def test_a_div_in_a_list_item_is_its_content_alone() -> None:
    """(Markdown cannot open a div inside a list item; a tree that has one is still written.)"""
    tree = etree.fromstring('<div><ul><li><p>punkt</p><div class="liggande"><p>Brett.</p>'
                            "</div></li></ul><p>Efter.</p></div>")
    draft = Draft(open_reference(REFERENCE))
    BodyWriter(draft).write(tree)
    draft.finish()
    text = etree.fromstring(draft.serialized()).find("w:body", NS)
    assert text is not None and "Brett." in "".join(text.itertext())
    assert text.find("w:p/w:pPr/w:sectPr", NS) is None


def test_a_page_break_or_space_due_before_a_landscape_page_is_dropped() -> None:
    found = body(markdown_to_docx(TABLE + "\n::: sidbrytning\n:::\n\n" + landscape("Brett.\n\n")
                                  + "\nEfter.\n", META, REFERENCE))
    assert found.find(".//w:pageBreakBefore", NS) is None
    assert all(p.find("w:pPr/w:spacing", NS) is None for p in found.findall("w:p", NS)
               if "Brett." in "".join(p.itertext()))


def test_the_same_markdown_gives_the_same_bytes() -> None:
    markdown = "Före.\n\n" + landscape(WIDE) + "\nEfter.\n"
    assert markdown_to_docx(markdown, META, REFERENCE) == markdown_to_docx(markdown, META,
                                                                           REFERENCE)


CASE = """\
dokumenttyp: tjansteskrivelse
avsandare: [Ljusnarsbergs kommun]
beslutsorgan: Kommunstyrelsen
datum: 2021-10-12
dnr: KS 2021/215
titel: Investeringsbudget 2022–2024
avsnitt:
  - rubrik: Ärendebeskrivning
    text: Förslaget till investeringsbudget.
  - rubrik: Investeringsbudget
    text: Beloppen i tkr.
    tabell: invest
  - rubrik: Finansiering
    text: Egna medel.
tabeller:
  - namn: invest
    enhet: tkr
    liggande: ja
    kolumner:
      - {namn: post, rubrik: Verksamhet}
      - {namn: b22, rubrik: Budget 2022, typ: belopp}
      - {namn: p23, rubrik: Plan 2023, typ: belopp}
    rader:
      - {post: "Skattefinansierad verksamhet, brutto", b22: 24 300, p23: 18 700}
      - {post: Exploatering, b22: 4 500, p23: 3 000}
forslag:
  punkter: [Budgeten fastställs.]
i_tjansten: {namn: Anna Andersson, titel: Ekonomichef}
"""


def test_a_case_table_with_liggande_puts_its_section_on_a_landscape_page(tmp_path: Path) -> None:
    path = tmp_path / "budget.yaml"
    path.write_text(CASE, "utf-8")
    result = Pipeline().build(path)
    markdown = result.files["budget.md"].decode("utf-8")
    start = markdown.index("::: liggande\n")
    end = markdown.index("\n:::\n", start)
    assert markdown[start:].startswith("::: liggande\n\n## Investeringsbudget\n\nBeloppen i tkr.")
    assert "| **Totalt** |" in markdown[start:end] and "Finansiering" not in markdown[start:end]
    found = body(result.files["budget.docx"])
    paragraphs = found.findall("w:p", NS)
    ends = ["".join(p.itertext()) for p in paragraphs if p.find("w:pPr/w:sectPr", NS) is not None]
    assert ends[0] == "Förslaget till investeringsbudget."
    assert len(ends) == 2  # the second after the table
    assert page(found.findall("w:p/w:pPr/w:sectPr", NS)[1])[2] == "landscape"
    assert page(found.find("w:sectPr", NS))[:2] == PORTRAIT  # type: ignore[arg-type]


def test_without_liggande_a_case_has_one_section(tmp_path: Path) -> None:
    path = tmp_path / "budget.yaml"
    path.write_text(CASE.replace("    liggande: ja\n", ""), "utf-8")
    result = Pipeline().build(path)
    assert "liggande" not in result.files["budget.md"].decode("utf-8")
    assert body(result.files["budget.docx"]).find("w:p/w:pPr/w:sectPr", NS) is None

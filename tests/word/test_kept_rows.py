"""A justering or signatures after a table never begin a page alone: the table's last row is
kept with them, which LibreOffice honours too (trials 70/72: a one-page protokollsutdrag
whose table ended page 1 had its justering alone at the top of page 2), and so is a short
note right after it (trial 81, F6)."""

from __future__ import annotations

import datetime
import io
import xml.etree.ElementTree as etree
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from generator.build import Pipeline
from generator.output.pdf import convert_to_pdfa
from generator.word.document import DocxMeta, markdown_to_docx

REFERENCE = Path(__file__).resolve().parents[2] / "templates" / "reference.docx"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
META = DocxMeta(title="Uppföljning", dnr="RS 2024/118", date=datetime.date(2024, 3, 21),
                header_lines=("Regionstyrelsen",))
TABLE = ("| Del | Belopp (kr) |\n|:--|--:|\n| Utbildning | 180 000 |\n"
         "| **Totalt** | **180 000** |\n")
JUSTERING = ("::: efter\n## Justering\n\n::: samman\nJusterat den 20 mars 2024.\n\n"
             "Utdraget bestyrks: Karin Nyström\n:::\n:::\n")
SIGNATURES = "::: signaturer\n| A<br>Anna Andersson | B<br>Bo Berg |\n|:--|:--|\n:::\n"


def kept(markdown: str) -> list[tuple[str, bool]]:
    """Each paragraph of the body, in a table or not, by its text, and whether it is kept
    with the next."""
    with zipfile.ZipFile(io.BytesIO(markdown_to_docx(markdown, META, REFERENCE))) as package:
        found = etree.fromstring(package.read("word/document.xml")).find("w:body", NS)
    assert found is not None
    return [("".join(p.itertext()), p.find("w:pPr/w:keepNext", NS) is not None)
            for p in found.iter(f"{{{W}}}p")]


@pytest.mark.parametrize("end", [JUSTERING, SIGNATURES])
def test_the_last_row_of_a_table_is_kept_with_a_justering_or_signatures(end: str) -> None:
    found = kept("Bakgrund.\n\n" + TABLE + "\n" + end)
    totals = found.index(("Totalt", True))
    assert found[totals + 1] == ("180\u00a0000", True)


def test_between_a_table_and_signatures_the_small_paragraph_is_kept_too() -> None:
    found = kept("Bakgrund.\n\n" + TABLE + "\n" + SIGNATURES)
    after = found.index(("180\u00a0000", True), found.index(("Totalt", True)))
    assert found[after + 1] == ("", True)  # the 1 pt paragraph that keeps the tables apart


def test_a_table_before_a_paragraph_of_text_keeps_its_last_row_free() -> None:
    text = " ".join(["Efter tabellen följer en längre text om verksamheten."] * 6)
    found = kept("Bakgrund.\n\n" + TABLE + "\n" + text + "\n")
    assert ("Totalt", False) in found and (text, False) in found


def test_the_last_row_of_a_table_is_kept_with_a_short_note_after_it() -> None:
    """(trial 81, F6: a `text_efter` alone at the top of page 2)"""
    found = kept("Bakgrund.\n\n" + TABLE + "\nReservation för eventuella felaktigheter.\n")
    totals = found.index(("Totalt", True))
    assert found[totals + 1:] == [("180\u00a0000", True),
                                  ("Reservation för eventuella felaktigheter.", False)]


def test_a_short_paragraph_after_other_text_keeps_no_table() -> None:
    found = kept("Bakgrund.\n\n" + TABLE + "\nEn text.\n\nReservation.\n")
    assert found[-3:] == [("180\u00a0000", True), ("En text.", False), ("Reservation.", False)]


PARAGRAPH = ("Förvaltningen har under året följt upp verksamheten och redovisar här resultatet "
             "av uppföljningen för nämnden, med de synpunkter som kommit in från verksamheterna "
             "och brukarna.")
CASE = """\
dokumenttyp: beslut
etikett: Protokollsutdrag
avsandare: [Region Västernorrland, Regionstyrelsen]
datum: 2024-03-21
dnr: RS 2024/118
titel: Uppföljning av verksamheten 2023
beslut_forst: true
beslut:
  beslutande: Regionstyrelsen
  datum: 2024-03-19
  paragraf: § 45
  punkter:
    - godkänna uppföljningen, samt
    - förklara paragrafen omedelbart justerad.
justering:
  datum: 2024-03-20
  ordforande: Linda Westerlund
  justerare: [Per Olsson]
  utdragsbestyrkande: {namn: Karin Nyström, titel: nämndsekreterare}
tabeller:
  - namn: t
    kolumner:
      - {namn: del, rubrik: Del}
      - {namn: belopp, rubrik: Belopp, typ: belopp}
    rader:
      - {del: Utbildning, belopp: 180 000}
      - {del: Arvoden, belopp: 95 000}
      - {del: Information, belopp: 25 000}
avsnitt:
  - rubrik: Bakgrund
    tabell: t
    text: |
"""


def test_in_libreoffice_a_justering_after_a_table_that_ends_page_1_takes_the_table_along(
        tmp_path: Path) -> None:
    """(nine paragraphs put the table at the foot of page 1 and the justering over)"""
    path = tmp_path / "utdrag.yaml"
    path.write_text(CASE + "".join(f"      {PARAGRAPH}\n\n" for _ in range(9)), "utf-8")
    docx = tmp_path / "utdrag.docx"
    docx.write_bytes(Pipeline().build(path).files["utdrag.docx"])
    pages = [page.extract_text() for page in
             PdfReader(io.BytesIO(convert_to_pdfa([docx])[docx])).pages]
    assert len(pages) == 2
    assert "Justering" in pages[1] and "Totalt" in pages[1] and "Utbildning" in pages[1]


@pytest.mark.parametrize("layout", [False, True])
def test_a_tables_markup_gets_the_keeps_its_parsed_element_gets(layout: bool) -> None:
    """The writer keeps a deferred table with a note after it in its markup (parsing it
    costs more than the rest of the table): the same bytes as the parsed element kept."""
    from lxml import etree as lxml_etree  # type: ignore[import-untyped]

    from generator.word.kept_rows import keep_last_row, last_row_kept
    from generator.word.runs import parse_fragment
    from generator.word.tables import table_xml

    cell = '<w:r><w:t xml:space="preserve">{}</w:t></w:r>'
    rows = [[cell.format("Del"), cell.format("Belopp")], [cell.format("A"), cell.format("1")],
            [cell.format("Totalt"), ""]]
    markup = table_xml([6000, 3072], rows, style_id=None, layout=layout)
    changed = last_row_kept(markup)
    assert changed is not None and changed != markup
    element = parse_fragment("tbl", markup)
    keep_last_row(element)
    assert lxml_etree.tostring(parse_fragment("tbl", changed)) == lxml_etree.tostring(element)
    assert last_row_kept(changed) == changed  # (kept once)

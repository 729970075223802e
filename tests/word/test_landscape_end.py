"""The end of a document (a justering, signatures, "Utdrag till") that follows its last
landscape table stays under the table on the landscape page, rather than alone on a portrait
page of its own (trial 79, F6: a protokollsutdrag's page 3 held only its justering)."""

from __future__ import annotations

import datetime
import io
import xml.etree.ElementTree as etree
import zipfile
from pathlib import Path

import pytest

from generator.build import Pipeline
from generator.word.document import DocxMeta, markdown_to_docx
from generator.word.landscape_end import with_closing_turned

REFERENCE = Path(__file__).resolve().parents[2] / "templates" / "reference.docx"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
META = DocxMeta(title="Projektmedel", dnr="RS 2024/118", date=datetime.date(2024, 3, 21),
                header_lines=("Regionstyrelsen",))
TABLE = "| Projekt | Belopp (kr) |\n|:--|--:|\n| Mobila team | 500 000 |\n"
WIDE = "::: liggande\n## Projekt och belopp\n\n" + TABLE + ":::\n\n"
JUSTERING = ("::: efter\n## Justering\n\n::: samman\nJusterat den 20 mars 2024 av Linda "
             "Westerlund.\n\nUtdraget bestyrks: Karin Nyström, nämndsekreterare\n:::\n:::\n")
SIGNATURES = "::: signaturer\n| A<br>Anna Andersson | B<br>Bo Berg |\n|:--|:--|\n:::\n"
EXTRACT = "\n## Utdrag till\n\n- Ekonomienheten\n"
SIGNATURE_PAGE = "\n::: sidbrytning\n:::\n\n## Signatursida\n\n" + TABLE


def body(data: bytes) -> etree.Element:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        found = etree.fromstring(package.read("word/document.xml")).find("w:body", NS)
    assert found is not None
    return found


def orientations(found: etree.Element) -> list[str]:
    """Each section's orientation, in order (the body's own last)."""
    sizes = [section.find("w:pgSz", NS) for section in [
        *found.findall("w:p/w:pPr/w:sectPr", NS), *found.findall("w:sectPr", NS)]]
    return ["liggande" if size is not None and size.get(f"{{{W}}}orient") else "stående"
            for size in sizes]


def section_of(found: etree.Element, text: str) -> int:
    """The number (from 0) of the section of the first paragraph that holds `text`."""
    number = 0
    for block in found:
        if text in "".join(block.itertext()):
            return number
        number += block.find("w:pPr/w:sectPr", NS) is not None
    raise AssertionError(text)


@pytest.mark.parametrize("end", [JUSTERING, SIGNATURES, JUSTERING + EXTRACT,
                                 SIGNATURES + "\n" + SIGNATURES + EXTRACT])
def test_an_end_after_the_last_landscape_table_stays_on_the_landscape_page(end: str) -> None:
    found = body(markdown_to_docx("Bakgrund.\n\n" + WIDE + end, META, REFERENCE))
    assert orientations(found) == ["stående", "liggande"]
    assert section_of(found, "Mobila team") == 1
    assert section_of(found, "Anna Andersson" if end.startswith("::: signaturer")
                      else "Justering") == 1


@pytest.mark.parametrize("end", [
    "## Beslut\n\nAtt godkänna fördelningen.\n\n" + JUSTERING,  # the decision comes after
    JUSTERING + SIGNATURE_PAGE,  # a page break: the signature page starts a page
    JUSTERING + "\n" + WIDE + "Efter.\n",  # another landscape div after it
])
def test_anything_else_after_the_landscape_table_starts_a_portrait_page(end: str) -> None:
    found = body(markdown_to_docx("Bakgrund.\n\n" + WIDE + end, META, REFERENCE))
    assert orientations(found)[:3] == ["stående", "liggande", "stående"]
    assert section_of(found, "Justering") == 2


def test_the_parsed_tree_stays_as_it_was() -> None:
    root = etree.fromstring('<div><div class="liggande"><p>Brett.</p></div>'
                            '<div class="efter"><p>Justerat.</p></div></div>')
    turned = with_closing_turned(root)
    assert [(block.get("class"), len(block)) for block in turned] == [("liggande", 2)]
    assert [(block.get("class"), len(block)) for block in root] == [("liggande", 1),
                                                                    ("efter", 1)]


CASE = """\
dokumenttyp: beslut
etikett: Protokollsutdrag
avsandare: [Region Västernorrland, Regionstyrelsen]
datum: 2024-03-21
dnr: RS 2024/118
titel: Fördelning av utvecklingsmedel 2024
beslut_forst: true
beslut:
  beslutande: Regionstyrelsen
  datum: 2024-03-19
  paragraf: § 45
  punkter: [fördela medlen till projekten enligt tabellen.]
justering:
  datum: 2024-03-20
  ordforande: Linda Westerlund
  justerare: [Per Olsson]
  utdragsbestyrkande: {namn: Karin Nyström, titel: nämndsekreterare}
avsnitt:
  - rubrik: Bakgrund
    text: Sju projekt har sökt medel.
  - rubrik: Projekt och belopp
    tabell: projekt
tabeller:
  - namn: projekt
    liggande: true
    kolumner:
"""
COLUMNS = ("projekt", "ansvar", "start", "slut", "personal", "material", "konsult", "ovrigt",
           "egen", "belopp")


def test_a_protokollsutdrag_has_its_justering_under_its_last_landscape_table(
        tmp_path: Path) -> None:
    columns = "".join(f"      - {{namn: {name}, rubrik: Kolumn {name}"
                      + (", typ: belopp}\n" if number > 3 else "}\n")
                      for number, name in enumerate(COLUMNS))
    row = ", ".join(f"{name}: {'1 000' if number > 3 else 'Text'}"
                    for number, name in enumerate(COLUMNS))
    path = tmp_path / "utdrag.yaml"
    path.write_text(CASE + columns + f"    rader:\n      - {{{row}}}\n", "utf-8")
    found = body(Pipeline().build(path).files["utdrag.docx"])
    assert orientations(found) == ["stående", "liggande"]
    assert section_of(found, "Bakgrund") == 0
    assert section_of(found, "Kolumn projekt") == 1
    assert section_of(found, "Justerat den 20\u00a0mars 2024") == 1
    assert section_of(found, "Utdraget bestyrks: Karin Nyström") == 1


ON_DUTY_CASE = """\
dokumenttyp: tjansteskrivelse
avsandare: [Region Exempel, Ekonomiavdelningen]
datum: 2025-09-30
dnr: RS 2025/311
titel: Uppföljning av anslagen
forslag_forst: true
forslag:
  stil: numrerad
  punkter: [Uppföljningen godkänns.]
avsnitt:
  - rubrik: Ärendebeskrivning
    tabell: anslag
tabeller:
  - namn: anslag
    liggande: true
    kolumner:
"""


def test_i_tjansten_after_the_last_landscape_table_stays_under_it(tmp_path: Path) -> None:
    """A tjänsteskrivelse whose proposal comes first and whose last section is a landscape
    table: "I tjänsten" and the handläggare stood alone on a portrait page 3. They stand in
    an `::: efter` div, as a justering does, and so stay under the table."""
    columns = "".join(f"      - {{namn: {name}, rubrik: Kolumn {name}"
                      + (", typ: belopp}\n" if number > 3 else "}\n")
                      for number, name in enumerate(COLUMNS))
    row = ", ".join(f"{name}: {'1 000' if number > 3 else 'Text'}"
                    for number, name in enumerate(COLUMNS))
    path = tmp_path / "skrivelse.yaml"
    path.write_text(ON_DUTY_CASE + columns + f"    rader:\n      - {{{row}}}\n"
                    "i_tjansten: {namn: Eva Exempelsson, titel: Regiondirektör}\n"
                    "handlaggare: {namn: Stina Berg, titel: Controller}\n", "utf-8")
    found = body(Pipeline().build(path).files["skrivelse.docx"])
    assert orientations(found) == ["stående", "liggande"]
    assert section_of(found, "Uppföljningen godkänns.") == 0
    assert section_of(found, "Kolumn projekt") == 1
    assert section_of(found, "I tjänsten") == 1
    assert section_of(found, "Handläggare") == 1

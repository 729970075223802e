"""`beslut granska`: the accessibility checks of finished documents."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import pytest
from click.testing import CliRunner
from docx import Document
from docx.oxml.ns import qn
from pypdf import PdfWriter

from generator.cli import main
from generator.inspect.run import check_file, files_to_check
from generator.word.oxml import make

SAMPLES = len(list((Path(__file__).resolve().parent.parent / "cases").glob("*.yaml")))


def tiny_png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\xff\xff")
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels)
            + chunk(b"IEND", b""))


def bad_docx(path: Path) -> Path:
    """A Word file that breaks every rule once."""
    document = Document()
    document.core_properties.title = ""
    for lang in document.styles.element.iter(qn("w:lang")):
        lang.getparent().remove(lang)
    document.add_paragraph("Ett", style="Heading 1")
    document.add_paragraph("Tre", style="Heading 3")
    table = document.add_table(rows=2, cols=2)
    table.style = document.styles["Table Grid"]
    document.add_paragraph()
    document.add_picture(io.BytesIO(tiny_png()))
    paragraph = document.add_paragraph("Läs mer: ")
    rid = document.part.relate_to(
        "https://example.se/a",
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink",
        is_external=True)
    link = make("w:hyperlink", {"r:id": rid})
    run = make("w:r")
    text = make("w:t")
    text.text = "https://example.se/a"
    run.append(text)
    link.append(run)
    paragraph._p.append(link)
    document.save(str(path))
    return path


def test_every_generated_document_passes(samples: Path) -> None:
    files = files_to_check([samples])
    assert {p.suffix for p in files} == {".docx", ".pdf"} and len(files) == 2 * SAMPLES
    assert [str(f) for path in files for f in check_file(path)] == []


def test_a_bad_word_file_fails_on_every_point(tmp_path: Path) -> None:
    path = bad_docx(tmp_path / "dålig.docx")
    found = {(f.place, f.message.split(",")[0]) for f in check_file(path)}
    assert found == {
        ("dokumentegenskaper", "dokumentet saknar titel"),
        ("formatmallar", "dokumentet saknar språk"),
        ("rubrik «Tre»", "rubriknivå 3 följer på nivå 1"),
        ("tabell 1", "tabellen saknar markerad rubrikrad"),
        ("bild 1", "bilden saknar alternativtext"),
        ("stycke 3", "tomt stycke används som avstånd"),
        ("länk 1 «https://example.se/a»", "länktexten är en webbadress"),
    }


def test_a_plain_pdf_fails_on_tags_language_title_and_pdfa(tmp_path: Path) -> None:
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    path = tmp_path / "vanlig.pdf"
    with path.open("wb") as stream:
        writer.write(stream)
    messages = [f.message.split(",")[0] for f in check_file(path)]
    assert messages == [
        "PDF-filen är inte taggad",
        "PDF-filen saknar språk",
        "PDF-filen saknar titel",
        "PDF-filen är inte deklarerad som PDF/A",
    ]


def test_the_command_prints_each_finding_with_its_place_and_exits_1(tmp_path: Path) -> None:
    path = bad_docx(tmp_path / "dålig.docx")
    result = CliRunner().invoke(main, ["granska", str(tmp_path)])
    assert result.exit_code == 1
    assert f"{path}: tabell 1: tabellen saknar markerad rubrikrad" in result.output
    assert result.output.splitlines()[-1] == "1 fil granskad: 7 brister."


def test_the_command_exits_0_on_the_generated_documents(samples: Path) -> None:
    result = CliRunner().invoke(main, ["granska", str(samples)])
    assert (result.exit_code, result.output) == (
        0, f"{2 * SAMPLES} filer granskade: inga brister.\n")


@pytest.mark.parametrize("argument", ["saknas.docx", "ärende.yaml"])
def test_other_paths_are_usage_errors(tmp_path: Path, argument: str) -> None:
    (tmp_path / "ärende.yaml").write_text("x: 1\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["granska", str(tmp_path / argument)])
    assert result.exit_code == 2


def test_the_paragraph_that_keeps_two_tables_apart_is_not_a_finding(tmp_path: Path) -> None:
    path = tmp_path / "tabeller.docx"
    document = Document()
    document.add_table(rows=1, cols=1)
    document.add_paragraph()  # between two tables: Word would join them without it
    document.add_table(rows=1, cols=1)
    document.add_paragraph()  # between a table and text: spacing, a finding
    document.add_paragraph("Text.")
    document.save(str(path))
    places = [(f.place, f.message.split(",")[0]) for f in check_file(path)
              if "tomt stycke" in f.message]
    assert places == [("stycke 2", "tomt stycke används som avstånd")]

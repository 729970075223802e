"""Specification of line breaks in case text (generator.text.breaks).

Lines typed one under the other are one paragraph, joined as Markdown joins them (samples wrap
their prose so). A line that ends with a backslash, CommonMark's hard break, breaks there in
the .md and in Word alike; the documents' Markdown writes the break as two spaces, the hard
break Python-Markdown knows too (trial 35, F5).
"""

from __future__ import annotations

import xml.etree.ElementTree as etree
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from generator.build import Pipeline
from generator.text.breaks import cell_lines, markdown_breaks
from generator.word.dump import dump_docx
from generator.word.markdown import parse_markdown

ADDRESS = "Fritidsavdelningen 2008-08-18\\\nKultur- och fritidsförvaltningen 2008-11-12"

BROKEN = [
    (ADDRESS, "Fritidsavdelningen 2008-08-18  \nKultur- och fritidsförvaltningen 2008-11-12"),
    ("En\\\nTvå\\\nTre\n\nStycke två", "En  \nTvå  \nTre\n\nStycke två"),
    ("- punkt ett\\\n  fortsätter på ny rad", "- punkt ett  \n  fortsätter på ny rad"),
    ("Sökväg C:\\\\\\\nnästa rad", "Sökväg C:\\\\  \nnästa rad"),  # (an escaped one before)
]


@pytest.mark.parametrize(("text", "markdown"), BROKEN)
def test_a_line_ending_with_a_backslash_ends_with_a_hard_break(text: str, markdown: str) -> None:
    assert markdown_breaks(text) == markdown


LEFT = [
    "Prosa som radbryts\növer flera rader i ärendefilen.",
    "Sista raden slutar med\\",
    "Stycket slutar med\\\n\nNästa stycke.",
    "Ett escapat snedstreck\\\\\nföljs av en ny rad.",
    "Snedstreck \\ mitt i raden\noch en rad till.",
    "Ett blanksteg efter\\ \nsnedstrecket.",
    "",
]


@pytest.mark.parametrize("text", LEFT)
def test_text_without_a_break_is_left_as_written(text: str) -> None:
    assert markdown_breaks(text) == text


def _breaks(root: etree.Element) -> int:
    return sum(1 for element in root.iter() if element.tag == "br")


@pytest.mark.parametrize("text", [text for text, _ in BROKEN] + LEFT)
def test_the_word_writer_breaks_where_commonmark_does(text: str) -> None:
    commonmark = etree.fromstring(f"<div>{MarkdownIt('commonmark').render(text)}</div>")
    assert _breaks(parse_markdown(markdown_breaks(text))) == _breaks(commonmark)


def test_the_documents_break_the_line_and_print_no_backslash(tmp_path: Path) -> None:
    case = tmp_path / "fall.yaml"
    case.write_text(
        "dokumenttyp: beslutsunderlag\ndatum: 2008-11-25\ndnr: KFN 2008/310\ntitel: Stöd\n"
        "avsnitt:\n  - rubrik: Ärendet\n    text: |\n"
        "      Fritidsavdelningen 2008-08-18\\\n"
        "      Kultur- och fritidsförvaltningen 2008-11-12\n", encoding="utf-8")
    result = Pipeline().build(case)
    assert result.problems == []
    markdown = result.files["fall.md"].decode("utf-8")
    assert ("\nFritidsavdelningen 2008-08-18  \nKultur- och fritidsförvaltningen 2008-11-12\n"
            in markdown)
    assert ("[Normal] Fritidsavdelningen 2008\u201108\u201118 \u23ce Kultur- och "
            "fritidsförvaltningen 2008\u201111\u201112") in dump_docx(result.files["fall.docx"])


CELLS = [
    ("a) Direktör\nb) Enhetschef", ["a) Direktör", "b) Enhetschef"]),
    ("a) Direktör\\\nb) Enhetschef", ["a) Direktör", "b) Enhetschef"]),  # (as in text)
    ("a) Direktör\n\n  b) Enhetschef  \n", ["a) Direktör", "b) Enhetschef"]),
    ("Sökväg C:\\\\\nnästa", ["Sökväg C:\\\\", "nästa"]),  # (an escaped backslash stays)
    ("slutar med\\", ["slutar med\\"]),
]


@pytest.mark.parametrize(("text", "lines"), CELLS)
def test_a_cell_breaks_at_every_line_end_and_at_a_backslash_as_text_does(
        text: str, lines: list[str]) -> None:
    assert cell_lines(text) == lines

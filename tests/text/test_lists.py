"""Specification of lists in case text as secretaries write them (generator.text.lists).

A list may follow its lead-in line directly, as in CommonMark and in a secretary's eyes; the
documents' Markdown gets the blank line that Python-Markdown needs before it. Bullets pasted
from a web page or a PDF ("•") are items written "- ". Nothing else changes (trial 34,
findings 1 and 2).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

import pytest
from hypothesis import given
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from generator.text.lists import markdown_lists
from generator.word.markdown import parse_markdown

LEAD_IN = "Digg tillstyrker förslagen att"

SEPARATED = [
    (f"{LEAD_IN}\n- Regeringen initierar en försöksverksamhet.\n- Staten bör ta ansvar.",
     f"{LEAD_IN}\n\n- Regeringen initierar en försöksverksamhet.\n- Staten bör ta ansvar."),
    ("Punkterna är\n* en\n* två", "Punkterna är\n\n* en\n* två"),
    ("Punkterna är\n+ en\n+ två", "Punkterna är\n\n+ en\n+ två"),
    ("Förvaltningen ska\n1. utreda frågan,\n2. återkomma.",
     "Förvaltningen ska\n\n1. utreda frågan,\n2. återkomma."),
    ("Två rader\ntext\n   - indragen tre steg", "Två rader\ntext\n\n   - indragen tre steg"),
    # a line under an item is more of it, indented or not; the list goes on below it
    ("Listan:\n- en som\n  fortsätter här\n- två", "Listan:\n\n- en som\n  fortsätter här\n- två"),
    ("Listan:\n- en\nsom fortsätter\n- två", "Listan:\n\n- en\nsom fortsätter\n- två"),
    ("Först\n- a\n    - a1\n- b", "Först\n\n- a\n    - a1\n- b"),
    ("Ett stycke.\n\nListan:\n- en\n\nEtt till:\n- två",
     "Ett stycke.\n\nListan:\n\n- en\n\nEtt till:\n\n- två"),
]


@pytest.mark.parametrize(("text", "markdown"), SEPARATED)
def test_a_list_directly_under_its_lead_in_line_gets_a_blank_line_before_it(
        text: str, markdown: str) -> None:
    assert markdown_lists(text) == markdown


@pytest.mark.parametrize(("text", "markdown"), [
    ("Digg avstyrker förslaget att\n\n• Digg bör ges i uppdrag.\n• Andra raden.",
     "Digg avstyrker förslaget att\n\n- Digg bör ges i uppdrag.\n- Andra raden."),
    ("Digg avstyrker förslaget att\n• Digg bör ges i uppdrag.\n• Andra raden.",
     "Digg avstyrker förslaget att\n\n- Digg bör ges i uppdrag.\n- Andra raden."),
    ("•\tInklistrad med tabb\n•   och med mellanslag",
     "- Inklistrad med tabb\n- och med mellanslag"),
    ("- a\n    • a1\n- b", "- a\n    - a1\n- b"),
    ("• a\n\n    • a1, stycket under a", "- a\n\n    - a1, stycket under a"),
])
def test_a_pasted_bullet_is_an_item_written_with_a_dash(text: str, markdown: str) -> None:
    assert markdown_lists(text) == markdown


LEFT = [
    f"{LEAD_IN}\n\n- Regeringen initierar en försöksverksamhet.\n- Staten bör ta ansvar.",
    "- en\n- två\n\n1. ett\n2. två",
    # a negative amount, and hyphens and dashes in running text
    "Resultatet för året blev\n-5 000 kr, vilket är sämre än budget.",
    "Kostnaden för kommun- och regionsektorn - inte för staten - ökar.",
    "Kostnaden för kommun-\noch regionsektorn ökar.",
    "Nettokostnaden minskar med\n– 1,8 mnkr jämfört med i fjol.",
    "Ordföranden frågade om nämnden bifaller förslaget\n– och fann att så var fallet.",
    "Utfallet\n-- se bilagan.",
    # a numbered line other than 1 under running text is the text's
    "Beslutet fattades år\n2021. Därefter har inget hänt.",
    "Se avsnitt\n3. Där står resten.",
    # indented as far as code: more of the paragraph
    "Text\n    - inte en lista\n    • inte heller",
    # a marker with nothing after it, emphasis, a rule under a heading
    "Text\n-\nmer text",
    "Text\n*betonad* rad",
    "Rubrik\n---",
    # tables
    "| Post | Belopp |\n|---|---|\n| - Hyra | 5 |",
    "Post | Belopp\n- | -\n- Hyra | 5",
    "",
    "En rad utan radbrytning",
]


@pytest.mark.parametrize("text", LEFT)
def test_text_that_already_reads_right_is_left_as_written(text: str) -> None:
    assert markdown_lists(text) == text


def test_a_bullet_other_than_the_pasted_one_is_left_to_the_reader() -> None:
    text = "Punkterna är\n– en\n– två\n\n◦ tre"
    assert markdown_lists(text) == text


def _items(root: etree.Element) -> list[tuple[str, str]]:
    """Every list item of a parsed tree: its list's kind and its own text (nested lists
    apart), spaces as single spaces."""
    found = []
    for parent in root.iter():
        for item in parent.findall("li") if parent.tag in ("ul", "ol") else ():
            parts = [item.text or ""]
            for child in item:
                if child.tag not in ("ul", "ol"):
                    parts.append("".join(child.itertext()))
                parts.append(child.tail or "")
            found.append((parent.tag, " ".join("".join(parts).split())))
    return found


def _commonmark_items(text: str) -> list[tuple[str, str]]:
    """The list items a CommonMark parser finds in a text."""
    return _items(etree.fromstring(f"<div>{MarkdownIt('commonmark').render(text)}</div>"))


@pytest.mark.parametrize("text", [text for text, _ in SEPARATED])
def test_the_items_are_those_commonmark_finds(text: str) -> None:
    assert _items(parse_markdown(markdown_lists(text))) == _commonmark_items(text)
    assert _items(parse_markdown(text)) != _commonmark_items(text)  # (as trial 34 found)


@pytest.mark.parametrize("text", [text for text in LEFT if "|" not in text])
def test_text_left_as_written_has_the_items_commonmark_finds(text: str) -> None:
    assert _items(parse_markdown(text)) == _commonmark_items(text)


@given(st.text(alphabet="ab -*+\u20221.2|\t\n\u2013", max_size=60))
def test_only_blank_lines_are_added_and_pasted_bullets_written_as_dashes(text: str) -> None:
    written = markdown_lists(text)
    lines = [line for line in written.split("\n") if line]
    assert len(lines) == len([line for line in text.split("\n") if line])
    for line, was in zip(lines, [line for line in text.split("\n") if line], strict=True):
        assert line == was or line == re.sub(r"^([ \t]*)\u2022[ \t]+", r"\1- ", was)
    assert markdown_lists(written) == written

"""Deferred table markup (and a paragraph's runs) is spliced in exactly as lxml would have
written the parsed elements."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree  # type: ignore[import-untyped]

from generator.build import Pipeline
from generator.word.deferred import DeferredMarkup
from generator.word.document import DocxMeta, markdown_to_docx
from generator.word.oxml import NAMESPACES
from generator.word.runs import parse_fragment, runs_xml
from generator.word.span import Span
from generator.word.tables import table_xml

ROOT_TAG = f"{{{NAMESPACES['w']}}}body"
text = st.text(st.one_of(st.characters(min_codepoint=0x20, max_codepoint=0xD7FF),
                        st.sampled_from("\t\n\r\ue000\U0001f600")), max_size=12)
href = st.one_of(st.none(), st.sampled_from(["https://a.se/?a=1&b=\"2\"", "#bilaga"]))
span = st.builds(Span, text, st.booleans(), st.booleans(), href, st.booleans())


class _Relations:
    def hyperlink(self, href: str) -> str:
        return "rId7"


def _root() -> Any:
    return etree.Element(ROOT_TAG, nsmap={"w": NAMESPACES["w"], "r": NAMESPACES["r"]})


def _parsed(markup: str) -> bytes:
    """The document with the table parsed and appended, as before deferring."""
    root = _root()
    root.append(parse_fragment("tbl", markup))
    data: bytes = etree.tostring(root, encoding="UTF-8")
    return data


def _spliced(markup: str) -> bytes:
    root = _root()
    deferred = DeferredMarkup()
    deferred.append(root, "tbl", markup)
    return deferred.splice(etree.tostring(root, encoding="UTF-8"))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.lists(span, max_size=3), max_size=3), min_size=1, max_size=3),
       st.booleans(), st.sampled_from([None, "TableGrid", 'a"<&>\n']),
       st.frozensets(st.integers(0, 2)), st.frozensets(st.integers(0, 2)))
def test_the_spliced_table_is_the_parsed_one(
        cells: list[list[list[Span]]], layout: bool, style: str | None,
        spanned: frozenset[int], shaded: frozenset[int]) -> None:
    """Rows of cells, a row across the table (a group heading) and shaded rows among them."""
    contents = [[runs_xml(spans, _Relations(), "Hyperlink") for spans in row] for row in cells]
    widths = [1000] * max(len(row) for row in cells)
    markup = table_xml(widths, contents, style_id=style, layout=layout, spanned=spanned,
                       shaded=shaded)
    assert _spliced(markup) == _parsed(markup)


def test_a_character_xml_does_not_allow_fails_as_before() -> None:
    with pytest.raises(etree.XMLSyntaxError):
        _spliced("<w:tr><w:tc><w:p><w:r><w:t>a\x01</w:t></w:r></w:p></w:tc></w:tr>")


def _paragraph(root: Any) -> Any:
    return etree.SubElement(root, f"{{{NAMESPACES['w']}}}p")


def _runs_parsed(markup: str) -> bytes:
    """The paragraph with its runs parsed and appended, as before deferring."""
    root = _root()
    paragraph = _paragraph(root)
    paragraph.extend(parse_fragment("p", markup))
    data: bytes = etree.tostring(root, encoding="UTF-8")
    return data


@settings(max_examples=200, deadline=None)
@given(st.lists(span, min_size=1, max_size=4))
def test_spliced_runs_are_the_parsed_ones(spans: list[Span]) -> None:
    markup = runs_xml(spans, _Relations(), "Hyperlink")
    root = _root()
    deferred = DeferredMarkup()
    deferred.append_content(_paragraph(root), markup)
    assert deferred.splice(etree.tostring(root, encoding="UTF-8")) == _runs_parsed(markup)


def test_runs_with_a_character_xml_does_not_allow_fail_as_before() -> None:
    with pytest.raises(etree.XMLSyntaxError):
        DeferredMarkup().append_content(_paragraph(_root()), "<w:r><w:t>a\x01</w:t></w:r>")


TABLE = "| A | B |\n|:--|--:|\n| x | 1 |\n"


@pytest.mark.parametrize("markdown", [
    f"Text\n\n{TABLE}\n{TABLE}\nEfter\n",  # a table right after a table
    f"Text\n\n::: sidbrytning\n:::\n\n{TABLE}\nEfter\n",  # a page break before a table
])
def test_a_table_the_writer_looks_into_is_as_before(markdown: str) -> None:
    """Placeholders that are read (page break, space after a table) are parsed first."""
    meta = DocxMeta(title="T", dnr="1", date=datetime.date(2024, 1, 2), header_lines=("X",))
    reference = Pipeline()._reference_docx(None)
    data = markdown_to_docx(markdown, meta, reference)
    assert b"beslut-deferred" not in data
    assert data == markdown_to_docx(markdown, meta, reference)


def test_a_table_with_a_control_character_fails_as_before() -> None:
    meta = DocxMeta(title="T", dnr="1", date=datetime.date(2024, 1, 2), header_lines=("X",))
    with pytest.raises(etree.XMLSyntaxError):
        markdown_to_docx("| A | B |\n|--|--|\n| x\x01y | 1 |\n", meta,
                         Pipeline()._reference_docx(None))

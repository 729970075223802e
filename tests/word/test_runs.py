"""Runs written as markup come out as the elements the writer used to build one by one."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree  # type: ignore[import-untyped]

from generator.word.oxml import NAMESPACES, make, qn
from generator.word.runs import append_spans, runs_text
from generator.word.span import Span

W = NAMESPACES["w"]


class _Relations:
    def __init__(self) -> None:
        self.seen: list[str] = []

    def hyperlink(self, href: str) -> str:
        self.seen.append(href)
        return f"rId{len(self.seen)}"


def _xml(spans: list[Span], relations: _Relations | None = None) -> str:
    root = etree.Element(f"{{{W}}}body", nsmap={"w": W, "r": NAMESPACES["r"]})
    paragraph = make("w:p")
    root.append(paragraph)
    append_spans(paragraph, spans, relations, "Hyperlink")
    text: str = etree.tostring(root, encoding="unicode")
    return text


def test_text_is_escaped_and_kept_as_typed() -> None:
    xml = _xml([Span("a & b <c> \"d\" \t e  ")])
    assert 'xml:space="preserve">a &amp; b &lt;c&gt; "d" \t e  </w:t>' in xml
    assert xml.count("xmlns") == 2  # the root's declarations serve the runs too


def test_soft_hyphens_breaks_and_formatting() -> None:
    xml = _xml([Span("ab\u00adcd", bold=True, italic=True), Span("", line_break=True)])
    assert xml.count("<w:softHyphen/>") == 1
    assert "<w:rPr><w:b/><w:i/></w:rPr>" in xml
    assert "<w:r><w:br/></w:r>" in xml


def test_links_share_one_hyperlink_per_address() -> None:
    relations = _Relations()
    xml = _xml([Span("x", href="https://a.se"), Span("y", bold=True, href="https://a.se"),
                Span(" och "), Span("z", href='#"mål"')], relations)
    assert relations.seen == ["https://a.se"]
    assert xml.count("<w:hyperlink") == 2
    assert 'w:anchor="&quot;mål&quot;"' in xml
    assert '<w:rStyle w:val="Hyperlink"/>' in xml


def test_links_without_relations_are_plain_runs() -> None:
    assert "hyperlink" not in _xml([Span("x", href="https://a.se")])


def test_a_reference_keeps_its_hyphen_on_one_line() -> None:
    xml = _xml([Span("dnr: 5.7\u20111234/2025")])
    assert ('<w:t xml:space="preserve">dnr: 5.7</w:t><w:noBreakHyphen/>'
            '<w:t xml:space="preserve">1234/2025</w:t>') in xml


def test_hyphens_at_the_ends_and_side_by_side_leave_no_empty_text() -> None:
    xml = _xml([Span("\u00ada&b\u00ad\u2011c\u00ad")])
    assert ('<w:r><w:softHyphen/><w:t xml:space="preserve">a&amp;b</w:t><w:softHyphen/>'
            '<w:noBreakHyphen/><w:t xml:space="preserve">c</w:t><w:softHyphen/></w:r>') in xml


def _read_text(paragraph: Any) -> str:
    """A paragraph's text as python-docx reads it from its elements: the `w:t` texts of its
    runs and its hyperlinks' runs, a line break as a newline."""
    text = []
    for run in paragraph.iter(qn("w:r")):
        for node in run:
            if node.tag == qn("w:t"):
                text.append(node.text or "")
            elif node.tag == qn("w:br"):
                text.append("\n")
    return "".join(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.builds(Span, st.text(st.sampled_from("ab &<\r\t\u00ad\u2011\u00a0"),
                                        max_size=8),
                          st.booleans(), st.booleans(),
                          st.sampled_from([None, "https://a.se", "#b"]), st.booleans()),
                max_size=5))
def test_the_text_of_the_runs_is_read_from_their_spans(spans: list[Span]) -> None:
    """What decides whether a paragraph leads into a table is read without parsing its runs."""
    root = etree.Element(f"{{{W}}}body", nsmap={"w": W, "r": NAMESPACES["r"]})
    paragraph = make("w:p")
    root.append(paragraph)
    append_spans(paragraph, spans, _Relations(), "Hyperlink")
    assert runs_text(spans) == _read_text(paragraph)


def test_the_text_of_the_runs_has_no_hyphen_elements() -> None:
    assert runs_text([Span("Dnr 2024\u20111\u00ad2"), Span("", line_break=True),
                      Span("se:", bold=True)]) == "Dnr 202412\nse:"

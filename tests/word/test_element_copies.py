"""New elements are copies of one made per tag (`oxml.make`, `add`, `add_copy`): each copy is
an element of its own, and written out it is what lxml's own constructors give."""

from __future__ import annotations

from typing import Any

from lxml import etree  # type: ignore[import-untyped]

from generator.word.oxml import NAMESPACES, add, add_copy, make, qn


def _body() -> Any:
    root = etree.Element(qn("w:document"), nsmap={"w": NAMESPACES["w"], "r": NAMESPACES["r"]})
    return etree.SubElement(root, qn("w:body"))


def test_each_made_element_is_its_own() -> None:
    first: Any = make("w:pPr")
    add(first, "w:keepNext")
    second: Any = make("w:pPr")
    assert first is not second
    assert len(first) == 1
    assert len(second) == 0


def test_a_made_element_is_written_as_a_new_one() -> None:
    made = make("w:pStyle", {"w:val": "Heading1"})
    new = etree.Element(qn("w:pStyle"), nsmap={"w": NAMESPACES["w"]})
    new.set(qn("w:val"), "Heading1")
    assert etree.tostring(made) == etree.tostring(new)


def test_an_added_element_is_written_as_a_sub_element() -> None:
    ours, theirs = _body(), _body()
    add(add(ours, "w:p"), "w:pStyle", {"w:val": "Heading1"})
    etree.SubElement(etree.SubElement(theirs, qn("w:p")), qn("w:pStyle"),
                     {qn("w:val"): "Heading1"})
    assert etree.tostring(ours.getroottree()) == etree.tostring(theirs.getroottree())
    assert b'<w:p><w:pStyle w:val="Heading1"/></w:p>' in etree.tostring(ours)


def test_a_copy_added_leaves_what_it_copies_as_it_was() -> None:
    paragraph = make("w:p")
    add(paragraph, "w:pPr")
    body = _body()
    copy: Any = add_copy(body, paragraph)
    add(copy[0], "w:keepNext")
    assert etree.tostring(body).endswith(b"<w:p><w:pPr><w:keepNext/></w:pPr></w:p></w:body>")
    assert etree.tostring(paragraph) == (
        b'<w:p xmlns:w="' + NAMESPACES["w"].encode() + b'"><w:pPr/></w:p>')

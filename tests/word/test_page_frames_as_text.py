"""A header or footer gets its runs written as text into a frame made once per slot, and
comes out as lxml writes the frame built with the runs parsed into it."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree  # type: ignore[import-untyped]

from generator.word.opc import serialize
from generator.word.pages import _frame, _frame_xml, _spans
from generator.word.reference import open_reference

ROOT = Path(__file__).resolve().parents[2]
REFERENCES = [ROOT / "templates" / "reference.docx",
              *sorted((ROOT / "profiles").glob("*/reference.docx"))]
TEXT = st.text(st.one_of(st.characters(min_codepoint=0x20, max_codepoint=0xD7FF),
                         st.sampled_from("\t\n\r&<>\"'\u00ad\u2011\ue000\U0001f600")),
               max_size=20)


def _parsed(reference: Path, index: int, header: str) -> bytes:
    """The frame as before: built with its runs parsed into it, then serialized."""
    prepared = open_reference(reference)
    slot = prepared.slots[index]
    return serialize(_frame(prepared, slot, _spans(slot, header)))


@pytest.mark.parametrize("reference", REFERENCES, ids=lambda path: path.parent.name)
@pytest.mark.parametrize("header", ["Beslutsunderlag \u00b7 Dnr HSN 2024/1732 \u00b7 2024-02-15",
                                    "", "A & B <c> \"d\"\r", "Kom\u00admun\u2011plan"])
def test_every_slot_is_written_as_when_parsed(reference: Path, header: str) -> None:
    prepared = open_reference(reference)
    for index, slot in enumerate(prepared.slots):
        assert _frame_xml(prepared, slot, header) == _parsed(reference, index, header)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_any_header_text_is_written_as_when_parsed(header: str) -> None:
    prepared = open_reference(REFERENCES[0])
    for index, slot in enumerate(prepared.slots):
        assert _frame_xml(prepared, slot, header) == _parsed(REFERENCES[0], index, header)


def test_a_character_xml_cannot_hold_fails_as_before() -> None:
    prepared = open_reference(REFERENCES[0])
    slot = next(slot for slot in prepared.slots if slot.kind == "header" and slot.type != "first")
    with pytest.raises(etree.XMLSyntaxError):
        _frame_xml(prepared, slot, "Dnr \x01")

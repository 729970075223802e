"""docProps/core.xml gets its texts written into markup made once per reference, and comes
out as lxml writes a copy of the reference's core with the properties set on it."""

from __future__ import annotations

import copy
import datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.word.opc import serialize
from generator.word.package import core_xml, set_core_properties
from generator.word.reference import open_reference

ROOT = Path(__file__).resolve().parents[2]
REFERENCES = [ROOT / "templates" / "reference.docx",
              *sorted((ROOT / "profiles").glob("*/reference.docx"))]
TEXT = st.text(st.one_of(st.characters(min_codepoint=0x20, max_codepoint=0xD7FF),
                         st.sampled_from("\t\n\r&<>\"'\ue000\U0001f600")), max_size=300)
CREATED = datetime.datetime(2024, 2, 15, 9, 30)


def _both(reference: Path, **texts: str) -> tuple[bytes, bytes]:
    """The core written as text, and as lxml writes the copy with the properties set."""
    core = open_reference(reference).core
    properties = {"title": "Beslut", "subject": "Beslutsunderlag, Dnr RS 2024/1",
                  "author": "Region Exempel", "identifier": "RS 2024/1",
                  "language": "sv-SE", **texts}
    copied = copy.deepcopy(core)
    set_core_properties(copied, created=CREATED, **properties)
    return core_xml(core, created=CREATED, **properties), serialize(copied)


@pytest.mark.parametrize("reference", REFERENCES, ids=lambda path: path.parent.name)
@pytest.mark.parametrize("texts", [{}, {"identifier": "", "subject": ""},
                                   {"title": "A & B <c> \"d\"\r" + "x" * 300},
                                   {"author": "\ue0001\ue000"}])
def test_every_reference_is_written_as_by_lxml(reference: Path, texts: dict[str, str]) -> None:
    written, parsed = _both(reference, **texts)
    assert written == parsed


@settings(max_examples=300, deadline=None)
@given(TEXT, TEXT, TEXT)
def test_any_texts_are_written_as_by_lxml(title: str, subject: str, author: str) -> None:
    written, parsed = _both(REFERENCES[0], title=title, subject=subject, author=author)
    assert written == parsed


def test_a_character_xml_cannot_hold_is_refused_as_before() -> None:
    with pytest.raises(ValueError, match="XML compatible"):
        core_xml(open_reference(REFERENCES[0]).core, title="Beslut \x01", subject="",
                 author="", identifier="", language="sv-SE", created=CREATED)

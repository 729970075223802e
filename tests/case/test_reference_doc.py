"""The Swedish references of the case format and of profil.yaml are made from the models and
kept up to date."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pydantic import BaseModel

from generator.case.models import Case
from generator.case.profiles import Profile
from generator.case.reference_doc import (
    _inner_models,
    _models,
    anchor,
    model_description,
    profile_reference,
    reference,
)

DOC = Path(__file__).resolve().parents[2] / "docs" / "arendeformat.md"
PROFILE_DOC = DOC.with_name("profil.md")


def test_the_committed_reference_is_what_the_models_say() -> None:
    assert DOC.read_text(encoding="utf-8") == reference(), (
        "docs/arendeformat.md är inaktuell: kör python -m generator.case.reference_doc"
    )


def test_every_key_of_the_case_is_described_in_swedish() -> None:
    text = reference()
    for name, field in Case.model_fields.items():
        assert f"| `{name}` |" in text
        assert field.description and not field.description.startswith(("The ", "A ", "An "))


def test_amounts_and_required_keys_are_named_as_such() -> None:
    text = reference()
    assert "| `belopp` | belopp (hela kronor) | **krävs** |" in text
    assert "| `dokumenttyp` | en av `beslutsunderlag`" in text


def test_the_committed_profile_reference_is_what_the_model_says() -> None:
    assert PROFILE_DOC.read_text(encoding="utf-8") == profile_reference(), (
        "docs/profil.md är inaktuell: kör python -m generator.case.reference_doc"
    )


def test_every_key_of_a_profile_is_described_in_swedish() -> None:
    text = profile_reference()
    for name, field in Profile.model_fields.items():
        assert f"| `{name}` |" in text
        assert field.description and not field.description.startswith(("The ", "A ", "An "))
    assert "profiler/lysekils-kommun/profil.yaml" in text


def _sections(text: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Each heading's anchor → (the line under it, the keys of its table in order)."""
    lines = text.splitlines()
    keys: list[str] = []
    found: dict[str, tuple[str, list[str]]] = {}
    for number, line in enumerate(lines):
        if line.startswith("#"):
            heading = anchor(line.lstrip("#").strip())
            keys = []
            assert heading not in found, f"two headings have the anchor {heading!r}"
            found[heading] = (lines[number + 2] if number + 2 < len(lines) else "", keys)
        elif match := re.match(r"\| `(\w+)` \|", line):
            keys.append(match[1])
    return {heading: (doc, tuple(keys)) for heading, (doc, keys) in found.items()}


def _section_of(model: type[BaseModel]) -> tuple[str, tuple[str, ...]]:
    return model_description(model), tuple(model.model_fields)


@pytest.mark.parametrize("root, text", [(Case, reference()), (Profile, profile_reference())],
                         ids=["arendeformat", "profil"])
def test_every_heading_is_unique_and_every_link_leads_to_its_own_models_section(
        root: type[BaseModel], text: str) -> None:
    sections = _sections(text)
    models = {_section_of(m): m for m in _models(root)}
    assert len(models) == len(_models(root))
    current: type[BaseModel] | None = None
    for line in text.splitlines():
        if line.startswith("## "):
            current = models[sections[anchor(line[3:])]]
        for key, target in re.findall(r"^\| `(\w+)` \|.*\]\(#([^)]+)\)", line):
            assert current is not None and target in sections, line
            [linked] = _inner_models(current.model_fields[key].annotation)
            assert sections[target] == _section_of(linked), line


def test_models_sharing_a_key_are_told_apart_by_the_key_they_stand_under() -> None:
    text = reference()
    assert "## `rader` i `tabeller`" in text and "## `rader` i `risk`" in text
    assert "| `rader` | lista med [rader](#rader-i-risk) | **krävs** | En rad per område. |" in text

"""The Swedish references of the case format and of profil.yaml are made from the models and
kept up to date."""

from __future__ import annotations

from pathlib import Path

from generator.case.models import Case
from generator.case.profiles import Profile
from generator.case.reference_doc import profile_reference, reference

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

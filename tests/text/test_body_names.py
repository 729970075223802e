"""Which names are of a body that decides at a meeting (trial 80, F2): an utskott, a nämnd,
a styrelse, fullmäktige, a group or a beredning keeps minutes; an officer or a chair, who
decides alone, does not."""

from __future__ import annotations

import pytest

from generator.text.body_names import meeting_body


@pytest.mark.parametrize("name", [
    "Individutskottet", "Socialnämndens arbetsutskott", "Omsorgsnämnden", "Kommunstyrelsen",
    "Regionfullmäktige", "Styrgruppen", "Demokratiberedningen", "Sociala utskottet"])
def test_a_body_meets(name: str) -> None:
    assert meeting_body(name)


@pytest.mark.parametrize("name", [
    "Färdtjänsthandläggaren", "Socialnämndens ordförande", "Förvaltningschefen",
    "Biståndshandläggare Anna Svensson", ""])
def test_a_person_decides_alone(name: str) -> None:
    assert not meeting_body(name)

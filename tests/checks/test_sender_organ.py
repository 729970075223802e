"""The organ in a decision's letterhead is the one that decides (trial 65, F4): another organ
of the same kind (a styrelse for another styrelse) is warned about at the letterhead's line;
a förvaltning that sends a nämnd's decision, an utskott under its styrelse, a chair's decision
and the kind's word alone under the organisation's name pass."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline

CASE = """\
dokumenttyp: beslut
etikett: Beslut
avsandare:
  - Gotlands kommun
  - {sender}
datum: 2009-03-26
dnr: nej
titel: Överföring av resultat
beslut:
  beslutande: {decider}
  datum: 2009-03-26
  paragraf: 97
  punkter:
    - fastställa förslaget till överföring av resultat från 2008.
"""


def problems(tmp_path: Path, sender: str, decider: str) -> list[str]:
    case = tmp_path / "fall.yaml"
    case.write_text(CASE.format(sender=sender, decider=decider), encoding="utf-8")
    return [p.format() for p in Pipeline().check(case, "fall.yaml").problems]


def test_the_trials_regionstyrelsen_over_a_kommunstyrelsen_decision_is_warned_about(
        tmp_path: Path) -> None:
    assert problems(tmp_path, "Regionstyrelsen", "Kommunstyrelsen") == [
        "fall.yaml:5:5: varning: 'Regionstyrelsen' i brevhuvudet är ett annat organ än det som "
        "beslutar, 'Kommunstyrelsen' ('beslutande' under 'beslut', rad 10); skriv samma organ "
        "på båda ställena"]


def test_another_nämnd_is_warned_about_too(tmp_path: Path) -> None:
    assert problems(tmp_path, "Socialnämnden", "Barn- och utbildningsnämnden") == [
        "fall.yaml:5:5: varning: 'Socialnämnden' i brevhuvudet är ett annat organ än det som "
        "beslutar, 'Barn- och utbildningsnämnden' ('beslutande' under 'beslut', rad 10); "
        "skriv samma organ på båda ställena"]


@pytest.mark.parametrize(("sender", "decider"), [
    ("Kommunstyrelsen", "Kommunstyrelsen"),
    ("Vård och omsorgsnämnden", "Vård- och omsorgsnämnden"),
    ("Socialförvaltningen", "Socialnämnden"),
    ("Ledningskontoret", "Kommunstyrelsen"),
    ("Kommunstyrelsen", "Kommunfullmäktige"),
    ("Kommunstyrelsen", "Kommunstyrelsens arbetsutskott"),
    ("Servicenämnden", "Servicenämndens ordförande"),
    ("Styrelsen", "Finansinspektionens styrelse"),
], ids=["the same organ", "spelt otherwise", "a förvaltning", "a kontor",
        "another kind", "an utskott", "a chair", "the kind's word alone"])
def test_a_sender_that_is_not_another_organ_of_the_same_kind_passes(
        tmp_path: Path, sender: str, decider: str) -> None:
    assert not [p for p in problems(tmp_path, sender, decider) if "brevhuvudet" in p]

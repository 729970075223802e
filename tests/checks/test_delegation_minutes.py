"""A decision one person takes on delegation has no minutes (trial 80, F2): what only a
meeting's minutes have (the justering, the minutes keeper, motions, the course of the
decision, a vote, reservations, protocol notes, a minutes label) is an error where it is
written. An utskott that decides on delegation meets and keeps minutes: it may have them."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline

CASE = """\
dokumenttyp: beslut
datum: 2005-03-04
dnr: ON 2005/12
titel: Beslut om färdtjänst
beslut: {{beslutande: {decider}, delegation: Omsorgsnämnden, datum: 2005-03-04,
         punkter: [bevilja färdtjänst.]{extra}}}
"""
APPROVAL = """\
justering: {datum: 2005-03-04, justerare: [Anna A, Bo B],
            utdragsbestyrkande: {namn: Karin Lindqvist, titel: nämndsekreterare}}
"""
ALONE = "Färdtjänsthandläggaren fattar det ensam, utan sammanträde och protokoll"


def problems(tmp_path: Path, source: str) -> list[str]:
    """The problems of the case as `line:col: message`."""
    path = tmp_path / "fall.yaml"
    path.write_text(source, encoding="utf-8")
    return [p.format().removeprefix(f"{path}:") for p in Pipeline().build(path).problems]


def case(decider: str = "Färdtjänsthandläggaren", extra: str = "", after: str = "",
         before: str = "") -> str:
    """The färdtjänst decision, with keys added in the decision (`extra`), after it and
    before it (after `dokumenttyp`)."""
    text = CASE.format(decider=decider, extra=extra) + after
    return text.replace("dokumenttyp: beslut\n", f"dokumenttyp: beslut\n{before}", 1)


def test_a_justering_of_a_decision_on_delegation_is_an_error_at_it(tmp_path: Path) -> None:
    # (the trial's case printed "Justerat den 4 mars 2005 av Anna A och Bo B." and
    # "Utdraget bestyrks: Karin Lindqvist, nämndsekreterare" under the handläggare's decision)
    assert problems(tmp_path, case(after=APPROVAL)) == [
        "7:1: 'justering' hör till ett protokoll, men ett beslut på delegation justeras inte: "
        f"{ALONE}; ta bort 'justering'"]


def test_a_minutes_keeper_is_an_error_at_it(tmp_path: Path) -> None:
    keeper = "vid_protokollet: {namn: Karin Lindqvist, titel: nämndsekreterare}\n"
    assert problems(tmp_path, case(after=keeper)) == [
        "7:1: 'vid_protokollet' hör till ett protokoll, men ett beslut på delegation har ingen "
        f"som för protokollet: {ALONE}; ta bort 'vid_protokollet'"]


@pytest.mark.parametrize(("key", "value", "lacking"), [
    ("yrkanden", "[Anna Berg (S) yrkar bifall.]", "några yrkanden"),
    ("beslutsgang", "Ordföranden finner bifall.", "någon beslutsgång"),
    ("omrostning", "{ja_betyder: bifall, nej_betyder: avslag, ja: 3, nej: 2}",
     "någon omröstning"),
    ("reservationer", "[Bo Ek (M) reserverar sig mot beslutet.]", "några reservationer"),
    ("protokollsanteckningar", "[Anna Berg (V) antecknar till protokollet att …]",
     "några protokollsanteckningar"),
])
def test_what_a_meeting_records_is_an_error_at_its_key(
        tmp_path: Path, key: str, value: str, lacking: str) -> None:
    found = problems(tmp_path, case(extra=f",\n         {key}: {value}"))
    assert found == [
        f"7:10: '{key}' hör till ett beslut som fattas på ett sammanträde, men ett beslut på "
        f"delegation kan inte ha {lacking}: {ALONE}; ta bort '{key}'"]


def test_a_minutes_label_is_an_error_at_etikett_and_asks_for_nothing_more(
        tmp_path: Path) -> None:
    # (not also the warnings of an extract without its justering or its paragraph, which
    # would ask for what a decision on delegation cannot have)
    assert problems(tmp_path, case(before="etikett: Protokollsutdrag\n")) == [
        "2:1: 'etikett: Protokollsutdrag' gör dokumentet till ett utdrag ur ett protokoll, men "
        f"ett beslut på delegation står inte i något protokoll: {ALONE}; skriv 'etikett: "
        "Beslut'"]


def test_a_profiles_minutes_label_is_an_error_at_delegation(tmp_path: Path) -> None:
    profile = tmp_path / "profiler" / "omsorg"
    profile.mkdir(parents=True)
    (profile / "profil.yaml").write_text(
        "namn: Exempels kommun\nslag: kommun\nrader: [Exempels kommun]\n"
        "etiketter:\n  beslut: Sammanträdesprotokoll\n",
        encoding="utf-8")
    assert problems(tmp_path, case(before="organisation: omsorg\n")) == [
        "6:46: etiketten 'Sammanträdesprotokoll' (från profilen) gör dokumentet till ett "
        f"protokoll, men ett beslut på delegation står inte i något protokoll: {ALONE}; "
        "skriv 'etikett: Beslut'"]


def test_an_utskott_deciding_on_delegation_keeps_minutes(tmp_path: Path) -> None:
    found = problems(tmp_path, case(
        "Individutskottet", ",\n         reservationer: [Bo Ek (M) reserverar sig.]",
        APPROVAL + "vid_protokollet: {namn: Karin Lindqvist}\n",
        "etikett: Protokollsutdrag\n"))
    assert [problem for problem in found if "delegation" in problem] == []


def test_a_decision_without_delegation_may_be_justerat(tmp_path: Path) -> None:
    source = case(after=APPROVAL).replace(" delegation: Omsorgsnämnden,", "")
    assert problems(tmp_path, source) == []


def test_a_per_capsulam_on_delegation_is_told_of_a_reservation_once(tmp_path: Path) -> None:
    source = case(extra=",\n         reservationer: [Bo Ek (M) reserverar sig.]").replace(
        "dokumenttyp: beslut\n", "dokumenttyp: beslut_per_capsulam\n")
    assert [problem.split(":")[0:2] for problem in problems(tmp_path, source)] == [["7", "10"]]

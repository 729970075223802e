"""An organ named in a case is spelled as the organisation's profile spells it."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline

PROFILE = """\
namn: Krokoms kommun
rader:
  - Krokoms kommun
organ:
  - namn: Valnämnden
  - namn: Kommunstyrelsen
    forkortning: KS
  - namn: Valstyrelsen
  - namn: Beredningsgruppen
  - namn: Byggnämnden
  - namn: Kommunfullmäktige
  - namn: Utbildningsnämnden
  - namn: Länsstyrgruppen
"""

CASE = """\
dokumenttyp: beslut
organisation: {organisation}
datum: 2019-02-26
dnr: VN 2019/3
titel: Godkännande av föredragningslistan
mottagare:
  - {mottagare}
  - Box 1
beslut:
  beslutande: {beslutande}
  punkter:
    - godkänna föredragningslistan.
utdrag_till:
  - {utdrag}
"""  # (after Krokoms kommun, Valnämnden 2019-02-26, Vn 1)


def _problems(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, organisation: str = "krokom",
              beslutande: str = "Valnämnden", mottagare: str = "Kommunstyrelsen",
              utdrag: str = "Valnämnden") -> list[str]:
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "profiler" / "krokom"
    folder.mkdir(parents=True)
    (folder / "profil.yaml").write_text(PROFILE, encoding="utf-8")
    case = tmp_path / "fall.yaml"
    case.write_text(CASE.format(organisation=organisation, beslutande=beslutande,
                                mottagare=mottagare, utdrag=utdrag), encoding="utf-8")
    return [p.format() for p in Pipeline().check(case, "fall.yaml").problems]


def test_a_misspelt_deciding_organ_is_warned_about_with_the_profiles_spelling(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # (trial 24: 'beslutande: Valnämden' printed "Valnämden beslutade …" without a word)
    assert _problems(tmp_path, monkeypatch, beslutande="Valnämden") == [
        "fall.yaml:10:15: varning: 'Valnämden' står inte bland organen i profilen 'krokom', "
        "menade du 'Valnämnden'?"]


def test_a_misspelt_organ_among_the_addressees_and_extracts_is_warned_about(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _problems(tmp_path, monkeypatch, mottagare="Kommunstyreslen",
                     utdrag="valnämden") == [
        "fall.yaml:7:5: varning: 'Kommunstyreslen' står inte bland organen i profilen "
        "'krokom', menade du 'Kommunstyrelsen'?",
        "fall.yaml:14:5: varning: 'valnämden' står inte bland organen i profilen 'krokom', "
        "menade du 'Valnämnden'?"]


@pytest.mark.parametrize("beslutande", ["Valnämnden", "valnämnden", "Valnämndens ordförande",
                                        "Barn- och utbildningsnämnden", "KS",
                                        "Styrelsen", "Ledningsgruppen", "Barnnämnden"])
def test_an_organ_as_the_profile_writes_it_or_another_body_passes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, beslutande: str) -> None:
    # ("Ledningsgruppen" is no misspelt "Beredningsgruppen": organs share long endings)
    assert _problems(tmp_path, monkeypatch, beslutande=beslutande) == []


@pytest.mark.parametrize(("beslutande", "meant"), [
    ("Kommunfullmäktig", "Kommunfullmäktige"), ("Kommunfullmäktigen", "Kommunfullmäktige"),
    ("Kommunstyrelse", "Kommunstyrelsen")])
def test_a_name_an_organs_name_holds_or_that_holds_one_within_a_word_is_warned_about(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, beslutande: str, meant: str) -> None:
    # (trial 26: 'beslutande: Kommunfullmäktig' printed "Kommunfullmäktig beslutade …")
    assert _problems(tmp_path, monkeypatch, beslutande=beslutande) == [
        f"fall.yaml:10:15: varning: '{beslutande}' står inte bland organen i profilen "
        f"'krokom', menade du '{meant}'?"]


def test_a_truncated_organ_among_the_extracts_is_warned_about(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _problems(tmp_path, monkeypatch, utdrag="Kommunstyrelse") == [
        "fall.yaml:14:5: varning: 'Kommunstyrelse' står inte bland organen i profilen "
        "'krokom', menade du 'Kommunstyrelsen'?"]


@pytest.mark.parametrize("beslutande", [
    "Kommunfullmäktiges presidium", "Kommunstyrelsens arbetsutskott",
    "Barn- och utbildningsnämnden", "Kommunstyrelsen/Valnämnden"])
def test_an_organs_name_from_a_words_start_with_a_genitive_or_words_after_passes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, beslutande: str) -> None:
    # ("Utbildningsnämnden" is a whole word of "Barn- och utbildningsnämnden")
    assert _problems(tmp_path, monkeypatch, beslutande=beslutande) == []


def test_a_body_whose_name_ends_an_organs_word_passes_as_far_from_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # "Styrgruppen" is no whole word of the organ "Länsstyrgruppen", so the word rule lets
    # it through to the likeness, and four letters apart it is another body, not a slip
    assert _problems(tmp_path, monkeypatch, beslutande="Styrgruppen") == []


def test_without_a_profile_no_organ_is_held_to_one(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    case = CASE.replace("organisation: {organisation}\n", "")
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "fall.yaml"
    path.write_text(case.format(beslutande="Valnämden", mottagare="Kommunstyrelsen",
                                utdrag="Valnämnden"), encoding="utf-8")
    assert [p.format() for p in Pipeline().check(path, "fall.yaml").problems] == []


def test_a_misspelt_body_a_decision_proposes_to_is_warned_about_in_its_own_case(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # (printed mid-sentence, "… föreslå kommunfullmäktige besluta": offered as written there)
    problems = _problems(tmp_path, monkeypatch, beslutande="Kommunstyrelsen\n  foreslar: "
                         "kommunfullmäktig")
    assert problems == [
        "fall.yaml:11:13: varning: 'kommunfullmäktig' står inte bland organen i profilen "
        "'krokom', menade du 'kommunfullmäktige'?"]


@pytest.mark.parametrize("body", ["kommunfullmäktige", "Kommunfullmäktige", "regionfullmäktige"])
def test_a_body_proposed_to_as_the_profile_writes_it_or_another_passes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str) -> None:
    assert _problems(tmp_path, monkeypatch,
                     beslutande=f"Kommunstyrelsen\n  foreslar: {body}") == []

"""A protokollsutdrag shows that its minutes were checked, and its §: an extract whose
decision has no justering is warned about, with what to write, at the label that makes it an
extract (trial 35, F10: the Gotland extract gave "inga fel" and simply ended after the
att-sats), and one whose decision has no paragraf at the decision, where it goes (trial 38,
F3: the Svedala extract had none, and nothing said so). Minutes under their own label
('Sammanträdesprotokoll') are warned about alike, named as a protocol (trial 45, F5)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline

CASE = """\
dokumenttyp: beslut
organisation: krokom
{label}datum: 2008-11-25
dnr: KFN 2008/310
titel: Investeringsstöd
beslut:
  beslutande: Kultur- och fritidsnämnden
{numbered}{decided}  punkter:
    - bevilja investeringsstöd enligt förslaget.
{approval}"""
PROFILE = "namn: Krokoms kommun\nrader:\n  - Krokoms kommun\n"
PARAGRAPH = "  paragraf: KFN § 113\n"
APPROVAL = "justering:\n  datum: 2008-11-25\n  justerare: [Anna Andersson]\n"
HINT = ("gör dokumentet till ett utdrag ur ett protokoll, som visar när och av vilka "
        "protokollet justerades, men ärendet har ingen 'justering'; lägg till den, t.ex. "
        "'justering:' med 'datum: {date}' och 'justerare: [Anna Andersson, Bengt Berg]', "
        "eller 'signaturrader: ja' om utdraget justeras på papper, eller skriv en annan "
        "etikett (t.ex. 'etikett: Beslut') om utdraget inte är justerat")


def problems(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, label: str, approval: str = "",
             decided: str = "  datum: 2008-11-24\n", profile: str = PROFILE,
             numbered: str = PARAGRAPH) -> list[str]:
    """The problems of the case as `line:col: message`, under a profile of its own."""
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "profiler" / "krokom"
    folder.mkdir(parents=True)
    (folder / "profil.yaml").write_text(profile, encoding="utf-8")
    path = tmp_path / "fall.yaml"
    path.write_text(CASE.format(label=label, decided=decided, approval=approval,
                                numbered=numbered), encoding="utf-8")
    return [p.format().removeprefix(f"{path}:") for p in Pipeline().build(path).problems]


class DescribeAProtokollsutdragWithoutAJustering:
    def it_is_warned_about_at_its_label_with_the_decision_date_as_example(
            self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        assert problems(tmp_path, monkeypatch, "etikett: Protokollsutdrag\n") == [
            "3:1: varning: 'etikett: Protokollsutdrag' " + HINT.format(date="2008-11-24")]

    def it_takes_the_document_date_when_the_decision_has_none(
            self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        assert problems(tmp_path, monkeypatch, "etikett: Protokollsutdrag\n", decided="") == [
            "3:1: varning: 'etikett: Protokollsutdrag' " + HINT.format(date="2008-11-25")]

    def it_knows_an_extract_written_out_in_words(
            self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        label = "Utdrag ur sammanträdesprotokoll"
        assert problems(tmp_path, monkeypatch, f"etikett: {label}\n") == [
            f"3:1: varning: 'etikett: {label}' " + HINT.format(date="2008-11-24")]

    @pytest.mark.parametrize("label", ["Sammanträdesprotokoll", "protokoll",
                                       "Nämndprotokoll"])
    def it_calls_minutes_by_their_label_a_protocol(
            self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, label: str) -> None:
        # (trial 45, F5: "Sammanträdesprotokoll" got no warning at all)
        assert problems(tmp_path, monkeypatch, f"etikett: {label}\n", numbered="") == [
            f"3:1: varning: 'etikett: {label}' gör dokumentet till ett protokoll, som visar "
            "när och av vilka protokollet justerades, men ärendet har ingen 'justering'; lägg "
            "till den, t.ex. 'justering:' med 'datum: 2008-11-24' och 'justerare: [Anna "
            "Andersson, Bengt Berg]', eller 'signaturrader: ja' om protokollet justeras på "
            "papper, eller skriv en annan etikett (t.ex. 'etikett: Beslut') om protokollet "
            "inte är justerat",
            f"7:1: varning: 'etikett: {label}' gör dokumentet till ett protokoll, som visar "
            "beslutets paragraf, men beslutet har ingen 'paragraf'; lägg till den under "
            "'beslut', t.ex. 'paragraf: 12' eller, med organets förkortning, 'paragraf: KS § "
            "12'"]

    def it_is_warned_about_at_the_decision_when_the_profile_gives_the_label(
            self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        profile = PROFILE + "etiketter:\n  beslut: Protokollsutdrag\n"
        assert problems(tmp_path, monkeypatch, "", profile=profile) == [
            "6:1: varning: etiketten 'Protokollsutdrag' (från profilen) "
            + HINT.format(date="2008-11-24")]


class DescribeWhatIsNotWarnedAbout:
    def it_accepts_an_extract_with_its_justering(
            self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        assert problems(tmp_path, monkeypatch, "etikett: Protokollsutdrag\n", APPROVAL) == []

    @pytest.mark.parametrize("label", ["", "etikett: Beslut\n",
                                       "etikett: Meddelande om beslut\n", 'etikett: ""\n',
                                       "etikett: Bilaga till protokoll\n",
                                       "etikett: Protokollsanteckning\n"])
    def it_leaves_a_decision_under_another_label_alone(
            self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, label: str) -> None:
        assert problems(tmp_path, monkeypatch, label) == []

    def it_leaves_a_decision_per_capsulam_alone(
            self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        # (one is taken without a meeting, and so without minutes of its own to check)
        monkeypatch.chdir(tmp_path)
        folder = tmp_path / "profiler" / "krokom"
        folder.mkdir(parents=True)
        (folder / "profil.yaml").write_text(PROFILE, encoding="utf-8")
        path = tmp_path / "fall.yaml"
        text = CASE.format(label="etikett: Protokollsutdrag\n", decided="", approval="",
                           numbered="")
        path.write_text(text.replace("beslut\n", "beslut_per_capsulam\n", 1), encoding="utf-8")
        assert [p.format() for p in Pipeline().build(path).problems] == []


UNNUMBERED = ("gör dokumentet till ett utdrag ur ett protokoll, som visar beslutets paragraf, "
              "men beslutet har ingen 'paragraf'; lägg till den under 'beslut', t.ex. "
              "'paragraf: 12' eller, med organets förkortning, 'paragraf: KS § 12'")


class DescribeAProtokollsutdragWithoutAParagraph:
    def it_is_warned_about_at_the_decision_where_the_paragraph_goes(
            self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        # (trial 38, F3: svedala.yaml gave "14:1" here, at its 'beslut:')
        assert problems(tmp_path, monkeypatch, "etikett: Protokollsutdrag\n", APPROVAL,
                        numbered="") == [
            "7:1: varning: 'etikett: Protokollsutdrag' " + UNNUMBERED]

    def it_names_the_profiles_label_when_the_profile_gives_it(
            self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        profile = PROFILE + "etiketter:\n  beslut: Utdrag ur sammanträdesprotokoll\n"
        assert problems(tmp_path, monkeypatch, "", APPROVAL, profile=profile, numbered="") == [
            "6:1: varning: etiketten 'Utdrag ur sammanträdesprotokoll' (från profilen) "
            + UNNUMBERED]

    def it_is_warned_about_beside_a_missing_justering(
            self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        assert problems(tmp_path, monkeypatch, "etikett: Protokollsutdrag\n",
                        numbered="") == [
            "3:1: varning: 'etikett: Protokollsutdrag' " + HINT.format(date="2008-11-24"),
            "7:1: varning: 'etikett: Protokollsutdrag' " + UNNUMBERED]

    @pytest.mark.parametrize("label", ["", "etikett: Beslut\n", 'etikett: ""\n'])
    def it_leaves_a_decision_under_another_label_alone(
            self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, label: str) -> None:
        assert problems(tmp_path, monkeypatch, label, APPROVAL, numbered="") == []


class DescribeAProtokollsutdragWithAMottagare:
    def it_is_warned_about_at_the_key_with_where_those_who_get_it_go(
            self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        # (trial 84, F14: "Samtliga nämnder", left from the `beslut ny` example, stood as an
        # address under Dnr)
        label = "etikett: Protokollsutdrag\nmottagare:\n  - Samtliga nämnder\n"
        assert problems(tmp_path, monkeypatch, label, approval=APPROVAL) == [
            "4:1: varning: 'etikett: Protokollsutdrag' gör dokumentet till ett utdrag ur ett "
            "protokoll, som inte har någon mottagare i brevhuvudet, men ärendet har 'mottagare' "
            "(Samtliga nämnder), som skulle stå som en adress under Dnr; ta bort 'mottagare', "
            "och skriv dem som får utdraget under 'utdrag_till'"]

    def it_is_no_warning_in_a_decision_that_is_no_extract(
            self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        label = "etikett: Beslut\nmottagare:\n  - Samtliga nämnder\n"
        assert problems(tmp_path, monkeypatch, label, approval=APPROVAL) == []

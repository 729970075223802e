"""A justering has what it needs to be printed: "Justerat den … av …" its date and its
names, and an extract checked on paper (`signaturrader: ja`) neither, but then nothing that
only the sentence prints; the chair signs on a line of its own there (trial 35, F10: a
justering with its date alone could not be written, and a paper justering had no lines to
sign; trial 38, F3: nor one for the chair; trial 76, F6: nor the justerare without a
date)."""


from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline

CASE = """\
dokumenttyp: beslut
etikett: Protokollsutdrag
datum: 2008-12-02
dnr: KFN 2008/310
titel: Investeringsstöd
beslut:
  beslutande: Kultur- och fritidsnämnden
  datum: 2008-11-25
  paragraf: KFN § 113
  punkter:
    - bevilja investeringsstöd enligt förslaget.
justering:
"""
ON_PAPER = (", eller skriv signaturrader: ja om utdraget justeras på papper, så skrivs rader "
            "att skriva under på")


def problems(tmp_path: Path, approval: str) -> list[str]:
    """The problems of the case with this justering, as `line:col: message`."""
    path = tmp_path / "fall.yaml"
    path.write_text(CASE + approval, encoding="utf-8")
    return [p.format().removeprefix(f"{path}:") for p in Pipeline().build(path).problems]


class DescribeAJusteringWithoutSignatureLines:
    def it_needs_its_names_and_offers_the_lines(self, tmp_path: Path) -> None:
        # (trial 35: t_just.yaml had the date alone)
        assert problems(tmp_path, "  datum: 2008-12-02\n") == [
            "13:3: nyckeln 'justerare' saknas, lägg till den, t.ex. justerare: [Anna Andersson, "
            "Bengt Berg]" + ON_PAPER]

    def it_needs_its_date_and_gives_the_decisions_as_example(self, tmp_path: Path) -> None:
        assert problems(tmp_path, "  justerare: [Anna Andersson]\n") == [
            "13:3: nyckeln 'datum' saknas, lägg till den, t.ex. datum: 2008-11-25" + ON_PAPER]

    def it_refuses_a_blank_name_with_nothing_to_sign_on(self, tmp_path: Path) -> None:
        assert problems(tmp_path, '  datum: 2008-12-02\n  justerare: [Anna Andersson, ""]\n') == [
            "14:14: 'justerare' har ett tomt namn (\"\"), som bara blir en rad att skriva under "
            "på med signaturrader: ja; skriv namnet, t.ex. justerare: [Anna Andersson, Bengt "
            "Berg], eller skriv signaturrader: ja om utdraget justeras på papper"]

    def it_names_both_when_both_are_missing(self, tmp_path: Path) -> None:
        assert problems(tmp_path, "  ort: Visby\n  signaturrader: nej\n") == [
            "13:3: nycklarna 'datum' och 'justerare' saknas, lägg till dem, t.ex. datum: "
            "2008-11-25 och justerare: [Anna Andersson, Bengt Berg]" + ON_PAPER]


class DescribeAJusteringOnPaper:
    @pytest.mark.parametrize("approval", [
        "  signaturrader: ja\n",
        "  signaturrader: ja\n  datum: 2008-12-02\n",
        "  signaturrader: ja\n  utdragsbestyrkande:\n    namn: Cecilia Carlsson\n",
        "  datum: 2008-12-02\n  ort: Visby\n  ordforande: Dag Dahl\n  justerare: Anna Andersson"
        "\n  signaturrader: ja\n",
    ], ids=["lines alone", "with its date", "certified", "with the sentence"])
    def it_needs_neither_date_nor_names(self, tmp_path: Path, approval: str) -> None:
        assert problems(tmp_path, approval) == []

    def it_refuses_what_only_the_sentence_prints_without_a_date(self, tmp_path: Path) -> None:
        approval = "  signaturrader: ja\n  ort: Visby\n  justerare: [Anna Andersson]\n"
        assert problems(tmp_path, approval) == [
            "14:3: 'ort' skrivs bara i meningen 'Justerat … den …', som behöver dagen "
            "protokollet justerades; lägg till den, t.ex. datum: 2008-11-25, eller ta bort "
            "'ort'"]

    @pytest.mark.parametrize("names", ['["", ""]', "[Anna Andersson, Bengt Berg]"],
                             ids=["left blank", "named"])
    def it_takes_the_justerare_without_a_date_who_sign_on_lines(self, tmp_path: Path,
                                                                names: str) -> None:
        # (trial 76, F6: two justerare sign paper minutes not yet justerade; the lines
        # are shown in render/test_approval.py)
        approval = f'  signaturrader: ja\n  ordforande: ""\n  justerare: {names}\n'
        assert problems(tmp_path, approval) == []

    @pytest.mark.parametrize("chair", ["Dag Dahl (S)", '""'], ids=["named", "left blank"])
    def it_takes_the_chair_without_a_date_who_signs_on_a_line(self, tmp_path: Path,
                                                              chair: str) -> None:
        # (trial 38, F3: "Ordförandes signatur"; render/test_approval.py shows the line)
        assert problems(tmp_path, f"  signaturrader: ja\n  ordforande: {chair}\n") == []

    def it_is_dated_no_later_than_the_document_as_any_justering(self, tmp_path: Path) -> None:
        assert problems(tmp_path, "  signaturrader: ja\n  datum: 2008-12-03\n") == [
            "14:10: justeringen är daterad 2008-12-03, efter dokumentets datum 2008-12-02; ett "
            "dokument kan inte beskriva en justering som ännu inte har skett, rätta datumen; ett "
            "protokollsutdrag dateras den dag det skrivs ut, oftast justeringsdagen "
            "(sammanträdets dag står i beslutets datum), så sätt datum: 2008-12-03"]

    @pytest.mark.parametrize(("written", "message"), [
        ("signaturrader: kanske", "14:18: 'signaturrader' ska vara ja eller nej"),
        ("underskrifter: ja", "14:3: okänd nyckel 'underskrifter', menade du 'signaturrader'? "
         "(signaturrader: ja skriver rader att skriva under på, 'Justerandes signatur' och, "
         "med utdragsbestyrkande, 'Utdragsbestyrkande', för ett utdrag som justeras på "
         "papper)"),
    ], ids=["not yes or no", "in her own words"])
    def it_says_what_to_write_for_a_slip(self, tmp_path: Path, written: str,
                                         message: str) -> None:
        assert problems(tmp_path, f"  datum: 2008-12-02\n  {written}\n") == [message]

"""A counted vote whose winner is not what the beslutsgång found, or is the yrkande of a
ledamot who reserves himself (trial 78, F2): a warning that names both and says what to
check; a vote that agrees with them, or that the beslutsgång does not decide, passes."""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline

CASE = """\
dokumenttyp: beslut
etikett: Protokollsutdrag
datum: 2024-03-28
dnr: KS 2023/41
titel: Motion om delade turer
beslut:
  beslutande: Kommunfullmäktige
  datum: 2024-03-25
  paragraf: KF § 38
  stil: numrerad
  punkter:
    - Motionen anses besvarad.
  yrkanden:
    - Anders Gäfvert (M) yrkar bifall till motionen.
    - Fredrik Schulte (S) yrkar bifall till kommunstyrelsens förslag.
  beslutsgang: Ordföranden ställer proposition på kommunstyrelsens förslag och Anders
    Gäfverts yrkande och finner att kommunfullmäktige bifaller kommunstyrelsens förslag.
  omrostning:
    ja_betyder: bifall till kommunstyrelsens förslag
    nej_betyder: {no}
    ja: {yes}
    nej: {nays}
  reservationer:
    - Anders Gäfvert (M) reserverar sig mot beslutet till förmån för eget yrkande.
justering:
  datum: 2024-03-28
  justerare: [Anna Andersson, Bengt Berg]
"""


def problems(tmp_path: Path, yes: int, nays: int,
             no: str = "bifall till Anders Gäfverts yrkande", course: str = "") -> list[str]:
    case = tmp_path / "fall.yaml"
    text = CASE.format(yes=yes, nays=nays, no=no)
    if course:
        text = text.replace("och finner att kommunfullmäktige bifaller kommunstyrelsens "
                            "förslag.", course)
    case.write_text(text, encoding="utf-8")
    return [p.format().replace("\u00a0", " ")
            for p in Pipeline().check(case, "fall.yaml").problems]


CHECK = ("kontrollera 'ja' och 'nej' och vad de betyder ('ja_betyder', 'nej_betyder') under "
         "'omrostning'")


class DescribeAVoteWonByTheOtherSide:
    def it_is_a_warning_at_the_finding_and_at_the_winners_reservation(
            self, tmp_path: Path) -> None:
        assert problems(tmp_path, 12, 27) == [
            "fall.yaml:17:26: varning: beslutsgången säger att ordföranden finner att "
            "kommunfullmäktige bifaller kommunstyrelsens förslag, men omröstningen vinns av "
            "nej-sidan, 27 nej-röster mot 12 ja-röster, och nej betyder bifall till Anders "
            f"Gäfverts yrkande; {CHECK}",
            "fall.yaml:24:7: varning: Anders Gäfvert reserverar sig mot beslutet, men det är "
            "Anders Gäfverts eget yrkande som vinner: omröstningen vinns av nej-sidan, "
            "27 nej-röster mot 12 ja-röster, och nej betyder bifall till Anders Gäfverts "
            f"yrkande; {CHECK}, eller reservationen"]

    def it_knows_the_winner_by_what_his_yrkande_asks_for(self, tmp_path: Path) -> None:
        found = problems(tmp_path, 12, 27, no="bifall till motionen",
                         course="och finner bifall till kommunstyrelsens förslag.")
        assert [message.split(": varning: ")[1].split(",")[0] for message in found] == [
            "beslutsgången säger att ordföranden finner bifall till kommunstyrelsens förslag",
            "Anders Gäfvert reserverar sig mot beslutet"]

    def it_passes_when_the_found_side_wins(self, tmp_path: Path) -> None:
        assert problems(tmp_path, 27, 12) == []

    def it_passes_a_finding_that_names_neither_side(self, tmp_path: Path) -> None:
        assert problems(tmp_path, 12, 27, course="och finner att votering ska ske.") == [
            "fall.yaml:24:7: varning: Anders Gäfvert reserverar sig mot beslutet, men det är "
            "Anders Gäfverts eget yrkande som vinner: omröstningen vinns av nej-sidan, "
            "27 nej-röster mot 12 ja-röster, och nej betyder bifall till Anders Gäfverts "
            f"yrkande; {CHECK}, eller reservationen"]

    def it_reads_a_finding_with_bifall_and_avslag(self, tmp_path: Path) -> None:
        found = problems(tmp_path, 12, 27, no="avslag", course="och finner bifall.")
        assert found == [
            "fall.yaml:17:26: varning: beslutsgången säger att ordföranden finner bifall, men "
            "omröstningen vinns av nej-sidan, 27 nej-röster mot 12 ja-röster, och nej betyder "
            f"avslag; {CHECK}"]

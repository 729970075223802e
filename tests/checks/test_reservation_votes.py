"""Reservations checked name by name against the voteringslista (trial 92, F2; sweep of
trials 93–95): a ledamot whom the list records on the winning side, or as absent, gets a
warning at his name in the reservation; those who voted for the losing side or abstained,
and names the list does not have, pass."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline

CASE = """\
dokumenttyp: beslut
etikett: Protokollsutdrag
datum: 2025-02-28
dnr: BUN 2025/12
titel: Skolskjuts vid växelvis boende
beslut:
  beslutande: Barn- och utbildningsnämnden
  datum: 2025-02-26
  paragraf: § 14
  punkter:
    - godkänna förvaltningens förslag.
  yrkanden:
    - Karin Ek (S) yrkar bifall till förvaltningens förslag.
    - Lars Holm (M) yrkar att förslaget ska avslås.
  omrostning:
    ja_betyder: bifall till förvaltningens förslag
    nej_betyder: bifall till Lars Holms yrkande
    voteringslista:
      Karin Ek (S): ja
      Lars Holm (M): nej
      Maria Lind (S): ja
      Nils Berg (C): avstår
      Olle Sand (KD): frånvarande
  reservationer:
    - {reservation}
justering:
  datum: 2025-02-28
  justerare: [Anna Andersson, Bengt Berg]
"""
CHECK = ("den som reserverar sig har röstat mot beslutet eller avstått, så kontrollera namnet "
         "i reservationen och raden")


def problems(tmp_path: Path, reservation: str) -> list[str]:
    case = tmp_path / "fall.yaml"
    case.write_text(CASE.format(reservation=reservation), encoding="utf-8")
    return [p.format() for p in Pipeline().check(case, "fall.yaml").problems]


class DescribeAReservingLedamotOnTheVoteringslista:
    def it_warns_at_one_who_voted_for_the_winning_side(self, tmp_path: Path) -> None:
        assert problems(tmp_path, "Lars Holm (M) och Maria Lind (S) reserverar sig mot "
                                  "beslutet till förmån för Lars Holms yrkande.") == [
            "fall.yaml:25:25: varning: Maria Lind reserverar sig mot beslutet, men röstade ja "
            "enligt voteringslistan, den sida som vann omröstningen (2 ja-röster mot 1 "
            f"nej-röst); {CHECK} 'Maria Lind (S): ja' i voteringslistan"]

    def it_warns_at_one_who_was_absent(self, tmp_path: Path) -> None:
        assert problems(tmp_path, "Olle Sand (KD) reserverar sig mot beslutet.") == [
            "fall.yaml:25:7: varning: Olle Sand reserverar sig mot beslutet, men var "
            f"frånvarande vid omröstningen enligt voteringslistan; {CHECK} 'Olle Sand (KD): "
            "frånvarande' i voteringslistan"]

    def it_gives_no_count_warning_beside_the_names(self, tmp_path: Path) -> None:
        found = problems(tmp_path, "Lars Holm (M), Karin Ek (S) och Maria Lind (S) reserverar "
                                   "sig mot beslutet till förmån för Lars Holms yrkande.")
        assert [message.split(": varning: ")[1].split(" reserverar")[0]
                for message in found] == ["Karin Ek", "Maria Lind"]

    @pytest.mark.parametrize("names", ["Lars Holm (M) och Nils Berg (C)",
                                       "Nils Berg (C) och Eva Strand (M)"])
    def it_passes_the_losing_side_those_who_abstained_and_names_not_listed(
            self, tmp_path: Path, names: str) -> None:
        assert problems(tmp_path, f"{names} reserverar sig mot beslutet till förmån för "
                                  "Lars Holms yrkande.") == []

def test_a_reserving_ledamot_whose_own_yrkande_won_is_left_to_the_vote_check(
        tmp_path: Path) -> None:
    found = problems(tmp_path, "Karin Ek (S) reserverar sig mot beslutet till förmån för "
                               "eget yrkande.")
    assert [message.split(": varning: ")[1][:60] for message in found] == [
        "Karin Ek reserverar sig mot beslutet, men det är Karin Eks e"]

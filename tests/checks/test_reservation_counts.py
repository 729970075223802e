"""Reservations that name more ledamöter than can have voted against the decision (trial 92,
F2): a warning with both numbers at the reservation that passes the count; as many as the
losing side's votes and those who abstained pass."""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline

CASE = """\
dokumenttyp: beslut
etikett: Protokollsutdrag
datum: 2025-02-28
dnr: FRN 2025/12
titel: Hyror för fasta förhyrningar 2025
beslut:
  beslutande: Fritidsnämnden
  datum: 2025-02-26
  paragraf: § 14
  punkter:
    - fastställa hyran enligt förvaltningens förslag.
  yrkanden:
    - Maria Lindström (S) yrkar bifall till förvaltningens förslag.
    - Johan Eriksson (M), Karin Holm (M), Per Sandberg (KD), Lena Ögren (L) och Olle Berg
      (SD) yrkar att hyran för ideella föreningar ska vara oförändrad 2025.
  omrostning:
    ja_betyder: bifall till förvaltningens förslag
    nej_betyder: bifall till Johan Erikssons (M) yrkande
{counts}  reservationer:
{reservations}justering:
  datum: 2025-02-28
  justerare: [Anna Andersson, Bengt Berg]
"""
FIVE = ("    - Johan Eriksson (M), Karin Holm (M), Per Sandberg (KD), Lena Ögren (L) och Olle "
        "Berg (SD) reserverar sig mot beslutet till förmån för eget yrkande.\n")
NAMES = "Johan Eriksson, Karin Holm, Per Sandberg, Lena Ögren och Olle Berg"


def problems(tmp_path: Path, counts: str, reservations: str = FIVE) -> list[str]:
    case = tmp_path / "fall.yaml"
    case.write_text(CASE.format(counts=counts, reservations=reservations), encoding="utf-8")
    return [p.format() for p in Pipeline().check(case, "fall.yaml").problems]


class DescribeMoreReservantsThanVotesAgainst:
    def it_is_a_warning_with_both_numbers(self, tmp_path: Path) -> None:
        assert problems(tmp_path, "    ja: 7\n    nej: 4\n    ledamoter: 11\n") == [
            f"fall.yaml:23:7: varning: 5 ledamöter reserverar sig ({NAMES}), men bara 4 "
            "röstade nej, den sida som förlorade omröstningen; den som reserverar sig har "
            "röstat mot beslutet, så kontrollera namnen i reservationen och 'nej' under "
            "'omrostning'"]

    def it_counts_those_who_abstained(self, tmp_path: Path) -> None:
        assert problems(tmp_path, "    ja: 8\n    nej: 2\n    avstar: 2\n") == [
            f"fall.yaml:23:7: varning: 5 ledamöter reserverar sig ({NAMES}), men bara 4 "
            "röstade nej, den sida som förlorade omröstningen, eller avstod (2 nej-röster "
            "och 2 avstår); den som reserverar sig har röstat mot beslutet eller avstått, så "
            "kontrollera namnen i reservationen och 'nej' och 'avstar' under 'omrostning'"]

    def it_counts_each_ledamot_once_over_the_reservations(self, tmp_path: Path) -> None:
        reservations = FIVE + ("    - Olle Berg (SD) och Eva Strand (SD) reserverar sig "
                               "mot beslutet.\n")
        assert problems(tmp_path, "    ja: 6\n    nej: 5\n", reservations) == [
            f"fall.yaml:23:7: varning: 6 ledamöter reserverar sig ({NAMES[:-14]}, Olle "
            "Berg och Eva Strand), men bara 5 röstade nej, den sida som förlorade "
            "omröstningen; den som reserverar sig har röstat mot beslutet, så kontrollera "
            "namnen i reservationerna och 'nej' under 'omrostning'"]

    def it_knows_the_losing_side_when_ja_loses(self, tmp_path: Path) -> None:
        found = problems(tmp_path, "    ja: 4\n    nej: 7\n")
        assert [message.split(", men ")[1].split(";")[0] for message in found
                if "ledamöter reserverar sig" in message] == [
            "bara 4 röstade ja, den sida som förlorade omröstningen"]

    def it_points_to_the_voteringslista_when_it_counts(self, tmp_path: Path) -> None:
        listed = "".join(f"      {name}: {way}\n" for name, way in [
            ("Maria Lindström (S)", "ja"), ("Anna Ek (S)", "ja"), ("Johan Eriksson (M)", "nej")])
        found = problems(tmp_path, f"    voteringslista:\n{listed}")
        assert [message.split("; ")[1] for message in found] == [
            "den som reserverar sig har röstat mot beslutet, så kontrollera namnen i "
            "reservationen och voteringslistan"]

    def it_passes_as_many_as_voted_against(self, tmp_path: Path) -> None:
        assert problems(tmp_path, "    ja: 6\n    nej: 5\n") == []

    def it_passes_a_reservation_that_names_nobody(self, tmp_path: Path) -> None:
        assert problems(tmp_path, "    ja: 10\n    nej: 1\n", "    - Ledamöterna för "
                        "Moderaterna reserverar sig mot beslutet.\n") == []

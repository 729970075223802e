"""A reservation "till förmån för eget yrkande" in a decision without yrkanden (trial 78,
F8): a warning that shows the yrkande to write; with yrkanden, or another reservation, it
passes."""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline

CASE = """\
dokumenttyp: beslut
etikett: Protokollsutdrag
datum: 2023-11-23
dnr: RS 1876-2023
titel: Patientavgifter 2024
beslut:
  beslutande: Regionfullmäktige
  datum: 2023-11-21
  paragraf: RF § 142
  punkter:
    - höja patientavgiften för besök i öppen vård.
{motions}  reservationer:
    - {reservation}
justering:
  datum: 2023-11-23
  justerare: [Anna Andersson, Bengt Berg]
"""
OWN = "Anders Gäfvert (M) reserverar sig mot beslutet till förmån för eget yrkande."


def problems(tmp_path: Path, reservation: str = OWN, motions: str = "") -> list[str]:
    case = tmp_path / "fall.yaml"
    case.write_text(CASE.format(reservation=reservation, motions=motions), encoding="utf-8")
    return [p.format() for p in Pipeline().check(case, "fall.yaml").problems]


class DescribeAReservationForAnOwnYrkande:
    def it_is_a_warning_without_yrkanden(self, tmp_path: Path) -> None:
        assert problems(tmp_path) == [
            "fall.yaml:13:7: varning: reservationen är till förmån för eget yrkande, men "
            "beslutet har inga 'yrkanden'; skriv yrkandet under 'yrkanden' ('Anders Gäfvert "
            "(M) yrkar …'), eller ta bort 'till förmån för eget yrkande'"]

    def it_shows_an_example_name_when_it_names_nobody(self, tmp_path: Path) -> None:
        assert problems(tmp_path, "Ledamöterna för Vänsterpartiet reserverar sig mot "
                        "beslutet till förmån för eget yrkande.") == [
            "fall.yaml:13:7: varning: reservationen är till förmån för eget yrkande, men "
            "beslutet har inga 'yrkanden'; skriv yrkandet under 'yrkanden' ('Anna Berg (M) "
            "yrkar …'), eller ta bort 'till förmån för eget yrkande'"]

    def it_passes_with_yrkanden(self, tmp_path: Path) -> None:
        motions = "  yrkanden:\n    - Anders Gäfvert (M) yrkar avslag.\n"
        assert problems(tmp_path, motions=motions) == []

    def it_passes_a_reservation_without_an_own_yrkande(self, tmp_path: Path) -> None:
        assert problems(tmp_path, "Anders Gäfvert (M) reserverar sig mot beslutet.") == []

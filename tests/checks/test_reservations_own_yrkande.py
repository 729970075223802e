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


MOTIONS = ("  yrkanden:\n"
           "    - Anders Gäfvert (M) yrkar bifall till motionen.\n"
           "    - Fredrik Schulte (S) yrkar bifall till kommunstyrelsens förslag.\n")
GROUP = ("Anders Gäfvert (M), Lotta Svensson (M) och Bengt Ejdeholm (M) reserverar sig mot "
         "beslutet till förmån för eget yrkande.")


class DescribeAReservationForAnOwnYrkandeByLedamoterWithout:
    def it_names_them_and_suggests_the_reserving_makers_yrkande(
            self, tmp_path: Path) -> None:
        assert problems(tmp_path, GROUP, MOTIONS) == [
            "fall.yaml:16:27: varning: reservationen är till förmån för eget yrkande, men "
            "Lotta Svensson och Bengt Ejdeholm har inget yrkande under 'yrkanden'; skriv "
            "'till förmån för Anders Gäfverts (M) yrkande' om reservationen gäller det "
            "yrkandet, eller skriv deras yrkanden under 'yrkanden'"]

    def it_suggests_the_yrkande_the_losing_side_of_the_vote_means(
            self, tmp_path: Path) -> None:
        vote = ("  omrostning:\n"
                "    ja_betyder: bifall till kommunstyrelsens förslag\n"
                "    nej_betyder: bifall till Anders Gäfverts yrkande\n"
                "    ja: 27\n"
                "    nej: 12\n")
        assert problems(tmp_path, "Lotta Svensson (M) reserverar sig mot beslutet till "
                        "förmån för eget yrkande.", MOTIONS + vote) == [
            "fall.yaml:21:7: varning: reservationen är till förmån för eget yrkande, men "
            "Lotta Svensson har inget yrkande under 'yrkanden'; skriv 'till förmån för "
            "Anders Gäfverts (M) yrkande' om reservationen gäller det yrkandet, eller skriv "
            "Lotta Svenssons yrkande under 'yrkanden'"]

    def it_lists_each_yrkande_the_losing_side_may_be(self, tmp_path: Path) -> None:
        motions = ("  yrkanden:\n"
                   "    - Fredrik Schulte (S) yrkar bifall till kommunstyrelsens förslag.\n"
                   "    - Anders Gäfvert (M) yrkar avslag.\n"
                   "    - Ida Stafrin (C) yrkar avslag.\n"
                   "  omrostning:\n"
                   "    ja_betyder: bifall till kommunstyrelsens förslag\n"
                   "    nej_betyder: avslag\n"
                   "    ja: 27\n"
                   "    nej: 12\n")
        assert problems(tmp_path, "Lotta Svensson (M) reserverar sig mot beslutet till "
                        "förmån för eget yrkande.", motions) == [
            "fall.yaml:22:7: varning: reservationen är till förmån för eget yrkande, men "
            "Lotta Svensson har inget yrkande under 'yrkanden'; skriv vilket yrkande "
            "reservationen gäller ('till förmån för Anders Gäfverts (M) yrkande' eller 'till "
            "förmån för Ida Stafrins (C) yrkande') i stället för 'eget yrkande', eller skriv "
            "Lotta Svenssons yrkande under 'yrkanden'"]

    def it_asks_which_yrkande_when_it_cannot_tell(self, tmp_path: Path) -> None:
        assert problems(tmp_path, "Lotta Svensson (M) reserverar sig mot beslutet till "
                        "förmån för eget yrkande.", MOTIONS) == [
            "fall.yaml:16:7: varning: reservationen är till förmån för eget yrkande, men "
            "Lotta Svensson har inget yrkande under 'yrkanden'; skriv vilket yrkande "
            "reservationen gäller i stället för 'eget yrkande', eller skriv Lotta Svenssons "
            "yrkande under 'yrkanden'"]

    def it_passes_ledamoter_who_join_a_yrkande(self, tmp_path: Path) -> None:
        motions = MOTIONS + ("    - Lotta Svensson (M) och Bengt Ejdeholm (M) instämmer i "
                             "Anders Gäfverts yrkande.\n")
        assert problems(tmp_path, GROUP, motions) == []

    def it_passes_a_reservation_for_a_named_yrkande(self, tmp_path: Path) -> None:
        assert problems(tmp_path, "Lotta Svensson (M) reserverar sig mot beslutet till "
                        "förmån för Anders Gäfverts yrkande.", MOTIONS) == []

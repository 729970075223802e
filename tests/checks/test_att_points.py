"""Specification of the warnings about att-satser that start with 'att' or a capital letter:
a point is printed after 'att', so 'att av stimulansbidraget …' reads 'att att av …' (trial
15) and 'Yttrande över remiss … godkänns.' reads 'att Yttrande …' (trial 14). Names stay as
written: 'att Region Gotland …' is right."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline

HEAD = """\
dokumenttyp: tjansteskrivelse
datum: 2016-05-09
dnr: 0582/16
titel: Yttrande över remiss
"""


def problems(tmp_path: Path, source: str) -> list[str]:
    """Build the case in memory and return its problems as `line:col: message`."""
    path = tmp_path / "fall.yaml"
    path.write_text(source, encoding="utf-8")
    result = Pipeline().build(path)
    return [p.format().removeprefix(f"{path}:") for p in result.problems]


def proposal(point: str, style: str = "att") -> str:
    """A case whose proposal, in the given style, has one point (on line 8)."""
    return HEAD + f"forslag:\n  stil: {style}\n  punkter:\n    - {point}\n"


class DescribeAnAttSatsWithACapital:
    def it_warns_at_the_first_word_and_shows_it_in_lower_case(self, tmp_path: Path) -> None:
        assert problems(tmp_path, proposal("Yttrande över remiss godkänns.")) == [
            "8:7: varning: att-satsen börjar med versal: 'att Yttrande …'; skriv punkten med "
            "liten begynnelsebokstav (yttrande …)",
        ]

    def it_warns_about_a_decision_point_too(self, tmp_path: Path) -> None:
        source = HEAD.replace("tjansteskrivelse", "beslut") + (
            "beslut:\n  beslutande: Kommunstyrelsen\n  punkter:\n    - bidrag utgår\n"
            "    - Uppdra åt förvaltningen att redovisa utfallet\n"
        )
        assert problems(tmp_path, source) == [
            "9:7: varning: att-satsen börjar med versal: 'att Uppdra …'; skriv punkten med "
            "liten begynnelsebokstav (uppdra …)",
        ]

    def it_knows_a_verb_by_its_ending_in_era(self, tmp_path: Path) -> None:
        assert problems(tmp_path, proposal("Revidera budgeten")) == [
            "8:7: varning: att-satsen börjar med versal: 'att Revidera …'; skriv punkten med "
            "liten begynnelsebokstav (revidera …)",
        ]

    @pytest.mark.parametrize("point", [
        "Region Gotland ges i uppdrag att svara",
        "Statskontoret ska underrättas",
        "Vera Andersson utses till ombud",
        "SKR:s rekommendation antas",
        "yttrande över remiss godkänns",
        '"{{ datum | datum_text }} gäller"',
    ])
    def it_leaves_names_acronyms_and_small_letters_alone(
        self, tmp_path: Path, point: str
    ) -> None:
        assert problems(tmp_path, proposal(point)) == []

    def it_leaves_numbered_sentences_alone(self, tmp_path: Path) -> None:
        assert problems(tmp_path, proposal("Yttrande över remiss godkänns.", "numrerad")) == []


class DescribeAnAttSatsStartingWithAtt:
    def it_warns_at_the_word_that_the_document_writes_it_itself(self, tmp_path: Path) -> None:
        source = HEAD.replace("tjansteskrivelse", "beslut") + (
            "beslut:\n  beslutande: Regeringen\n  punkter:\n"
            "    - att av stimulansbidraget ska 70 procent fördelas till kommunerna\n"
        )
        assert problems(tmp_path, source) == [
            "8:7: varning: att-satsen börjar med 'att', som dokumentet själv skriver före "
            "varje punkt; ta bort det",
        ]

    def it_names_the_word_as_written(self, tmp_path: Path) -> None:
        assert problems(tmp_path, proposal("Att godkänna yttrandet")) == [
            "8:7: varning: att-satsen börjar med 'Att', som dokumentet själv skriver före "
            "varje punkt; ta bort det",
        ]

    @pytest.mark.parametrize("point", ["attestera fakturan", "atten är ett ord"])
    def it_leaves_words_that_begin_with_att_alone(self, tmp_path: Path, point: str) -> None:
        assert problems(tmp_path, proposal(point)) == []

    def it_leaves_numbered_sentences_alone(self, tmp_path: Path) -> None:
        assert problems(tmp_path, proposal("att godkänna yttrandet", "numrerad")) == []

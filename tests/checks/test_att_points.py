"""Specification of att-satser that start with 'att' or a capital letter: a point is printed
after 'att', so 'att av stimulansbidraget …' would read 'att att av …' (trial 15) and
'Yttrande över remiss … godkänns.' 'att Yttrande …' (trial 14). The document prints them as
meant (trial 17: the warnings alone still left 'att att' in the .docx), and a warning at the
word says so. Names stay as written: 'att Region Gotland …' is right. A numbered point is
a sentence, left alone unless it begins with a body its lead-in names already (trial 45,
F6: 'Kultur- och fritidsnämnden beslutar …' after 'Kultur- och fritidsnämnden beslutade …:')."""

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
            "8:7: varning: att-satsen börjar med versal, 'att Yttrande …'; dokumentet skriver "
            "'att yttrande över …', skriv punkten med liten begynnelsebokstav",
        ]

    def it_warns_about_a_decision_point_too(self, tmp_path: Path) -> None:
        source = HEAD.replace("tjansteskrivelse", "beslut") + (
            "beslut:\n  beslutande: Kommunstyrelsen\n  punkter:\n    - bidrag utgår\n"
            "    - Uppdra åt förvaltningen att redovisa utfallet\n"
        )
        assert problems(tmp_path, source) == [
            "9:7: varning: att-satsen börjar med versal, 'att Uppdra …'; dokumentet skriver "
            "'att uppdra åt …', skriv punkten med liten begynnelsebokstav",
        ]

    def it_knows_a_verb_by_its_ending_in_era(self, tmp_path: Path) -> None:
        assert problems(tmp_path, proposal("Revidera budgeten")) == [
            "8:7: varning: att-satsen börjar med versal, 'att Revidera …'; dokumentet skriver "
            "'att revidera budgeten …', skriv punkten med liten begynnelsebokstav",
        ]

    def it_knows_a_noun_made_of_a_verb_in_the_definite_form(self, tmp_path: Path) -> None:
        # (trial 40: Tyresö's "Utdebiteringen för 2023 fastställs …" printed 'att Utdebiteringen')
        point = "Utdebiteringen för 2023 fastställs till 19 kronor per skattekrona"
        assert problems(tmp_path, proposal(point)) == [
            "8:7: varning: att-satsen börjar med versal, 'att Utdebiteringen …'; dokumentet "
            "skriver 'att utdebiteringen för …', skriv punkten med liten begynnelsebokstav",
        ]

    @pytest.mark.parametrize(("point", "word", "printed"), [
        # (trial 48: the standard motionssvar printed 'att Motionen anses besvarad' unwarned)
        ("Motionen anses besvarad med ledningskontorets utlåtande.", "Motionen",
         "motionen anses"),
        ("Motionen bifalls.", "Motionen", "motionen bifalls."),
        ("Upprättat förslag till avtal avseende Visby Hällarna 1:7 godkänns.", "Upprättat",
         "upprättat förslag"),
    ])
    def it_knows_the_common_subject_of_a_whole_sentence(
        self, tmp_path: Path, point: str, word: str, printed: str
    ) -> None:
        assert problems(tmp_path, proposal(point)) == [
            f"8:7: varning: att-satsen börjar med versal, 'att {word} …'; dokumentet skriver "
            f"'att {printed} …', skriv punkten med liten begynnelsebokstav",
        ]

    @pytest.mark.parametrize("point", [
        "Region Gotland ges i uppdrag att svara",
        "Byggnadsnämnden får i uppdrag att pröva detaljplanen",
        "Statskontoret ges i uppdrag att svara",
        "Ellen utses till ombud",
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


GOTLAND = """\
beslut:
  beslutande: Kommunfullmäktige
{style}  punkter:
    - Inom en total låneram på 1 000 mnkr bemyndigas kommunstyrelsen teckna borgen.
"""


def decision(point_block: str) -> str:
    """A beslut whose decision is the given block."""
    return HEAD.replace("tjansteskrivelse", "beslut") + point_block


class DescribeAPointWrittenAsAWholeSentence:
    def it_warns_at_the_word_how_to_write_it_in_a_decision(self, tmp_path: Path) -> None:
        assert problems(tmp_path, decision(GOTLAND.format(style=""))) == [
            "8:7: varning: punkten är skriven som en hel mening, inte som en att-sats; "
            "dokumentet skriver 'att Inom en …', skriv den som en att-sats med verbet i "
            "infinitiv (t.ex. 'bemyndiga …') eller skriv 'stil: numrerad' under 'beslut' så "
            "skrivs punkterna som numrerade meningar",
        ]

    def it_points_to_the_proposals_style_in_a_proposal(self, tmp_path: Path) -> None:
        assert problems(tmp_path, proposal("Med hänvisning till yttrandet avslås ansökan")) == [
            "8:7: varning: punkten är skriven som en hel mening, inte som en att-sats; "
            "dokumentet skriver 'att Med hänvisning …', skriv den som en att-sats med verbet "
            "i infinitiv (t.ex. 'bemyndiga …') eller skriv 'stil: numrerad' under 'forslag' "
            "så skrivs punkterna som numrerade meningar",
        ]

    @pytest.mark.parametrize("style", ["  stil: numrerad\n", ""])
    def it_leaves_numbered_sentences_and_small_letters_alone(
        self, tmp_path: Path, style: str
    ) -> None:
        source = GOTLAND.format(style=style)
        if not style:  # (an att-sats may begin with an adverbial: 'att inom ramen …')
            source = source.replace("- Inom en total låneram på 1 000 mnkr bemyndigas",
                                    "- inom en total låneram på 1 000 mnkr bemyndiga")
        assert problems(tmp_path, decision(source)) == []

    def it_warns_at_a_point_that_begins_with_who_decides(self, tmp_path: Path) -> None:
        # (without 'stil: numrerad' as the way out: numbered, the point names the body twice)
        source = decision(GOTLAND.format(style="").replace(
            "Inom en total låneram på 1 000 mnkr bemyndigas kommunstyrelsen teckna borgen.",
            "Kommunfullmäktige väljer revisorer för mandatperioden."))
        assert problems(tmp_path, source) == [
            "8:7: varning: punkten är skriven som en hel mening, inte som en att-sats; "
            "dokumentet skriver 'att Kommunfullmäktige väljer …', skriv den som en att-sats med "
            "verbet i infinitiv (t.ex. 'bemyndiga …')",
        ]

    def it_warns_at_a_point_that_begins_with_the_body_proposed_to(self, tmp_path: Path) -> None:
        # (trial 40: under 'foreslar: kommunfullmäktige', "Kommunfullmäktige fastställer …")
        source = decision(GOTLAND.format(style="  foreslar: kommunfullmäktige\n").replace(
            "Kommunfullmäktige", "Kommunstyrelsen").replace(
            "Inom en total låneram på 1 000 mnkr bemyndigas kommunstyrelsen teckna borgen.",
            "Kommunfullmäktige fastställer utdebiteringen."))
        assert problems(tmp_path, source) == [
            "9:7: varning: punkten är skriven som en hel mening, inte som en att-sats; "
            "dokumentet skriver 'att Kommunfullmäktige fastställer …', skriv den som en "
            "att-sats med verbet i infinitiv (t.ex. 'bemyndiga …')",
        ]

    def it_leaves_a_name_that_only_begins_like_who_decides(self, tmp_path: Path) -> None:
        source = decision(GOTLAND.format(style="").replace(
            "Inom en total låneram på 1 000 mnkr bemyndigas kommunstyrelsen teckna borgen.",
            "Kommunfullmäktiges presidium ges i uppdrag att svara"))
        assert problems(tmp_path, source) == []

    def it_takes_the_numbered_style_from_the_house_style(self, tmp_path: Path) -> None:
        source = decision(GOTLAND.format(style="")).replace(
            "titel:", "organisation: region-jamtland-harjedalen\ntitel:").replace(
            "dnr: 0582/16", "dnr: RS/1854/2019")
        path = tmp_path / "fall.yaml"
        path.write_text(source, encoding="utf-8")
        result = Pipeline().build(path)
        assert [p.format() for p in result.problems] == []
        markdown = result.files["fall.md"].decode("utf-8")
        assert "beslutar:\n\nInom en total låneram" in markdown  # (one sentence: no "1.")

    def it_prints_the_point_as_written(self, tmp_path: Path) -> None:
        path = tmp_path / "fall.yaml"
        path.write_text(decision(GOTLAND.format(style="")), encoding="utf-8")
        markdown = Pipeline().build(path).files["fall.md"].decode("utf-8")
        assert "att Inom en total låneram" in markdown


KEEP = ("vill du behålla källans ordalydelse, skriv 'inledning: nej' under 'beslut', så skrivs "
        "ingen inledning före punkterna")
STIPENDS = """\
beslut:
  beslutande: Kultur- och fritidsnämnden
  datum: 2002-02-20
  paragraf: § 15
  stil: numrerad
  punkter:
    - {point}
"""


class DescribeANumberedPointThatBeginsWithWhoDecides:
    def it_warns_that_the_lead_in_names_the_body_and_shows_what_is_decided(
            self, tmp_path: Path) -> None:
        # (trial 45, F6: "Kultur- och fritidsnämnden beslutade den 20 februari 2002, § 15:"
        # then "Kultur- och fritidsnämnden beslutar i enlighet med …")
        point = ("Kultur- och fritidsnämnden beslutar i enlighet med arbetsutskottets förslag, "
                 "dessutom erhåller Anne Askengren 15 000 kr.")
        assert problems(tmp_path, decision(STIPENDS.format(point=point))) == [
            "11:7: varning: punkten börjar med 'Kultur- och fritidsnämnden beslutar', men "
            "inledningen före punkterna namnger redan Kultur- och fritidsnämnden; börja punkten "
            "med det som beslutas, här 'I enlighet med arbetsutskottets …', eller med 'att …'; "
            f"{KEEP}",
        ]

    def it_names_no_example_after_another_verb(self, tmp_path: Path) -> None:
        point = "Kultur- och fritidsnämnden fastställer fördelningen."
        assert problems(tmp_path, decision(STIPENDS.format(point=point))) == [
            "11:7: varning: punkten börjar med 'Kultur- och fritidsnämnden fastställer', men "
            "inledningen före punkterna namnger redan Kultur- och fritidsnämnden; börja punkten "
            f"med det som beslutas eller med 'att …'; {KEEP}",
        ]

    def it_warns_at_the_body_a_decision_proposes_to(self, tmp_path: Path) -> None:
        source = decision(STIPENDS.format(point="Kommunfullmäktige antar taxan.").replace(
            "  stil:", "  foreslar: kommunfullmäktige\n  stil:"))
        assert problems(tmp_path, source) == [
            "12:7: varning: punkten börjar med 'Kommunfullmäktige antar', men inledningen före "
            "punkterna namnger redan Kommunfullmäktige; börja punkten med det som beslutas "
            "eller med 'att …'",
        ]

    def it_warns_in_a_numbered_proposal_whose_lead_in_names_the_body(
            self, tmp_path: Path) -> None:
        source = proposal("Kommunstyrelsen beslutar att anta taxan.", "numrerad").replace(
            "forslag:\n", "forslag:\n  beslutande: Kommunstyrelsen\n")
        assert problems(tmp_path, source) == [
            "9:7: varning: punkten börjar med 'Kommunstyrelsen beslutar', men inledningen före "
            "punkterna namnger redan Kommunstyrelsen; börja punkten med det som beslutas, här "
            "'att anta taxan.'",
        ]

    @pytest.mark.parametrize("point", [
        "I enlighet med arbetsutskottets förslag erhåller Anne Askengren 15 000 kr.",
        "Kultur- och fritidsnämndens arbetsutskott får i uppdrag att följa upp projekten.",
    ])
    def it_leaves_a_point_that_begins_otherwise_alone(self, tmp_path: Path, point: str) -> None:
        assert problems(tmp_path, decision(STIPENDS.format(point=point))) == []


class DescribeADecisionVerbInCapitals:
    @pytest.mark.parametrize(("point", "word", "printed"), [
        ("Bemyndiga kommunstyrelsen att teckna borgen", "Bemyndiga", "bemyndiga kommunstyrelsen"),
        ("Avyttra fastigheten Visby Klinten 1:2", "Avyttra", "avyttra fastigheten"),
    ])
    def it_warns_and_prints_it_in_lower_case(
        self, tmp_path: Path, point: str, word: str, printed: str
    ) -> None:
        source = decision(GOTLAND.format(style="").replace(
            "Inom en total låneram på 1 000 mnkr bemyndigas kommunstyrelsen teckna borgen.",
            point))
        assert problems(tmp_path, source) == [
            f"8:7: varning: att-satsen börjar med versal, 'att {word} …'; dokumentet skriver "
            f"'att {printed} …', skriv punkten med liten begynnelsebokstav",
        ]


class DescribeAnAttSatsStartingWithAtt:
    def it_warns_at_the_word_that_the_document_writes_it_itself(self, tmp_path: Path) -> None:
        source = HEAD.replace("tjansteskrivelse", "beslut") + (
            "beslut:\n  beslutande: Regeringen\n  punkter:\n"
            "    - att av stimulansbidraget ska 70 procent fördelas till kommunerna\n"
        )
        assert problems(tmp_path, source) == [
            "8:7: varning: att-satsen börjar med 'att', som dokumentet själv skriver före "
            "varje punkt; dokumentet skriver 'att av stimulansbidraget …', ta bort 'att' ur "
            "punkten",
        ]

    def it_names_the_word_as_written(self, tmp_path: Path) -> None:
        assert problems(tmp_path, proposal("Att godkänna yttrandet")) == [
            "8:7: varning: att-satsen börjar med 'Att', som dokumentet själv skriver före "
            "varje punkt; dokumentet skriver 'att godkänna yttrandet …', ta bort 'Att' ur "
            "punkten",
        ]

    @pytest.mark.parametrize("point", ["attestera fakturan", "atten är ett ord"])
    def it_leaves_words_that_begin_with_att_alone(self, tmp_path: Path, point: str) -> None:
        assert problems(tmp_path, proposal(point)) == []

    def it_leaves_numbered_sentences_alone(self, tmp_path: Path) -> None:
        assert problems(tmp_path, proposal("att godkänna yttrandet", "numrerad")) == []


class DescribeTheDocument:
    @pytest.mark.parametrize(("point", "printed"), [
        ("att av stimulansbidraget ska 70 procent fördelas", "att av stimulansbidraget ska"),
        ("Att Föreslå regionfullmäktige att fastställa", "att föreslå regionfullmäktige"),
        ("Yttrande över remiss godkänns.", "att yttrande över remiss godkänns."),
        ("Region Gotland ges i uppdrag att svara", "att Region Gotland ges i uppdrag"),
        ("attestera fakturan", "att attestera fakturan"),
    ])
    def it_prints_a_point_after_att_as_meant(self, tmp_path: Path, point: str,
                                             printed: str) -> None:
        path = tmp_path / "fall.yaml"
        path.write_text(proposal(point), encoding="utf-8")
        markdown = Pipeline().build(path).files["fall.md"].decode("utf-8")
        assert printed in markdown
        assert "att att" not in markdown.lower().replace("att attestera", "")

    def it_leaves_a_numbered_point_as_written(self, tmp_path: Path) -> None:
        path = tmp_path / "fall.yaml"
        path.write_text(proposal("Yttrande över remiss godkänns.", "numrerad"), encoding="utf-8")
        assert "Yttrande över remiss godkänns." in (
            Pipeline().build(path).files["fall.md"].decode("utf-8"))

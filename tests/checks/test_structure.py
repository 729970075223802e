"""Specification of the structural checks: a case `beslut check` passes holds everything its
document kind and its sections ask for, and each problem points at the key that causes it."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline

HEAD = """\
dokumenttyp: beslutsunderlag
datum: 2024-02-15
dnr: HSN 2024/1
titel: Ett beslut
"""

SPLIT_A = """\
uppdelningar:
  - namn: a
    summa: 1000
    metod: lika
    parter:
      - namn: X
"""


def problems(tmp_path: Path, source: str) -> list[str]:
    """Build the case in memory and return its problems as `line:col: message`."""
    path = tmp_path / "fall.yaml"
    path.write_text(source, encoding="utf-8")
    result = Pipeline().build(path)
    return [p.format().removeprefix(f"{path}:") for p in result.problems]


class DescribeATableWithoutItsData:
    @pytest.mark.parametrize(
        ("table", "key", "what"),
        [
            ("medel", "medel", "medlen per område"),
            ("medelslista", "medel", "medlen per område"),
            ("risk", "risk", "medel som riskerar återbetalning"),
            ("sammanstallning", "fordelning", "fördelningen (områden och insatser)"),
            ("insatser", "fordelning", "fördelningen (områden och insatser)"),
        ],
    )
    def it_points_at_the_tabell_key_and_names_the_missing_block(
        self, tmp_path: Path, table: str, key: str, what: str
    ) -> None:
        source = HEAD + f"avsnitt:\n  - rubrik: Tabell\n    tabell: {table}\n"
        assert problems(tmp_path, source) == [
            f"7:13: tabellen '{table}' visar {what}, men ärendet saknar '{key}'; lägg till det"
        ]


class DescribeASplitTable:
    def it_needs_the_name_of_a_split(self, tmp_path: Path) -> None:
        source = HEAD + "avsnitt:\n  - rubrik: Delning\n    tabell: uppdelning\n" + SPLIT_A
        assert problems(tmp_path, source) == [
            "7:13: 'tabell: uppdelning' behöver 'uppdelning:' med uppdelningens namn, finns: 'a'"
        ]

    def it_says_when_the_case_has_no_splits_at_all(self, tmp_path: Path) -> None:
        source = HEAD + "avsnitt:\n  - rubrik: Delning\n    tabell: uppdelning\n"
        assert problems(tmp_path, source) == [
            "7:13: 'tabell: uppdelning' behöver 'uppdelning:' med uppdelningens namn, "
            "finns: inga (lägg till 'uppdelningar')"
        ]

    def it_rejects_an_unknown_split_name_and_lists_the_known_ones(self, tmp_path: Path) -> None:
        source = (HEAD + "avsnitt:\n  - rubrik: Delning\n    tabell: uppdelning\n"
                  "    uppdelning: b\n" + SPLIT_A)
        assert problems(tmp_path, source) == [
            "8:17: det finns ingen uppdelning som heter 'b', finns: 'a'"
        ]

    def it_accepts_a_known_split_name(self, tmp_path: Path) -> None:
        source = (HEAD + "avsnitt:\n  - rubrik: Delning\n    tabell: uppdelning\n"
                  "    uppdelning: a\n" + SPLIT_A)
        assert problems(tmp_path, source) == []

    def it_rejects_uppdelning_without_the_split_table(self, tmp_path: Path) -> None:
        source = HEAD + "avsnitt:\n  - rubrik: Text\n    text: Se nedan.\n    uppdelning: a\n" \
            + SPLIT_A
        assert problems(tmp_path, source) == [
            "8:17: 'uppdelning' används bara med 'tabell: uppdelning', lägg till det eller ta bort"
        ]

    def it_warns_about_a_heading_with_nothing_under_it(self, tmp_path: Path) -> None:
        """Trial 56, F6: "Projektansökningar" printed alone right above "Beslut"."""
        source = HEAD + ("avsnitt:\n  - rubrik: Projektansökningar\n"
                         "  - rubrik: Yttre\n    avsnitt:\n      - rubrik: Inre\n"
                         "        text: Text.\n")
        assert problems(tmp_path, source) == [
            "6:13: varning: avsnittet 'Projektansökningar' har bara en rubrik, som står ensam "
            "i dokumentet; skriv en text under den ('text: …') eller ta bort avsnittet"]

    def it_says_what_to_write_when_tabell_names_a_split(self, tmp_path: Path) -> None:
        source = HEAD + "avsnitt:\n  - rubrik: Delning\n    tabell: a\n" + SPLIT_A
        assert problems(tmp_path, source) == [
            "7:13: 'a' är namnet på en uppdelning, inte på en tabell; skriv "
            "'tabell: uppdelning' och på raden under 'uppdelning: a'"
        ]

    def it_checks_subsections_too(self, tmp_path: Path) -> None:
        source = (HEAD + "avsnitt:\n  - rubrik: Yttre\n    avsnitt:\n"
                  "      - rubrik: Inre\n        tabell: uppdelning\n        uppdelning: b\n"
                  + SPLIT_A)
        assert problems(tmp_path, source) == [
            "10:21: det finns ingen uppdelning som heter 'b', finns: 'a'"
        ]


class DescribeSplitNames:
    def it_rejects_a_second_split_with_the_same_name_at_its_namn(self, tmp_path: Path) -> None:
        source = HEAD + SPLIT_A + (
            "  - namn: a\n    summa: 2000\n    metod: lika\n    parter:\n      - namn: Y\n"
        )
        assert problems(tmp_path, source) == [
            "11:11: uppdelningen 'a' finns redan på rad 6, ge den ett eget namn"
        ]


class DescribeABeslutPerCapsulam:
    def it_needs_its_beslut_block(self, tmp_path: Path) -> None:
        source = HEAD.replace("beslutsunderlag", "beslut_per_capsulam") + (
            "forslag:\n  punkter:\n    - något\n"
        )
        assert problems(tmp_path, source) == [
            "1:14: dokumenttypen 'beslut_per_capsulam' behöver 'beslut' med beslutet "
            "(vem som beslutar och att-satserna), lägg till det"
        ]

    PER_CAPSULAM = HEAD.replace("beslutsunderlag", "beslut_per_capsulam") + (
        "beslut:\n  beslutande: Nätverket\n  punkter:\n    - godkänna planen\n"
    )

    @staticmethod
    def meeting_only(key: str) -> str:
        return (f"'{key}' hör till ett beslut som fattas på ett sammanträde, men ett beslut per "
                f"capsulam fattas utan sammanträde och kan inte ha några {key}; ta bort "
                f"'{key}', eller skriv 'dokumenttyp: beslut' om beslutet fattades på ett möte")

    def it_has_no_reservations_nor_protocol_notes(self, tmp_path: Path) -> None:
        source = self.PER_CAPSULAM + (
            "  reservationer:\n    - Peter Nyström (SD) reserverar sig mot beslutet.\n"
            "  protokollsanteckningar:\n    - Anna Berg (V) antecknar till protokollet.\n"
        )
        assert problems(tmp_path, source) == [
            f"9:3: {self.meeting_only('reservationer')}",
            f"11:3: {self.meeting_only('protokollsanteckningar')}",
        ]

    @pytest.mark.parametrize(("label", "name"), [
        ("Ordförandebeslut", "ett ordförandebeslut"),
        ("Brådskande beslut", "ett brådskande beslut"),
        ("Beslut per capsulam", "ett beslut per capsulam"),
        ("Protokollsutdrag", "ett beslut per capsulam"),
    ])
    def it_names_the_decision_by_its_label_when_that_names_one(
        self, tmp_path: Path, label: str, name: str
    ) -> None:
        # (trial 30: an ordförandebeslut's reservation was "ett beslut per capsulam")
        source = f"etikett: {label}\n" + self.PER_CAPSULAM + (
            "  reservationer:\n    - Kalle (S) reserverar sig.\n")
        assert problems(tmp_path, source) == [
            "10:3: 'reservationer' hör till ett beslut som fattas på ett sammanträde, men "
            f"{name} fattas utan sammanträde och kan inte ha några reservationer; ta bort "
            "'reservationer', eller skriv 'dokumenttyp: beslut' om beslutet fattades på ett "
            "möte"]

    def it_may_leave_the_lists_empty(self, tmp_path: Path) -> None:
        source = self.PER_CAPSULAM + "  reservationer: []\n"
        assert problems(tmp_path, source) == []

    def it_is_a_decision_taken_at_a_meeting_that_has_them(self, tmp_path: Path) -> None:
        source = self.PER_CAPSULAM.replace("beslut_per_capsulam", "beslut") + (
            "  reservationer:\n    - Peter Nyström (SD) reserverar sig mot beslutet.\n"
        )
        assert problems(tmp_path, source) == []


class DescribeAJustering:
    def it_is_warned_about_in_a_case_without_a_decision(self, tmp_path: Path) -> None:
        source = HEAD + "justering:\n  datum: 2024-02-15\n  justerare: [Anna Andersson]\n"
        assert problems(tmp_path, source) == [
            "5:1: varning: 'justering' hör till ett beslut (den justerar protokollet som "
            "beslutet står i), men ärendet har inget 'beslut'; lägg till beslutet eller ta "
            "bort 'justering'"
        ]


class DescribeTheProposalLeadIn:
    def it_needs_beslutande_when_forslagsstallare_is_given(self, tmp_path: Path) -> None:
        source = HEAD + "forslag:\n  forslagsstallare: Styrgruppen\n  punkter:\n    - något\n"
        assert problems(tmp_path, source) == [
            "6:21: 'forslagsstallare' skrivs i inledningen 'X föreslår Y besluta', som också "
            "behöver vem som föreslås besluta; lägg till 'beslutande' (t.ex. 'beslutande: "
            "Kommunstyrelsen') eller ta bort 'forslagsstallare'"
        ]

    def it_accepts_beslutande_alone(self, tmp_path: Path) -> None:
        # (trial 30: "Samverkansnämnden föreslås besluta" was an error without a proposer)
        source = HEAD + "forslag:\n  beslutande: Nämnden\n  punkter:\n    - något\n"
        assert problems(tmp_path, source) == []

    def it_accepts_both_or_neither(self, tmp_path: Path) -> None:
        both = HEAD + ("forslag:\n  forslagsstallare: Styrgruppen\n  beslutande: Nämnden\n"
                       "  punkter:\n    - något\n")
        neither = HEAD + "forslag:\n  punkter:\n    - något\n"
        assert problems(tmp_path, both) == []
        assert problems(tmp_path, neither) == []


    def it_needs_forslagsstallare_for_a_yrkande(self, tmp_path: Path) -> None:
        source = HEAD + ("forslag:\n  inledning: yrkar\n  beslutande: Nämnden\n"
                         "  punkter:\n    - något\n")
        assert problems(tmp_path, source) == [
            "6:14: 'inledning: yrkar' skrivs 'X yrkar att …' och behöver vem som yrkar; lägg "
            "till 'forslagsstallare' (t.ex. 'forslagsstallare: Sverigedemokraterna')"
        ]
        alone = HEAD + ("forslag:\n  inledning: yrkar\n  forslagsstallare: Centerpartiet\n"
                        "  punkter:\n    - något\n")
        assert problems(tmp_path, alone) == []

    def it_needs_beslutande_for_a_proposal_onward(self, tmp_path: Path) -> None:
        # (trial 82, F6: "… föreslår socialnämnden besluta att föreslå kommunfullmäktige
        # besluta" names who is proposed to decide)
        source = HEAD + ("forslag:\n  forslagsstallare: Socialförvaltningen\n"
                         "  foreslar: Kommunfullmäktige\n  punkter:\n    - anta taxan\n")
        assert problems(tmp_path, source) == [
            "7:13: 'foreslar' skrivs i inledningen 'Y föreslås besluta att föreslå "
            "kommunfullmäktige besluta', som också behöver vem som föreslås besluta; lägg till "
            "'beslutande' (t.ex. 'beslutande: Socialnämnden')"
        ]


REFERENCE_ONLY_IN_TEXTS = (
    "hänvisningar med {{ … }} fungerar bara i texter (text, text_efter, punkter, yrkanden, "
    "beslutsgang, reservationer och protokollsanteckningar); "
    "skriv värdet som vanlig text här"
)


class DescribeReferencesOutsideTexts:
    def it_rejects_them_in_the_title(self, tmp_path: Path) -> None:
        source = HEAD.replace("titel: Ett beslut", 'titel: "Beslut om {{ summa }}"')
        assert problems(tmp_path, source) == [f"4:8: {REFERENCE_ONLY_IN_TEXTS}"]

    def it_rejects_them_in_the_deciding_body(self, tmp_path: Path) -> None:
        source = HEAD.replace("beslutsunderlag", "beslut_per_capsulam") + (
            'beslut:\n  beslutande: "{{ x }}"\n  punkter:\n    - besluta\n'
        )
        assert problems(tmp_path, source) == [f"6:15: {REFERENCE_ONLY_IN_TEXTS}"]

    def it_rejects_statements_as_well_as_expressions(self, tmp_path: Path) -> None:
        source = HEAD + 'avsnitt:\n  - rubrik: "{% if true %}A{% endif %}"\n    text: B\n'
        assert problems(tmp_path, source) == [f"6:13: {REFERENCE_ONLY_IN_TEXTS}"]

    def it_accepts_them_in_texts_and_points(self, tmp_path: Path) -> None:
        source = HEAD.replace("beslutsunderlag", "beslut_per_capsulam") + (
            "avsnitt:\n  - rubrik: Ärendet\n    text: Daterat {{ datum }}.\n"
            "beslut:\n  beslutande: Nämnden\n  punkter:\n    - besluta {{ datum }}\n"
        )
        assert problems(tmp_path, source) == []


EVENTS = """\
handelser:
  - datum: 2014-06-19
    text: Regeringens uppdrag
  - datum: 2015-01-20
    text: Statskontorets rapport
"""


def unshown_event(line: int, text: str, index: int, kind: str = "beslutsunderlag") -> str:
    """The warning for an event no text refers to."""
    return (
        f"{line}:11: varning: händelsen '{text}' visas inte i dokumentet: dokumenttypen {kind} "
        "(liksom alla andra) visar en händelse i 'handelser' bara där en text hänvisar till "
        f"den; skriv {{{{ handelser[{index}].datum | datum_text }}}} i ett avsnitts text, eller "
        "skriv händelsen direkt i texten"
    )


class DescribeAnEventNoTextRefersTo:
    """No document kind prints `handelser`: an event is shown only where a text refers to it
    (trial 14: an event in a tjansteskrivelse vanished without a word)."""

    def it_is_warned_about_at_its_text_naming_the_kind(self, tmp_path: Path) -> None:
        source = HEAD.replace("beslutsunderlag", "tjansteskrivelse") + EVENTS
        assert problems(tmp_path, source) == [
            unshown_event(7, "Regeringens uppdrag", 0, "tjansteskrivelse"),
            unshown_event(9, "Statskontorets rapport", 1, "tjansteskrivelse"),
        ]

    def it_is_shown_by_a_reference_to_its_index_in_any_text(self, tmp_path: Path) -> None:
        source = HEAD + EVENTS + (
            "avsnitt:\n  - text: Uppdraget kom {{ handelser[0].datum | datum_text }}.\n"
        )
        assert problems(tmp_path, source) == [unshown_event(9, "Statskontorets rapport", 1)]

    def it_is_shown_by_the_dotted_index_in_a_point_too(self, tmp_path: Path) -> None:
        source = HEAD + EVENTS + (
            "avsnitt:\n  - text: Se {{ handelser.1.text }}.\n"
            "forslag:\n  punkter:\n    - godkänna {{ handelser[0].text }}\n"
        )
        assert problems(tmp_path, source) == []

    def it_adds_no_warning_to_a_reference_it_cannot_read(self, tmp_path: Path) -> None:
        source = HEAD + EVENTS + "avsnitt:\n  - text: Senast {{ handelser[-1].text }}.\n"
        assert problems(tmp_path, source) == [
            "11:18: i texten får {{ … }} bara innehålla en uppgift och formatering, inte "
            "räkneoperationer (summor räknas ut av verktyget); skriv t.ex. {{ belopp.<namn> }}"
        ]

"""Tests for generator.render.abbreviations: long forms at first use, and the legend."""

from __future__ import annotations

import pytest

from generator.formatting import genitive
from generator.render.abbreviations import expand_first_use, legend

ABBREVIATIONS = {
    "LCHNV": "Länschefsnätverket",
    "RSS": "regional samverkans- och stödstruktur",
    "SKR": "Sveriges Kommuner och Regioner",
    "MHFA": "Mental Health First Aid",
    "ÖK": "överenskommelse",
    "PV": "Primärvården",
}


def expand(text: str, skip_lines: int = 0) -> str:
    return expand_first_use(text, ABBREVIATIONS, skip_lines)


def test_first_use_only() -> None:
    text = "LCHNV beslutar. Sedan beslutar LCHNV igen."
    assert expand(text) == "Länschefsnätverket (LCHNV) beslutar. Sedan beslutar LCHNV igen."


def test_mid_sentence_keeps_lower_case_long_form() -> None:
    text = "Medlen fördelas av RSS till kommunerna."
    expected = "Medlen fördelas av regional samverkans- och stödstruktur (RSS) till kommunerna."
    assert expand(text) == expected


def test_sentence_start_gets_capital() -> None:
    text = "Bakgrund finns. RSS fördelar medlen."
    expected = "Bakgrund finns. Regional samverkans- och stödstruktur (RSS) fördelar medlen."
    assert expand(text) == expected


def test_after_dotted_abbreviation_is_not_sentence_start() -> None:
    text = "Stöd ges t.ex. RSS och andra."
    assert expand(text) == "Stöd ges t.ex. regional samverkans- och stödstruktur (RSS) och andra."


def test_genitive() -> None:
    text = "Enligt LCHNV:s beslut och LCHNV:s protokoll."
    expected = "Enligt Länschefsnätverkets (LCHNV) beslut och LCHNV:s protokoll."
    assert expand(text) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Länschefsnätverket", "Länschefsnätverkets"),
        ("Polsam", "Polsams"),
        ("Västra Götalandsregionen", "Västra Götalandsregionens"),
        ("Borlänge kommuns", "Borlänge kommuns"),
        ("Fax", "Fax"),
        ("Kranz", "Kranz"),
    ],
)
def test_genitive_rule(name: str, expected: str) -> None:
    assert genitive(name) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Länschefsnätverket (LCHNV) beslutar. LCHNV möts igen.",
        "Länsnätverket för förvaltningschefer (Länschefsnätverket, LCHNV) beslutar.",
        "Enligt Länschefsnätverket, LCHNV, gäller detta.",
        "Utbildning i MHFA, Mental Health First Aid, för instruktörer.",
        "Utbildning i MHFA (Mental Health First Aid) för instruktörer.",
    ],
)
def test_already_defined_is_left_alone(text: str) -> None:
    assert expand(text) == text


def test_long_form_earlier_gets_the_abbreviation_instead() -> None:
    text = "Styrgruppen för Länschefsnätverket har berett ärendet. LCHNV beslutar."
    expected = "Styrgruppen för Länschefsnätverket (LCHNV) har berett ärendet. LCHNV beslutar."
    assert expand(text) == expected


def test_long_form_in_genitive_earlier_counts() -> None:
    text = "Länschefsnätverkets styrgrupp har berett. LCHNV beslutar."
    expected = "Länschefsnätverkets (LCHNV) styrgrupp har berett. LCHNV beslutar."
    assert expand(text) == expected


def test_long_form_alone_is_not_touched() -> None:
    text = "Länschefsnätverket beslutar."
    assert expand(text) == text


def test_whole_words_and_case() -> None:
    text = "RSSX och rss och LCHNVs och PVC står kvar."
    assert expand(text) == text


def test_compounds_and_inflections_are_not_expanded() -> None:
    text = "En RSS-satsning och RSS:en. Sedan RSS."
    expected = "En RSS-satsning och RSS:en. Sedan regional samverkans- och stödstruktur (RSS)."
    assert expand(text) == expected


def test_colon_as_punctuation_still_counts() -> None:
    text = "Ansvar har SKR: staten betalar."
    assert expand(text) == "Ansvar har Sveriges Kommuner och Regioner (SKR): staten betalar."


def test_skip_header_lines() -> None:
    text = "RSS Dalarna\nLCHNV\n\nRSS fördelar. LCHNV beslutar.\n"
    expected = (
        "RSS Dalarna\nLCHNV\n\nRegional samverkans- och stödstruktur (RSS) fördelar. "
        "Länschefsnätverket (LCHNV) beslutar.\n"
    )
    assert expand(text, skip_lines=2) == expected


def test_long_form_in_header_does_not_count() -> None:
    text = "Länschefsnätverket\n\nLCHNV beslutar.\n"
    expected = "Länschefsnätverket\n\nLänschefsnätverket (LCHNV) beslutar.\n"
    assert expand(text, skip_lines=1) == expected


def test_link_urls_untouched() -> None:
    text = (
        "Se [sidan](https://example.se/RSS/LCHNV) och <https://example.se/SKR> "
        "eller https://example.se/PV samt rss@SKR.se. Sedan RSS."
    )
    expected = text.replace("Sedan RSS.", "Sedan regional samverkans- och stödstruktur (RSS).")
    assert expand(text) == expected


def test_link_text_is_text() -> None:
    text = "Läs [om RSS](https://example.se/RSS)."
    expected = "Läs [om regional samverkans- och stödstruktur (RSS)](https://example.se/RSS)."
    assert expand(text) == expected


def test_code_and_fenced_blocks_untouched() -> None:
    text = "Koden `RSS` och\n```\nRSS\n```\nsedan RSS.\n"
    expected = text.replace("sedan RSS", "sedan regional samverkans- och stödstruktur (RSS)")
    assert expand(text) == expected


def test_a_heading_is_not_where_it_is_introduced_running_text_is() -> None:
    text = "# Beslut\n\n## 1. Uppdrag till RSS\n\nRSS ska fördela medlen.\n"
    expected = (
        "# Beslut\n\n## 1. Uppdrag till RSS\n\n"
        "Regional samverkans- och stödstruktur (RSS) ska fördela medlen.\n"
    )
    assert expand(text) == expected


def test_a_use_only_in_a_heading_or_a_header_row_stays_as_written() -> None:
    # A column header is a label (trial 59: "KF" over a column of a sammanträdesplan was
    # printed "Kommunfullmäktige (KF)" and wrapped to three lines).
    text = "## RSS uppdrag\n\n| Insats | PV |\n|---|--:|\n| Samordning | 3 |\n"
    assert expand(text) == text


def test_a_table_cell_introduces_one() -> None:
    # (seed 003: its table's cells are the only place NSPH, UM and AOSP appear)
    text = "## RSS uppdrag\n\n| Insats | Ansvar |\n|---|--:|\n| Samordning | PV |\n"
    assert expand(text) == text.replace("| PV |\n", "| Primärvården (PV) |\n")


def test_a_table_cell_before_the_running_text_introduces_it() -> None:
    text = "| Insats | Ansvar |\n|---|--:|\n| Samordning | PV |\n\nPV ansvarar.\n"
    assert expand(text) == text.replace("| PV |", "| Primärvården (PV) |")


def test_a_long_form_in_a_table_cell_gets_the_abbreviation_a_use_follows() -> None:
    text = "| Nämnd | Belopp |\n|---|--:|\n| Primärvården | 3 |\n\nPV ansvarar.\n"
    assert expand(text) == text.replace("| Primärvården |", "| Primärvården (PV) |")


def test_a_glossary_line_giving_the_long_form_beside_it_is_left_alone() -> None:
    # trial 59: "KSAU Kommunstyrelsens arbetsutskott" became
    # "Kommunstyrelsens arbetsutskott (KSAU) Kommunstyrelsens arbetsutskott".
    glossary = {"KF": "Kommunfullmäktige", "KSAU": "Kommunstyrelsens arbetsutskott"}
    text = "KF Kommunfullmäktige\\\nKSAU Kommunstyrelsens arbetsutskott\n\nKF beslutar.\n"
    assert expand_first_use(text, glossary) == text


def test_a_long_form_right_before_the_abbreviation_defines_it_too() -> None:
    text = "Primärvården – PV – ansvarar. PV betalar.\n"
    assert expand(text) == text


def test_a_long_form_on_another_line_does_not_define_it() -> None:
    text = "PV\n\nPrimärvården betalar.\n"
    assert expand(text) == "Primärvården (PV)\n\nPrimärvården betalar.\n"


def test_a_long_form_gets_the_abbreviation_only_when_a_use_follows() -> None:
    text = "Primärvården ansvarar.\n\n| Insats | Ansvar |\n|---|--:|\n| Samordning | PV |\n"
    assert expand(text) == text.replace("Primärvården ansvarar", "Primärvården (PV) ansvarar")


def test_a_long_form_no_use_follows_is_left_alone() -> None:
    text = "## PV\n\nPrimärvården ansvarar. Primärvården betalar.\n"
    assert expand(text) == text


def test_never_a_parenthesis_right_after_the_abbreviation() -> None:
    # The long form in "Primärvården (Gällivare)" is passed over for the next place.
    text = "Primärvården (Gällivare) och Primärvården i Kiruna samverkar. PV betalar."
    expected = "Primärvården (Gällivare) och Primärvården (PV) i Kiruna samverkar. PV betalar."
    assert expand(text) == expected
    text = "PV (Gällivare) samverkar. Sedan betalar PV."
    assert expand(text) == "PV (Gällivare) samverkar. Sedan betalar Primärvården (PV)."


def test_a_protocol_from_trial_28() -> None:
    # "Kommunstyrelsen (ledningskontoret)" in a table cell stays; KS is not introduced in
    # the decision's opening line, since "KS § 99" is a paragraph reference, not a use
    # (trial 48 reversed trial 28 here). VA is used only in a heading (VA-verksamheten is a
    # compound), so nothing is written out.
    abbreviations = {"KS": "Kommunstyrelsen", "VA": "vatten och avlopp"}
    text = (
        "## Anslag\n\n| Nämnd och projekt | Belopp |\n|:--|--:|\n"
        "| Kommunstyrelsen (ledningskontoret) | 3,3 |\n\n"
        "## Investeringsbudget 2009 för VA, hamnar och tilläggsanslag\n\n"
        "| Objekt | Budget |\n|:--|--:|\n| VA-verksamheten | 56,2 |\n\n"
        "## Beslut\n\nKommunstyrelsen beslutade den 26 mars 2009, KS § 99,\n\n"
        "att investeringsbudgeten för VA-verksamheten ska uppgå till 56,2 mnkr.\n"
    )
    assert expand_first_use(text, abbreviations) == text


def test_markdown_in_long_form_is_escaped() -> None:
    assert expand_first_use("Se X_Y.", {"X_Y": "a_b [c]"}) == "Se a\\_b \\[c\\] (X_Y)."


def test_each_abbreviation_independent_and_unicode() -> None:
    text = "Enligt ÖK och SKR gäller detta."
    expected = "Enligt överenskommelse (ÖK) och Sveriges Kommuner och Regioner (SKR) gäller detta."
    assert expand(text) == expected


def test_empty_text_and_no_abbreviations() -> None:
    assert expand("") == ""
    assert expand_first_use("RSS beslutar.", {}) == "RSS beslutar."


def test_legend_lists_used_sorted_swedish() -> None:
    text = "Rubrik LCHNV\n\nÖK och SKR:s RSS-satsning. Se https://x.se/PV.\n"
    assert legend(text, ABBREVIATIONS, skip_lines=1) == [
        ("RSS", "regional samverkans- och stödstruktur"),
        ("SKR", "Sveriges Kommuner och Regioner"),
        ("ÖK", "överenskommelse"),
    ]


def test_legend_with_header_counted() -> None:
    assert legend("LCHNV\n", ABBREVIATIONS) == [("LCHNV", "Länschefsnätverket")]


# (trial 48: 'Kommunstyrelsen beslutade den 21 september 2006, KS § 258:' printed
# 'Kommunstyrelsen (KS) beslutade …': a paragraph reference is not a use to introduce)
PROTOCOL = {"KS": "Kommunstyrelsen", "KF": "Kommunfullmäktige"}


@pytest.mark.parametrize("text", [
    "Kommunstyrelsen beslutade den 21 september 2006, KS § 258:",
    "Kommunstyrelsen beslutade, KS §§ 12–13.",
    "Enligt KS § 303 anses motionen besvarad.",
    # (trial 95, F1: "(Kommunfullmäktige (KF) 2015-06-15, § 67)", a parenthesis in another)
    "Enligt riktlinjerna (KF 2015-06-15, § 67, reviderade KS 2023-11-06, § 201) gäller det.",
])
def test_a_paragraph_reference_is_not_a_use_to_introduce(text: str) -> None:
    assert expand_first_use(text, PROTOCOL) == text


def test_a_use_after_a_paragraph_reference_still_introduces_the_long_form() -> None:
    text = "Kommunstyrelsen beslutade, KS § 258. KS ska redovisa."
    assert expand_first_use(text, PROTOCOL) == (
        "Kommunstyrelsen (KS) beslutade, KS § 258. KS ska redovisa.")


def test_a_paragraph_reference_still_counts_for_the_legend() -> None:
    assert legend("Beslut, KS § 258.", PROTOCOL) == [("KS", "Kommunstyrelsen")]

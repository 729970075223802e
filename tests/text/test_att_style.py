"""Specification of an att-sats as printed after 'att': its own 'att' left out, a common first
word in lower case, names and everything else as written; and of the function words that
begin a whole sentence rather than an att-sats (trial 23: 'Inom en total låneram …')."""

from __future__ import annotations

import pytest

from generator.text.att_style import (
    as_att_point,
    common_capitalised,
    common_start,
    passive_infinitive,
    sentence_start,
)


@pytest.mark.parametrize(("written", "printed"), [
    ("att godkänna yttrandet", "godkänna yttrandet"),
    ("Att  godkänna yttrandet", "godkänna yttrandet"),
    ("att Föreslå regionfullmäktige", "föreslå regionfullmäktige"),
    ("Uppdra åt förvaltningen", "uppdra åt förvaltningen"),
    ("Revidera budgeten", "revidera budgeten"),
    ("Bemyndiga kommunstyrelsen", "bemyndiga kommunstyrelsen"),
    ("Medge undantag", "medge undantag"),
    ("Inom en total låneram", "Inom en total låneram"),
    ("Region Gotland ges i uppdrag", "Region Gotland ges i uppdrag"),
    ("Motionen anses besvarad.", "motionen anses besvarad."),
    ("Upprättat förslag, Visby 1:7, godkänns", "upprättat förslag, Visby 1:7, godkänns"),
    ("Byggnadsnämnden får i uppdrag", "Byggnadsnämnden får i uppdrag"),
    ("Motionen. Den anses besvarad", "Motionen. Den anses besvarad"),
    ("Motionen med bilagor", "Motionen med bilagor"),
    ("SKR:s rekommendation antas", "SKR:s rekommendation antas"),
    ("attestera fakturan", "attestera fakturan"),
    ("atten är ett ord", "atten är ett ord"),
    ("", ""),
    ("**Uppdra** åt förvaltningen", "**Uppdra** åt förvaltningen"),
])
def test_a_point_is_printed_as_meant_after_att(written: str, printed: str) -> None:
    assert as_att_point(written) == printed


@pytest.mark.parametrize(("word", "common"), [
    ("Godkänna", True), ("Notera", True), ("Delegera", True), ("Era", False),
    ("Bemyndiga", True), ("Avyttra", True), ("Upphandla", True), ("Anse", True),
    ("Region", False), ("SKR", False), ("godkänna", False),
])
def test_a_common_word_in_capitals_is_told_from_a_name(word: str, common: bool) -> None:
    assert common_capitalised(word) is common


@pytest.mark.parametrize(("word", "begins_a_sentence"), [
    ("Inom", True), ("För", True), ("I", True), ("Enligt", True), ("Samtidigt", True),
    ("Eftersom", True), ("inom", False), ("INOM", False), ("Bemyndiga", False),
    ("Region", False), ("Ingrid", False),
])
def test_a_function_word_in_capitals_begins_a_whole_sentence(
    word: str, begins_a_sentence: bool
) -> None:
    assert sentence_start(word) is begins_a_sentence


@pytest.mark.parametrize(("point", "common"), [
    ("Motionen bifalls", True), ("Avtalet godkänns", True), ("Medlen ska fördelas", True),
    ("Reviderad plan noteras", True), ("Godkänna avtalet", True),
    ("Motionen", False), ("Motionen med bilagor", False), ("Kommunstyrelsen ges i uppdrag", False),
    ("Gotland tilldelas medel", False), ("Region Gotland ges i uppdrag", False),
    ("MOTIONEN bifalls", False), ("motionen bifalls", False), ("", False),
])
def test_a_common_subject_of_a_whole_sentence_is_told_from_a_name(
    point: str, common: bool
) -> None:
    assert common_start(point) is common


def test_a_subject_that_begins_with_an_abbreviation_keeps_its_capitals() -> None:
    # ('VA-budgeten är …' was printed 'att vA-budgeten är …' once the motion rule came)
    assert not common_start("VA-budgeten är 56 200 000 kr för 2025.")
    assert not common_start("VA-taxan godkänns.")
    assert common_start("Motionen anses besvarad.")


def test_a_noun_that_begins_with_an_abbreviation_is_no_common_word() -> None:
    # ('IT-avdelningen får i uppdrag …' was printed 'att iT-avdelningen …': it ends as a noun
    # made of a verb does, '-ingen')
    assert not common_capitalised("IT-avdelningen")
    assert not common_start("IT-avdelningen får i uppdrag att upphandla en e-tjänst.")
    assert as_att_point("IT-avdelningen får i uppdrag.") == "IT-avdelningen får i uppdrag."
    assert common_capitalised("Utdebiteringen")


@pytest.mark.parametrize(("word", "infinitive"), [
    ("godkänns", "godkänna"), ("antas", "anta"), ("noteras", "notera"), ("utses", "utse"),
    ("fastställs", "fastställa"), ("avslås", "avslå"), ("höjs", "höja"),
])
def test_a_passive_verb_of_a_decision_gives_its_infinitive(word: str, infinitive: str) -> None:
    assert passive_infinitive(word) == infinitive


@pytest.mark.parametrize("word", ["kurs", "process", "förslagets", "allas", "yttrandes",
                                  "bidrags", "godkänna", "medels"])
def test_nouns_in_s_and_other_words_are_no_passive(word: str) -> None:
    assert passive_infinitive(word) is None

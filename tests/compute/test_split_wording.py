"""How a split's default sentence names its key and its rate from the weight column's header."""

from __future__ import annotations

from decimal import Decimal

from generator.compute.split_wording import how_phrase, key_noun, states_basis

WHOLE = [Decimal(10), Decimal(3)]


def test_a_header_is_a_noun_in_running_text() -> None:
    assert key_noun("Mandat") == "mandat"
    assert key_noun("Antal mandat (st)") == "antal mandat"
    assert key_noun("KF-mandat") == "KF-mandat"
    assert key_noun("Andel i KF") == "andel i KF"


def test_whole_weights_are_counted_and_shares_are_not() -> None:
    assert how_phrase("vikter", "Mandat", WHOLE, False, None) == "efter antal mandat"
    assert how_phrase("vikter", "Antal mandat", WHOLE, False, None) == "efter antal mandat"
    assert how_phrase("vikter", "Ägarandel", [Decimal(70), Decimal(30)], True,
                      None) == "efter ägarandel"
    assert how_phrase("vikter", "Vikt", [Decimal("1.5")], False, None) == "efter vikt"


PERCENT = [Decimal("17.5"), Decimal("82.5")]


def test_a_key_in_percent_is_named_by_a_header_that_names_a_share() -> None:
    for header, phrase in (("Ägarandel", "efter ägarandel"),
                           ("Andel av kostnaden", "efter andel av kostnaden"),
                           ("Befolkningsandel i procent", "efter befolkningsandel i procent")):
        assert how_phrase("vikter", header, PERCENT, True, None) == phrase, header


def test_a_key_in_percent_is_else_split_efter_procentandel() -> None:
    # (trial 36: 'rubrik_vikt: Procentuell fördelning' gave "efter procentuell fördelning")
    # (trial 87, F6: "Fördelat efter andel" said nothing)
    for header in ("Procentuell fördelning", "Fördelning (%)", "Fördelningsnyckel", "Procent",
                   "%", "Vikt", "Andel av fördelningen", "Andel", "Andel (%)", "Andelar",
                   "Andel i procent", "Vikt %", "Faktor"):
        assert how_phrase("vikter", header, PERCENT, True, None) == "efter procentandel", header


def test_a_header_that_names_the_split_itself_is_not_used_for_plain_weights() -> None:
    for header in ("Fördelning", "Fördelningsnyckel", "Kostnadsfördelning",
                   "Procentuell fördelning"):
        assert how_phrase("vikter", header, WHOLE, False, None) == "", header
        assert how_phrase("vikter", header, [Decimal("17.5")], False, None) == "", header


def test_without_a_header_or_by_population_the_methods_own_words_are_used() -> None:
    assert how_phrase("vikter", None, WHOLE, False, None) == ""
    assert how_phrase("befolkning", "Invånare", WHOLE, False, None) == ""


def test_a_rate_is_per_unit_of_the_header_per_invanare_or_per_viktenhet() -> None:
    rate = Decimal(13_280)
    assert how_phrase("vikter", "Antal mandat", WHOLE, False, rate) == \
        "med 13\u00a0280\u00a0kr per mandat"
    assert how_phrase("vikter", None, WHOLE, False, rate) == "med 13\u00a0280\u00a0kr per viktenhet"
    assert how_phrase("befolkning", "Befolkning", WHOLE, False, Decimal("12.50")) == \
        "med 12,50\u00a0kr per invånare"


def test_per_takes_the_singular_the_case_names_with_viktenhet() -> None:
    # (trial 31: 'rubrik_vikt: Aktiva medlemmar 7–20 år' gave "per aktiva medlemmar 7–20 år")
    rate = Decimal(100)
    assert how_phrase("vikter", "Aktiva medlemmar 7–20 år", WHOLE, False, rate,
                      "aktiv medlem") == "med 100\u00a0kr per aktiv medlem"
    assert how_phrase("vikter", None, WHOLE, False, rate, " elev ") == \
        "med 100\u00a0kr per elev"
    assert how_phrase("befolkning", "Invånare", WHOLE, False, rate, "kommuninvånare") == \
        "med 100\u00a0kr per kommuninvånare"


def test_a_header_is_used_after_per_only_where_singular_and_plural_are_one_word() -> None:
    rate = Decimal(100)
    for header, unit in (("Mandat", "mandat"), ("KF-mandat", "KF-mandat"),
                         ("Antal invånare", "invånare"), ("Deltagare (st)", "deltagare"),
                         ("Förskolebarn", "förskolebarn"), ("Hushåll", "hushåll")):
        assert how_phrase("vikter", header, WHOLE, False, rate) == \
            f"med 100\u00a0kr per {unit}", header


def test_any_other_header_is_named_after_the_neutral_viktenhet() -> None:
    rate = Decimal(100)
    for header in ("Aktiva medlemmar 7–20 år", "Elever", "Befolkning", "Antal medlemmar"):
        assert how_phrase("vikter", header, WHOLE, False, rate) == \
            f"med 100\u00a0kr per viktenhet ({header})", header


def test_antal_keeps_the_plural_of_the_header_whatever_the_unit() -> None:
    assert how_phrase("vikter", "Aktiva medlemmar 7–20 år", WHOLE, False, None,
                      "aktiv medlem") == "efter antal aktiva medlemmar 7–20 år"


def test_a_key_of_money_is_an_amount_not_a_count() -> None:
    # trial 68, F4: "efter antal preliminärt tillskott" for weights in kronor; trial 76,
    # F11: "efter bidrag 2023" read as split by a grant, not in proportion to the grants
    for header, phrase in (("Preliminärt tillskott (kr)",
                            "i proportion till preliminärt tillskott"),
                           ("Bidrag 2023 (kr)", "i proportion till bidrag 2023"),
                           ("Bidrag, tkr", "i proportion till bidrag"),
                           ("Belopp i tusen kronor", "i proportion till belopp"),
                           ("Kristianstad", "efter antal kristianstad")):
        assert how_phrase("vikter", header, WHOLE, False, None) == phrase


def test_a_bare_generic_header_of_plain_weights_is_split_efter_vikt() -> None:
    # (trial 87, F6: "efter antal andel", "efter antal vikt" said nothing)
    for header in ("Andel", "Vikt", "Vikter", "Procent", "Faktor", "Nyckeltal", "Andel i procent"):
        assert how_phrase("vikter", header, WHOLE, False, None) == "efter vikt", header
        assert how_phrase("vikter", header, [Decimal("1.5")], False, None) == "efter vikt", header


def test_a_header_that_names_a_share_never_takes_antal() -> None:
    assert how_phrase("vikter", "Ägarandel", WHOLE, False, None) == "efter ägarandel"
    assert how_phrase("vikter", "Mandat", WHOLE, False, None) == "efter antal mandat"


def test_a_text_that_says_how_states_the_basis() -> None:
    assert states_basis("Kommunernas andel fördelas efter folkmängden.", "befolkning", "")
    assert states_basis("Beloppet fördelas efter antalet invånare.", "befolkning", "")
    assert states_basis("Stödet fördelas efter antal mandat i fullmäktige.", "vikter",
                        "efter antal mandat")
    # (trial 92, F6: most of the phrase's words, in another order and form)
    assert states_basis("Medlen fördelas efter den andel av verksamheternas publik som är barn "
                        "och unga.", "vikter", "efter andel barn och unga i publiken")


def test_a_text_that_does_not_say_how_does_not() -> None:
    assert not states_basis("Kommunen har 13 986 invånare.", "befolkning", "")
    assert not states_basis("Beloppet fördelas enligt tabellen.", "befolkning", "")
    assert not states_basis("Stödet fördelas efter antal mandat.", "vikter", "efter procentandel")
    assert not states_basis("Stödet fördelas efter folkmängd.", "lika", "")
    assert not states_basis("Medlen fördelas efter andel.", "vikter",
                            "efter andel barn och unga i publiken")  # (one word of four)

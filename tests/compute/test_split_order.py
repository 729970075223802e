"""Specification: a split's `summa` may be a table's figure, named as text names it (trial 94,
F8): a column's total (`tabeller.utokning.kostnad`), a row's cell by its `rad_namn` or place
(`tabeller.utokning.rader.feriearbete.kostnad`), or a share of one (`… * 70 %`, rounded half
up to whole kronor). The table is computed first; a table that shows a split's part is
computed after the split, and a table and a split that take figures from each other are a
ring: one error naming both, and the other side a follow-on. A name that finds nothing, a
count, a percentage, a total the table has not, an amount below zero or with öre are errors
at the `summa` that say what to write."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.build import Pipeline
from generator.case.models import Case
from generator.compute.computed import compute_case

CASE = """\
dokumenttyp: tjansteskrivelse
datum: 2021-03-22
dnr: KS 2021/87
titel: Feriearbete 2021
tabeller:
  - namn: utokning{table_keys}
    kolumner:
      - {{namn: insats, rubrik: Insats}}
      - {{namn: platser, rubrik: Antal platser, typ: antal}}
{share}
      - {{namn: kostnad, rubrik: Ökad kostnad, typ: belopp}}
    rader:
      - {{rad_namn: feriearbete, insats: Feriearbete, platser: 21, kostnad: {cell}}}
      - {{rad_namn: entreprenor, insats: Ferieentreprenör, platser: 7, kostnad: 60 000}}
uppdelningar:
  - namn: sektorer
    metod: vikter
    summa: {summa}
    enhet: 100
    rest_till: Sektor lärande
    parter:
      - {{namn: Sektor lärande, vikt: 8}}
      - {{namn: Sektor omsorg, vikt: 7}}
avsnitt:
  - rubrik: Utökning
    text: Sektorerna får {{{{ uppdelningar.sektorer.summa }}}}.
    tabell: utokning
  - rubrik: Fördelning
    tabell: uppdelning
    uppdelning: sektorer
"""


SHARE = "      - {namn: andel, rubrik: Andel, typ: andel, av: kostnad}"


def build(tmp_path: Path, summa: str, cell: str = "150 000", table_keys: str = "",
          share: str = SHARE) -> tuple[list[str], str]:
    """The problems as printed (a no-break space as a space) and the Markdown."""
    return built(tmp_path, CASE.format(summa=summa, cell=cell, table_keys=table_keys,
                                       share=share))


def built(tmp_path: Path, text: str) -> tuple[list[str], str]:
    """The problems of a case file (a no-break space as a space) and its Markdown."""
    path = tmp_path / "x.yaml"
    path.write_text(text, encoding="utf-8")
    result = Pipeline().build(path)
    markdown = result.files["x.md"].decode("utf-8") if "x.md" in result.files else ""
    return ([p.format().replace(f"{tmp_path}/", "").replace("\u00a0", " ")
             for p in result.problems], markdown.replace("\u00a0", " "))


@pytest.mark.parametrize(("summa", "total"), [
    ("tabeller.utokning.kostnad", "210 000 kr"),
    ("tabeller.utokning.summa", "210 000 kr"),
    ("tabeller.utokning.rader.feriearbete.kostnad", "150 000 kr"),
    ('"tabeller.utokning.rader[1].kostnad"', "60 000 kr"),
    ('"tabeller.utokning.rader.feriearbete.kostnad * 70 %"', "105 000 kr"),
    ('"50 % * tabeller.utokning.kostnad"', "105 000 kr"),
])
def test_a_tables_figure_is_the_sum_split(tmp_path: Path, summa: str, total: str) -> None:
    problems, markdown = build(tmp_path, summa)
    assert problems == []
    assert f"Sektorerna får {total}." in markdown


def test_the_split_of_a_rows_cell_is_printed_with_its_parts(tmp_path: Path) -> None:
    problems, markdown = build(tmp_path, "tabeller.utokning.rader.feriearbete.kostnad")
    assert problems == []
    assert "| Sektor lärande | 80 000 |" in markdown  # (70 000 rounded to 100 kr, the rest)
    assert "| Sektor omsorg | 70 000 |" in markdown
    assert "| **Totalt** | **150 000** |" in markdown


def test_a_share_of_a_tables_figure_rounds_half_up(tmp_path: Path) -> None:
    problems, markdown = build(tmp_path, '"tabeller.utokning.rader.feriearbete.kostnad * 1 %"',
                               cell="150 050")
    assert problems == []
    assert "Sektorerna får 1 501 kr." in markdown  # 1 500,50 kr


@pytest.mark.parametrize(("summa", "message"), [
    ("tabeller.utoknin.kostnad",
     "'tabeller.utoknin.kostnad': det finns ingen tabell 'utoknin', menade du 'utokning'?"),
    ("tabeller.utokning.kostnd",
     "'tabeller.utokning.kostnd': tabellen 'utokning' har ingen del 'kostnd', menade du "
     "'kostnad'?"),
    ("tabeller.utokning.rader.ferie.kostnad",
     "'tabeller.utokning.rader.ferie': tabellen 'utokning' har ingen rad med rad_namn "
     "'ferie', menade du 'feriearbete'?"),
    ('"tabeller.utokning.rader[2].kostnad"',
     "'tabeller.utokning.rader[2].kostnad': tabellen 'utokning' har 2 rader, rader[0] till "
     "rader[1] (den första är rader[0])"),
    ("tabeller.utokning.rader",
     "'tabeller.utokning.rader' är en lista av rader, inget belopp; skriv en rad och en "
     "kolumn, t.ex. 'tabeller.utokning.rader[0].kostnad'"),
])
def test_a_name_that_finds_no_amount_offers_the_one_meant(tmp_path: Path, summa: str,
                                                          message: str) -> None:
    assert build(tmp_path, summa)[0] == [f"x.yaml:18:12: 'summa': {message}"]


@pytest.mark.parametrize(("summa", "what", "instead"), [
    ("tabeller.utokning.platser", "ett antal (28)", "tabeller.utokning.kostnad"),
    ("tabeller.utokning.rader.feriearbete.platser", "ett antal (21)",
     "tabeller.utokning.rader.feriearbete.kostnad"),
    ("tabeller.utokning.rader.feriearbete.andel", "en procentsats",
     "tabeller.utokning.rader.feriearbete.kostnad"),
    ("tabeller.utokning.rader.feriearbete.insats", "en text ('Feriearbete')",
     "tabeller.utokning.rader.feriearbete.kostnad"),
    ("tabeller.utokning.rader.feriearbete", "en rad",
     "tabeller.utokning.rader.feriearbete.kostnad"),
    ("tabeller.utokning", "en tabell", "tabeller.utokning.kostnad"),
])
def test_what_is_no_amount_is_no_sum_and_an_amount_beside_it_is_offered(
        tmp_path: Path, summa: str, what: str, instead: str) -> None:
    assert build(tmp_path, summa)[0] == [
        f"x.yaml:18:12: 'summa': '{summa}' är {what}, inget belopp; en uppdelnings summa är "
        f"en beloppskolumns summa eller en rads belopp, t.ex. '{instead}'"]


@pytest.mark.parametrize("summa", [
    '"tabeller.utokning.kostnad kr"', '"tabeller.utokning.kostnad / 2"', "tabeller.utokning.",
])
def test_a_name_with_more_after_it_says_how_a_sum_from_a_table_is_written(
        tmp_path: Path, summa: str) -> None:
    assert build(tmp_path, summa)[0] == [
        f"x.yaml:18:12: 'summa': '{summa.strip(chr(34))}' är inget namn på ett belopp i en "
        "tabell; en summa som hämtas ur en tabell är en kolumns summa eller en rads belopp, "
        "eller tal och procentsatser gånger ett av dem, t.ex. 'tabeller.budget.kostnad * 70 %'"]


def test_a_number_is_no_sum_to_split(tmp_path: Path) -> None:
    problems, _ = build(tmp_path, "tabeller.utokning.rader.feriearbete.andel",
                        cell='150 000, andel: "12,5"',
                        share="      - {namn: andel, rubrik: Andel, typ: tal}")
    assert problems == [
        "x.yaml:18:12: 'summa': 'tabeller.utokning.rader.feriearbete.andel' är ett tal (12,5), "
        "inget belopp; en uppdelnings summa är en beloppskolumns summa eller en rads belopp, "
        "t.ex. 'tabeller.utokning.rader.feriearbete.kostnad'"]


def test_a_total_the_table_does_not_print_is_no_sum_and_its_rows_are_offered(
        tmp_path: Path) -> None:
    # (the one rule of text: a total a table with `totalt: false` has not is no figure)
    problems, _ = build(tmp_path, "tabeller.utokning.kostnad", table_keys="\n    totalt: false")
    assert problems == [
        "x.yaml:19:12: 'summa': 'tabeller.utokning.kostnad': tabellen 'utokning' summeras "
        "inte (totalt: false), så kolumnen 'Ökad kostnad (kr)' har ingen summa; skriv en rad, "
        "t.ex. 'tabeller.utokning.rader.feriearbete.kostnad' (Feriearbete) eller "
        "'tabeller.utokning.rader.entreprenor.kostnad' (Ferieentreprenör), eller ta bort "
        "'totalt: false' om tabellen ska ha en totalrad"]
    problems, markdown = build(tmp_path, "tabeller.utokning.rader.feriearbete.kostnad",
                               table_keys="\n    totalt: false")
    assert problems == []
    assert "Sektorerna får 150 000 kr." in markdown


def test_an_amount_with_ore_is_an_error_that_offers_whole_kronor(tmp_path: Path) -> None:
    problems, _ = build(tmp_path, "tabeller.utokning.kostnad", cell='"150 000,50"')
    assert problems == [
        "x.yaml:18:12: 'summa': 'tabeller.utokning.kostnad' blir 210 000,50 kr, som inte är "
        "hela kronor; en summa som delas är hela kronor: skriv summan avrundad, summa: "
        "210001, eller avrunda beloppet i tabellen 'utokning'"]


def test_a_share_of_an_amount_with_ore_is_rounded_as_any_share(tmp_path: Path) -> None:
    problems, markdown = build(tmp_path, '"tabeller.utokning.kostnad * 50 %"',
                               cell='"150 000,50"')
    assert problems == []
    assert "Sektorerna får 105 000 kr." in markdown  # 105 000,25 kr


def test_a_negative_amount_is_an_error(tmp_path: Path) -> None:
    problems, _ = build(tmp_path, "tabeller.utokning.rader.feriearbete.kostnad",
                        cell='"-150 000"', share="")
    assert problems == [
        "x.yaml:18:12: 'summa': 'tabeller.utokning.rader.feriearbete.kostnad' blir "
        "−150 000 kr, som är negativ; en summa som delas är hela kronor, noll eller mer: "
        "rätta beloppet i tabellen 'utokning' eller skriv summan"]


def test_a_table_with_an_error_gives_no_sum_the_split_follows_the_error(
        tmp_path: Path) -> None:
    problems, _ = build(tmp_path, "tabeller.utokning.rader.entreprenor.kostnad",
                        cell="ca 150 000")
    assert problems == [
        "x.yaml:13:76: 'ca 150 000' är inte ett belopp i kronor, skriv beloppet utan 'ca', "
        "150 000, och 'ca' i texten, där det är ungefärligt",
        "x.yaml:18:12: summa: tabeller.utokning.rader.entreprenor.kostnad: hänvisningen till "
        "tabellen 'utokning' kan inte räknas ut förrän felet ovan är rättat"]


RING = ("{{ uppdelningar.sektorer.summa }}: uppdelningen 'sektorer' och tabellen 'utokning' "
        "hämtar belopp från varandra i en ring (uppdelningen 'sektorer' → tabellen 'utokning' "
        "→ uppdelningen 'sektorer'), så ingen av dem kan räknas ut; skriv beloppet i en av "
        "dem, eller under 'belopp:' och hämta det därifrån i båda")


@pytest.mark.parametrize("summa", [
    "tabeller.utokning.kostnad",
    "tabeller.utokning.rader.entreprenor.kostnad",  # (the ring is the table's, not the row's)
])
def test_a_table_and_a_split_that_take_each_others_sums_are_one_error(
        tmp_path: Path, summa: str) -> None:
    problems, _ = build(tmp_path, summa, cell='"{{ uppdelningar.sektorer.summa }}"')
    assert problems == [
        f"x.yaml:13:76: {RING}",
        f"x.yaml:18:12: summa: {summa}: hänvisningen till tabellen 'utokning' kan inte "
        "räknas ut förrän felet ovan är rättat"]


TWO = """\
dokumenttyp: tjansteskrivelse
datum: 2021-03-22
dnr: KS 2021/87
titel: Feriearbete 2021
belopp:
  ram: 1000000
tabeller:
  - namn: oversikt
    kolumner:
      - {{namn: post, rubrik: Post}}
      - {{namn: belopp, rubrik: Belopp, typ: belopp}}
    rader:
      - {{post: Sektorer, belopp: "{{{{ uppdelningar.sektorer.summa }}}}"}}
      - {{post: Kommuner, belopp: "{{{{ uppdelningar.kommuner.summa }}}}"}}
  - namn: budget
    kolumner:
      - {{namn: post, rubrik: Post}}
      - {{namn: belopp, rubrik: Belopp, typ: belopp}}
    rader:
      - {{rad_namn: ferie, post: Feriearbete, belopp: 150 000}}
      - {{rad_namn: ovrigt, post: Övrigt, belopp: {other}}}
uppdelningar:
  - namn: andel
    metod: lika
    summa: tabeller.oversikt.belopp
    parter:
      - {{namn: A}}
      - {{namn: B}}
  - namn: sektorer
    metod: lika
    summa: tabeller.budget.rader.ferie.belopp
    parter:
      - {{namn: C}}
      - {{namn: D}}
  - namn: kommuner
    metod: lika
    summa: {kommuner}
    parter:
      - {{namn: E}}
      - {{namn: F}}
avsnitt:
  - rubrik: Översikt
    text: Allt är {{{{ uppdelningar.andel.summa }}}}.
    tabell: oversikt
  - rubrik: Budget
    tabell: budget
"""


def test_splits_and_tables_are_computed_in_the_order_their_figures_need(
        tmp_path: Path) -> None:
    # andel → oversikt → sektorer → budget, and → kommuner (after andel in the case)
    problems, markdown = built(tmp_path, TWO.format(other="50 000", kommuner="belopp.ram"))
    assert problems == []
    assert "Allt är 1 150 000 kr." in markdown


def test_a_ring_through_two_splits_is_one_error_where_it_closes(tmp_path: Path) -> None:
    text = TWO.format(other='"{{ uppdelningar.andel.summa }}"', kommuner="tabeller.budget.belopp")
    problems, _ = built(tmp_path, text)
    assert problems == [
        "x.yaml:21:50: {{ uppdelningar.andel.summa }}: uppdelningen 'andel', tabellen "
        "'oversikt', uppdelningen 'sektorer' och tabellen 'budget' hämtar belopp från varandra "
        "i en ring (uppdelningen 'andel' → tabellen 'oversikt' → uppdelningen 'sektorer' → "
        "tabellen 'budget' → uppdelningen 'andel'), så ingen av dem kan räknas ut; skriv "
        "beloppet i en av dem, eller under 'belopp:' och hämta det därifrån i båda",
        "x.yaml:13:34: {{ uppdelningar.sektorer.summa }}: hänvisningen till uppdelningen "
        "'sektorer' kan inte räknas ut förrän felet ovan är rättat",
        "x.yaml:14:34: {{ uppdelningar.kommuner.summa }}: hänvisningen till uppdelningen "
        "'kommuner' kan inte räknas ut förrän felet ovan är rättat",
        "x.yaml:25:12: summa: tabeller.oversikt.belopp: hänvisningen till tabellen 'oversikt' "
        "kan inte räknas ut förrän felet ovan är rättat",
        "x.yaml:31:12: 2 hänvisningar till tabellen 'budget' (raderna 31 och 37) kan inte "
        "räknas ut förrän felet ovan är rättat"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(0, 10**7), min_size=1, max_size=6),
       st.lists(st.integers(1, 1000), min_size=1, max_size=5),
       st.sampled_from(["vikter", "lika"]), st.booleans())
def test_the_parts_add_up_to_the_tables_total(amounts: list[int], weights: list[int],
                                              method: str, by_row: bool) -> None:
    rows = [{"rad_namn": f"r{i}", "post": f"Post {i}", "belopp": amount}
            for i, amount in enumerate(amounts)]
    summa = "tabeller.budget.rader.r0.belopp" if by_row else "tabeller.budget.belopp"
    case = Case.model_validate({
        "dokumenttyp": "tjansteskrivelse", "datum": "2024-01-10", "dnr": "nej", "titel": "T",
        "tabeller": [{"namn": "budget", "rader": rows, "kolumner": [
            {"namn": "post"}, {"namn": "belopp", "typ": "belopp"}]}],
        "uppdelningar": [{"namn": "delar", "metod": method, "summa": summa, "parter": [
            {"namn": f"p{i}", "vikt": weight if method == "vikter" else None}
            for i, weight in enumerate(weights)]}]})
    computed, _, findings = compute_case(case)
    assert findings == []
    table = computed.tables["budget"]
    expected = table.rows[0].amounts["belopp"] if by_row else table.total
    split = computed.splits["delar"]
    assert split.total == expected == sum(Decimal(part) for _, part in split.parts)

"""Specification, by exact Markdown, Word and messages, of a formula that multiplies (trial 42,
F2: Hudiksvalls kommun's arvoden, "andel × riksdagsarvode" and "månad × 12"): each row's
product computed and checked, a group's and the total's figure the sum of its rows, and a
message saying what works for each product a formula cannot hold."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import CaseResult, Pipeline
from generator.word.dump import dump_docx

CASE = """\
dokumenttyp: tjansteskrivelse
avsandare: [Hudiksvalls kommun]
datum: 2019-11-01
dnr: nej
titel: Årsarvoden
belopp:
  riksdagsarvode: 68400
avsnitt:
  - rubrik: Arvoden
    text: |
      Årsarvodena blir {{ tabeller.arvoden.summa }}.
    tabell: arvoden
tabeller:
  - namn: arvoden
    totalt: Summa årsarvode
    kolumner:
      - {namn: uppdrag, rubrik: Uppdrag}
      - {namn: andel, rubrik: Andel, typ: tal}
      - {namn: manad, rubrik: Månadsarvode, typ: belopp, summeras: nej, formel: MANAD}
      - {namn: ar, rubrik: Årsarvode, typ: belopp, formel: manad * 12}
    rader:
      - {uppdrag: "Kommunstyrelsen, ordf", andel: "100 %", manad: 68 400, ar: 820 800}
      - uppdrag: Kommunfullmäktige
        delsumma: Summa fullmäktige
        rader:
          - {uppdrag: Ordf, andel: "18 %"}
          - {uppdrag: 1:e vice ordf, andel: "2,5 %"}
""".replace("MANAD", "andel * belopp.riksdagsarvode")


def built(tmp_path: Path, text: str = CASE) -> CaseResult:
    """The case built."""
    path = tmp_path / "fall.yaml"
    path.write_text(text, encoding="utf-8")
    return Pipeline().build(path)


def problems(tmp_path: Path, text: str) -> list[str]:
    """The case's problems as printed, without the folder, "~" for a no-break space."""
    return [p.format().replace(f"{tmp_path}/", "").replace("\u00a0", "~")
            for p in built(tmp_path, text).problems]


def markdown(tmp_path: Path, text: str = CASE) -> str:
    """The Markdown, "~" for a no-break space, of the case without problems."""
    result = built(tmp_path, text)
    assert [p.format() for p in result.problems] == []
    return result.files["fall.md"].decode("utf-8").replace("\u00a0", "~")


def table_lines(tmp_path: Path, text: str = CASE) -> str:
    """The Markdown table's lines."""
    return "\n".join(line for line in markdown(tmp_path, text).splitlines()
                     if line.startswith("|"))


def word_rows(tmp_path: Path, text: str = CASE) -> list[str]:
    """The first Word table's rows as `dump_docx` prints them, "~" for a no-break space."""
    dump = dump_docx(built(tmp_path, text).files["fall.docx"]).replace("\u00a0", "~")
    return dump[dump.index("[tabell stil=Table Grid"):].split("\n[", 1)[0].splitlines()[1:]


def test_each_row_is_its_share_of_the_named_amount_and_the_total_the_sum_of_the_rows(
        tmp_path: Path) -> None:
    # (2,5 % of 68 400 is 1 710; × 12 is 20 520; the subtotal 147 744 + 20 520)
    assert table_lines(tmp_path) == """\
| Uppdrag | Andel | Månadsarvode (kr) | Årsarvode (kr) |
|:--|--:|--:|--:|
| Kommunstyrelsen, ordf | 100~% | 68~400 | 820~800 |
| **Kommunfullmäktige** | | | |
| Ordf | 18~% | 12~312 | 147~744 |
| 1:e vice ordf | 2,5~% | 1~710 | 20~520 |
| **Summa fullmäktige** | | | **168~264** |
| **Summa årsarvode** | | | **989~064** |"""


def test_word_prints_the_same_figures(tmp_path: Path) -> None:
    assert word_rows(tmp_path)[-4:] == [
        "  | →Ordf | >18~% | >12~312 | >147~744 | ↓",
        "  | →1:e vice ordf | >2,5~% | >1~710 | >20~520 | ↓",
        "  | **Summa fullmäktige** | > | > | >**168~264** | ↓",
        "  | **Summa årsarvode** | > | > | >**989~064** |"]


def test_the_tables_sum_in_text_is_the_sum_of_the_rows(tmp_path: Path) -> None:
    assert "Årsarvodena blir 989~064~kr." in markdown(tmp_path)


def test_a_typed_monthly_fee_that_is_not_the_share_names_the_right_figure(
        tmp_path: Path) -> None:
    # (trial 42: "2 763" where 4 % × 68 400 = 2 736 passed unnoticed)
    text = CASE.replace('andel: "2,5 %"}', 'andel: "4 %", manad: 2 763}')
    assert problems(tmp_path, text) == [
        "fall.yaml:27:59: angivet belopp 2~763~kr för raden '1:e vice ordf' stämmer inte med "
        "uträkningen Andel × ärendets belopp 'riksdagsarvode' (4~% × 68~400~kr) = 2~736~kr "
        "(det angivna är 27~kr för högt); rätta beloppet (2~736 i stället för 2~763?) eller "
        "ta bort det så räknas det ut"]


AKTIVITET = """\
dokumenttyp: tjansteskrivelse
avsandare: [Kultur- och fritidsförvaltningen]
datum: 2002-02-20
dnr: nej
titel: Aktivitetsbidrag
belopp:
  per_tillfalle: 8
avsnitt:
  - tabell: lok
tabeller:
  - namn: lok
    kolumner:
      - {namn: forening, rubrik: Förening}
      - {namn: tillfallen, rubrik: Deltagartillfällen, typ: antal}
      - {namn: bidrag, rubrik: Aktivitetsbidrag, typ: belopp,
         formel: tillfallen * belopp.per_tillfalle}
    rader:
      - {forening: Hemse BK, tillfallen: 1 987, bidrag: 15 986}
"""


def test_an_amount_under_belopp_in_a_formula_is_named_as_the_cases_amount(
        tmp_path: Path) -> None:
    # (trial 70, F9: "Deltagartillfällen × per_tillfalle" showed the YAML key as a heading)
    assert problems(tmp_path, AKTIVITET) == [
        "fall.yaml:18:57: angivet belopp 15~986~kr för raden 'Hemse BK', kolumnen "
        "'Aktivitetsbidrag (kr)' stämmer inte med uträkningen Deltagartillfällen × ärendets "
        "belopp 'per_tillfalle' (1~987 × 8~kr) = 15~896~kr (det angivna är 90~kr för högt); "
        "rätta beloppet (15~896 i stället för 15~986?) eller ta bort det så räknas det ut"]


def test_a_typed_annual_fee_is_checked_against_the_computed_monthly_one(
        tmp_path: Path) -> None:
    text = CASE.replace('andel: "2,5 %"}', 'andel: "4 %", ar: 33 156}')
    assert problems(tmp_path, text) == [
        "fall.yaml:27:56: angivet belopp 33~156~kr för raden '1:e vice ordf' stämmer inte med "
        "uträkningen Månadsarvode × 12 (2~736~kr × 12) = 32~832~kr (det angivna är 324~kr för "
        "högt); rätta beloppet eller ta bort det så räknas det ut"]


def test_a_stated_subtotal_is_checked_as_the_sum_of_its_rows(tmp_path: Path) -> None:
    text = CASE.replace("        delsumma: Summa fullmäktige\n",
                        "        delsumma: Summa fullmäktige\n        ar: 168 300\n")
    assert problems(tmp_path, text) == [
        "fall.yaml:25:13: angiven summa 168~300~kr för delsumman 'Summa fullmäktige' under "
        "'Kommunfullmäktige' stämmer inte med summan av delarna 168~264~kr (den angivna är "
        "36~kr för hög); rätta summan eller ta bort den så räknas den ut"]


ORE = """\
dokumenttyp: tjansteskrivelse
datum: 2024-03-01
dnr: KS 2024/1
titel: Avgifter
avsnitt:
  - tabell: t
tabeller:
  - namn: t
    kolumner:
      - {namn: post, rubrik: Post}
      - {namn: platser, rubrik: Platser, typ: antal}
      - {namn: pris, rubrik: Pris, typ: belopp, summeras: nej}
      - {namn: avgift, rubrik: Avgift, typ: belopp, formel: FORMULA}
    rader:
      - {post: A, platser: 3, pris: "21,50"}
      - {post: B, platser: 2, pris: "10,25"}
"""


def test_a_count_times_a_number_in_kronor_keeps_ore_written_with_a_decimal_comma(
        tmp_path: Path) -> None:
    text = ORE.replace("FORMULA", '"platser * 1 250,50"')
    assert table_lines(tmp_path, text).splitlines()[2:] == [
        "| A | 3 | 21,50 | 3~751,50 |",
        "| B | 2 | 10,25 | 2~501,00 |",
        "| **Totalt** | **5** | | **6~252,50** |"]


def test_a_product_of_an_amount_with_ore_is_rounded_half_up_to_ore(tmp_path: Path) -> None:
    # (21,50 × 1,25 = 26,875 → 26,88; 10,25 × 1,25 = 12,8125 → 12,81)
    text = ORE.replace("FORMULA", '"pris * 1,25"')
    assert table_lines(tmp_path, text).splitlines()[2:] == [
        "| A | 3 | 21,50 | 26,88 |",
        "| B | 2 | 10,25 | 12,81 |",
        "| **Totalt** | **5** | | **39,69** |"]


def test_a_product_of_whole_kronor_is_rounded_half_up_to_whole_kronor(tmp_path: Path) -> None:
    # (4,5 % of 68 401 is 3 078,045: 3 078; 0,5 % is 342,005: 342)
    text = CASE.replace("68400", "68401").replace('"100 %", manad: 68 400, ar: 820 800',
                                                  '"4,5 %"').replace('"18 %"', '"0,5 %"')
    assert table_lines(tmp_path, text).splitlines()[2:] == [
        "| Kommunstyrelsen, ordf | 4,5~% | 3~078 | 36~936 |",
        "| **Kommunfullmäktige** | | | |",
        "| Ordf | 0,5~% | 342 | 4~104 |",
        "| 1:e vice ordf | 2,5~% | 1~710 | 20~520 |",
        "| **Summa fullmäktige** | | | **24~624** |",
        "| **Summa årsarvode** | | | **61~560** |"]


RULE = ("en beloppskolumn multipliceras med ett tal, t.ex. 'manad * 12', och en tal- eller "
        "antalskolumn med en beloppskolumn (radens pris eller taxa), ett av ärendets belopp "
        "eller ett belopp i tabellens enhet, t.ex. 'andel * manad' eller "
        "'andel * belopp.riksdagsarvode' (procent räknas som andel: 4 % är 0,04); en produkt "
        "har högst fyra led och bara ett belopp, t.ex. 'andel * manad * 12'")


@pytest.mark.parametrize(("formula", "message"), [
    ("andel * andel",
     "'andel * andel' i formeln multiplicerar två tal- eller antalskolumner, och produkten är "
     "ett tal och inget belopp: skriv 'typ: tal' i kolumnen 'ar' (utan 'summeras'), så räknas "
     "talet ut exakt och visas som ett tal, t.ex. {namn: ar, typ: tal, formel: andel * andel}"),
    ("manad * belopp.riksdagsarvode",
     f"'manad * belopp.riksdagsarvode' i formeln multiplicerar två belopp: {RULE}"),
    ("12 * belopp.riksdagsarvode",
     "'12 * belopp.riksdagsarvode' i formeln räknar bara med ärendets belopp, men en formel "
     "räknar med tabellens kolumner: ett av ärendets belopp multiplicerar en tal- eller "
     "antalskolumn, t.ex. 'andel * 12 * belopp.riksdagsarvode', eller läggs till eller dras "
     "ifrån en beloppskolumn, t.ex. 'manad + 12 * belopp.riksdagsarvode'; är det samma belopp "
     "på varje rad, skriv det som ett eget belopp "
     "under 'belopp' och dess namn ensamt som formel ('formel: belopp.namnet'), så står det på "
     "varje rad"),
    ("12 * 2", f"'12 * 2' i formeln har ingen kolumn att multiplicera: {RULE}; är det ett fast "
     "belopp, skriv det i kolumnen"),
    ("andel * 12 * belopp.riksdagsarvode * 2 * andel",
     "'andel * 12 * belopp.riksdagsarvode * 2 * andel' i formeln multiplicerar fem led, men en "
     f"produkt har högst fyra: {RULE}"),
    ("andel * manad * belopp.riksdagsarvode",
     f"'andel * manad * belopp.riksdagsarvode' i formeln multiplicerar två belopp: {RULE}"),
    ("andel * * 12", f"'andel * * 12' i formeln är ingen produkt: {RULE}"),
    ("andel / 100 * belopp.riksdagsarvode",
     "'andel / 100 * belopp.riksdagsarvode' i formeln delar och multiplicerar i samma led, men "
     "en produkt delas sist och en gång, t.ex. 'andel * manad / 12': en "
     "beloppskolumn delas med ett tal större än noll eller med en tal- eller antalskolumn, "
     f"radens eget antal, t.ex. 'manad / 12' eller 'manad / andel'; {RULE}"),
    ("(manad) * 12 * belopp.riksdagsarvode",
     "'(manad) * 12 * belopp.riksdagsarvode' i formeln multiplicerar två belopp: "
     f"{RULE}"),
    ("(manad * 12) * 2",
     "'(manad * 12)' i formeln är ingen summa av beloppskolumner: en parentes i en formel "
     "är en summa av beloppskolumner som multipliceras eller delas, och tabellen har bara en "
     "att räkna med, 'manad'; skriv formeln utan parentes (en ökning med 3 % skrivs "
     "'manad * 1,03')"),  # (no column 'summa' invented: trial 75, F3)
    ("andel * belopp.riksdagsarvod",
     "'belopp.riksdagsarvod' i formeln är inget av ärendets belopp, menade du "
     "'belopp.riksdagsarvode'?"),
    ("andel * belopp.prisbasbelopp",
     "'belopp.prisbasbelopp' i formeln är inget av ärendets belopp; ärendets belopp är: "
     "belopp.riksdagsarvode"),
    ("-belopp.riksdagsarvode",  # (one alone, as written, is every row's: constant_columns)
     "'-belopp.riksdagsarvode' står ensamt i formeln, men en formel räknar med tabellens "
     "kolumner: ett av ärendets belopp multiplicerar en tal- eller antalskolumn, t.ex. "
     "'andel * belopp.riksdagsarvode', eller läggs till eller dras ifrån en beloppskolumn, "
     "t.ex. 'manad + belopp.riksdagsarvode'; är det samma belopp på varje rad, skriv det som "
     "ett eget belopp under 'belopp' och dess namn ensamt som formel ('formel: "
     "belopp.namnet'), så står det på varje rad"),
    ("manad + andel",
     "'andel' i formeln är en talkolumn (typ: tal) och kan inte läggas ihop med belopp; "
     "multiplicera den med en beloppskolumn (radens pris eller taxa), ett av ärendets belopp "
     "eller ett belopp i tabellens enhet, t.ex. 'andel * manad' eller "
     "'andel * belopp.riksdagsarvode' (procent räknas som andel: 4 % är 0,04)"),
    ("manad * 1.5", "talet '1.5' i formeln skrivs med decimalkomma: 1,5"),
])
def test_what_a_formula_cannot_multiply_is_reported_at_the_formula_saying_what_works(
        tmp_path: Path, formula: str, message: str) -> None:
    text = CASE.replace("formel: manad * 12", f'formel: "{formula}"')
    assert problems(tmp_path, text) == [f"fall.yaml:20:60: {message}"]


def test_a_named_amount_times_numbers_is_added_on_every_row_exact(tmp_path: Path) -> None:
    """'manad + 12 * belopp.riksdagsarvode': twelve times the named amount, the same on
    every row, added as a named amount alone is (last session's limit: a product of
    constants had to stand in a column of its own)."""
    text = CASE.replace("formel: manad * 12", 'formel: "manad + 12 * belopp.riksdagsarvode"')
    assert problems(tmp_path, text) == [
        "fall.yaml:22:79: angivet belopp 820~800~kr för raden 'Kommunstyrelsen, ordf' stämmer "
        "inte med uträkningen Månadsarvode + 12 × ärendets belopp 'riksdagsarvode' (68~400~kr + "
        "12 × 68~400~kr) = 889~200~kr (det angivna är 68~400~kr för lågt); rätta beloppet eller ta "
        "bort det så räknas det ut"]


ARVODE = "ärendets belopp 'riksdagsarvode'"


@pytest.mark.parametrize(("formula", "reckoned"), [
    ("manad + belopp.riksdagsarvode * 12 / 12",
     f"Månadsarvode + {ARVODE} × 12 / 12 (68~400~kr + 68~400~kr × 12 / 12) = 136~800~kr (det "
     "angivna är 68~400~kr för lågt)"),
    ("belopp.riksdagsarvode / 12 + manad",
     f"{ARVODE} / 12 + Månadsarvode (68~400~kr / 12 + 68~400~kr) = 74~100~kr (det angivna är "
     "5~700~kr för lågt)"),
    ("-12 * belopp.riksdagsarvode + manad",
     f"−12 × {ARVODE} + Månadsarvode (−12 × 68~400~kr + 68~400~kr) = −752~400~kr (det angivna "
     "är 820~800~kr för högt)"),
])
def test_the_case_s_amount_divided_by_a_number_is_added_exact(
        tmp_path: Path, formula: str, reckoned: str) -> None:
    """'belopp.arsavgift / 12 + …': the case's amount divided by a number is added too (the
    division was dropped, '* 12 / 12' gave twelve times the amount); a leading minus is
    written as the formula has it, without a space before it."""
    text = CASE.replace("formel: manad * 12", f'formel: "{formula}"').replace(
        "ar: 820 800", "ar: 68 400")
    assert problems(tmp_path, text) == [
        "fall.yaml:22:79: angivet belopp 68~400~kr för raden 'Kommunstyrelsen, ordf' stämmer "
        f"inte med uträkningen {reckoned}; rätta beloppet eller ta bort det så räknas det ut"]


def test_a_share_of_the_case_s_amount_is_rounded_with_the_row_to_whole_kronor(
        tmp_path: Path) -> None:
    """'manad + belopp.riksdagsarvode * 2,5 %' with 68 401 kr: 1 710,025 kr added exact and
    each row rounded once to whole kronor (its column showed öre, 70 111,02, and its rows
    were never rounded)."""
    text = CASE.replace("formel: manad * 12", 'formel: "manad + belopp.riksdagsarvode * 2,5 %"'
                        ).replace("68400", "68401").replace(", manad: 68 400, ar: 820 800", "")
    assert table_lines(tmp_path, text).splitlines()[2:] == [
        "| Kommunstyrelsen, ordf | 100~% | 68~401 | 70~111 |",
        "| **Kommunfullmäktige** | | | |",
        "| Ordf | 18~% | 12~312 | 14~022 |",
        "| 1:e vice ordf | 2,5~% | 1~710 | 3~420 |",
        "| **Summa fullmäktige** | | | **17~442** |",
        "| **Summa årsarvode** | | | **87~553** |"]


NAMING = ("ett fast belopp i en formel står under 'belopp:' med ett namn, så att dokumentet och "
          "texten kan hänvisa till det: skriv t.ex. ")


@pytest.mark.parametrize(("formula", "message"), [
    ("manad + 12 * 1 000",
     f"'12 * 1 000' i formeln har ingen kolumn att multiplicera: {RULE}; {NAMING}belopp: "
     "{tillagg: 12000} och 'formel: manad + belopp.tillagg'"),
    ("manad - 1 000,50",
     "talet '1 000,50' kan inte stå i en formel: en formel lägger ihop och drar ifrån "
     "beloppskolumner med + och −, multiplicerar med * och delar med /, t.ex. 'manad * 12' "
     f"eller 'manad / 12'; {NAMING}belopp: {{tillagg: \"1000,50\"}} och 'formel: manad - "
     "belopp.tillagg'; annars skriv beloppen i kolumnen och ta bort 'formel'"),
    ("manad + belopp.riksdagsarvode / andel",
     "'belopp.riksdagsarvode / andel' i formeln delar ett av ärendets belopp med kolumnen "
     "'andel', men ärendets belopp är samma på varje rad och delas bara med ett tal: en "
     "beloppskolumn delas med ett tal större än noll eller med en tal- eller antalskolumn, "
     "radens eget antal, t.ex. 'manad / 12' eller 'manad / andel'; annars skriv beloppen i "
     "kolumnen och ta bort 'formel'"),
])
def test_an_amount_a_formula_cannot_add_says_why_and_what_to_write(
        tmp_path: Path, formula: str, message: str) -> None:
    """A fixed amount typed as numbers is refused (the document and the text could not name
    it), with the line under `belopp:` that names it; the case's amount divided by a column
    is no fixed amount."""
    text = CASE.replace("formel: manad * 12", f'formel: "{formula}"')
    assert problems(tmp_path, text) == [f"fall.yaml:20:60: {message}"]


def test_a_named_amount_in_a_case_without_any_says_where_to_write_it(tmp_path: Path) -> None:
    text = CASE.replace("belopp:\n  riksdagsarvode: 68400\n", "")
    assert problems(tmp_path, text) == [
        "fall.yaml:17:81: 'belopp.riksdagsarvode' i formeln är inget av ärendets belopp; skriv "
        "beloppet under 'belopp:' i ärendet, t.ex. belopp: {riksdagsarvode: 68400}"]


def test_the_number_may_come_first(tmp_path: Path) -> None:
    text = CASE.replace("formel: manad * 12", "formel: 12 × manad")
    assert table_lines(tmp_path, text) == table_lines(tmp_path)


ROADS = """\
dokumenttyp: tjansteskrivelse
datum: 2026-11-28
dnr: nej
titel: Räkneexempel
avsnitt:
  - tabell: exempel
tabeller:
  - namn: exempel
    totalt: false
    kolumner:
      - {namn: vag, rubrik: Väg}
      - {namn: langd, rubrik: Längd (m), typ: antal}
      - {namn: barmark, rubrik: Barmark, typ: belopp, formel: "langd * 1,46"}
      - {namn: vinter, rubrik: Vinter, typ: belopp, formel: "langd * 2,18"}
      - {namn: totalt, rubrik: Bidrag, typ: belopp, formel: barmark + vinter}
    rader:
      - {vag: Kortaste väg, langd: 150}
      - {vag: En kilometer, langd: 1 000}
"""


def test_products_of_a_rate_in_ore_that_come_to_whole_kronor_show_none(
        tmp_path: Path) -> None:
    # (trial 72, F8: "219,00 | 327,00 | 546,00" for 150 m × 1,46 kr and × 2,18 kr)
    assert table_lines(tmp_path, ROADS).splitlines()[2:] == [
        "| Kortaste väg | 150 | 219 | 327 | 546 |",
        "| En kilometer | 1~000 | 1~460 | 2~180 | 3~640 |"]


def test_a_column_of_products_shows_ore_on_every_row_when_one_has_them(
        tmp_path: Path) -> None:
    # (155 m × 1,46 kr is 226,30 kr: its column shows öre, 1 460,00 too; 155 × 2,18 is 337,90)
    text = ROADS.replace("langd: 150}", "langd: 155}")
    assert table_lines(tmp_path, text).splitlines()[2:] == [
        "| Kortaste väg | 155 | 226,30 | 337,90 | 564,20 |",
        "| En kilometer | 1~000 | 1~460,00 | 2~180,00 | 3~640,00 |"]


def test_a_product_typed_with_zero_ore_shows_its_column_with_ore(tmp_path: Path) -> None:
    text = ROADS.replace("langd: 150}", 'langd: 150, barmark: "219,00"}')
    assert table_lines(tmp_path, text).splitlines()[2:] == [
        "| Kortaste väg | 150 | 219,00 | 327 | 546,00 |",
        "| En kilometer | 1~000 | 1~460,00 | 2~180 | 3~640,00 |"]


def test_products_of_a_printed_price_with_ore_show_ore_when_they_are_whole(
        tmp_path: Path) -> None:
    # (2 × 21,50 kr and 4 × 10,25 kr: 43,00 and 41,00 beside the prices, as a price list)
    text = ORE.replace("FORMULA", "platser * pris").replace("platser: 3", "platser: 2") \
        .replace("platser: 2, pris: \"10,25\"", "platser: 4, pris: \"10,25\"")
    assert table_lines(tmp_path, text).splitlines()[2:] == [
        "| A | 2 | 21,50 | 43,00 |",
        "| B | 4 | 10,25 | 41,00 |",
        "| **Totalt** | **6** | | **84,00** |"]

"""Specification of the warning at a formula whose products a table in kr rounds to whole
kronor where a reader would miss it (generator.checks.rounded_products), and of 'avrunda:
ore', which keeps their öre (trial 72, F5: 37 % of a price of 22 kr per portion is 8,14 kr,
shown as 8 kr without a word)."""

from __future__ import annotations

from pathlib import Path

from generator.build import CaseResult, Pipeline

CASE = """\
dokumenttyp: tjansteskrivelse
datum: 2026-11-28
dnr: nej
titel: Skolmåltider
avsnitt:
  - rubrik: Pris per portion
    tabell: portion
tabeller:
  - namn: portion
    totalt: false
    kolumner:
      - {namn: namnd, rubrik: Nämnd}
      - {namn: pris, rubrik: Pris per portion, typ: belopp}
      - {namn: livsmedel, rubrik: Varav livsmedel (37 %), typ: belopp, formel: pris * 37 %}
    rader:
      - {namnd: Barn- och ungdomsnämnden, pris: 22}
      - {namnd: Bildningsnämnden, pris: 24}
"""


def built(tmp_path: Path, text: str) -> CaseResult:
    """The case built."""
    path = tmp_path / "fall.yaml"
    path.write_text(text, encoding="utf-8")
    return Pipeline().build(path)


def problems(tmp_path: Path, text: str) -> list[str]:
    """The case's problems as printed, without the folder, "~" for a no-break space."""
    return [p.format().replace(f"{tmp_path}/", "").replace("\u00a0", "~")
            for p in built(tmp_path, text).problems]


def table_lines(tmp_path: Path, text: str) -> list[str]:
    """The Markdown table's rows, "~" for a no-break space."""
    markdown = built(tmp_path, text).files["fall.md"].decode("utf-8").replace("\u00a0", "~")
    return [line for line in markdown.splitlines() if line.startswith("|")][2:]


def test_a_small_product_rounded_to_whole_kronor_is_warned_about(tmp_path: Path) -> None:
    assert problems(tmp_path, CASE) == [
        "fall.yaml:14:80: varning: kolumnen 'Varav livsmedel (37 %)' avrundas till hela "
        "kronor: Pris per portion × 37 % (22~kr × 37 %) = 8,14~kr visas som 8~kr för raden "
        "'Barn- och ungdomsnämnden' (och på 1 rad till); ska beloppen visas med ören, skriv "
        "'avrunda: ore' i kolumnen"]
    assert table_lines(tmp_path, CASE) == [
        "| Barn- och ungdomsnämnden | 22 | 8 |", "| Bildningsnämnden | 24 | 9 |"]


def test_avrunda_ore_keeps_the_products_ore_and_leaves_the_prices_as_written(
        tmp_path: Path) -> None:
    text = CASE.replace("formel: pris * 37 %}", "formel: pris * 37 %, avrunda: ore}")
    assert problems(tmp_path, text) == []
    assert table_lines(tmp_path, text) == [
        "| Barn- och ungdomsnämnden | 22 | 8,14 |", "| Bildningsnämnden | 24 | 8,88 |"]


def test_a_large_product_rounded_to_whole_kronor_is_not_warned_about(tmp_path: Path) -> None:
    # (37 % of 22 222 kr is 8 222,14 kr: 0,14 kr is nothing to a reader of 8 222 kr)
    text = CASE.replace("pris: 22}", "pris: 22 222}").replace("pris: 24}", "pris: 24 000}")
    assert problems(tmp_path, text) == []


def test_a_product_rounded_beside_a_column_with_ore_is_warned_about(tmp_path: Path) -> None:
    # (37 % of 541 kr is 200,17 kr: 0,17 kr is 0,1 %, but a column beside it shows öre)
    text = CASE.replace("pris: 22}", "pris: 541, ovrigt: \"2,50\"}").replace(
        "pris: 24}", "pris: 500, ovrigt: 3}").replace(
        "formel: pris * 37 %}", "formel: pris * 37 %}\n      - {namn: ovrigt, "
        "rubrik: Övrigt, typ: belopp}")
    assert problems(tmp_path, text) == [
        "fall.yaml:14:80: varning: kolumnen 'Varav livsmedel (37 %)' avrundas till hela "
        "kronor: Pris per portion × 37 % (541~kr × 37 %) = 200,17~kr visas som 200~kr för "
        "raden 'Barn- och ungdomsnämnden'; ska beloppen visas med ören, skriv 'avrunda: ore' "
        "i kolumnen"]


def test_avrunda_ore_in_a_table_in_tkr_is_an_error(tmp_path: Path) -> None:
    text = CASE.replace("totalt: false", "totalt: false\n    enhet: tkr").replace(
        "formel: pris * 37 %}", "formel: pris * 37 %, avrunda: ore}")
    assert problems(tmp_path, text) == [
        "fall.yaml:15:102: 'avrunda: ore' gäller bara en tabell i kr, där belopp kan ha ören; "
        "i en tabell i tkr avrundas beloppen till hela tkr; ta bort 'avrunda' här"]


def test_avrunda_krona_says_whole_kronor_and_is_not_warned_about(tmp_path: Path) -> None:
    case = CASE.replace("formel: pris * 37 %}", "formel: pris * 37 %, avrunda: krona}")
    assert problems(tmp_path, case) == []
    assert table_lines(tmp_path, case) == [
        "| Barn- och ungdomsnämnden | 22 | 8 |", "| Bildningsnämnden | 24 | 9 |"]


TAXA = """\
dokumenttyp: tjansteskrivelse
datum: nej
dnr: nej
titel: Sotningstaxa
belopp: {timersattning: 464}
avsnitt:
  - tabell: taxa
tabeller:
  - namn: taxa
    totalt: false
    kolumner:
      - {namn: objekt, rubrik: Objekt}
      - {namn: tid, rubrik: Objektstid (min), typ: tal}
      - {namn: exkl, rubrik: Exklusive moms, typ: belopp, formel: tid * belopp.timersattning / 60}
      - {namn: inkl, rubrik: Inklusive moms, typ: belopp, formel: exkl * 125 %}
    rader:
      - {objekt: Värmepanna fast bränsle – miljögodkänd, tid: "35,00"}
      - {objekt: Lokaleldstad därefter, tid: "25,00"}
      - {objekt: Sotning av rökkanal, tid: "12,00"}
"""


def test_a_column_from_another_rounded_formula_column_names_the_chain_and_one_formula(
        tmp_path: Path) -> None:
    assert problems(tmp_path, TAXA) == [
        "fall.yaml:15:67: varning: kolumnen 'Inklusive moms' räknar med 'Exklusive moms' som "
        "den visas, avrundad till hela kronor: Exklusive moms × 125 % (271~kr × 125 %) = "
        "338,75~kr visas som 339~kr för raden 'Värmepanna fast bränsle – miljögodkänd', men "
        "från det exakta beloppet 270,67~kr blir det 338~kr (och på 1 rad till); ska kolumnen "
        "räknas från det exakta beloppet, som i ett kalkylblad, skriv formeln i ett: 'formel: "
        "tid * belopp.timersattning * 125 % / 60'; ska den räkna med beloppen som tabellen "
        "visar, skriv 'avrunda: krona' i kolumnen"]
    assert table_lines(tmp_path, TAXA) == [
        "| Värmepanna fast bränsle – miljögodkänd | 35,00 | 271 | 339 |",
        "| Lokaleldstad därefter | 25,00 | 193 | 241 |",
        "| Sotning av rökkanal | 12,00 | 93 | 116 |"]


def test_the_one_formula_reckons_from_the_exact_amount_and_is_not_warned_about(
        tmp_path: Path) -> None:
    case = TAXA.replace("formel: exkl * 125 %", "formel: tid * belopp.timersattning * 125 % / 60")
    assert problems(tmp_path, case) == []
    assert [line.split(" | ")[-1] for line in table_lines(tmp_path, case)] == [
        "338 |", "242 |", "116 |"]


def test_avrunda_krona_keeps_the_figures_as_shown_without_a_warning(tmp_path: Path) -> None:
    case = TAXA.replace("formel: exkl * 125 %}", "formel: exkl * 125 %, avrunda: krona}")
    assert problems(tmp_path, case) == []


def test_a_chain_written_as_a_sum_gets_the_chain_without_one_formula(tmp_path: Path) -> None:
    case = TAXA.replace("formel: exkl * 125 %", "formel: exkl + exkl * 25 %")
    assert problems(tmp_path, case)[0].endswith(
        "skriv formeln i ett, med formeln för 'Exklusive moms' i stället för exkl; ska den "
        "räkna med beloppen som tabellen visar, skriv 'avrunda: krona' i kolumnen")


def test_a_whole_number_of_another_rounded_column_is_the_figure_as_shown(
        tmp_path: Path) -> None:
    case = TAXA.replace("formel: exkl * 125 %", "formel: exkl * 12")
    assert problems(tmp_path, case) == []
    assert [line.split(" | ")[-1] for line in table_lines(tmp_path, case)] == [
        "3~252 |", "2~316 |", "1~116 |"]

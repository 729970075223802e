"""Specification of counts typed in text (`checks.literal_counts`): a number that a word ties
to a table's count column ("214 patienter" and "Antal patienter") is checked against its counts
by the near-miss rules of amounts; nothing else is read as a count (trial 56, F1)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline

CASE = """\
dokumenttyp: lagesbeskrivning
datum: 2022-09-09
dnr: nej
titel: Dagsläge covid-19
avsnitt:
  - rubrik: Vårdplatser
    text: "{text}"
    tabell: vardade
tabeller:
  - namn: vardade
    totalt: Vårdade med covid-19 i morse
{total}    kolumner:
      - {{namn: vard, rubrik: Vårdform}}
      - {{namn: antal, rubrik: Antal patienter, typ: antal}}
    rader:
      - {{vard: Intensivvård, antal: 5}}
      - {{vard: Akutsjukhus (exkl. IVA), antal: 139}}
      - {{vard: Geriatrisk vård, antal: {last}}}
"""
TOTAL = "totalraden 'Vårdade med covid-19 i morse' i tabellen 'vardade'"
NBSP = "\u00a0"


def problems(tmp_path: Path, text: str, last: int = 71, total: str = "") -> list[str]:
    """The case's problems as printed, without the folder, figures with plain spaces."""
    case = tmp_path / "x.yaml"
    case.write_text(CASE.format(text=text, last=last, total=total), encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "").replace(NBSP, " ")
            for p in Pipeline().build(case).problems]


def test_a_count_in_text_one_off_the_tables_total_is_a_warning(tmp_path: Path) -> None:
    # (trial 56, F1: "I morse vårdades 214 patienter" above rows that add up to 215)
    assert problems(tmp_path, "I morse vårdades 214 patienter med covid-19.") == [
        "x.yaml:7:29: varning: talet 214 i texten ('214 patienter') stämmer inte exakt med "
        f"tabellens 215 på {TOTAL}; menar texten det talet, skriv "
        "{{ tabeller.vardade.antal }} så följer texten tabellen"]


def test_a_count_with_two_digits_swapped_is_a_slip_of_the_table(tmp_path: Path) -> None:
    assert problems(tmp_path, "I morse vårdades 241 patienter.", last=70) == [
        "x.yaml:7:29: varning: talet 241 i texten ('241 patienter') finns inte i tabellen, men "
        f"med två siffror omkastade stämmer det med tabellens 214 på {TOTAL}; menar texten det "
        "talet, skriv {{ tabeller.vardade.antal }} så följer texten tabellen"]


def test_a_rows_count_is_named_by_its_row(tmp_path: Path) -> None:
    assert problems(tmp_path, "Av dem vårdades 193 patienter på akutsjukhus.") == [
        "x.yaml:7:28: varning: talet 193 i texten ('193 patienter') finns inte i tabellen, men "
        "med två siffror omkastade stämmer det med tabellens 139 på raden 'Akutsjukhus (exkl. "
        "IVA)' i tabellen 'vardade'; menar texten det talet, skriv "
        "{{ tabeller.vardade.rader[1].antal }} så följer texten tabellen"]


def test_a_stated_total_that_fails_names_the_text_that_copied_it(tmp_path: Path) -> None:
    # (trial 56, F1: the secretary should not put right the table alone)
    assert problems(tmp_path, "I morse vårdades 214 patienter.",
                    total="    summa: {antal: 214}\n") == [
        "x.yaml:7:29: varning: talet 214 i texten ('214 patienter') stämmer inte med tabellens "
        f"215 på {TOTAL}, men är den angivna summan, som inte stämmer med delarna; kontrollera "
        "först summafelet i tabellen",
        f"x.yaml:12:20: angiven summa 214 för {TOTAL} stämmer inte med summan av delarna 215 "
        "(den angivna är 1 för låg); rätta summan eller ta bort den så räknas den ut; texten "
        "säger också '214 patienter': rätta talet där också, eller skriv "
        "{{ tabeller.vardade.antal }} så följer texten tabellen"]


@pytest.mark.parametrize("text", [
    "I morse vårdades 215 patienter.",
    "I morse vårdades cirka 200 patienter.",
    "I morse vårdades 215 inlagda patienter, av dem 5 i intensivvård.",
    "Patienterna var 214.",
    "I morse vårdades {{ tabeller.vardade.antal }} patienter.",
])
def test_a_count_that_states_the_table_or_names_no_column_passes(
        tmp_path: Path, text: str) -> None:
    assert problems(tmp_path, text) == []


def test_one_word_may_stand_between_the_count_and_the_columns_word(tmp_path: Path) -> None:
    assert [p.split(": varning: ")[1][:40] for p in problems(
        tmp_path, "I morse vårdades 214 inlagda patienter.")] == [
        "talet 214 i texten ('214 inlagda patient"]


def test_the_total_labels_words_tie_a_count_too(tmp_path: Path) -> None:
    assert [p.split(": varning: ")[1][:36] for p in problems(
        tmp_path, "Det var 214 vårdade i morse.")] == ["talet 214 i texten ('214 vårdade') s"]


@pytest.mark.parametrize("text", [
    "Enligt § 214 patienter.",
    "Sedan 2014 patienter har vårdats.",
    "Mellan 3–214 patienter om dagen.",
    "Den 9 juni 214 patienter.",
    "Patienter över 214 år gamla patienter.",
    "Rapporten nr 214 patienter.",
    "Klockan 15.214 patienter.",
])
def test_years_dates_paragraphs_ages_and_ranges_are_no_counts(tmp_path: Path,
                                                              text: str) -> None:
    assert problems(tmp_path, text, last=1872) == []


YEARS = """\
dokumenttyp: tjansteskrivelse
datum: 2017-02-15
dnr: nej
titel: Nyckeltal
avsnitt:
  - rubrik: Nyckeltal
    text: "{text}"
    tabell: volymer
tabeller:
  - namn: volymer
    totalt: false
    kolumner:
      - {{namn: post, rubrik: Volymer}}
      - {{namn: a2015, rubrik: "2015", typ: antal}}
      - {{namn: a2016, rubrik: "2016", typ: antal}}
    rader:
      - {{post: "Gode män och förvaltare, antal", a2015: 600, a2016: 695}}
      - {{post: "Godmanskapsärenden, antal", a2015: 1329, a2016: 1355}}
"""


def year_problems(tmp_path: Path, text: str) -> list[str]:
    """The problems of a count table whose columns are years, as printed."""
    case = tmp_path / "x.yaml"
    case.write_text(YEARS.format(text=text), encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "").replace(NBSP, " ")
            for p in Pipeline().build(case).problems]


def test_a_rows_label_ties_a_count_to_its_cells_where_the_columns_are_years(
        tmp_path: Path) -> None:
    # (trial 58, F4: "Antal godmanskapsärenden" | 2014 | 2015 | 2016, the noun in the row)
    assert year_problems(tmp_path, "Det var 1 392 godmanskapsärenden 2015.") == [
        "x.yaml:7:20: varning: talet 1 392 i texten ('1 392 godmanskapsärenden') finns inte "
        "i tabellen, men med två siffror omkastade stämmer det med tabellens 1 329 på raden "
        "'Godmanskapsärenden, antal', kolumnen '2015' i tabellen 'volymer'; menar texten det "
        "talet, skriv {{ tabeller.volymer.rader[1].a2015 }} så följer texten tabellen"]


@pytest.mark.parametrize("text", [
    "Det var 1 355 godmanskapsärenden år 2016 mot 1 329 året innan.",
    "Det fanns 695 gode män och förvaltare.",
    "Godmanskapsärendena var 1 392 till antalet.",
    "Det fanns 1 392 förvaltare.",
])
def test_a_count_a_rows_cell_states_or_no_row_word_ties_passes(tmp_path: Path,
                                                               text: str) -> None:
    assert year_problems(tmp_path, text) == []


def test_a_rows_label_ties_a_count_to_that_rows_cells_only(tmp_path: Path) -> None:
    # ('förvaltare' ties a count to the row 'Gode män och förvaltare' alone: 1 392 above)
    assert [p.split(": varning: ")[1] for p in year_problems(
        tmp_path, "Det fanns 659 förvaltare.")] == [
        "talet 659 i texten ('659 förvaltare') finns inte i tabellen, men med två siffror "
        "omkastade stämmer det med tabellens 695 på raden 'Gode män och förvaltare, antal', "
        "kolumnen '2016' i tabellen 'volymer'; menar texten det talet, skriv "
        "{{ tabeller.volymer.rader[0].a2016 }} så följer texten tabellen"]


PLATSER = """\
dokumenttyp: lagesbeskrivning
datum: 2021-03-22
dnr: nej
titel: Feriearbetsplatser
avsnitt:
  - rubrik: Fördelning av feriearbetsplatser per sektor
    text: "{text}"
    tabell: platser
  - rubrik: Annat
    text: Inget mer.
    tabell: annat
tabeller:
  - namn: platser
    kolumner:
      - {{namn: sektor, rubrik: Sektor}}
      - {{namn: fore, rubrik: Platser enligt budget, typ: antal}}
      - {{namn: efter, rubrik: Platser efter utökning, typ: antal}}
    rader:
      - {{sektor: Sektor lärande, fore: 12, efter: 20}}
      - {{sektor: Sektor omsorg och arbetsmarknad, fore: 10, efter: 17}}
      - {{sektor: Sektor samhällsbyggnad, fore: 7, efter: 12}}
      - {{sektor: Kommunledningsförvaltningen, fore: 2, efter: 3}}
  - namn: annat
    kolumner:
      - {{namn: sak, rubrik: Sak}}
      - {{namn: antal, rubrik: Antal ansökningar, typ: antal}}
    rader:
      - {{sak: Feriearbete, antal: 40}}
      - {{sak: Entreprenörer, antal: 35}}
"""


def platser(tmp_path: Path, text: str) -> list[str]:
    """The problems of the trial's table of places per sektor under the given text."""
    case = tmp_path / "x.yaml"
    case.write_text(PLATSER.format(text=text), encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "").replace(NBSP, " ")
            for p in Pipeline().build(case).problems]


@pytest.mark.parametrize("said", ["53", "51"])
def test_a_two_digit_count_one_off_its_headers_total_is_a_warning(
        tmp_path: Path, said: str) -> None:
    # (trial 94, F2: "Totalt blir det 53 platser" for a column of 52 places)
    assert platser(tmp_path, f"Platserna fördelas enligt tabellen. Totalt blir det {said} "
                             "platser.") == [
        f"x.yaml:7:64: varning: talet {said} i texten ('{said} platser') stämmer "
        "inte exakt med tabellens 52 på totalen i tabellen 'platser', kolumnen 'Platser efter "
        "utökning'; menar texten det talet, skriv {{ tabeller.platser.efter }} så följer "
        "texten tabellen"]


@pytest.mark.parametrize("text", [
    "Totalt blir det 52 platser och 31 platser enligt budget.",
    "Totalt blir det 54 platser.",
    "Sektor lärande får 19 platser.",
    "Totalt blir det ca 53 platser.",
    "Totalt blir det 53 anställda.",
    "Det kom in 76 ansökningar.",
])
def test_other_two_digit_counts_pass(tmp_path: Path, text: str) -> None:
    # (one from a row, two from the total, another heading's table: another number)
    assert platser(tmp_path, text) == []

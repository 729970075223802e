"""Specification: a number column whose header says percent but whose numbers have no "%"
is an error where an amount's formula multiplies by it (trial 89, F4: 4 905 kr raised by
"4,75" under "Höjning (%)" came to 28 204 kr, silently), and "%" both in a number column's
header and in its numbers is a warning (trial 88, F10: the page shows it twice)."""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline

CASE = """\
dokumenttyp: tjansteskrivelse
datum: 2024-02-26
dnr: SN 2024/18
titel: Hyror per kategori 2024
avsnitt:
  - {{rubrik: Ärendet, tabell: hyror}}
tabeller:
  - namn: hyror
    totalt: false
    kolumner:
      - {{namn: kat, rubrik: Kategori}}
      - {{namn: procent, rubrik: {header}, typ: tal}}
      - {{namn: gammal, rubrik: Hyra 2023, typ: belopp}}
      - {{namn: ny, rubrik: Hyra 2024, typ: belopp, formel: {formula}, avrunda: krona}}
    rader:
      - {{kat: Lägenhet, procent: "{first}", gammal: 4 905}}
      - {{kat: Lokal, procent: "{second}", gammal: 12 400}}
"""


def problems(tmp_path: Path, header: str = "Höjning (%)",
             formula: str = "gammal + gammal * procent",
             first: str = "4,75", second: str = "3") -> list[str]:
    """The case's problems, without the folder, " " for a no-break space."""
    path = tmp_path / "x.yaml"
    path.write_text(CASE.format(header=header, formula=formula, first=first, second=second),
                    encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "").replace("\u00a0", " ")
            for p in Pipeline().build(path).problems]


def test_numbers_without_percent_under_a_percent_header_are_an_error(tmp_path: Path) -> None:
    assert problems(tmp_path) == [
        "x.yaml:16:34: kolumnen 'Höjning (%)' säger procent i rubriken, men talen är skrivna "
        "utan %, så formeln för 'Hyra 2024 (kr)' (Hyra 2023 + Höjning (%) × Hyra 2023, "
        "avrundat till hela kronor) räknar med 4,75 gånger, inte 4,75 %; skriv talen "
        "med %, t.ex. \"4,75 %\" och rubriken utan %, som talen då har"]


def test_a_header_naming_procent_in_words_is_percent_too(tmp_path: Path) -> None:
    assert problems(tmp_path, header="Höjning i procent")[0].startswith(
        "x.yaml:16:34: kolumnen 'Höjning i procent' säger procent i rubriken")


def test_a_formula_dividing_by_100_means_the_numbers_as_written(tmp_path: Path) -> None:
    assert problems(tmp_path, formula="gammal + gammal * procent / 100") == []


def test_numbers_with_percent_under_a_plain_header_are_right(tmp_path: Path) -> None:
    assert problems(tmp_path, header="Höjning", first="4,75 %", second="3 %") == []


def test_percent_in_the_header_and_in_every_number_is_a_warning(tmp_path: Path) -> None:
    assert problems(tmp_path, first="4,75 %", second="3 %") == [
        "x.yaml:16:34: varning: kolumnen 'Höjning (%)' har % i rubriken och i varje tal, så "
        "dokumentet skriver procenttecknet två gånger; ta bort % ur rubriken"]


def test_a_header_with_words_besides_the_percent_keeps_them(tmp_path: Path) -> None:
    """Trial 93, F2: "Grundkostnad (% av prisbasbeloppet)" is the source's heading; only the
    numbers lack their "%"."""
    assert problems(tmp_path, header="Höjning (% av hyran)") == [
        "x.yaml:16:34: kolumnen 'Höjning (% av hyran)' säger procent i rubriken, men talen är "
        "skrivna utan %, så formeln för 'Hyra 2024 (kr)' (Hyra 2023 + Höjning (% av hyran) × "
        "Hyra 2023, avrundat till hela kronor) räknar med 4,75 gånger, inte 4,75 %; skriv "
        "talen med %, t.ex. \"4,75 %\""]


def typed(tmp_path: Path, second: str) -> list[str]:
    """The problems of the case with its rents for 2024 typed (5 138 kr and 12 772 kr), the
    first row's increase "4,75" without "%" and the second's `second`."""
    path = tmp_path / "x.yaml"
    text = CASE.format(header="Höjning (%)", formula="gammal + gammal * procent",
                       first="4,75", second=second)
    path.write_text(text.replace("gammal: 4 905}", "gammal: 4 905, ny: 5 138}")
                    .replace("gammal: 12 400}", "gammal: 12 400, ny: 12 772}"), encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "").replace("\u00a0", " ")
            for p in Pipeline().build(path).problems]


def test_a_typed_amount_the_formula_checks_by_that_number_is_a_follow_on(
        tmp_path: Path) -> None:
    """Trial 93, F2: the amount is a hundredfold off because of the number, not wrong."""
    assert typed(tmp_path, "3 %")[1:] == [
        "x.yaml:16:61: beloppet 5 138 kr i kolumnen 'Hyra 2024 (kr)' kan inte kontrolleras "
        "förrän felet ovan är rättat",
        "x.yaml:17:31: kolumnen 'procent' blandar procent och tal: '3 %' har % men '4,75' på "
        "rad 16 har det inte, skriv alla tal i kolumnen med % om de är procent, annars \"3\" "
        "utan %"]
    assert typed(tmp_path, "3")[1:] == [
        "x.yaml:16:61: 2 belopp i kolumnen 'Hyra 2024 (kr)' (raderna 16 och 17) kan inte "
        "kontrolleras förrän felet ovan är rättat"]


def test_a_percentage_written_with_the_word_is_a_percentage(tmp_path: Path) -> None:
    """Trial 93, F9: "110 procent", as text may write it."""
    assert problems(tmp_path, header="Höjning", first="4,75 procent", second="3 %") == []

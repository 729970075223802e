"""Specification, by exact Markdown, Word and messages, of fee tables with öre (trial 36, F1
and F8: Klippans kommun's VA-taxa 2019; trial 38, F5: Vetlanda kommun's prislista för
måltider): every fee prints as it is typed, "8" as 8, "8,00" as 8,00 and "8,40" as 8,40, a
computed figure with two decimals where a fee it is made from has them, text names each as its
cell prints it, and amounts typed in text are checked against them as against any figure."""

from __future__ import annotations

from pathlib import Path

from generator.build import CaseResult, Pipeline
from generator.word.dump import dump_docx

CASE = """\
dokumenttyp: beslut
avsandare: [Klippans kommun]
datum: 2018-12-03
dnr: nej
titel: Ny VA-taxa för 2019
beslut:
  beslutande: Kommunfullmäktige
  datum: 2018-11-29
  punkter:
    - höja den fasta brukningsavgiften till {{ tabeller.va.rader[0].t2019 }} per år och
      avgiften för renvatten till {{ tabeller.va.rader[1].t2019 }} per m3.
avsnitt:
  - rubrik: Nya avgifter
    text: |
      Den fasta avgiften ökar från 2 456 kr till 2 530 kr. Renvatten ökar från 8 kr/m3
      till 8,40 kr/m3 och spillvatten från 12,75 kr/m3 till 13,13 kr/m3.
    tabell: va
tabeller:
  - namn: va
    totalt: false
    kolumner:
      - {namn: avgift, rubrik: Avgift}
      - {namn: per, rubrik: Per, typ: text}
      - {namn: t2018, rubrik: "2018", typ: belopp}
      - {namn: t2019, rubrik: "2019", typ: belopp}
      - {namn: okning, rubrik: Ökning, typ: belopp, formel: t2019 - t2018}
      - {namn: procent, rubrik: Förändring, typ: forandring, fran: t2018, till: t2019, decimaler: 0}
    rader:
      - {avgift: Fast brukningsavgift, per: år, t2018: 2 456, t2019: 2 530, procent: "3 %"}
      - {avgift: Levererat renvatten, per: m3, t2018: 8, t2019: "8,40", procent: "5 %"}
      - {avgift: Mottaget spillvatten, per: m3, t2018: "12,75", t2019: "13,13", okning: "0,38"}
"""


def built(tmp_path: Path, text: str = CASE) -> CaseResult:
    """The case built."""
    path = tmp_path / "fall.yaml"
    path.write_text(text, encoding="utf-8")
    return Pipeline().build(path)


def problems(tmp_path: Path, text: str) -> list[str]:
    """The case's problems as printed, without the folder."""
    return [p.format().replace(f"{tmp_path}/", "") for p in built(tmp_path, text).problems]


def markdown(tmp_path: Path, text: str = CASE) -> str:
    """The Markdown, "~" for a no-break space, of the case without problems."""
    result = built(tmp_path, text)
    assert result.problems == []
    return result.files["fall.md"].decode("utf-8").replace("\u00a0", "~")


def table_lines(tmp_path: Path, text: str = CASE) -> str:
    """The Markdown table's lines."""
    lines = markdown(tmp_path, text).splitlines()
    return "\n".join(line for line in lines if line.startswith("|"))


def word_rows(tmp_path: Path, text: str = CASE) -> list[str]:
    """The first Word table's body rows as `dump_docx` prints them, "~" for a no-break space."""
    dump = dump_docx(built(tmp_path, text).files["fall.docx"]).replace("\u00a0", "~")
    return dump[dump.index("[tabell stil=Table Grid"):].split("\n[", 1)[0].splitlines()[2:]


def test_a_fee_table_shows_every_fee_of_a_column_with_ore_in_markdown(tmp_path: Path) -> None:
    assert table_lines(tmp_path) == """\
| Avgift | Per | 2018 (kr) | 2019 (kr) | Ökning (kr) | Förändring |
|:--|:--|--:|--:|--:|--:|
| Fast brukningsavgift | år | 2~456,00 | 2~530,00 | 74,00 | 3~% |
| Levererat renvatten | m3 | 8,00 | 8,40 | 0,40 | 5~% |
| Mottaget spillvatten | m3 | 12,75 | 13,13 | 0,38 | 3~% |"""


def test_a_fee_typed_with_two_decimals_keeps_them(tmp_path: Path) -> None:
    text = CASE.replace("t2018: 8,", 't2018: "8,00",')
    assert table_lines(tmp_path, text).splitlines()[3] == \
        "| Levererat renvatten | m3 | 8,00 | 8,40 | 0,40 | 5~% |"
    assert word_rows(tmp_path, text)[1] == \
        "  | Levererat renvatten | m3 | >8,00 | >8,40 | >0,40 | >5~% | ↓"


def test_text_names_a_fee_as_its_cell_prints_it(tmp_path: Path) -> None:
    assert ("att höja den fasta brukningsavgiften till 2~530~kr per år och avgiften för "
            "renvatten till 8,40~kr per m3.") in markdown(tmp_path)


def test_a_fee_table_shows_every_fee_of_a_column_with_ore_in_word(tmp_path: Path) -> None:
    assert word_rows(tmp_path) == [
        "  | Fast brukningsavgift | år | >2~456,00 | >2~530,00 | >74,00 | >3~% | ↓",
        "  | Levererat renvatten | m3 | >8,00 | >8,40 | >0,40 | >5~% | ↓",
        "  | Mottaget spillvatten | m3 | >12,75 | >13,13 | >0,38 | >3~% |"]


MEALS = """\
dokumenttyp: beslut
avsandare: [Vetlanda kommun]
datum: 2024-12-20
dnr: nej
titel: Prislista för måltider
beslut:
  beslutande: Kommunfullmäktige
  datum: 2024-12-16
  punkter:
    - fastställa prislistan med pedagogisk lunch i skolan {{ tabeller.skola.rader[0].lunch }}
      och pedagogisk frukost i skolan {{ tabeller.skola.rader[0].frukost }} per portion.
avsnitt:
  - rubrik: Prislista för förskola och skola
    tabell: skola
tabeller:
  - namn: skola
    totalt: false
    kolumner:
      - {namn: grupp, rubrik: Grupp}
      - {namn: frukost, rubrik: Frukost, typ: belopp}
      - {namn: mellanmal, rubrik: Mellanmål, typ: belopp}
      - {namn: lunch, rubrik: Lunch, typ: belopp}
    rader:
      - {grupp: "Pedagogisk måltid skola*", frukost: "21,50", mellanmal: "21,50", lunch: 42}
      - {grupp: "Pedagogisk måltid förskola*", frukost: 20, mellanmal: 20, lunch: 39}
      - {grupp: Praktikant, frukost: 20, mellanmal: "21,50", lunch: 42}
"""
"""Vetlanda kommun, prislista för måltider (trial 38, F5): the columns are meals."""


def test_a_price_list_prints_a_column_with_one_price_in_ore_with_ore_throughout(
        tmp_path: Path) -> None:
    assert table_lines(tmp_path, MEALS) == """\
| Grupp | Frukost (kr) | Mellanmål (kr) | Lunch (kr) |
|:--|--:|--:|--:|
| Pedagogisk måltid skola\\* | 21,50 | 21,50 | 42 |
| Pedagogisk måltid förskola\\* | 20,00 | 20,00 | 39 |
| Praktikant | 20,00 | 21,50 | 42 |"""
    assert word_rows(tmp_path, MEALS) == [
        "  | Pedagogisk måltid skola* | >21,50 | >21,50 | >42 | ↓",
        "  | Pedagogisk måltid förskola* | >20,00 | >20,00 | >39 | ↓",
        "  | Praktikant | >20,00 | >21,50 | >42 |"]


def test_a_price_list_names_a_price_in_text_as_its_cell_prints_it(tmp_path: Path) -> None:
    assert ("att fastställa prislistan med pedagogisk lunch i skolan 42~kr och pedagogisk "
            "frukost i skolan 21,50~kr per portion.") in markdown(tmp_path, MEALS)


def test_more_decimals_than_ore_are_reported_at_the_cell_with_what_to_write(
        tmp_path: Path) -> None:
    assert problems(tmp_path, CASE.replace('t2019: "8,40"', 't2019: "8,405"')) == [
        "fall.yaml:30:65: '8,405' har fler decimaler än ören, ett belopp i kronor har högst två "
        "decimaler; skriv 8 405 om det är tusental, annars 8,40 eller 8,41"]
    assert problems(tmp_path, CASE.replace('t2018: "12,75"', "t2018: 12.7551")) == [
        "fall.yaml:31:56: '12.7551' har fler decimaler än ören, ett belopp i kronor har högst "
        "två decimaler; skriv 12,75 eller 12,76"]
    assert problems(tmp_path, CASE.replace('t2018: "12,75"', "t2018: 12.755")) == [
        "fall.yaml:31:56: '12.755' är tvetydigt, en punkt före tre siffror kan vara tusental; "
        "skriv 12 755 om det är tusental, annars 12,75 eller 12,76 med decimalkomma"]


def test_a_stated_difference_and_change_are_checked_with_ore(tmp_path: Path) -> None:
    text = CASE.replace('okning: "0,38"', 'okning: "0,83"').replace('"5 %"', '"3 %"')
    assert problems(tmp_path, text) == [
        "fall.yaml:30:82: angiven förändring 3~% för raden 'Levererat renvatten' stämmer inte "
        "med uträkningen ('2019 (kr)' − '2018 (kr)') / '2018 (kr)' = 5~%; rätta värdet eller ta "
        "bort det så räknas det ut".replace("~", "\u00a0"),
        "fall.yaml:31:89: angivet belopp 0,83~kr för raden 'Mottaget spillvatten', kolumnen "
        "'Ökning (kr)' stämmer inte med uträkningen '2019 (kr)' − '2018 (kr)' = 0,38~kr (det "
        "angivna är 0,45~kr för högt); rätta beloppet (0,38 i stället för 0,83?) eller ta bort "
        "det så räknas det ut".replace("~", "\u00a0")]


def test_amounts_with_ore_in_text_are_checked_as_other_amounts_are(tmp_path: Path) -> None:
    text = CASE.replace("till 13,13 kr/m3", "till 13,31 kr/m3").replace(
        "renvatten till {{ tabeller.va.rader[1].t2019 }}", "renvatten till 8,41 kr")
    assert problems(tmp_path, text) == [
        "fall.yaml:11:35: beloppet '8,41 kr' i beslutet finns inte i tabellerna (närmast: "
        "8,40\u00a0kr på raden 'Levererat renvatten'), hänvisa till beloppet med "
        "{{ tabeller.va.rader[1].t2019 }}",
        "fall.yaml:16:61: varning: beloppet '13,31 kr' i texten finns inte i tabellerna, "
        "men med två siffror omkastade stämmer det med "
        "tabellens 13,13\u00a0kr på raden 'Mottaget spillvatten'; menar texten det beloppet, "
        "skriv "
        "{{ tabeller.va.rader[2].t2019 }} så följer texten tabellen"]

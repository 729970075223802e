"""Specification, by exact Markdown, Word and messages, of a fee table with öre (trial 36, F1
and F8: Klippans kommun's VA-taxa 2019): whole-krona fees print without ",00", fees with öre
with two decimals in every column of their row, text names them as the table prints them, and
amounts typed in text are checked against them as against any figure."""

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


def markdown(tmp_path: Path) -> str:
    """The Markdown, "~" for a no-break space, of the case without problems."""
    result = built(tmp_path)
    assert result.problems == []
    return result.files["fall.md"].decode("utf-8").replace("\u00a0", "~")


def test_a_fee_table_shows_ore_per_row_in_markdown(tmp_path: Path) -> None:
    lines = [line for line in markdown(tmp_path).splitlines() if line.startswith("|")]
    assert "\n".join(lines) == """\
| Avgift | Per | 2018 (kr) | 2019 (kr) | Ökning (kr) | Förändring |
|:--|:--|--:|--:|--:|--:|
| Fast brukningsavgift | år | 2~456 | 2~530 | 74 | 3~% |
| Levererat renvatten | m3 | 8,00 | 8,40 | 0,40 | 5~% |
| Mottaget spillvatten | m3 | 12,75 | 13,13 | 0,38 | 3~% |"""


def test_text_names_a_fee_as_its_row_prints_it(tmp_path: Path) -> None:
    assert ("att höja den fasta brukningsavgiften till 2~530~kr per år och avgiften för "
            "renvatten till 8,40~kr per m3.") in markdown(tmp_path)


def test_a_fee_table_shows_ore_per_row_in_word(tmp_path: Path) -> None:
    dump = dump_docx(built(tmp_path).files["fall.docx"]).replace("\u00a0", "~")
    rows = dump[dump.index("[tabell stil=Table Grid"):].split("\n[", 1)[0].splitlines()
    assert rows[2:] == [
        "  | Fast brukningsavgift | år | >2~456 | >2~530 | >74 | >3~% | ↓",
        "  | Levererat renvatten | m3 | >8,00 | >8,40 | >0,40 | >5~% | ↓",
        "  | Mottaget spillvatten | m3 | >12,75 | >13,13 | >0,38 | >3~% |"]


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
        "med uträkningen (2019 − 2018) / 2018 = 5~%; rätta värdet eller ta bort det så räknas "
        "det ut".replace("~", "\u00a0"),
        "fall.yaml:31:89: angivet belopp 0,83~kr för raden 'Mottaget spillvatten', kolumnen "
        "'Ökning (kr)' stämmer inte med uträkningen 2019 − 2018 = 0,38~kr (det angivna är "
        "0,45~kr för högt); rätta beloppet eller ta bort det så räknas det ut"
        .replace("~", "\u00a0")]


def test_amounts_with_ore_in_text_are_checked_as_other_amounts_are(tmp_path: Path) -> None:
    text = CASE.replace("till 13,13 kr/m3", "till 13,31 kr/m3").replace(
        "renvatten till {{ tabeller.va.rader[1].t2019 }}", "renvatten till 8,41 kr")
    assert problems(tmp_path, text) == [
        "fall.yaml:11:35: beloppet '8,41 kr' i beslutet finns inte i tabellerna (närmast: "
        "8,40\u00a0kr på raden 'Levererat renvatten'), hänvisa till beloppet med "
        "{{ tabeller.va.rader[1].t2019 }}",
        "fall.yaml:16:61: varning: beloppet '13,31 kr' i texten stämmer inte exakt med det "
        "beräknade 13,13\u00a0kr på raden 'Mottaget spillvatten' "
        "(tabeller.va.rader[2].t2019); menar texten det beloppet, skriv "
        "{{ tabeller.va.rader[2].t2019 }} så följer texten tabellen"]

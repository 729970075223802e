"""Specification, by exact Markdown, Word and messages, of a fee of nothing in an amount cell
(trial 60, F1: Vara kommun's kulturskola taxa writes "Gratis" and "Gratis vid
instrumentalundervisning" in its fee column). A word for no fee ("Gratis", "Avgiftsfri",
"Kostnadsfritt", "Ingen avgift", in any case, perhaps followed by its condition) counts as 0 kr
in sums and formulas and prints as written, right-aligned as the amounts; a dash stays "no
amount"; any other word is refused with what may be written."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.build import CaseResult, Pipeline
from generator.cli import main
from generator.word.dump import dump_docx

CASE = """\
dokumenttyp: beslut
avsandare: [Vara kommun]
datum: 2022-11-16
dnr: nej
titel: Avgifter på kulturskolan
beslut:
  beslutande: Bildningsnämnden
  punkter:
    - anta avgifter på kulturskolan enligt tabellen.
avsnitt:
  - rubrik: Avgifter
    tabell: avgifter
tabeller:
  - namn: avgifter
    kolumner:
      - {namn: aktivitet, rubrik: Aktivitet}
      - {namn: avgift, rubrik: Avgift, typ: belopp}
      - {namn: hyra, rubrik: Instrumenthyra, typ: belopp}
      - {namn: summa_termin, rubrik: Per termin, typ: belopp, formel: avgift + hyra}
    rader:
      - {aktivitet: El Sistema, avgift: Gratis, hyra: 300}
      - {aktivitet: Ensemblespel, avgift: Gratis vid instrumentalundervisning, hyra: "–"}
      - {aktivitet: Terminskurs, avgift: 600 kr, hyra: 300}
"""


def built(tmp_path: Path, text: str = CASE) -> CaseResult:
    """The case built."""
    path = tmp_path / "taxa.yaml"
    path.write_text(text, encoding="utf-8")
    return Pipeline().build(path)


def problems(tmp_path: Path, text: str = CASE) -> list[str]:
    """The case's errors as printed, without the folder (its one warning, that a taxa is
    summed, is `test_a_summed_taxa_is_warned_about_as_any_price_list`)."""
    return [p.format().replace(f"{tmp_path}/", "") for p in built(tmp_path, text).problems
            if p.is_error]


def test_a_summed_taxa_is_warned_about_as_any_price_list(tmp_path: Path) -> None:
    # (the total row shows what "Gratis" counts as; a real taxa writes 'totalt: false')
    assert [p.format().replace(f"{tmp_path}/", "") for p in built(tmp_path).problems] == [
        "taxa.yaml:17:45: varning: 'avgift' ser ut att vara en avgift per rad, men summeras, "
        "så tabellen visar en summa av avgift som inte säger något; skriv 'summeras: nej' i "
        "kolumnen, eller 'totalt: false' i tabellen"]
    unsummed = CASE.replace("  - namn: avgifter\n", "  - namn: avgifter\n    totalt: false\n")
    assert [p.format() for p in built(tmp_path, unsummed).problems] == []


def table_lines(tmp_path: Path, text: str = CASE) -> str:
    """The Markdown table's lines, "~" for a no-break space."""
    markdown = built(tmp_path, text).files["taxa.md"].decode("utf-8").replace("\u00a0", "~")
    return "\n".join(line for line in markdown.splitlines() if line.startswith("|"))


def test_a_free_fee_prints_as_written_and_counts_as_nothing(tmp_path: Path) -> None:
    assert problems(tmp_path) == []
    assert table_lines(tmp_path) == """\
| Aktivitet | Avgift (kr) | Instrumenthyra (kr) | Per termin (kr) |
|:--|--:|--:|--:|
| El Sistema | Gratis | 300 | 300 |
| Ensemblespel | Gratis vid instrumentalundervisning | – | 0 |
| Terminskurs | 600 | 300 | 900 |
| **Totalt** | **600** | **600** | **1~200** |"""


def test_word_prints_the_same_words_right_aligned(tmp_path: Path) -> None:
    dump = dump_docx(built(tmp_path).files["taxa.docx"])
    rows = dump[dump.index("[tabell stil=Table Grid"):].split("\n[", 1)[0].splitlines()[2:4]
    assert rows == ["  | El Sistema | >Gratis | >300 | >300 | ↓",
                    "  | Ensemblespel | >Gratis vid instrumentalundervisning | >– | >0 | ↓"]


def test_beslut_visa_shows_the_word(tmp_path: Path) -> None:
    path = tmp_path / "taxa.yaml"
    path.write_text(CASE, encoding="utf-8")
    result = CliRunner().invoke(main, ["visa", str(path)], terminal_width=120,
                                env={"COLUMNS": "120"})
    rows = [[cell.strip() for cell in line.strip("│ ").split("│")]
            for line in result.output.splitlines() if line.startswith("│ Ensemblespel")]
    assert (result.exit_code, rows) == (
        0, [["Ensemblespel", "Gratis vid instrumentalundervisning", "–", "0"]])


@pytest.mark.parametrize("word", ["gratis", "GRATIS", "Avgiftsfri", "Avgiftsfritt",
                                  "Kostnadsfri", "kostnadsfritt", "Ingen avgift",
                                  "Gratis, under första terminen"])
def test_each_word_for_no_fee_is_read_in_any_case_and_printed_as_written(
        tmp_path: Path, word: str) -> None:
    text = CASE.replace("avgift: Gratis, hyra", f'avgift: "{word}", hyra')
    assert problems(tmp_path, text) == []
    assert f"| El Sistema | {word} | 300 | 300 |" in table_lines(tmp_path, text)


@pytest.mark.parametrize("word", ["Gratisprov", "Fri entré", "enligt avtal"])
def test_another_word_says_what_may_be_written(tmp_path: Path, word: str) -> None:
    text = CASE.replace("avgift: Gratis, hyra", f"avgift: {word}, hyra")
    assert problems(tmp_path, text) == [
        f"taxa.yaml:21:41: '{word}' är inget belopp; skriv ett belopp, t.ex. 600 eller "
        '"1 250", "–" för inget belopp eller "Gratis" för en avgift som är noll kronor, med ett '
        'villkor efter om det finns ett ("Gratis vid instrumentalundervisning"); en ersättning '
        'utan fast belopp ("Enligt kvitto", "Enligt avtal") skrivs i en kolumn med \'typ: '
        'text\', med "–" i beloppskolumnen']


def test_words_in_several_cells_of_a_column_are_one_error_at_the_first(tmp_path: Path) -> None:
    # (trial 69, F3: "Enligt kvitto" on three rows of an arvodesbilaga gave three errors)
    text = CASE.replace("avgift: Gratis, hyra", "avgift: Enligt kvitto, hyra").replace(
        "avgift: 600 kr, hyra", "avgift: Enligt kvitto, hyra")
    assert problems(tmp_path, text) == [
        "taxa.yaml:21:41: 'Enligt kvitto' och 1 cell till i kolumnen är inga belopp; skriv "
        'belopp, t.ex. 600 eller "1 250", "–" för inget belopp eller "Gratis" för en avgift som '
        'är noll kronor, med ett villkor efter om det finns ett ("Gratis vid '
        'instrumentalundervisning"); en ersättning utan fast belopp ("Enligt kvitto", "Enligt '
        'avtal") skrivs i en kolumn med \'typ: text\', med "–" i beloppskolumnen']


@pytest.mark.parametrize("mark", ["x", "X", "✓"])
def test_a_mark_is_told_that_marks_belong_in_a_text_column(tmp_path: Path, mark: str) -> None:
    # (trial 61, F3: an attestförteckning marks its beloppsgräns column with "x")
    text = CASE.replace("avgift: Gratis, hyra", f'avgift: "{mark}", hyra')
    assert problems(tmp_path, text) == [
        f"taxa.yaml:21:41: '{mark}' är en markering, inget belopp; en kolumn med markeringar "
        "skrivs med 'typ: text', eller skriv beloppet (t.ex. 100 000) i cellen"]


@pytest.mark.parametrize("words", ["Se zon 1", "Se område 1", "Enligt bilaga 2"])
def test_words_that_hold_a_number_say_what_may_be_written_as_any_word(
        tmp_path: Path, words: str) -> None:
    # (trial 84, F8: "Se zon 1" in Luleå's taxa got the message for a figure badly written)
    text = CASE.replace("avgift: Gratis, hyra", f"avgift: {words}, hyra")
    assert problems(tmp_path, text) == [
        f"taxa.yaml:21:41: '{words}' är inget belopp; skriv ett belopp, t.ex. 600 eller "
        '"1 250", "–" för inget belopp eller "Gratis" för en avgift som är noll kronor, med ett '
        'villkor efter om det finns ett ("Gratis vid instrumentalundervisning"); en ersättning '
        'utan fast belopp ("Enligt kvitto", "Enligt avtal") skrivs i en kolumn med \'typ: '
        'text\', med "–" i beloppskolumnen']


def test_a_word_with_a_figure_is_refused_as_a_figure_is(tmp_path: Path) -> None:
    text = CASE.replace("avgift: Gratis, hyra", "avgift: runt 600, hyra")
    assert problems(tmp_path, text) == [
        "taxa.yaml:21:41: 'runt 600' är inte ett belopp i kronor, skriv beloppet i kronor, "
        't.ex. 2330883, "2 330 883" eller med ören "8,40"']


def test_an_estimate_is_told_where_its_word_goes(tmp_path: Path) -> None:
    # (trial 94, F12: "ca 60 000" from the source in an amount cell)
    text = CASE.replace("avgift: Gratis, hyra", "avgift: ca 600, hyra")
    assert problems(tmp_path, text) == [
        "taxa.yaml:21:41: 'ca 600' är inte ett belopp i kronor, skriv beloppet utan 'ca', 600, "
        "och 'ca' i texten, där det är ungefärligt"]


def test_a_count_column_takes_no_word_for_a_fee(tmp_path: Path) -> None:
    text = CASE.replace("{namn: hyra, rubrik: Instrumenthyra, typ: belopp}",
                        "{namn: hyra, rubrik: Elever, typ: antal}") \
        .replace("formel: avgift + hyra", "formel: avgift") \
        .replace("hyra: 300}", "hyra: Gratis}", 1)
    assert problems(tmp_path, text) == [
        "taxa.yaml:21:55: 'Gratis' är inte ett tal, skriv t.ex. 1250, \"1 250\", \"12,5\" "
        'eller "12,5 %"']


@pytest.mark.parametrize("word", ["Avslag", "Avslås", "– Avslag", "avslaget",
                                  "Prövas efter komplettering av handlingar", "Bordläggs"])
def test_a_decision_on_a_grant_is_told_to_stand_in_a_column_of_text(
        tmp_path: Path, word: str) -> None:
    # (trial 70, F2: a grant list's "Avslag" was told about fees and "Gratis")
    text = CASE.replace("avgift: Gratis, hyra", f'avgift: "{word}", hyra')
    assert problems(tmp_path, text) == [
        f"taxa.yaml:21:41: '{word}' är ett beslut, inget belopp; skriv \"–\" i beloppskolumnen "
        "(inget belopp, som inte räknas med i summan) och beslutet i en kolumn med text, t.ex. "
        f"{{namn: anm, rubrik: Anmärkning}} i 'kolumner' och 'anm: {word}' på raden"]

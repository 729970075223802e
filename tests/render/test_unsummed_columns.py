"""Specification, by exact Markdown, Word and messages, of an amount column that is not summed
(`summeras: nej`, trial 42, F3: Hudiksvalls kommun's arvoden, where "Summa årsarvode" sums the
annual column only): its cells on the total and subtotal rows are empty, text cannot name its
sum, a stated sum for it is an error, and `summeras` elsewhere says what is meant."""

from __future__ import annotations

from pathlib import Path

from generator.build import CaseResult, Pipeline
from generator.word.dump import dump_docx

CASE = """\
dokumenttyp: tjansteskrivelse
avsandare: [Hudiksvalls kommun]
datum: 2019-11-01
dnr: nej
titel: Årsarvoden
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
      - {namn: manad, rubrik: Månadsarvode, typ: belopp, summeras: nej}
      - {namn: ar, rubrik: Årsarvode, typ: belopp}
    rader:
      - {uppdrag: "Kommunstyrelsen, ordf", andel: "100 %", manad: 68 400, ar: 820 800}
      - uppdrag: Kommunfullmäktige
        delsumma: Summa fullmäktige
        rader:
          - {uppdrag: Ordf, andel: "18 %", manad: 12 312, ar: 147 744}
          - {uppdrag: 1:e vice ordf, andel: "5 %", manad: 3 420, ar: 41 040}
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


def test_the_total_and_subtotal_rows_leave_the_unsummed_column_empty_in_markdown(
        tmp_path: Path) -> None:
    assert table_lines(tmp_path) == """\
| Uppdrag | Andel | Månadsarvode (kr) | Årsarvode (kr) |
|:--|--:|--:|--:|
| Kommunstyrelsen, ordf | 100~% | 68~400 | 820~800 |
| **Kommunfullmäktige** | | | |
| Ordf | 18~% | 12~312 | 147~744 |
| 1:e vice ordf | 5~% | 3~420 | 41~040 |
| **Summa fullmäktige** | | | **188~784** |
| **Summa årsarvode** | | | **1~009~584** |"""


def test_word_leaves_the_same_cells_empty(tmp_path: Path) -> None:
    assert word_rows(tmp_path)[-2:] == [
        "  | **Summa fullmäktige** | > | > | >**188~784** | ↓",
        "  | **Summa årsarvode** | > | > | >**1~009~584** |"]


def test_the_tables_sum_in_text_is_the_summed_columns(tmp_path: Path) -> None:
    assert "Årsarvodena blir 1~009~584~kr." in markdown(tmp_path)


def test_text_naming_the_unsummed_columns_sum_is_an_error_saying_so(tmp_path: Path) -> None:
    text = CASE.replace("Årsarvodena blir", "Månadsarvodena blir {{ tabeller.arvoden.manad }}.\n"
                        "      Årsarvodena blir")
    assert problems(tmp_path, text) == [
        "fall.yaml:9:27: {{ tabeller.arvoden.manad }}: kolumnen 'Månadsarvode (kr)' i tabellen "
        "'arvoden' summeras inte (summeras: nej) och har ingen summa; skriv en rad, t.ex. "
        "{{ tabeller.arvoden.rader[0].manad }} (Kommunstyrelsen, ordf) eller "
        "{{ tabeller.arvoden.rader[1].rader[0].manad }} (Ordf), eller ta bort 'summeras: nej'"]


def test_a_row_of_the_unsummed_column_may_be_named(tmp_path: Path) -> None:
    text = CASE.replace("Årsarvodena blir", "Ordföranden får {{ tabeller.arvoden.rader[0].manad }}"
                        " i månaden.\n      Årsarvodena blir")
    assert "Ordföranden får 68~400~kr i månaden." in markdown(tmp_path, text)


def test_a_stated_sum_of_the_unsummed_column_is_an_error(tmp_path: Path) -> None:
    text = CASE + "    summa: {manad: 84 132, ar: 1 009 584}\n"
    assert problems(tmp_path, text) == [
        "fall.yaml:26:20: kolumnen 'manad' har 'summeras: nej' och har ingen summa; ta bort "
        "'manad' ur 'summa'"]


def test_a_group_rows_amount_in_the_unsummed_column_is_an_error(tmp_path: Path) -> None:
    text = CASE.replace("      - uppdrag: Kommunfullmäktige\n",
                        "      - uppdrag: Kommunfullmäktige\n        manad: 15 732\n")
    assert problems(tmp_path, text) == [
        "fall.yaml:22:16: kolumnen 'manad' har 'summeras: nej' och har ingen summa, så en rad "
        "med underrader har inget belopp i den; ta bort 'manad' från raden"]


def test_a_single_stated_sum_is_the_first_summed_columns(tmp_path: Path) -> None:
    text = CASE + "    summa: 1 011 584\n"
    assert [line.replace("\u00a0", " ") for line in problems(tmp_path, text)] == [
        "fall.yaml:26:12: angiven summa 1 011 584 kr för totalraden 'Summa årsarvode' i "
        "tabellen 'arvoden' stämmer inte med summan av delarna 1 009 584 kr (den angivna är "
        "2 000 kr för hög); rätta summan eller ta bort den så räknas den ut"]


def test_summeras_ja_on_a_number_column_sums_it_on_the_total_and_subtotal_rows(
        tmp_path: Path) -> None:
    # (trial 57, F3: a key in percent that adds up to 100 %; see test_summed_numbers)
    text = CASE.replace("{namn: andel, rubrik: Andel, typ: tal}",
                        "{namn: andel, rubrik: Andel, typ: tal, summeras: ja}")
    lines = [line for line in markdown(tmp_path, text).splitlines() if line.startswith("|")]
    assert [line.split(" | ")[1] for line in lines[2:]] == [
        "100~%", "|", "18~%", "5~%", "**23~%**", "**123~%**"]


def test_summeras_on_a_text_column_says_it_is_for_amount_columns(tmp_path: Path) -> None:
    text = CASE.replace("{namn: uppdrag, rubrik: Uppdrag}",
                        "{namn: uppdrag, rubrik: Uppdrag, summeras: nej}")
    assert problems(tmp_path, text) == [
        "fall.yaml:15:52: 'summeras' gäller bara kolumner med 'typ: belopp', som summeras om "
        "inte 'summeras: nej' står, och 'typ: tal', som summeras när 'summeras: ja' står; ta "
        "bort 'summeras' här"]


def test_a_count_column_said_not_to_be_summed_points_to_typ_tal(tmp_path: Path) -> None:
    text = CASE.replace("{namn: andel, rubrik: Andel, typ: tal}",
                        "{namn: andel, rubrik: Andel, typ: antal, summeras: nej}")
    found = problems(tmp_path, text)
    assert found[0] == (
        "fall.yaml:16:60: en kolumn med 'typ: antal' summeras alltid; skriv 'typ: tal' för tal "
        "som inte summeras, och ta bort 'summeras'")


def test_a_misspelt_summeras_is_told_the_key(tmp_path: Path) -> None:
    text = CASE.replace("typ: belopp, summeras: nej}", "typ: belopp, summera: nej}")
    assert problems(tmp_path, text) == [
        "fall.yaml:17:58: okänd nyckel 'summera', menade du 'summeras'?"]

"""Specification, by exact Markdown, Word and messages, of a formula that multiplies a count
or number column by an amount column of the same table, the row's own rate (trial 43, F2:
Munkedal miljönämnd's taxa, "6 h × 1 330 kr = 7 980 kr"): each row's product rounded half
up to what it multiplies, a group's and the total's figure the sum of its rows, a typed
figure checked with the row's figures, and a message saying what works for amount × amount,
count × count and three factors."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import CaseResult, Pipeline
from generator.word.dump import dump_docx

CASE = """\
dokumenttyp: tjansteskrivelse
avsandare: [Munkedals kommun, Miljönämnden]
datum: 2023-01-10
dnr: nej
titel: Timavgift år 2023
avsnitt:
  - rubrik: Räkneexempel 2023
    text: |
      Exemplen kostar tillsammans {{ tabeller.taxa.avgift }}.
    tabell: taxa
tabeller:
  - namn: taxa
    kolumner:
      - {namn: arende, rubrik: Ärende}
      - {namn: timmar, rubrik: Timmar, typ: antal}
      - {namn: timavgift, rubrik: Timavgift, typ: belopp, summeras: nej}
      - {namn: avgift, rubrik: Avgift, typ: belopp, formel: timmar * timavgift}
    rader:
      - {arende: Restaurang, timmar: 6, timavgift: 1 330}
      - {arende: Avloppsärende, timmar: 8, timavgift: 1 080}
      - {arende: Värmepumpsärende, timmar: 4, timavgift: 1 080}
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


def markdown(tmp_path: Path, text: str = CASE) -> str:
    """The Markdown, "~" for a no-break space, of the case without problems."""
    result = built(tmp_path, text)
    assert [p.format() for p in result.problems] == []
    return result.files["fall.md"].decode("utf-8").replace("\u00a0", "~")


def table_lines(tmp_path: Path, text: str = CASE) -> list[str]:
    """The Markdown table's lines."""
    return [line for line in markdown(tmp_path, text).splitlines() if line.startswith("|")]


def test_each_row_is_its_hours_times_its_own_rate_and_the_total_their_sum(
        tmp_path: Path) -> None:
    assert table_lines(tmp_path) == [
        "| Ärende | Timmar | Timavgift (kr) | Avgift (kr) |",
        "|:--|--:|--:|--:|",
        "| Restaurang | 6 | 1~330 | 7~980 |",
        "| Avloppsärende | 8 | 1~080 | 8~640 |",
        "| Värmepumpsärende | 4 | 1~080 | 4~320 |",
        "| **Totalt** | **18** | | **20~940** |"]
    assert "Exemplen kostar tillsammans 20~940~kr." in markdown(tmp_path)


def test_word_prints_the_same_figures(tmp_path: Path) -> None:
    dump = dump_docx(built(tmp_path, CASE).files["fall.docx"]).replace("\u00a0", "~")
    rows = dump[dump.index("[tabell stil=Table Grid"):].split("\n[", 1)[0].splitlines()[1:]
    assert rows[-4:] == [
        "  | Restaurang | >6 | >1~330 | >7~980 | ↓",
        "  | Avloppsärende | >8 | >1~080 | >8~640 | ↓",
        "  | Värmepumpsärende | >4 | >1~080 | >4~320 | ↓",
        "  | **Totalt** | >**18** | > | >**20~940** |"]


def test_the_rate_may_come_first(tmp_path: Path) -> None:
    text = CASE.replace("formel: timmar * timavgift", "formel: timavgift × timmar")
    assert table_lines(tmp_path, text) == table_lines(tmp_path)


def test_a_typed_fee_is_checked_with_the_rows_figures(tmp_path: Path) -> None:
    text = CASE.replace("timavgift: 1 330}", "timavgift: 1 330, avgift: 7 890}")
    assert problems(tmp_path, text) == [
        "fall.yaml:19:67: angivet belopp 7~890~kr för raden 'Restaurang', kolumnen 'Avgift "
        "(kr)' stämmer inte med uträkningen Timmar × Timavgift (6 × 1~330~kr) = 7~980~kr "
        "(det angivna är 90~kr för lågt); rätta beloppet (7~980 i stället för 7~890?) eller "
        "ta bort det så räknas det ut"]


def test_half_hours_are_rounded_half_up_per_row_to_whole_kronor(tmp_path: Path) -> None:
    # (2,5 × 1 085 = 2 712,5 → 2 713; 0,5 × 1 085 = 542,5 → 543; the total 3 256, not 3 255)
    text = CASE.replace("timmar: 8, timavgift: 1 080", 'timmar: "2,5", timavgift: 1 085').replace(
        "timmar: 4, timavgift: 1 080", 'timmar: "0,5", timavgift: 1 085')
    assert table_lines(tmp_path, text)[2:] == [
        "| Restaurang | 6,0 | 1~330 | 7~980 |",
        "| Avloppsärende | 2,5 | 1~085 | 2~713 |",
        "| Värmepumpsärende | 0,5 | 1~085 | 543 |",
        "| **Totalt** | **9,0** | | **11~236** |"]


def test_a_rate_with_ore_gives_products_with_ore(tmp_path: Path) -> None:
    # (2,5 × 1 085,25 = 2 713,125 → 2 713,13)
    text = CASE.replace("timmar: 8, timavgift: 1 080", 'timmar: "2,5", timavgift: "1 085,25"')
    assert table_lines(tmp_path, text)[2:] == [
        "| Restaurang | 6,0 | 1~330,00 | 7~980,00 |",
        "| Avloppsärende | 2,5 | 1~085,25 | 2~713,13 |",
        "| Värmepumpsärende | 4,0 | 1~080,00 | 4~320,00 |",
        "| **Totalt** | **12,5** | | **15~013,13** |"]


GRANTS = """\
dokumenttyp: tjansteskrivelse
datum: 2024-03-01
dnr: KFN 2024/7
titel: Föreningsbidrag 2024
avsnitt:
  - tabell: bidrag
tabeller:
  - namn: bidrag
    totalt: Summa bidrag
    kolumner:
      - {namn: forening, rubrik: Förening}
      - {namn: grund, rubrik: Grundbidrag, typ: belopp}
      - {namn: medlemmar, rubrik: Medlemmar, typ: antal}
      - {namn: per_medlem, rubrik: Per medlem, typ: belopp, summeras: nej}
      - {namn: bidrag, rubrik: Bidrag, typ: belopp, formel: grund + medlemmar * per_medlem}
    rader:
      - forening: Idrott
        delsumma: Summa idrott
        rader:
          - {forening: IK Munken, grund: 5 000, medlemmar: 120, per_medlem: 45}
          - {forening: Simklubben, grund: 5 000, medlemmar: 80, per_medlem: 45}
      - {forening: PRO Munkedal, grund: 3 000, medlemmar: 210, per_medlem: 30}
"""


def test_a_sum_and_a_product_a_group_the_sum_of_its_rows(tmp_path: Path) -> None:
    # (5 000 + 120 × 45 = 10 400; 5 000 + 80 × 45 = 8 600; 3 000 + 210 × 30 = 9 300)
    assert table_lines(tmp_path, GRANTS)[2:] == [
        "| **Idrott** | | | | |",
        "| IK Munken | 5~000 | 120 | 45 | 10~400 |",
        "| Simklubben | 5~000 | 80 | 45 | 8~600 |",
        "| **Summa idrott** | **10~000** | **200** | | **19~000** |",
        "| PRO Munkedal | 3~000 | 210 | 30 | 9~300 |",
        "| **Summa bidrag** | **13~000** | **410** | | **28~300** |"]


RULE = ("en beloppskolumn multipliceras med ett tal, t.ex. 'grund * 12', och en tal- eller "
        "antalskolumn med en beloppskolumn (radens pris eller taxa), ett av ärendets belopp "
        "eller ett belopp i tabellens enhet, t.ex. 'medlemmar * grund' eller "
        "'medlemmar * 1 250' (procent räknas som andel: 4 % är 0,04); en produkt har högst "
        "fyra led och bara ett belopp, t.ex. 'medlemmar * grund * 12'")


@pytest.mark.parametrize(("formula", "message"), [
    ("grund * per_medlem",
     f"'grund * per_medlem' i formeln multiplicerar två beloppskolumner: {RULE}"),
    ("medlemmar * medlemmar",
     "'medlemmar * medlemmar' i formeln multiplicerar två tal- eller antalskolumner, och "
     "produkten är ett tal och inget belopp: skriv 'typ: tal' i kolumnen 'bidrag' (utan "
     "'summeras'), så räknas talet ut exakt och visas som ett tal, t.ex. {namn: bidrag, typ: "
     "tal, formel: medlemmar * medlemmar}"),
    ("medlemmar * per_medlem * grund",
     f"'medlemmar * per_medlem * grund' i formeln multiplicerar två beloppskolumner: {RULE}"),
    ("medlemmar * medlemmar * medlemmar",
     "'medlemmar * medlemmar * medlemmar' i formeln multiplicerar tre tal- eller "
     "antalskolumner, och produkten är ett tal och inget belopp: skriv 'typ: tal' i kolumnen "
     "'bidrag' (utan 'summeras'), så räknas talet ut exakt och visas som ett tal, t.ex. "
     "{namn: bidrag, typ: tal, formel: medlemmar * medlemmar * medlemmar}"),
])
def test_what_cannot_be_multiplied_is_reported_at_the_formula_saying_what_works(
        tmp_path: Path, formula: str, message: str) -> None:
    text = GRANTS.replace("formel: grund + medlemmar * per_medlem", f'formel: "{formula}"')
    assert problems(tmp_path, text) == [f"fall.yaml:15:61: {message}"]


def test_a_summed_rate_is_a_warning_at_its_type(tmp_path: Path) -> None:
    text = CASE.replace("typ: belopp, summeras: nej}", "typ: belopp}")
    assert problems(tmp_path, text) == [
        "fall.yaml:16:51: varning: 'timavgift' är ett pris per rad som multiplicerar 'timmar' "
        "i formeln för 'avgift', men summeras, så tabellen visar en summa av timavgift som "
        "inte säger något; skriv 'summeras: nej' i kolumnen"]


def test_a_summed_rate_in_a_table_without_a_total_row_is_no_warning(tmp_path: Path) -> None:
    text = CASE.replace("typ: belopp, summeras: nej}", "typ: belopp}").replace(
        "    kolumner:", "    totalt: false\n    kolumner:").replace(  # (it has no total to name)
        "tillsammans {{ tabeller.taxa.avgift }}", "{{ tabeller.taxa.rader[0].avgift }} och mer")
    assert table_lines(tmp_path, text)[-1] == "| Värmepumpsärende | 4 | 1~080 | 4~320 |"

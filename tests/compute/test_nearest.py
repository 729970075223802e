"""A formula column rounded to the nearest 5, 10 or 100 kronor (`avrunda: femtal`, `tiotal`,
`hundratal`, trial 77, F5).

Many taxor are raised by an index and then "avrundas till närmaste hela tiotal kronor": a
periodkort of 650 kr raised by 3,6 % is 673,40 kr and costs 670 kr. The whole figure of the
row's formula is rounded once, half up (away from zero), in Decimal; a typed figure is
checked against it, and a message that shows the figure says how it was rounded.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.build import Pipeline
from generator.case.table_models import GeneralTable, TableColumn, TableRow
from generator.compute.checked_tables import compute_table
from generator.compute.nearest import NEAREST
from generator.compute.presets import general_spec
from generator.compute.tables import every_row, rounded_to

NBSP = "\u00a0"
TAXA = """\
dokumenttyp: tjansteskrivelse
datum: nej
dnr: nej
titel: Färdtjänsttaxa 2025
belopp:
  index: "3,6 %"
avsnitt:
  - tabell: taxa
tabeller:
  - namn: taxa
    totalt: false
    kolumner:
      - {namn: kort, rubrik: Periodkort}
      - {namn: gammal, rubrik: "Pris 2024", typ: belopp}
      - {namn: ny, rubrik: "Pris 2025", typ: belopp, formel: gammal + gammal * belopp.index,
         avrunda: tiotal}
    rader:
      - {kort: Kalendermånad, gammal: 650, ny: 670}
      - {kort: Kvartal, gammal: 1 755}
      - {kort: Kalenderår, gammal: 655}
"""


def problems(tmp_path: Path, text: str) -> list[str]:
    """The case's problems as printed, without the folder."""
    case = tmp_path / "x.yaml"
    case.write_text(text, encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(case).problems]


def printed(tmp_path: Path, text: str) -> str:
    """The Markdown document of the case."""
    case = tmp_path / "x.yaml"
    case.write_text(text, encoding="utf-8")
    return Pipeline().build(case).files["x.md"].decode("utf-8")


def test_the_source_figure_agrees_and_a_missing_one_is_computed_so(tmp_path: Path) -> None:
    assert problems(tmp_path, TAXA) == []
    document = printed(tmp_path, TAXA)
    assert "| Kalendermånad | 650 | 670 |" in document  # (673,40)
    assert f"| Kvartal | 1{NBSP}755 | 1{NBSP}820 |" in document  # (1 818,18)


def test_the_whole_figure_is_rounded_once_not_each_product(tmp_path: Path) -> None:
    # 655 + 23,58 = 678,58 → 680; the product rounded on its own would give 655 + 20 = 675
    assert "| Kalenderår | 655 | 680 |" in printed(tmp_path, TAXA)


def test_a_wrong_figure_is_an_error_naming_the_rounding(tmp_path: Path) -> None:
    assert problems(tmp_path, TAXA.replace("ny: 670}", "ny: 673}")) == [
        f"x.yaml:18:48: angivet belopp 673{NBSP}kr för raden 'Kalendermånad', kolumnen 'Pris "
        f"2025 (kr)' stämmer inte med uträkningen Pris 2024 + Pris 2024 × 3,6 % (650{NBSP}kr + "
        f"650{NBSP}kr × 3,6 %), avrundat till närmaste tiotal kronor = 670{NBSP}kr (det angivna "
        f"är 3{NBSP}kr för högt); rätta beloppet eller ta bort det så räknas det ut"]


@pytest.mark.parametrize(("word", "figures"), [
    ("femtal", ("675", f"1{NBSP}820", "680")),
    ("hundratal", ("700", f"1{NBSP}800", "700")),
])
def test_to_the_nearest_five_or_hundred(tmp_path: Path, word: str,
                                        figures: tuple[str, str, str]) -> None:
    case = TAXA.replace("avrunda: tiotal", f"avrunda: {word}").replace(", ny: 670}", "}")
    assert problems(tmp_path, case) == []
    document = printed(tmp_path, case)
    for label, old, new in zip(("Kalendermånad", "Kvartal", "Kalenderår"),
                               ("650", f"1{NBSP}755", "655"), figures, strict=True):
        assert f"| {label} | {old} | {new} |" in document


def test_only_in_a_table_in_kr(tmp_path: Path) -> None:
    case = TAXA.replace("    totalt: false\n", "    totalt: false\n    enhet: tkr\n")
    assert problems(tmp_path, case.replace(", ny: 670}", "}")) == [
        "x.yaml:17:19: 'avrunda: tiotal' avrundar till närmaste tiotal kronor och gäller bara "
        "en tabell i kr; i en tabell i tkr avrundas beloppen till hela tkr; ta bort 'avrunda' "
        "här"]


def test_a_figure_rounded_to_ten_in_a_column_without_avrunda_is_told_of_it(
        tmp_path: Path) -> None:
    case = TAXA.replace(",\n         avrunda: tiotal}", "}").replace(
        "      - {kort: Kvartal, gammal: 1 755}\n      - {kort: Kalenderår, gammal: 655}\n", "")
    assert problems(tmp_path, case) == [
        f"x.yaml:17:48: angivet belopp 670{NBSP}kr för raden 'Kalendermånad', kolumnen 'Pris "
        f"2025 (kr)' stämmer inte med uträkningen Pris 2024 + Pris 2024 × 3,6 % (650{NBSP}kr + "
        f"650{NBSP}kr × 3,6 %) = 673{NBSP}kr (det angivna är 3{NBSP}kr för lågt); avrundar "
        "källan alltid till närmaste tiotal kronor, skriv 'avrunda: tiotal' i kolumnen, så "
        "räknas beloppen ut så; annars rätta beloppet eller ta bort det så räknas det ut"]


def test_a_number_is_no_value_of_avrunda(tmp_path: Path) -> None:
    case = TAXA.replace("avrunda: tiotal", "avrunda: 10")
    assert problems(tmp_path, case) == [
        "x.yaml:16:19: 'avrunda' har värdet '10' som inte finns, välj ett av: nedat, uppat, "
        "ore, krona, femtal, tiotal, hundratal"]


amounts = st.decimals(min_value=-10**7, max_value=10**7, places=4)


@given(amounts, st.sampled_from(sorted(NEAREST.values())))
def test_a_figure_is_the_nearest_multiple_of_the_step_half_away_from_zero(
        exact: Decimal, step: int) -> None:
    figure = rounded_to(exact, step)
    assert isinstance(figure, int) and figure % step == 0
    assert abs(figure - exact) <= Decimal(step) / 2
    if abs(figure - exact) == Decimal(step) / 2:
        assert abs(figure) > abs(exact)  # (a half goes away from zero)


def _taxa(olds: list[int], index: str, word: str) -> GeneralTable:
    """A table of prices raised by a percentage, rounded to a step."""
    columns = [TableColumn(namn="namn"), TableColumn(namn="andel", typ="tal"),
               TableColumn(namn="gammal", typ="belopp"),
               TableColumn(namn="ny", typ="belopp", formel="gammal + gammal * andel",
                           avrunda=word)]  # type: ignore[arg-type]
    rows = [TableRow(namn=f"r{i}", andel=index, gammal=old)  # type: ignore[call-arg]
            for i, old in enumerate(olds)]
    return GeneralTable(namn="t", kolumner=columns, rader=rows)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(min_value=1, max_value=10**6), min_size=1, max_size=5),
       st.decimals(min_value=-50, max_value=50, places=1), st.sampled_from(sorted(NEAREST)))
def test_each_row_is_its_formula_exact_rounded_half_up_to_the_step(
        olds: list[int], index: Decimal, word: str) -> None:
    spec, findings = general_spec(_taxa(olds, f"{index:f} %".replace(".", ","), word),
                                  ("tabeller", 0), {})
    result, mismatches = compute_table(spec)
    assert (findings, mismatches) == ([], [])
    step = Decimal(NEAREST[word])
    for row, old in zip(every_row(result.rows), olds, strict=True):
        exact = old + old * index / 100
        assert row.amounts["ny"] == (exact / step).quantize(Decimal(1), ROUND_HALF_UP) * step


GRANTS = """\
dokumenttyp: tjansteskrivelse
datum: nej
dnr: nej
titel: Bidrag till studieförbund 2024
belopp:
  per_timme: "8,50"
avsnitt:
  - tabell: sf
tabeller:
  - namn: sf
    kolumner:
      - {namn: sf, rubrik: Studieförbund}
      - {namn: timmar, rubrik: Deltagartimmar, typ: antal}
      - {namn: tim, rubrik: Timbidrag, typ: belopp, formel: timmar * belopp.per_timme AVRUNDA}
    rader:
      - {sf: ABF, timmar: 4 812}
      - {sf: Sensus, timmar: 2 035 SENSUS}
"""


def test_whole_kronor_round_a_product_with_ore_half_up(tmp_path: Path) -> None:
    """Trial 76, F5: 8,50 kr per deltagartimme paid in whole kronor; 2 035 × 8,50 kr =
    17 297,50 kr is 17 298 kr, and the total the sum of the whole kronor."""
    text = GRANTS.replace(" AVRUNDA", ", avrunda: krona").replace(" SENSUS", "")
    assert problems(tmp_path, text) == []
    body = printed(tmp_path, text)
    assert f"| Sensus | 2{NBSP}035 | 17{NBSP}298 |" in body
    assert f"| **Totalt** | **6{NBSP}847** | **58{NBSP}200** |" in body


def test_a_whole_krona_typed_for_a_product_with_ore_suggests_avrunda_krona(
        tmp_path: Path) -> None:
    text = GRANTS.replace(" AVRUNDA", "").replace(" SENSUS", ", tim: 17 298")
    assert [problem.replace(NBSP, " ") for problem in problems(tmp_path, text)] == [
        "x.yaml:17:42: angivet belopp 17 298 kr för raden 'Sensus', kolumnen 'Timbidrag "
        "(kr)' stämmer inte med uträkningen Deltagartimmar × ärendets belopp 'per_timme' "
        "(2 035 × 8,50 kr) = 17 297,50 kr (det angivna är 0,50 kr för högt); det kan vara "
        "källans avrundning: "
        "avrundar källan alltid till hela kronor, skriv 'avrunda: krona' i kolumnen, så räknas "
        "beloppen ut så; med belopp avrundade var för sig, som i en publicerad lista, skriv "
        "'avrundat: true' i tabellen, så står det angivna beloppet kvar; annars rätta beloppet "
        "eller ta bort det så räknas det ut"]

"""Specification: a message about a stated figure in kr writes each figure with the öre it
has, and none it has not (trial 80, F5): 68 298 kr typed in whole kronor beside a computed
68 297,50 kr, not 68 298,00 kr; the difference with öre only where it has them (0,50 kr,
but 1 kr between 68 298,50 and 68 297,50). Figures in a larger unit share their decimals
(trial 16: `tests/compute/test_general_tables.py`)."""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline

CASE = """\
dokumenttyp: beslutsunderlag
titel: Bidrag till studieförbund 2024
datum: 2024-02-15
dnr: KS 2024/12
belopp: {per_timme: "8,50"}
avsnitt:
  - tabell: volym
tabeller:
  - namn: volym
    kolumner:
      - {namn: sf, rubrik: Studieförbund}
      - {namn: timmar, rubrik: Studietimmar 2023, typ: antal}
      - {namn: bidrag, rubrik: Volymbidrag, typ: belopp, formel: timmar * belopp.per_timme}
    rader: [{sf: ABF, timmar: TIMMAR, bidrag: BIDRAG}]
"""

FORMULA = ("x.yaml:14:46: angivet belopp {stated} för raden 'ABF', kolumnen 'Volymbidrag (kr)' "
           "stämmer inte med uträkningen Studietimmar 2023 × ärendets belopp 'per_timme' "
           "({timmar} × 8,50 kr) = {computed} (det angivna är {difference} för {direction})")


def problems(tmp_path: Path, text: str) -> list[str]:
    """The case's problems as `beslut kontrollera` prints them, without the folder, no-break
    spaces as plain ones."""
    case = tmp_path / "x.yaml"
    case.write_text(text, encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "").replace("\u00a0", " ")
            for p in Pipeline().build(case).problems]


def volym(tmp_path: Path, timmar: str, bidrag: str) -> str:
    """The one problem of the table of volymbidrag with a row of `timmar` and `bidrag`."""
    [problem] = problems(tmp_path, CASE.replace("TIMMAR", timmar).replace("BIDRAG", bidrag))
    return problem


def test_a_whole_krona_typed_keeps_no_ore_beside_a_product_with_ore(tmp_path: Path) -> None:
    assert volym(tmp_path, "8 035", "68 298") == FORMULA.format(
        stated="68 298 kr", timmar="8 035", computed="68 297,50 kr", difference="0,50 kr",
        direction="högt") + (
        "; det kan vara källans avrundning: avrundar källan alltid till hela kronor, skriv "
        "'avrunda: krona' i kolumnen, så räknas beloppen ut så; med belopp avrundade var för "
        "sig, som i en publicerad lista, skriv 'avrundat: true' i tabellen, så står det angivna "
        "beloppet kvar; annars rätta beloppet eller ta bort det så räknas det ut")


def test_whole_kronor_on_both_sides_have_no_ore(tmp_path: Path) -> None:
    assert volym(tmp_path, "8 036", "68 300") == FORMULA.format(
        stated="68 300 kr", timmar="8 036", computed="68 306 kr", difference="6 kr",
        direction="lågt") + (
        "; avrundar källan alltid till närmaste hundratal kronor, skriv 'avrunda: hundratal' i "
        "kolumnen, så räknas beloppen ut så; annars rätta beloppet eller ta bort det så räknas "
        "det ut")


def test_an_amount_typed_with_ore_keeps_them(tmp_path: Path) -> None:
    assert volym(tmp_path, "8 035", '"68 297,75"') == FORMULA.format(
        stated="68 297,75 kr", timmar="8 035", computed="68 297,50 kr", difference="0,25 kr",
        direction="högt") + (
        "; rätta beloppet eller ta bort det så räknas det ut"
        "; står beloppet så i det fattade beslutet, skriv 'fast_belopp: ja' på raden, så "
        "står det som det är skrivet")


def test_a_difference_of_whole_kronor_has_no_ore(tmp_path: Path) -> None:
    assert volym(tmp_path, "8 035", '"68 298,50"') == FORMULA.format(
        stated="68 298,50 kr", timmar="8 035", computed="68 297,50 kr", difference="1 kr",
        direction="högt") + (
        "; rätta beloppet eller ta bort det så räknas det ut"
        "; står beloppet så i det fattade beslutet, skriv 'fast_belopp: ja' på raden, så "
        "står det som det är skrivet")


def test_a_cap_in_whole_kronor_has_no_ore_beside_the_formulas_figure(tmp_path: Path) -> None:
    text = CASE.replace("belopp.per_timme}", "belopp.per_timme, hogst: 60000}")
    [problem] = problems(tmp_path, text.replace("TIMMAR", "8 035").replace("BIDRAG", "68 298"))
    assert problem == FORMULA.format(
        stated="68 298 kr", timmar="8 035", computed="68 297,50 kr, högst 60 000 kr",
        difference="8 298 kr", direction="högt") + (
        "; rätta beloppet eller ta bort det så räknas det ut")


def test_a_stated_total_in_whole_kronor_keeps_no_ore_beside_parts_with_ore(
        tmp_path: Path) -> None:
    text = CASE.replace("rader: [{sf: ABF, timmar: TIMMAR, bidrag: BIDRAG}]", (
        "rader: [{sf: ABF, timmar: 8 035}, {sf: Sensus, timmar: 8 036}]\n"
        "    summa: {bidrag: 136 604}"))
    assert problems(tmp_path, text) == [
        "x.yaml:15:21: angiven summa 136 604 kr för totalen i tabellen 'volym', kolumnen "
        "'Volymbidrag (kr)' stämmer inte med summan av delarna 136 603,50 kr (den angivna är "
        "0,50 kr för hög); rätta summan eller ta bort den så räknas den ut"]


ROW_FORMULA = """\
dokumenttyp: beslutsunderlag
titel: Balanskravsutredning
datum: 2016-04-15
dnr: KS 2016/12
avsnitt:
  - tabell: balanskrav
tabeller:
  - namn: balanskrav
    enhet: mnkr
    totalt: false
    kolumner: [{namn: post, rubrik: Post}, {namn: a2014, rubrik: "2014", typ: belopp}]
    rader:
      - {post: Balanskravsresultat, rad_namn: bkr, a2014: "-193"}
      - {post: Balanskravsunderskott från tidigare år, rad_namn: tidigare, a2014: 0}
      - {post: Summa, rad_formel: bkr + tidigare, a2014: "-139"}
"""


def test_a_row_formulas_own_figure_swapped_is_one_suggestion(tmp_path: Path) -> None:
    """Trial 82, F7: the row's own figure, -139 for -193, was suggested twice, as the cell
    to check and as the figure to correct."""
    assert problems(tmp_path, ROW_FORMULA) == [
        "x.yaml:15:58: angivet belopp −139 mnkr för raden 'Summa' stämmer inte med "
        "uträkningen Balanskravsresultat + Balanskravsunderskott från tidigare år "
        "(−193 mnkr + 0 mnkr) = −193 mnkr (det angivna är 54 mnkr för högt); "
        "rätta beloppet (−193 i stället för −139?) eller ta bort det så räknas det ut"]


def test_a_zero_for_a_row_that_gets_nothing_is_told_to_be_a_dash(tmp_path: Path) -> None:
    # (removing the 0 would grant the computed amount to a refused row: trial 99, F15)
    assert volym(tmp_path, "8 035", "0") == FORMULA.format(
        stated="0 kr", timmar="8 035", computed="68 297,50 kr", difference="68 297,50 kr",
        direction="lågt") + (
        "; rätta beloppet eller ta bort det så räknas det ut; får raden inget belopp (t.ex. "
        'vid avslag), skriv "–" i stället för 0')

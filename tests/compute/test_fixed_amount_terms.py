"""Specification: one of the case's amounts added to or subtracted from a column's formula
alone, the same on every row (trial 81, F3: total årsavgift = grundavgift +
hämtningsavgift; trial 82, F2: avgiftsutrymme = nettoinkomst − minimibelopp −
boendekostnad, the minimibelopp under `belopp:`). It is exact, inside the row's one rounding,
and messages write it where the formula has it; a formula of such amounts alone, one inside
a bracket and one in a row's formula (`rad_formel`) are reported with what to write."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.build import Pipeline
from generator.case.table_models import GeneralTable, TableColumn, TableRow
from generator.compute.checked_tables import compute_table
from generator.compute.formula import Fixed, Term, parse
from generator.compute.presets import general_spec

NBSP = "\u00a0"
CASE = """\
dokumenttyp: tjansteskrivelse
datum: 2023-11-20
dnr: nej
titel: Avgifter inom äldreomsorgen
belopp: {minimibelopp_ensam: 6468}
avsnitt:
  - tabell: exempel
tabeller:
  - namn: exempel
    kolumner:
      - {namn: hushall, rubrik: Hushåll}
      - {namn: inkomst, rubrik: Nettoinkomst, typ: belopp}
      - {namn: boende, rubrik: Boendekostnad, typ: belopp}
      - {namn: utrymme, rubrik: Avgiftsutrymme, typ: belopp, formel: FORMULA}
    rader:
      - {hushall: A, inkomst: 13 200, boende: 5 900}
      - {hushall: B, inkomst: 16 800, boende: 6 400}
"""
KINDS = {"storlek": "text", "tomningar": "antal", "pris": "belopp", "v2": "belopp",
         "rabatt": "tal", "tot": "belopp"}


def built(tmp_path: Path, text: str) -> tuple[list[str], str]:
    """The case's problems as printed, without the folder, spaces in figures as '_', and
    the lines of its Markdown tables."""
    case = tmp_path / "x.yaml"
    case.write_text(text, encoding="utf-8")
    result = Pipeline().build(case)
    markdown = result.files.get("x.md", b"").decode("utf-8").replace(NBSP, "_")
    return ([p.format().replace(f"{tmp_path}/", "").replace(NBSP, "_")
             for p in result.problems],
            "\n".join(line for line in markdown.splitlines() if line.startswith("|")))


def problems(tmp_path: Path, text: str) -> list[str]:
    """The case's problems as printed."""
    return built(tmp_path, text)[0]


def test_a_fixed_amount_is_collected_where_the_formula_has_it() -> None:
    fixed: list[Fixed] = []
    assert parse("v2 + belopp.grundavgift", "tot", KINDS, {"grundavgift": 292},
                 fixed=fixed) == ((Term(1, "v2"),), [])
    assert fixed == [Fixed(1, "belopp.grundavgift", 292, after=1)]
    fixed.clear()
    terms, messages = parse("belopp.avgift - rabatt * belopp.avgift", "tot", KINDS,
                            {"avgift": 675}, fixed=fixed)
    assert ([t.key for t in terms], messages) == (["rabatt"], [])
    assert fixed == [Fixed(1, "belopp.avgift", 675, after=0)]


def test_a_caller_that_takes_no_fixed_amounts_has_each_reported() -> None:
    assert parse("v2 - belopp.avdrag", "tot", KINDS, {"avdrag": 100}) == (
        (Term(1, "v2"),), ["'belopp.avdrag' i formeln kan inte läggas till eller dras ifrån här"])


def table(formula: str, share: str, price: int) -> GeneralTable:
    """A table of one row: a share (`tal`) of a price column, and a formula column."""
    columns = [TableColumn(namn="post"), TableColumn(namn="andel", typ="tal"),
               TableColumn(namn="pris", typ="belopp", summeras=False),
               TableColumn(namn="avgift", typ="belopp", formel=formula)]
    row = TableRow(post="a", andel=share, pris=price)  # type: ignore[call-arg]
    return GeneralTable(namn="t", kolumner=columns, rader=[row])


@settings(max_examples=120, deadline=None)
@given(st.integers(min_value=0, max_value=10**6), st.sampled_from([1, -1]),
       st.sampled_from([1, -1]), st.booleans(),
       st.decimals(min_value=0, max_value=100, places=3), st.integers(1, 10**5))
def test_a_row_is_the_decimal_sum_of_its_parts_rounded_once(
        amount: int, sign: int, product_sign: int, first: bool, share: Decimal,
        price: int) -> None:
    named = f"{'-' if sign < 0 else '+'} belopp.fast"
    product = f"{'-' if product_sign < 0 else '+'} andel * pris"
    formula = f"{named} {product}" if first else f"{product} {named}"
    spec, findings = general_spec(table(formula.removeprefix("+ "), f"{share:f}".replace(
        ".", ","), price), ("tabeller", 0), {"fast": amount})
    result, mismatches = compute_table(spec)
    exact = sign * amount + product_sign * share * price
    assert (findings, mismatches) == ([], [])
    assert result.rows[0].amounts["avgift"] == exact.quantize(Decimal(1), ROUND_HALF_UP)
    assert result.totals["avgift"] == result.rows[0].amounts["avgift"]


@settings(max_examples=120, deadline=None)
@given(st.integers(min_value=0, max_value=10**6), st.integers(1, 24), st.integers(1, 12),
       st.decimals(min_value=0, max_value=100, places=3), st.integers(1, 10**5))
def test_the_case_s_amount_times_and_divided_by_numbers_is_rounded_once_with_the_row(
        amount: int, times: int, divisor: int, share: Decimal, price: int) -> None:
    """'12 * belopp.fast / 7 + andel * pris': the case's amount times and divided by numbers
    is added exact, and the row is rounded once (a Fraction is the exact figure)."""
    formula = f"{times} * belopp.fast / {divisor} + andel * pris"
    spec, findings = general_spec(table(formula, f"{share:f}".replace(".", ","), price),
                                  ("tabeller", 0), {"fast": amount})
    result, mismatches = compute_table(spec)
    exact = Fraction(times * amount, divisor) + Fraction(share) * price
    whole = exact.numerator * 2 // exact.denominator
    assert (findings, mismatches) == ([], [])
    assert result.rows[0].amounts["avgift"] == (whole + 1) // 2
    assert result.totals["avgift"] == result.rows[0].amounts["avgift"]


def test_the_case_s_amount_divided_by_a_number_is_collected_with_its_amount() -> None:
    fixed: list[Fixed] = []
    assert parse("v2 + belopp.arsavgift / 12", "tot", KINDS, {"arsavgift": 1200},
                 fixed=fixed) == ((Term(1, "v2"),), [])
    assert fixed == [Fixed(1, "belopp.arsavgift / 12", 100, after=1, named=1200)]


@pytest.mark.parametrize(("formula", "rows"), [
    ("inkomst - belopp.minimibelopp_ensam - boende", ["832", "3_932", "**4_764**"]),
    ("belopp.minimibelopp_ensam + inkomst", ["19_668", "23_268", "**42_936**"]),
])
def test_each_row_adds_or_subtracts_the_amount_and_the_total_sums_the_rows(
        tmp_path: Path, formula: str, rows: list[str]) -> None:
    found, lines = built(tmp_path, CASE.replace("FORMULA", formula))
    assert found == []
    assert [line.rsplit(" | ", 1)[1].removesuffix(" |") for line in lines.splitlines()[2:]] \
        == rows


def test_a_stated_figure_that_differs_names_the_amount_in_the_formula(tmp_path: Path) -> None:
    text = CASE.replace("FORMULA", "inkomst - belopp.minimibelopp_ensam - boende").replace(
        "boende: 5 900}", "boende: 5 900, utrymme: 823}")
    assert problems(tmp_path, text) == [
        "x.yaml:16:63: angivet belopp 823_kr för raden 'A', kolumnen 'Avgiftsutrymme (kr)' "
        "stämmer inte med uträkningen Nettoinkomst − ärendets belopp 'minimibelopp_ensam' − "
        "Boendekostnad (13_200_kr − 6_468_kr − 5_900_kr) = 832_kr (det angivna är 9_kr för "
        "lågt); rätta beloppet (832 i stället för 823?) eller ta bort det så räknas det ut"]


def test_a_fixed_amount_written_first_is_named_first(tmp_path: Path) -> None:
    text = CASE.replace("FORMULA", '"belopp.minimibelopp_ensam + inkomst"').replace(
        "boende: 6 400}", "boende: 6 400, utrymme: 23 286}")
    assert problems(tmp_path, text) == [
        "x.yaml:17:63: angivet belopp 23_286_kr för raden 'B', kolumnen 'Avgiftsutrymme (kr)' "
        "stämmer inte med uträkningen ärendets belopp 'minimibelopp_ensam' + Nettoinkomst "
        "(6_468_kr + 16_800_kr) = 23_268_kr (det angivna är 18_kr för högt); rätta beloppet "
        "(23_268 i stället för 23_286?) eller ta bort det så räknas det ut"]


@pytest.mark.parametrize(("formula", "message"), [
    ("belopp.minimibelopp_ensam + belopp.minimibelopp_ensam",
     "'belopp.minimibelopp_ensam + belopp.minimibelopp_ensam' i formeln räknar bara med "
     "ärendets belopp, men en formel räknar med tabellens kolumner: ett av ärendets belopp "
     "multiplicerar en tal- eller antalskolumn, t.ex. 'andel * belopp.minimibelopp_ensam', "
     "eller läggs till eller dras ifrån en beloppskolumn, t.ex. 'inkomst + "
     "belopp.minimibelopp_ensam'; är det samma belopp på varje rad, skriv det som ett eget belopp "
     "under 'belopp' och dess namn ensamt som formel ('formel: belopp.namnet'), så står det på "
     "varje rad"),
    ("(inkomst - belopp.minimibelopp_ensam) * 50 %",
     "'(inkomst - belopp.minimibelopp_ensam)' i formeln har ett av ärendets belopp inom en "
     "parentes, men en parentes är en summa av beloppskolumner; räkna ut summan i en egen "
     "kolumn, t.ex. {namn: underlag, typ: belopp, formel: inkomst - "
     "belopp.minimibelopp_ensam}, och räkna med den: 'underlag * 50 %'"),
    ("inkomst - belopp.minimibelopp - boende",
     "'belopp.minimibelopp' i formeln är inget av ärendets belopp, menade du "
     "'belopp.minimibelopp_ensam'?"),
])
def test_what_still_cannot_stand_says_what_to_write(tmp_path: Path, formula: str,
                                                    message: str) -> None:
    assert problems(tmp_path, CASE.replace("FORMULA", f'"{formula}"')) == [
        f"x.yaml:14:70: {message}"]


def test_a_row_formula_cannot_add_one_of_the_case_s_amounts(tmp_path: Path) -> None:
    text = CASE.replace("      - {namn: utrymme, rubrik: Avgiftsutrymme, typ: belopp, "
                        "formel: FORMULA}\n", "").replace(
        "boende: 6 400}", "boende: 6 400}\n      - {hushall: C, rad_namn: c, inkomst: 100}\n"
        "      - {hushall: D, rad_formel: c - belopp.minimibelopp_ensam}")
    assert problems(tmp_path, text) == [
        "x.yaml:18:34: 'belopp.minimibelopp_ensam' i formeln är ett av ärendets belopp, men en "
        "rads formel räknar bara med andra rader i tabellen; skriv beloppet på en egen rad med "
        "rad_namn: minimibelopp_ensam och \"{{ belopp.minimibelopp_ensam }}\" i beloppscellen, "
        "och räkna med den raden: 'c - minimibelopp_ensam' (en kolumns formel kan lägga till "
        "eller dra ifrån beloppet på varje rad)"]


def test_in_a_table_in_tkr_the_message_writes_the_amount_in_tkr(tmp_path: Path) -> None:
    text = CASE.replace("belopp: {minimibelopp_ensam: 6468}", "belopp: {tillskott: 1500000}"
                        ).replace("  - namn: exempel\n", "  - namn: exempel\n    enhet: tkr\n"
                                  ).replace("FORMULA", "inkomst + belopp.tillskott").replace(
        "boende: 5 900}", "boende: 5 900, utrymme: 14 600}")
    assert problems(tmp_path, text) == [
        "x.yaml:17:63: angivet belopp 14_600_tkr för raden 'A', kolumnen 'Avgiftsutrymme "
        "(tkr)' stämmer inte med uträkningen Nettoinkomst + ärendets belopp 'tillskott' "
        "(13_200_tkr + 1_500_tkr) = 14_700_tkr (det angivna är 100_tkr för lågt); rätta "
        "beloppet eller ta bort det så räknas det ut"]


def test_the_column_a_secretary_may_still_write_gives_the_same_rows(tmp_path: Path) -> None:
    cell = ', minimibelopp_ensam: "{{ belopp.minimibelopp_ensam }}"}'
    text = CASE.replace("FORMULA", "inkomst - minimibelopp_ensam - boende").replace(
        "      - {namn: utrymme", "      - {namn: minimibelopp_ensam, rubrik: Minimibelopp, "
        "typ: belopp, summeras: nej}\n      - {namn: utrymme").replace(
        "900}", f"900{cell}").replace("400}", f"400{cell}")
    assert built(tmp_path, text) == ([], """\
| Hushåll | Nettoinkomst (kr) | Boendekostnad (kr) | Minimibelopp (kr) | Avgiftsutrymme (kr) |
|:--|--:|--:|--:|--:|
| A | 13_200 | 5_900 | 6_468 | 832 |
| B | 16_800 | 6_400 | 6_468 | 3_932 |
| **Totalt** | **30_000** | **12_300** | | **4_764** |""")

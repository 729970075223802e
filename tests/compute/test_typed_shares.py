"""Specification of the warning for shares typed by hand: a `typ: tal` column of
percentages that are each row's share of an amount column. Shares that match the amounts
can be computed (a warning at the column's `typ`); shares that add up to 100 % but do not
match the amounts are wrong (a warning at the first that is off, with its exact share);
percentages that are not shares give no warning."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.build import Pipeline
from generator.compute.checked_tables import compute_table
from generator.compute.rounding import round_to_total
from generator.compute.tables import ColumnSpec, RowSpec, TableSpec
from generator.compute.typed_shares import typed_share_findings
from generator.formatting import WrittenNumber

HEAD = """\
dokumenttyp: beslutsunderlag
datum: 2024-03-01
dnr: RS 2024/12
titel: Tabeller
avsnitt:
  - tabell: t
tabeller:
  - namn: t
    kolumner:
      - {namn: mottagare}
      - {namn: belopp, typ: belopp}
      - {namn: andel, typ: tal}
    rader:
      - {mottagare: Boden, belopp: 50 000, andel: "12,3 %"}
      - {mottagare: Luleå, belopp: 40 000, andel: "9,9 %"}
      - {mottagare: Piteå, belopp: 315 000, andel: "77,8 %"}
"""


def problems(tmp_path: Path, text: str) -> list[str]:
    """The case's problems as printed, without the folder."""
    case = tmp_path / "x.yaml"
    case.write_text(text, encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(case).problems]


def test_shares_that_match_the_amounts_can_be_computed_a_warning_at_the_columns_typ(
        tmp_path: Path) -> None:
    assert problems(tmp_path, HEAD) == [
        "x.yaml:12:28: varning: kolumnen 'andel' har varje rads andel av 'belopp' inskriven "
        "för hand, och den blir fel när ett belopp ändras; skriv 'typ: andel' och "
        "'av: belopp' i stället för 'typ: tal', så räknas andelarna ut, följer beloppen och "
        "totalraden visar 100 %"]


def test_shares_an_amount_formula_multiplies_by_are_typed_as_they_must_be(
        tmp_path: Path) -> None:
    # (trial 75: 'belopp: andel * belopp.ram' was told to compute 'andel' from 'belopp')
    text = HEAD.replace("titel: Tabeller\n", "titel: Tabeller\nbelopp:\n  ram: 405000\n").replace(
        "{namn: belopp, typ: belopp}", "{namn: belopp, typ: belopp, formel: andel * belopp.ram}"
    ).replace("belopp: 50 000, ", "").replace("belopp: 40 000, ", "").replace(
        "belopp: 315 000, ", "").replace('"12,3 %"', '"12,5 %"').replace(
        '"9,9 %"', '"10 %"').replace('"77,8 %"', '"77,5 %"')
    assert problems(tmp_path, text) == []


def test_a_share_that_does_not_match_its_amount_is_named_with_its_exact_share(
        tmp_path: Path) -> None:
    text = HEAD.replace("belopp: 50 000", "belopp: 60 000")
    assert problems(tmp_path, text) == [
        "x.yaml:14:51: varning: andelen 12,3\u00a0% stämmer inte med beloppen: "
        "60\u00a0000\u00a0kr av 415\u00a0000\u00a0kr är 14,5\u00a0%; skriv 'typ: andel' och "
        "'av: belopp' i stället för 'typ: tal' i kolumnen 'andel', så räknas andelarna ut, "
        "följer beloppen och totalraden visar 100 %; är kolumnen en egen nyckel och inte "
        "andelar av 'belopp', behåll 'typ: tal' och andelarna som de står (kolumnens cell på "
        "totalraden är då tom)"]


OWNERS = """\
dokumenttyp: beslutsunderlag
datum: 2020-11-02
dnr: RS 2020/12
titel: Medlemsbidrag
avsnitt:
  - tabell: t
tabeller:
  - namn: t
    enhet: tkr
    kolumner:
      - {namn: kommun}
      - {namn: bidrag, typ: belopp}
      - {namn: agare, typ: tal}
    rader:
      - {kommun: Berg, bidrag: 12 832, agare: "10,44 %"}
      - {kommun: Bräcke, bidrag: 10 262, agare: "8,23 %"}
      - {kommun: Härjedalen, bidrag: 22 222, agare: "18,47 %"}
      - {kommun: Krokom, bidrag: 18 603, agare: "14,27 %"}
      - {kommun: Ragunda, bidrag: 9 885, agare: "8,07 %"}
      - {kommun: Strömsund, bidrag: 17 263, agare: "13,66 %"}
      - {kommun: Östersund, bidrag: 42 136, agare: "26,86 %"}
"""


def test_a_key_of_its_own_adding_up_to_100_is_no_share_of_the_amounts(tmp_path: Path) -> None:
    """Trial 23: a förbund's ownership shares next to its members' contributions; the advice
    to compute them would have replaced the real key by 9,63 % and the like."""
    assert problems(tmp_path, OWNERS) == []


def test_shares_most_of_which_fit_an_earlier_total_are_shares_gone_wrong(
        tmp_path: Path) -> None:
    # 9,9 % and 77,8 % are 40 000 and 315 000 kr of the earlier 405 000 kr; Boden changed
    text = HEAD.replace("belopp: 50 000", "belopp: 60 000")
    assert len(problems(tmp_path, text)) == 1
    text = text.replace('"9,9 %"', '"12,0 %"').replace('"77,8 %"', '"75,7 %"')
    assert problems(tmp_path, text) == []


def test_shares_with_two_decimals_suggest_as_many_decimals(tmp_path: Path) -> None:
    text = HEAD.replace('"12,3 %"', '"12,35 %"').replace('"9,9 %"', '"9,88 %"')
    text = text.replace('"77,8 %"', '"77,77 %"')
    assert problems(tmp_path, text)[0].endswith(
        "skriv 'typ: andel' och 'av: belopp', 'decimaler: 2' i stället för 'typ: tal', så "
        "räknas andelarna ut, följer beloppen och totalraden visar 100 %")


def test_the_amount_column_the_shares_fit_is_named(tmp_path: Path) -> None:
    text = HEAD.replace("      - {namn: andel, typ: tal}",
                        "      - {namn: sokt, typ: belopp}\n      - {namn: andel, typ: tal}")
    text = text.replace("andel: ", "sokt: 1 000, andel: ")
    assert "'av: belopp'" in problems(tmp_path, text)[0]
    text = text.replace('"12,3 %"', '"20 %"').replace('"9,9 %"', '"40 %"')
    text = text.replace('"77,8 %"', '"40 %"').replace("Luleå, belopp: 40 000, sokt: 1 000",
                                                      "Luleå, belopp: 40 000, sokt: 2 000")
    assert "'av: sokt'" in problems(tmp_path, text)[0]


def test_percentages_that_are_not_shares_give_no_warning(tmp_path: Path) -> None:
    growth = HEAD.replace('"12,3 %"', '"2,5 %"').replace('"9,9 %"', '"-1,0 %"')
    assert problems(tmp_path, growth.replace('"77,8 %"', '"4,0 %"')) == []


def test_no_warning_for_one_cell_numbers_or_a_table_without_amounts(tmp_path: Path) -> None:
    one = HEAD.replace(', andel: "9,9 %"', "").replace(', andel: "77,8 %"', "")
    assert problems(tmp_path, one) == []
    numbers = HEAD.replace('"12,3 %"', '"12,3"').replace('"9,9 %"', '"9,9"')
    assert problems(tmp_path, numbers.replace('"77,8 %"', '"77,8"')) == []


def test_a_computed_share_column_gives_no_warning(tmp_path: Path) -> None:
    text = HEAD.replace("{namn: andel, typ: tal}", "{namn: andel, typ: andel, av: belopp}")
    for cell in ('"12,3 %"', '"9,9 %"', '"77,8 %"'):
        text = text.replace(f", andel: {cell}", "")
    assert problems(tmp_path, text) == []


def findings_for(amounts: list[int], cells: list[WrittenNumber]) -> list[str]:
    """The warnings of a table of the amounts with the cells typed as a number column."""
    columns = (ColumnSpec("namn", "Namn"), ColumnSpec("belopp", "Belopp", amount=True),
               ColumnSpec("andel", "Andel", number=True))
    rows = tuple(RowSpec(("tabeller", 0, "rader", i), "raden", stated={"belopp": amount},
                         numbers={"andel": cell})
                 for i, (amount, cell) in enumerate(zip(amounts, cells, strict=True)))
    result, _ = compute_table(TableSpec(("tabeller", 0), "t", columns, rows))
    return [finding.message for finding in typed_share_findings(result)]


def rounded(exact: Fraction, places: int) -> WrittenNumber:
    """An exact share rounded half up to the decimals, written as a percentage."""
    return WrittenNumber(Decimal(int(exact * 10**places + Fraction(1, 2))).scaleb(-places),
                         percent=True)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 10**9), min_size=2, max_size=30).filter(any),
       st.integers(0, 3), st.booleans())
def test_cells_written_as_exact_shares_rounded_to_their_decimals_are_never_wrong(
        amounts: list[int], places: int, adding_up: bool) -> None:
    total = sum(amounts)
    exact = [Fraction(amount * 100, total) for amount in amounts]
    if adding_up:
        units = round_to_total(100 * 10**places, [e * 10**places for e in exact])
        cells = [WrittenNumber(Decimal(u).scaleb(-places), percent=True) for u in units]
    else:
        cells = [rounded(e, places) for e in exact]
    messages = findings_for(amounts, cells)
    assert len(messages) == 1
    assert "inskriven för hand" in messages[0]
    assert "stämmer inte" not in messages[0]


def test_percentages_in_sub_rows_are_left_alone_their_shares_could_be_of_the_group(
        tmp_path: Path) -> None:
    text = HEAD.replace('      - {mottagare: Piteå, belopp: 315 000, andel: "77,8 %"}\n', """\
      - mottagare: Piteå
        andel: "77,8 %"
        rader:
          - {mottagare: Norra, belopp: 157 500, andel: "50 %"}
          - {mottagare: Södra, belopp: 157 500, andel: "50 %"}
""")
    assert problems(tmp_path, text) == []
    top_level_only = problems(tmp_path, text.replace(', andel: "50 %"', ""))
    assert [p[:39] for p in top_level_only] == ["x.yaml:12:28: varning: kolumnen 'andel'"]

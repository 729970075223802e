"""Specification of the warning at a table column without `typ` that holds only figures."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.build import Pipeline

HEAD = """\
dokumenttyp: beslutsunderlag
datum: 2024-03-01
dnr: RS 2024/12
titel: Tabeller
avsnitt:
  - tabell: t
tabeller:
  - namn: t
    enhet: mnkr
    kolumner:
      - {namn: landsting}
      - {namn: belopp, typ: belopp}
      - {namn: perinv, rubrik: Belopp i kr/invånare}
    rader:
"""
BOTH = (
    "x.yaml:13:16: varning: kolumnen 'perinv' har bara tal men är en textkolumn, så talen "
    "vänsterställs och kontrolleras inte; lägg till 'typ: tal' (högerställda tal som inte "
    "summeras) eller 'typ: belopp' (högerställda belopp som summeras), eller 'typ: text' om "
    "kolumnen ska vara text")
ONLY_NUMBERS = (
    "x.yaml:13:16: varning: kolumnen 'perinv' har bara tal men är en textkolumn, så talen "
    "vänsterställs och kontrolleras inte; lägg till 'typ: tal' (högerställda tal som inte "
    "summeras), eller 'typ: text' om kolumnen ska vara text")


def rows(*cells: str) -> str:
    """One row per cell of the perinv column (an empty cell leaves the key out)."""
    return "".join(f"      - {{landsting: L{i}, belopp: 1{', perinv: ' + c if c else ''}}}\n"
                   for i, c in enumerate(cells))


def problems(folder: Path, text: str, documents: bool = False) -> list[str]:
    """The case's problems as printed, without the folder."""
    case = folder / "x.yaml"
    case.write_text(text, encoding="utf-8")
    found = Pipeline().build(case, documents).problems
    return [p.format().replace(f"{folder}/", "") for p in found]


def test_a_column_of_figures_without_typ_is_a_warning_and_the_document_is_still_made(
        tmp_path: Path) -> None:
    case = tmp_path / "x.yaml"
    case.write_text(HEAD + rows('"238"', '"220"', "22"), encoding="utf-8")
    result = Pipeline().build(case)
    assert [p.format().replace(f"{tmp_path}/", "") for p in result.problems] == [BOTH]
    assert not result.failed and set(result.files) == {"x.md", "x.docx"}


def test_the_warning_points_at_the_name_of_a_column_written_as_a_block(tmp_path: Path) -> None:
    text = HEAD.replace("      - {namn: perinv, rubrik: Belopp i kr/invånare}\n",
                        "      - rubrik: Belopp i kr/invånare\n        namn: perinv\n")
    assert problems(tmp_path, text + rows("238", "220")) == [
        BOTH.replace("13:16", "14:15")]


def test_a_column_that_says_typ_text_is_left_alone(tmp_path: Path) -> None:
    text = HEAD.replace("rubrik: Belopp i kr/invånare", "typ: text")
    assert problems(tmp_path, text + rows("238", "220")) == []


def test_a_column_of_years_is_left_alone_but_not_one_with_another_figure_among_them(
        tmp_path: Path) -> None:
    assert problems(tmp_path, HEAD + rows("2019", '"2024"', "1900", "2100")) == []
    assert problems(tmp_path, HEAD + rows("2019", '"2024"', "150")) == [BOTH]
    assert problems(tmp_path, HEAD + rows("2019", '"2 024"')) == [BOTH]


def test_a_column_of_times_of_day_is_left_alone_but_not_one_with_another_figure_among_them(
        tmp_path: Path) -> None:
    # trial 59, F7: "10.00", "13.30", "8:30" were offered 'typ: tal' or 'typ: belopp'
    assert problems(tmp_path, HEAD + rows('"10.00"', "13.30", '"8:30"', '"08.15"')) == []
    assert problems(tmp_path, HEAD + rows('"10.00"', "13.30", "150")) == [BOTH]


def test_percentages_and_decimals_beyond_the_unit_offer_only_a_number_column(
        tmp_path: Path) -> None:
    assert problems(tmp_path, HEAD + rows('"12,5 %"', '"3%"')) == [
        ONLY_NUMBERS,  # (and, as the column is text, its "3%" is warned about as text's is)
        "x.yaml:16:45: varning: '3%' saknar mellanslag före procenttecknet, skriv '3 %' med "
        "mellanslag (dokumentet skriver det så)"]
    in_kronor = HEAD.replace("enhet: mnkr", "enhet: kr")
    assert problems(tmp_path, in_kronor + rows('"12,555"', "3")) == [ONLY_NUMBERS]


def test_amounts_with_their_unit_offer_only_an_amount_column(tmp_path: Path) -> None:
    assert problems(tmp_path, HEAD + rows('"1,5 mnkr"', '"2 mnkr"')) == [
        "x.yaml:13:16: varning: kolumnen 'perinv' har bara belopp men är en textkolumn, så "
        "beloppen vänsterställs och kontrolleras inte; lägg till 'typ: belopp' (högerställda "
        "belopp som summeras), eller 'typ: text' om kolumnen ska vara text"]


def test_one_filled_cell_is_not_enough_and_empty_cells_do_not_count(tmp_path: Path) -> None:
    assert problems(tmp_path, HEAD + rows("238", '""', "")) == []
    assert problems(tmp_path, HEAD + rows("238", '""', "", "220")) == [BOTH]


def test_a_column_with_any_cell_that_is_no_figure_is_left_alone(tmp_path: Path) -> None:
    for other in ("–", "ca 200", '"123 45"', "RS 2024/12", "8.300", "true"):
        assert problems(tmp_path, HEAD + rows("238", other)) == [], other


def test_the_figures_of_sub_rows_count_too(tmp_path: Path) -> None:
    text = HEAD + "      - landsting: Norr\n        rader:\n" \
        "          - {landsting: A, belopp: 1, perinv: 12}\n" \
        "          - {landsting: B, belopp: 1, perinv: 14}\n"
    assert problems(tmp_path, text) == [BOTH]


def test_a_column_of_positions_under_a_heading_that_names_them_is_left_alone(
        tmp_path: Path) -> None:
    # trial 90, F13: a val list's "Nr" (the order ersättare are called in) was offered
    # 'typ: belopp', which would put a sum under it
    for heading in ("Nr", "Nr.", "nummer", "Plats", "Ordning"):
        text = HEAD.replace("Belopp i kr/invånare", heading)
        assert problems(tmp_path, text + rows("1", "2")) == [], heading
        assert problems(tmp_path, text + rows("1", '"4"', "2", "12")) == [], heading
    unnamed = HEAD.replace("      - {namn: perinv, rubrik: Belopp i kr/invånare}\n",
                           "      - {namn: nr}\n")
    assert problems(tmp_path, (unnamed + rows("1", "2")).replace("perinv: ", "nr: ")) == []


def test_figures_that_are_no_positions_are_warned_about_under_such_a_heading(
        tmp_path: Path) -> None:
    text = HEAD.replace("Belopp i kr/invånare", "Nr")
    assert problems(tmp_path, text + rows('"12,5"', "3")) == [BOTH]
    assert problems(tmp_path, text + rows("0", "1")) == [BOTH]


def test_the_positions_1_2_3_in_order_are_left_alone_under_any_heading(
        tmp_path: Path) -> None:
    assert problems(tmp_path, HEAD + rows("1", '"2"', "3", "4")) == []
    assert problems(tmp_path, HEAD + rows("1", "2")) == [BOTH]  # (two: perhaps counts)
    assert problems(tmp_path, HEAD + rows("1", "3", "2")) == [BOTH]
    assert problems(tmp_path, HEAD + rows("2", "3", "4")) == [BOTH]


def test_a_val_list_numbered_1_to_n_that_text_sums_has_no_sum_to_offer(
        tmp_path: Path) -> None:
    text = """\
dokumenttyp: tjansteskrivelse
datum: 2024-03-05
dnr: KS 2024/112
titel: Val
avsnitt:
  - {rubrik: Ersättare, text: "Summa {{ tabeller.ersattare.summa }}.", tabell: ersattare}
tabeller:
  - namn: ersattare
    kolumner:
      - {namn: nr, rubrik: Nr}
      - {namn: namn, rubrik: Namn}
    rader:
      - {nr: 1, namn: Birgitta Karlsson}
      - {nr: 2, namn: Henrik Blom}
      - {nr: 3, namn: Ulla Persson}
"""
    assert problems(tmp_path, text) == [
        "x.yaml:6:38: {{ tabeller.ersattare.summa }}: tabellen 'ersattare' har ingen del "
        "'summa', skriv en av delarna: antal_rader, rader"]

CELLS = st.sampled_from([
    "238", '"1 250"', '"12,5"', "12.5", '"−2,5"', "2024", '"0,1234567"', "0",
    "–", "ca 200", '"123 45"', "RS 2024/12", "8.300", '""', "", '"10.00"', "13.30"])


@settings(max_examples=40, deadline=None)
@given(st.lists(CELLS, min_size=1, max_size=4))
def test_the_warning_offers_a_number_column_exactly_when_one_would_read_every_cell(
        cells: list[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        warned = problems(Path(folder), HEAD + rows(*cells))
        numbers = HEAD.replace("rubrik: Belopp i kr/invånare", "typ: tal")
        refused = problems(Path(folder), numbers + rows(*cells))
    filled = [c for c in cells if c not in ("", '""')]
    years = all(c.strip('"').isdigit() and 1900 <= int(c.strip('"')) <= 2100 for c in filled)
    times = all(c.strip('"') in ("10.00", "13.30") for c in filled)
    offered = len(warned) == 1 and "'typ: tal'" in warned[0]
    assert offered == (not refused and len(filled) >= 2 and not years and not times)
    assert len(warned) <= 1

"""Specification: a split's `summa` may be one of the case's amounts or a share of it,
`summa: belopp.ram * 70 %`, worked out by the rule of a `hogst` and rounded half up to whole
kronor, so that the split follows the ram (trial 76, F4); what cannot be read is an error at
the `summa` that says how to write it. (A table's figure as `summa`: `test_split_order`.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline

CASE = """\
dokumenttyp: tjansteskrivelse
datum: 2024-01-10
dnr: KFN 2024/3
titel: Bidrag till studieförbund 2024
belopp:
  ram: {ram}
uppdelningar:
  - namn: grundbidrag
    metod: vikter
    summa: {summa}
    parter:
      - {{namn: ABF, vikt: 142300}}
      - {{namn: Sensus, vikt: 48200}}
avsnitt:
  - rubrik: Grundbidrag
    text: Grundbidraget är {{{{ uppdelningar.grundbidrag.summa }}}}.
    tabell: uppdelning
    uppdelning: grundbidrag
"""


def build(tmp_path: Path, summa: str, ram: str = "420000") -> tuple[list[str], str]:
    """The problems as printed (a no-break space as a space) and the Markdown."""
    path = tmp_path / "x.yaml"
    path.write_text(CASE.format(summa=summa, ram=ram), encoding="utf-8")
    result = Pipeline().build(path)
    markdown = result.files["x.md"].decode("utf-8") if "x.md" in result.files else ""
    return ([p.format().replace(f"{tmp_path}/", "").replace("\u00a0", " ")
             for p in result.problems], markdown.replace("\u00a0", " "))


@pytest.mark.parametrize(("summa", "total"), [
    ("belopp.ram * 70 %", "294 000 kr"),
    ("belopp.ram", "420 000 kr"),
    ('"70 % * belopp.ram"', "294 000 kr"),  # (a factor first is a product too)
])
def test_a_share_of_a_named_amount_is_the_sum_split(tmp_path: Path, summa: str,
                                                    total: str) -> None:
    problems, markdown = build(tmp_path, summa)
    assert problems == []
    assert f"Grundbidraget är {total}." in markdown


def test_a_share_rounds_half_up_to_whole_kronor(tmp_path: Path) -> None:
    problems, markdown = build(tmp_path, "belopp.ram * 70 %", ram="1005")
    assert problems == []
    assert "Grundbidraget är 704 kr." in markdown  # 703,5 kr


def test_a_misspelled_name_is_an_error_that_offers_the_name(tmp_path: Path) -> None:
    problems, _ = build(tmp_path, "belopp.rm * 70 %")
    assert problems == [
        "x.yaml:10:12: 'summa': 'belopp.rm' är inget av ärendets belopp, menade du "
        "'belopp.ram'?"]


def test_a_factor_that_is_no_number_says_how_a_sum_is_written(tmp_path: Path) -> None:
    problems, _ = build(tmp_path, "belopp.ram * sjuttio")
    assert problems == [
        "x.yaml:10:12: 'summa': 'sjuttio' i 'belopp.ram * sjuttio' är inget tal; en summa som "
        "räknas ut är ett av ärendets belopp, eller tal och procentsatser gånger ett av dem, "
        "t.ex. 'belopp.ram * 70 %'"]


def test_a_division_is_no_factor(tmp_path: Path) -> None:
    problems, _ = build(tmp_path, "belopp.ram * 1 / 3")
    assert problems == [
        "x.yaml:10:12: 'summa': '1 / 3' i 'belopp.ram * 1 / 3' är inget tal; en summa som "
        "räknas ut är ett av ärendets belopp, eller tal och procentsatser gånger ett av dem, "
        "t.ex. 'belopp.ram * 70 %'"]


def test_a_negative_sum_is_an_error(tmp_path: Path) -> None:
    problems, _ = build(tmp_path, "belopp.ram * 70 %", ram='"-1000"')
    assert problems == [
        "x.yaml:10:12: 'summa': 'belopp.ram * 70 %' blir −700 kr, som är negativ; en summa som "
        "delas är hela kronor, noll eller mer: rätta beloppet under 'belopp' eller skriv "
        "summan"]


def test_a_reference_in_braces_is_an_error_that_shows_the_sum_without(tmp_path: Path) -> None:
    # trial 76, F4: the secretary's first try
    problems, _ = build(tmp_path, '"{{ belopp.ram }} * 70 %"')
    assert problems == [
        "x.yaml:10:12: 'summa': '{{ belopp.ram }} * 70 %' är inte ett belopp i kronor; en summa "
        "som räknas ut ur ett av ärendets belopp skrivs utan {{ }}, t.ex. 'belopp.ram * 70 %'"]


def test_a_table_reference_in_braces_is_an_error_that_shows_it_without(tmp_path: Path) -> None:
    # (trial 94, F8: the secretary's second try; the bare form works, `test_split_order`)
    problems, _ = build(tmp_path, '"{{ tabeller.utokning.rader.feriearbete.kostnad }}"')
    assert problems == [
        "x.yaml:10:12: 'summa': '{{ tabeller.utokning.rader.feriearbete.…' är inte ett belopp "
        "i kronor; en summa som hämtas ur en tabell skrivs utan {{ }}, t.ex. "
        "'tabeller.utokning.rader.feriearbete.kostnad'"]


def test_a_table_named_in_a_case_without_tables_is_an_error_that_says_so(
        tmp_path: Path) -> None:
    problems, _ = build(tmp_path, "tabeller.utokning.rader.feriearbete.kostnad")
    assert problems == [
        "x.yaml:10:12: 'summa': 'tabeller.utokning.rader.feriearbete.kostnad': det finns ingen "
        "tabell 'utokning', ärendet har inga tabeller (tabeller:)"]


def test_a_named_amount_with_ore_is_an_error_that_offers_whole_kronor(tmp_path: Path) -> None:
    problems, _ = build(tmp_path, "belopp.ram", ram='"420 000,50"')
    assert problems == [
        "x.yaml:10:12: 'summa': 'belopp.ram' blir 420 000,50 kr, som inte är hela kronor; en "
        "summa som delas är hela kronor: skriv summan avrundad, summa: 420001, eller rätta "
        "beloppet under 'belopp'"]


def test_a_long_reference_in_braces_is_shown_whole(tmp_path: Path) -> None:
    problems, _ = build(tmp_path, '"{{ belopp.ram }} * 70 % * 100 % * 100 % * 100 %"')
    assert problems == [
        "x.yaml:10:12: 'summa': '{{ belopp.ram }} * 70 % * 100 % * 100 %…' är inte ett belopp "
        "i kronor; en summa som räknas ut ur ett av ärendets belopp skrivs utan {{ }}, t.ex. "
        "'belopp.ram * 70 % * 100 % * 100 % * 100 %'"]

"""Specification, by exact Markdown and messages, of a discount in percent per row (trial 60,
F2: a syskonrabatt of 40 % for the second child and 80 % for the third, Hammarö kommun). A
number column's formula may have a number alone as a term, a percentage too ('100 % -
rabatt', '1 - rabatt'): the share paid, which multiplies the fee ('betalar *
belopp.terminsavgift'), rounded once. The fee minus the discount ('belopp.x - rabatt *
belopp.x') is the same fee, rounded once; the forms an amount formula cannot hold ('(1 -
rabatt) * belopp.x') say to write that share."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import CaseResult, Pipeline

CASE = """\
dokumenttyp: beslut
datum: 2024-03-14
dnr: nej
titel: Syskonrabatt
belopp:
  terminsavgift: 675
beslut:
  beslutande: Kultur- och fritidsnämnden
  punkter:
    - fastställa syskonrabatt enligt tabellen.
avsnitt:
  - rubrik: Syskonrabatt
    tabell: rabatt
tabeller:
  - namn: rabatt
    totalt: false
    kolumner:
      - {namn: barn, rubrik: Barn}
      - {namn: rabatt, rubrik: Rabatt, typ: tal}
      - {namn: betalar, rubrik: Andel som betalas, typ: tal, formel: 100 % - rabatt}
      - {namn: avgift, rubrik: Avgift, typ: belopp, formel: betalar * belopp.terminsavgift}
    rader:
      - {barn: Första barnet, rabatt: "0 %"}
      - {barn: Andra barnet, rabatt: "40 %"}
      - {barn: Tredje barnet, rabatt: "80 %"}
"""


def built(tmp_path: Path, text: str = CASE) -> CaseResult:
    """The case built."""
    path = tmp_path / "rabatt.yaml"
    path.write_text(text, encoding="utf-8")
    return Pipeline().build(path)


def problems(tmp_path: Path, text: str = CASE) -> list[str]:
    """The case's problems as printed, without the folder, "~" for a no-break space."""
    return [p.format().replace(f"{tmp_path}/", "").replace("\u00a0", "~")
            for p in built(tmp_path, text).problems]


def table_lines(tmp_path: Path, text: str = CASE) -> str:
    """The Markdown table's lines, "~" for a no-break space."""
    markdown = built(tmp_path, text).files["rabatt.md"].decode("utf-8").replace("\u00a0", "~")
    return "\n".join(line for line in markdown.splitlines() if line.startswith("|"))


def test_the_share_paid_is_a_percentage_that_multiplies_the_fee(tmp_path: Path) -> None:
    assert problems(tmp_path) == []
    assert table_lines(tmp_path) == """\
| Barn | Rabatt | Andel som betalas | Avgift (kr) |
|:--|--:|--:|--:|
| Första barnet | 0~% | 100~% | 675 |
| Andra barnet | 40~% | 60~% | 405 |
| Tredje barnet | 80~% | 20~% | 135 |"""


def test_one_minus_the_rate_is_the_share_as_a_plain_number(tmp_path: Path) -> None:
    text = CASE.replace("formel: 100 % - rabatt", "formel: 1 - rabatt")
    assert problems(tmp_path, text) == []
    assert table_lines(tmp_path, text).splitlines()[3] == "| Andra barnet | 40~% | 0,6 | 405 |"


def test_the_fee_is_rounded_once_from_the_exact_share(tmp_path: Path) -> None:
    text = CASE.replace('rabatt: "40 %"', 'rabatt: "33 %"')
    assert table_lines(tmp_path, text).splitlines()[3] == "| Andra barnet | 33~% | 67~% | 452 |"


def test_a_stated_share_that_differs_names_the_formula_with_its_number(
        tmp_path: Path) -> None:
    text = CASE.replace('rabatt: "40 %"}', 'rabatt: "40 %", betalar: "50 %"}')
    assert problems(tmp_path, text) == [
        "rabatt.yaml:24:55: angivet tal 50~% för raden 'Andra barnet', kolumnen 'Andel som "
        "betalas' stämmer inte med uträkningen 100 % − Rabatt (100~% − 40~%) = 60~% (det "
        "angivna är 10~% för lågt); rätta talet eller ta bort det så räknas det ut"]


HINT = ("är det ett belopp minus en rabatt i procent, räkna ut andelen som betalas i en "
        "talkolumn, t.ex. {namn: betalar, typ: tal, formel: 100 % - rabatt}, och skriv "
        "'betalar * belopp.terminsavgift'")


def test_the_fee_minus_the_discount_is_the_fee_paid_rounded_once(tmp_path: Path) -> None:
    # (33 % off 675 kr: 675 − 222,75 = 452,25 kr, rounded once: 452 kr, as 67 % of it)
    text = CASE.replace("formel: betalar * belopp.terminsavgift",
                        'formel: "belopp.terminsavgift - rabatt * belopp.terminsavgift"').replace(
        'rabatt: "40 %"', 'rabatt: "33 %"')
    assert problems(tmp_path, text) == []
    assert table_lines(tmp_path, text).splitlines()[2:] == [
        "| Första barnet | 0~% | 100~% | 675 |", "| Andra barnet | 33~% | 67~% | 452 |",
        "| Tredje barnet | 80~% | 20~% | 135 |"]


@pytest.mark.parametrize(("formula", "message"), [
    ("(1 - rabatt) * belopp.terminsavgift",
     f"'(1 - rabatt)' i formeln är ingen summa av beloppskolumner; {HINT}"),
    ("belopp.terminsavgift * (100 % - rabatt)",
     f"'(100 % - rabatt)' i formeln är ingen summa av beloppskolumner; {HINT}"),
])
def test_a_discount_an_amount_formula_cannot_hold_says_to_write_the_share_paid(
        tmp_path: Path, formula: str, message: str) -> None:
    text = CASE.replace("formel: betalar * belopp.terminsavgift", f'formel: "{formula}"')
    assert problems(tmp_path, text) == [f"rabatt.yaml:21:61: {message}"]


RULE = ("en kolumn med 'typ: tal' räknas ut ur tabellens tal- och antalskolumner och tal, "
        "multiplicerade med * och lagda ihop med + och −, t.ex. 'rabatt * sannolikhet' eller "
        "'rabatt + sannolikhet'")


@pytest.mark.parametrize(("formula", "message"), [
    ("rabatt * 50 %", "procentsatsen '50 %' kan inte multiplicera i formeln: skriv den som "
     f"tal, 0,5 för 50 %, eller ensam i ett led, t.ex. '100 % - rabatt'; {RULE}"),
    ("1.0 - rabatt", "talet '1.0' i formeln skrivs med decimalkomma: 1,0"),
    ("100 % - 40 %", f"'100 % - 40 %' i formeln har ingen kolumn att räkna med: {RULE}"),
])
def test_a_number_formula_says_what_it_cannot_hold(tmp_path: Path, formula: str,
                                                   message: str) -> None:
    text = CASE.replace("formel: 100 % - rabatt", f'formel: "{formula}"')
    assert problems(tmp_path, text)[0] == f"rabatt.yaml:20:70: {message}"


COLUMN_FEE = CASE.replace(
    "      - {namn: avgift, rubrik: Avgift, typ: belopp, formel: betalar * belopp.terminsavgift}\n",
    "      - {namn: termin, rubrik: Terminsavgift, typ: belopp, summeras: nej}\n"
    '      - {namn: avgift, rubrik: Avgift, typ: belopp, formel: "termin * (100 % - rabatt)"}\n'
).replace('rabatt: "40 %"}', 'rabatt: "40 %", termin: 675}')


def test_a_fee_column_times_the_share_left_says_to_write_the_share_paid(
        tmp_path: Path) -> None:
    """Trial 62 (trial 60, F2 again): 'termin * (100 % - rabatt)' is not taken as a formula
    (the share would need a factor of its own, a number column's formula: `betalar`), and the
    message shows the spelling that works with the table's own columns."""
    assert problems(tmp_path, COLUMN_FEE) == [
        "rabatt.yaml:22:61: '(100 % - rabatt)' i formeln är ingen summa av beloppskolumner; "
        "är det ett belopp minus en rabatt i procent, räkna ut andelen som betalas i en "
        "talkolumn, t.ex. {namn: betalar, typ: tal, formel: 100 % - rabatt}, och skriv "
        "'betalar * termin'"]

"""A column's lowest amount (`minst`, trial 50, F4): a donationsfond may not pay out more
than its utdelningsbart amount, so "Kvar till kommande år" says `minst: 0`, and a row below
it is an error naming the row and the amount."""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline

NBSP = "\u00a0"
FUNDS = """\
dokumenttyp: beslut
datum: 2023-06-29
dnr: nej
titel: Utdelning ur fonder
beslut:
  beslutande: Socialutskottet
  datum: 2023-06-27
  punkter:
    - dela ut {{ tabeller.avk.utdelas }}.
avsnitt:
  - tabell: avk
tabeller:
  - namn: avk
    kolumner:
      - {namn: stiftelse, rubrik: Stiftelse}
      - {namn: utdelningsbart, rubrik: Utdelningsbart, typ: belopp}
      - {namn: utdelas, rubrik: Utdelas, typ: belopp}
      - namn: kvar
        rubrik: Kvar till kommande år
        typ: belopp
        formel: utdelningsbart - utdelas
        minst: 0
    rader:
      - {stiftelse: Stiftelsen Södergrens donationsfond, utdelningsbart: 225 000, utdelas: 255 000}
      - {stiftelse: Stiftelsen Svegs sjukhus samfond, utdelningsbart: 360 000, utdelas: 316 000}
"""


def problems(tmp_path: Path, text: str) -> list[str]:
    """The case's problems as printed, without the folder."""
    case = tmp_path / "x.yaml"
    case.write_text(text, encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(case).problems]


def test_a_row_that_pays_out_more_than_it_may_is_an_error_naming_it(tmp_path: Path) -> None:
    assert problems(tmp_path, FUNDS) == [
        f"x.yaml:24:9: Kvar till kommande år blir −30{NBSP}000{NBSP}kr på raden 'Stiftelsen "
        "Södergrens donationsfond', men får inte vara negativt ('minst: 0' i kolumnen): "
        f"Utdelas (255{NBSP}000{NBSP}kr) är mer än Utdelningsbart (225{NBSP}000{NBSP}kr)"]


def test_rows_within_it_pass(tmp_path: Path) -> None:
    assert problems(tmp_path, FUNDS.replace("utdelas: 255 000", "utdelas: 225 000")) == []


def test_without_minst_a_negative_amount_is_allowed(tmp_path: Path) -> None:
    assert problems(tmp_path, FUNDS.replace("        minst: 0\n", "")) == []


def test_a_typed_amount_below_it_is_reported_at_its_cell(tmp_path: Path) -> None:
    typed = FUNDS.replace("{namn: utdelas, rubrik: Utdelas, typ: belopp}",
                          "{namn: utdelas, rubrik: Utdelas, typ: belopp, minst: 300 000}")
    assert problems(tmp_path, typed.replace("        minst: 0\n", "")) == [
        f"x.yaml:23:92: Utdelas är 255{NBSP}000{NBSP}kr på raden 'Stiftelsen Södergrens "
        f"donationsfond', men får inte vara lägre än 300{NBSP}000{NBSP}kr ('minst: 300 000' "
        "i kolumnen); rätta beloppet"]


def test_another_formula_is_named_as_it_is_computed(tmp_path: Path) -> None:
    three = FUNDS.replace("formel: utdelningsbart - utdelas",
                          "formel: utdelningsbart - utdelas - utdelas")
    assert problems(tmp_path, three)[:1] == [
        f"x.yaml:24:9: Kvar till kommande år blir −285{NBSP}000{NBSP}kr på raden 'Stiftelsen "
        "Södergrens donationsfond', men får inte vara negativt ('minst: 0' i kolumnen): det "
        "räknas ut som Utdelningsbart − Utdelas − Utdelas"]


def test_minst_belongs_to_an_amount_column_and_is_an_amount(tmp_path: Path) -> None:
    text = FUNDS.replace("{namn: stiftelse, rubrik: Stiftelse}",
                         "{namn: stiftelse, rubrik: Stiftelse, minst: 0}")
    assert problems(tmp_path, text.replace("        minst: 0\n", "")) == [
        "x.yaml:15:53: 'minst' gäller bara kolumner med 'typ: belopp', men 'stiftelse' har "
        "'typ: text'; ta bort 'minst' här"]
    assert problems(tmp_path, FUNDS.replace("minst: 0", "minst: noll")) == [
        "x.yaml:22:16: 'minst': 'noll' är inte ett belopp i kronor, skriv beloppet i kronor, "
        't.ex. 2330883, "2 330 883" eller med ören "8,40"']

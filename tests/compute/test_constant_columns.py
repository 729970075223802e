"""Specification: an amount column whose formula is one of the case's amounts alone
('formel: belopp.driftstod_per_ar', trial 91, F4: Visit Karlstad's driftstöd, 3 000 000 kr a
year for 2017–2020) has that amount on every row, summed as typed amounts are; a row that
types another amount is an error, one that types the same passes."""

from __future__ import annotations

from pathlib import Path

from generator.build import CaseResult, Pipeline

CASE = """\
dokumenttyp: tjansteskrivelse
datum: 2016-11-02
dnr: nej
titel: Driftstöd till Visit Karlstad AB
belopp:
  driftstod_per_ar: 3000000
beslut:
  beslutande: Kommunstyrelsen
  foreslar: kommunfullmäktige
  punkter:
    - ge Visit Karlstad AB ett driftstöd om {{ belopp.driftstod_per_ar }} per år under åren \
2017–2020, sammanlagt {{ tabeller.driftstod.summa }}.
avsnitt:
  - rubrik: Driftstöd
    tabell: driftstod
tabeller:
  - namn: driftstod
    kolumner:
      - {namn: ar, rubrik: År, typ: text}
      - {namn: belopp, rubrik: Driftstöd, typ: belopp, formel: belopp.driftstod_per_ar}
    rader:
      - {ar: "2017"}
      - {ar: "2018"}
      - {ar: "2019"}
      - {ar: "2020"}
"""


def built(tmp_path: Path, text: str = CASE) -> CaseResult:
    path = tmp_path / "x.yaml"
    path.write_text(text, encoding="utf-8")
    return Pipeline().build(path)


def problems(tmp_path: Path, text: str = CASE) -> list[str]:
    """The case's problems, without the folder."""
    return [p.format().replace(f"{tmp_path}/", "") for p in built(tmp_path, text).problems]


def test_every_row_has_the_amount_and_the_total_sums_them(tmp_path: Path) -> None:
    result = built(tmp_path)
    assert [p.format() for p in result.problems] == []
    markdown = result.files["x.md"].decode("utf-8").replace("\u00a0", "~")
    assert [line for line in markdown.splitlines() if line.startswith("| 20")
            or "Totalt" in line] == [
        "| 2017 | 3~000~000 |", "| 2018 | 3~000~000 |", "| 2019 | 3~000~000 |",
        "| 2020 | 3~000~000 |", "| **Totalt** | **12~000~000** |"]
    assert "driftstöd om 3~000~000~kr per år under åren 2017–2020, sammanlagt 12~000~000~kr." \
        in markdown


def test_a_row_typing_another_amount_is_an_error_saying_what_to_do(tmp_path: Path) -> None:
    text = CASE.replace('{ar: "2019"}', '{ar: "2019", belopp: 2 500 000}')
    assert problems(tmp_path, text) == [
        "x.yaml:23:30: angivet belopp 2 500 000 kr för raden '2019', kolumnen 'Driftstöd (kr)' "
        "stämmer inte med kolumnens formel, ärendets belopp 'driftstod_per_ar' (3 000 000 kr); "
        "ta bort beloppet på raden så står ärendets belopp där, eller skriv kolumnen utan formel "
        "och ett belopp på varje rad om raderna har olika belopp"]


def test_a_row_typing_the_same_amount_passes(tmp_path: Path) -> None:
    text = CASE.replace('{ar: "2019"}', '{ar: "2019", belopp: 3 000 000}')
    assert problems(tmp_path, text) == []


def test_in_a_group_of_columns_the_message_names_the_group(tmp_path: Path) -> None:
    text = CASE.replace('{ar: "2019"}', '{ar: "2019", belopp: 2 500 000}').replace(
        "    rader:\n", "    kolumngrupper:\n      - {rubrik: Per år, kolumner: [belopp]}\n"
        "    rader:\n")
    assert problems(tmp_path, text)[0].startswith(
        "x.yaml:25:30: angivet belopp 2 500 000 kr för raden '2019', kolumnen 'Per år "
        "Driftstöd (kr)' stämmer inte")

"""Specification, by exact Markdown, of a number column (`typ: tal`) in a general table: its
figures right-aligned and written the Swedish way (space between thousands, decimal comma),
with the decimals they were written with, and never summed: the total row leaves it empty."""

from __future__ import annotations

from pathlib import Path

from tests.render.test_rendered_tables import rendered

PER_CAPITA = """\
dokumenttyp: beslutsunderlag
datum: 2015-11-18
dnr: Fi2015/05312
titel: Stöd till landsting
avsnitt:
  - rubrik: Fördelning
    tabell: landsting
tabeller:
  - namn: landsting
    enhet: mnkr
    totalt: Summa
    kolumner:
      - {namn: landsting, rubrik: Landsting}
      - {namn: belopp, rubrik: Belopp, typ: belopp}
      - {namn: perinv, rubrik: Kr/invånare, typ: tal}
      - {namn: inv, rubrik: Invånare, typ: tal}
    rader:
      - {landsting: Blekinge, belopp: "37,8", perinv: "238", inv: "159 000"}
      - {landsting: Stockholm, belopp: "177,5", perinv: "80,5", inv: 2231439}
      - {landsting: Gotland, belopp: "1,3", perinv: 22.25}
"""


def test_numbers_are_right_aligned_as_written_and_left_out_of_the_total(
        tmp_path: Path) -> None:
    assert rendered(tmp_path, PER_CAPITA) == """\
# Stöd till landsting

## 1. Fördelning

| Landsting | Belopp (mnkr) | Kr/invånare | Invånare |
|:--|--:|--:|--:|
| Blekinge | 37,8 | 238 | 159~000 |
| Stockholm | 177,5 | 80,5 | 2~231~439 |
| Gotland | 1,3 | 22,25 | |
| **Summa** | **216,6** | | |
"""


def test_a_subtotal_row_leaves_a_number_column_empty_too(tmp_path: Path) -> None:
    source = PER_CAPITA.replace(
        "      - {landsting: Blekinge",
        "      - landsting: Södra\n        delsumma: Summa södra\n        rader:\n"
        "          - {landsting: Blekinge").replace('inv: "159 000"}\n', 'inv: "159 000"}\n', 1)
    markdown = rendered(tmp_path, source)
    assert "| **Summa södra** | **37,8** | | |" in markdown

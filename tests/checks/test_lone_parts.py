"""Specification: a row shown with a single 'varav' row under it, which repeats the row's
figures, is warned about with how to write them as one row (trial 95, F13); a row with
several parts, or with a `delsumma`, is not."""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline

CASE = """\
dokumenttyp: tjansteskrivelse
datum: 2024-02-12
dnr: KS 2024/112
titel: Avskrivning av kundfordringar
avsnitt:
  - rubrik: Ärendet
    tabell: fordringar
tabeller:
  - namn: fordringar
    kolumner:
      - {namn: orsak, rubrik: Orsak och förvaltning}
      - {namn: belopp, rubrik: Belopp, typ: belopp}
    rader:
      - orsak: Preskriberad fordran
        rader:
          - {orsak: Barn- och utbildningsförvaltningen, belopp: "15 312,75"}
      - orsak: Konkurs
        rader:
          - {orsak: Socialförvaltningen, belopp: "1 000"}
          - {orsak: Tekniska förvaltningen, belopp: "500"}
"""


def warnings(tmp_path: Path, text: str = CASE) -> list[str]:
    path = tmp_path / "x.yaml"
    path.write_text(text, encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(path).problems]


def test_a_row_with_one_varav_row_is_warned_about(tmp_path: Path) -> None:
    assert warnings(tmp_path) == [
        "x.yaml:16:13: varning: raden 'Preskriberad fordran' har bara en underrad, 'Barn- och "
        "utbildningsförvaltningen', så dokumentet skriver den som 'varav Barn- och "
        "utbildningsförvaltningen' med samma belopp som raden; skriv dem som en rad, t.ex. "
        "'Preskriberad fordran, Barn- och utbildningsförvaltningen', eller skriv radens andra "
        "underrader"]


def test_a_group_with_a_subtotal_is_not(tmp_path: Path) -> None:
    text = CASE.replace("      - orsak: Preskriberad fordran\n",
                        "      - orsak: Preskriberad fordran\n        delsumma: Summa\n")
    assert warnings(tmp_path, text) == []

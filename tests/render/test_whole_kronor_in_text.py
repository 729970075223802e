"""Specification of a figure with zero öre in running text and an att-sats (trial 49, F4): a
vägbidrag computed from rates per meter with öre (1,46 and 2,18 kr) comes to whole kronor;
the decision says "sammanlagt 38 584 kr", and since trial 72, F8, the table too shows no ",00"
where every product comes to whole kronor (the rates with öre are not printed in it)."""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline

CASE = """\
dokumenttyp: beslut
datum: 2025-04-22
dnr: SBN 2025/18
titel: Driftbidrag till enskilda vägar
beslut:
  beslutande: Samhällsbyggnadsnämnden
  punkter:
    - bevilja driftbidrag med sammanlagt {{ tabeller.vagar.totalt }}.
avsnitt:
  - rubrik: Bidrag per väg
    text: Lögdeå byaväg får {{ tabeller.vagar.rader[0].barmark }} för barmark.
    tabell: vagar
belopp:
  barmark: "1,46"
tabeller:
  - namn: vagar
    kolumner:
      - {namn: vag, rubrik: Väg}
      - {namn: langd, rubrik: Längd (m), typ: antal}
      - {namn: barmark, rubrik: Barmark, typ: belopp, formel: langd * belopp.barmark}
      - {namn: totalt, rubrik: Bidrag, typ: belopp, formel: barmark}
    rader:
      - {vag: Lögdeå byaväg, langd: 2 350}
      - {vag: Håknäs utfartsväg, langd: 1 850}
"""


def test_text_att_sats_and_table_write_whole_kronor_without_ore(
        tmp_path: Path) -> None:
    case = tmp_path / "x.yaml"
    case.write_text(CASE, encoding="utf-8")
    markdown = Pipeline().build(case).files["x.md"].decode("utf-8")
    assert "Lögdeå byaväg får 3\u00a0431\u00a0kr för barmark." in markdown
    assert "att bevilja driftbidrag med sammanlagt 6\u00a0132\u00a0kr." in markdown
    assert "| **Totalt** | **4\u00a0200** | **6\u00a0132** | **6\u00a0132** |" in markdown

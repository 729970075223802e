"""A table header of words joined by "_" breaks after the "_" in Word, never inside a word
(trial 40, F7: "Utfall_proc" was printed "Utfall_pr" over "oc")."""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline
from generator.word.dump import dump_docx

CASE = """\
dokumenttyp: lagesbeskrivning
datum: 2016-05-10
dnr: KS 2016/194
titel: Månadsrapport
avsnitt:
  - rubrik: Prognos
    tabell: netto
tabeller:
  - namn: netto
    enhet: tkr
    totalt: Netto
    kolumner:
      - {namn: post, rubrik: Barn- och ungdomsnämnden}
      - {namn: budget, rubrik: Budget, typ: belopp}
      - {namn: utfall, rubrik: Periodutfall, typ: belopp}
      - {namn: proc, rubrik: Utfall_proc, typ: tal}
      - {namn: prognos, rubrik: Prognos apr, typ: belopp}
      - {namn: avvikelse, rubrik: Avvikelse, typ: belopp, formel: budget - prognos}
    rader:
      - {post: "- varav kostnader", budget: 1 739 519, utfall: 577 987, proc: 33,
         prognos: 1 747 436, avvikelse: -7 917}
      - {post: "- varav intäkter", budget: -176 819, utfall: -56 177, proc: 30,
         prognos: -176 893, avvikelse: 74}
"""


def test_a_header_joined_by_an_underscore_may_break_only_after_it(tmp_path: Path) -> None:
    path = tmp_path / "fall.yaml"
    path.write_text(CASE, encoding="utf-8")
    result = Pipeline().build(path)
    assert result.problems == []
    word = dump_docx(result.files["fall.docx"])
    assert ("  | **Barn- och ungdomsnämnden** | >**Budget (tkr)** | >**Periodutfall (tkr)** | "
            ">**Utfall_\u200bproc** | >**Prognos apr (tkr)** | >**Avvikelse (tkr)** | ↓\n") in word
    assert " | Utfall\\_proc | " in result.files["fall.md"].decode("utf-8")  # (as typed)

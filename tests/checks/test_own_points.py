"""A point under `foreslar` that is the deciding body's own decision (trial 76, F1): one
that waits for the other body's decision, or gives a task within the deciding body, is a
warning that says how to write the proposal and the decision apart; a proposal that gives
the body itself a task passes."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline

CASE = """\
dokumenttyp: beslut
datum: 2007-09-24
dnr: KS2007/0366-04
titel: Borgen för Gotlands Industrihus AB
beslut:
  beslutande: Kommunstyrelsen
  datum: 2007-09-24
  paragraf: KS § 266
  foreslar: kommunfullmäktige
  punkter:
    - bemyndiga kommunstyrelsen att teckna borgen för lån som Gotlands Industrihus AB upptar.
    - {point}
"""
HOW = ("men med 'foreslar' blir varje punkt ett förslag till kommunfullmäktige; skriv "
       "förslaget under 'forslag' (rubrik: Kommunstyrelsens förslag till kommunfullmäktige) "
       "och kommunstyrelsens egna punkter under 'beslut' utan 'foreslar' (se handboken, "
       "avsnitt 7)")


def problems(tmp_path: Path, point: str) -> list[str]:
    case = tmp_path / "fall.yaml"
    case.write_text(CASE.format(point=point), encoding="utf-8")
    return [p.format() for p in Pipeline().check(case, "fall.yaml").problems]


class DescribeTheBodysOwnPointUnderForeslar:
    @pytest.mark.parametrize(("point", "column", "quoted"), [
        ("under förutsättning av kommunfullmäktiges beslut ge kommunstyrelsens ordförande i "
         "uppdrag att besluta om borgen i varje enskilt fall.", 7,
         "under förutsättning av kommunfullmäktiges beslut"),
        ("uppdra åt kommunstyrelsens arbetsutskott att följa upp lånen.", 7,
         "uppdra åt kommunstyrelsens arbetsutskott"),
        ("ge kommunstyrelsens ordförande i uppdrag att besluta om borgen.", 10,
         "kommunstyrelsens ordförande i uppdrag"),
    ], ids=["awaiting the other body", "a task for its arbetsutskott", "a task for its chair"])
    def it_is_a_warning(self, tmp_path: Path, point: str, column: int, quoted: str) -> None:
        assert problems(tmp_path, point) == [
            f"fall.yaml:12:{column}: varning: punkten ser ut att vara kommunstyrelsens eget "
            f"beslut ('{quoted}'), {HOW}"]

    def it_passes_a_task_for_the_body_itself(self, tmp_path: Path) -> None:
        assert problems(tmp_path, "uppdra åt kommunstyrelsen att följa upp lånen.") == []

"""Specification: running text writes a percentage it names as "35 %", or as "35 procent"
where the house style says `procent_i_lopande_text: ja`, in the organisation profile's
`husstil` or in the case itself, the case's choice first (trial 63, F4: "höjs från 25 procent
till 35 %"). Text, att-satser and Word alike: computed shares and changes, a percentage typed
in a table's number column and one the case states under `belopp`; the tables keep "%"."""

from __future__ import annotations

import shutil
from pathlib import Path

from generator.build import Pipeline
from generator.resources import profiles_dir
from generator.word.dump import dump_docx

NBSP = "\u00a0"
CASE = """\
dokumenttyp: beslut
datum: 2018-10-03
titel: Avgift för färdtjänst
belopp:
  forra: 25 %
beslut:
  beslutande: Vård- och omsorgsnämnden
  punkter:
    - egenavgiften höjs från {{ belopp.forra }} till {{ tabeller.taxa.rader[0].andel }}.
avsnitt:
  - rubrik: Taxa
    text: >-
      Avgiften ökar med {{ tabeller.taxa.rader[0].okning }}, och
      {{ tabeller.taxa.rader[0].del }} av resorna är korta.
    tabell: taxa
tabeller:
  - namn: taxa
    totalt: false
    kolumner:
      - {namn: resa, rubrik: Resa}
      - {namn: andel, rubrik: Andel, typ: tal}
      - {namn: fore, rubrik: Före, typ: belopp}
      - {namn: efter, rubrik: Efter, typ: belopp}
      - {namn: okning, rubrik: Ökning, typ: forandring, fran: fore, till: efter}
      - {namn: del, rubrik: Del, typ: andel, av: efter}
    rader:
      - {resa: Kort, andel: 35 %, fore: 40, efter: 50}
      - {resa: Lång, andel: 35 %, fore: 120, efter: 150}
"""


def printed(tmp_path: Path, head: str) -> list[str]:
    """The att-sats, the sentence with percentages and the table's first row in the .md of
    the case under `head` (its own lines before the case)."""
    case = tmp_path / "fall.yaml"
    case.write_text(head + CASE, encoding="utf-8")
    result = Pipeline().build(case)
    assert [p.format() for p in result.problems] == []
    lines = result.files["fall.md"].decode("utf-8").replace(NBSP, " ").splitlines()
    return [next(line for line in lines if marker in line)
            for marker in ("egenavgiften", "Avgiften ökar", "| Kort")]


def test_running_text_writes_the_percent_sign_by_default(tmp_path: Path) -> None:
    assert printed(tmp_path, "dnr: nej\n") == [
        "att egenavgiften höjs från 25 % till 35 %.",
        "Avgiften ökar med 25,0 %, och 25,0 % av resorna är korta.",
        "| Kort | 35 % | 40 | 50 | 25,0 % | 25,0 % |"]


def test_a_case_that_says_ja_writes_procent_in_text_and_the_sign_in_the_table(
        tmp_path: Path) -> None:
    assert printed(tmp_path, "dnr: nej\nprocent_i_lopande_text: ja\n") == [
        "att egenavgiften höjs från 25 procent till 35 procent.",
        "Avgiften ökar med 25,0 procent, och 25,0 procent av resorna är korta.",
        "| Kort | 35 % | 40 | 50 | 25,0 % | 25,0 % |"]


def _profile_with_procent(tmp_path: Path, setting: str) -> None:
    """A profile 'egen' next to the case, a bundled one with `procent_i_lopande_text`."""
    folder = tmp_path / "profiler" / "egen"
    shutil.copytree(profiles_dir() / "norrbottens-kommuner", folder)
    profile = folder / "profil.yaml"
    text = profile.read_text(encoding="utf-8")
    profile.write_text(text.replace("husstil:\n", f"husstil:\n  {setting}\n"), encoding="utf-8")


def test_a_profile_that_says_ja_writes_procent_unless_the_case_says_nej(
        tmp_path: Path) -> None:
    _profile_with_procent(tmp_path, "procent_i_lopande_text: ja")
    head = "organisation: egen\ndnr: nej\n"
    assert printed(tmp_path, head)[0] == "att egenavgiften höjs från 25 procent till 35 procent."
    assert printed(tmp_path, head + "procent_i_lopande_text: nej\n")[0] == (
        "att egenavgiften höjs från 25 % till 35 %.")


def test_the_word_document_writes_procent_as_the_markdown_does(tmp_path: Path) -> None:
    case = tmp_path / "fall.yaml"
    case.write_text("dnr: nej\nprocent_i_lopande_text: ja\n" + CASE, encoding="utf-8")
    word = dump_docx(Pipeline().build(case).files["fall.docx"]).replace(NBSP, " ")
    assert "höjs från 25 procent till 35 procent." in word
    assert "Avgiften ökar med 25,0 procent" in word

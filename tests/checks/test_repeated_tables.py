"""Specification: a table, a list or a split that an earlier section already shows is a
warning at the second `tabell`, saying where it is shown and what to do (trial 77, F1: the
same table in two sections was printed twice without a word). Different tables, and
different splits under `tabell: uppdelning`, are left alone."""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline

HEAD = """\
dokumenttyp: lagesbeskrivning
datum: 2024-09-19
dnr: nej
titel: Bostadsanpassningsbidrag
tabeller:
  - namn: atgarder
    kolumner:
      - {namn: atgard, rubrik: Åtgärd}
      - {namn: beviljat, rubrik: Beviljat belopp, typ: belopp}
    rader:
      - {atgard: Borttagning av fem trösklar, beviljat: 9 250}
      - {atgard: Stödhandtag, beviljat: 5 700}
  - namn: sokt
    kolumner:
      - {namn: atgard, rubrik: Åtgärd}
      - {namn: sokt, rubrik: Sökt belopp, typ: belopp}
    rader:
      - {atgard: Borttagning av fem trösklar, sokt: 9 800}
uppdelningar:
  - {namn: a, metod: lika, summa: 1000, parter: [{namn: Ena}, {namn: Andra}]}
  - {namn: b, metod: lika, summa: 2000, parter: [{namn: Ena}, {namn: Andra}]}
avsnitt:
"""


def problems(tmp_path: Path, sections: str) -> list[str]:
    """The problems of the case with the sections, as printed, without the folder."""
    case = tmp_path / "x.yaml"
    case.write_text(HEAD + sections, encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(case).problems]


def test_a_table_in_two_sections_is_a_warning_at_the_second(tmp_path: Path) -> None:
    assert problems(tmp_path, """\
  - rubrik: Uppgifter om sökanden
    text: "Sökande: Gunnel Andersson"
    tabell: atgarder
  - rubrik: Beviljade och avslagna åtgärder
    tabell: atgarder
  - rubrik: Sökta belopp
    tabell: sokt
  - {rubrik: Fördelning, tabell: uppdelning, uppdelning: a}
  - {rubrik: Fördelning år 2, tabell: uppdelning, uppdelning: b}
""") == ["x.yaml:27:13: varning: tabellen 'atgarder' visas redan i avsnittet 'Uppgifter om "
         "sökanden' (rad 25) och skulle stå två gånger i dokumentet; ta bort 'tabell: "
         "atgarder' i ett av avsnitten och hänvisa till den i texten där den behövs"]


def test_a_subsection_repeating_a_table_of_a_section_without_heading(tmp_path: Path) -> None:
    assert problems(tmp_path, """\
  - tabell: atgarder
    text_efter: Tabellen visar åtgärderna.
  - rubrik: Åtgärderna
    text: De beviljade åtgärderna.
    avsnitt:
      - rubrik: Beviljat
        tabell: atgarder
  - {rubrik: Sökt, tabell: sokt}
""") == ["x.yaml:29:17: varning: tabellen 'atgarder' visas redan i ett avsnitt (rad 23) och "
         "skulle stå två gånger i dokumentet; ta bort 'tabell: atgarder' i ett av avsnitten "
         "och hänvisa till den i texten där den behövs"]


def test_the_same_split_twice_is_a_warning(tmp_path: Path) -> None:
    assert problems(tmp_path, """\
  - {rubrik: Åtgärder, tabell: atgarder}
  - {rubrik: Sökt, tabell: sokt}
  - {rubrik: Fördelning, tabell: uppdelning, uppdelning: a}
  - {rubrik: Fördelning igen, tabell: uppdelning, uppdelning: a}
  - {rubrik: Fördelning år 2, tabell: uppdelning, uppdelning: b}
""") == ["x.yaml:26:39: varning: uppdelningen 'a' visas redan i avsnittet 'Fördelning' (rad "
         "25) och skulle stå två gånger i dokumentet; ta bort 'tabell: uppdelning' och "
         "'uppdelning: a' i ett av avsnitten och hänvisa till den i texten där den behövs"]

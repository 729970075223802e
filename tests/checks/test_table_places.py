"""Specification: "tabellen ovan" in the text before a section's own table, and "tabellen
nedan" in the text after it, is a warning at the words, with the words to write (trial 37,
finding 13); a text that points both ways where another table stands on the far side, and
the text of a section without a table, are left alone."""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline

HEAD = """\
dokumenttyp: lagesbeskrivning
datum: 2016-03-18
dnr: nej
titel: Prognossäkerhet
tabeller:
  - namn: a
    enhet: mnkr
    kolumner: [{namn: post, rubrik: Post}, {namn: belopp, rubrik: Belopp, typ: belopp}]
    rader: [{post: Nämnder, belopp: 316}]
  - namn: b
    enhet: mnkr
    kolumner: [{namn: post, rubrik: Post}, {namn: belopp, rubrik: Belopp, typ: belopp}]
    rader: [{post: Nämnder, belopp: 563}]
avsnitt:
"""


def warnings(tmp_path: Path, sections: str) -> list[str]:
    """The problems of the case with the sections, as printed, without the folder."""
    case = tmp_path / "x.yaml"
    case.write_text(HEAD + sections, encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(case).problems]


def test_ovan_before_the_sections_own_table_is_a_warning(tmp_path: Path) -> None:
    assert warnings(tmp_path, """\
  - rubrik: Prognos 2014
    tabell: a
  - rubrik: Prognos 2015
    text: Avvikelsen var 247 mnkr. Tabellen ovan visar hur den fördelar sig.
    tabell: b
""") == ["x.yaml:18:36: varning: texten hänvisar till 'Tabellen ovan', men avsnittets "
         "tabell står under texten; skriv 'Tabellen nedan'"]


def test_nedan_after_the_sections_own_table_is_a_warning(tmp_path: Path) -> None:
    assert warnings(tmp_path, """\
  - rubrik: Prognos
    tabell: a
    text_efter: Som nedanstående tabell visar var avvikelsen stor.
  - tabell: b
""") == ["x.yaml:17:21: varning: texten hänvisar till 'nedanstående tabell', men avsnittets "
         "tabell står över texten; skriv 'ovanstående tabell'"]


def test_a_text_pointing_at_its_own_table_and_at_another_is_left_alone(tmp_path: Path) -> None:
    assert warnings(tmp_path, """\
  - rubrik: Prognos 2014
    tabell: a
  - rubrik: Prognos 2015
    text: Jämfört med tabellen ovan visar tabellen nedan en större avvikelse.
    tabell: b
    text_efter: Tabellen ovan visar avvikelsen per nämnd.
  - rubrik: Utan tabell
    text: Tabellen ovan och tabellen nedan är hämtade ur årsredovisningen.
""") == []


def test_ovan_before_the_first_table_of_all_is_a_warning_even_pointing_both_ways(
        tmp_path: Path) -> None:
    assert warnings(tmp_path, """\
  - rubrik: Prognos
    text: Tabellen nedan, liksom tabellen ovan, visar avvikelsen.
    tabell: a
  - tabell: b
""") == ["x.yaml:16:34: varning: texten hänvisar till 'tabellen ovan', men avsnittets "
         "tabell står under texten; skriv 'tabellen nedan'"]

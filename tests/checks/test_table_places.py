"""Specification: "tabellen ovan" in the text before a section's own table, and "tabellen
nedan" in the text after it, is a warning at the words, with the words to write (trial 37,
finding 13); a text that points both ways where another table stands on the far side, and
the text of a section without a table, are left alone. A point of the decision or the
proposal, printed after the sections and their tables unless `beslut_forst` or
`forslag_forst` puts it before, is held to the same rule (trial 45, F7: "enligt nedan tabell"
in a decision printed after the table)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from generator.build import Pipeline
from generator.checks import table_places

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


def test_nedan_tabell_in_a_text_is_the_same_slip(tmp_path: Path) -> None:
    assert warnings(tmp_path, """\
  - rubrik: Prognos
    tabell: a
    text_efter: Enligt nedan tabell var avvikelsen stor, liksom i tabeller nedan.
  - tabell: b
""") == ["x.yaml:17:24: varning: texten hänvisar till 'nedan tabell', men avsnittets tabell "
         "står över texten; skriv 'ovan tabell'",
         "x.yaml:17:67: varning: texten hänvisar till 'tabeller nedan', men avsnittets tabell "
         "står över texten; skriv 'tabeller ovan'"]


DECIDED = """\
  - rubrik: Prognos
    tabell: a
  - tabell: b
{first}beslut:
  beslutande: Kommunfullmäktige
  stil: numrerad
  punkter:
    - Investeringsbudgeten antas enligt {words} benämnd ”Prognos”.
"""
"""Sections with a table, and a decision whose one point (on line 23 with 'beslut_forst',
else 22) names the table with `words`."""


def decided(tmp_path: Path, words: str, first: str = "") -> list[str]:
    """The problems of a beslut with the decision point, printed first with `first`."""
    case = tmp_path / "x.yaml"
    source = HEAD.replace("lagesbeskrivning", "beslut") + DECIDED.format(words=words,
                                                                            first=first)
    case.write_text(source, encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(case).problems]


class DescribeAPointOfTheDecision:
    def it_is_warned_at_when_it_points_down_to_the_tables_printed_above_it(
            self, tmp_path: Path) -> None:
        # (trial 45, F7: the KF point "… enligt nedan tabell benämnd …" after the table)
        assert decided(tmp_path, "nedan tabell") == [
            "x.yaml:22:41: varning: punkten hänvisar till 'nedan tabell', men beslutet står "
            "efter avsnitten och deras tabeller; skriv 'ovan tabell', eller skriv "
            "'beslut_forst: ja' så står beslutet före avsnitten"]

    def it_is_warned_at_when_printed_first_and_pointing_up(self, tmp_path: Path) -> None:
        assert decided(tmp_path, "tabellen ovan", "beslut_forst: ja\n") == [
            "x.yaml:23:41: varning: punkten hänvisar till 'tabellen ovan', men beslutet står "
            "före avsnitten och deras tabeller ('beslut_forst'); skriv 'tabellen nedan', "
            "eller ta bort 'beslut_forst' så står beslutet efter avsnitten"]

    def it_is_left_alone_where_it_points_the_right_way(self, tmp_path: Path) -> None:
        assert decided(tmp_path, "nedan tabell", "beslut_forst: ja\n") == []
        assert decided(tmp_path, "tabellerna ovan") == []

    def it_is_warned_at_when_it_says_tabellen_ovan_after_two_tables(
            self, tmp_path: Path) -> None:
        # (trial 96, F9: which of the two tables above the decision is meant?)
        assert decided(tmp_path, "tabellen ovan") == [
            "x.yaml:22:41: varning: punkten hänvisar till 'tabellen ovan', men 2 tabeller står "
            "ovanför, så läsaren vet inte vilken som menas; skriv vilken, t.ex. 'enligt "
            "tabellen under rubriken Prognos', eller numrera tabellerna i rubrikerna ('Tabell "
            "1. …') och hänvisa till numret"]

    def it_names_every_heading_of_the_tables_above_when_each_has_one(
            self, tmp_path: Path) -> None:
        case = tmp_path / "x.yaml"
        source = HEAD.replace("lagesbeskrivning", "beslut") + DECIDED.format(
            words="ovanstående tabell", first="").replace("  - tabell: b",
                                                          "  - rubrik: Finansiering\n"
                                                          "    tabell: b")
        case.write_text(source, encoding="utf-8")
        assert [p.format().replace(f"{tmp_path}/", "")
                for p in Pipeline().build(case).problems] == [
            "x.yaml:23:41: varning: punkten hänvisar till 'ovanstående tabell', men 2 tabeller "
            "står ovanför (under rubrikerna 'Prognos' och 'Finansiering'), så läsaren vet inte "
            "vilken som menas; skriv vilken, t.ex. 'enligt tabellen under rubriken Prognos', "
            "eller numrera tabellerna i rubrikerna ('Tabell 1. …') och hänvisa till numret"]

    def it_is_left_alone_where_no_section_has_a_table(self, tmp_path: Path) -> None:
        # (it may mean a table the document does not print, in an appendix)
        case = tmp_path / "x.yaml"
        case.write_text(HEAD.replace("lagesbeskrivning", "beslut").split("tabeller:")[0]
                        + DECIDED.format(words="tabellen nedan", first="").replace(
                            "  - rubrik: Prognos\n    tabell: a\n  - tabell: b\n",
                            "avsnitt:\n  - rubrik: Prognos\n    text: Avvikelsen var stor.\n"),
                        encoding="utf-8")
        assert [p.format() for p in Pipeline().build(case).problems] == []


def test_a_point_of_the_proposal_is_warned_at_alike(tmp_path: Path) -> None:
    assert warnings(tmp_path, """\
  - rubrik: Prognos
    tabell: a
  - tabell: b
forslag_forst: ja
forslag:
  punkter:
    - godkänna prognosen enligt tabellen ovan.
""") == ["x.yaml:21:33: varning: punkten hänvisar till 'tabellen ovan', men förslaget står "
         "före avsnitten och deras tabeller ('forslag_forst'); skriv 'tabellen nedan', eller "
         "ta bort 'forslag_forst' så står förslaget efter avsnitten"]


@given(st.lists(st.sampled_from(["Tabellen", "TABELL", "tabell", "en", " ", "\n", "ovan", "OVAN",
                                 "Nedan", "stående", "här", "ovanstående", "K", "ſ"]),
                max_size=10).map("".join), st.sampled_from(["ovan", "nedan"]))
def test_a_text_without_the_words_of_a_pointing_phrase_is_not_searched(
        text: str, word: str) -> None:
    pointing = table_places._pointing(word).search(text) is not None
    assert table_places._may_point(text, word) or not pointing

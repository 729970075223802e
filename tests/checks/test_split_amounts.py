"""Specification, by exact messages, of amounts in text compared with a split's figures: its
total and its parties' parts are figures of the document like a table's, named by the split
and the party ("uppdelningen 'partistod', parten 'Socialdemokraterna'"), with the messages a
table's figures get: a near miss, two digits swapped, and a total that a sentence states
("Partistödet om totalt … fördelas enligt följande:") but that is not the split's."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline

NBSP = "\u00a0"

PARTISTOD = """\
dokumenttyp: tjansteskrivelse
avsandare: [Kommunstyrelsens förvaltning]
datum: 2025-03-14
dnr: KS 2025/12
titel: Partistöd 2025
forslag:
  punkter:
    - fördela partistödet enligt tabellen.
avsnitt:
  - rubrik: Partistöd
    text: "{before}"
    tabell: uppdelning
    uppdelning: partistod
    text_efter: "{after}"
  - rubrik: Övrigt
    text: "{other}"
uppdelningar:
  - namn: partistod
    metod: fasta
    parter:
      - {{namn: Socialdemokraterna, belopp: 412 250}}
      - {{namn: Moderaterna, belopp: 309 875}}
      - {{namn: Centerpartiet, belopp: 290 000}}
      - {{namn: Liberalerna, belopp: 192 875}}
"""
"""A split of fixed amounts, 1 205 000 kr in all, in the section 'Partistöd'."""
LEADS = "Partistödet om totalt {} fördelas enligt följande:"


def problems(tmp_path: Path, before: str = "Partistödet fördelas så här:",
             after: str = "Beloppen gäller 2025.", other: str = "Inget mer.") -> list[str]:
    """What `beslut kontrollera` prints for the case with these texts: before and after the
    split's table, and in a section under another heading."""
    case = tmp_path / "x.yaml"
    case.write_text(PARTISTOD.format(before=before, after=after, other=other),
                    encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(case).problems]


def test_a_partys_part_written_with_a_slip_names_the_split_and_the_party(
        tmp_path: Path) -> None:
    assert problems(tmp_path, after="Socialdemokraterna får 412 500 kronor.") == [
        "x.yaml:14:41: varning: beloppet '412 500 kronor' i texten stämmer inte exakt med "
        f"det beräknade 412{NBSP}250{NBSP}kr i uppdelningen 'partistod', parten "
        "'Socialdemokraterna'; "
        "menar texten det beloppet, skriv {{ uppdelningar.partistod.parter[0].belopp }} så "
        "följer texten tabellen"]


def test_a_total_with_two_digits_swapped_names_the_splits_total(tmp_path: Path) -> None:
    assert problems(tmp_path, LEADS.format("1 250 000 kronor")) == [
        "x.yaml:11:34: varning: beloppet '1 250 000 kronor' i texten finns inte i "
        "tabellerna, men med två siffror omkastade stämmer det med det beräknade "
        f"1{NBSP}205{NBSP}000{NBSP}kr, summan av uppdelningen 'partistod'; menar texten det "
        "beloppet, skriv {{ uppdelningar.partistod.summa }} så följer texten tabellen"]


def test_a_said_total_that_is_not_the_splits_is_warned_about(tmp_path: Path) -> None:
    assert problems(tmp_path, LEADS.format("1 300 000 kronor")) == [
        "x.yaml:11:34: varning: beloppet '1 300 000 kronor' i texten står som en summa men "
        "är inte uppdelningens summa: summan av uppdelningen 'partistod' är "
        f"1{NBSP}205{NBSP}000{NBSP}kr "
        "(uppdelningar.partistod.summa); menar texten den summan, skriv {{ "
        "uppdelningar.partistod.summa }} så följer texten tabellen"]


def test_a_said_total_in_mnkr_is_named_in_mnkr(tmp_path: Path) -> None:
    assert problems(tmp_path, LEADS.format("1,3 mnkr")) == [
        "x.yaml:11:34: varning: beloppet '1,3 mnkr' i texten står som en summa men är inte "
        "uppdelningens summa: summan av uppdelningen 'partistod' är 1,205\u00a0mnkr "
        "(uppdelningar.partistod.summa); menar texten den summan, skriv {{ "
        "uppdelningar.partistod.summa }} eller {{ uppdelningar.partistod.summa | mnkr }} så "
        "följer texten tabellen"]


@pytest.mark.parametrize(("before", "after"), [
    (LEADS.format("1 205 000 kronor"), "Socialdemokraterna får 412 250 kronor."),
    (LEADS.format("ca 1,2 mnkr"), "Liberalerna får 192 875 kr."),
    # a part, not a total: smaller than the largest party's (with the party named, it is
    # that party's part: tests/checks/test_party_amounts.py)
    ("Totalt får ett av partierna 250 000 kronor.", ""),
    # far more than the split: another sum
    ("Kommunens budget uppgår till 5 000 000 kronor.", ""),
    # no total word: another amount
    ("Partistödet höjdes med 150 000 kronor.", ""),
])
def test_amounts_that_state_the_split_or_another_amount_are_no_warning(
        tmp_path: Path, before: str, after: str) -> None:
    assert problems(tmp_path, before, after) == []


def test_a_said_total_under_another_heading_is_not_compared_with_the_split(
        tmp_path: Path) -> None:
    assert problems(tmp_path, other="Det sammanlagda stödet är 1 300 000 kronor.") == []


def test_a_party_named_in_a_point_that_does_not_name_it_is_named_by_split_and_party(
        tmp_path: Path) -> None:
    text = PARTISTOD.replace("fördela partistödet enligt tabellen.",
                             "avsätta 290 000 kr till utbildning.")
    case = tmp_path / "x.yaml"
    case.write_text(text.format(before="Så här.", after="Klart.", other="Inget."),
                    encoding="utf-8")
    assert [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(case).problems] \
        == ["x.yaml:8:15: varning: beloppet '290 000 kr' i förslaget finns i tabellerna bara "
            "i uppdelningen 'partistod', parten 'Centerpartiet', som punkten inte nämner; "
            "menar punkten det beloppet, hänvisa till det med {{ "
            "uppdelningar.partistod.parter[2].belopp }}, och är det ett annat belopp som bara "
            "råkar vara lika, lägg till 'belopp:' och under den en rad med ett namn du väljer, "
            "t.ex. 'ram: 290000', och i punkten {{ belopp.ram }}"]

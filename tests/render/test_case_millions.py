"""Specification: an organisation whose house style writes millions of kronor as "mkr"
(trial 50, F6: Gnesta kommun's bokslut, "ett överskott på 1,5 mkr") says `miljoner: mkr`
under `husstil` in its profile, and a case may say it for itself, over its profile. "mkr" in
the text is then read as millions and kept as written, without a warning; "mnkr" is warned
about as the other style and written "mkr", and everything the tool writes in millions (the
`mnkr` filter, amount column headers, messages) says "mkr". A table's unit stays
`enhet: mnkr`. Without the choice, nothing changes."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.build import CaseResult, Pipeline
from generator.cli import main
from generator.word.dump import dump_docx

NBSP = "\u00a0"
CASE = """\
dokumenttyp: tjansteskrivelse
datum: 2014-02-20
titel: Bokslut 2013
belopp:
  ram: 1000000000
avsnitt:
  - rubrik: Resultat
    text: |
      Kommunen redovisade ett överskott på 1,5 mkr.
      Nämnderna fick {{ tabeller.drift.summa | mnkr }}.
    tabell: drift
tabeller:
  - namn: drift
    enhet: mnkr
    kolumner:
      - {namn: namnd, rubrik: Nämnd}
      - {namn: utfall, rubrik: Utfall 2013, typ: belopp}
    rader:
      - {namnd: Barn- och utbildningsnämnden, utfall: "-8,7"}
      - {namnd: Socialnämnden, utfall: "-6,3"}
"""
MKR = "dnr: nej\nmiljoner: mkr\n"
PROFILE = """\
namn: Gnesta kommun
rader: [Gnesta kommun]
husstil:
  miljoner: mkr
"""


@pytest.fixture(autouse=True)
def _here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Cases are built in tmp_path, where `profiler/` is looked for."""
    monkeypatch.chdir(tmp_path)


def build(head: str, case: str = CASE) -> CaseResult:
    """The case under `head` (its own keys, a profile) built in memory."""
    path = Path("fall.yaml")
    path.write_text(head + case, encoding="utf-8")
    return Pipeline().build(path)


def messages(result: CaseResult) -> list[str]:
    """The problems as printed, no-break spaces as spaces."""
    return [p.format().replace(NBSP, " ") for p in result.problems]


def lines(result: CaseResult, *markers: str) -> list[str]:
    """The first line of the .md holding each marker, no-break spaces as spaces."""
    text = result.files["fall.md"].decode("utf-8").replace(NBSP, " ").splitlines()
    return [next(line for line in text if marker in line) for marker in markers]


def test_mkr_is_read_and_kept_and_the_document_writes_mkr() -> None:
    result = build(MKR)
    assert messages(result) == []
    assert lines(result, "överskott", "fick", "| Nämnd") == [
        "Kommunen redovisade ett överskott på 1,5 mkr.", "Nämnderna fick −15 mkr.",
        "| Nämnd | Utfall 2013 (mkr) |"]


def test_without_the_choice_mkr_is_warned_about_and_written_mnkr_as_before() -> None:
    result = build("dnr: nej\n")
    assert messages(result) == [
        "fall.yaml:10:48: varning: enheten 'mkr' används inte, skriv mnkr ('mkr' är tvetydigt) "
        "eller, om organisationen skriver mkr, "
        "ange 'miljoner: mkr' i ärendet eller under 'husstil' i profilen "
        "(dokumentet skriver mnkr)"]
    assert lines(result, "överskott", "fick", "| Nämnd") == [
        "Kommunen redovisade ett överskott på 1,5 mnkr.", "Nämnderna fick −15 mnkr.",
        "| Nämnd | Utfall 2013 (mnkr) |"]


def test_mnkr_is_warned_about_as_the_other_style_and_written_mkr() -> None:
    typed = "1,5 mnkr, Socialnämnden 6,3 mnkr, Mkr eller MSEK."
    result = build(MKR, CASE.replace("1,5 mkr.", typed))
    assert messages(result) == [
        "fall.yaml:11:48: varning: enheten 'mnkr' följer inte husstilen, skriv mkr (husstilen "
        "skriver mkr för miljoner kronor, 'miljoner: mkr'; dokumentet skriver mkr); det gäller "
        "2 ställen på rad 11",
        "fall.yaml:11:78: varning: enheten 'Mkr' används inte, skriv mkr (dokumentet skriver mkr)",
        "fall.yaml:11:88: varning: enheten 'MSEK' används inte, skriv mkr (dokumentet skriver "
        "mkr)"]
    assert lines(result, "överskott") == [
        "Kommunen redovisade ett överskott på 1,5 mkr, Socialnämnden 6,3 mkr, mkr eller mkr."]


def test_a_message_shows_amounts_in_millions_as_mkr() -> None:
    result = build(MKR, CASE.replace("Kommunen", "Ramen är 100 mkr. Kommunen"))
    assert messages(result) == [
        "fall.yaml:11:16: varning: beloppet '100 mkr' i texten är inget av ärendets belopp, men "
        "med en nolla till stämmer det med ärendets belopp 'ram' (1 000 mkr); menar texten det "
        "beloppet, skriv {{ belopp.ram }} eller {{ belopp.ram | mnkr(0) }} så följer texten "
        "ärendets belopp"]


def test_mkr_is_compared_with_the_tables_as_mnkr_is() -> None:
    slip = CASE.replace("Kommunen", "Socialnämndens underskott blev 3,6 mkr. Kommunen")
    expected = (
        "fall.yaml:11:38: varning: beloppet '3,6 mkr' i texten finns inte i tabellerna, men med "
        "två siffror omkastade stämmer det med tabellens −6,3 mkr på raden 'Socialnämnden' utan "
        "minustecken; menar texten det beloppet, skriv {{ tabeller.drift.rader[1].utfall | "
        "utan_tecken }} eller {{ tabeller.drift.rader[1].utfall | utan_tecken | mnkr }} så "
        "följer texten tabellen")
    assert messages(build(MKR, slip)) == [expected]
    assert messages(build("dnr: nej\nmiljoner: mnkr\n", slip.replace(" mkr", " mnkr"))) == [
        expected.replace("3,6 mkr", "3,6 mnkr").replace("6,3 mkr", "6,3 mnkr")]


@pytest.mark.parametrize(("cell", "expected"), [
    ('"-6,3 mkr"', []),
    ('"-6,3 mnkr"', ["fall.yaml:22:46: varning: enheten 'mnkr' följer inte husstilen, skriv mkr "
                     "(husstilen skriver mkr för miljoner kronor, 'miljoner: mkr'; dokumentet "
                     "skriver mkr)"]),
])
def test_a_table_cell_may_write_the_house_unit(cell: str, expected: list[str]) -> None:
    result = build(MKR, CASE.replace('"-6,3"', cell))
    assert messages(result) == expected
    assert lines(result, "Socialnämnden") == ["| Socialnämnden | −6,3 |"]


def test_the_profile_chooses_mkr_and_a_case_may_choose_mnkr_over_it() -> None:
    folder = Path("profiler", "gnesta-kommun")
    folder.mkdir(parents=True)
    (folder / "profil.yaml").write_text(PROFILE, encoding="utf-8")
    head = "organisation: gnesta-kommun\ndnr: nej\n"
    assert lines(build(head), "| Nämnd") == ["| Nämnd | Utfall 2013 (mkr) |"]
    assert lines(build(head + "miljoner: mnkr\n"), "| Nämnd") == [
        "| Nämnd | Utfall 2013 (mnkr) |"]


def test_the_word_document_writes_mkr_as_the_markdown_does() -> None:
    word = dump_docx(build(MKR).files["fall.docx"])
    assert f"överskott på 1,5{NBSP}mkr." in word
    assert f"Nämnderna fick −15{NBSP}mkr." in word
    assert "Utfall 2013 (mkr)" in word


def test_visa_shows_the_headers_as_the_document_does() -> None:
    Path("fall.yaml").write_text(MKR + CASE, encoding="utf-8")
    result = CliRunner().invoke(main, ["visa", "fall.yaml"], terminal_width=100)
    assert "Utfall 2013 (mkr)" in result.output
    assert "mnkr" not in result.output


def test_a_unit_after_a_bare_figure_is_named_as_the_house_writes_it() -> None:
    result = build(MKR, CASE.replace("Kommunen", "Totalt {{ tabeller.drift.summa | belopp }} kr. "
                                     "Kommunen"))
    assert messages(result) == [
        "fall.yaml:11:14: '{{ tabeller.drift.summa | belopp }} kr' skriver '−15,0 kr', men "
        "beloppet är −15,0 mkr: '| belopp' skriver talet i mkr utan enhet; skriv "
        "{{ tabeller.drift.summa }} så skrivs beloppet med sin enhet, eller "
        "{{ tabeller.drift.summa | kr }} för beloppet i kr"]

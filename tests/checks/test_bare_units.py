"""Specification: `{{ … | belopp }}` prints a figure's number as its table shows it, in the
table's unit, without the unit, so the text writes the unit after it (trial 39: a figure of a
table in tkr printed as "133 203 000 tkr", with no word from the check). A unit written after
it other than the one printed would make the figure a thousand times wrong: that is an error
at the reference, saying what it prints and how to write it."""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline

NBSP = "\u00a0"

JAMTLAND = """\
dokumenttyp: tjansteskrivelse
datum: 2021-04-26
dnr: nej
titel: Fördelning av medlemsavgiften 2021
avsnitt:
  - rubrik: Ekonomi
    text: |
      Medlemsavgifterna 2021 uppgår till {{ tabeller.medlemsavgift.summa | belopp }} tkr.
    tabell: medlemsavgift
tabeller:
  - namn: medlemsavgift
    enhet: tkr
    kolumner:
      - {namn: kommun, rubrik: Medlemskommuner}
      - {namn: bidrag, rubrik: Medlemsbidrag 2021, typ: belopp}
    rader:
      - {kommun: Berg, bidrag: 12 832}
      - {kommun: Östersund, bidrag: 120 371}
"""

MALMO = """\
dokumenttyp: lagesbeskrivning
datum: 2015-03-31
dnr: nej
titel: Prognossäkerhet
avsnitt:
  - rubrik: Prognossäkerhet
    text: |
      Skadekostnaderna för skyfallet i augusti om totalt
      {{ tabeller.prognos.rader[1].bokslut | belopp }} mnkr var inte sammanställda.
      Avvikelsen blev {{ tabeller.prognos.avvikelse | belopp }} mnkr.
    tabell: prognos
tabeller:
  - namn: prognos
    enhet: mnkr
    kolumner:
      - {namn: post, rubrik: Post}
      - {namn: bokslut, rubrik: Bokslut, typ: belopp}
      - {namn: delar, rubrik: Delårsrapport, typ: belopp}
      - {namn: avvikelse, rubrik: Avvikelse, typ: belopp, formel: bokslut - delar}
    rader:
      - {post: Kommunstyrelse, bokslut: -18, delar: 44}
      - {post: Rea-/exploateringsvinster, bokslut: 88, delar: 60}
      - {post: Servicenämnd, bokslut: 38, delar: 7}
"""


def build(tmp_path: Path, text: str) -> tuple[list[str], str]:
    """The case's problems as printed, without the folder, and its Markdown document."""
    case = tmp_path / "fall.yaml"
    case.write_text(text, encoding="utf-8")
    result = Pipeline().build(case)
    problems = [p.format().replace(f"{tmp_path}/", "") for p in result.problems]
    return problems, result.files.get("fall.md", b"").decode("utf-8")


def test_a_figure_of_a_table_in_tkr_prints_in_tkr(tmp_path: Path) -> None:
    problems, markdown = build(tmp_path, JAMTLAND)
    assert problems == []
    assert f"Medlemsavgifterna 2021 uppgår till 133{NBSP}203 tkr." in markdown


def test_figures_of_a_table_in_mnkr_print_in_mnkr(tmp_path: Path) -> None:
    problems, markdown = build(tmp_path, MALMO)
    assert problems == []
    assert "om totalt\n88 mnkr var inte sammanställda" in markdown
    assert "Avvikelsen blev \u22123 mnkr." in markdown


def test_kronor_after_a_figure_in_tkr_is_an_error(tmp_path: Path) -> None:
    problems, _ = build(tmp_path, JAMTLAND.replace("| belopp }} tkr", "| belopp }} kr"))
    assert problems == [
        "fall.yaml:8:42: '{{ tabeller.medlemsavgift.summa | belopp }} kr' skriver '133 203 kr', "
        "men beloppet är 133 203 tkr: '| belopp' skriver talet i tkr utan enhet; skriv "
        "{{ tabeller.medlemsavgift.summa }} så skrivs beloppet med sin enhet, eller "
        "{{ tabeller.medlemsavgift.summa | kr }} för beloppet i kr"]


def test_another_spelling_of_the_tables_unit_is_that_unit(tmp_path: Path) -> None:
    problems, markdown = build(tmp_path, MALMO.replace("}} mnkr var", "}} Mkr var"))
    assert problems == ["fall.yaml:9:56: varning: enheten 'Mkr' används inte, skriv mnkr "
                        "('Mkr' är tvetydigt) eller, om organisationen skriver mkr, "
                        "ange 'miljoner: mkr' i ärendet "
                        "eller under 'husstil' i profilen (dokumentet skriver mnkr)"]
    assert "om totalt\n88 mnkr var inte sammanställda" in markdown


def test_kronor_in_words_after_a_figure_in_mnkr_is_an_error(tmp_path: Path) -> None:
    problems, _ = build(tmp_path, MALMO.replace("}} mnkr var", "}} kronor var"))
    assert problems == [
        "fall.yaml:9:7: '{{ tabeller.prognos.rader[1].bokslut | belopp }} kronor' skriver "
        "'88 kronor', men beloppet är 88 mnkr: '| belopp' skriver talet i mnkr utan enhet; "
        "skriv {{ tabeller.prognos.rader[1].bokslut }} så skrivs beloppet med sin enhet, eller "
        "{{ tabeller.prognos.rader[1].bokslut | kr }} för beloppet i kr"]


def test_tkr_after_a_figure_in_kronor_is_an_error(tmp_path: Path) -> None:
    case = JAMTLAND.replace("enhet: tkr", "enhet: kr").replace("12 832", "12 832 000") \
        .replace("120 371", "120 371 000")
    problems, _ = build(tmp_path, case)
    assert problems == [
        "fall.yaml:8:42: '{{ tabeller.medlemsavgift.summa | belopp }} tkr' skriver "
        "'133 203 000 tkr', men beloppet är 133 203 000 kr: '| belopp' skriver talet i kr "
        "utan enhet; skriv {{ tabeller.medlemsavgift.summa }} så skrivs beloppet med sin enhet, "
        "eller {{ tabeller.medlemsavgift.summa | tkr }} för beloppet i tkr"]


def test_a_unit_given_to_belopp_is_the_unit_it_prints(tmp_path: Path) -> None:
    case = JAMTLAND.replace("| belopp }} tkr", "| belopp('kr') }} kr")
    problems, markdown = build(tmp_path, case)
    assert problems == []
    assert f"uppgår till 133{NBSP}203{NBSP}000 kr." in markdown


def test_belopp_with_no_unit_after_it_is_no_concern_of_the_check(tmp_path: Path) -> None:
    case = JAMTLAND.replace("| belopp }} tkr", "| belopp }} i tkr")
    problems, markdown = build(tmp_path, case)
    assert problems == []
    assert f"uppgår till 133{NBSP}203 i tkr." in markdown

"""Specification: a percentage a decision sets is named under `belopp:` with its sign
(`stodandel: "73,37 %"`, trial 54, F6: an EU decision's stödandel and EG:s andel). Text
and points print it as written with `{{ belopp.stodandel }}`; a formula multiplies by it as
by the percentage written out; one typed in text or a point with two digits swapped
("73,73 %") is a warning, as an amount the case names is. It is never an amount: an amount
filter, a cap or an amount cell naming it is an error that says so."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.build import Pipeline
from generator.case.models import Case
from generator.cli import main
from generator.formatting import WrittenNumber

CASE = """\
dokumenttyp: beslut
datum: 2010-05-20
dnr: N30441-10-10
titel: Beslut om EG-medel
belopp:
  stod_hogst: 1210517
  stodandel: "73,37 %"
  eg_andel: "50,00 %"
beslut:
  beslutande: Förvaltande myndighet
  punkter:
    - stödet uppgår till {point} av de godkända kostnaderna, dock högst {{{{ belopp.stod_hogst }}}}.
    - av den offentliga finansieringen kan EG:s andel uppgå till högst {{{{ belopp.eg_andel }}}}.
avsnitt:
  - rubrik: Stödet
    text: {text}
"""
NAMED = "{{ belopp.stodandel }}"


def build(tmp_path: Path, point: str = NAMED, text: str = "Stödet beviljas.",
          case: str = CASE) -> tuple[list[str], str]:
    """The problems as printed (without the folder) and the Markdown of the case."""
    path = tmp_path / "x.yaml"
    path.write_text(case.format(point=point, text=text), encoding="utf-8")
    result = Pipeline().build(path)
    markdown = result.files["x.md"].decode("utf-8") if "x.md" in result.files else ""
    return ([p.format().replace(f"{tmp_path}/", "") for p in result.problems],
            markdown.replace("\u00a0", " "))


def test_a_named_percentage_is_printed_as_written(tmp_path: Path) -> None:
    problems, markdown = build(tmp_path, text="Stödet är {{ belopp.stodandel }} av kostnaderna.")
    assert problems == []
    assert "att stödet uppgår till 73,37 % av de godkända kostnaderna, dock högst 1 210 517 kr.\n" \
        in markdown
    assert "att av den offentliga finansieringen kan EG:s andel uppgå till högst 50,00 %.\n" \
        in markdown
    assert "Stödet är 73,37 % av kostnaderna.\n" in markdown


def test_a_point_with_two_digits_of_it_swapped_is_a_warning(tmp_path: Path) -> None:
    problems, _ = build(tmp_path, point="73,73 %")
    assert problems == [
        "x.yaml:12:26: varning: procentsatsen '73,73 %' i beslutet är ingen av ärendets "
        "procentsatser, men med två siffror omkastade stämmer den med ärendets procentsats "
        "'stodandel' (73,37 %); menar punkten den procentsatsen, skriv {{ belopp.stodandel }} "
        "så följer punkten ärendets procentsats"]


def test_a_text_with_two_digits_of_it_swapped_is_a_warning(tmp_path: Path) -> None:
    problems, _ = build(tmp_path, text="Stödet uppgår till 73,73 procent av kostnaderna.")
    assert problems == [
        "x.yaml:16:30: varning: procentsatsen '73,73 procent' i texten är ingen av ärendets "
        "procentsatser, men med två siffror omkastade stämmer den med ärendets procentsats "
        "'stodandel' (73,37 %); menar texten den procentsatsen, skriv {{ belopp.stodandel }} "
        "så följer texten ärendets procentsats",
        "x.yaml:16:30: varning: '73,73 procent' är skrivet med ord, men dokumentet skriver "
        "{{ belopp.stodandel }} som '73,37 %' i en annan text; skriv procent_i_lopande_text: "
        "ja i ärendet, så skrivs procentsatserna i löpande text med ord (tabellerna behåller "
        "%), eller skriv '73,73 %'"]


@pytest.mark.parametrize("text", [
    "Stödet uppgår till 73,37 % av kostnaderna.",  # as named
    "Stödet uppgår till 73,4 % av kostnaderna.",  # as named, rounded to its decimals
    "Stödet uppgår till 73,36 % av kostnaderna.",  # one step off: another share
    "Stödet uppgår till 37,73 % av kostnaderna.",  # other digits
    "Andelen höjs från 73,37 % till 73,73 %.",  # the text types the named one as well
    "Stödet uppgår till 73 % av kostnaderna.",  # no decimals: never read
])
def test_a_percentage_that_agrees_or_is_another_is_left_alone(tmp_path: Path,
                                                              text: str) -> None:
    assert build(tmp_path, text=text)[0] == []


TABLE = CASE.replace("    text: {text}\n", """\
    text: {text}
    tabell: stod
tabeller:
  - namn: stod
    kolumner:
      - {{namn: post, rubrik: Post}}
      - {{namn: kostnad, rubrik: Kostnad, typ: belopp}}
      - {{namn: stod, rubrik: Stöd, typ: belopp, formel: {point}}}
    rader:
      - {{post: Personal, kostnad: 1000000}}
      - {{post: Resor, kostnad: 55000}}
""").replace("stödet uppgår till {point}", "stödet uppgår till {{{{ belopp.stodandel }}}}")


def test_a_formula_multiplies_by_it_as_by_the_percentage_written_out(tmp_path: Path) -> None:
    problems, markdown = build(tmp_path, "kostnad * belopp.stodandel", case=TABLE)
    assert problems == []
    assert ("| Personal | 1 000 000 | 733 700 |\n| Resor | 55 000 | 40 354 |\n"
            "| **Totalt** | **1 055 000** | **774 054** |\n") in markdown


@pytest.mark.parametrize(("formula", "message"), [
    ("belopp.stodandel", "procentsatsen 'belopp.stodandel' kan inte stå i en formel: en formel "
     "lägger ihop och drar ifrån beloppskolumner med + och −, multiplicerar med * och delar "
     "med /, t.ex. 'kostnad * 12' eller 'kostnad / 12'; annars skriv beloppen i kolumnen och "
     "ta bort 'formel'"),
    ("belopp.stodandel * 2", "procentsatsen 'belopp.stodandel' i formeln har inget belopp att "
     "räknas av: en procentsats multiplicerar en beloppskolumn eller ett av ärendets belopp, "
     "t.ex. 'kostnad * belopp.stodandel'"),
    ("kostnad * belopp.stodandl", "'belopp.stodandl' i formeln är inget av ärendets belopp, "
     "menade du 'belopp.stodandel'?"),
])
def test_a_formula_that_cannot_use_it_names_it_as_written(tmp_path: Path, formula: str,
                                                          message: str) -> None:
    assert build(tmp_path, formula, case=TABLE)[0] == [f"x.yaml:23:57: {message}"]


def test_an_amount_filter_on_it_is_an_error(tmp_path: Path) -> None:
    problems, _ = build(tmp_path, point="{{ belopp.stodandel | tkr }}")
    assert problems == [
        "x.yaml:12:26: formateringen tkr kan bara visa ett belopp, men 73,37 % är en "
        "procentsats; skriv den utan formatering, utan '| tkr'"]


def test_a_cap_or_an_amount_cell_naming_it_is_an_error(tmp_path: Path) -> None:
    capped = TABLE.replace("formel: {point}", "formel: kostnad, hogst: belopp.stodandel")
    assert build(tmp_path, case=capped)[0] == [
        "x.yaml:23:73: 'hogst': 'belopp.stodandel' är en procentsats (73,37 %), inget belopp; "
        "skriv beloppet i tabellens enhet eller ett av ärendets belopp i kronor"]
    cell = TABLE.replace(", formel: {point}", "").replace(
        "kostnad: 55000}}", "kostnad: 55000, stod: '{{{{ belopp.stodandel }}}}'}}")
    assert build(tmp_path, case=cell)[0] == [
        "x.yaml:26:45: {{ belopp.stodandel }} är en procentsats, inget belopp; en beloppscell "
        "hämtar ett belopp, t.ex. \"{{ tabeller.norm.summa }}\" eller "
        "\"{{ tabeller.norm.rader[0].belopp }}\""]


def test_it_is_read_as_written_and_never_below_zero(tmp_path: Path) -> None:
    base = {"dokumenttyp": "beslut", "datum": "2010-05-20", "dnr": "nej", "titel": "Stöd"}
    case = Case.model_validate({**base, "belopp": {"andel": "12,50 %", "tak": "1 250"}})
    assert case.belopp == {"andel": WrittenNumber(Decimal("12.50"), percent=True), "tak": 1250}
    negative = CASE.replace('eg_andel: "50,00 %"', 'eg_andel: "-50,00 %"')
    assert build(tmp_path, case=negative)[0] == [
        "x.yaml:8:13: 'eg_andel': procentsatsen får inte vara negativ (-50,00 %), ange en "
        "procentsats ≥ 0"]


def test_visa_shows_it_among_the_named_amounts(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text(CASE.format(point=NAMED, text="Stödet beviljas."), encoding="utf-8")
    out = CliRunner().invoke(main, ["visa", str(path)]).output.replace("\u00a0", " ")
    rows = [[cell.strip() for cell in line.split("│")[1:-1]] for line in out.splitlines()
            if line.startswith("│")]
    assert rows[:3] == [["stod_hogst", "1 210 517 kr", "{{ belopp.stod_hogst }}"],
                        ["stodandel", "73,37 %", "{{ belopp.stodandel }}"],
                        ["eg_andel", "50,00 %", "{{ belopp.eg_andel }}"]]

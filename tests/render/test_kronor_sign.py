"""Specification, by exact Markdown and messages, of ':-' after an amount, Swedish for whole
kronor (trial 44, F5: Krokoms kommun's price list, "139 450:-" in every cell): in a table in
kr it is read as kronor and warned about once per file with a count, as another spelling of
a unit is; a stray point after it ("94 306:-.") is read alike; in a table in tkr it is an
error that says the table is in tkr; in text the amount is read as kronor and warned about;
an amount under `belopp` is read by the same reader as a cell in kr, and warned about so."""

from __future__ import annotations

from pathlib import Path

from generator.build import CaseResult, Pipeline

CASE = """\
dokumenttyp: beslut
avsandare: [Krokoms kommun]
datum: 2023-01-12
dnr: nej
titel: Interkommunal ersättning
beslut:
  beslutande: Barn- och utbildningsnämnden
  datum: 2022-12-14
  punkter:
    - fastställa ersättningen enligt tabellen.
avsnitt:
  - rubrik: Ersättning
    text: Priserna gäller för 2023.
    tabell: ike
tabeller:
  - namn: ike
    totalt: false
    kolumner:
      - {namn: mottagare, rubrik: Mottagare}
      - {namn: ar, rubrik: År, typ: belopp}
      - {namn: manad, rubrik: Månad, typ: belopp}
    rader:
      - {mottagare: Annan kommun, ar: "139 450:-", manad: "11 621:-"}
      - {mottagare: Enskild annan kommun, ar: "94 306:-.", manad: "7 869"}
"""


def built(tmp_path: Path, text: str = CASE) -> CaseResult:
    """The case built."""
    path = tmp_path / "fall.yaml"
    path.write_text(text, encoding="utf-8")
    return Pipeline().build(path)


def problems(tmp_path: Path, text: str = CASE) -> list[str]:
    """The case's problems as printed, without the folder."""
    return [p.format().replace(f"{tmp_path}/", "") for p in built(tmp_path, text).problems]


def table_lines(tmp_path: Path, text: str = CASE) -> str:
    """The Markdown table's lines, "~" for a no-break space."""
    markdown = built(tmp_path, text).files["fall.md"].decode("utf-8").replace("\u00a0", "~")
    return "\n".join(line for line in markdown.splitlines() if line.startswith("|"))


def test_cells_in_kr_with_the_kronor_sign_are_warned_about_once_with_a_count(
        tmp_path: Path) -> None:
    assert problems(tmp_path) == [
        "fall.yaml:23:40: varning: '139 450:-' är skrivet med ':-' för hela kronor, skriv "
        "139 450 utan ':-' (tabellens enhet står i rubriken); det gäller 3 ställen på rad "
        "23–24"]


def test_cells_in_kr_with_the_kronor_sign_print_as_kronor(tmp_path: Path) -> None:
    assert table_lines(tmp_path) == """\
| Mottagare | År (kr) | Månad (kr) |
|:--|--:|--:|
| Annan kommun | 139~450 | 11~621 |
| Enskild annan kommun | 94~306 | 7~869 |"""


def test_the_kronor_sign_in_a_table_in_tkr_is_an_error_saying_so(tmp_path: Path) -> None:
    text = CASE.replace("    totalt: false\n", "    totalt: false\n    enhet: tkr\n")
    assert problems(tmp_path, text) == [
        "fall.yaml:24:39: '139 450:-' är skrivet i kr men tabellen är i tkr, skriv 139,45 (i "
        "tkr utan enhet, tabellens enhet står i rubriken)",
        "fall.yaml:24:59: '11 621:-' är skrivet i kr men tabellen är i tkr, skriv 11,621 (i "
        "tkr utan enhet, tabellens enhet står i rubriken)",
        "fall.yaml:25:47: '94 306:-.' är skrivet i kr men tabellen är i tkr, skriv 94,306 (i "
        "tkr utan enhet, tabellens enhet står i rubriken)"]


def test_an_amount_in_text_with_the_kronor_sign_is_read_as_kronor_and_warned_about(
        tmp_path: Path) -> None:
    text = CASE.replace("Priserna gäller för 2023.", "Annan kommun betalar 139 450:- per år.") \
        .replace('"139 450:-", manad: "11 621:-"', '"139 450", manad: "11 621"') \
        .replace('"94 306:-."', '"94 306"')
    assert problems(tmp_path, text) == [
        "fall.yaml:13:32: varning: '139 450:-' är skrivet med ':-' för hela kronor, skriv "
        "139 450 kr (dokumentet skriver kr)"]
    markdown = built(tmp_path, text).files["fall.md"].decode("utf-8")
    assert "Annan kommun betalar 139 450 kr per år." in markdown  # (as the warning says: F4)
    assert ":-" not in markdown.replace(":--", "")


STATED = """\
dokumenttyp: beslut
avsandare: [Krokoms kommun]
datum: 2023-01-12
dnr: nej
titel: Interkommunal ersättning
beslut:
  beslutande: Barn- och utbildningsnämnden
  datum: 2022-12-14
  punkter:
    - fastställa ersättningen till {{ belopp.ar }} per år och {{ belopp.manad }} per månad.
belopp:
  ar: "139 450:-"
  manad: "11 621:-."
"""
"""The amounts of the price list stated by name under `belopp`, written with ':-'."""


def test_amounts_under_belopp_with_the_kronor_sign_are_read_as_cells_in_kr_are(
        tmp_path: Path) -> None:
    assert problems(tmp_path, STATED) == [
        "fall.yaml:12:8: varning: '139 450:-' är skrivet med ':-' för hela kronor, skriv "
        "139 450 utan ':-' (beloppen under 'belopp' är i kr); det gäller 2 ställen på rad "
        "12–13"]
    markdown = built(tmp_path, STATED).files["fall.md"].decode("utf-8")
    assert "fastställa ersättningen till 139\u00a0450\u00a0kr per år och 11\u00a0621\u00a0kr " \
        "per månad" in markdown


def test_an_amount_under_belopp_in_another_unit_is_still_refused(tmp_path: Path) -> None:
    text = STATED.replace('"11 621:-."', '"3 mnkr"')
    assert problems(tmp_path, text) == [
        "fall.yaml:13:10: 'manad': '3 mnkr' är skrivet i mnkr men här anges belopp i hela "
        "kronor, skriv 3 000 000"]


def test_points_between_thousands_before_the_kronor_sign_are_read_as_thousands(
        tmp_path: Path) -> None:
    # (trial 91, F8: Hudiksvall's "10.440:-"; whole kronor, so not ambiguous: one warning)
    text = CASE.replace('"139 450:-", manad: "11 621:-"', '"139.450:-", manad: "11.621:-"') \
        .replace('"94 306:-."', '"94.306:-"')
    assert problems(tmp_path, text) == [
        "fall.yaml:23:40: varning: '139.450:-' är skrivet med punkt mellan tusentalen och ':-' "
        "för hela kronor (läses som 139 450 kr), skriv 139 450 utan ':-' (tabellens enhet står "
        "i rubriken); det gäller 3 ställen på rad 23–24"]
    assert table_lines(tmp_path, text) == table_lines(tmp_path)


def test_points_between_thousands_before_the_kronor_sign_in_tkr_say_the_figure(
        tmp_path: Path) -> None:
    text = CASE.replace("    totalt: false\n", "    totalt: false\n    enhet: tkr\n") \
        .replace('"139 450:-", manad: "11 621:-"', '"139.450:-", manad: "11 621"') \
        .replace('"94 306:-."', '"94 306"')
    assert problems(tmp_path, text) == [
        "fall.yaml:24:39: '139.450:-' är skrivet i kr men tabellen är i tkr, skriv 139,45 (i "
        "tkr utan enhet, tabellens enhet står i rubriken)"]


def test_points_between_thousands_before_the_kronor_sign_in_text_and_belopp(
        tmp_path: Path) -> None:
    text = STATED.replace('"139 450:-"', '"139.450:-"').replace('"11 621:-."', '11621') \
        + "avsnitt:\n  - rubrik: Pris\n    text: Annan kommun betalar 139.450:- per år.\n"
    assert problems(tmp_path, text) == [
        "fall.yaml:12:8: varning: '139.450:-' är skrivet med punkt mellan tusentalen och ':-' "
        "för hela kronor (läses som 139 450 kr), skriv 139 450 utan ':-' (beloppen under "
        "'belopp' är i kr)",
        "fall.yaml:16:32: varning: '139.450:-' är skrivet med punkt mellan tusentalen och ':-' "
        "för hela kronor (läses som 139 450 kr), skriv 139 450 kr"]

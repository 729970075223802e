"""Specification: a stated total is never dropped without a word (trial 69, F1).

Borgholm's published partistöd has a total row without a label; written `totalt: ""` (or
`totalt: false`) beside `summa`, the document lost the source's totals and kept the sentence
about a rounded total under the table. Both are errors at `totalt`, saying what to do.
"""

from __future__ import annotations

from pathlib import Path

from generator.build import CaseResult, Pipeline

NBSP = "\u00a0"
CASE = """\
dokumenttyp: tjansteskrivelse
datum: 2023-03-01
dnr: nej
titel: Partistöd
avsnitt:
  - tabell: partistod
tabeller:
  - namn: partistod
    totalt: ""
    avrundat: true
    kolumner:
      - {namn: parti, rubrik: Parti}
      - {namn: stod, rubrik: Stöd, typ: belopp}
    rader:
      - {parti: Centerpartiet, stod: 36 588}
      - {parti: Moderaterna, stod: 53 920}
    summa: 90 509
"""


def problems(tmp_path: Path, text: str) -> list[str]:
    """The case's problems as printed, without the folder."""
    case = tmp_path / "x.yaml"
    case.write_text(text, encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(case).problems]


def test_an_empty_total_label_beside_a_stated_total_is_an_error_at_totalt(
        tmp_path: Path) -> None:
    assert problems(tmp_path, CASE) == [
        "x.yaml:9:13: 'totalt' är tomt, så tabellen får ingen totalrad och den angivna 'summa' "
        "syns inte i dokumentet; skriv totalradens rubrik, t.ex. 'totalt: Summa' när källans "
        "totalrad saknar rubrik, eller ta bort 'summa' om tabellen inte ska visa någon total"]


def test_no_total_row_beside_a_stated_total_is_an_error_at_totalt(tmp_path: Path) -> None:
    for off in ("false", "nej"):
        assert problems(tmp_path, CASE.replace('totalt: ""', f"totalt: {off}")) == [
            "x.yaml:9:13: 'totalt' tar bort tabellens totalrad, så den angivna 'summa' syns "
            "inte i dokumentet; ta bort 'totalt' så står summan på totalraden 'Totalt', eller "
            "ta bort 'summa' om tabellen inte ska visa någon total"]


def test_an_empty_total_label_without_a_stated_total_is_an_error_too(tmp_path: Path) -> None:
    text = CASE.replace("    avrundat: true\n", "").replace("    summa: 90 509\n", "")
    assert problems(tmp_path, text) == [
        "x.yaml:9:13: 'totalt' är tomt, så tabellen får ingen totalrad; skriv totalradens "
        "rubrik, t.ex. 'totalt: Summa', eller 'totalt: false' om tabellen inte ska ha någon "
        "totalrad"]


def test_a_labelled_total_row_shows_the_stated_total_and_the_note_on_rounding(
        tmp_path: Path) -> None:
    case = tmp_path / "x.yaml"
    case.write_text(CASE.replace('totalt: ""', "totalt: Summa"), encoding="utf-8")
    built = Pipeline().build(case)
    assert built.problems == []
    assert f"| **Summa** | **90{NBSP}509** |" in _markdown(built)
    assert "Beloppen är avrundade var för sig" in _markdown(built)


def test_the_note_on_rounding_needs_a_printed_total(tmp_path: Path) -> None:
    """A table without a total row whose formula cells are kept as rounded by the source
    states no visible total, so no sentence speaks of one."""
    text = CASE.replace('totalt: ""', "totalt: false").replace("    summa: 90 509\n", "")
    text = text.replace("typ: belopp}", "typ: belopp}\n      - {namn: halv, rubrik: Halva, "
                        "typ: belopp, formel: stod / 2, summeras: nej}")
    text = text.replace("stod: 36 588}", "stod: 36 588, halv: 18 294}")
    case = tmp_path / "x.yaml"
    case.write_text(text, encoding="utf-8")
    built = Pipeline().build(case)
    assert built.problems == []
    assert "avrundade var för sig" not in _markdown(built)


def _markdown(built: CaseResult) -> str:
    """The .md the case builds."""
    return next(body.decode() for name, body in built.files.items() if name.endswith(".md"))

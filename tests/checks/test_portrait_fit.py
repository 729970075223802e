"""Specification: a table on a portrait page whose amount columns the Word writer leaves
narrower than a figure or a word of their header (measured with the font's own
character widths, as the writer measures them) is one warning at its `namn`, naming the
headers lacking the most, three at most, and how many more; the warning fires exactly when
the writer's widths leave such a word too narrow, and a table set landscape is left alone."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

import generator.word.tables as tables
from generator.build import Pipeline
from generator.word.header_words import amount_need, long_header_need
from generator.word.styles import StyleBook
from generator.word.table_widths import DataWidths, TableFont, data_widths
from generator.word.widths import ColumnText

CASE = """\
dokumenttyp: lagesbeskrivning
datum: 2026-11-27
dnr: nej
titel: Norm
avsnitt:
  - rubrik: Norm per hushåll
    tabell: norm
tabeller:
  - namn: norm
    liggande: {liggande}
    kolumner:
      - {{namn: post, rubrik: Personliga kostnader}}
{columns}
    rader:
      - {{post: "Livsmedel, alla måltider", {cells}}}
      - {{post: Kläder/skor, {cells}}}
"""

Written = tuple[Sequence[ColumnText], DataWidths]


@pytest.fixture
def written(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Written]]:
    """The columns and widths of every data table the Word writer sets."""
    seen: list[Written] = []

    def record(columns: Sequence[ColumnText], available: int, styles: StyleBook,
               font: TableFont | None = None) -> DataWidths:
        result = data_widths(columns, available, styles, font)
        seen.append((columns, result))
        return result

    monkeypatch.setattr(tables, "data_widths", record)
    yield seen


def build(tmp_path: Path, header: str, figure: str | int, count: int,
          liggande: str = "nej") -> list[str]:
    """The problems of a table of `count` amount columns headed `header` 1, 2, … holding
    `figure`, built with its documents."""
    columns = "\n".join(f"      - {{namn: k{n}, rubrik: {header} {n}, typ: belopp}}"
                        for n in range(1, count + 1))
    cells = ", ".join(f"k{n}: {figure}" for n in range(1, count + 1))
    case = tmp_path / "norm.yaml"
    case.write_text(CASE.format(columns=columns, cells=cells, liggande=liggande),
                    encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(case).problems]


def cut_by_writer(written: list[Written]) -> bool:
    """Whether the writer left an amount column of the table narrower than it measures."""
    [(columns, result)] = [call for call in written if len(call[0]) > 2]
    assert result.glyphs is not None
    return any(amount_need(column, result.char, result.glyphs) > width
               for column, width in zip(columns, result.widths, strict=True) if column.fixed)


@pytest.mark.parametrize(("header", "figure", "fits"), [
    ("Sambo", "1 035", 9), ("Makar", "3 020", 10), ("Pensionär", 135, 6), ("Ensam", 12035, 9)])
def test_the_warning_fires_exactly_when_the_writers_widths_cut_a_word(
        written: list[Written], tmp_path: Path, header: str, figure: str | int, fits: int) -> None:
    for count in (fits - 1, fits, fits + 1, fits + 2):
        written.clear()
        warned = any("för bred för en stående sida" in p
                     for p in build(tmp_path, header, figure, count))
        assert warned == cut_by_writer(written) == (count > fits), count


def test_the_warning_names_the_header_lacking_the_most_and_how_many_more_are_cut(
        tmp_path: Path) -> None:
    assert build(tmp_path, "Sambo", "1 035", 10) == [
        "norm.yaml:9:5: varning: tabellen 'norm' är för bred för en stående sida: "
        "rubrikerna 'Sambo 1 (kr)', 'Sambo 2 (kr)', 'Sambo 3 (kr)' och 7 till får inte plats "
        "utan att orden delas; skriv "
        "'liggande: ja', korta rubrikerna (t.ex. under en gemensam rubrik med "
        "'kolumngrupper') eller dela tabellen"]


def test_a_longer_header_word_the_writer_would_hyphenate_is_warned_of(
        written: list[Written], tmp_path: Path) -> None:
    """Trial 66, F5: "Ackumulerat" (11 letters, no compound's joint) came out "Acku-" /
    "mule-" / "rat" in the amount columns of a table, with no warning."""
    for count, warned in ((4, False), (5, True)):
        written.clear()
        problems = build(tmp_path, "Ackumulerat", "1 500", count)
        assert bool(problems) == warned
        [(columns, result)] = [call for call in written if len(call[0]) > 2]
        assert result.glyphs is not None
        assert warned == any(
            long_header_need(column, result.char, result.glyphs) > width
            for column, width in zip(columns, result.widths, strict=True) if column.fixed)
    assert problems == [
        "norm.yaml:9:5: varning: tabellen 'norm' är för bred för en stående sida: "
        "rubrikerna 'Ackumulerat 1 (kr)', 'Ackumulerat 2 (kr)', 'Ackumulerat 3 (kr)' och 2 till "
        "får inte plats utan att orden delas; skriv "
        "'liggande: ja', korta rubrikerna (t.ex. under en gemensam rubrik med "
        "'kolumngrupper') eller dela tabellen"]


def test_figures_too_wide_for_their_columns_are_named_apart(tmp_path: Path) -> None:
    assert build(tmp_path, "År", "1 234 567", 9) == [
        "norm.yaml:9:5: varning: tabellen 'norm' är för bred för en stående sida: "
        "talen i kolumnerna 'År 1 (kr)', 'År 2 (kr)', 'År 3 (kr)' och 6 till får inte plats på "
        "en rad; skriv "
        "'liggande: ja', korta rubrikerna (t.ex. under en gemensam rubrik med "
        "'kolumngrupper') eller dela tabellen"]


ELECTRICITY = """\
dokumenttyp: lagesbeskrivning
datum: 2022-12-21
dnr: nej
titel: Elkompensation
avsnitt:
  - rubrik: Beräkning
    tabell: el
belopp:
  per_kwh: "0,50"
tabeller:
  - namn: el
    totalt: Summa
    kolumner:
      - {namn: forening, rubrik: Förening}
      - {namn: kwh, rubrik: Förbrukning (kWh), typ: antal}
      - {namn: k2021, rubrik: "2021", typ: belopp}
      - {namn: k2022, rubrik: "2022", typ: belopp}
      - {namn: okning, rubrik: Ökad kostnad, typ: belopp, formel: k2022 - k2021}
      - {namn: elstod, rubrik: Statligt elstöd, typ: belopp, formel: kwh * belopp.per_kwh}
      - {namn: komp, rubrik: Kompensation, typ: belopp, formel: okning - elstod, lagst: 0}
    kolumngrupper:
      - {rubrik: Elkostnad, kolumner: [k2021, k2022]}
    rader:
      - {forening: Tranemo IF, kwh: 98 400, k2021: 112 300, k2022: 241 900}
      - {forening: Länghems IF, kwh: 61 200, k2021: 70 150, k2022: 148 600}
      - {forening: Limmareds IF, kwh: 54 800, k2021: 63 900, k2022: 129 750}
      - {forening: Ölsremma Bygdegårdsförening, kwh: 12 300, k2021: 14 100, k2022: 29 600}
"""


def test_two_headers_cut_are_both_named(tmp_path: Path) -> None:
    # trial 97, F4: "rubriken 'Kompensation (kr)' och 1 till" left the other to be found
    case = tmp_path / "el.yaml"
    case.write_text(ELECTRICITY, encoding="utf-8")
    assert [p.format().replace(f"{tmp_path}/", "")
            for p in Pipeline().build(case, documents=False).problems] == [
        "el.yaml:11:5: varning: tabellen 'el' är för bred för en stående sida: rubrikerna "
        "'Kompensation (kr)' och 'Förbrukning (kWh)' får inte plats utan att orden delas; "
        "skriv 'liggande: ja', korta rubrikerna (t.ex. under en gemensam rubrik med "
        "'kolumngrupper') eller dela tabellen"]


def test_a_table_set_landscape_is_left_alone(tmp_path: Path) -> None:
    assert build(tmp_path, "Sambo", "1 035", 10, liggande="ja") == []


FEES = """\
dokumenttyp: lagesbeskrivning
datum: 2023-10-16
dnr: nej
titel: Räkneexempel
avsnitt:
  - rubrik: Räkneexempel
    tabell: exempel
tabeller:
  - namn: exempel
    totalt: false
    kolumner:
      - {namn: hushall, rubrik: "Hushåll, kr per månad"}
      - {namn: inkomst, rubrik: Nettoinkomst, typ: belopp}
      - {namn: minimi, rubrik: Minimibelopp, typ: belopp}
      - {namn: boende, rubrik: Boendekostnad, typ: belopp}
      - {namn: utrymme, rubrik: Avgiftsutrymme, typ: belopp, formel: inkomst - minimi - boende}
      - {namn: avgift, rubrik: Avgift, typ: belopp, formel: utrymme, lagst: 0, hogst: 2575}
    rader:
      - {hushall: "A, låg pension", inkomst: 13 200, minimi: 6 468, boende: 5 900}
      - {hushall: "B, medelpension", inkomst: 16 800, minimi: 6 468, boende: 6 400}
      - {hushall: "C, hög pension", inkomst: 24 500, minimi: 6 468, boende: 7 100}
"""


def test_a_header_that_breaks_at_its_compounds_joint_is_not_warned_of(tmp_path: Path) -> None:
    """Trial 82, F5: "Boendekostnad" was set "Boendekost-" / "nad", with a warning; the
    three other headers take the room the text column and "Avgift" can give, and
    "Boende-" / "kostnad" breaks where the reader expects it (with the 20 twips the
    text column's cells leave, `spare_room`)."""
    case = tmp_path / "exempel.yaml"
    case.write_text(FEES, encoding="utf-8")
    result = Pipeline().build(case)
    assert [p.format() for p in result.problems] == []
    with zipfile.ZipFile(io.BytesIO(result.files["exempel.docx"])) as package:
        xml = package.read("word/document.xml").decode()
    assert re.findall(r'<w:gridCol w:w="(\d+)"', xml)[-6:] == [
        "1775", "1535", "1559", "1610", "1751", "842"]
    assert ">Boende</w:t><w:softHyphen/><w:t xml:space=\"preserve\">kostnad<" in xml

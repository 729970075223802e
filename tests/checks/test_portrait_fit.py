"""Specification: a table on a portrait page whose amount columns the Word writer leaves
narrower than a figure or a word of their header (measured with the font's own
character widths, as the writer measures them) is one warning at its `namn`, naming the
header lacking the most and how many more; the warning fires exactly when the writer's
widths leave such a word too narrow, and a table set landscape is left alone."""

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
        "rubriken 'Sambo 1 (kr)' och 9 till får inte plats utan att orden delas; skriv "
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
        "rubriken 'Ackumulerat 1 (kr)' och 4 till får inte plats utan att orden delas; skriv "
        "'liggande: ja', korta rubrikerna (t.ex. under en gemensam rubrik med "
        "'kolumngrupper') eller dela tabellen"]


def test_figures_too_wide_for_their_columns_are_named_apart(tmp_path: Path) -> None:
    assert build(tmp_path, "År", "1 234 567", 9) == [
        "norm.yaml:9:5: varning: tabellen 'norm' är för bred för en stående sida: "
        "talen i kolumnen 'År 1 (kr)' och 8 till får inte plats på en rad; skriv "
        "'liggande: ja', korta rubrikerna (t.ex. under en gemensam rubrik med "
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

"""Specification of the room text columns give amount headers that would take more than
two lines (trial 42, F7: "Månads- / arvode / (kr)" beside an "Uppdrag" column whose
cells never used its width)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import generator.word.table_widths as table_widths
from generator.build import Pipeline
from generator.word.glyph_widths import Glyphs, font_glyphs
from generator.word.header_room import _lines, header_lines, roomier_headers, steps_down
from generator.word.widths import ColumnText

FEES = """\
dokumenttyp: tjansteskrivelse
datum: 2019-11-01
dnr: nej
titel: Årsarvoden
avsnitt:
  - tabell: arvoden
tabeller:
  - namn: arvoden
    totalt: Summa årsarvode
    kolumner:
      - {namn: namnd, rubrik: Nämnd/Styrelse}
      - {namn: uppdrag, rubrik: Uppdrag}
      - {namn: andel, rubrik: Andel av riksdagsarvodet, typ: tal}
      - {namn: manad, rubrik: Månadsarvode, typ: belopp}
      - {namn: ar, rubrik: Årsarvode, typ: belopp}
    rader:
      - {namnd: Kommunfullmäktige, uppdrag: Ordf, andel: "18 %", manad: 12 312, ar: 147 744}
      - {uppdrag: 1:e vice ordf, andel: "5 %", manad: 3 420, ar: 41 040}
      - {uppdrag: 2:e vice ordf, andel: "5 %", manad: 3 420, ar: 41 040}
      - {namnd: Kommunstyrelsen, uppdrag: "Ordf, k-råd", andel: "100 %", manad: 68 400, ar: 820 800}
      - {uppdrag: "1:e vice ordf, k-råd", andel: "85 %", manad: 58 140, ar: 697 680}
      - {uppdrag: "2:e vice ordf, k-råd", andel: "4 %", manad: 2 736, ar: 32 832}
      - {namnd: Social- och omsorgsnämnden, uppdrag: Ordf, andel: "60 %",
         manad: 41 040, ar: 492 480}
      - {uppdrag: 1:e vice ordf, andel: "10 %", manad: 6 840, ar: 82 080}
      - {uppdrag: 2:e vice ordf, andel: "4 %", manad: 2 736, ar: 32 832}
      - {namnd: Lärandenämnden, uppdrag: Ordf, andel: "50 %", manad: 34 200, ar: 410 400}
      - {uppdrag: 1:e vice ordf, andel: "4 %", manad: 2 736, ar: 32 832}
      - {uppdrag: 2:e vice ordf, andel: "4 %", manad: 2 736, ar: 32 832}
      - {namnd: Kultur- och fritidsnämnden, uppdrag: Ordf, andel: "40 %",
         manad: 27 360, ar: 328 320}
      - {uppdrag: 1:e vice ordf, andel: "4 %", manad: 2 736, ar: 32 832}
      - {uppdrag: 2:e vice ordf, andel: "4 %", manad: 2 736, ar: 32 832}
      - {namnd: Tekniska nämnden, uppdrag: Ordf, andel: "40 %", manad: 27 360, ar: 328 320}
      - {uppdrag: 1:e vice ordf, andel: "4 %", manad: 2 736, ar: 32 832}
      - {uppdrag: 2:e vice ordf, andel: "4 %", manad: 2 736, ar: 32 832}
      - {namnd: Byggnadsnämnden, uppdrag: Ordf, andel: "40 %", manad: 27 360, ar: 328 320}
      - {uppdrag: 1:e vice ordf, andel: "4 %", manad: 2 736, ar: 32 832}
      - {uppdrag: 2:e vice ordf, andel: "4 %", manad: 2 736, ar: 32 832}
      - {namnd: Norrhälsinglands Miljö- och räddningsnämnd, uppdrag: Ordf, andel: "40 %",
         manad: 27 360, ar: 328 320}
      - {uppdrag: 1:e vice ordf, andel: "4 %", manad: 2 736, ar: 32 832}
      - {uppdrag: 2:e vice ordf, andel: "4 %", manad: 2 736, ar: 32 832}
      - {namnd: Svågadalsnämnden, uppdrag: Ordf, andel: "8 %", manad: 5 472, ar: 65 664}
      - {uppdrag: 1:e vice ordf, andel: "4 %", manad: 2 736, ar: 32 832}
      - {namnd: Kommunrevisorerna, uppdrag: Ordf, andel: "8 %", manad: 5 472, ar: 65 664}
      - {uppdrag: 1:e vice ordf, andel: "4 %", manad: 2 736, ar: 32 832}
      - {uppdrag: Ledamot (6 st), andel: "4 %", manad: 16 416, ar: 196 992}
      - {namnd: Överförmyndare, uppdrag: Ordf, andel: "8 %", manad: 5 472, ar: 65 664}
"""

Call = tuple[Sequence[ColumnText], list[int], int, Glyphs | None, list[int]]


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Call]]:
    """Every call to `roomier_headers` while a case is built, with its answer."""
    seen: list[Call] = []

    def record(columns: Sequence[ColumnText], widths: list[int], char: int,
               glyphs: Glyphs | None) -> list[int]:
        result = roomier_headers(columns, widths, char, glyphs)
        seen.append((columns, widths, char, glyphs, result))
        return result

    monkeypatch.setattr(table_widths, "roomier_headers", record)
    yield seen


def _fees_table(calls: list[Call], tmp_path: Path) -> Call:
    path = tmp_path / "arvoden.yaml"
    path.write_text(FEES, encoding="utf-8")
    assert Pipeline().build(path).problems == []
    [call] = calls
    return call


def test_a_text_column_gives_the_room_its_cells_do_not_use_to_a_header_of_three_lines(
        calls: list[Call], tmp_path: Path) -> None:
    columns, before, char, glyphs, after = _fees_table(calls, tmp_path)
    assert glyphs is not None
    assert before == [3002, 2097, 1476, 1128, 1369]
    assert after == [2942, 1967, 1516, 1278, 1369]  # "Uppdrag" gives 130, "Nämnd" 60
    assert sum(after) == sum(before)
    assert [header_lines(column, width, char, glyphs)
            for column, width in zip(columns, before, strict=True)][2:] == [3, 3, 2]
    assert [header_lines(column, width, char, glyphs)
            for column, width in zip(columns, after, strict=True)][2:] == [2, 2, 2]


def test_no_cell_of_a_text_column_that_gives_room_takes_more_lines(
        calls: list[Call], tmp_path: Path) -> None:
    """A cell counts its lines at the most after and at the least before (see MARGIN):
    "1:e vice ordf, k-råd" and "Ledamot (6 st)" stay on one line in Word and LibreOffice."""
    columns, before, char, glyphs, after = _fees_table(calls, tmp_path)
    assert glyphs is not None
    for column, old, new in zip(columns[:2], before[:2], after[:2], strict=True):
        for cell in column.cells:
            assert (_lines(cell, new, char, glyphs, bold=False, factor=1.03)
                    <= _lines(cell, old, char, glyphs, bold=False, factor=1 / 1.03)), cell


def test_a_font_without_known_character_widths_keeps_the_widths(
        calls: list[Call], tmp_path: Path) -> None:
    columns, before, char, _, _ = _fees_table(calls, tmp_path)
    assert roomier_headers(columns, before, char, None) == before


def test_a_header_gets_no_width_that_breaks_a_word_between_syllables() -> None:
    """Trial 38's price list: "Pedagogisk/Socialmåltid** (kr)" in two lines as
    "Pedagogisk/Soci-" over "almåltid** (kr)" reads worse than three; it gets the width
    where it breaks after the "/" (the joint of "Månads-arvode" is a break that reads well)."""
    glyphs = font_glyphs("Calibri", 11.0)
    assert glyphs is not None
    columns = [
        ColumnText(("Frukost", "Middag – lördag, söndag och helgdagar", "Kvällsmål"),
                   ("Måltid",), cells=("Frukost", "Middag – lördag, söndag och helgdagar",
                                        "Kvällsmål")),
        ColumnText(("37", "77", "39"), ("Personal* (kr)",), fixed=True, cells=("37", "77", "39")),
        ColumnText(("20", "42", "20"), ("Pedagogisk/Socialmåltid** (kr)",), fixed=True,
                   cells=("20", "42", "20")),
    ]
    after = roomier_headers(columns, [5933, 1369, 1770], 110, glyphs)
    assert after == [5523, 1549, 2000]  # (and "Personal* (kr)" one line: trial 49, F7)
    assert header_lines(columns[2], 1840, 110, glyphs) == 2  # (between syllables)
    assert header_lines(columns[2], 1840, 110, glyphs, syllables=False) > 2


def test_amount_columns_alike_get_the_room_together_or_not_at_all() -> None:
    glyphs = font_glyphs("Calibri", 11.0)
    assert glyphs is not None
    plans = [ColumnText(("1 424,3",), (f"Utfall per månad {year} (mnkr)",), fixed=True,
                        cells=("1 424,3",)) for year in (2026, 2027)]
    name = ColumnText(("Kommunstyrelsen",), ("Nämnd",), cells=("Kommunstyrelsen",))
    wide, narrow = 3400, 2400  # the text column's room: enough for both, for one
    assert roomier_headers([name, *plans], [wide, 1100, 1100], 110, glyphs) == [1940, 1830, 1830]
    assert roomier_headers([name, *plans], [narrow, 1100, 1100], 110, glyphs) == [
        narrow, 1100, 1100]


@given(most=st.integers(min_value=0, max_value=400), last=st.integers(min_value=0, max_value=400))
def test_steps_down_finds_the_last_step_that_fits_as_one_step_after_another_does(
        most: int, last: int) -> None:
    # (text takes no more lines wider: a step that fails is followed by failing steps only)
    tried: list[int] = []

    def fits(step: int) -> bool:
        tried.append(step)
        return step <= last

    assert steps_down(most, fits) == min(most, last)
    assert len(tried) <= 2 * max(1, most).bit_length() + 1

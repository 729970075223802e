"""Specification of the room a table's date columns get, so that no date breaks (trial 84,
F2: "12 september" / "2022" in a sammanträdesplan whose months and weekdays had room)."""

from __future__ import annotations

import io
import xml.etree.ElementTree as etree
import zipfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.build import Pipeline
from generator.word.date_room import date_need, whole_dates, word_need
from generator.word.glyph_widths import font_glyphs
from generator.word.widths import ColumnText

CALIBRI = font_glyphs("Calibri", 11)
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
          "september", "oktober", "november", "december")
PLAN = [(1, 17, 31), (2, 14, 28), (3, 14, 28), (4, 11, 25), (5, 16, 30), (6, 7, 20),
        (8, 15, 29), (9, 12, 26), (10, 10, 31), (11, 14, 28), (12, 5, 19)]


def _in_words(day: int, month: int) -> str:
    """A date of 2022 as the Word writer sets it in words (a no-break space after the day)."""
    return f"{day}\xa0{MONTHS[month - 1]} 2022"


def _column(cells: tuple[str, ...], header: str) -> ColumnText:
    return ColumnText(cells, (header,), False, (), cells)


def _plan(iso: bool = False) -> list[ColumnText]:
    """The trial's sammanträdesplan as the Word writer reads it, its dates in words (or, with
    `iso`, ISO with the writer's non-breaking hyphens)."""
    def form(day: int, month: int) -> str:
        return f"2022\u2011{month:02}\u2011{day:02}" if iso else _in_words(day, month)
    months = tuple(MONTHS[month - 1].capitalize() for month, _, _ in PLAN)
    weekdays = tuple("tisdag" if month == 6 else "måndag" for month, _, _ in PLAN)
    return [_column(months, "Månad"), _column(weekdays, "Veckodag"),
            _column(tuple(form(ks, month) for month, ks, _ in PLAN), "Kommunstyrelsen"),
            _column(("måndag",) * len(PLAN), "Veckodag"),
            _column(tuple(form(kf, month) for month, _, kf in PLAN), "Kommunfullmäktige"),
            _column(("",) * 8 + ("Nyvalda fullmäktige",) + ("",) * 2, "Anmärkning")]


def test_a_date_in_words_gets_its_width_from_the_months_weekdays_and_notes() -> None:
    """The trial's widths broke "12 september 2022" in both date columns; now the
    Kommunstyrelsen column holds it MARGIN wider, as a line that must fit, and the
    Kommunfullmäktige column, for which that room is not there, at its characters' own
    width, taken from the weekdays (down to "Veckodag") and the note (down to
    "Anmärkning"; "Nyvalda fullmäktige" took two lines already)."""
    assert CALIBRI is not None
    columns = _plan()
    before = [1250, 1246, 1922, 1246, 1802, 1606]
    widths = whole_dates(columns, before, 110, CALIBRI)
    assert widths == [1250, 1146, 2088, 1146, 2034, 1408]
    assert sum(widths) == sum(before) == 9072
    assert date_need(columns[2], 110, CALIBRI) == 2088
    assert date_need(columns[4], 110, CALIBRI, margin=1.0) == 2034
    assert [word_need(columns[i], 110, CALIBRI) for i in (1, 5)] == [1146, 1382]


def test_iso_dates_fit_already() -> None:
    assert CALIBRI is not None
    columns = _plan(iso=True)
    assert date_need(columns[2], 110, CALIBRI) == 1289
    before = [1250, 1246, 1862, 1246, 1862, 1606]
    assert whole_dates(columns, before, 110, CALIBRI) is before


def test_only_a_cell_that_is_a_date_alone_counts() -> None:
    """A date inside a sentence may break as the sentence does; a day and month without a
    year is one word already (a no-break space joins them)."""
    assert CALIBRI is not None
    column = _column(("Beslut den 12\xa0september 2022", "12\xa0september", "2022-09-12 ff."),
                     "Anmärkning")
    assert date_need(column, 110, CALIBRI) == 0
    assert date_need(_column(("2022-09-12",), "Datum"), 110, CALIBRI) == 1289


def test_a_table_without_known_character_widths_keeps_its_widths() -> None:
    before = [1250, 1246, 1922, 1246, 1802, 1606]
    assert whole_dates(_plan(), before, 110, None) is before


def test_a_column_that_cannot_get_the_room_keeps_its_width() -> None:
    """Two date columns beside a column of long words: the room goes to neither (a date
    then breaks before its year, never between its day and month)."""
    assert CALIBRI is not None
    columns = [_column(("Samhällsbyggnadsnämnden",), "Nämnd"),
               _column((_in_words(12, 9),), "Möte"), _column((_in_words(26, 9),), "Beslut")]
    need = word_need(columns[0], 110, CALIBRI)
    before = [need, 1500, 1500]
    assert whole_dates(columns, before, 110, CALIBRI) == before


_WORDS = st.sampled_from(["måndag", "tisdag", "Januari", "September", "Nyvalda", "KS",
                          "fullmäktige", "extra", "möte", "Anmärkning", ""])
_DAYS = st.tuples(st.integers(1, 28), st.integers(1, 12))


@st.composite
def _table(draw: st.DrawFn) -> tuple[list[ColumnText], list[int]]:
    """Text columns of short words and date columns (ISO or in words), and widths that add
    up to at least what their dates and longest words need."""
    assert CALIBRI is not None
    rows = draw(st.integers(1, 6))
    columns: list[ColumnText] = []
    for _ in range(draw(st.integers(2, 6))):
        if draw(st.booleans()):
            days = draw(st.lists(_DAYS, min_size=rows, max_size=rows))
            iso = draw(st.booleans())
            cells = tuple(f"2022\u2011{m:02}\u2011{d:02}" if iso else _in_words(d, m)
                          for d, m in days)
        else:
            cells = tuple(" ".join(draw(st.lists(_WORDS, min_size=1, max_size=3)))
                          for _ in range(rows))
        columns.append(_column(cells, draw(st.sampled_from(["Kommunfullmäktige", "Möte",
                                                              "Veckodag", "Anmärkning"]))))
    floors = [max(date_need(column, 110, CALIBRI), word_need(column, 110, CALIBRI))
              for column in columns]
    widths = [floor + draw(st.integers(-600, 400)) for floor in floors]
    extra = max(0, sum(floors) - sum(widths)) + draw(st.integers(0, 800))
    widths[-1] += extra  # (the room is there, if not where the dates are)
    return columns, widths


@settings(max_examples=150, deadline=None)
@given(_table())
def test_every_date_column_is_as_wide_as_its_widest_date_where_the_room_is_there(
        table: tuple[list[ColumnText], list[int]]) -> None:
    assert CALIBRI is not None
    columns, before = table
    widths = whole_dates(columns, before, 110, CALIBRI)
    assert sum(widths) == sum(before)
    for column, width in zip(columns, widths, strict=True):
        assert width >= date_need(column, 110, CALIBRI, margin=1.0)


def _grid(tmp_path: Path, case: str) -> tuple[list[int], str, str]:
    """The data table's widths, its cell texts in Word and the Markdown of `case`."""
    path = tmp_path / "fall.yaml"
    path.write_text(case, encoding="utf-8")
    result = Pipeline().build(path)
    assert [p.format() for p in result.problems if p.is_error] == []
    docx = next(data for name, data in result.files.items() if name.endswith(".docx"))
    markdown = next(data for name, data in result.files.items() if name.endswith(".md"))
    with zipfile.ZipFile(io.BytesIO(docx)) as package:
        body = etree.fromstring(package.read("word/document.xml"))
    table = next(table for table in body.iter(f"{{{W}}}tbl")
                 if table.find("w:tr/w:trPr/w:tblHeader", NS) is not None)
    grid = [int(column.get(f"{{{W}}}w", "")) for column in table.findall("w:tblGrid/w:gridCol",
                                                                          NS)]
    return grid, "".join(table.itertext()), markdown.decode("utf-8")


def _case(form: str, landscape: bool = False) -> str:
    rows = "\n".join(
        f"      - {{manad: {MONTHS[month - 1].capitalize()}, ksdag: måndag, "
        f"ks: 2022-{month:02}-{ks:02}, kfdag: måndag, kf: 2022-{month:02}-{kf:02}}}"
        for month, ks, kf in PLAN)
    return f"""\
dokumenttyp: beslutsunderlag
datum: 2021-10-14
dnr: KS 2021/312
titel: Sammanträdesplan 2022
avsnitt:
  - rubrik: Förslag
    tabell: plan
tabeller:
  - namn: plan
    liggande: {"ja" if landscape else "nej"}
    kolumner:
      - {{namn: manad, rubrik: Månad}}
      - {{namn: ksdag, rubrik: Veckodag}}
      - {{namn: ks, rubrik: Kommunstyrelsen, typ: datum, fore: kf{form}}}
      - {{namn: kfdag, rubrik: Veckodag}}
      - {{namn: kf, rubrik: Kommunfullmäktige, typ: datum{form}}}
      - {{namn: anm, rubrik: Anmärkning}}
    rader:
{rows}
      - {{manad: Oktober, kfdag: måndag, kf: 2022-10-17, anm: Nyvalda fullmäktige}}
"""


def test_the_plan_in_words_keeps_every_date_on_one_line(tmp_path: Path) -> None:
    """In Word the dates are as wide as they need; the Markdown writes them as before, with
    plain spaces."""
    assert CALIBRI is not None
    grid, text, markdown = _grid(tmp_path, _case(", datumform: text"))
    assert sum(grid) == 9072
    assert grid[2] >= 2088 and grid[4] >= 2034
    assert "12\xa0september 2022" in text
    assert "| 12 september 2022 |" in markdown and "\xa0" not in markdown


def test_iso_dates_and_a_landscape_page_keep_every_date_on_one_line(tmp_path: Path) -> None:
    assert CALIBRI is not None
    for form, landscape, need in (("", False, 1289), ("", True, 1289),
                                  (", datumform: text", True, 2088)):
        grid, _, _ = _grid(tmp_path, _case(form, landscape))
        assert sum(grid) == (14004 if landscape else 9072)
        assert min(grid[2], grid[4]) >= need


def test_a_column_whose_date_wraps_gives_no_room_to_another_date_column() -> None:
    # (hypothesis found it: "Möte" gave 42 twips of what its wrapped date left unused to
    # the column lacking the least, then lacked them itself: 1571 twips where 1572 hold
    # "1 januari 2022")
    assert CALIBRI is not None
    date = "1\u00a0januari 2022"
    headers = ("Kommunfullmäktige", "Möte", "Kommunfullmäktige", "Kommunfullmäktige")
    columns = [_column((date,) * 5, header) for header in headers]
    need = date_need(columns[0], 110, CALIBRI)
    assert whole_dates(columns, [1613, 1532, 1571, 1736], 110, CALIBRI) == [need] * 4 == [1613] * 4

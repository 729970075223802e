"""Specification of the room a text column's header words get where it costs no line
(trial 84, F2: "Kommun-" / "styrelsen" over a column of ISO dates beside a column of notes
with room its cells did not use)."""

from __future__ import annotations

from generator.word.glyph_widths import font_glyphs
from generator.word.header_room import narrowest
from generator.word.text_headers import header_word_need, whole_text_headers
from generator.word.widths import ColumnText

CALIBRI = font_glyphs("Calibri", 11)
DATES = ("2022\u201109\u201112", "2022\u201111\u201128")


def _column(cells: tuple[str, ...], header: str) -> ColumnText:
    return ColumnText(cells, (header,), False, (), cells)


PLAN = [_column(("September", "November"), "Månad"), _column(("måndag",) * 2, "Veckodag"),
        _column(DATES, "Kommunstyrelsen"), _column(("måndag",) * 2, "Veckodag"),
        _column(DATES, "Kommunfullmäktige"), _column(("", "Nyvalda fullmäktige"), "Anmärkning")]


def test_a_header_word_gets_what_the_notes_leave_unused() -> None:
    """"Kommunstyrelsen" needs 80 twips more and gets them from the notes, which keep their
    lines; "Kommunfullmäktige" would need 293, more than is left, and breaks at its
    compound's joint."""
    assert CALIBRI is not None
    before = [1250, 1246, 1862, 1246, 1862, 1606]
    assert [header_word_need(PLAN[i], 110, CALIBRI) for i in (2, 4)] == [1942, 2155]
    assert narrowest(PLAN[5], 1606, 110, CALIBRI) == 1496
    widths = whole_text_headers(PLAN, before, 110, CALIBRI)
    assert widths == [1250, 1246, 1942, 1246, 1862, 1526]
    assert sum(widths) == sum(before)


def test_headers_that_fit_keep_the_widths() -> None:
    assert CALIBRI is not None
    before = [1250, 1150, 1950, 1150, 2160, 1412]
    assert whole_text_headers(PLAN, before, 110, CALIBRI) is before
    assert whole_text_headers(PLAN, [1250, 1246, 1862, 1246, 1862, 1606], 110, None) \
        == [1250, 1246, 1862, 1246, 1862, 1606]


def test_a_hyphenated_header_counts_its_parts() -> None:
    """A line may break after a hyphen: "Kommun-" is a word of its own."""
    assert CALIBRI is not None
    assert header_word_need(_column(("x",), "Kommun-styrelsen"), 110, CALIBRI) \
        < header_word_need(_column(("x",), "Kommunstyrelsen"), 110, CALIBRI)

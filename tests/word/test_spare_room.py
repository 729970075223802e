"""Specification of the room text columns hold beyond their cells' needs, given to amount
headers that wrap (trial 83, F9: "Aktivitet" took half the table's width while "Ansökt
(timmar per månad)" and "Beviljat (timmar per månad)" wrapped)."""

from __future__ import annotations

from generator.word.glyph_widths import font_glyphs
from generator.word.header_room import header_lines, narrowest, one_line
from generator.word.spare_room import spare_to_headers
from generator.word.widths import ColumnText

CALIBRI = font_glyphs("Calibri", 11)

ESCORT = [
    ColumnText(("Träning på gym två gånger i veckan", "Inköp och ärenden",
                "Sociala aktiviteter och kultur"), ("Aktivitet",), False, ("Totalt",),
               ("Träning på gym två gånger i veckan", "Inköp och ärenden",
                "Sociala aktiviteter och kultur", "Totalt")),
    ColumnText(("12", "8", "5"), ("Ansökt (timmar per månad)",), True, ("25",),
               ("12", "8", "5", "25")),
    ColumnText(("8", "5", "4"), ("Beviljat (timmar per månad)",), True, ("17",),
               ("8", "5", "4", "17")),
]


def _column(cells: tuple[str, ...], header: str, *, fixed: bool = False) -> ColumnText:
    return ColumnText(cells, (header,), fixed, (), cells)


def _lines(columns: list[ColumnText], widths: list[int]) -> list[int]:
    assert CALIBRI is not None
    return [header_lines(column, width, 110, CALIBRI)
            for column, width in zip(columns, widths, strict=True)]


def test_a_text_column_gives_the_wrapping_headers_what_its_cells_leave() -> None:
    """The two headers cannot both stand on one line beside the activities (2849 and 2899
    twips beside 3468), so they wrap; the text column gives them its spare as far as
    both still wrap alike: at 2773 twips "Ansökt (timmar per månad)" may stand on one
    line, beside "Beviljat (timmar per" / "månad)"."""
    assert CALIBRI is not None
    before = [4000, 2536, 2536]
    widths = spare_to_headers(ESCORT, before, 110, CALIBRI)
    assert widths == [3678, 2697, 2697]
    assert sum(widths) == sum(before)
    assert narrowest(ESCORT[0], 4000, 110, CALIBRI) == 3470
    assert [one_line(column.header_lines[0], 110, CALIBRI, True) for column in ESCORT[1:]] \
        == [2849, 2899]
    assert _lines(ESCORT, before) == _lines(ESCORT, widths) == [1, 2, 2]


def test_a_lone_wrapping_header_gets_what_sets_it_on_one_line() -> None:
    """Trial 84's taxa: "Grundavgift (kr)" wrapped beside two text columns with room to
    spare; it now stands on one line, and so the whole header row."""
    assert CALIBRI is not None
    columns = [_column(("Uteservering", "Försäljning från kiosk", "Food truck (Södra hamn)"),
                       "Upplåtelse"),
               _column(("kvm och dygn", "dag"), "Per"),
               _column(("800", "Avgiftsfri"), "Grundavgift (kr)", fixed=True),
               _column(("1\xa0000,00", "Ingen avgift"), "Zon 1 (kr)", fixed=True)]
    before = [3400, 1800, 1300, 1500]
    widths = spare_to_headers(columns, before, 110, CALIBRI)
    assert _lines(columns, before) == [1, 1, 2, 1]
    assert _lines(columns, widths) == [1, 1, 1, 1]
    assert widths[2] == one_line("Grundavgift (kr)", 110, CALIBRI, True)
    assert widths[3] == 1500 and sum(widths) == sum(before)


def test_a_header_that_would_take_more_lines_wider_is_not_widened() -> None:
    """Trial 81's fee matrix: where the writer puts no zero-width space after its "/",
    "Två gånger/vecka (kr)" takes three lines at 1775 twips and two at 1736; the
    columns, alike, stay as they are."""
    assert CALIBRI is not None
    sizes = _column(("140 liter", "180 liter", "660 liter"), "Storlek på kärl")
    headers = ("Var 4:e vecka (kr)", "Varannan vecka (kr)", "En gång/vecka (kr)",
               "Två gånger/vecka (kr)")
    columns = [sizes, *(_column(("13\xa0876",), header, fixed=True) for header in headers)]
    before = [2128, 1736, 1736, 1736, 1736]
    assert [header_lines(columns[4], width, 110, CALIBRI) for width in (1736, 1775)] == [2, 3]
    assert spare_to_headers(columns, before, 110, CALIBRI) == before


def test_tables_without_text_columns_or_wrapping_headers_or_known_font_keep_widths() -> None:
    assert CALIBRI is not None
    assert spare_to_headers(ESCORT, [4000, 2536, 2536], 110, None) == [4000, 2536, 2536]
    assert spare_to_headers(ESCORT[1:], [4536, 4536], 110, CALIBRI) == [4536, 4536]
    assert spare_to_headers(ESCORT, [3172, 2950, 2950], 110, CALIBRI) == [3172, 2950, 2950]

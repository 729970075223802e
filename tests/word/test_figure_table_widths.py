"""Specification of `widths` for a table of figures alone (trial 77, F8): the example table
of a färdtjänst fee, "Taxameterbelopp (kr)", "Andel" and "Egenavgift (kr)" over three-digit
figures, spans the text width with its columns equally wide, not with the spare room spread
in proportion to their widths (the first figure column then the widest, 7,66 / 2,42 / 5,92
cm). A column wider than an equal share keeps its width, and the narrower share the rest."""

from __future__ import annotations

from generator.word.widths import ColumnText, column_widths

CHAR = 120  # twips (Arial 11 pt)
PAGE = 9072  # twips: the text width of an A4 page


def _figures(header: str, *cells: str) -> ColumnText:
    return ColumnText(cells, (header,), fixed=True, cells=cells)


FARES = [_figures("Taxameterbelopp (kr)", "120", "300", "850"),
         _figures("Andel", "35 %", "35 %", "35 %"),
         _figures("Egenavgift (kr)", "50", "105", "150")]


def test_the_columns_of_a_table_of_figures_are_equally_wide() -> None:
    assert column_widths(FARES, PAGE, CHAR) == [3024, 3024, 3024]


def test_a_column_wider_than_its_share_keeps_its_width_and_the_others_share_the_rest() -> None:
    wide = _figures("Egenavgift över 25 km (kr)", "54")
    own = wide.header_width(CHAR)
    assert own > PAGE // 3
    assert column_widths([FARES[1], FARES[2], wide], PAGE, CHAR) == [
        (PAGE - own) // 2, PAGE - own - (PAGE - own) // 2, own]


def test_a_table_with_a_text_column_gives_it_the_room_as_before() -> None:
    names = ColumnText(("Enkel resa, kortare än 25 km",), ("Avgift",),
                       cells=("Enkel resa, kortare än 25 km",))
    widths = column_widths([names, FARES[2]], PAGE, CHAR)
    assert widths[0] > widths[1] == FARES[2].header_width(CHAR)

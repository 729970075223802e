"""Column widths from content."""

from __future__ import annotations

from generator.word.widths import ColumnText, characters_in, column_widths

PAGE = 9072
CHAR = 120


def test_short_columns_keep_their_natural_width_and_text_takes_the_rest() -> None:
    amount = ColumnText(("1 000 000",), ("Belopp",), fixed=True, cells=("1 000 000",))
    text = ColumnText(("kort",), ("Text",), cells=("kort",))
    widths = column_widths([text, amount], PAGE, CHAR)
    assert sum(widths) == PAGE
    assert widths[1] == amount.natural(CHAR)


def test_the_column_with_more_text_gets_more_room() -> None:
    long = "ord " * 200
    columns = [ColumnText(("namn",), cells=("namn",)),
               ColumnText((long,), cells=(long,)),
               ColumnText(("ansvarig",), cells=("ansvarig",))]
    widths = column_widths(columns, PAGE, CHAR)
    assert widths[1] > widths[0] + widths[2]


def test_no_column_is_narrower_than_a_short_word() -> None:
    long = "ord " * 400
    columns = [ColumnText(("Regiondirektör",), cells=("Regiondirektör",)),
               ColumnText((long,), cells=(long,))]
    widths = column_widths(columns, PAGE, CHAR)
    assert characters_in(widths[0], CHAR) >= 10


def test_a_header_that_fits_on_one_line_given_room_does_not_wrap() -> None:
    amount = ColumnText(("1 000",), ("Belopp per landsting (mnkr)",), fixed=True,
                        cells=("1 000",))
    text = ColumnText(("Norrbotten",), ("Landsting",), cells=("Norrbotten",))
    widths = column_widths([text, amount], PAGE, CHAR)
    assert widths[1] == amount.header_width(CHAR)
    assert characters_in(widths[1], CHAR, bold=True) >= len("Belopp per landsting (mnkr)")
    assert sum(widths) == PAGE


def test_spare_room_goes_to_the_text_columns_after_the_headers_are_unbroken() -> None:
    code = ColumnText(("ap.1",), ("Anslagspost",), cells=("ap.1",))
    name = ColumnText(("Tillväxtverket",), ("Disponeras av",), cells=("Tillväxtverket",))
    amount = ColumnText(("12 000",), ("Belopp (tkr)",), fixed=True, cells=("12 000",))
    widths = column_widths([code, name, amount], PAGE, CHAR)
    assert widths[2] == amount.header_width(CHAR)
    assert widths[0] > code.header_width(CHAR)
    assert widths[1] > name.header_width(CHAR)


def test_when_only_the_bodies_fit_the_room_goes_to_the_headers_that_wrap() -> None:
    name = ColumnText(("Kommuner i Blekinge län",), ("Kommun",),
                      cells=("Kommuner i Blekinge län",))
    amount = ColumnText(("65,4",), ("Nytt belopp per kommun i hela länet (mnkr)",), fixed=True,
                        cells=("65,4",))
    per = ColumnText(("2 513",), ("Nytt belopp i kronor per invånare i kommunen",), fixed=True,
                     cells=("2 513",))
    columns = [name, amount, per]
    assert sum(c.natural(CHAR) for c in columns) < PAGE < sum(
        max(c.natural(CHAR), c.header_width(CHAR)) for c in columns)
    widths = column_widths(columns, PAGE, CHAR)
    assert widths[0] == name.natural(CHAR)  # the body's own width: the headers need the room
    assert amount.natural(CHAR) < widths[1] < amount.header_width(CHAR)
    assert per.natural(CHAR) < widths[2] < per.header_width(CHAR)
    assert sum(widths) == PAGE


def test_a_header_wraps_when_the_body_needs_the_width() -> None:
    long = "ord " * 400
    amount = ColumnText(("1 000",), ("Belopp per landsting (mnkr)",), fixed=True,
                        cells=("1 000",))
    text = ColumnText((long,), ("Text",), cells=(long,))
    widths = column_widths([amount, text], PAGE, CHAR)
    assert widths[0] == amount.natural(CHAR) < amount.header_width(CHAR)


LYSEKIL = ("Bidrag enligt fördelningsmodellen",
           "Andel av ytterligare medel (1\u00a0mnkr, varav kommunerna 250\u00a0tkr)",
           "Summa Lysekils kommun")


def years(figures: tuple[str, ...]) -> list[ColumnText]:
    """Two amount columns headed "2014 (tkr)" and "2015 (tkr)" with these figures."""
    return [ColumnText(figures, (f"{year} (tkr)",), fixed=True, cells=figures)
            for year in (2014, 2015)]


def test_amount_headers_stay_unbroken_when_the_text_gets_less_than_a_line_taller() -> None:
    text = ColumnText(LYSEKIL, ("Lysekils kommuns bidrag",), cells=LYSEKIL)
    columns = [text, *years(("182", "26", "238"))]
    assert sum(c.natural(110) for c in columns) < PAGE < sum(
        max(c.natural(110), c.header_width(110)) for c in columns)
    widths = column_widths(columns, PAGE, 110)
    assert widths[1] == columns[1].header_width(110)
    assert widths[2] >= columns[2].header_width(110)
    assert widths[0] < text.natural(110)  # the longest line may wrap: it is a little long
    assert sum(widths) == PAGE


def test_amount_headers_wrap_when_the_text_would_get_a_line_taller() -> None:
    rows = LYSEKIL[1:2] * 7
    text = ColumnText(rows, ("Post",), cells=rows)
    columns = [text, *years(("26",) * 7)]
    widths = column_widths(columns, PAGE, 110)
    assert widths[0] == text.natural(110)  # seven lines a little long: a line or more
    assert widths[1] < columns[1].header_width(110)

"""Specification: among widths that leave a table as tall, those that break fewer short cells,
names first (trial 61, F5: in an attestant list the Namn column broke every name, "Urban" /
"Sparre", beside three and four lines of "Verksamhet", which made those rows as tall); a
header word that hyphenates at a compound's joint gives its room to a name ("Belopps-" /
"gräns" beside "Annette Andersson")."""

from __future__ import annotations

from generator.word.widths import ColumnText, characters_in, column_widths

PAGE = 9072
CHAR = 110
ACTIVITIES = ("Finansiering utom pensionsutbetalningar och förvaltningsavgifter",
              "Finansiering pensionskostnader Pensionsutbetalningar & förvaltningsavgift",
              "Koncernledning", "Kansli- och omvärldsenheten, Enhetschef KoO",
              "Ärendehantering")
NAMES = ("Urban Sparre", "Anne Elgmark", "Annette Andersson", "Ann-Mari Nilsson",
         "Jonas Sverkén")
DEPUTIES = ("Anna Johansson, Jonas Agerhed, Åsa Bejvall",
            "Ulrika Petersson, Thomas Hodin, Mats Gustafsson", "Ola Johansson, Urban Sparre",
            "Jonas Sverkén", "Ann-Mari Nilsson")


def _column(header: str, *cells: str) -> ColumnText:
    return ColumnText(cells, (header,), cells=cells)


def _attestants(names: tuple[str, ...] = NAMES, last: str = "Beloppsgräns",
                rows: int = 5) -> list[ColumnText]:
    return [_column("Ansvar", *("001", "", "", "", "")[:rows]),
            _column("Verksamhet", *ACTIVITIES[:rows]), _column("Namn", *names[:rows]),
            _column("Ersättare", *DEPUTIES[:rows]), _column(last, *("", "", "x", "", "")[:rows])]


def _on_one_line(cells: tuple[str, ...], width: int) -> list[str]:
    return [cell for cell in cells if len(cell) <= characters_in(width, CHAR)]


def test_names_that_cost_no_line_are_kept_whole() -> None:
    """(The last header without a compound's joint: it keeps its word whole.)"""
    widths = column_widths(_attestants(last="Attesträtten"), PAGE, CHAR)
    assert widths == [999, 2650, 1610, 2029, 1784]  # (before: Namn 1370, Verksamhet 2890)
    assert _on_one_line(NAMES, widths[2]) == ["Urban Sparre", "Anne Elgmark"]
    assert _on_one_line(ACTIVITIES, widths[1]) == ["Koncernledning", "Ärendehantering"]


def test_a_short_cell_that_would_cost_a_line_stays_broken() -> None:
    """Verksamhet gives no more than the lines of its rows allow: "Annette Andersson" would
    take it below what keeps "Kansli- och omvärldsenheten, Enhetschef KoO" on two lines."""
    widths = column_widths(_attestants(last="Attesträtten"), PAGE, CHAR)
    assert "Annette Andersson" not in _on_one_line(NAMES, widths[2])


def test_a_header_hyphenated_at_its_joint_gives_way_to_names() -> None:
    """Trial 61, F5: "Beloppsgräns" over a column of one "x" breaks at its joint, "Belopps-" /
    "gräns", and every name is whole; Verksamhet and Ersättare keep their widths (and lines)."""
    widths = column_widths(_attestants(), PAGE, CHAR)
    assert widths == [999, 2650, 2150, 2029, 1244]  # (before: Namn 1610, Beloppsgräns 1784)
    assert _on_one_line(NAMES, widths[2]) == list(NAMES)
    assert characters_in(widths[4], CHAR, bold=True) == len("Belopps")


def test_a_name_may_make_only_the_header_row_a_line_taller() -> None:
    """Without the row of "Jonas Sverkén" (kept whole, that name saves the line the header
    takes), "Urban Sparre" and "Anne Elgmark" are kept whole for a line more in the header
    row alone; the longer names would need Verksamhet's room, a line more in its rows."""
    widths = column_widths(_attestants(rows=4), PAGE, CHAR)
    assert widths == [999, 2950, 1610, 2029, 1484]  # (before: Namn 1310, Beloppsgräns 1784)
    assert _on_one_line(NAMES[:4], widths[2]) == ["Urban Sparre", "Anne Elgmark"]
    assert characters_in(widths[4], CHAR, bold=True) == 9  # ("Beloppsgräns": two lines)


def test_a_short_cell_not_a_name_makes_no_row_taller() -> None:
    """("urban sparre" is no name: the header row keeps its one line, the cells break.)"""
    names = tuple(name.lower() for name in NAMES)
    widths = column_widths(_attestants(names, rows=4), PAGE, CHAR)
    assert widths == [999, 2950, 1310, 2029, 1784]
    assert _on_one_line(names[:4], widths[2]) == []


def _visits(name: str) -> list[ColumnText]:
    long = ("Finansiering utom pensionsutbetalningar och förvaltningsavgifter",
            "Finansiering pensionskostnader Pensionsutbetalningar")
    return [_column("Verksamhet", *long), _column("Vad", "besök i hem", "dygn"),
            _column("Namn", "Jonas", name)]


def test_a_name_comes_before_another_short_cell() -> None:
    """The room keeps one of "besök i hem" and "Urban Sparre" whole: the name gets it."""
    widths = column_widths(_visits("Urban Sparre"), 6500, CHAR)
    assert widths == [3910, 990, 1600]
    assert _on_one_line(("Urban Sparre",), widths[2]) == ["Urban Sparre"]
    assert _on_one_line(("besök i hem",), widths[1]) == []


def test_without_a_name_the_shorter_cell_gets_the_room() -> None:
    widths = column_widths(_visits("urban sparre"), 6500, CHAR)
    assert widths == [3790, 1470, 1240]
    assert _on_one_line(("besök i hem",), widths[1]) == ["besök i hem"]
    assert _on_one_line(("urban sparre",), widths[2]) == []

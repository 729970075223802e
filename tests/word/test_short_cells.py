"""Specification: among widths that leave a table as tall, those that break fewer short cells,
names first (trial 61, F5: in an attestant list the Namn column broke every name, "Urban" /
"Sparre", beside three and four lines of "Verksamhet", which made those rows as tall)."""

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


def _attestants(names: tuple[str, ...] = NAMES) -> list[ColumnText]:
    return [_column("Ansvar", "001", "", "", "", ""), _column("Verksamhet", *ACTIVITIES),
            _column("Namn", *names), _column("Ersättare", *DEPUTIES),
            _column("Beloppsgräns", "", "", "x", "", "")]


def _on_one_line(cells: tuple[str, ...], width: int) -> list[str]:
    return [cell for cell in cells if len(cell) <= characters_in(width, CHAR)]


def test_names_that_cost_no_line_are_kept_whole() -> None:
    widths = column_widths(_attestants(), PAGE, CHAR)
    assert widths == [999, 2650, 1610, 2029, 1784]  # (before: Namn 1370, Verksamhet 2890)
    assert _on_one_line(NAMES, widths[2]) == ["Urban Sparre", "Anne Elgmark"]
    assert _on_one_line(ACTIVITIES, widths[1]) == ["Koncernledning", "Ärendehantering"]


def test_a_short_cell_that_would_cost_a_line_stays_broken() -> None:
    """Verksamhet gives no more than the lines of its rows allow: "Annette Andersson" would
    take it below what keeps "Kansli- och omvärldsenheten, Enhetschef KoO" on two lines."""
    widths = column_widths(_attestants(), PAGE, CHAR)
    assert "Annette Andersson" not in _on_one_line(NAMES, widths[2])


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

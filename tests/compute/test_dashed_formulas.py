"""Specification of a formula column's cell on a row whose every figure the formula reads is
"–" or empty (trial 79, F10: an "Avslag" project's "Total budget" printed empty between the
dashes): it prints "–" too, as a typed "–" does, and is in no sum."""

from __future__ import annotations

from generator.case.table_models import GeneralTable, TableColumn, TableRow
from generator.compute.checked_tables import compute_table
from generator.compute.presets import general_spec
from generator.render.tables import table_view

COLUMNS = [TableColumn(namn="projekt", rubrik="Projekt"),
           TableColumn(namn="rus", rubrik="1:1-medel", typ="belopp"),
           TableColumn(namn="eu", rubrik="ERUF", typ="belopp"),
           TableColumn(namn="total", rubrik="Total budget", typ="belopp", formel="rus + eu"),
           TableColumn(namn="dubbel", rubrik="Dubbelt", typ="belopp", formel="total * 2"),
           TableColumn(namn="anm", rubrik="Beslut")]


def cells(*rows: dict[str, object]) -> list[list[str]]:
    """Each printed row's cells as text, amounts in whole kronor."""
    table = GeneralTable(namn="projekt", kolumner=COLUMNS,
                         rader=[TableRow(**r) for r in rows])  # type: ignore[arg-type]
    spec, findings = general_spec(table, ("tabeller", 0))
    assert findings == []
    result, mismatches = compute_table(spec)
    assert mismatches == []
    return [[str(cell.amount) if cell.amount is not None else str(cell.text)
             for cell in view_row.cells] for view_row in table_view(result).rows]


def test_a_formula_over_dashes_prints_a_dash_and_the_sums_leave_the_row_out() -> None:
    assert cells({"projekt": "A", "rus": 100, "eu": 300},
                 {"projekt": "B", "rus": "–", "eu": "–", "anm": "Avslag"}) == [
        ["A", "100", "300", "400", "800", ""],
        ["B", "–", "–", "–", "–", "Avslag"],
        ["Totalt", "100", "300", "400", "800", ""]]


def test_a_dash_beside_an_empty_cell_is_a_dash_and_a_figure_is_computed() -> None:
    assert cells({"projekt": "A", "rus": "–", "anm": "Avslag"},
                 {"projekt": "B", "rus": "–", "eu": 50}, {"projekt": "C", "rus": 1})[:2] == [
        ["A", "–", "", "–", "–", "Avslag"],
        ["B", "–", "50", "50", "100", ""]]


def test_a_row_without_any_dash_stays_empty() -> None:
    assert cells({"projekt": "A", "rus": 10, "eu": 20, "anm": "Bifall"},
                 {"projekt": "Rubrik"})[1] == ["Rubrik", "", "", "", "", ""]

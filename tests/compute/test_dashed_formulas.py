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


PER_EMPLOYEE = [TableColumn(namn="omrade", rubrik="Förhandlingsområde"),
                TableColumn(namn="anstallda", rubrik="Antal anställda", typ="antal"),
                TableColumn(namn="utrymme", rubrik="Utrymme", typ="belopp"),
                TableColumn(namn="snitt_ar", rubrik="Per anställd och år", typ="belopp",
                            summeras=False, formel="utrymme / anstallda"),
                TableColumn(namn="snitt", rubrik="Per anställd och månad", typ="belopp",
                            summeras=False, formel="snitt_ar / 12")]


def per_employee(row: dict[str, object]) -> list[list[str]]:
    """The cells of a löneöversyn's table with Kommunal and `row` (trial 96, F5)."""
    table = GeneralTable(namn="utrymme", kolumner=PER_EMPLOYEE, rader=[
        TableRow(**{"omrade": "Kommunal", "anstallda": 1412,  # type: ignore[arg-type]
                    "utrymme": 17040936}),
        TableRow(**row)])  # type: ignore[arg-type]
    spec, findings = general_spec(table, ("tabeller", 0))
    assert findings == []
    result, mismatches = compute_table(spec)
    assert mismatches == []
    return [[str(cell.amount) if cell.amount is not None else str(cell.text)
             for cell in view_row.cells] for view_row in table_view(result).rows]


def test_a_dash_in_the_column_a_formula_divides_by_is_a_dash_in_the_formulas_cells() -> None:
    # (a sum set aside for undersköterskor, whose employees are counted under Kommunal)
    assert per_employee({"omrade": "Särskild satsning", "anstallda": "–",
                         "utrymme": 1500480}) == [
        ["Kommunal", "1412000", "17040936", "12069", "1006"],  # (counts in thousandths)
        ["Särskild satsning", "–", "1500480", "–", "–"],
        ["Totalt", "1412000", "18541416", "", ""]]


def test_a_dash_typed_in_a_dividing_formulas_cell_stands_without_its_divisor() -> None:
    assert per_employee({"omrade": "Särskild satsning", "utrymme": 1500480,
                         "snitt_ar": "–"})[1] == ["Särskild satsning", "", "1500480", "–", "–"]


def test_a_dash_in_the_column_a_formula_divides_is_a_dash_in_the_formulas_cells() -> None:
    # (a refused förening's "–" grant per member and month: trial 99, F17)
    assert per_employee({"omrade": "Särskild satsning", "anstallda": 57,
                         "utrymme": "–"})[1:] == [
        ["Särskild satsning", "57000", "–", "–", "–"],
        ["Totalt", "1469000", "17040936", "", ""]]

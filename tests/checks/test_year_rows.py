"""Which rows are years and which headers give a rate per something
(generator.checks.year_rows; the warning they feed is `test_fee_columns`)."""

from __future__ import annotations

import pytest

from generator.case.table_models import GeneralTable, TableColumn, TableRow
from generator.checks.year_rows import per_unit, rows_are_years
from generator.compute.checked_tables import compute_table
from generator.compute.presets import general_spec


def table(*names: str) -> bool:
    """Whether a table with rows of these names has rows that are years."""
    columns = [TableColumn(namn="ar", rubrik="År"),
               TableColumn(namn="belopp", rubrik="Belopp", typ="belopp")]
    rows = [TableRow(ar=name, belopp=1) for name in names]  # type: ignore[call-arg]
    spec, _ = general_spec(GeneralTable(namn="t", kolumner=columns, rader=rows), ("tabeller", 0))
    return rows_are_years(compute_table(spec)[0])


def test_rows_named_by_years_or_spans_of_years_are_years() -> None:
    assert table("2015", "2016")
    assert table("År 2015", "2015/16", "2016–2017")
    assert not table("2015")
    assert not table("2015", "Förändring")
    assert not table("Lokaler 2015", "Personal 2015")


@pytest.mark.parametrize(("header", "rate"), [
    ("Barntandvårdspeng per barn", True), ("Ersättning per månad", True), ("Hyra kr/mån", True),
    ("Kostnad per år", False), ("Kostnad/år", False), ("Bidrag 2024/2025", False),
    ("Driftstöd", False), ("Perioden", False)])
def test_a_header_per_something_but_a_year_is_a_rate(header: str, rate: bool) -> None:
    assert per_unit(header) is rate

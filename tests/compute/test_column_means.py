"""Specification of the averages a table holds (trial 90, F10): every amount column's mean
over the rows it lists (not a group's row, nor one computed from other rows), and the mean
per year of the totals of year columns; exact, to 80 digits."""

from __future__ import annotations

from decimal import Decimal

from generator.compute.column_means import Mean, is_year, row_means, year_mean
from generator.compute.tables import ColumnSpec, RowSpec, TableSpec, computed_table


def row(name: str, **figures: int) -> RowSpec:
    """A row named name with these figures typed."""
    return RowSpec(loc=("t", name), name=name, texts={"namn": name}, stated=figures)


def table(columns: tuple[ColumnSpec, ...], rows: tuple[RowSpec, ...], unit: str = "kr"
          ) -> TableSpec:
    """A table of a text column and these columns and rows."""
    return TableSpec(loc=("t",), name="t", columns=(ColumnSpec("namn", "Namn"), *columns),
                     rows=rows, unit=unit)


def test_each_amount_columns_mean_over_the_rows_with_a_figure() -> None:
    spec = table((ColumnSpec("bidrag", "Bidrag", amount=True),
                  ColumnSpec("hyra", "Hyra", amount=True)),
                 (row("Falun", bidrag=3_100_000, hyra=10), row("Borlänge", bidrag=2_900_000),
                  row("Avesta", bidrag=1_000_001)))
    result, _ = computed_table(spec)
    [mean] = row_means("t", result)  # (hyra: one row has a figure)
    assert mean._replace(mean=round(mean.mean, 6)) == Mean(
        "t", "bidrag", ("Bidrag",), Decimal("2333333.666667"), 3)


def test_the_rows_of_a_group_count_and_not_its_own() -> None:
    group = RowSpec(loc=("t", "g"), name="g", texts={"namn": "Norr"},
                    children=(row("Falun", bidrag=3), row("Borlänge", bidrag=2)))
    spec = table((ColumnSpec("bidrag", "Bidrag", amount=True),), (group, row("Avesta", bidrag=7)))
    result, _ = computed_table(spec)
    assert [(mean.mean, mean.figures) for mean in row_means("t", result)] == [(Decimal(4), 3)]


def test_the_mean_per_year_of_year_columns_totals() -> None:
    spec = table((ColumnSpec("a2019", "2019", amount=True),
                  ColumnSpec("a2020", "2020", amount=True),
                  ColumnSpec("summa", "Summa 2019–2020", amount=True)),
                 (row("Soc", a2019=8_912_400, a2020=7_104_000, summa=16_016_400),
                  row("Utb", a2019=5_941_600, a2020=4_736_000, summa=10_677_600)), unit="tkr")
    result, _ = computed_table(spec)
    assert year_mean("t", result) == Mean("t", "a2019", ("2019", "2020"), Decimal(13_347_000),
                                          2, per_year=True)


def test_one_year_column_holds_no_mean_per_year() -> None:
    spec = table((ColumnSpec("a2019", "2019", amount=True),
                  ColumnSpec("b", "Budget", amount=True)), (row("Soc", a2019=1, b=2),))
    assert year_mean("t", computed_table(spec)[0]) is None


def test_a_year_is_four_digits_alone() -> None:
    assert [is_year(text) for text in ("2019", " 2024 ", "2019–2023", "År 2019", "1850")] == [
        True, True, False, False, False]

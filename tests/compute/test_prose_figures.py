"""Specification of the row a named figure is in, as messages about the figure name it."""

from __future__ import annotations

from typing import Any

import pytest

from generator.case.models import Case
from generator.compute.computed import compute_case
from generator.compute.prose_figures import (
    Figure,
    named_figures,
    part_of,
    prose_figures,
    refused_names,
    row_label,
)

FIGURES: dict[str, Any] = {
    "summa": Figure(1),
    "medel": {"summa": Figure(1), "poster": [{"namn": "Samordning", "belopp": Figure(1)}]},
    "tabeller": {"bidrag": {"summa": Figure(1), "rader": [
        {"forening": "Musikföreningar", "belopp": Figure(1), "rader": [
            {"forening": "Capella Gotlandica", "belopp": Figure(1)}]},
        {"belopp": Figure(1)},
    ]}},
}


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("tabeller.bidrag.rader[0].belopp", "Musikföreningar"),
        ("tabeller.bidrag.rader[0].rader[0].belopp", "Capella Gotlandica"),
        ("medel.poster[0].belopp", "Samordning"),
        ("tabeller.bidrag.rader[1].belopp", None),  # a row without a text
        ("tabeller.bidrag.summa", None),  # not in a row
        ("medel.summa", None),
        ("summa", None),
        ("tabeller.bidrag.rader[7].belopp", None),  # no such row
    ],
)
def test_a_figure_in_a_row_is_named_by_the_rows_first_text(name: str, label: str | None) -> None:
    assert row_label(FIGURES, name) == label


def test_refused_cells_are_named_as_text_names_them() -> None:
    case = Case.model_validate({
        "dokumenttyp": "beslutsunderlag", "datum": "2024-03-01", "dnr": "RS 2024/12",
        "titel": "T", "tabeller": [
            {"namn": "a", "kolumner": [{"namn": "belopp", "typ": "belopp"}], "rader": [{}]},
            {"namn": "bidrag", "kolumner": [{"namn": "belopp", "typ": "belopp"}], "rader": [{}]},
        ]})
    places = [("tabeller", 1, "rader", 0, "ar2015"), ("tabeller", 1, "rader", 2, "rader", 0, "x"),
              ("tabeller", 1, "summa"), ("uppdelningar", 0, "summa"),
              ("tabeller", 7, "rader", 0, "x")]
    assert refused_names(case, places) == {
        "tabeller.bidrag.rader[0].ar2015", "tabeller.bidrag.rader[2].rader[0].x"}


def test_a_split_with_a_base_amount_names_the_base_the_rest_and_each_partys_share() -> None:
    case = Case.model_validate({
        "dokumenttyp": "beslutsunderlag", "datum": "2025-03-14", "dnr": "702-1187-2025",
        "titel": "T", "uppdelningar": [{
            "namn": "kommuner", "metod": "lika", "summa": 1_000, "grundbelopp": 200,
            "parter": [{"namn": "Bergs kommun"}, {"namn": "Bräcke kommun"}]}]})
    computed, _, _ = compute_case(case)
    figures = named_figures(prose_figures(computed, "kr"))
    assert figures == {
        "uppdelningar.kommuner.summa": 1_000,
        "uppdelningar.kommuner.grundbelopp": 200,
        "uppdelningar.kommuner.rest": 600,
        "uppdelningar.kommuner.parter[0].belopp": 500,
        "uppdelningar.kommuner.parter[0].grundbelopp": 200,
        "uppdelningar.kommuner.parter[0].fordelat": 300,
        "uppdelningar.kommuner.parter[1].belopp": 500,
        "uppdelningar.kommuner.parter[1].grundbelopp": 200,
        "uppdelningar.kommuner.parter[1].fordelat": 300,
    }


@pytest.mark.parametrize(
    ("figure", "text"),
    [
        (Figure(42_000_000, "mnkr"), "42\u00a0mnkr"),
        (Figure(42_000_000, "mnkr", "kronor"), "42\u00a0miljoner kronor"),
        (Figure(1_250_500, "tkr", "kronor"), "1\u00a0250,5\u00a0tusen kronor"),
        (Figure(300, "kr", "kronor"), "300\u00a0kronor"),
        (Figure(300), "300\u00a0kr"),
    ],
)
def test_a_figure_in_running_text_writes_its_unit_as_the_house_style_says(
    figure: Figure, text: str
) -> None:
    assert str(figure) == text


def test_a_split_paid_per_unit_of_weight_names_its_rate_and_computed_total() -> None:
    case = Case.model_validate({
        "dokumenttyp": "beslutsunderlag", "datum": "2024-01-10", "dnr": "KS 2024/5",
        "titel": "T", "uppdelningar": [{
            "namn": "partistod", "metod": "vikter", "per_vikt": "13 280",
            "parter": [{"namn": "S", "vikt": 10}, {"namn": "MP", "vikt": 1}]}]})
    computed, _, _ = compute_case(case)
    names = prose_figures(computed, "kronor")
    assert str(names["uppdelningar"]["partistod"]["per_vikt"]) == "13\u00a0280\u00a0kronor"
    assert named_figures(names) == {
        "uppdelningar.partistod.summa": 146_080,
        "uppdelningar.partistod.per_vikt": 13_280,
        "uppdelningar.partistod.parter[0].belopp": 132_800,
        "uppdelningar.partistod.parter[1].belopp": 13_280,
    }


def test_a_rate_with_ore_is_named_as_written_and_is_no_figure() -> None:
    case = Case.model_validate({
        "dokumenttyp": "beslutsunderlag", "datum": "2024-01-10", "dnr": "KS 2024/5",
        "titel": "T", "uppdelningar": [{
            "namn": "bidrag", "metod": "befolkning", "per_vikt": "12,50",
            "parter": [{"namn": "A", "vikt": 100}]}]})
    computed, _, _ = compute_case(case)
    names = prose_figures(computed, "kr")
    assert names["uppdelningar"]["bidrag"]["per_vikt"] == "12,50\u00a0kr"
    assert "uppdelningar.bidrag.per_vikt" not in named_figures(names)


def test_a_count_is_named_as_a_plain_number_and_is_no_figure() -> None:
    case = Case.model_validate({
        "dokumenttyp": "beslutsunderlag", "datum": "2024-01-10", "dnr": "KS 2024/5",
        "titel": "T", "tabeller": [{
            "namn": "p", "kolumner": [{"namn": "parti"}, {"namn": "mandat", "typ": "antal"},
                                      {"namn": "stod", "typ": "belopp"}],
            "rader": [{"parti": "S", "mandat": "1 010", "stod": 5},
                      {"parti": "MP", "mandat": 1, "stod": 1}]}]})
    computed, _, _ = compute_case(case)
    names = prose_figures(computed, "kronor")
    table = names["tabeller"]["p"]
    assert (table["mandat"], table["rader"][1]["mandat"]) == ("1\u00a0011", "1")
    assert named_figures(names) == {
        "tabeller.p.summa": 6, "tabeller.p.stod": 6,
        "tabeller.p.rader[0].stod": 5, "tabeller.p.rader[1].stod": 1}


def _table_figures(spec: dict[str, Any], word: str = "kr") -> dict[str, Any]:
    """The figures text names in a case whose only table is `spec` (named t)."""
    case = Case.model_validate({
        "dokumenttyp": "beslutsunderlag", "datum": "2010-11-18", "dnr": "KS 2009/88",
        "titel": "T", "tabeller": [{"namn": "t", **spec}]})
    computed, _, _ = compute_case(case)
    table: dict[str, Any] = prose_figures(computed, word)["tabeller"]["t"]
    return table


def test_a_figure_of_a_table_prints_with_the_decimals_its_column_shows() -> None:
    table = _table_figures({
        "enhet": "mnkr", "kolumner": [{"namn": "namnd"}, {"namn": "belopp", "typ": "belopp"}],
        "rader": [{"namnd": "BUN", "belopp": 3}, {"namnd": "KS", "belopp": "2,4"},
                  {"namnd": "SN", "belopp": "0,5"}]})
    assert [str(row["belopp"]) for row in table["rader"]] == [
        "3,0\u00a0mnkr", "2,4\u00a0mnkr", "0,5\u00a0mnkr"]
    assert (str(table["summa"]), str(table["belopp"])) == ("5,9\u00a0mnkr", "5,9\u00a0mnkr")


def test_each_column_and_its_total_print_with_the_columns_own_decimals() -> None:
    table = _table_figures({
        "enhet": "tkr", "kolumner": [{"namn": "post"}, {"namn": "tilldelat", "typ": "belopp"},
                                     {"namn": "anvant", "typ": "belopp"}],
        "rader": [{"post": "A", "tilldelat": 300, "anvant": "12,5"},
                  {"post": "B", "tilldelat": 200, "anvant": "7,5"},
                  {"post": "C", "tilldelat": 100, "anvant": "0,25",
                   "rader": [{"post": "C1", "tilldelat": 100, "anvant": "0,25"}]}]},
        "kronor")
    assert str(table["tilldelat"]) == "600\u00a0tusen kronor"  # no decimals in the column
    assert str(table["anvant"]) == "20,25\u00a0tusen kronor"
    assert str(table["rader"][0]["anvant"]) == "12,50\u00a0tusen kronor"
    assert str(table["rader"][2]["rader"][0]["tilldelat"]) == "100\u00a0tusen kronor"


def test_a_total_shows_the_decimals_of_its_rows_and_rows_those_of_a_total() -> None:
    table = _table_figures({
        "enhet": "mnkr", "kolumner": [{"namn": "post"}, {"namn": "belopp", "typ": "belopp"}],
        "rader": [{"post": "A", "belopp": "1,25"}, {"post": "B", "belopp": "0,75"}]})
    assert (str(table["summa"]), str(table["rader"][0]["belopp"])) == (
        "2,00\u00a0mnkr", "1,25\u00a0mnkr")


def test_a_count_of_a_table_prints_with_the_decimals_its_column_shows() -> None:
    table = _table_figures({
        "kolumner": [{"namn": "ort"}, {"namn": "tjanster", "typ": "antal"}],
        "rader": [{"ort": "A", "tjanster": 2}, {"ort": "B", "tjanster": "1,5"}]})
    assert (table["rader"][0]["tjanster"], table["tjanster"]) == ("2,0", "3,5")


CHANGES_AND_SHARES: dict[str, Any] = {
    "enhet": "mnkr", "kolumner": [
        {"namn": "namnd"}, {"namn": "b24", "typ": "belopp"}, {"namn": "b25", "typ": "belopp"},
        {"namn": "procent", "typ": "forandring", "fran": "b24", "till": "b25"},
        {"namn": "andel", "typ": "andel", "av": "b25", "decimaler": 0}],
    "rader": [{"namnd": "KS", "b24": 100, "b25": 105},
              {"namnd": "SN", "b24": 200, "b25": "192,5"},
              {"namnd": "Valnämnd", "b24": 0, "b25": "2,5"}]}


def test_a_rows_change_and_share_are_named_by_their_columns_and_print_as_the_table_does(
) -> None:
    rows = _table_figures(CHANGES_AND_SHARES)["rader"]
    assert [(str(row["procent"]), str(row["andel"])) for row in rows] == [
        ("5,0\u00a0%", "35\u00a0%"), ("−3,8\u00a0%", "64\u00a0%"), ("–", "1\u00a0%")]


def test_the_total_rows_change_and_share_are_named_by_their_columns_alone() -> None:
    table = _table_figures(CHANGES_AND_SHARES)
    assert (str(table["procent"]), str(table["andel"])) == ("0,0\u00a0%", "100\u00a0%")


def test_a_table_without_a_total_row_names_no_total_percentage() -> None:
    table = _table_figures({**CHANGES_AND_SHARES, "totalt": False})
    assert "procent" not in table and "andel" not in table
    assert str(table["rader"][0]["procent"]) == "5,0\u00a0%"


def test_a_percentage_is_no_figure_among_the_amounts() -> None:
    names = {"tabeller": {"t": _table_figures(CHANGES_AND_SHARES)}}
    assert not [name for name in named_figures(names) if "procent" in name or "andel" in name]


@pytest.mark.parametrize(
    ("weights", "shown"),
    [
        (["49 %", "51 %"], ["49\u00a0%", "51\u00a0%"]),
        (["12,5 %", "87,5 %"], ["12,5\u00a0%", "87,5\u00a0%"]),
        ([10, 1], ["10", "1"]),
    ],
)
def test_a_partys_weight_is_named_as_the_splits_table_prints_it(
    weights: list[Any], shown: list[str]
) -> None:
    case = Case.model_validate({
        "dokumenttyp": "beslutsunderlag", "datum": "2016-11-21", "dnr": "KS 2016/5",
        "titel": "T", "uppdelningar": [{
            "namn": "tillskott", "metod": "vikter", "summa": 3_000_000,
            "parter": [{"namn": "Karlstads kommun", "vikt": weights[0]},
                       {"namn": "Övriga aktieägare", "vikt": weights[1]}]}]})
    computed, _, _ = compute_case(case)
    parties = prose_figures(computed, "kr")["uppdelningar"]["tillskott"]["parter"]
    assert [party["vikt"] for party in parties] == shown


def test_a_split_without_weights_names_no_weight() -> None:
    case = Case.model_validate({
        "dokumenttyp": "beslutsunderlag", "datum": "2025-03-14", "dnr": "702-1187-2025",
        "titel": "T", "uppdelningar": [{
            "namn": "kommuner", "metod": "lika", "summa": 1_000,
            "parter": [{"namn": "Bergs kommun"}, {"namn": "Bräcke kommun"}]}]})
    computed, _, _ = compute_case(case)
    parties = prose_figures(computed, "kr")["uppdelningar"]["kommuner"]["parter"]
    assert all("vikt" not in party for party in parties)


@pytest.mark.parametrize(
    ("weights", "total"),
    [
        (["49 %", "26 %", "25 %"], "100\u00a0%"),
        (["12,5 %", "37,5 %", "50 %"], "100,0\u00a0%"),
        (["71 372", "88 209", "88 210"], "247\u00a0791"),
    ],
)
def test_a_split_names_its_weights_total_as_its_total_row_prints_it(
    weights: list[Any], total: str
) -> None:
    # (trial 95, F10: the total of the invånare had no name)
    case = Case.model_validate({
        "dokumenttyp": "beslutsunderlag", "datum": "2016-11-21", "dnr": "KS 2016/5",
        "titel": "T", "uppdelningar": [{
            "namn": "medel", "metod": "vikter", "summa": 3_000_000,
            "parter": [{"namn": name, "vikt": weight} for name, weight
                       in zip(["Kalmar kommun", "Nybro kommun", "Torsås kommun"], weights,
                              strict=True)]}]})
    computed, _, _ = compute_case(case)
    split = prose_figures(computed, "kr")["uppdelningar"]["medel"]
    assert (split["vikt"], split["antal_parter"]) == (total, "3")


def test_a_split_without_weights_names_its_parts_but_no_weights_total() -> None:
    case = Case.model_validate({
        "dokumenttyp": "beslutsunderlag", "datum": "2025-03-14", "dnr": "702-1187-2025",
        "titel": "T", "uppdelningar": [{
            "namn": "kommuner", "metod": "lika", "summa": 1_000,
            "parter": [{"namn": "Bergs kommun"}, {"namn": "Bräcke kommun"}]}]})
    computed, _, _ = compute_case(case)
    split = prose_figures(computed, "kr")["uppdelningar"]["kommuner"]
    assert "vikt" not in split
    assert split["antal_parter"] == "2"


SUMMED_PERCENTS: dict[str, Any] = {
    "kolumner": [{"namn": "del"}, {"namn": "andel", "typ": "tal", "summeras": True}],
    "rader": [{"del": "Arvode", "rad_namn": "arvodet", "delsumma": "Fullständigt uppdrag",
               "rader": [{"del": "Förvalta egendom", "rad_namn": "forvalta", "andel": "10 %"},
                         {"del": "Bevaka rätt", "andel": "5 %"}]},
              {"del": "Schablon", "andel": "2,5 %"}]}


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("andel", "17,5\u00a0%"),  # the total
        ("rader.forvalta.andel", "10,0\u00a0%"),  # a row by its short name
        ("rader[0].rader[1].andel", "5,0\u00a0%"),  # a row by its place
        ("rader.arvodet.andel", "15,0\u00a0%"),  # a group's row
        ("rader[1].andel", "2,5\u00a0%"),
    ],
)
def test_a_summed_column_of_percentages_is_named_with_its_percent_sign(
    name: str, shown: str
) -> None:
    """Trial 98, F1: with `summeras: ja` the table showed "10 %", the text "10"."""
    figure: Any = _table_figures(SUMMED_PERCENTS)
    for part in name.replace("[", ".").replace("]", "").split("."):
        figure = part_of(figure, int(part) if part.isdigit() else part)
    assert str(figure) == shown


def test_a_summed_percentage_is_spelt_out_where_the_house_style_says_so() -> None:
    case = Case.model_validate({
        "dokumenttyp": "beslutsunderlag", "datum": "2010-11-18", "dnr": "KS 2009/88",
        "titel": "T", "tabeller": [{"namn": "t", **SUMMED_PERCENTS}]})
    computed, _, _ = compute_case(case)
    table = prose_figures(computed, "kr", "procent")["tabeller"]["t"]
    assert str(table["rader"].named["forvalta"]["andel"]) == "10,0\u00a0procent"


def test_a_summed_percentage_is_no_figure_among_the_amounts() -> None:
    names = {"tabeller": {"t": _table_figures(SUMMED_PERCENTS)}}
    assert not [name for name in named_figures(names) if "andel" in name]

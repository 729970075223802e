"""Specification of the warning about a new case's example title left in place (trial 63,
F10): `beslut ny` writes an example case to write over, and a case that still has its title
still has, most likely, its example texts and amounts."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from generator.build import Pipeline
from generator.checks.example_titles import _fits
from generator.new_case import kinds, write_new_case

TAIL = ("är exemplet från 'beslut ny', och resten av exemplet (text, belopp, tabeller) står "
        "troligen också kvar; skriv ärendets egen titel och byt ut exemplets text och belopp "
        "mot ärendets")


def _messages(path: Path) -> list[str]:
    """The messages of a case's build, without the folder."""
    return [p.format().removeprefix(f"{path.parent}/") for p in Pipeline().build(path).problems]


@pytest.mark.parametrize("kind", kinds())
def test_every_new_case_is_warned_about_its_example_title(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "nytt.yaml"
    write_new_case(kind, path, today=datetime.date(2026, 3, 2))
    titles = [m for m in _messages(path) if TAIL in m]
    assert len(titles) == 1
    assert titles[0].startswith("nytt.yaml:") and ": varning: titeln '" in titles[0]


def test_the_example_title_with_another_year_is_the_example_still(tmp_path: Path) -> None:
    path = tmp_path / "nytt.yaml"
    write_new_case("beslut", path, today=datetime.date(2026, 3, 2))
    path.write_text(path.read_text(encoding="utf-8").replace(
        "titel: Medel till lokal samverkan 2026", "titel: Medel till lokal samverkan 2031"),
        encoding="utf-8")
    assert [m.split(": varning: ")[1] for m in _messages(path) if TAIL in m] == [
        f"titeln 'Medel till lokal samverkan 2031' {TAIL}"]


def test_a_title_of_its_own_is_not_warned_about(tmp_path: Path) -> None:
    path = tmp_path / "nytt.yaml"
    write_new_case("beslut", path, today=datetime.date(2026, 3, 2))
    path.write_text(path.read_text(encoding="utf-8").replace(
        "titel: Medel till lokal samverkan 2026",
        "titel: Medel till lokal samverkan i Kiruna 2026"), encoding="utf-8")
    assert not [m for m in _messages(path) if TAIL in m]


@pytest.mark.parametrize("kind", ["beslut", "tjansteskrivelse"])
def test_an_example_without_amounts_is_not_said_to_hold_amounts(tmp_path: Path,
                                                                 kind: str) -> None:
    path = tmp_path / "nytt.yaml"
    write_new_case(kind, path, today=datetime.date(2026, 3, 2), without_amounts=True)
    titles = [m.split(": varning: ")[1] for m in _messages(path) if "exemplet från" in m]
    assert len(titles) == 1
    assert titles[0].endswith(
        "är exemplet från 'beslut ny', och resten av exemplet (text, punkter) står troligen "
        "också kvar; skriv ärendets egen titel och byt ut exemplets text mot ärendets")


@pytest.mark.parametrize(("written", "fits"), [
    ("Budget 2026 och plan 2027–2029", True),
    ("Budget 2026 och plan 2027–20299", False),
    ("Budget 226 och plan 2027–2029", False),
    ("Budget 20x6 och plan 2027–2029", False),
    ("Budget 2026 och plan 2027–2029 i Kiruna", False),
    ("Budget 2026 och plan 2027-2029", False),
])
def test_a_title_is_the_example_with_any_four_digits_for_each_year(written: str,
                                                                   fits: bool) -> None:
    pieces = ("Budget ", " och plan ", "–", "")
    assert _fits(written, pieces) is fits

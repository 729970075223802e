"""Specification of a ratio or share column's limits (trial 79, F4): 1:1-medel may be at most
50 % of a project's budget, so 'hogst: "50 %"' on the ratio column makes a project at 56 % an
error naming the row, its percentage and the amounts; a row is judged by its exact
percentage; a limit is a percentage, with "%" or by name under 'belopp:'."""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline

CASE = """\
dokumenttyp: beslut
datum: 2024-03-20
dnr: nej
titel: Regionala projektmedel
belopp:
  stodandel: "50 %"
beslut:
  beslutande: Regionala utvecklingsnämnden
  datum: 2024-03-14
  punkter:
    - bevilja projektmedel enligt tabellen ovan.
avsnitt:
  - tabell: projekt
tabeller:
  - namn: projekt
    kolumner:
      - {namn: projekt, rubrik: Projekt}
      - {namn: rus, rubrik: 1:1-medel, typ: belopp}
      - {namn: ovrig, rubrik: Medfinansiering, typ: belopp}
      - {namn: total, rubrik: Total budget, typ: belopp, formel: rus + ovrig}
      - {namn: andel, rubrik: Andel 1:1, typ: kvot, taljare: rus, namnare: total,
         decimaler: 0, hogst: "50 %"}
    rader:
      - {projekt: Smart industri, rus: 2 400 000, ovrig: 5 100 000}
      - {projekt: Besöksnäring, rus: 950 000, ovrig: 750 000}
      - {projekt: Avslaget, rus: "–", ovrig: "–"}
"""
NBSP = "\u00a0"


def problems(tmp_path: Path, text: str) -> list[str]:
    """The case's problems as printed, without the folder."""
    case = tmp_path / "x.yaml"
    case.write_text(text, encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().check(case, "x.yaml")
            .problems]


def test_a_row_above_the_highest_share_is_an_error_at_its_amount(tmp_path: Path) -> None:
    assert problems(tmp_path, CASE) == [
        f"x.yaml:25:38: Andel 1:1 är 56{NBSP}% på raden 'Besöksnäring' (1:1-medel "
        f"950{NBSP}000{NBSP}kr av Total budget 1{NBSP}700{NBSP}000{NBSP}kr), men får inte vara "
        f"högre än 50{NBSP}% ('hogst: 50 %' i kolumnen); rätta beloppen"]


def test_a_named_percentage_is_a_limit_and_rows_within_it_pass(tmp_path: Path) -> None:
    within = CASE.replace("rus: 950 000, ovrig: 750 000", "rus: 850 000, ovrig: 850 000")
    assert problems(tmp_path, within.replace('hogst: "50 %"', "hogst: belopp.stodandel")) == []


def test_the_exact_share_counts_and_the_message_shows_its_decimals(tmp_path: Path) -> None:
    above = CASE.replace("rus: 950 000, ovrig: 750 000", "rus: 504 000, ovrig: 496 000")
    assert [p.split(" (1:1")[0] for p in problems(tmp_path, above)] == [
        f"x.yaml:25:38: Andel 1:1 är 50,4{NBSP}% på raden 'Besöksnäring'"]


def test_a_lowest_share_is_checked_alike_in_a_share_column(tmp_path: Path) -> None:
    shares = CASE.replace("typ: kvot, taljare: rus, namnare: total", "typ: andel, av: rus") \
        .replace('hogst: "50 %"', 'minst: "30 %"')
    assert problems(tmp_path, shares) == [
        f"x.yaml:25:38: Andel 1:1 är 28{NBSP}% på raden 'Besöksnäring' (1:1-medel "
        f"950{NBSP}000{NBSP}kr av summan av 1:1-medel 3{NBSP}350{NBSP}000{NBSP}kr), men får "
        f"inte vara lägre än 30{NBSP}% ('minst: 30 %' i kolumnen); rätta beloppen"]


def test_a_limit_that_is_no_percentage_says_how_to_write_one(tmp_path: Path) -> None:
    assert problems(tmp_path, CASE.replace('hogst: "50 %"', "hogst: 50")) == [
        "x.yaml:22:31: 'hogst': kolumnen visar procent, så skriv gränsen som en procentsats "
        "med procenttecken, t.ex. 'hogst: \"50 %\"'"]
    assert problems(tmp_path, CASE.replace('hogst: "50 %"', "hogst: belopp.bidrag")) == [
        "x.yaml:22:31: 'hogst': 'belopp.bidrag' är ingen av ärendets procentsatser; skriv "
        "procentsatsen med procenttecken, t.ex. \"50 %\", eller under 'belopp:', t.ex. "
        "'stodandel: \"50 %\"'"]


def test_a_share_of_counts_is_checked_with_the_counts_without_a_unit(tmp_path: Path) -> None:
    # (trial 94, F6: shares of places, a count column)
    counts = CASE.replace("typ: kvot, taljare: rus, namnare: total", "typ: andel, av: platser") \
        .replace('hogst: "50 %"', 'minst: "30 %"') \
        .replace("      - {namn: total,", "      - {namn: platser, rubrik: Platser, typ: antal}\n"
                 "      - {namn: total,") \
        .replace("ovrig: 5 100 000}", "ovrig: 5 100 000, platser: 12}") \
        .replace("ovrig: 750 000}", "ovrig: 750 000, platser: 5}")
    assert problems(tmp_path, counts) == [
        f"x.yaml:26:72: Andel 1:1 är 29{NBSP}% på raden 'Besöksnäring' (Platser 5 av summan "
        f"av Platser 17), men får inte vara lägre än 30{NBSP}% ('minst: 30 %' i kolumnen); "
        "rätta antalen"]

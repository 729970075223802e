"""Specification, by exact messages: a published list of fixed amounts whose own total misses
the sum of its amounts by a slip that rounding explains (trial 68, F2).

Finansdepartementet's list for Blekinge says "Summa kommuner 168 042 326" beside five amounts
that add up to 168 042 325. Copied as a split of fixed amounts, the stated `summa` is an
error, and the message offers both routes: correct the total, or, to keep the list as
decided, copy it as a table with `avrundat: true`, which keeps the stated total. `avrundat`
written in the split itself is refused with the same route; a split always adds up.
"""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline

NBSP = "\u00a0"

BLEKINGE = """\
dokumenttyp: beslutsunderlag
datum: 2016-04-20
dnr: RD 2016/118
titel: Preliminär fördelning
avsnitt:
  - rubrik: Blekinge län
    tabell: uppdelning
    uppdelning: blekinge
uppdelningar:
  - namn: blekinge
    metod: fasta
    summa: {summa}{extra}
    parter:
      - {{namn: Karlshamn, belopp: 31 108 914}}
      - {{namn: Karlskrona, belopp: 54 546 990}}
      - {{namn: Olofström, belopp: 21 869 886}}
      - {{namn: Ronneby, belopp: 45 742 728}}
      - {{namn: Sölvesborg, belopp: 14 773 807}}
"""
"""Five amounts, 168 042 325 kr in all."""

TABLE_ROUTE = (
    "är det en publicerad lista med belopp avrundade var för sig som ska stå kvar som "
    "beslutad, skriv av den som en tabell under 'tabeller' med 'avrundat: true'")


def problems(tmp_path: Path, summa: str, extra: str = "") -> list[str]:
    """What `beslut kontrollera` prints for the Blekinge list with this total."""
    path = tmp_path / "x.yaml"
    path.write_text(BLEKINGE.format(summa=summa, extra=extra), encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(path).problems]


def test_a_total_one_krona_off_offers_the_table_that_keeps_it(tmp_path: Path) -> None:
    assert problems(tmp_path, "168 042 326") == [
        f"x.yaml:12:12: angiven summa 168{NBSP}042{NBSP}326{NBSP}kr för uppdelningen "
        f"'blekinge' stämmer inte med summan av de fasta beloppen 168{NBSP}042{NBSP}325{NBSP}kr "
        f"(den angivna är 1{NBSP}kr för hög); {TABLE_ROUTE}, så står den angivna summan kvar "
        "(se 'beslut format --handbok', avsnittet Avrundade belopp); annars rätta summan "
        "eller ta bort den så räknas den ut"]


def test_a_total_further_off_than_rounding_reaches_is_only_to_be_corrected(
        tmp_path: Path) -> None:
    # five amounts rounded to whole kronor reach at most 2,50 kr
    assert problems(tmp_path, "168 042 328") == [
        f"x.yaml:12:12: angiven summa 168{NBSP}042{NBSP}328{NBSP}kr för uppdelningen "
        f"'blekinge' stämmer inte med summan av de fasta beloppen 168{NBSP}042{NBSP}325{NBSP}kr "
        f"(den angivna är 3{NBSP}kr för hög); rätta summan eller ta bort den så räknas den ut"]


def test_avrundat_in_a_split_points_to_the_table(tmp_path: Path) -> None:
    assert problems(tmp_path, "168 042 325", "\n    avrundat: true") == [
        "x.yaml:13:5: okänd nyckel 'avrundat' i en uppdelning: en uppdelning går alltid ihop "
        f"med sin summa; {TABLE_ROUTE} (se 'beslut format --handbok', avsnittet Avrundade "
        "belopp), annars ta bort 'avrundat'"]

"""Specification: an amount in a point that is a table's figure rounded to a larger unit
("133,2 mnkr" for 133 203 tkr) is told of as that figure rounded, to be named exactly, not
offered as a new amount of the case's own (trial 88, F2: the advice 'ram: 133200000' made
a decision 3 000 kr off its table pass)."""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline

CASE = """\
dokumenttyp: beslutsunderlag
datum: 2020-11-27
dnr: RTJ 2020/31
titel: Medlemsbidrag 2021
forslag:
  beslutande: Direktionen
  punkter:
    - fastställa medlemsbidragen för 2021 till {amount} fördelat enligt tabellen.
avsnitt: [{{rubrik: Medlemsbidrag, tabell: medlemsbidrag}}]
tabeller:
  - namn: medlemsbidrag
    enhet: tkr
    kolumner:
      - {{namn: kommun, rubrik: Kommun}}
      - {{namn: bidrag, rubrik: Medlemsbidrag, typ: belopp}}
    rader:
      - {{kommun: Berg, bidrag: 12 832}}
      - {{kommun: Östersund, bidrag: 120 371}}
"""


def problems(tmp_path: Path, amount: str) -> list[str]:
    """The case's problems with `amount` in its point, without the folder."""
    path = tmp_path / "x.yaml"
    path.write_text(CASE.format(amount=amount), encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "").replace("\u00a0", " ")
            for p in Pipeline().build(path).problems]


def test_a_total_rounded_to_mnkr_is_to_be_named_exactly(tmp_path: Path) -> None:
    assert problems(tmp_path, "133,2 mnkr") == [
        "x.yaml:8:48: beloppet '133,2 mnkr' i förslaget är 133,203 mnkr avrundat, och i en "
        "punkt står beloppet som det beslutas, exakt; hänvisa till det med "
        "{{ tabeller.medlemsbidrag.summa }}"]


def test_an_amount_that_is_no_rounding_of_it_is_offered_as_before(tmp_path: Path) -> None:
    assert problems(tmp_path, "133,3 mnkr")[0].startswith(
        "x.yaml:8:48: beloppet '133,3 mnkr' i förslaget finns inte i tabellerna (närmast: "
        "133,203 mnkr)")

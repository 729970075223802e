"""Specification of a row whose text states a count at a price ("200 fastigheter à 215 755
kr") and whose amount is not their product (trial 49, F9); a price times a count ("Timtaxa
á 1006 kr x 3 h", trial 53, F4) reads alike."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline

CASE = """\
dokumenttyp: tjansteskrivelse
datum: 2025-05-12
dnr: KS 2025/211
titel: Projektkalkyl
avsnitt:
  - tabell: t
tabeller:
  - namn: t
    enhet: {unit}
    kolumner:
      - {{namn: post, rubrik: Post}}
      - {{namn: belopp, rubrik: Kalkyl, typ: belopp}}
    rader:
      - {{post: "{label}", belopp: "{amount}"}}
      - {{post: Övrigt, belopp: 100}}
"""


def problems(tmp_path: Path, label: str, amount: str, unit: str = "kr") -> list[str]:
    """The case's problems as printed, without the folder."""
    case = tmp_path / "x.yaml"
    case.write_text(CASE.format(label=label, amount=amount, unit=unit), encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().check(case, "x.yaml")
            .problems]


def test_an_amount_that_is_not_the_count_at_the_price_is_warned_about(tmp_path: Path) -> None:
    assert problems(tmp_path, "Gatukostnadsersättning, 200 fastigheter à 215 755 kr",
                    "43 104 500") == [
        "x.yaml:14:80: varning: raden 'Gatukostnadsersättning, 200 fastigheter à 215 755 kr' "
        "säger 200 fastigheter à 215 755 kr, som blir 43\u00a0151\u00a0000\u00a0kr, men "
        "beloppet är 43\u00a0104\u00a0500\u00a0kr; rätta beloppet eller texten, eller räkna ut "
        "beloppet med en formel, t.ex. formel: antal * pris"]


def test_a_price_times_a_count_is_read_as_a_count_at_the_price(tmp_path: Path) -> None:
    # (trial 53, F4: the fee list's own example, with "á" for "à", passed without a word)
    assert problems(tmp_path, "Timtaxa á 1006 kr x 3 h", "3108") == [
        "x.yaml:14:51: varning: raden 'Timtaxa á 1006 kr x 3 h' säger 1006 kr x 3 h, som blir "
        "3\u00a0018\u00a0kr, men beloppet är 3\u00a0108\u00a0kr (två siffror omkastade); "
        "rätta beloppet eller texten, eller räkna ut beloppet med en formel, t.ex. "
        "formel: antal * pris",
        "x.yaml:14:27: varning: '1006 kr' saknar mellanslag mellan tusentalen, skriv '1 006 kr' "
        "(dokumentet skriver belopp så)",
        "x.yaml:14:25: varning: 'á 1006' har 'á' i stället för 'à', skriv 'à 1006' "
        "(dokumentet skriver det så)"]


@pytest.mark.parametrize(("label", "amount", "unit"), [
    ("Timtaxa à 1 006 kr x 3 h", "3 018", "kr"),
    ("Tillsyn 3 h x 1 006 kr", "3 018", "kr"),
    ("Ersättning 3 × 1 250 kr", "3 750", "kr"),
    ("Tillsyn 1,5 h à 1 006 kr", "1 509", "kr"),
    ("Skylt 2 x 3 m, 500 kr", "500", "kr"),  # (no price times a count)
    ("Gatukostnadsersättning, 200 fastigheter à 215 755 kr", "43 151 000", "kr"),
    ("Skyltar, 12 st à 8,40 kr", "100,80", "kr"),
    ("Ersättning 3 à 1 250 kronor", "3 750", "kr"),
    ("200 fastigheter à 215 756 kr", "43 151", "tkr"),  # (rounded to whole tkr)
    ("Timavgift à 500 kr", "500", "kr"),  # (no count)
    ("Moms 25 % à 100 kr", "3", "kr"),
])
def test_an_amount_that_is_the_product_or_no_count_at_a_price_passes(
        tmp_path: Path, label: str, amount: str, unit: str) -> None:
    assert problems(tmp_path, label, amount, unit) == []

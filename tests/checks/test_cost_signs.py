"""Specification of costs typed as positive amounts beside income in a table that nets them
(trial 49, F1): a projektkalkyl with "Utgifter" written without a minus sign gave a "Netto"
of 86 255 500 kr for 46 500 kr, without a word."""

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
  - tabell: backen
tabeller:
  - namn: backen
    totalt: {total}
    kolumner:
      - {{namn: post, rubrik: Post}}
      - {{namn: belopp, rubrik: Kalkyl, typ: belopp}}
    rader:
      - post: Intäkter
        delsumma: Summa intäkter
        rader:
          - {{post: Gatukostnadsersättning, belopp: 43 151 000}}
      - post: {costs}
        {subtotal}
        rader:
          - {{post: Gator, belopp: "{first}"}}
          - {{post: Projektering, belopp: "{second}"}}
"""


def problems(tmp_path: Path, text: str) -> list[str]:
    """The case's problems as printed, without the folder."""
    case = tmp_path / "x.yaml"
    case.write_text(text, encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().check(case, "x.yaml")
            .problems]


def kalkyl(total: str = "Netto", costs: str = "Utgifter",
           subtotal: str = "delsumma: Summa utgifter", first: str = "43 000 000",
           second: str = "104 500") -> str:
    """The case with its total's label, its cost group's text and subtotal, and two costs."""
    return CASE.format(total=total, costs=costs, subtotal=subtotal, first=first, second=second)


def test_positive_costs_under_a_netto_are_warned_about_at_their_group(tmp_path: Path) -> None:
    assert problems(tmp_path, kalkyl()) == [
        "x.yaml:18:9: varning: beloppen under 'Utgifter' är positiva, så totalraden 'Netto' i "
        "tabellen 'backen' lägger ihop dem med intäkterna i stället för att dra ifrån dem och "
        "blir 86\u00a0255\u00a0500\u00a0kr; skriv utgifterna med minustecken "
        '(t.ex. "-43 000 000") om de ska dras ifrån']


@pytest.mark.parametrize(("total", "costs", "subtotal"), [
    ("Resultat", "Kostnader", "delsumma: nej"),
    ("Årets överskott", "Investeringar", ""),
    ("Totalt", "Driftkostnader", "delsumma: Summa driftkostnader"),
])
def test_every_netting_total_or_cost_subtotal_is_a_kalkyl(tmp_path: Path, total: str,
                                                          costs: str, subtotal: str) -> None:
    found = problems(tmp_path, kalkyl(total, costs, subtotal))
    assert len(found) == 1
    assert f"beloppen under '{costs}' är positiva" in found[0]
    assert f"skriv {costs.lower()}na med minustecken" in found[0]


def test_a_group_not_named_in_one_plural_word_is_named_by_its_amounts(tmp_path: Path) -> None:
    found = problems(tmp_path, kalkyl(costs="Utgift för gator"))
    assert "skriv beloppen under 'Utgift för gator' med minustecken" in found[0]


@pytest.mark.parametrize(("total", "subtotal", "first", "second"), [
    ("Netto", "delsumma: Summa utgifter", "-43 000 000", "-104 500"),  # (written as costs)
    ("Netto", "delsumma: Summa utgifter", "43 000 000", "-104 500"),  # (mixed: a correction)
    ("Totalt", "", "43 000 000", "104 500"),  # (no netto, no subtotal: a list of flows)
    ("Netto", "delsumma: Summa utgifter", "0", "0"),
])
def test_costs_written_negative_or_a_plain_list_are_left_alone(
        tmp_path: Path, total: str, subtotal: str, first: str, second: str) -> None:
    assert problems(tmp_path, kalkyl(total, "Utgifter", subtotal, first, second)) == []


def test_costs_beside_no_income_are_left_alone(tmp_path: Path) -> None:
    text = kalkyl().replace("Intäkter", "Finansiering").replace("Summa intäkter", "Summa")
    assert problems(tmp_path, text) == []


def test_a_stated_netto_right_with_the_costs_subtracted_says_so(tmp_path: Path) -> None:
    text = kalkyl().replace("    totalt: Netto\n", "    totalt: Netto\n    summa: 46 500\n")
    assert problems(tmp_path, text)[0] == (
        "x.yaml:10:12: angiven summa 46\u00a0500\u00a0kr för totalraden 'Netto' i tabellen "
        "'backen' stämmer inte med summan av delarna 86\u00a0255\u00a0500\u00a0kr (den angivna "
        "är 86\u00a0209\u00a0000\u00a0kr för låg); den stämmer om 'Summa utgifter' dras ifrån: "
        'skriv utgifterna med minustecken (t.ex. "-43 000 000"), annars rätta summan eller ta '
        "bort den så räknas den ut")


def test_a_stated_netto_off_by_something_else_gets_no_such_hint(tmp_path: Path) -> None:
    text = kalkyl().replace("    totalt: Netto\n", "    totalt: Netto\n    summa: 46 600\n")
    assert "dras ifrån" not in problems(tmp_path, text)[0]


def test_a_cost_quoted_without_its_sign_is_read_as_the_size_of_the_costs(tmp_path: Path) -> None:
    # (trial 49, F2: "kostnaden … 43 140 500 kronor", two digits swapped from the costs'
    # −43 104 500, was matched to the income's 43 151 000, only nearer in size)
    text = kalkyl(first="-43 000 000", second="-104 500").replace(
        "avsnitt:\n  - tabell: backen\n",
        "avsnitt:\n  - text: Den faktiska kostnaden uppgår till totalt 43 140 500 kronor.\n"
        "    tabell: backen\n")
    assert problems(tmp_path, text) == [
        "x.yaml:6:53: varning: beloppet '43 140 500 kronor' i texten finns inte i tabellerna, "
        "men med två siffror omkastade stämmer det med det "
        "beräknade −43\u00a0104\u00a0500\u00a0kr i delsumman 'Summa utgifter' under 'Utgifter' "
        "utan minustecken; menar texten det beloppet, skriv "
        "{{ tabeller.backen.rader[1].belopp | utan_tecken }} så följer texten tabellen"]

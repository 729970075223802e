"""Specification of the warning at a reallocation table that does not come to zero (trial
66, F1): an omdisponering with −100 and +110 printed "Summa omdisponering 10" without a word,
unless the case wrote `summa: 0` itself."""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline

CASE = """\
dokumenttyp: tjansteskrivelse
datum: 2025-05-12
dnr: KS 2025/211
titel: Budget för kultur och fritid
avsnitt:
  - rubrik: {heading}
    text: {text}
    tabell: flytt
tabeller:
  - namn: flytt
    enhet: tkr
    totalt: {total}
    kolumner:
      - {{namn: verksamhet, rubrik: Verksamhet}}
      - {{namn: belopp, rubrik: Förändring, typ: belopp}}
    rader:
      - {{verksamhet: Bibliotek, belopp: "-100"}}
      - {{verksamhet: Fritidsgårdar, belopp: "{second}"}}
{summa}"""


def problems(tmp_path: Path, text: str) -> list[str]:
    """The case's problems as printed, without the folder."""
    case = tmp_path / "x.yaml"
    case.write_text(text, encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().check(case, "x.yaml")
            .problems]


def flytt(heading: str = "Ärendet", text: str = "Medel omfördelas mellan verksamheterna.",
          total: str = "Summa", second: str = "+110", summa: str = "") -> str:
    """The case: its section's heading and text, the table's total label, the second row's
    amount and a stated sum (a line under the table, or none)."""
    return CASE.format(heading=heading, text=text, total=total, second=second, summa=summa)


UNBALANCED = (
    "x.yaml:10:5: varning: tabellen 'flytt' har både negativa och positiva belopp och gäller "
    "en omfördelning ('{said}'), men beloppen tar inte ut varandra: summan blir 10\u00a0tkr; "
    "ska de bli noll, skriv 'summa: 0' i tabellen så visar kontrollen vilken rad som inte "
    "stämmer, eller rätta raden; är summan rätt, skriv 'summa: \"10\"'")


def test_a_reallocation_that_does_not_come_to_zero_is_warned_about_at_its_table(
        tmp_path: Path) -> None:
    assert problems(tmp_path, flytt()) == [UNBALANCED.format(said="omfördelas")]


def test_the_total_label_a_heading_or_a_move_from_to_names_a_reallocation(
        tmp_path: Path) -> None:
    plain = "Tabellen visar beloppen."
    assert problems(tmp_path, flytt(text=plain, total="Summa omdisponering")) == [
        UNBALANCED.format(said="omdisponering")]
    assert problems(tmp_path, flytt(heading="Ramjustering 2025", text=plain)) == [
        UNBALANCED.format(said="Ramjustering")]
    assert problems(tmp_path, flytt(text="100 tkr flyttas från biblioteket till "
                                         "fritidsgårdarna.")) == [
        UNBALANCED.format(said="flyttas från biblioteket till")]


def test_a_reallocation_that_comes_to_zero_is_right(tmp_path: Path) -> None:
    assert problems(tmp_path, flytt(second="100")) == []


def test_a_stated_zero_sum_leaves_it_to_the_sum_check_which_names_the_total(
        tmp_path: Path) -> None:
    assert problems(tmp_path, flytt(summa="    summa: 0\n")) == [
        "x.yaml:19:12: angiven summa 0\u00a0tkr för totalraden 'Summa' i tabellen 'flytt' "
        "stämmer inte med summan av delarna 10\u00a0tkr (den angivna är 10\u00a0tkr för låg); "
        "rätta summan "
        "eller ta bort den så räknas den ut"]


def test_a_stated_total_that_is_not_zero_is_no_reallocation_to_warn_about(
        tmp_path: Path) -> None:
    assert problems(tmp_path, flytt(summa="    summa: 10\n")) == []


def test_a_table_that_names_no_reallocation_may_net_to_anything(tmp_path: Path) -> None:
    assert problems(tmp_path, flytt(heading="Budget", text="Tabellen visar beloppen.")) == []


def test_amounts_of_one_sign_are_no_reallocation(tmp_path: Path) -> None:
    one_sign = flytt().replace('"-100"', "100")
    assert problems(tmp_path, one_sign) == []


def test_an_ombudgetering_carries_funds_over_and_is_no_reallocation(tmp_path: Path) -> None:
    # (trial 71, F5: "ombudgetering från föregående år", 126,2 mnkr carried over from 2022,
    # was told to write 'summa: 0' first)
    plain = "Tabellen visar ombudgetering från föregående år."
    assert problems(tmp_path, flytt(heading="Ombudgetering 2025", text=plain)) == []

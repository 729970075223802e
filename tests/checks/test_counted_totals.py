"""Specification: an amount a sentence shares among N recipients right above their table
(trial 45, F4).

Gotlands kommun, kulturarbetsstipendier 2002: "Av anslaget på 42 000 kronor föreslås 37 000
kronor fördelas till sex olika projekt" above a table of 5 rows totalling 27 000 kr (a row
was missing) passed in silence: "fördelas" counted as a total only before "enligt följande".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline
from generator.checks.literal_amounts import find_amounts
from generator.checks.literal_amounts_counts import counted_totals

NBSP = "\u00a0"

STIPENDIER = """\
dokumenttyp: lagesbeskrivning
datum: 2002-02-20
dnr: nej
titel: Kulturarbetsstipendier 2002
avsnitt:
  - rubrik: Arbetsutskottets förslag
    text: {text}
    tabell: forslag
    text_efter: {after}
  - rubrik: Övrigt
    text: {other}
tabeller:
  - namn: forslag
    kolumner:
      - {{namn: mottagare, rubrik: Stipendiat}}
      - {{namn: projekt, rubrik: Projekt}}
      - {{namn: belopp, rubrik: Stipendium, typ: belopp}}
    rader:
      - {{mottagare: Carin Gyllenhammar, projekt: teaterproduktion, belopp: 11 000}}
      - {{mottagare: Linus Alfredsson, projekt: stenhuggeriprojekt, belopp: 10 000}}
      - {{mottagare: Samir Dawod, projekt: textbehandling, belopp: 2 000}}
      - {{mottagare: Samir Dawod, projekt: studie om kultur, belopp: 2 000}}
      - {{mottagare: Kallelina Glansk, projekt: Mer-ka-ba, belopp: 2 000}}
"""
"""The trial's proposal: 5 rows, 27 000 kr; the sentence in the table's section (text), after
the table (after) or in the next section (other)."""
TRIAL = ("Av anslaget på 42 000 kronor föreslås 37 000 kronor fördelas till sex olika projekt "
         "och 5 000 kronor kvarstå för senare fördelning.")
PLAIN = "Inget mer."
SUM = "{{ tabeller.forslag.summa }}"


def problems(tmp_path: Path, text: str, after: str = PLAIN, other: str = PLAIN) -> list[str]:
    """What `beslut kontrollera` prints for the proposal with these texts."""
    case = tmp_path / "x.yaml"
    case.write_text(STIPENDIER.format(text=text, after=after, other=other), encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(case).problems]


def shared(column: int, amount: str, said: str, end: str, rows: int = 5,
           total: str = "27 000") -> str:
    """The warning for an amount shared among recipients that the table does not show."""
    return (f"x.yaml:7:{column}: varning: texten säger att {amount} fördelas till {said}, men "
            f"tabellen 'forslag' under texten har {rows} rader och summan "
            f"{total.replace(' ', NBSP)}{NBSP}kr; {end}")


MISSING_ROW = f"saknas en rad i tabellen, eller menar texten tabellens summa? skriv då {SUM} så " \
    "följer texten tabellen"


class DescribeAnAmountSharedAmongRecipientsAboveTheirTable:
    def it_warns_where_the_table_has_fewer_rows_and_another_sum(self, tmp_path: Path) -> None:
        assert problems(tmp_path, TRIAL) == [
            shared(49, "37 000 kronor", "sex projekt", MISSING_ROW)]

    @pytest.mark.parametrize("text", [
        "Nämnden föreslår att 37 000 kr fördelas till 6 projekt.",
        "'Av anslaget fördelas 37 000 kr till sex projekt enligt följande:'",
    ])
    def it_reads_the_amount_before_or_after_fordelas(self, tmp_path: Path, text: str) -> None:
        [found] = problems(tmp_path, text)
        assert found.endswith(f"har 5 rader och summan 27{NBSP}000{NBSP}kr; {MISSING_ROW}")

    def it_says_two_missing_rows(self, tmp_path: Path) -> None:
        assert problems(tmp_path, "Totalt 37 000 kr fördelas till sju projekt.") == [
            shared(18, "37 000 kr", "sju projekt",
                   f"saknas 2 rader i tabellen, eller menar texten tabellens summa? skriv då "
                   f"{SUM} så följer texten tabellen")]

    def it_warns_about_another_sum_over_as_many_rows(self, tmp_path: Path) -> None:
        assert problems(tmp_path, "Totalt 37 000 kr fördelas till fem projekt.") == [
            shared(18, "37 000 kr", "fem projekt",
                   f"menar texten tabellens summa, skriv {SUM} så följer texten tabellen")]

    def it_warns_about_the_count_under_the_right_sum_where_the_noun_is_a_column(
        self, tmp_path: Path
    ) -> None:
        assert problems(tmp_path, "Totalt 27 000 kr fördelas till sex projekt.") == [
            shared(18, "27 000 kr", "sex projekt",
                   "rätta antalet i texten, eller lägg till raden som saknas")]

    @pytest.mark.parametrize("text", [
        "Totalt 27 000 kr fördelas till fem projekt.",  # (sum and rows agree)
        "Totalt ca 27 000 kr fördelas till fem projekt.",
        "Totalt 27 000 kr fördelas till fyra stipendiater.",  # (one of them twice)
        "Totalt 27 000 kr fördelas till sex kommuner.",  # (counts what no column is)
        "Anslaget är 37 000 kr. Det fördelas till sex projekt.",  # (another sentence)
        "Av 37 000 kr som nämnden har fått i år fördelas till sex projekt.",  # (words apart)
        "Kostnaden på 37 000 kr fördelas till hälften var.",  # (no count)
    ])
    def it_says_nothing_where_the_text_agrees_or_counts_something_else(
        self, tmp_path: Path, text: str
    ) -> None:
        assert problems(tmp_path, text) == []

    def it_compares_a_text_apart_from_the_table_with_every_table_of_the_case(
        self, tmp_path: Path
    ) -> None:
        # the trial's own case had the sentence two sections above the table
        apart = ("varning: texten säger att 37 000 kronor fördelas till sex projekt, men ingen "
                 "tabell i ärendet har den summan: tabellen 'forslag' har 5 rader och summan "
                 f"27{NBSP}000{NBSP}kr; rätta beloppet i texten, eller raderna i tabellen om en "
                 "rad saknas")
        assert problems(tmp_path, PLAIN, after=TRIAL) == [f"x.yaml:9:55: {apart}"]
        assert problems(tmp_path, PLAIN, other=TRIAL) == [f"x.yaml:11:49: {apart}"]

    def it_is_silent_apart_from_the_table_when_a_table_has_the_sum(self, tmp_path: Path) -> None:
        said = "Av anslaget fördelas 27 000 kronor till sex projekt."
        assert problems(tmp_path, PLAIN, other=said) == []


@pytest.mark.parametrize(("text", "amount", "number", "said"), [
    (TRIAL, "37 000 kronor", 6, "sex projekt"),
    ("Sammanlagt omfördelas 2 mnkr till 12 nämnder.", "2 mnkr", 12, "12 nämnder"),
    ("Omfördelas 2 mnkr till tolv nya nämnder.", "2 mnkr", 12, "tolv nämnder"),
])
def test_a_shared_amount_is_read_with_its_count(text: str, amount: str, number: int,
                                                said: str) -> None:
    [found] = counted_totals(text, find_amounts(text))
    assert (found.literal.text, found.number, found.said) == (amount, number, said)

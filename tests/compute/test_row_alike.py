"""Specification: a stated sum that is off by exactly one row's amount says so, and asks for
the probable cause (trial 42: Hudiksvall's published "Summa årsarvode 4 933 008" is 32 832 kr
above its rows, the årsarvode of 14 of them). Too high, the source counted a row twice or has
one the table lacks; too low, the sum left a row out, or the table has one twice. Totals and
group subtotals alike; never for a count, for a difference that rounding may explain, or for
a single total that is checked against the first of several columns. A sum off by what two
swapped digits in exactly one row's amount make (trial 43: 92 700 typed for 97 200) names that
row first, as the likelier slip than the sum."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from generator.build import Pipeline
from generator.case.table_models import GeneralTable, TableColumn, TableRow
from generator.compute.presets import general_spec
from generator.compute.stated import Mismatch, mismatch_text
from generator.compute.tables import compute_table

NBSP = "\u00a0"
ADVICE = "; rätta summan eller ta bort den så räknas den ut"


def row(name: str, amount: object = None, *children: TableRow, **extra: object) -> TableRow:
    """A row with a name, an amount and children."""
    cells = {"namn": name, **({"belopp": amount} if amount is not None else {}), **extra}
    return TableRow(rader=list(children), **cells)  # type: ignore[arg-type]


def mismatches(*rows: TableRow, typ: Literal["belopp", "antal"] = "belopp",
               **options: object) -> list[Mismatch]:
    """The mismatches of a two-column table (name, amount or count) with these rows."""
    columns = [TableColumn(namn="namn"), TableColumn(namn="belopp", typ=typ)]
    spec, _ = general_spec(GeneralTable(namn="t", kolumner=columns, rader=list(rows),
                                        **options), ("tabeller", 0))  # type: ignore[arg-type]
    return compute_table(spec)[1]


def kr(figure: str) -> str:
    """A figure in kronor as messages print it."""
    return figure.replace(" ", NBSP) + f"{NBSP}kr"


class DescribeAStatedTotalOffByOneRow:
    def it_names_the_row_and_asks_whether_the_sum_counts_it_twice(self) -> None:
        [found] = mismatches(row("Lund", 32_832), row("Malmö", 65_664), summa=131_328)
        assert mismatch_text(found) == (
            f"angiven summa {kr('131 328')} för totalen i tabellen 't' stämmer inte med summan "
            f"av delarna {kr('98 496')} (den angivna är {kr('32 832')} för hög), lika med "
            "beloppet på raden 'Lund': kontrollera om summan räknar en rad två gånger eller om "
            "en rad saknas i tabellen" + ADVICE)

    def it_counts_the_rows_when_several_have_the_amount(self) -> None:
        [found] = mismatches(row("a", 500), row("b", 500), row("c", 800), summa=2_300)
        assert mismatch_text(found) == (
            f"angiven summa {kr('2 300')} för totalen i tabellen 't' stämmer inte med summan "
            f"av delarna {kr('1 800')} (den angivna är {kr('500')} för hög), lika med beloppet "
            "på en rad (2 rader har det beloppet): kontrollera om summan räknar en rad två "
            "gånger eller om en rad saknas i tabellen" + ADVICE)

    def it_asks_whether_a_sum_too_low_left_the_row_out(self) -> None:
        [found] = mismatches(row("a", 500), row("b", 800), summa=800)
        assert mismatch_text(found).endswith(
            f"(den angivna är {kr('500')} för låg), lika med beloppet på raden 'a': "
            "kontrollera om en rad saknas i summan" + ADVICE)

    def it_asks_too_whether_the_table_has_a_row_twice_when_two_have_the_amount(self) -> None:
        [found] = mismatches(row("a", 500), row("a", 500), row("b", 800), summa=1_300)
        assert mismatch_text(found).endswith(
            f"(den angivna är {kr('500')} för låg), lika med beloppet på en rad (2 rader har "
            "det beloppet): kontrollera om en rad saknas i summan eller står två gånger i "
            "tabellen" + ADVICE)


class DescribeAGroupsSubtotal:
    def it_names_the_child_row_whose_amount_the_subtotal_is_off_by(self) -> None:
        [found] = mismatches(row("Skåne", 1_700, row("Lund", 300), row("Malmö", 1_100)))
        assert mismatch_text(found) == (
            f"angiven summa {kr('1 700')} för raden 'Skåne' stämmer inte med summan av delarna "
            f"{kr('1 400')} (den angivna är {kr('300')} för hög), lika med beloppet på raden "
            "'Lund': kontrollera om summan räknar en rad två gånger eller om en rad saknas i "
            "tabellen" + ADVICE)

    def it_looks_at_the_rows_inside_groups_for_the_total(self) -> None:
        [found] = mismatches(row("Skåne", None, row("Lund", 300), row("Malmö", 1_100)),
                             row("Blekinge", 900), summa=2_000)
        assert found.alike == ("raden 'Lund'",)


class DescribeWhereItSaysNothing:
    def it_says_nothing_when_no_row_has_the_difference(self) -> None:
        [found] = mismatches(row("a", 500), row("b", 800), summa=1_400)
        assert mismatch_text(found).endswith(f"(den angivna är {kr('100')} för hög)" + ADVICE)

    def it_does_not_match_a_count_where_many_rows_count_one(self) -> None:
        [found] = mismatches(row("a", 1), row("b", 4), summa={"belopp": 6}, typ="antal")
        assert found.alike == ()

    def it_leaves_a_difference_rounding_may_explain_to_the_rounding_hint(self) -> None:
        [found] = mismatches(row("a", 1), row("b", 3), summa=5)
        assert (found.may_be_rounded, found.alike) == (True, ())


class DescribeAStatedTotalOffByASwapInOneRow:
    """Trial 43: Landskrona's list, "Landskrona Alpo" typed 92 700 for the source's 97 200;
    the stated total 502 800 is right, and the row is what to check."""

    def it_names_the_row_and_the_amount_a_swap_of_two_digits_makes(self) -> None:
        [found] = mismatches(row("KF Länken", 150_800), row("Landskrona Alpo", 92_700),
                             row("KRIS", 63_400), summa=311_400)
        assert mismatch_text(found) == (
            f"angiven summa {kr('311 400')} för totalen i tabellen 't' stämmer inte med summan "
            f"av delarna {kr('306 900')} (den angivna är {kr('4 500')} för hög), och med två "
            "siffror omkastade på raden 'Landskrona Alpo' stämmer summan; kontrollera raden "
            "'Landskrona Alpo' (97\u00a0200 i stället för 92\u00a0700?), annars rätta summan "
            "eller ta bort den så räknas den ut")

    def it_reads_a_sum_too_low_as_a_row_too_high(self) -> None:
        [found] = mismatches(row("a", 97_200), row("b", 1_000), summa=93_700)
        assert found.swapped == ("raden 'a'", 97_200, 92_700)

    def it_says_nothing_when_two_rows_could_be_swapped(self) -> None:
        [found] = mismatches(row("a", 92_700), row("b", 12_700), summa=109_900)
        assert (found.swapped, mismatch_text(found).endswith(
            f"(den angivna är {kr('4 500')} för hög)" + ADVICE)) == (None, True)

    def it_leaves_a_sum_that_is_itself_the_rows_sum_swapped_to_the_advice_to_correct_it(
        self,
    ) -> None:
        [found] = mismatches(row("a", 12), row("b", 277), summa=298)  # (289 typed as 298)
        assert (found.swapped, mismatch_text(found).endswith(
            f"(den angivna är {kr('9')} för hög)" + ADVICE)) == (None, True)

    def it_says_nothing_when_no_swap_makes_the_difference(self) -> None:
        [found] = mismatches(row("a", 92_700), row("b", 1_000), summa=98_300)
        assert found.swapped is None


LANDSKRONA = """\
dokumenttyp: lagesbeskrivning
datum: 2002-04-14
dnr: nej
titel: Bidrag till föreningar 2002
avsnitt:
  - rubrik: Bidrag per förening
    tabell: bidrag
tabeller:
  - namn: bidrag
    kolumner:
      - {namn: forening, rubrik: Förening}
      - {namn: belopp, rubrik: Bidrag, typ: belopp}
    rader:
      - {forening: KF Länken, belopp: 150 800}
      - {forening: Landskrona Alpo, belopp: 92 700}
      - {forening: KRIS, belopp: 63 400}
    summa: 311 400
"""


def test_the_message_stands_at_the_stated_sum(tmp_path: Path) -> None:
    case = tmp_path / "x.yaml"
    case.write_text(LANDSKRONA, encoding="utf-8")
    assert [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(case).problems] \
        == [f"x.yaml:17:12: angiven summa {kr('311 400')} för totalen i tabellen 'bidrag' "
            f"stämmer inte med summan av delarna {kr('306 900')} (den angivna är {kr('4 500')} "
            "för hög), och med två siffror omkastade på raden 'Landskrona Alpo' stämmer "
            "summan; kontrollera raden 'Landskrona Alpo' (97\u00a0200 i stället för "
            "92\u00a0700?), annars rätta summan eller ta bort den så räknas den ut"]

"""Specification of the splits a case asks for: exact parts, fixed amounts with or without a
remainder party, groups of parties, and messages that say what to write instead."""

from __future__ import annotations

from decimal import Decimal

from generator.case.split_models import Split, SplitParty
from generator.compute.case_splits import compute_split
from generator.problems import Finding, Loc

NBSP = "\u00a0"
NORTHERN = [
    ("Region Västernorrland", 245_347),
    ("Region Jämtland Härjedalen", 130_810),
    ("Region Västerbotten", 271_736),
    ("Region Norrbotten", 250_497),
]
LOC: Loc = ("uppdelningar", 0)


def kr(text: str) -> str:
    """Amounts with the no-break spaces of the messages: '1_000_kr' → '1 000 kr'."""
    return text.replace("_", NBSP)


class DescribeSplitsByKey:
    def it_splits_by_population_exactly(self) -> None:
        split = Split(namn="norra", summa=1_000_000, metod="befolkning",
                      parter=[SplitParty(namn=n, vikt=Decimal(w)) for n, w in NORTHERN])
        result, failures = compute_split(split, LOC)
        assert failures == []
        assert result is not None
        assert result.phrase == "fördelat efter befolkningsandel"
        assert result.parts == (
            ("Region Västernorrland", 273_096), ("Region Jämtland Härjedalen", 145_605),
            ("Region Västerbotten", 302_470), ("Region Norrbotten", 278_829),
        )
        assert result.total == 1_000_000

    def it_splits_equally_giving_left_over_kronor_to_the_first(self) -> None:
        split = Split(namn="lika", summa=100, metod="lika",
                      parter=[SplitParty(namn=n) for n in "ABC"])
        result, _ = compute_split(split, LOC)
        assert result is not None
        assert result.parts == (("A", 34), ("B", 33), ("C", 33))

    def it_expands_a_group_into_parties_of_equal_weight(self) -> None:
        split = Split(namn="lika", summa=90, metod="vikter", parter=[
            SplitParty(namn=["A", "B"], vikt=Decimal(1)), SplitParty(namn="C", vikt=Decimal(1))])
        result, _ = compute_split(split, LOC)
        assert result is not None
        assert result.parts == (("A", 30), ("B", 30), ("C", 30))

    def it_points_at_the_party_without_a_weight(self) -> None:
        split = Split(namn="v", summa=1_000, metod="vikter",
                      parter=[SplitParty(namn="A", vikt=Decimal(1)), SplitParty(namn="B")])
        assert compute_split(split, ("uppdelningar", 2)) == (None, [Finding(
            ("uppdelningar", 2, "parter", 1),
            "parten 'B' saknar 'vikt', som metoden 'vikter' kräver; lägg till t.ex. vikt: 245347",
        )])

    def it_needs_a_total(self) -> None:
        split = Split(namn="v", metod="lika", parter=[SplitParty(namn="A")])
        assert compute_split(split, LOC) == (None, [Finding(
            LOC, "uppdelningen 'v' behöver 'summa', summan som ska delas; lägg till den")])

    def it_uses_the_cases_method_sentence_or_none(self) -> None:
        split = Split(namn="l", summa=10, metod="lika", metodtext="", parter=[SplitParty(namn="A")])
        result, _ = compute_split(split, LOC)
        assert result is not None and result.phrase == ""


class DescribeFixedAmounts:
    def it_adds_up_fixed_amounts_when_no_party_takes_the_rest(self) -> None:
        split = Split(namn="regioner", metod="fasta", parter=[
            SplitParty(namn=["R1", "R2", "R3"], belopp=2_000_000),
            SplitParty(namn="R4", belopp=1_000_000)])
        result, failures = compute_split(split, LOC)
        assert failures == []
        assert result is not None
        assert result.phrase == "fasta belopp"
        assert result.total == 7_000_000
        assert [amount for _, amount in result.parts] == [2_000_000] * 3 + [1_000_000]

    def it_checks_a_stated_total_against_the_fixed_amounts(self) -> None:
        split = Split(namn="regioner", summa=25_000_000, metod="fasta", parter=[
            SplitParty(namn=[f"R{i}" for i in range(3)], belopp=2_000_000),
            SplitParty(namn=[f"S{i}" for i in range(18)], belopp=1_000_000)])
        result, failures = compute_split(split, LOC)
        assert result is not None and result.total == 24_000_000
        assert failures == [Finding((*LOC, "summa"), kr(
            "angiven summa 25_000_000_kr för uppdelningen 'regioner' stämmer inte med summan av "
            "de fasta beloppen 24_000_000_kr (den angivna är 1_000_000_kr för hög); rätta "
            "summan eller ta bort den så räknas den ut"))]

    def it_gives_the_rest_to_the_named_party_last_when_it_is_not_listed(self) -> None:
        split = Split(namn="f", summa=1_000, metod="fasta", rest_till="C", parter=[
            SplitParty(namn="A", belopp=300), SplitParty(namn="B", belopp=200)])
        result, failures = compute_split(split, LOC)
        assert failures == []
        assert result is not None
        assert result.phrase == "fasta belopp, resten till C"
        assert result.parts == (("A", 300), ("B", 200), ("C", 500))

    def it_keeps_the_remainder_party_where_it_is_listed(self) -> None:
        split = Split(namn="f", summa=1_000, metod="fasta", rest_till="C", parter=[
            SplitParty(namn="C"), SplitParty(namn="A", belopp=300)])
        result, _ = compute_split(split, LOC)
        assert result is not None
        assert result.parts == (("C", 700), ("A", 300))

    def it_refuses_an_amount_for_the_remainder_party_and_says_what_to_write(self) -> None:
        split = Split(namn="f", summa=1_000, metod="fasta", rest_till="C", parter=[
            SplitParty(namn="C", belopp=5), SplitParty(namn="A", belopp=300)])
        assert compute_split(split, LOC) == (None, [Finding(
            (*LOC, "parter", 0, "belopp"),
            "'C' får resten av summan och ska inte ha ett eget belopp; ta bort 'belopp' här, "
            "eller ta bort 'rest_till' om alla har fasta belopp")])

    def it_points_at_the_party_without_a_fixed_amount(self) -> None:
        split = Split(namn="f", metod="fasta", parter=[
            SplitParty(namn="A", belopp=300), SplitParty(namn="B")])
        assert compute_split(split, LOC) == (None, [Finding(
            (*LOC, "parter", 1),
            "parten 'B' saknar 'belopp', som metoden 'fasta' kräver; ange beloppet eller gör "
            "den till 'rest_till'")])

    def it_reports_fixed_amounts_above_the_total(self) -> None:
        split = Split(namn="f", summa=1_000, metod="fasta", rest_till="C",
                      parter=[SplitParty(namn="A", belopp=1_300)])
        assert compute_split(split, LOC) == (None, [Finding(LOC, kr(
            "de fasta beloppen är sammanlagt 1_300_kr, vilket är 300_kr mer än summan 1_000_kr; "
            "rätta beloppen eller summan"))])

    def it_reports_a_total_that_is_not_whole_units(self) -> None:
        split = Split(namn="l", summa=1_500, metod="lika", enhet=1_000,
                      parter=[SplitParty(namn="A")])
        assert compute_split(split, LOC) == (None, [Finding(
            (*LOC, "enhet"), kr("summan 1_500_kr går inte att dela i hela 1_000_kr; ändra "
                                "summan eller 'enhet'"))])

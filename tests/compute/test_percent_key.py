"""Specification of a split's key in percent: the weights are all percentages and add up to
exactly 100 %; a key that does not is one error for the split, never an error for each
stated part (trial 36, F4)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from generator.build import Pipeline
from generator.case.split_models import Split
from generator.compute.case_splits import compute_split
from generator.problems import Finding, Loc

NBSP = "\u00a0"
LOC: Loc = ("uppdelningar", 0)

MEDLEMSAVGIFT = """\
dokumenttyp: godkannande
avsandare:
  - Brandkåren Norra Dalarna
datum: 2021-04-26
dnr: nej
titel: Fördelning av medlemsavgiften 2021
uppdelningar:
  - namn: medlemsavgift
    summa: 57 649 000
    metod: vikter
    rubrik_part: Medlemskommun
    rubrik_vikt: Procentuell fördelning
    parter:
      - {namn: Leksand, vikt: "17,5 %", belopp: 10 088 575}
      - {namn: Mora, vikt: "34,7 %", belopp: 20 004 203}
      - {namn: Orsa, vikt: "10,8 %", belopp: 6 226 092}
      - {namn: Vansbro, vikt: "12,6 %", belopp: 7 263 774}
      - {namn: Älvdalen, vikt: "24,4 %", belopp: 14 066 356}
avsnitt:
  - rubrik: Fördelning av medlemsavgiften
    tabell: uppdelning
    uppdelning: medlemsavgift
"""
"""Brandkåren Norra Dalarna's membership fees 2021 (trial 36): a key in percent, published
with its amounts, which are exactly the percentages of the total."""


def kr(text: str) -> str:
    """Amounts with the no-break spaces of the messages: '1_000_kr' → '1 000 kr'."""
    return text.replace("_", NBSP)


def problems(tmp_path: Path, text: str) -> list[str]:
    """The case's problems as `beslut kontrollera` prints them, without the folder."""
    case = tmp_path / "x.yaml"
    case.write_text(text, encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(case).problems]


def key(*weights: str, amounts: Sequence[int | None] = (), **keys: object) -> Split:
    """A split of 1 000 kr by the weights of parties A, B, C, … as written, with the parts
    `amounts` states."""
    parties: list[dict[str, object]] = [
        {"namn": chr(ord("A") + i), "vikt": w} for i, w in enumerate(weights)]
    for party, amount in zip(parties, amounts, strict=False):
        if amount is not None:
            party["belopp"] = amount
    return Split.model_validate({"namn": "nyckel", "summa": 1_000, "metod": "vikter",
                                 "parter": parties, **keys})


class DescribeAKeyThatAddsUpTo100Percent:
    def it_reproduces_the_published_split_to_the_krona(self, tmp_path: Path) -> None:
        assert problems(tmp_path, MEDLEMSAVGIFT) == []

    def it_counts_each_member_of_a_group(self) -> None:
        split = Split.model_validate({"namn": "g", "summa": 1_000, "metod": "vikter", "parter": [
            {"namn": ["A", "B"], "vikt": "25 %"}, {"namn": "C", "vikt": "50 %"}]})
        result, failures = compute_split(split, LOC)
        assert failures == []
        assert result is not None and result.parts == (("A", 250), ("B", 250), ("C", 500))

    def it_still_names_a_stated_part_that_is_not_its_percentage(self, tmp_path: Path) -> None:
        slip = MEDLEMSAVGIFT.replace("belopp: 6 226 092", "belopp: 6 262 092")
        assert problems(tmp_path, slip) == [kr(
            "x.yaml:9:12: de angivna delarna i uppdelningen 'medlemsavgift' blir tillsammans "
            "57_685_000_kr, inte 57_649_000_kr; ta bort de angivna beloppen så räknas delarna "
            "ut exakt"), kr(
            "x.yaml:16:46: angiven del 6_262_092_kr för Orsa stämmer inte med den exakta delen "
            "6_226_092_kr (fördelat efter procentandel), två siffror omkastade: rätta beloppet "
            "(6_226_092 i stället för 6_262_092?) eller ta bort det så räknas delen ut")]


class DescribeAKeyThatDoesNotAddUp:
    def it_names_the_one_percentage_its_stated_part_contradicts(self, tmp_path: Path) -> None:
        slip = MEDLEMSAVGIFT.replace('vikt: "10,8 %"', 'vikt: "10,9 %"')
        assert problems(tmp_path, slip) == [kr(
            "x.yaml:16:28: procenten i uppdelningen 'medlemsavgift' blir tillsammans 100,1_%, "
            "men vikter i procent ska bli exakt 100_%; Orsa har 10,9_%, men det angivna "
            "beloppet 6_226_092_kr är 10,8_% av summan 57_649_000_kr; rätta vikten till "
            "\"10,8 %\"")]

    def it_allows_no_rounding_under_100_percent_either(self, tmp_path: Path) -> None:
        slip = MEDLEMSAVGIFT.replace('vikt: "10,8 %"', 'vikt: "10,7 %"')
        assert problems(tmp_path, slip) == [kr(
            "x.yaml:16:28: procenten i uppdelningen 'medlemsavgift' blir tillsammans 99,9_%, "
            "men vikter i procent ska bli exakt 100_%; Orsa har 10,7_%, men det angivna "
            "beloppet 6_226_092_kr är 10,8_% av summan 57_649_000_kr; rätta vikten till "
            "\"10,8 %\"")]

    def it_points_at_the_split_when_no_stated_part_shows_the_slip(self, tmp_path: Path) -> None:
        slip = MEDLEMSAVGIFT.replace('vikt: "10,8 %", belopp: 6 226 092', 'vikt: "10,9 %"')
        assert problems(tmp_path, slip) == [kr(
            "x.yaml:8:5: procenten i uppdelningen 'medlemsavgift' blir tillsammans 100,1_%, men "
            "vikter i procent ska bli exakt 100_%; rätta den procentsats som är fel; är "
            "procenten avrundade, skriv i stället talen de är uträknade ur (t.ex. invånare) som "
            "vikter, utan %")]

    def it_refuses_rounded_thirds_and_takes_thirds_that_add_up(self) -> None:
        assert compute_split(key("33,3 %", "33,3 %", "33,3 %"), LOC) == (None, [Finding(LOC, kr(
            "procenten i uppdelningen 'nyckel' blir tillsammans 99,9_%, men vikter i procent "
            "ska bli exakt 100_%; rätta den procentsats som är fel; är procenten avrundade, "
            "skriv i stället talen de är uträknade ur (t.ex. invånare) som vikter, utan %"))])
        result, failures = compute_split(key("33,4 %", "33,3 %", "33,3 %"), LOC)
        assert failures == []
        assert result is not None and result.parts == (("A", 334), ("B", 333), ("C", 333))

    def it_blames_no_part_when_two_stated_parts_differ(self) -> None:
        split = key("60 %", "30 %", "20 %", amounts=(500, 250, 200))
        assert compute_split(split, LOC)[1] == [Finding(LOC, kr(
            "procenten i uppdelningen 'nyckel' blir tillsammans 110_%, men vikter i procent ska "
            "bli exakt 100_%; rätta den procentsats som är fel; är procenten avrundade, skriv i "
            "stället talen de är uträknade ur (t.ex. invånare) som vikter, utan %"))]

    def it_holds_for_the_rest_after_a_base_amount_without_naming_a_part(self) -> None:
        split = key("70 %", "40 %", amounts=(660,), grundbelopp=100)
        assert compute_split(split, LOC)[1] == [Finding(LOC, kr(
            "procenten i uppdelningen 'nyckel' blir tillsammans 110_%, men vikter i procent ska "
            "bli exakt 100_%; rätta den procentsats som är fel; är procenten avrundade, skriv i "
            "stället talen de är uträknade ur (t.ex. invånare) som vikter, utan %"))]

    def it_holds_for_a_split_by_population_in_percent(self) -> None:
        assert compute_split(key("70 %", "40 %", metod="befolkning"), LOC)[1] == [Finding(
            LOC, kr("procenten i uppdelningen 'nyckel' blir tillsammans 110_%, men vikter i "
                    "procent ska bli exakt 100_%; rätta den procentsats som är fel; är "
                    "procenten avrundade, skriv i stället talen de är uträknade ur (t.ex. "
                    "invånare) som vikter, utan %"))]


class DescribeAKeyThatMixesPercentagesAndNumbers:
    def it_points_at_the_weight_written_otherwise_than_most(self) -> None:
        assert compute_split(key("70 %", "20", "10 %"), LOC) == (None, [Finding(
            (*LOC, "parter", 1, "vikt"),
            "vikten för 'B' är skriven utan %, men vikten för 'A' är skriven i procent; skriv "
            "alla vikter i uppdelningen 'nyckel' i procent, eller alla utan %")])
        assert compute_split(key("7", "2", "1 %"), LOC)[1] == [Finding(
            (*LOC, "parter", 2, "vikt"),
            "vikten för 'C' är skriven i procent, men vikten för 'A' är skriven utan %; skriv "
            "alla vikter i uppdelningen 'nyckel' i procent, eller alla utan %")]

    def it_takes_the_first_weights_way_on_a_tie(self) -> None:
        assert compute_split(key("50", "50 %"), LOC)[1] == [Finding(
            (*LOC, "parter", 1, "vikt"),
            "vikten för 'B' är skriven i procent, men vikten för 'A' är skriven utan %; skriv "
            "alla vikter i uppdelningen 'nyckel' i procent, eller alla utan %")]

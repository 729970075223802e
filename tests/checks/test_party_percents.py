"""Specification, by exact messages, of a percentage a sentence writes beside a party of a
split whose key is in percent: it is the party's weight (trial 90, F6).

"Socialförvaltningen får 40,0 % av medlen." above a split that gives Socialförvaltningen
"45 %" passed in silence. Beside the name of a party whose weight is a percentage, a
percentage, whole or with decimals, can hardly be anything but its share: one that is not
the weight rounded to its decimals is a warning that says the weight. No warning where the
percentage is approximate, a range, a change or a comparison, where the sentence writes the
weight too, or where the weights are no percentages."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline

CASE = """\
dokumenttyp: tjansteskrivelse
datum: 2024-03-05
dnr: KS 2024/112
titel: Fördelning av schablonersättning
forslag:
  stil: att
  punkter:
    - fördela medlen enligt fördelningsnyckeln i tjänsteskrivelsen.
avsnitt:
  - rubrik: Fördelningsnyckel
    text: "{text}"
    tabell: uppdelning
    uppdelning: schablon
uppdelningar:
  - namn: schablon
    metod: vikter
    summa: 9842300
    parter:
      - {{namn: Socialförvaltningen, vikt: "{weight}", rad_namn: sof}}
      - {{namn: Utbildningsförvaltningen, vikt: "30 %", rad_namn: uf}}
      - {{namn: Vuxenutbildningen, vikt: "15 %", rad_namn: vux}}
      - {{namn: Arbetsmarknadsenheten, vikt: "{last}", rad_namn: am}}
"""


def problems(tmp_path: Path, text: str, weight: str = "45 %", last: str = "10 %") -> list[str]:
    """What `beslut kontrollera` prints for the case with this text above the split."""
    path = tmp_path / "x.yaml"
    path.write_text(CASE.format(text=text, weight=weight, last=last), encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(path).problems]


def warning(column: int, typed: str, party: str = "Socialförvaltningen",
            weight: str = "45 %") -> str:
    """The warning for a percentage beside a party that is not its weight."""
    return (f"x.yaml:11:{column}: varning: procentsatsen '{typed}' i texten står vid '{party}', "
            f"men '{party}' har vikten {weight} i uppdelningen 'schablon'; skriv {weight} i "
            "texten, eller rätta vikten i uppdelningen om det är den som är fel")


@pytest.mark.parametrize("typed", ["40,0 %", "40 %", "40 procent"])
def test_a_percentage_beside_a_party_that_is_not_its_weight_names_the_weight(
        tmp_path: Path, typed: str) -> None:
    # trial 90, F6: whole percentages too: beside a party with a weight in percent, "40 %"
    # is its share, not a rate the case sets
    assert problems(tmp_path, f"Socialförvaltningen får {typed} av medlen.") == [
        warning(36, typed)]


def test_names_and_as_many_percentages_are_paired_in_order(tmp_path: Path) -> None:
    assert problems(tmp_path, "Socialförvaltningen och Utbildningsförvaltningen får 45 % "
                              "respektive 35 % av medlen.") == [
        warning(81, "35 %", "Utbildningsförvaltningen", "30 %")]


def test_the_weight_is_said_as_the_split_writes_it(tmp_path: Path) -> None:
    assert problems(tmp_path, "Socialförvaltningen får 43 % av medlen.", weight="44,5 %",
                    last="10,5 %") == [warning(36, "43 %", weight="44,5 %")]


@pytest.mark.parametrize("text", [
    "Socialförvaltningen får 45 % av medlen.",
    "Socialförvaltningen får 45,0 % av medlen.",
    # approximate, a range, a change, a comparison
    "Socialförvaltningen får ca 40 % av medlen.",
    "Socialförvaltningen får 40–45 % av medlen.",
    "Socialförvaltningen ökar med 5 % jämfört med i fjol.",
    "Socialförvaltningen får 5 % mer än i fjol.",
    # the sentence writes the weight too: the other is another share
    "Socialförvaltningen fick 40 % i fjol och får 45 % i år.",
    # one percentage for two names, or far from the name
    "Socialförvaltningen och Vuxenutbildningen får 60 % tillsammans.",
    "Socialförvaltningen har i flera år haft ansvar för en stor del av målgruppen, 40 %.",
])
def test_percentages_not_plainly_a_partys_share_are_no_warning(tmp_path: Path,
                                                               text: str) -> None:
    assert problems(tmp_path, text) == []


def test_a_rounded_weight_agrees_either_way_on_a_half(tmp_path: Path) -> None:
    for typed in ("44 %", "45 %"):
        assert problems(tmp_path, f"Socialförvaltningen får {typed} av medlen.",
                        weight="44,5 %", last="10,5 %") == []


def test_weights_that_are_no_percentages_are_not_read_so(tmp_path: Path) -> None:
    case = (CASE.replace('"{weight}"', "45").replace('"30 %"', "30").replace('"15 %"', "15")
            .replace('"{last}"', "10"))
    path = tmp_path / "x.yaml"
    path.write_text(case.format(text="Socialförvaltningen får 40 % av medlen."),
                    encoding="utf-8")
    assert [p.format() for p in Pipeline().build(path).problems] == []

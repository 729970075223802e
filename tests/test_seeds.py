"""The originals in tests/fixtures/seeds report their real errors; the corrected cases none."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "tests" / "fixtures" / "seeds"
NBSP = "\u00a0"


def _problems(name: str) -> list[str]:
    """Check one fixture and return its formatted problems, without the folder."""
    checked = Pipeline().build(SEEDS / name)
    return [p.format().replace(str(SEEDS) + "/", "") for p in checked.problems]


def _kr(text: str) -> str:
    """Write amounts with the no-break spaces the messages use."""
    return text.replace("_", NBSP)


def test_002_states_21_724_099_where_the_areas_sum_to_21_724_100() -> None:
    assert _kr(
        "002.yaml:57:10: angiven summa 21_724_099_kr för hela fördelningen stämmer inte med "
        "summan av delarna 21_724_100_kr (den angivna är 1_kr för låg); rätta summan eller "
        "ta bort den så räknas den ut"
    ) in _problems("002.yaml")


def test_001_splits_1_600_tkr_into_parts_that_make_1_601_tkr() -> None:
    problems = _problems("001.yaml")
    assert _kr(
        "001.yaml:17:12: de angivna delarna i uppdelningen 'befolkning' blir tillsammans "
        "1_601_000_kr, inte 1_600_000_kr; ta bort de angivna beloppen så räknas delarna ut exakt"
    ) in problems
    assert any("'Hans Göran Viklund'" in p and "'Hans Wiklund'" in p for p in problems)
    assert any("'Region Jämtland/Härjedalen'" in p for p in problems)
    assert not any("SUNDSTRÖM" in p for p in problems)


def test_003_states_16_407_684_where_the_rows_sum_to_16_407_683() -> None:
    assert _kr(
        "003.yaml:22:10: angiven summa 16_407_684_kr för medlen totalt stämmer inte med summan "
        "av delarna 16_407_683_kr (den angivna är 1_kr för hög); rätta summan eller ta bort "
        "den så räknas den ut"
    ) in _problems("003.yaml")


def test_004_says_6_2_miljoner_for_6_209_812_kr() -> None:
    assert any(
        "varning: beloppet '6,2 miljoner kronor' i texten stämmer inte exakt med det "
        + _kr("beräknade 6_209_812_kr (medel.summa)") in p
        for p in _problems("004.yaml")
    )


def test_000_is_dated_before_the_meetings_it_reports() -> None:
    problems = _problems("000.yaml")
    assert any(
        p.startswith("000.yaml:17:12: händelsen") and "daterad 2022-01-28, efter dokumentets "
        "datum 2022-01-11" in p for p in problems
    )
    assert any("daterad 2022-09-23" in p for p in problems)


@pytest.mark.parametrize("case", sorted((ROOT / "cases").glob("*.yaml")), ids=lambda p: p.stem)
def test_corrected_cases_have_no_problems(case: Path) -> None:
    assert [p.format() for p in Pipeline().build(case).problems] == []


def test_000_writes_mkr_and_tre_3_miljoner() -> None:
    problems = _problems("000.yaml")
    assert any("varning: 'Tre (3)' skriver talet både med ord och siffror" in p for p in problems)
    assert any("varning: enheten 'mkr' används inte, skriv mnkr" in p for p in problems)

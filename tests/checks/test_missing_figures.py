"""A currency with no figure before it, and a Dnr that stops at its "/", are warnings (trial
61, F6: a transcript that lost its digits read "upp till kronor" and "KS 2014/")."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.build import Pipeline
from generator.checks.missing_figures import _MISSING, _missing

MEMO = """\
dokumenttyp: tjansteskrivelse
beslutsorgan: Kommunstyrelsen
datum: 2014-12-01
dnr: DNR
titel: Beslutsattestanter 2015
avsnitt:
  - rubrik: Bakgrund
    text: TEXT
"""


def problems(tmp_path: Path, text: str, dnr: str = "KS 2014/12") -> list[str]:
    """The memo's problems as printed, without the folder."""
    case = tmp_path / "x.yaml"
    case.write_text(MEMO.replace("TEXT", text).replace("DNR", dnr), encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(case).problems]


def test_a_currency_after_upp_till_with_no_figure_is_warned_about(tmp_path: Path) -> None:
    assert problems(tmp_path, "Enheterna får attestera upp till kronor, högst kr per faktura.") \
        == ["x.yaml:8:35: varning: 'upp till kronor' saknar belopp före 'kronor'; skriv "
            "beloppet, t.ex. 'upp till 100 000 kronor'",
            "x.yaml:8:52: varning: 'högst kr' saknar belopp före 'kr'; skriv beloppet, t.ex. "
            "'högst 100 000 kr'"]


@pytest.mark.parametrize("text", [
    "Enheterna får attestera upp till 100 000 kronor.",
    "Beloppen anges i kronor och är omräknade till kronor.",
    "Enheterna får attestera upp till {{ datum }} kronor.",
])
def test_a_figure_before_the_unit_or_a_unit_named_as_such_passes(
        tmp_path: Path, text: str) -> None:
    assert [p for p in problems(tmp_path, text) if "saknar belopp" in p] == []


def test_a_dnr_ending_in_its_slash_is_warned_about(tmp_path: Path) -> None:
    assert problems(tmp_path, "Förslaget följer 2014 års beslut.", dnr="KS 2014/") == [
        "x.yaml:4:6: varning: diarienumret 'KS 2014/' slutar med '/' och saknar numret efter "
        "det; skriv hela diarienumret"]
    assert problems(tmp_path, "Förslaget följer 2014 års beslut.") == []


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(["upp till", "UPP TILL", "högst", "minst", "Om", "på", "ca",
                                 "Sammanlagt", "ſammanlagt", "totalt", "x", "5", " ", "  ",
                                 "\u00a0", "kr", "KR", "\u212ar", "kronor", "tkr", "Mnkr",
                                 "miljoner kronor", "miljarder kronor", "İ", "-", "."]),
                max_size=10))
def test_the_places_tried_give_what_a_search_finds(words: list[str]) -> None:
    text = "".join(words)
    assert [m.span() for m in _missing(text)] == [m.span() for m in _MISSING.finditer(text)]

"""Specification: "X, varav A och B" in a text or a point, with A + B not X, is a warning at
X naming the parts, their sum and the whole, typed amounts and `{{ … }}` figures alike
(trial 76, F3); parts that add up (to within the rounding of what is typed), a single part,
and parts said to be only some ("varav bland annat") are left alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.build import Pipeline
from generator.checks.varav_sums import _parts_word, _parts_words

CASE = """\
dokumenttyp: tjansteskrivelse
datum: 2024-01-10
dnr: KFN 2024/3
titel: Bidrag till studieförbund 2024
belopp:
  ram: 420000
uppdelningar:
  - {{namn: grundbidrag, metod: lika, summa: 249000, parter: [{{namn: ABF}}, {{namn: Sensus}}]}}
  - {{namn: volymbidrag, metod: lika, summa: 126000, parter: [{{namn: ABF}}, {{namn: Sensus}}]}}
avsnitt:
  - rubrik: Ärendebeskrivning
    text: {text}
"""


def problems(tmp_path: Path, text: str) -> list[str]:
    """What `beslut kontrollera` prints for the case with the text (a no-break space as a
    space)."""
    path = tmp_path / "x.yaml"
    path.write_text(CASE.format(text=text), encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "").replace("\u00a0", " ")
            for p in Pipeline().build(path).problems]


def test_named_parts_that_do_not_add_up_are_a_warning(tmp_path: Path) -> None:
    text = ("Nämnden fördelar {{ belopp.ram }} i bidrag, varav {{ uppdelningar.grundbidrag.summa }}"
            " i grundbidrag och {{ uppdelningar.volymbidrag.summa }} i volymbidrag.")
    assert problems(tmp_path, text) == [
        "x.yaml:12:28: varning: delarna efter 'varav', {{ uppdelningar.grundbidrag.summa }} "
        "(249 000 kr) och {{ uppdelningar.volymbidrag.summa }} (126 000 kr), blir tillsammans "
        "375 000 kr, inte {{ belopp.ram }} (420 000 kr) som står före; rätta det belopp som är "
        "fel, eller skriv 'varav bland annat' om delarna inte är hela beloppet"]


def test_typed_parts_that_do_not_add_up_are_a_warning(tmp_path: Path) -> None:
    text = "Ramen är 10 mnkr, varav 6 mnkr till lokaler, 1,5 mnkr till resor och 3 mnkr till löner."
    assert problems(tmp_path, text) == [
        "x.yaml:12:20: varning: delarna efter 'varav', '6 mnkr', '1,5 mnkr' och '3 mnkr', blir "
        "tillsammans 10 500 000 kr, inte '10 mnkr' som står före; rätta det belopp som är fel, "
        "eller skriv 'varav bland annat' om delarna inte är hela beloppet"]


@pytest.mark.parametrize("text", [
    "Ramen är 10 mnkr, varav 6 mnkr till lokaler och 4 mnkr till löner.",
    "Ramen är 4,3 mnkr, varav 2,2 mnkr till lokaler och 2,2 mnkr till löner.",  # rounded
    "Ramen är {{ belopp.ram }}, varav 70 000 kr till lokaler och 350 000 kr till löner.",
    "Ramen är 10 mnkr, varav 6 mnkr till lokaler.",  # one part: only some
    "Ramen är 10 mnkr, varav bland annat 6 mnkr till lokaler och 3 mnkr till löner.",
    "Ramen är 10 mnkr, varav 6 mnkr till lokaler. Resten, 3 mnkr och 1 mnkr, är kvar.",
    "Ramen är ca 10 mnkr, varav 6 mnkr till lokaler och 3 mnkr till löner.",
])
def test_parts_that_add_up_or_are_only_some_are_left_alone(tmp_path: Path, text: str) -> None:
    assert problems(tmp_path, text) == []


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["varav", "VARAV", "Därav", "DÄRAV", "varavarav", "x", "İ",
                                 " ", "-", "ä", "5", "därav."]), max_size=8))
def test_the_plain_searches_find_what_the_pattern_finds(words: list[str]) -> None:
    text = "".join(words)
    assert [m.span() for m in _parts_words(text)] \
        == [m.span() for m in _parts_word().finditer(text)]

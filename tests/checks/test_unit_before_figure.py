"""Specification: a reference that prints its unit right after text naming one is warned
about, with the `| belopp` that prints the figure alone (trial 69, F10: Hudiksvall's
"Riksdagsarvodet 2023-01-01 (kr per månad): {{ belopp.riksdagsarvode }}" printed
"(kr per månad): 73 000 kr")."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline

CASE = """\
dokumenttyp: tjansteskrivelse
datum: 2023-01-01
dnr: nej
titel: Arvoden
belopp:
  riksdagsarvode: 73000
avsnitt:
  - text: |
      {text}
"""


def problems(tmp_path: Path, text: str) -> list[str]:
    """The case's problems as printed, without the folder."""
    case = tmp_path / "x.yaml"
    case.write_text(CASE.format(text=text), encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(case).problems]


def test_a_unit_in_brackets_before_a_reference_is_a_warning_at_the_reference(
        tmp_path: Path) -> None:
    text = "Riksdagsarvodet (kr per månad): {{ belopp.riksdagsarvode }}."
    assert problems(tmp_path, text) == [
        "x.yaml:9:39: varning: '(kr per månad): {{ belopp.riksdagsarvode }}' skriver '(kr per "
        "månad): 73 000 kr', med enheten två gånger; skriv {{ belopp.riksdagsarvode | belopp }} "
        "så skrivs talet utan enhet"]


def test_a_unit_before_a_colon_asks_for_the_figure_in_that_unit(tmp_path: Path) -> None:
    text = "Riksdagsarvodet i tkr: {{ belopp.riksdagsarvode }}."
    assert problems(tmp_path, text) == [
        "x.yaml:9:30: varning: 'tkr: {{ belopp.riksdagsarvode }}' skriver 'tkr: 73 000 kr', "
        "med enheten två gånger; skriv {{ belopp.riksdagsarvode | belopp(\"tkr\") }} så skrivs "
        "talet utan enhet"]


@pytest.mark.parametrize("text", [
    "Riksdagsarvodet (kr per månad): {{ belopp.riksdagsarvode | belopp }}.",
    "Riksdagsarvodet per månad: {{ belopp.riksdagsarvode }}.",
    "Arvodet är 500 kr, riksdagsarvodet {{ belopp.riksdagsarvode }}.",
])
def test_a_figure_printed_alone_or_after_no_unit_is_no_warning(tmp_path: Path, text: str) -> None:
    assert problems(tmp_path, text) == []

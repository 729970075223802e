"""A text whose emphasis does not pair up around an address is a message for the secretary,
never an internal error (Python-Markdown left its placeholder, which Word cannot hold)."""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline

CASE = """\
dokumenttyp: tjansteskrivelse
avsandare: [Krokoms kommun, Barn- och utbildningsnämnden]
datum: 2023-01-12
dnr: nej
titel: Test
avsnitt:
  - rubrik: Bakgrund
    text: |
      Se *mer**a **b** c*<http://exempel.se> här.
"""


def test_unpaired_emphasis_around_an_address_says_what_to_mend(tmp_path: Path) -> None:
    path = tmp_path / "fall.yaml"
    path.write_text(CASE, encoding="utf-8")
    result = Pipeline().build(path)
    assert [p.format().replace(f"{tmp_path}/", "") for p in result.problems] == [
        "fall.yaml:1:1: asteriskerna för kursiv och fetstil i stycket 'Se *mera b c… här.' går "
        "inte ihop runt en länk, en kod eller en webbadress; se till att varje * och ** har sin "
        "partner, eller skriv tecknet \\* för en asterisk som ska stå kvar"]
    assert result.files == {}

"""Specification of a heading that repeats the title with last year's year (trial 44:
"Sammanträdestider 2024" under the title "Sammanträdestider 2025", copied forward)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline

CASE = """\
dokumenttyp: beslut
datum: 2024-11-20
dnr: nej
titel: {title}
avsnitt:
  - rubrik: {heading}
    text: Kommunfullmäktige sammanträder fyra gånger.
  - rubrik: Bakgrund
    avsnitt:
      - rubrik: {inner}
        text: Tiderna följer förra årets.
beslut:
  beslutande: Kommunfullmäktige
  punkter:
    - fastställa sammanträdestiderna.
"""


def warnings(tmp_path: Path, title: str, heading: str, inner: str = "Tider") -> list[str]:
    """The case's problems, formatted without the folder."""
    path = tmp_path / "fall.yaml"
    path.write_text(CASE.format(title=title, heading=heading, inner=inner), encoding="utf-8")
    return [p.format().removeprefix(f"{tmp_path}/")
            for p in Pipeline().build(path).problems]


def test_a_heading_with_last_years_year_is_warned_about_where_it_stands(tmp_path: Path) -> None:
    assert warnings(tmp_path, "Sammanträdestider 2025", "Sammanträdestider 2024",
                    "sammanträdestider  2024") == [
        "fall.yaml:6:13: varning: rubriken 'Sammanträdestider 2024' har årtalet före titelns, "
        "'Sammanträdestider 2025', som om den stått kvar från förra årets dokument; rätta "
        "årtalet om rubriken gäller samma år som titeln",
        "fall.yaml:10:17: varning: rubriken 'sammanträdestider  2024' har årtalet före titelns, "
        "'Sammanträdestider 2025', som om den stått kvar från förra årets dokument; rätta "
        "årtalet om rubriken gäller samma år som titeln"]


@pytest.mark.parametrize(("title", "heading"), [
    ("Sammanträdestider 2025", "Sammanträdestider 2025"),  # the same year
    ("Prognossäkerhet 2014", "Prognossäkerhet 2015"),  # the next year, on purpose
    ("Budget 2024", "Utfall 2023"),  # other words
    ("Sammanträdestider 2025", "Sammanträdestider 2023"),  # not last year's
    ("Mål 2024–2027", "Mål 2024–2026"),  # one of two years is the same
    ("Sammanträdestider", "Sammanträdestider 2024"),  # a title without a year
])
def test_other_headings_are_left_alone(tmp_path: Path, title: str, heading: str) -> None:
    assert warnings(tmp_path, title, heading) == []

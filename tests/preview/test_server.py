"""Specification of the preview's page as the server makes it from the case file: its
tables' groups of columns as Word shows them (trial 93, F15; see `test_group_headings`)."""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline
from generator.preview.server import Preview

CASE = Path(__file__).parent / "data" / "grupper.yaml"


def test_the_page_shows_the_groups_of_columns_over_their_headers(tmp_path: Path) -> None:
    case = tmp_path / "x.yaml"
    case.write_text(CASE.read_text(encoding="utf-8"), encoding="utf-8")
    page, _ = Preview(case, Pipeline()).page()
    assert '<th colspan="2" style="text-align: center;">Grundkostnad</th>' in page
    assert '<th style="text-align: right;">Kronor per månad</th>' in page
    assert "Grundkostnad Kronor per månad" not in page

"""Specification of what counts as quoted in running text: within quotation marks of any
Swedish or typewriter kind, or a Markdown quote line."""

from __future__ import annotations

import re

import pytest

from generator.text.quotations import unquoted

_FIGURE = re.compile(r"\d+")


@pytest.mark.parametrize(("text", "outside"), [
    ("höjs från 25 till 35", ["25", "35"]),
    ('enligt "höjs till 25" nu 35', ["35"]),
    ("enligt ”höjs till 25” nu 35", ["35"]),
    ("enligt „höjs till 25“ nu 35", ["35"]),
    ("enligt «höjs till 25» nu 35", ["35"]),
    ("> Avgiften är 25\nNu 35", ["35"]),
    ('"ett\nbrutet" 25', ["25"]),  # (a quotation ends with its line)
])
def test_only_figures_outside_quotations_are_left(text: str, outside: list[str]) -> None:
    assert [m.group() for m in unquoted(_FIGURE.finditer(text), text)] == outside

"""The documents' wording rules applied to typed text: what the style check warns about
(`checks.style`), set right in the document."""

from __future__ import annotations

from generator.text.figures import house_figures
from generator.text.ranges import dash_ranges
from generator.text.signs import spaced_signs
from generator.text.units import normalise_units, without_kronor_signs


def house_wording(text: str) -> str:
    """The text with units, year ranges, figures and signs written as the documents write
    them (`tkr` for `kkr`, `450 kr` for `450:-`, `2025–2027` for `2025-2027`, `1,5 %` for
    `1.5%`, `1 006 kr` for `1006 kr`, `−70` for `-70`)."""
    return spaced_signs(house_figures(dash_ranges(normalise_units(without_kronor_signs(text)))))

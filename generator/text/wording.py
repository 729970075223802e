"""The documents' wording rules applied to typed text: what the style check warns about
(`checks.style`), set right in the document."""

from __future__ import annotations

from generator.text.dashes import spaced_dashes
from generator.text.figures import has_digit, house_figures
from generator.text.quotations import outside_quotations, swedish_quotes
from generator.text.ranges import EM_DASH, EN_DASH, dash_ranges
from generator.text.signs import spaced_signs
from generator.text.units import may_hold_unit, normalise_units, without_kronor_signs


def house_wording(text: str) -> str:
    """The text with units, year ranges, figures and signs written as the documents write
    them (`tkr` for `kkr`, `450 kr` for `450:-`, `2025–2027` for `2025-2027`, `1,5 %` for
    `1.5%`, `1 006 kr` for `1006 kr`, `−70` for `-70`, ”…” for "…", "a – b" for "a - b"); a
    quotation within it stands as written but for its quotation marks (trial 72, F7: a
    reglemente's "40%")."""
    if not _may_change(text):
        return text  # (most texts, table cells above all: one look, no rule's calls)
    return swedish_quotes(outside_quotations(_house_rules, text))


def _house_rules(text: str) -> str:
    """The text with every rule of `house_wording` but the quotation marks applied."""
    worded = normalise_units(without_kronor_signs(text))
    return spaced_signs(house_figures(spaced_dashes(dash_ranges(worded))))


def _may_change(text: str) -> bool:
    """Whether some rule of `house_wording` may change text (False: none does), by plain
    searches for what each needs: ':-' a hyphen, a unit a mark of one (`units.MARKS`), a
    range a hyphen or a dash, a figure an ASCII digit, a sign a '%' or a hyphen or an en
    dash, a quotation a straight quote."""
    return ('"' in text or "-" in text or EN_DASH in text or EM_DASH in text or "%" in text
            or has_digit(text) or may_hold_unit(text))

"""Specification of an att-sats as printed after 'att': its own 'att' left out, a common first
word in lower case, names and everything else as written."""

from __future__ import annotations

import pytest

from generator.text.att_style import as_att_point, common_capitalised


@pytest.mark.parametrize(("written", "printed"), [
    ("att godkänna yttrandet", "godkänna yttrandet"),
    ("Att  godkänna yttrandet", "godkänna yttrandet"),
    ("att Föreslå regionfullmäktige", "föreslå regionfullmäktige"),
    ("Uppdra åt förvaltningen", "uppdra åt förvaltningen"),
    ("Revidera budgeten", "revidera budgeten"),
    ("Region Gotland ges i uppdrag", "Region Gotland ges i uppdrag"),
    ("SKR:s rekommendation antas", "SKR:s rekommendation antas"),
    ("attestera fakturan", "attestera fakturan"),
    ("atten är ett ord", "atten är ett ord"),
    ("", ""),
    ("**Uppdra** åt förvaltningen", "**Uppdra** åt förvaltningen"),
])
def test_a_point_is_printed_as_meant_after_att(written: str, printed: str) -> None:
    assert as_att_point(written) == printed


@pytest.mark.parametrize(("word", "common"), [
    ("Godkänna", True), ("Notera", True), ("Delegera", True), ("Era", False),
    ("Region", False), ("SKR", False), ("godkänna", False),
])
def test_a_common_word_in_capitals_is_told_from_a_name(word: str, common: bool) -> None:
    assert common_capitalised(word) is common

"""Specification of the widths of table text measured by its own characters."""

from __future__ import annotations

import pytest

from generator.word.glyph_widths import font_glyphs, has_twin, substitute_glyphs


def test_a_line_of_calibri_is_as_wide_as_libreoffice_sets_it() -> None:
    """Trial 42's PDF (Carlito, 11 pt) sets "1:e vice ordf, k-råd" in 83.6 pt,
    "Kommunfullmäktige" in 90.6 pt and bold "arvode" in 31.9 pt: the widths, rounded up,
    are no narrower and less than half a point wider (a twip is a twentieth of a point)."""
    glyphs = font_glyphs("Calibri", 11.0)
    assert glyphs is not None
    for text, bold, points in [("1:e vice ordf, k-råd", False, 83.6),
                               ("Kommunfullmäktige", False, 90.6), ("arvode", True, 31.9)]:
        assert points * 20 <= glyphs.width(text, bold=bold) < (points + 0.5) * 20, text


def test_carlito_is_calibri_and_the_size_scales_the_widths() -> None:
    calibri, carlito = font_glyphs("Calibri", 11.0), font_glyphs(" carlito ", 11.0)
    smaller = font_glyphs("Calibri", 9.9)
    assert calibri is not None and carlito is not None and smaller is not None
    assert carlito.width("Månadsarvode") == calibri.width("Månadsarvode")
    assert smaller.width("Månadsarvode") == pytest.approx(calibri.width("Månadsarvode") * 0.9)


def test_a_character_the_table_lacks_counts_as_the_widest() -> None:
    glyphs = font_glyphs("Calibri", 11.0)
    assert glyphs is not None
    assert glyphs.width("\u0416") >= glyphs.width("W") > glyphs.width("i")  # (Cyrillic Zhe)


@pytest.mark.parametrize(("font", "points", "bold_points"), [
    ("Arial", 96.5, 77.0), ("Times New Roman", 92.2, 70.2), ("Cambria", 93.9, 72.7)])
def test_a_word_of_arial_times_or_cambria_is_as_wide_as_libreoffice_sets_it(
        font: str, points: float, bold_points: float) -> None:
    """LibreOffice (Liberation Sans and Serif, Caladea; 11 pt) sets "Kommunfullmäktige" and
    bold "Månadsarvode" in these widths, read from its PDF: the widths are no narrower and
    less than half a point wider."""
    glyphs = font_glyphs(font, 11.0)
    assert glyphs is not None
    assert points * 20 <= glyphs.width("Kommunfullmäktige") < (points + 0.5) * 20
    assert bold_points * 20 <= glyphs.width("Månadsarvode", bold=True) \
        < (bold_points + 0.5) * 20


@pytest.mark.parametrize(("font", "twin"), [
    ("Arial", "Liberation Sans"), ("Helvetica", "Arial"), ("Times New Roman", "Liberation Serif"),
    ("Cambria", "Caladea")])
def test_a_font_measures_as_its_metric_twin(font: str, twin: str) -> None:
    glyphs, twins = font_glyphs(font, 11.0), font_glyphs(twin, 11.0)
    assert glyphs is not None and twins is not None
    assert glyphs.width("Sammanträdesarvode (kr)") == twins.width("Sammanträdesarvode (kr)")


@pytest.mark.parametrize("font", ["Verdana", "Georgia", None])
def test_a_font_without_known_widths_has_none(font: str | None) -> None:
    assert font_glyphs(font, 11.0) is None


def test_a_non_breaking_hyphen_is_as_wide_as_a_hyphen() -> None:
    """The Word writer sets a date's hyphens as non-breaking ones ("2024-04-01"); counted as
    the font's widest character, a date range was some 260 twips too wide (trial 79, F8)."""
    glyphs = font_glyphs("Calibri", 11)
    assert glyphs is not None
    for bold in (False, True):
        assert glyphs.width("2024\u201104\u201101", bold=bold) == glyphs.width("2024-04-01",
                                                                              bold=bold)


def test_the_minus_sign_of_a_negative_amount_is_as_wide_as_a_figure() -> None:
    """The writer sets "−23 500" with the minus sign (U+2212), which the table lacked: it
    counted as the font's widest character, and every column of negative amounts took some
    90 twips it did not need (trial 81, F4)."""
    glyphs = font_glyphs("Calibri", 11.0)
    assert glyphs is not None
    assert glyphs.width("\u2212") == glyphs.width("+") < glyphs.width("—")


@pytest.mark.parametrize(("font", "twin"), [("Calibri", True), (None, True), ("Arial", True),
                                            ("Georgia", False), ("Verdana", False)])
def test_a_font_has_a_metric_twin_or_not(font: str | None, twin: bool) -> None:
    assert has_twin(font) is twin


def test_georgia_is_previewed_in_dejavu_serif_and_verdana_in_dejavu_sans() -> None:
    """What `fc-match` gives on Linux: a bold total of nine digits is 6,96 em in DejaVu
    Serif (1 532 twips at 11 pt), the zero and eight the widest digits of bold Georgia."""
    serif, sans = substitute_glyphs("Georgia", 11), substitute_glyphs("Verdana", 11)
    assert serif is not None and sans is not None
    assert round(serif.width("209\xa0011\xa0099", bold=True)) == 1532
    assert serif.width("a") != sans.width("a")
    assert substitute_glyphs("Calibri", 11) is None


def test_a_kept_space_is_as_wide_as_a_space() -> None:
    """A header's first word and its year are measured as one word ("Taxa 2020", see
    `typography.number_kept`) but written with a plain space (trial 91, F1)."""
    glyphs = font_glyphs("Calibri", 11)
    assert glyphs is not None
    for bold in (False, True):
        assert glyphs.width("Taxa\u202f2020", bold=bold) == glyphs.width("Taxa 2020",
                                                                          bold=bold)

"""The plain searches that let most texts pass the wording rules untouched (`units`,
`ranges`, `signs`) change no result: on any text the rules give what their patterns alone
give."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from generator.formatting import writing_millions
from generator.text import dashes, figures, markdown_safety, ranges, signs, spacing, units
from generator.text.wording import house_wording

_PIECES = st.sampled_from([
    "2019", "2022", "-", "\u2013", " ", "3", "%", "kr", "Mkr", "MSEK", "kkr", "tkr", "sek",
    "mkr", "mnkr",
    "(", "*", "a", "ord", ",", ".", "19", "20", "{{ x }}", "https://a.se/", "\u00a0",
    "ORD", "1006", "procent", "7", "á",
])
TEXTS = st.lists(_PIECES, max_size=14).map("".join)


@given(TEXTS, st.sampled_from(["mnkr", "mkr"]))
def test_units_are_written_as_the_pattern_alone_writes_them(text: str, millions: str) -> None:
    with writing_millions(millions):
        plain = units.pattern().sub(units.written_spelling, text)
        assert units.normalise_units(text) == plain


@given(TEXTS)
def test_ranges_are_found_as_the_pattern_alone_finds_them(text: str) -> None:
    plain = ranges._years().sub(lambda m: f"{m.group(1)}{ranges.EN_DASH}{m.group(2)}"
                                if int(m.group(1)) < int(m.group(2)) else m.group(0), text)
    assert ranges.dash_ranges(text) == plain


@given(TEXTS)
def test_signs_are_written_as_the_patterns_alone_write_them(text: str) -> None:
    plain = signs.replaced(signs._unspaced_percent(), lambda m: f"{m[1]} %", text)
    plain = signs.replaced(signs._HYPHEN_SIGN, lambda _: signs.MINUS, plain)
    assert signs.spaced_signs(text) == plain


_NUMBER_PIECES = st.sampled_from([
    "2", ", ", ",", " ", "18", "kronor", "kr", "%", ".", "a", "\u0663", "(", "]", "[", ":",
    "](", "]:", "<", ">", "https://a.se", "ftp://a", "\n", "x",
])
NUMBER_TEXTS = st.lists(_NUMBER_PIECES, max_size=14).map("".join)


@given(NUMBER_TEXTS)
def test_spaced_decimals_are_found_as_the_pattern_alone_finds_them(text: str) -> None:
    plain = [m.span() for m in signs.outside_shielded(spacing._spaced_decimal(), text)]
    assert [m.span() for m in spacing.spaced_decimals(text)] == plain


@given(NUMBER_TEXTS)
def test_link_faults_are_found_as_the_patterns_alone_find_them(text: str) -> None:
    plain = [(match.start("target"), match.group("target")) if match.group("target")
             else (match.start(), match.group())
             for pattern in (markdown_safety._INLINE_LINK, markdown_safety._definition(),
                             markdown_safety._autolink())
             for match in pattern.finditer(text)
             if not markdown_safety.link_allowed(match.group("target"))]
    found = markdown_safety._link_faults(text)
    assert [(fault.offset, fault.snippet) for fault in found] == plain


@given(TEXTS)
def test_figures_are_written_as_the_patterns_alone_write_them(text: str) -> None:
    plain = signs.replaced(figures.apiece_acute(), figures.with_grave, text)
    plain = signs.replaced(figures.decimal_points_pattern(), figures.with_decimal_comma, plain)
    plain = signs.replaced(figures.UNGROUPED, figures.grouped, plain)
    assert figures.house_figures(text) == plain


_RANGE_PIECES = st.sampled_from([
    "2019", "2022", "1999", "-", "\u2013", "\u2014", " ", "åk ", "Åk.", "ÅRSKURS ", "Klass ",
    "klasserna ", "\u212alass ", "F", "1", "6", "12", "3", "25", " år", " dagar", "%", "-åring",
    "jan", "Augusti", "sept", "maj", "\u0663", "\u00b2", "/", ".5", "x", "ord",
])
RANGE_TEXTS = st.lists(_RANGE_PIECES, max_size=10).map("".join)


@given(RANGE_TEXTS)
def test_ranges_of_every_kind_are_found_as_the_patterns_alone_find_them(text: str) -> None:
    plain = [*ranges._grade_ranges(text),
             *(m for m in ranges._years().finditer(text) if int(m.group(1)) < int(m.group(2))),
             *ranges._months().finditer(text),
             *filter(ranges._counted_range, ranges._numbers().finditer(text))]
    found = [(m.span(), m.groups()) for m in ranges.hyphenated_ranges(text)]
    assert found == [(m.span(), m.groups()) for m in sorted(plain, key=lambda m: m.start())]


@given(TEXTS | RANGE_TEXTS | st.text(max_size=12), st.sampled_from(["mnkr", "mkr"]))
def test_a_text_is_worded_as_by_every_rule_in_turn(text: str, millions: str) -> None:
    with writing_millions(millions):
        every_rule = signs.spaced_signs(figures.house_figures(dashes.spaced_dashes(
            ranges.dash_ranges(units.normalise_units(units.without_kronor_signs(text))))))
        assert house_wording(text) == every_rule

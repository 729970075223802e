"""The quick `name_need` (only lines that may hold a long word are split) and
`may_hold_word` give what the plain versions give: every line split into words."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.word.compounds import compound_joints
from generator.word.glyph_widths import Glyphs, font_glyphs
from generator.word.header_room import one_line
from generator.word.header_words import name_need
from generator.word.widths import ColumnText
from generator.word.word_lengths import HYPHENATED_WORD, may_hold_word

_GLYPHS = font_glyphs("Calibri", 11.0)
_AFTER_BREAK = re.compile(r"(?<=[-/])")
_WORDS = st.sampled_from([
    "Furuhöjdsområdet", "Suicidpreventionssamordnare", "Verksamhetsbidrag", "väg", "och",
    "kommun-/regionsamverkan", "Brukarinflytande-samordnare", "2019–2022", "12345678901234",
    "https://www.example.se/vagbidrag", "Länschefsnätverket,", "\u2009", "\xa0", "\u3000",
    "Kompetenshöjande", "abcdefghijklm", "abcdefghijkl", "–", "Totalt",
])
_LINES = st.lists(_WORDS, max_size=8).map(" ".join).flatmap(
    lambda line: st.sampled_from(["", "  ", "    "]).map(lambda indent: indent + line))
_CELLS = st.lists(st.lists(_LINES, min_size=1, max_size=3).map("\n".join), max_size=6)


def _plain_need(column: ColumnText, char: int, glyphs: Glyphs) -> int:
    """`name_need` as it was: every line of every cell split into words."""
    bold = set(column.bold_lines)
    need = 0
    for line in {line for cell in column.cells for line in cell.split("\n")}:
        indent = line[:len(line) - len(line.lstrip(" "))]
        for word in line.split():
            for piece in _AFTER_BREAK.split(word):
                if len(piece) >= HYPHENATED_WORD and piece.isalpha() \
                        and not compound_joints(piece):
                    need = max(need, one_line(indent + piece, char, glyphs, line in bold))
    return need


@settings(max_examples=400, deadline=None)
@given(_CELLS, st.data())
def test_the_quick_name_need_is_the_plain_one(cells: list[str], data: st.DataObject) -> None:
    assert _GLYPHS is not None
    lines = [line for cell in cells for line in cell.split("\n")]
    bold = data.draw(st.lists(st.sampled_from(lines), max_size=2)) if lines else []
    column = ColumnText(tuple(line for line in lines if line not in bold), ("Namn",),
                        bold_lines=tuple(bold), cells=tuple(cells))
    assert name_need(column, 110, _GLYPHS) == _plain_need(column, 110, _GLYPHS)


@settings(max_examples=400, deadline=None)
@given(st.one_of(_LINES, st.text(max_size=30)), st.integers(1, 16))
def test_a_text_may_hold_each_word_that_splitting_finds(text: str, length: int) -> None:
    longest = max(map(len, text.split()), default=0)
    if longest >= length:
        assert may_hold_word(text, length)
    if text.isascii() or not any(map(str.isspace, text)):
        assert may_hold_word(text, length) == (longest >= length)


def test_a_word_is_split_at_white_space_beyond_latin1_only_by_the_plain_search() -> None:
    assert not may_hold_word("kort ord", 5)
    assert may_hold_word("kort\u2009ord", 5)  # (a thin space counts as a letter there)

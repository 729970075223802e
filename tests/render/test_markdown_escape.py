"""Specification of Markdown escaping: text from a case file is shown literally."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import markdown
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.render.markdown_escape import PLAIN_WORDS, _unchanged, escape, escape_cell


class CellText(HTMLParser):
    """Collect the text of every table cell (th and td) of an HTML fragment."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.cells: list[str] = []
        self._depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("td", "th"):
            self.cells.append("")
            self._depth += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th"):
            self._depth -= 1

    def handle_data(self, data: str) -> None:
        if self._depth:
            self.cells[-1] += data


def body_cells(markdown_text: str) -> list[str]:
    """Render Markdown with tables and return the text of the cells, header cells first."""
    parser = CellText()
    parser.feed(markdown.markdown(markdown_text, extensions=["tables"]))
    parser.close()
    return parser.cells


def paragraph(text: str) -> str:
    """Render one escaped line as Markdown."""
    return markdown.markdown(escape(text), extensions=["tables"])


class TestEscape:
    @pytest.mark.parametrize(
        ("text", "escaped"),
        [
            ("*fet*", r"\*fet\*"),
            ("a_b_c", r"a\_b\_c"),
            ("x | y", r"x \| y"),
            ("[länk](https://x.se)", r"\[länk\](https://x.se)"),
            ("`kod`", r"\`kod\`"),
            ("#rubrik", r"\#rubrik"),
            ("!>", r"\!>"),
            (">3 mnkr", r"\>3 mnkr"),  # (a quote at the start of a line)
            ("{x}", r"\{x\}"),
            ("a\\b", "a\\\\b"),
            ("Region Västernorrland", "Region Västernorrland"),
            ("1.5 mnkr och a - b", "1.5 mnkr och a - b"),
        ],
    )
    def test_it_escapes_inline_markdown(self, text: str, escaped: str) -> None:
        assert escape(text) == escaped

    @pytest.mark.parametrize(
        ("text", "escaped"),
        [
            ("1. punkt", r"1\. punkt"),
            ("12) punkt", r"12\) punkt"),
            ("- punkt", r"\- punkt"),
            ("+ punkt", r"\+ punkt"),
            ("-", r"\-"),
            ("   - indragen", r"\- indragen"),
        ],
    )
    def test_it_neutralises_a_leading_list_marker(self, text: str, escaped: str) -> None:
        assert escape(text) == escaped

    @pytest.mark.parametrize("text", ["-5 kr", "1.5", "2024-02-15", "a:b", "x = y"])
    def test_it_leaves_a_leading_dash_or_number_that_starts_no_list(self, text: str) -> None:
        assert escape(text) == text

    @pytest.mark.parametrize(
        ("text", "escaped"),
        [
            ("--", r"\--"),
            ("---", r"\---"),
            ("- - -", r"\- - -"),
            ("===", "&#61;=="),
            ("::: sidbrytning", "&#58;:: sidbrytning"),
            ("~~~", "&#126;~~"),
            ("<b>fet</b>", "&lt;b>fet&lt;/b>"),
        ],
    )
    def test_it_neutralises_rules_fences_and_html(self, text: str, escaped: str) -> None:
        assert escape(text) == escaped

    @pytest.mark.parametrize(
        ("text", "escaped"),
        [
            # (trial 46, F9: the header "<1 år" was "&lt;1 år" in the .md)
            ("<1 år", "<1 år"),
            ("x <= 5 och <10 %", "x <= 5 och <10 %"),
            ("~5 %", "~5 %"),
            # (trial 71, F8: "Investeringsobjekt \\>3 mnkr" in the .md, "<3 mnkr" beside it)
            ("Investeringsobjekt >3 mnkr", "Investeringsobjekt >3 mnkr"),
            ("=5", "=5"),
            (":a", ":a"),
        ],
    )
    def test_it_leaves_characters_no_reader_takes_for_structure(
            self, text: str, escaped: str) -> None:
        assert escape(text) == escaped

    @pytest.mark.parametrize(
        ("text", "escaped"),
        [
            ("<1x@a.se>", "&lt;1x@a.se>"),  # an e-mail autolink
            ("<https://x.se>", "&lt;https://x.se>"),
            ("<!-- dolt", "&lt;\\!-- dolt"),
            ("a<b", "a&lt;b"),
            (": x", "&#58; x"),  # a definition
            ("~~x~~", "&#126;~x~~"),  # strikethrough
        ],
    )
    def test_it_writes_a_reference_where_a_reader_may_take_it_for_structure(
            self, text: str, escaped: str) -> None:
        assert escape(text) == escaped

    def test_a_header_line_cannot_turn_the_line_above_into_a_heading(self) -> None:
        html = markdown.markdown("Rad  \n" + escape("---"))
        assert "<h" not in html and "<hr" not in html

    def test_it_joins_lines_and_collapses_spaces(self) -> None:
        assert escape("  Barn\n och   unga\t ") == "Barn och unga"

    @pytest.mark.parametrize(
        ("text", "html"),
        [
            ("1. punkt", "<p>1. punkt</p>"),
            ("- punkt", "<p>- punkt</p>"),
            ("*inte kursiv*", "<p>*inte kursiv*</p>"),
            ("__inte fet__", "<p>__inte fet__</p>"),
            ("[inte](en länk)", "<p>[inte](en länk)</p>"),
            ("# inte en rubrik", "<p># inte en rubrik</p>"),
            ("> inget citat", "<p>&gt; inget citat</p>"),
            ("<b>inte fet</b>", "<p>&lt;b&gt;inte fet&lt;/b&gt;</p>"),
            ("===", "<p>&#61;==</p>"),
            ("<1 år", "<p>&lt;1 år</p>"),
            ("~5 %", "<p>~5 %</p>"),
        ],
    )
    def test_it_renders_as_the_literal_text(self, text: str, html: str) -> None:
        assert paragraph(text) == html


MARKDOWN_CHARACTERS = "*_|[]#`-+.!>\\<:=~"
cell_texts = st.text(
    alphabet=st.one_of(
        st.sampled_from("abcåäöABCÅÄÖxyz"),
        st.sampled_from("0123456789"),
        st.sampled_from("  "),
        st.sampled_from(MARKDOWN_CHARACTERS),
    ),
    max_size=30,
)


class TestEscapeInTables:
    def test_it_keeps_a_pipe_inside_one_cell(self) -> None:
        table = f"| Insats | Belopp |\n| --- | --- |\n| {escape('A | B')} | 5 |\n"
        assert body_cells(table) == ["Insats", "Belopp", "A | B", "5"]

    @settings(max_examples=300, deadline=None)
    @given(cell_texts)
    def test_it_shows_any_text_literally_in_a_table_cell(self, text: str) -> None:
        table = f"| Rubrik |\n| --- |\n| {escape(text)} |\n"
        assert body_cells(table) == ["Rubrik", " ".join(text.split())]


class TestPlainWords:
    """Plain words are passed at once: only texts that the full check leaves as they are."""

    @settings(max_examples=500, deadline=None)
    @given(st.text(alphabet=st.characters(codec="utf-8", max_codepoint=0x2100), max_size=12)
           | st.text(alphabet=st.sampled_from("aåÖ9 ,.:;-–+=?&'%()/\t\n*_#`\\×÷\u00a0"),
                     max_size=12))
    def test_plain_words_are_what_the_full_check_leaves_unchanged(self, text: str) -> None:
        if re.fullmatch(PLAIN_WORDS, text) and "  " not in text and not text.endswith(" "):
            assert _unchanged(text), text

    @pytest.mark.parametrize("text", ["Ett stärkt och utvecklat arbete", "Kommun/er (RD)",
                                      "Ungdomshälsa 13–24 år", "Élan, 50 % ÅÄÖ?", "a"])
    def test_everyday_texts_are_plain_words(self, text: str) -> None:
        assert re.fullmatch(PLAIN_WORDS, text)
        assert escape(text) is text

    @pytest.mark.parametrize("text", ["", " a", "1 a", "-a", "a*b", "a_b", "a\u00a0b",
                                      "a×b", "a\tb", "#a", "a|b", "a<b"])
    def test_other_texts_are_not(self, text: str) -> None:
        assert not re.fullmatch(PLAIN_WORDS, text)

    @pytest.mark.parametrize("text", ["a ", "a  b"])
    def test_spaces_that_escape_removes_are_not_passed(self, text: str) -> None:
        assert re.fullmatch(PLAIN_WORDS, text)
        assert escape(text) == " ".join(text.split())


def test_a_cells_lines_are_escaped_each_and_joined_by_a_line_break() -> None:
    """Trial 59, F5: only the joins are `<br>`; a `<` typed in a line that could open a tag
    is escaped, as in a line alone."""
    assert escape_cell("a) <b>Direktör</b>\n- b) <1 år") == \
        "a) &lt;b>Direktör&lt;/b><br>\\- b) <1 år"

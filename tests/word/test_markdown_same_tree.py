"""The fast Markdown parse builds exactly the tree a stock Python-Markdown parse builds.

The reference is `generator.word.markdown.stock_parser()` without the faster processors:
tables and sane lists, raw HTML off, our entity, automail and fenced-div processors, no
prettifying; Python-Markdown's own inline, unescape and table steps.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from pathlib import Path

import markdown
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from markdown import inlinepatterns, treeprocessors
from markdown.extensions.tables import TableProcessor

from generator.build import Pipeline
from generator.word import markdown as parser
from generator.word import markdown_fast
from generator.word.markdown import MarkdownStructureError, parse_markdown

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = sorted((ROOT / "tests" / "golden").glob("*.md"))
FIXTURES = sorted((ROOT / "tests" / "fixtures").rglob("*.yaml"))


def reference_parser() -> markdown.Markdown:
    """A Python-Markdown instance configured as the Word writer's is, stock processors only."""
    md = parser.stock_parser()
    assert type(md.treeprocessors["inline"]) is treeprocessors.InlineProcessor
    assert type(md.treeprocessors["unescape"]) is treeprocessors.UnescapeTreeprocessor
    assert type(md.parser.blockprocessors["table"]) is TableProcessor
    return md


_REFERENCE: list[markdown.Markdown] = []


def reference_parse(text: str) -> etree.Element:
    """The tree of `text` as the stock processors build it (what `md.convert` builds)."""
    if not text.strip():
        return etree.Element("div")
    if not _REFERENCE:
        _REFERENCE.append(reference_parser())
    md = _REFERENCE[0]
    md.reset()
    try:
        return parser.element_tree(md, text)
    except BaseException:
        _REFERENCE.clear()
        raise


def outcome(parse: object, text: str) -> tuple[str, list[tuple[str, str]]]:
    """The serialized tree with the kind of each text and tail (str or AtomicString),
    or the message of the structure error raised."""
    assert callable(parse)
    try:
        root = parse(text)
    except MarkdownStructureError as error:
        return f"fel: {error}", []
    kinds = [(type(element.text).__name__, type(element.tail).__name__)
             for element in root.iter()]
    # (a placeholder left by emphasis that does not pair up is numbered by the order in
    # which elements were put aside, which the quick inline step need not keep; the Word
    # writer refuses such a paragraph, `spans._unmatched_emphasis`)
    return _LEFT_PLACEHOLDER.sub("klzzwxh:N", etree.tostring(root, encoding="unicode")), kinds


_LEFT_PLACEHOLDER = re.compile("klzzwxh:[0-9]+")


def assert_same_tree(text: str) -> None:
    assert outcome(parse_markdown, text) == outcome(reference_parse, text), text


def test_the_fast_processors_are_in_use() -> None:
    md = parser._parser()
    assert isinstance(md.treeprocessors["inline"], markdown_fast.QuickInline)
    assert all(markdown_fast.needles_of(pattern) is not None for pattern in md.inlinePatterns)


@pytest.mark.parametrize("path", GOLDEN, ids=lambda path: path.name[:3])
def test_every_case_parses_to_the_same_tree(path: Path) -> None:
    assert_same_tree(path.read_text(encoding="utf-8"))


def test_every_fixture_that_renders_parses_to_the_same_tree() -> None:
    rendered = 0
    for path in FIXTURES:
        for name, data in Pipeline().build(path).files.items():
            if name.endswith(".md"):
                assert_same_tree(data.decode("utf-8"))
                rendered += 1
    assert rendered


WORDS = ["beslut", "Summa", "425 000", "år", "x", "1", "Älvdalen", "ÖK", "a.b", "-", "."]
MARKS = [" ", " ", "  \n", "\n", "*", "**", "***", "_", "__", "`", "``", "\\", "\\*", "\\_",
         "\\`", "\\\\", "\\|", "\\<", "[", "]", "(", ")", "!", "![", "<", ">", "&", ";", "#",
         "|", ":", "'", '"', "~", "{", "}", "@", "\t", "http://x.se", "\r\n", "\r", "\n   \n",
         " \n \n", "---", "- - -", "===", "\n#", "\n> ", "\n[1]: /x"]
SPANS = ["<http://exempel.se/a?b=1>", "<https://x.se>", "<namn@exempel.se>",
         "<mailto:a@b.se>", "&amp;", "&lt;", "&lt;br>", "&#8211;", "&#x26;", "&nbsp;",
         "&bogus;", "&#0;", "&#2;", "&#3;", "&#x2;", "[länk](http://x.se \"titel\")", "[länk](<http://x.se>)",
         "[ref][1]", "[1]", "![bild](b.png)", "![alt][1]", "`kod | med pipe`",
         "``a ` b``", "*em*", "**strong**", "***båda***", "_em_", "__strong__",
         "*a **b** c*", "**a *b* c**", "<br>", "<b>fet</b>", "\x02", "\x03",
         "\x02klzzwxh:0000\x03", "\x02klzzwxh:0001\x03", "\x0242\x03", "\x02wzxhzdk:0\x03"]

inline = st.lists(st.sampled_from(WORDS + MARKS + SPANS), max_size=14).map("".join)
cell = inline.map(lambda text: text.replace("\n", " "))


@st.composite
def table(draw: st.DrawFn) -> str:
    width = draw(st.integers(1, 3))
    rows = draw(st.lists(st.lists(cell, min_size=width, max_size=width), min_size=1,
                         max_size=4))
    edge = draw(st.sampled_from(["|", "| ", ""]))
    lines = [edge + draw(st.sampled_from([" | ", "|"])).join(row)
             + draw(st.sampled_from([" |", "|", "", "\\|", "\\\\|"])) for row in rows]
    rule = edge + "|".join(draw(st.sampled_from(["---", ":--", "--:", ":-:"]))
                           for _ in range(width)) + edge
    return "\n".join([lines[0], rule, *lines[1:]])


@st.composite
def listing(draw: st.DrawFn) -> str:
    items = draw(st.lists(inline, min_size=1, max_size=4))
    marks = draw(st.sampled_from([["- "] * 4, ["* "] * 4, ["1. ", "2. ", "3. ", "4. "]]))
    indent = draw(st.sampled_from(["", "    "]))
    return "\n".join(("" if i == 0 else indent * (i % 2)) + marks[i] + item
                     for i, item in enumerate(items))


@st.composite
def block(draw: st.DrawFn) -> str:
    kind = draw(st.sampled_from(["text", "text", "table", "list", "heading", "quote",
                                 "code", "div", "reference", "rule", "setext"]))
    if kind == "table":
        return draw(table())
    if kind == "list":
        return draw(listing())
    if kind == "heading":
        return "#" * draw(st.integers(1, 3)) + " " + draw(inline)
    if kind == "quote":
        return "> " + draw(inline)
    if kind == "code":
        return "    " + draw(inline)
    if kind == "rule":
        return draw(st.sampled_from(["---", "* * *", "___", " - - -", "***", "--", "**"]))
    if kind == "setext":
        return draw(inline) + draw(st.sampled_from(["\n===", "\n---", "\n-"]))
    if kind == "reference":
        return "[1]: http://exempel.se/ref \"Titel\""
    if kind == "div":
        name = draw(st.sampled_from(["signaturer", "{.ruta}", ""]))
        inner = draw(st.lists(st.one_of(inline, table(), listing()), max_size=2))
        return "\n\n".join([f"::: {name}".rstrip(), *inner, ":::"])
    return draw(inline)


separators = st.sampled_from(["\n\n", "\n", "\n\n\n"])


@st.composite
def document(draw: st.DrawFn) -> str:
    blocks = draw(st.lists(block(), min_size=1, max_size=6))
    text = blocks[0]
    for part in blocks[1:]:
        text += draw(separators) + part
    return text + draw(st.sampled_from(["", "\n"]))


@settings(max_examples=600, deadline=None)
@given(document())
@example("| 1 | 2 |\n|---|--:|\n| **Summa** | 3 &amp; 4 |")
@example("a  \nb `c\\|d` \\* e_f_ *g* <h@i.se> &#8211; \x02klzzwxh:0000\x03")
@example("::: signaturer\n| För nämnden | |\n|---|---|\n| A<br>B | C&lt;br>D |\n:::")
@example("[x][1] ![y](z) <http://a.se>\n\n[1]: http://b.se")
@example("| a\n|---\n| b\nc\n\n| a |\n|---|\n| b |\n\n| a | b\n|---|---\nc")
@example("| &#2;38&#3; | `a\\\\b` |\n|---|---|\n| \x0238\x03 | 1 |")
@example("| **Summa** | **1 234** |\n|:--|--:|\n| *varav* Insats | *a*b |\n| **a **| * a* |")
@example("*varav* Insats  \n**b** c\n\n- *a* b\n    - **c**\n\n**a** **b**\n\n*ä*\u00a0b")
@example("- *&bogus;*em*\n    - \n- *em**a **b** c*<http://exempel.se/a?b=1>\n\n- ")
@example("- <http://exempel.se/a?b=1>_*__![bild](b.png)\n> ")
def test_markdown_ish_texts_parse_to_the_same_tree(text: str) -> None:
    assert_same_tree(text)


@settings(max_examples=300, deadline=None)
@given(inline)
def test_a_pattern_never_matches_text_without_its_needles(text: str) -> None:
    for pattern in parser._parser().inlinePatterns:
        needles = markdown_fast.needles_of(pattern)
        assert needles is not None
        if not any(needle in text for needle in needles):
            assert pattern.getCompiledRegExp().search(text) is None, (pattern, text)


def test_an_unknown_or_differently_compiled_pattern_has_no_needles() -> None:
    md = parser._parser()
    unknown = inlinepatterns.SimpleTextInlineProcessor(r"(~~)", md)
    verbose = inlinepatterns.SubstituteTagInlineProcessor(inlinepatterns.LINE_BREAK_RE, "br")
    verbose.compiled_re = re.compile(inlinepatterns.LINE_BREAK_RE, re.VERBOSE)
    assert markdown_fast.needles_of(unknown) is None
    assert markdown_fast.needles_of(verbose) is None


def test_an_added_unknown_pattern_is_tried_on_every_text() -> None:
    fast = parser.stock_parser()
    markdown_fast.install(fast)
    stock = reference_parser()
    for md in (fast, stock):
        md.inlinePatterns.register(
            inlinepatterns.SimpleTagInlineProcessor(r"(~~)(.+?)~~", "del"), "del", 65)
    assert isinstance(fast.treeprocessors["inline"], markdown_fast.QuickInline)
    for text in ["a ~~b~~ c", "| ~~1~~ | 2 |\n|---|---|\n| 3 | ~~4~~ |", "*~~x~~*", "plain"]:
        trees = []
        for md in (fast, stock):
            md.reset()
            root = md.parser.parseDocument(text.split("\n")).getroot()
            assert root is not None
            for treeprocessor in md.treeprocessors:
                root = treeprocessor.run(root) or root
            trees.append(etree.tostring(root, encoding="unicode"))
        assert trees[0] == trees[1]
        assert ("<del>" in trees[0]) == ("~~" in text)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["#", "##", "###", "####", "#######", " ", "a", "Ö", "\\",
                                 "\\#", "\\\\", "\n", "\n#", "\n\n", "\t", "*"]),
                max_size=16).map("".join))
@example("# a #\\")
@example("#" * 9 + " x ##\n## y \\\n# z")
def test_the_quick_hash_header_expression_finds_what_the_stock_one_finds(text: str) -> None:
    stock = re.compile(markdown_fast.STOCK_HASH_HEADER)
    assert stock.pattern == markdown.blockprocessors.HashHeaderProcessor.RE.pattern
    quick = re.compile(markdown_fast.QUICK_HASH_HEADER)
    found = [(m.span(), m.groupdict()) if m else None
             for m in (stock.search(text), quick.search(text))]
    assert found[0] == found[1], text


def test_the_unescape_walk_is_cut_short_only_without_backslashes_and_references() -> None:
    md = parser._parser()
    inline = md.treeprocessors["inline"]
    assert isinstance(inline, markdown_fast.QuickInline)
    for text, quiet in [("| **a** | `b` |\n|---|---|\n| 1 | 2 |", True), ("a \\* b", False),
                        ("<http://exempel.se> och `kod`\n\n    kod", True),
                        ("| <http://a.se> | *b* |\n|---|---|\n| c | <d@e.se> |", True),
                        ("a &#2;38&#3; b", False), ("| a | b &amp; c |\n|---|---|", False)]:
        root = parse_markdown(text)
        assert (inline.quiet_root is root) == quiet, text
        assert_same_tree(text)


def test_a_lone_emphasis_is_made_without_the_emphasis_processor(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts = ["| **Summa** | **1 234** |\n|---|---|\n| *varav* a b | 2 |",
             "**a** `b`\n\n*a*b\n\n**a **\n\n* a*"]
    trees = [outcome(parse_markdown, text) for text in texts]
    matched: list[str] = []
    handle = inlinepatterns.DelimiterProcessor.handleMatch

    def counted(self: inlinepatterns.DelimiterProcessor, m: re.Match[str], data: str) -> object:
        matched.append(data)
        return handle(self, m, data)

    monkeypatch.setattr(inlinepatterns.DelimiterProcessor, "handleMatch", counted)
    assert outcome(parse_markdown, texts[0]) == trees[0] == outcome(reference_parse, texts[0])
    assert matched == ["**Summa**", "**1 234**", "*varav* a b"]  # by the reference parse
    matched.clear()
    assert outcome(parse_markdown, texts[1]) == trees[1] == outcome(reference_parse, texts[1])
    assert len(matched) > 2 and matched[0].startswith("**a** ")


def test_the_inline_step_sees_only_the_elements_on_the_way_to_its_work(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[list[str]] = []
    run = treeprocessors.InlineProcessor.run

    def watched(self: treeprocessors.InlineProcessor, tree: etree.Element,
                ancestors: list[str] | None = None) -> etree.Element:
        seen.append([element.tag for element in tree.iter()])
        return run(self, tree, ancestors)

    monkeypatch.setattr(treeprocessors.InlineProcessor, "run", watched)
    for text, tags in [
        ("::: a\n::: b\nx <http://a.se>\ny\n\nz\n:::\n:::\n\n| 1 | 2 |\n|--|--|\n| 3 | 4 |",
         ["div", "div", "div", "p"]),
        ("| 1 | 2 |\n|--|--|\n| 3 | [4](x) |\n| 5 | 6 |",
         ["div", "table", "tbody", "tr", "td"]),
        ("- a\n    - [b](x)\n\n| 1 | [2](y) |\n|--|--|\n\nc",
         ["div", "ul", "li", "ul", "li", "table", "thead", "tr", "th"]),
        ("a\n\n| 1 | 2 |\n|--|--|\n| 3 | 4 |", None),
        # lone emphases and line breaks are made before the stock step, which has nothing
        # left to do
        ("| **1** | 2 |\n|--|--|\n| *varav* 3 | **4 5** |\n\n*a* b\n\nc  \nd   \n  \ne  "
         "\n\n**Beslutsunderlag**  \nDatum: 2024-02-15  \nDnr: 1", None),
    ]:
        seen.clear()
        assert_same_tree(text)
        assert seen[0] == tags if tags else len(seen) == 1, text  # the fast parse first


def test_a_tail_to_work_on_is_worked_on_as_the_stock_step_does() -> None:
    fast = parser.stock_parser()
    markdown_fast.install(fast)
    results = []
    for md in (fast, reference_parser()):
        md.reset()
        root = etree.Element("div")
        paragraph = etree.SubElement(root, "p")
        paragraph.text = "a"
        etree.SubElement(paragraph, "br").tail = "**b** <http://x.se> c"
        for treeprocessor in md.treeprocessors:
            root = treeprocessor.run(root) or root
        results.append((etree.tostring(root, encoding="unicode"),
                        [(type(e.text).__name__, type(e.tail).__name__) for e in root.iter()]))
    inline = fast.treeprocessors["inline"]
    assert isinstance(inline, markdown_fast.QuickInline)
    assert [element.tag for element in inline.worked_on] == ["p"]
    assert results[0] == results[1]
    assert "<strong>b</strong>" in results[0][0]

"""Property specification of Markdown → Word: every word of the Markdown appears in the
.docx, in the same order — headings, paragraphs, emphasis, lists, quotes and tables alike."""

from __future__ import annotations

import datetime
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.word.document import DocxMeta, markdown_to_docx
from generator.word.dump import docx_plain_text

REFERENCE = Path(__file__).resolve().parents[2] / "templates" / "reference.docx"
META = DocxMeta(title="Beslut", dnr="HSN 2024/1", date=datetime.date(2024, 2, 15),
                header_lines=("Region Exempel",))
WORD = re.compile(r"[^\W\d_]+")
VOCABULARY = ["medel", "beslut", "Länschefsnätverket", "överenskommelse", "år", "ÖK",
              "insatser", "för", "och", "psykisk", "hälsa", "suicidprevention", "Älvdalen"]

words = st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=8)


@st.composite
def phrase(draw: st.DrawFn) -> str:
    """Words, some in bold or italic, some with punctuation."""
    parts = []
    for word in draw(words):
        form = draw(st.sampled_from(["{}", "{}", "{},", "**{}**", "*{}*", "({})", "{}."]))
        parts.append(form.format(word))
    return " ".join(parts)


@st.composite
def block(draw: st.DrawFn) -> str:
    """One Markdown block: paragraph, heading, list, quote or table."""
    kind = draw(st.sampled_from(["paragraph", "heading", "bullets", "numbers", "quote",
                                 "table"]))
    if kind == "heading":
        return "#" * draw(st.integers(1, 4)) + " " + " ".join(draw(words))
    if kind in ("bullets", "numbers"):
        items = draw(st.lists(phrase(), min_size=1, max_size=4))
        marks = ["- "] * len(items) if kind == "bullets" else [
            f"{i}. " for i in range(1, len(items) + 1)]
        return "\n".join(m + item for m, item in zip(marks, items, strict=True))
    if kind == "quote":
        return "> " + draw(phrase())
    if kind == "table":
        width = draw(st.integers(1, 3))
        rows = draw(st.lists(st.lists(phrase(), min_size=width, max_size=width),
                             min_size=2, max_size=4))
        lines = ["| " + " | ".join(row) + " |" for row in rows]
        return "\n".join([lines[0], "|" + "---|" * width, *lines[1:]])
    return draw(phrase())


markdown = st.lists(block(), min_size=1, max_size=6).map(lambda blocks: "\n\n".join(blocks) + "\n")


def in_order(needles: list[str], haystack: list[str]) -> bool:
    """Tell whether needles appear in haystack in the same order (others may come between)."""
    rest = iter(haystack)
    return all(needle in rest for needle in needles)


@settings(max_examples=60, deadline=None)
@given(markdown)
def test_every_word_of_the_markdown_is_in_the_word_document_in_order(text: str) -> None:
    document = docx_plain_text(markdown_to_docx(text, META, REFERENCE))
    assert in_order(WORD.findall(text), WORD.findall("\n".join(document))), (text, document)


def test_the_order_check_sees_a_missing_or_moved_word() -> None:
    assert in_order(["a", "b"], ["a", "x", "b"])
    assert not in_order(["a", "b"], ["b", "a"])
    assert not in_order(["a", "b"], ["a"])

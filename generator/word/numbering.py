"""Restartable numbered lists.

A "List Number" style points at one numbering instance (`w:num`), so every paragraph
in that style would continue one long count through the document. Each Markdown
ordered list instead gets a new `w:num` that shares the style's abstract definition
and overrides the start value (`w:lvlOverride/w:startOverride`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from generator.word.oxml import XmlNode, add, make, paragraph_property, qn

if TYPE_CHECKING:
    from generator.word.draft import Draft


class ListNumbering(NamedTuple):
    """Numbering for the paragraphs of one ordered list."""

    num_id: int
    level: int


class NumberingRestarter:
    """Creates one numbering instance per ordered list in a document."""

    def __init__(self, draft: Draft) -> None:
        self._draft = draft

    def start_list(self, style_name: str, start: int = 1) -> ListNumbering | None:
        """A new instance of `style_name`'s numbering starting at `start`.

        None when the style has no numbering (the list then keeps the style's look,
        without restarting).
        """
        found = self._draft.styles.numbering(style_name)
        if found is None:
            return None
        base_num_id, level = found
        numbering = self._draft.numbering
        base = next((num for num in numbering.findall(qn("w:num"))
                     if num.get(qn("w:numId")) == str(base_num_id)), None)
        abstract = None if base is None else base.find(qn("w:abstractNumId"))
        if abstract is None:
            return None
        num_id = _next_num_id(numbering)
        num = make("w:num", {"w:numId": str(num_id)})
        add(num, "w:abstractNumId", {"w:val": str(int(abstract.get(qn("w:val")) or ""))})
        successor = numbering.find(qn("w:numIdMacAtCleanup"))
        if successor is None:
            numbering.append(num)
        else:
            numbering.insert(numbering.index(successor), num)
        override = add(num, "w:lvlOverride", {"w:ilvl": str(level)})
        add(override, "w:startOverride", {"w:val": str(start)})
        return ListNumbering(num_id=num_id, level=level)


def _next_num_id(numbering: XmlNode) -> int:
    """The first `w:numId` no `w:num` uses, from 1 (as python-docx numbers a new one)."""
    used = {int(num.get(qn("w:numId")) or "") for num in numbering.findall(qn("w:num"))}
    return next(n for n in range(1, len(used) + 2) if n not in used)


def apply_numbering(paragraph: XmlNode, numbering: ListNumbering) -> None:
    """Point a paragraph at `numbering` (`w:pPr/w:numPr`)."""
    properties = paragraph_property(paragraph, "w:numPr")
    add(properties, "w:ilvl", {"w:val": str(numbering.level)})
    add(properties, "w:numId", {"w:val": str(numbering.num_id)})

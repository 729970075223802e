"""Restartable numbered lists.

A "List Number" style points at one numbering instance (`w:num`), so every paragraph
in that style would continue one long count through the document. Each Markdown
ordered list instead gets a new `w:num` that shares the style's abstract definition
and overrides the start value (`w:lvlOverride/w:startOverride`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from generator.word.oxml import XmlNode, add, paragraph_property

if TYPE_CHECKING:
    from generator.word.draft import Draft


@dataclass(frozen=True)
class ListNumbering:
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
        try:
            abstract_id = int(numbering.num_having_numId(base_num_id).abstractNumId.val)
        except KeyError:
            return None
        num = numbering.add_num(abstract_id)
        num.add_lvlOverride(level).add_startOverride(start)
        return ListNumbering(num_id=int(num.numId), level=level)


def apply_numbering(paragraph: XmlNode, numbering: ListNumbering) -> None:
    """Point a paragraph at `numbering` (`w:pPr/w:numPr`)."""
    properties = paragraph_property(paragraph, "w:numPr")
    add(properties, "w:ilvl", {"w:val": str(numbering.level)})
    add(properties, "w:numId", {"w:val": str(numbering.num_id)})

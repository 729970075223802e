"""Restartable numbered lists.

A "List Number" style points at one numbering instance (`w:num`), so every paragraph
in that style would continue one long count through the document. Each Markdown
ordered list instead gets a new `w:num` that shares the style's abstract definition
and overrides the start value (`w:lvlOverride/w:startOverride`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class ListNumbering:
    """Numbering for the paragraphs of one ordered list."""

    num_id: int
    level: int


class NumberingRestarter:
    """Creates one numbering instance per ordered list in a document."""

    def __init__(self, document: Any) -> None:
        self._document = document

    def start_list(self, style_name: str, start: int = 1) -> ListNumbering | None:
        """A new instance of `style_name`'s numbering starting at `start`.

        None when the style has no numbering (the list then keeps the style's look,
        without restarting).
        """
        found = _style_numbering(self._document.styles[style_name])
        if found is None:
            return None
        base_num_id, level = found
        numbering = self._document.part.numbering_part.element
        try:
            abstract_id = int(numbering.num_having_numId(base_num_id).abstractNumId.val)
        except KeyError:
            return None
        num = numbering.add_num(abstract_id)
        num.add_lvlOverride(level).add_startOverride(start)
        return ListNumbering(num_id=int(num.numId), level=level)


def apply_numbering(paragraph: Any, numbering: ListNumbering) -> None:
    """Point a python-docx paragraph at `numbering` (`w:pPr/w:numPr`)."""
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = numbering.level
    num_pr.get_or_add_numId().val = numbering.num_id


def _style_numbering(style: Any) -> tuple[int, int] | None:
    """(numId, ilvl) from the style's paragraph properties, following `basedOn`."""
    while style is not None:
        ppr = style.element.pPr
        num_pr = None if ppr is None else ppr.numPr
        if num_pr is not None and num_pr.numId is not None:
            level = 0 if num_pr.ilvl is None else int(num_pr.ilvl.val)
            return int(num_pr.numId.val), level
        style = style.base_style
    return None

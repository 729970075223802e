"""Children that the inline step has no work in, set aside while it runs.

Python-Markdown's inline step walks the whole tree, breadth first, and works on the texts
and tails of each element's children. In a decision most of them need nothing (plain
table cells, whole tables without emphasis), yet each one costs the walk a look at its
text and tail and, for a tail, a copy of its siblings. `markdown_fast.QuickInline` knows
which texts and tails hold work; every element that holds none and has none below it is
taken out of its parent for the step and put back after.

The step does the same then: an element set aside would stash nothing (so the numbers of
the placeholders stay as they were), and it adds elements only at the start of an
element whose text it works on and right after a child whose tail it works on. An element
set aside is put back before the sibling it stood before (or last), which is where those
additions leave it in the whole tree. An element whose own text holds work keeps all its
children: where it has some, the stock step leaves the tails it makes there otherwise than
where it has none ('- <http://a.se>_*__[l](x)' over a quote: `_*_` is emphasis only beside
the quote).
"""

from __future__ import annotations

import xml.etree.ElementTree as etree
from collections.abc import Iterable

Parents = dict[etree.Element, etree.Element]


class SetAside:
    """The elements on the way to some work, and the children set aside below them."""

    def __init__(self, work: Iterable[etree.Element], parents: Parents,
                 whole: frozenset[etree.Element] = frozenset()) -> None:
        """Set aside every child of an element on the way down to `work` that is not on
        the way itself (a dict keeps the elements in order, as a set would not), but for
        the children of the elements in `whole`."""
        live: dict[etree.Element, None] = {}
        for element in work:
            found: etree.Element | None = element
            while found is not None and found not in live:
                live[found] = None
                found = parents.get(found)
        self.live = live
        self.holders: list[tuple[etree.Element, list[etree.Element]]] = []
        for holder in live:
            if holder in whole:
                continue
            children = list(holder)
            kept = [child for child in children if child in live]
            if len(kept) < len(children):
                self.holders.append((holder, children))
                holder[:] = kept

    def put_back(self) -> None:
        """Put each child set aside back before the sibling it stood before, or last."""
        live = self.live
        for holder, children in self.holders:
            before: dict[etree.Element, list[etree.Element]] = {}
            pending: list[etree.Element] = []
            for child in children:
                if child in live:
                    before[child], pending = pending, []
                else:
                    pending.append(child)
            order: list[etree.Element] = []
            for child in holder:
                order += before.get(child, ())
                order.append(child)
            holder[:] = order + pending

"""Body elements kept as markup until the document is serialized, parsed only if read.

A data table is written as markup (see `tables`) and nothing reads it again: parsing it
into lxml only for `serialize` to write the same text back costs more than the rest of
the table. So the body holds a placeholder (a processing instruction) in its place and
the serialized document gets the markup spliced in. A paragraph's runs are deferred the
same way inside its element (`append_content`): its properties stay an element that later
steps change, and its text is read from its spans (`runs.runs_text`). The markup is
exactly what lxml writes for the parsed elements (escapes as libxml2 writes them, empty
elements closed with "/>", no namespace declarations under the root), so the bytes are
the same; tests hold the two to each other. A placeholder that the writer has to look
into is parsed then (`materialize`), and markup with a character XML does not allow is
parsed at once, so that it fails as before.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from typing import Any, Final

from lxml import etree  # type: ignore[import-untyped]

from generator.word.oxml import XmlNode
from generator.word.runs import parse_fragment

TARGET: Final = "beslut-deferred"  # the placeholders' processing-instruction target
_MARK: Final = f"<?{TARGET} ?>".encode()  # as lxml writes it
_CONTENT: Final = "p"  # the element that deferred content is parsed in


@functools.cache
def _not_xml() -> re.Pattern[str]:
    """Characters outside XML 1.0's Char production, and surrogates (which fail to encode);
    compiled the first time some markup is not printable, not at every start."""
    return re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def all_xml(markup: str) -> bool:
    """Whether XML allows every character of `markup` (this way round for speed: table
    markup is printable text but for its no-break spaces, and that is quick to check)."""
    return markup.replace("\xa0", " ").isprintable() or not _not_xml().search(markup)


class DeferredMarkup:
    """The markup of a document's deferred elements, in the order of their placeholders."""

    def __init__(self) -> None:
        self._pending: dict[Any, tuple[str, str]] = {}  # placeholder -> (tag or "", inner)

    def append(self, parent: XmlNode, tag: str, inner: str, source: str | None = None) -> None:
        """Append `<w:tag>` holding `inner` to `parent`, as a placeholder when it can be.

        `source`, when given, holds every character that the markup's texts and
        attribute values were made of (the rest is markup and escapes): checking it
        costs a fraction of checking the markup.
        """
        if not all_xml(inner if source is None else source):
            parent.append(parse_fragment(tag, inner))  # raises the parser's error
            return
        placeholder: Any = etree.ProcessingInstruction(TARGET)
        parent.append(placeholder)
        self._pending[placeholder] = (tag, inner)

    def append_content(self, parent: XmlNode, inner: str) -> None:
        """Append the elements of the markup `inner` (a paragraph's runs) to `parent`, as a
        placeholder when they can be (the markup then follows the parent's children)."""
        if not all_xml(inner):
            for node in list(parse_fragment(_CONTENT, inner)):  # raises the parser's error
                parent.append(node)
            return
        placeholder: Any = etree.ProcessingInstruction(TARGET)
        parent.append(placeholder)
        self._pending[placeholder] = ("", inner)

    def edit(self, node: XmlNode, change: Callable[[str], str | None]) -> bool:
        """Change the markup of placeholder `node` to what `change` makes of it; False when
        `node` is no placeholder or `change` gives None (it cannot: parse it, see
        `materialize`)."""
        found = self._pending.get(node)
        changed = None if found is None else change(found[1])
        if found is None or changed is None:
            return False
        self._pending[node] = (found[0], changed)
        return True

    def materialize(self, nodes: Sequence[XmlNode]) -> list[XmlNode]:
        """`nodes` with every placeholder among them replaced by its parsed element."""
        result = []
        for node in nodes:
            found = self._pending.pop(node, None)
            if found is not None:
                element = parse_fragment(*found)
                placeholder: Any = node
                placeholder.getparent().replace(placeholder, element)
                node = element
            result.append(node)
        return result

    def splice(self, data: bytes) -> bytes:
        """The serialized document `data` with each placeholder replaced by its markup."""
        if not self._pending:
            return data
        pieces = data.split(_MARK)
        if len(pieces) != len(self._pending) + 1:
            raise AssertionError("a deferred element's placeholder is missing")
        chunks = [pieces[0]]
        for (tag, inner), after in zip(self._pending.values(), pieces[1:], strict=True):
            chunks += ((f"<w:{tag}>{inner}</w:{tag}>" if tag else inner).encode(), after)
        return b"".join(chunks)

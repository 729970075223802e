"""Fast composition of a plain case file from libyaml's event stream.

PyYAML's pure-Python scanner and parser cost most of the time spent reading a case. When
PyYAML carries libyaml (``yaml.__with_libyaml__``), its C parser yields the same events
with the same marks (0-based line and column, ``index`` in characters of the decoded
text), so the node tree is composed here, in Python and without recursion, from those
events. Nothing else of PyYAML's C side is used: no C composer, so no alias is ever
resolved, and parsing stops at the first event that is not plain.

Only a file without anything to report on the composition level is composed here: at the
first tag, anchor, alias, directive, nesting deeper than the limit, second document or
syntax error (as libyaml sees it), ``compose_plain`` gives up and returns ``None``. The
caller then reads the file with the pure-Python loader, which reports those problems with
PyYAML's wording and positions, exactly as before.

libyaml accepts a little more than PyYAML and places a few empty values differently, so
the same happens where the two could disagree (found by comparing both on many mutated
case files):

* a byte order mark (PyYAML counts no column for it), the line breaks U+0085, U+2028 and
  U+2029, or a carriage return without a line feed, anywhere in the text;
* a tab outside quotes and outside the lines of a block scalar (libyaml takes it for a
  space between tokens, PyYAML stops);
* a block scalar header PyYAML refuses, such as ``|#``;
* in a flow collection (``[ ]``, ``{ }``), a plain scalar that is empty or holds one of
  ``?:#,[]{}`` (PyYAML ends a plain scalar at ``?`` there);
* an empty value placed at the end of a text that does not end with a line break.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from typing import Any

import yaml
from yaml.events import (
    DocumentEndEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
    StreamStartEvent,
)
from yaml.nodes import CollectionNode, MappingNode, Node, ScalarNode, SequenceNode

_UNUSUAL = "\ufeff\x85\u2028\u2029"
"""Characters on which PyYAML and libyaml could place later nodes differently."""

_HEADER = re.compile(r"[|>](?:[-+][1-9]?|[1-9][-+]?)?(?: +(?:#[^\r\n]*)?)?(?:\r?\n|\Z)")
"""A block scalar header as PyYAML reads it: indicators, then spaces and a comment."""

_FLOW_PLAIN = frozenset("?:#,[]{}")
"""Characters of a plain scalar in a flow collection on which the two parsers differ."""

_Open = tuple[CollectionNode, list[Node]]


def compose_plain(text: str, max_depth: int) -> Node | None:
    """The document of text composed from libyaml's events, or None to read it the slow way.

    None means: libyaml is missing, or the text or its events show something the
    pure-Python loader must report or might read differently (see the module docstring).
    """
    parser = None if _unusual(text) else _libyaml_parser(text)
    if parser is None:
        return None
    try:
        root = _document(parser, _Rules(text, max_depth))
    except yaml.YAMLError:
        return None
    finally:
        parser.dispose()
    if root is None or ("\t" in text and not _tabs_inside_text(text, root)):
        return None
    return root


def _libyaml_parser(text: str) -> Any:
    """libyaml's parser of text, or None when PyYAML was built without libyaml."""
    try:
        from yaml._yaml import CParser
    except ImportError:  # then the pure-Python loader reads every file
        return None
    return CParser(text)


def _unusual(text: str) -> bool:
    """Tell whether text holds an unusual character or a carriage return alone."""
    return any(char in text for char in _UNUSUAL) or text.count("\r") != text.count("\r\n")


class _Rules:
    """What a plain document may hold beyond the grammar both parsers share."""

    def __init__(self, text: str, max_depth: int) -> None:
        self.text = text
        self.max_depth = max_depth
        self.end = len(text) if not text.endswith("\n") else len(text) + 1
        """An empty value from here on is placed at the end of a text without a final line
        break, which libyaml (not PyYAML) counts as the start of a new line."""

    def scalar(self, event: Any, in_flow: bool) -> ScalarNode | None:
        """The node of a scalar event, else None when it is not plain."""
        if event.tag is not None or event.anchor is not None:
            return None
        start = event.start_mark
        value, style = event.value, event.style or None  # libyaml's plain style is ''
        if style is None:
            if not value and (in_flow or start.index >= self.end):
                return None
            if in_flow and not _FLOW_PLAIN.isdisjoint(value):
                return None
        elif style in ("|", ">") and _HEADER.match(self.text, start.index) is None:
            return None
        return ScalarNode("", value, start, event.end_mark, style)

    def collection(self, event: Any, depth: int) -> CollectionNode | None:
        """The (still empty) node of a collection start event, else None."""
        if event.tag is not None or event.anchor is not None or depth >= self.max_depth:
            return None
        kind = MappingNode if type(event) is MappingStartEvent else SequenceNode
        return kind("", None, event.start_mark, None, event.flow_style)


def _document(parser: Any, rules: _Rules) -> Node | None:
    """The one document of the stream without directives, else None."""
    if type(parser.get_event()) is not StreamStartEvent:
        return None
    start = parser.get_event()
    if type(start) is not DocumentStartEvent or start.version or start.tags:
        return None
    root = _tree(parser, rules)
    if root is None or type(parser.get_event()) is not DocumentEndEvent:
        return None
    return root if type(parser.get_event()) is StreamEndEvent else None


def _tree(parser: Any, rules: _Rules) -> Node | None:
    """Compose the next node and everything in it, else None at anything not plain."""
    get_event = parser.get_event
    opened: list[_Open] = []
    flows = 0  # how many of the opened collections are flow collections
    while True:
        event = get_event()
        kind = type(event)
        node: Node | None
        if kind is ScalarEvent:
            if (event.style or flows or not event.value or event.tag is not None
                    or event.anchor is not None):
                node = rules.scalar(event, flows > 0)
            else:  # most values: a plain, untagged, nonempty block scalar, as `scalar` makes it
                node = ScalarNode("", event.value, event.start_mark, event.end_mark, None)
        elif kind is MappingStartEvent or kind is SequenceStartEvent:
            collection = rules.collection(event, len(opened))
            if collection is None:
                return None
            opened.append((collection, []))
            flows += bool(collection.flow_style)
            continue
        elif kind is MappingEndEvent or kind is SequenceEndEvent:
            node = _close(*opened.pop(), event)
            flows -= bool(node.flow_style)
        else:  # an alias: never followed
            return None
        if node is None:
            return None
        if not opened:
            return node
        opened[-1][1].append(node)


def _close(node: CollectionNode, items: list[Node], event: Any) -> CollectionNode:
    """The collection with its items (key and value pairs for a mapping) and end."""
    pairs = isinstance(node, MappingNode)
    node.value = list(zip(items[::2], items[1::2], strict=True)) if pairs else items
    node.end_mark = event.end_mark  # libyaml's mark: index, line and column alike
    return node


def _tabs_inside_text(text: str, root: Node) -> bool:
    """Tell whether every tab stands inside quotes or in the lines of a block scalar.

    libyaml also takes a tab for a space between tokens, where PyYAML stops with a
    syntax error; only tabs inside a text's content are read alike by both.
    """
    spans = sorted(_text_spans(text, root))
    starts = [start for start, _ in spans]
    for match in re.finditer("\t", text):
        at = bisect_left(starts, match.start()) - 1
        if at < 0 or not spans[at][0] < match.start() < spans[at][1]:
            return False
    return True


def _text_spans(text: str, root: Node) -> Iterator[tuple[int, int]]:
    """Where the content of each quoted and block scalar lies, exclusive at both ends."""
    waiting = [root]
    while waiting:
        node = waiting.pop()
        if isinstance(node, MappingNode):
            waiting.extend(part for pair in node.value for part in pair)
        elif isinstance(node, SequenceNode):
            waiting.extend(node.value)
        elif not isinstance(node, ScalarNode) or node.style is None:
            continue
        elif node.style in ("'", '"'):
            yield node.start_mark.index, node.end_mark.index - 1
        else:  # the content starts on the line after the header
            header_end = text.find("\n", node.start_mark.index)
            yield (len(text) if header_end < 0 else header_end), node.end_mark.index

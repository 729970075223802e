"""Fast reading of a plain case file from libyaml's event stream.

PyYAML's pure-Python scanner and parser cost most of the time spent reading a case. When
PyYAML carries libyaml (``yaml.__with_libyaml__``), its C parser yields the same events
with the same marks (0-based line and column, ``index`` in characters of the decoded
text), so the events are handed straight to the loader's builder (a ``Sink``), which
makes the values and their positions without a node tree in between. Nothing else of
PyYAML's C side is used: no C composer, so no alias is ever resolved, and reading stops
at the first event that is not plain.

libyaml refuses the characters PyYAML refuses (`Reader.NON_PRINTABLE`), anywhere in the
text: a file read here holds none, and the loader looks for one only in the other files.

Only a file without anything to report on the composition level is read here: at the
first tag, anchor, alias, directive, nesting deeper than the limit, second document or
syntax error (as libyaml sees it), ``replay_plain`` gives up and returns False. The
caller then drops what its sink made and reads the file with the pure-Python loader,
which reports those problems with PyYAML's wording and positions, exactly as before.

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
from typing import Any, Final, Protocol

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

_UNUSUAL = "\ufeff\x85\u2028\u2029"
"""Characters on which PyYAML and libyaml could place later nodes differently."""

_HEADER = re.compile(r"[|>](?:[-+][1-9]?|[1-9][-+]?)?(?: +(?:#[^\r\n]*)?)?(?:\r?\n|\Z)")
"""A block scalar header as PyYAML reads it: indicators, then spaces and a comment."""
_USUAL_HEADERS: Final = ("|\n", ">\n", "|-\n", ">-\n", "|+\n", ">+\n")
"""Headers that `_HEADER` takes, the usual ones, told by a plain test (a call of the
pattern costs more)."""

_FLOW_PLAIN = frozenset("?:#,[]{}")
"""Characters of a plain scalar in a flow collection on which the two parsers differ."""


class Sink(Protocol):
    """What receives the events of a plain document, in document order."""

    def scalar(self, event: Any, style: str | None) -> None:
        """A scalar; `style` is None for a plain one (libyaml's plain style is '')."""

    def start(self, event: Any, mapping: bool) -> None:
        """The start of a mapping (`mapping`) or of a sequence."""

    def end(self, event: Any) -> None:
        """The end of the innermost open collection."""


def replay_plain(text: str, max_depth: int, sink: Sink, encoded: bytes | None = None) -> bool:
    """Hand the events of text's one document to sink; False to read it the slow way.

    False means: libyaml is missing, or the text or its events show something the
    pure-Python loader must report or might read differently (see the module docstring).
    The sink may then have received part of the document, which the caller drops.
    `encoded` is the text in UTF-8 when the caller has it: libyaml reads UTF-8, and gives
    the same events with the same marks for a text and for its UTF-8 (else the text is
    encoded here).
    """
    parser = None if _unusual(text) else _libyaml_parser(text if encoded is None else encoded)
    if parser is None:
        return False
    rules = _Rules(text, max_depth)
    try:
        plain = _document(parser, rules, sink)
    except yaml.YAMLError:
        return False
    finally:
        parser.dispose()
    return plain and (rules.spans is None or _tabs_inside_text(text, rules.spans))


def _libyaml_parser(text: str | bytes) -> Any:
    """libyaml's parser of text (or of its UTF-8), or None when PyYAML was built without
    libyaml."""
    try:
        from yaml._yaml import CParser
    except ImportError:  # then the pure-Python loader reads every file
        return None
    return CParser(text)


def _unusual(text: str) -> bool:
    """Tell whether text holds an unusual character or a carriage return alone."""
    return any(char in text for char in _UNUSUAL) or (
        "\r" in text and text.count("\r") != text.count("\r\n"))


class _Rules:
    """What a plain document may hold beyond the grammar both parsers share."""

    def __init__(self, text: str, max_depth: int) -> None:
        self.text = text
        self.max_depth = max_depth
        self.end = len(text) if not text.endswith("\n") else len(text) + 1
        """An empty value from here on is placed at the end of a text without a final line
        break, which libyaml (not PyYAML) counts as the start of a new line."""
        self.spans: list[tuple[int, int]] | None = [] if "\t" in text else None
        """Where the content of each quoted and block scalar lies (exclusive at both ends),
        noted only when the text holds a tab (see `_tabs_inside_text`)."""

    def plain_scalar(self, event: Any, in_flow: bool) -> bool:
        """Tell whether a scalar event that is not a usual plain value is plain enough."""
        if event.tag is not None or event.anchor is not None:
            return False
        start = event.start_mark
        value, style = event.value, event.style or None  # libyaml's plain style is ''
        if style is None:
            if not value and (in_flow or start.index >= self.end):
                return False
            if in_flow and not _FLOW_PLAIN.isdisjoint(value):
                return False
        elif (style in ("|", ">") and not self.text.startswith(_USUAL_HEADERS, start.index)
                and _HEADER.match(self.text, start.index) is None):
            return False
        if style is not None and self.spans is not None:
            self.spans.append(self._content(start.index, event.end_mark.index, style))
        return True

    def _content(self, start: int, end: int, style: str) -> tuple[int, int]:
        """Where the content of a quoted or block scalar lies, exclusive at both ends."""
        if style in ("'", '"'):
            return start, end - 1
        header_end = self.text.find("\n", start)  # the content starts on the next line
        return (len(self.text) if header_end < 0 else header_end), end

    def plain_collection(self, event: Any, depth: int) -> bool:
        """Tell whether a collection start event at depth is plain."""
        return event.tag is None and event.anchor is None and depth < self.max_depth


def _document(parser: Any, rules: _Rules, sink: Sink) -> bool:
    """Replay the one document of the stream without directives; False at anything else."""
    if type(parser.get_event()) is not StreamStartEvent:
        return False
    start = parser.get_event()
    if type(start) is not DocumentStartEvent or start.version or start.tags:
        return False
    if not _replay(parser, rules, sink) or type(parser.get_event()) is not DocumentEndEvent:
        return False
    return type(parser.get_event()) is StreamEndEvent


def _replay(parser: Any, rules: _Rules, sink: Sink) -> bool:
    """Hand the next node and everything in it to sink; False at anything not plain."""
    get_event = parser.get_event
    scalar, start, end = sink.scalar, sink.start, sink.end
    opened: list[bool] = []  # for each open collection: whether it is a flow collection
    flows = 0  # how many of the opened collections are flow collections
    while True:
        event = get_event()
        kind = type(event)
        if kind is ScalarEvent:
            if (event.style or flows or not event.value or event.tag is not None
                    or event.anchor is not None):
                if not rules.plain_scalar(event, flows > 0):
                    return False
                scalar(event, event.style or None)
            else:  # most values: a plain, untagged, nonempty block scalar
                scalar(event, None)
        elif kind is MappingStartEvent or kind is SequenceStartEvent:
            if not rules.plain_collection(event, len(opened)):
                return False
            flow = bool(event.flow_style)
            opened.append(flow)
            flows += flow
            start(event, kind is MappingStartEvent)
            continue
        elif kind is MappingEndEvent or kind is SequenceEndEvent:
            flows -= opened.pop()
            end(event)
        else:  # an alias: never followed
            return False
        if not opened:
            return True


def _tabs_inside_text(text: str, spans: list[tuple[int, int]]) -> bool:
    """Tell whether every tab stands inside quotes or in the lines of a block scalar.

    libyaml also takes a tab for a space between tokens, where PyYAML stops with a
    syntax error; only tabs inside a text's content are read alike by both.
    """
    spans = sorted(spans)
    starts = [start for start, _ in spans]
    for match in re.finditer("\t", text):
        at = bisect_left(starts, match.start()) - 1
        if at < 0 or not spans[at][0] < match.start() < spans[at][1]:
            return False
    return True

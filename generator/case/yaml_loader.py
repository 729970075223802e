"""Safe YAML loading for case files, keeping a source position for every value.

Python values are built here, never by a PyYAML constructor, so no tag can make
anything run. A plain file's values are built straight from libyaml's events
(``yaml_events``); any other, or every file when PyYAML lacks libyaml, is composed
into a node tree by PyYAML's pure-Python scanner, parser and composer (a
``SafeLoader`` subclass), which reports what it finds, and the values are built
from that tree. Both routes give the same values, positions and problems.

Scalar resolution (a deliberate design decision, stricter than YAML 1.1):

* Only plain (unquoted) scalars are resolved. Quoted scalars and block
  scalars (``|`` and ``>``) are always ``str``.
* ``true`` / ``false`` in any letter case give ``bool``.
* ``null`` (any letter case), ``~`` and an empty value give ``None``.
* ``[-+]?(0|[1-9][0-9]*)`` gives ``int``.
* Decimal numbers such as ``2330883.5``, ``-0.25`` or ``1.0e3`` give
  ``decimal.Decimal`` built from the source text, so no precision is lost.
  ``float`` is never produced.
* ``YYYY-MM-DD`` gives ``datetime.date``; an impossible date is a problem.
* ``YYYY-MM-DD[T ]HH:MM[:SS][ ](Z|+HH:MM|-HH:MM)`` gives ``datetime.datetime``,
  timezone-aware when a zone is written; an impossible time is a problem.
* Everything else is ``str``: ``yes``/``no``/``on``/``off``, numbers with
  leading zeros (``00256``), ``1:20``, ``2 330 883``, ``.inf``, ``.nan``,
  ``0x1F``, ``1_000``, fractional seconds and so on.

Mapping keys are always ``str``: a plain key such as ``2024`` or ``true`` is
taken as its text. Only complex keys (lists or mappings) are rejected.

Tags, anchors and aliases are rejected (aliases are never followed, so alias
bombs cannot expand), as are duplicate keys, several documents, nesting deeper
than ``MAX_DEPTH`` collections and files over ``MAX_BYTES``. All problems that
can be found in one pass are reported together in a ``CaseError``; a syntax
error stops parsing, so it is reported together with what was found before it (its
Swedish wording comes from ``yaml_syntax``). A list
item that YAML joins to the plain text above it leaves the document readable: it is kept in
``LoadedYaml.slips``, which validation reports with its own problems.
"""

from __future__ import annotations

import codecs
import datetime as dt
import errno
import os
import re
import stat
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache, cached_property
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final, cast

import yaml
from yaml.error import Mark
from yaml.events import AliasEvent, CollectionStartEvent, StreamEndEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.reader import Reader

from generator.case import limits
from generator.case.impossible_dates import why_impossible, why_impossible_time
from generator.case.joined_items import joined_items
from generator.case.text_safety import (
    character_message,
    escape_offset,
    forbidden_in,
    reference_message,
    referenced_forbidden,
)
from generator.case.yaml_events import replay_plain
from generator.case.yaml_marks import position_of
from generator.problems import START, CaseError, Position, Problem

Path_ = tuple[str | int, ...]
_Finding = tuple[Position, str]

MAX_BYTES = 2 * 1024 * 1024
MAX_DEPTH = 50

EMPTY = "filen är tom, skriv ärendets uppgifter som YAML (se cases/ för exempel)"
BINARY = "filen är inte en textfil (innehåller binära data), spara ärendet som UTF-8-text"
TOO_BIG = "filen är för stor (över 2 MB) för ett ärende"
TOO_DEEP = f"för djup nästling (mer än {MAX_DEPTH} nivåer)"
ANCHOR = "ankare och alias (& och *) stöds inte, skriv ut värdet där det behövs"
SEVERAL_DOCUMENTS = "filen innehåller flera YAML-dokument (---), ett ärende per fil"
EMPTY_KEY = "nyckeln får inte vara tom, skriv ett namn före kolonet"


@dataclass(frozen=True)
class LoadedYaml:
    """Plain Python data from a case file, with the source position of every part.

    ``values`` maps each path to the position of its value node; the root path
    ``()`` is always ``Position(1, 1)``. ``keys`` maps each path that ends in a
    mapping key to the position of that key.
    """

    data: Any
    values: Mapping[Path_, Position]
    keys: Mapping[Path_, Position]
    source: str = ""
    """The decoded text of the file."""
    slips: tuple[tuple[Position, str], ...] = ()
    """Problems found in loading that leave the document readable (a list item YAML joined
    to the text above it, `joined_items`): validation reports them with its own, so all the
    problems of a file come at once."""

    @cached_property
    def lines(self) -> tuple[str, ...]:
        """The decoded source lines, for placing problems inside a text field (split only
        when a problem asks: most cases have none, and splitting costs as much as checking
        every character)."""
        return tuple(self.source.splitlines())

    @cached_property
    def field_sources(self) -> dict[Position, tuple[str, int]]:
        """A cache for text.positions: the source of each field, read once."""
        return {}

    @cached_property
    def sorted_positions(self) -> list[Position]:
        """Every value and key position of the file, in file order."""
        return sorted({*self.values.values(), *self.keys.values()})

    def locate(self, loc: Sequence[str | int]) -> Position:
        """Position of the value at loc, else of its longest existing prefix."""
        path = self._alone(tuple(loc))
        for end in range(len(path), -1, -1):
            found = self.values.get(path[:end])
            if found is not None:
                return found
        return START

    def locate_key(self, loc: Sequence[str | int]) -> Position:
        """Position of the mapping key at loc if it exists, else ``locate(loc)``."""
        return self.keys.get(self._alone(tuple(loc))) or self.locate(loc)

    def _alone(self, path: tuple[str | int, ...]) -> tuple[str | int, ...]:
        """A place in a list of one that the file writes as its value alone ('i_tjansten:
        {namn: …}' for a list of one person): the place without the index 0, where the file
        has no list there; else the place as it is."""
        if path in self.values or 0 not in path:
            return path
        index = path.index(0)
        alone = path[:index] + path[index + 1:]
        return alone if path[:index + 1] not in self.values and alone in self.values else path


class _Stop(Exception):
    """Internal: a problem after which nothing more can be checked."""

    def __init__(self, position: Position, message: str) -> None:
        super().__init__(message)
        self.finding: _Finding = (position, message)


class _TooDeep(Exception):
    """Internal: the document nests collections deeper than MAX_DEPTH."""

    def __init__(self, mark: Mark | None) -> None:
        super().__init__(TOO_DEEP)
        self.mark = mark


class _ScalarProblem(ValueError):
    """Internal: a plain scalar that looks like a date or number but is not valid."""


class _Omitted(ScalarNode):
    """Stands in for an alias, which is reported and never followed."""


# ---------------------------------------------------------------- public API


def load_yaml_file(path: Path, display: str | None = None) -> LoadedYaml:
    """Read and load a case file; ``display`` names the file in messages."""
    name = str(path) if display is None else display
    try:
        raw = _read_regular(path)
    except OSError as exc:
        raise CaseError([Problem(name, START, _read_error(exc))]) from exc
    return load_yaml_bytes(raw, name)


def _read_regular(path: Path) -> bytes:
    """Read up to one byte past the limit; a pipe or a device is refused, never waited on."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, "not a regular file")
        return handle.read(MAX_BYTES + 1)


def load_yaml_bytes(raw: bytes, path: str) -> LoadedYaml:
    """Load a case file's bytes; raise CaseError with every problem found."""
    found: list[_Finding] = []
    try:
        loaded = _load(raw, found)
    except _Stop as stop:
        found.append(stop.finding)
    else:
        if not found:
            return loaded
        if loaded.slips:
            found = sorted([*found, *loaded.slips], key=lambda finding: finding[0])
    raise CaseError(Problem(path, position, message) for position, message in found)


def _read_error(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "filen finns inte, kontrollera sökvägen"
    if isinstance(exc, IsADirectoryError):
        return "sökvägen är en mapp, ange en YAML-fil"
    if exc.errno == errno.EINVAL:
        return "filen är ingen vanlig fil (en pipe eller en enhet) och läses inte"
    if isinstance(exc, PermissionError):
        return "filen kan inte läsas (behörighet saknas)"
    return "filen kunde inte läsas"


def _load(raw: bytes, found: list[_Finding]) -> LoadedYaml:
    """Load a case's bytes; a character YAML does not allow stops it first, at its place.

    libyaml refuses every character that `_check_characters` refuses, so a file libyaml
    reads whole holds none, and only the other files are looked through for one.
    """
    text = _decode(raw)
    encoded = raw.removeprefix(codecs.BOM_UTF8)
    if _is_blank(text):
        _check_characters(text, encoded)
        raise _Stop(START, EMPTY)
    loaded = _load_plain(text, found, encoded)
    if loaded is not None:
        return loaded
    _check_characters(text, encoded)
    node = _compose(text, found)
    return _build_root(node, found, text)


def _load_plain(text: str, found: list[_Finding], encoded: bytes | None = None
                ) -> LoadedYaml | None:
    """A plain document built from libyaml's events, else None to compose it the slow way.

    What the builder found is kept only when the whole document was plain: otherwise the
    pure-Python route reads the file again and reports everything itself. `encoded` is the
    text's UTF-8 as read, which libyaml reads without the text being encoded again.
    """
    builder = _EventBuilder(text)
    if not replay_plain(text, MAX_DEPTH, builder, encoded):
        return None
    if builder.empty:
        raise _Stop(START, EMPTY)
    loaded = _finish(builder, builder.data, builder.root_mark)
    found.extend(builder.found)
    return loaded


# ------------------------------------------------------------ bytes to text


@cache
def _line_break() -> re.Pattern[str]:
    """A line break as PyYAML counts them (compiled for the first position asked for)."""
    return re.compile("\r\n|[\r\n\x85\u2028\u2029]")


def _position_at(text: str, index: int) -> Position:
    """1-based line and column (in characters) of index, counted like PyYAML."""
    line, line_start = 1, 0
    for match in _line_break().finditer(text, 0, index):
        line, line_start = line + 1, match.end()
    return Position(line, index - line_start + 1)


def _decode(raw: bytes) -> str:
    if len(raw) > MAX_BYTES:
        raise _Stop(START, TOO_BIG)
    if b"\0" in raw:
        raise _Stop(START, BINARY)
    raw = raw.removeprefix(codecs.BOM_UTF8)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        prefix = raw[: exc.start].decode("utf-8")
        message = (
            f"filen är inte UTF-8-kodad (ogiltig byte 0x{raw[exc.start]:02X}), "
            "spara filen som UTF-8"
        )
        raise _Stop(_position_at(prefix, len(prefix)), message) from None
    return text


_ALLOWED_BYTES: Final = bytes([0x09, 0x0A, 0x0D, *range(0x20, 0x7F), *range(0x80, 0x100)])
"""The allowed ASCII characters (as `Reader.NON_PRINTABLE` has them) and every byte of
a character beyond ASCII, which `_banned_beyond_ascii` looks at."""
_C1_LEAD: Final = b"\xc2"
_C1_BANNED: Final = frozenset(range(0x80, 0xA0)) - {0x85}
_NONCHARACTERS: Final = (b"\xef\xbf\xbe", b"\xef\xbf\xbf")


def _check_characters(text: str, raw: bytes) -> None:
    """Refuse a character PyYAML does not allow, at its place in `text` (decoded `raw`).

    For speed, the UTF-8 bytes tell first whether there is one: deleting every allowed
    byte and a few plain searches cost a fraction of a regex search through the text.
    """
    if not raw.translate(None, _ALLOWED_BYTES) and not _banned_beyond_ascii(raw):
        return
    bad = Reader.NON_PRINTABLE.search(text)
    if bad is not None:
        code = f"U+{ord(bad.group()):04X}"
        message = f"filen innehåller ett otillåtet tecken ({code}), ta bort det"
        raise _Stop(_position_at(text, bad.start()), message)


def _banned_beyond_ascii(raw: bytes) -> bool:
    """Whether UTF-8 `raw` holds a character beyond ASCII that `Reader.NON_PRINTABLE` finds:
    U+0080 to U+009F but U+0085 (bytes C2 80 to C2 9F) or U+FFFE or U+FFFF (surrogates do
    not decode). C2 leads U+0080 to U+00BF only, which are rare in a case file."""
    if _NONCHARACTERS[0] in raw or _NONCHARACTERS[1] in raw:
        return True
    at = raw.find(_C1_LEAD)
    while at >= 0:
        if raw[at + 1] in _C1_BANNED:
            return True
        at = raw.find(_C1_LEAD, at + 2)
    return False


def _is_blank(text: str) -> bool:
    """Tell whether text holds only whitespace and comment lines.

    The lines are split a block at a time, each block ending with a line feed: a case
    usually opens with a comment and has a key soon after, and splitting all of it would
    cost as much as checking every character.
    """
    start = 0
    while start < len(text):
        end = text.find("\n", start + _BLANK_BLOCK) + 1 or len(text)
        lines = text[start:end].splitlines()
        if not all(not line.strip() or line.lstrip().startswith("#") for line in lines):
            return False
        start = end
    return True


_BLANK_BLOCK: Final = 512
"""About how many characters `_is_blank` splits into lines at a time."""


# ------------------------------------------------------------ composition


class _CaseLoader(yaml.SafeLoader):
    """Composes one document, reporting tags and anchors as they are scanned.

    Only a document that is not plain comes here (see ``_load_plain``). Aliases become
    ``_Omitted`` placeholders and anchors are never registered, so the node tree
    is always a plain tree and nothing can expand.
    """

    def __init__(self, text: str, found: list[_Finding]) -> None:
        super().__init__(text)
        self._text = text
        self._found = found
        self._depth = 0

    def check_printable(self, data: str) -> None:
        """Nothing to do: ``_load`` has checked every character of the text."""

    def fetch_tag(self) -> None:
        super().fetch_tag()
        token = self.tokens[-1]
        tag = self._text[token.start_mark.index : token.end_mark.index]
        message = f"taggen '{tag}' är inte tillåten, ta bort den"
        self._found.append((position_of(token.start_mark), message))

    def fetch_anchor(self) -> None:
        super().fetch_anchor()
        self._found.append((position_of(self.tokens[-1].start_mark), ANCHOR))

    def fetch_alias(self) -> None:
        super().fetch_alias()
        self._found.append((position_of(self.tokens[-1].start_mark), ANCHOR))

    def _peek(self) -> Any:
        return self.peek_event()  # type: ignore[no-untyped-call]  # untyped in types-PyYAML

    def _take(self) -> Any:
        return self.get_event()  # type: ignore[no-untyped-call]  # untyped in types-PyYAML

    def compose_case(self) -> Node | None:
        """Compose the first document and report any document after it."""
        self._take()
        if self.check_event(StreamEndEvent):
            return None
        node = self.compose_document()
        if not self.check_event(StreamEndEvent):
            self._found.append((position_of(self._peek().start_mark), SEVERAL_DOCUMENTS))
        return node

    def compose_node(self, parent: Node | None, index: int) -> Node | None:
        event = self._peek()
        if isinstance(event, AliasEvent):
            self._take()
            # The pure-Python parser only makes yaml.error.Mark objects.
            return _Omitted("", "", cast(Mark, event.start_mark), cast(Mark, event.end_mark))
        event.anchor = None
        if not isinstance(event, CollectionStartEvent):
            return super().compose_node(parent, index)
        if self._depth >= MAX_DEPTH:
            raise _TooDeep(cast(Mark, event.start_mark))
        self._depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def _compose(text: str, found: list[_Finding]) -> Node:
    loader = _CaseLoader(text, found)
    try:
        node = loader.compose_case()
    except (yaml.YAMLError, ValueError) as exc:
        raise _syntax_stop(exc, text, loader) from None
    except _TooDeep as exc:
        raise _Stop(position_of(exc.mark), TOO_DEEP) from None
    except RecursionError:
        raise _Stop(position_of(loader.get_mark()), TOO_DEEP) from None
    finally:
        loader.dispose()
    if node is None or _is_empty_scalar(node):
        raise _Stop(START, EMPTY)
    return node


def _syntax_stop(exc: yaml.YAMLError | ValueError, text: str, loader: _CaseLoader) -> _Stop:
    """The stop for a file PyYAML cannot read (its wording loaded only then)."""
    from generator.case.yaml_syntax import SYNTAX_HINT, syntax_finding

    if isinstance(exc, yaml.MarkedYAMLError):
        return _Stop(*syntax_finding(exc, text))
    if isinstance(exc, yaml.YAMLError):
        return _Stop(START, f"YAML-syntaxfel: {exc}, {SYNTAX_HINT}")
    # PyYAML's scanner calls chr() on "\U00110000" and beyond
    escape = yaml.scanner.ScannerError("while scanning a double-quoted scalar", None,
                                       "found an escape beyond Unicode", loader.get_mark())
    return _Stop(*syntax_finding(escape))


def _is_empty_scalar(node: Node) -> bool:
    """Tell whether node is a plain empty scalar (an alias placeholder is not)."""
    if not isinstance(node, ScalarNode) or isinstance(node, _Omitted):
        return False
    return node.style is None and node.value == ""


# ------------------------------------------------------------ scalars


_INT = re.compile(r"[-+]?(?:0|[1-9][0-9]*)")
_DECIMAL = re.compile(r"[-+]?(?:0|[1-9][0-9]*)(?:\.[0-9]+(?:[eE][-+]?[0-9]+)?|[eE][-+]?[0-9]+)")
_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_DATETIME = re.compile(
    r"([0-9]{4})-([0-9]{2})-([0-9]{2})[T ]([0-9]{2}):([0-9]{2})(?::([0-9]{2}))?"
    r"(?: ?(Z|[-+][0-9]{2}:[0-9]{2}))?"
)
_WORDS: dict[str, bool | None] = {"true": True, "false": False, "null": None, "~": None, "": None}
_LONGEST_WORD: Final = max(map(len, _WORDS))
_NUMBER_START = frozenset("-+0123456789")
"""How every integer, decimal number, date and time above starts."""


def _plain_int(text: str) -> bool:
    """Whether text is an unsigned integer `_INT` takes, told without the pattern (most
    numbers in a case: a call of the pattern costs more than these plain tests)."""
    return text.isascii() and text.isdigit() and (text[0] != "0" or len(text) == 1)


def _resolve_plain(text: str) -> Any:
    """Value of a plain scalar under the rules in the module docstring.

    Raises ``_ScalarProblem`` (a ``ValueError``) with a Swedish message for
    impossible dates and times, and for integers too long to convert.
    """
    if len(text) <= _LONGEST_WORD:  # lower-casing never shortens: a longer text is no word
        lowered = text.lower()
        if lowered in _WORDS:
            return _WORDS[lowered]
    if text[0] not in _NUMBER_START:  # most values are words: no pattern can match
        return text
    if _plain_int(text) or _INT.fullmatch(text):
        try:
            return int(text)
        except ValueError:
            raise _ScalarProblem(f"talet '{text[:20]}…' har för många siffror") from None
    if _DECIMAL.fullmatch(text):
        return Decimal(text)
    date = _DATE.fullmatch(text)
    if date:
        return _make_date(text, date)
    moment = _DATETIME.fullmatch(text)
    if moment:
        return _make_datetime(text, moment)
    return text


def _make_date(text: str, match: re.Match[str]) -> dt.date:
    year, month, day = (int(part) for part in match.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise _ScalarProblem(
            f"ogiltigt datum '{text}', {why_impossible(year, month, day)}") from None


def _make_datetime(text: str, match: re.Match[str]) -> dt.datetime:
    year, month, day, hour, minute, second, zone = match.groups()
    try:
        return dt.datetime(
            int(year),
            int(month),
            int(day),
            int(hour),
            int(minute),
            int(second or 0),
            tzinfo=_make_zone(zone),
        )
    except ValueError:
        why = (why_impossible_time(int(hour), int(minute), int(second or 0), zone)
               or why_impossible(int(year), int(month), int(day)))
        raise _ScalarProblem(f"ogiltig tidpunkt '{text}', {why}") from None


def _make_zone(zone: str | None) -> dt.tzinfo | None:
    if zone is None:
        return None
    if zone == "Z":
        return dt.UTC
    hours, minutes = int(zone[1:3]), int(zone[4:6])
    if minutes >= 60:
        raise ValueError(zone)
    offset = dt.timedelta(hours=hours, minutes=minutes)
    return dt.timezone(-offset if zone.startswith("-") else offset)


# ------------------------------------------------------------ building values


def _describe(value: Any) -> str:
    """Swedish description of a built value, for messages."""
    kinds: tuple[tuple[type | tuple[type, ...], str], ...] = (
        (dict, "en samling nycklar"),
        (list, "en lista"),
        (bool, "ett sanningsvärde (true/false)"),
        ((int, Decimal), "ett tal"),
        (dt.datetime, "en tidpunkt"),
        (dt.date, "ett datum"),
        (str, "en text"),
    )
    for kind, described in kinds:
        if isinstance(value, kind):
            return described
    return "ett tomt värde"


def _plain_text(value: str) -> bool:
    """Tell whether value has no character a document cannot hold (a printable text has
    none) and no character reference that could name one."""
    return value.isprintable() and "&" not in value


def _build_root(node: Node, found: list[_Finding], text: str = "") -> LoadedYaml:
    builder = _Builder(found, text)
    data = builder.build(node, ())
    return _finish(builder, data, None if isinstance(node, _Omitted) else node.start_mark)


def _finish(builder: _Builder, data: Any, root_mark: Any) -> LoadedYaml:
    """The loaded document; a root that is not a mapping is reported at root_mark (None
    for an alias, reported already)."""
    builder.values[()] = START
    if not isinstance(data, dict) and root_mark is not None:
        message = f"ärendet ska vara en samling nycklar (nyckel: värde), inte {_describe(data)}"
        builder.found.append((position_of(root_mark), message))
    return LoadedYaml(data, MappingProxyType(builder.values), MappingProxyType(builder.keys),
                      builder.text, tuple(builder.slips))


class _Builder:
    """Turns a composed node tree into plain Python values and position maps."""

    def __init__(self, found: list[_Finding], text: str = "") -> None:
        self.found = found
        self.text = text
        self.values: dict[Path_, Position] = {}
        self.keys: dict[Path_, Position] = {}
        self.slips: list[_Finding] = []
        """What `LoadedYaml.slips` gets."""
        self.characters = True
        """Whether a value may hold a character a document cannot hold or a reference
        naming one (see `_EventBuilder`)."""

    def build(self, node: Node, path: Path_) -> Any:
        self.values[path] = position_of(node.start_mark)
        if isinstance(node, ScalarNode):
            return self._scalar(node, path, node.style)
        if isinstance(node, MappingNode):
            return self._mapping(node, path)
        if isinstance(node, SequenceNode):
            self._limit(limits.list_problem(path, len(node.value)), node)
            return [self.build(item, (*path, i)) for i, item in enumerate(node.value)]
        raise TypeError(f"unexpected YAML node {node!r}")

    def _scalar(self, node: Any, path: Path_, style: str | None) -> Any:
        """The value of a scalar at path after the checks of its size and characters.

        node: a scalar node, or a libyaml scalar event with its `style` (None when plain).
        """
        value = node.value
        if len(path) == 1 or len(value) > limits.MAX_LINE:  # else no limit is near
            too_long = limits.text_problem(path, value)
            if too_long is not None:  # reported once, never converted
                self._limit(too_long, node)
                return value
        if self.characters and not _plain_text(value):
            self._characters(node)
        if style is not None:
            return value
        if isinstance(node, _Omitted):
            return None
        if " -" in value:  # (a plain text folded over lines joins them with spaces)
            self.slips.extend(joined_items(self.text, node.start_mark.index,
                                           node.end_mark.index, position_of(node.start_mark)))
        try:
            return _resolve_plain(value)
        except _ScalarProblem as exc:
            self.found.append((position_of(node.start_mark), str(exc)))
            return value

    def _limit(self, message: str | None, node: Any) -> None:
        """Report a size limit the node (or event) exceeds."""
        if message is not None:
            self.found.append((position_of(node.start_mark), message))

    def _characters(self, node: Any) -> None:
        """Report a character a document cannot hold, at the escape or reference naming it."""
        value = str(node.value)
        char = None if value.isprintable() else forbidden_in(value)  # printable: none there
        if char is not None:
            source = self._source(node)
            offset = escape_offset(source, char)
            self.found.append((self._place(node, offset), character_message(char)))
            return
        reference = referenced_forbidden(value)
        if reference is not None:
            offset = self._source(node).find(reference[0])
            self.found.append((self._place(node, offset), reference_message(*reference)))

    def _source(self, node: Any) -> str:
        """The node's text as written in the file."""
        return self.text[node.start_mark.index : node.end_mark.index]

    def _place(self, node: Any, offset: int | None) -> Position:
        """Position of an offset into the node's source (its start when unknown)."""
        start = position_of(node.start_mark)
        if offset is None or offset < 0:
            return start
        before = self._source(node)[:offset]
        breaks = list(_line_break().finditer(before))
        if not breaks:
            return Position(start.line, start.column + offset)
        return Position(start.line + len(breaks), offset - breaks[-1].end() + 1)

    def _mapping(self, node: MappingNode, path: Path_) -> dict[str, Any]:
        result: dict[str, Any] = {}
        seen: dict[str, list[Position]] = {}
        for key_node, value_node in node.value:
            key, here = self._key(key_node), position_of(key_node.start_mark)
            if key is not None and key in seen:
                self._duplicate(key, seen[key], here)
                key = None
            if key is None:  # still look for problems inside the value
                apart = _Builder(self.found, self.text)
                apart.build(value_node, ())
                self.slips.extend(apart.slips)
                continue
            seen[key] = [here]
            inner = (*path, key)
            self.keys[inner] = here
            result[key] = self.build(value_node, inner)
        return result

    def _key(self, node: Node) -> str | None:
        """The key's text, or None (after reporting why) when it is unusable."""
        if isinstance(node, _Omitted):
            return None
        if not isinstance(node, ScalarNode):
            self._complex_key(node.start_mark, isinstance(node, SequenceNode))
            return None
        return self._scalar_key(node, node.style)

    def _complex_key(self, mark: Any, sequence: bool) -> None:
        """Report a list or a mapping used as a key."""
        kind = "en lista" if sequence else "en samling nycklar"
        self.found.append((position_of(mark), f"nyckeln måste vara text, inte {kind}"))

    def _scalar_key(self, node: Any, style: str | None) -> str | None:
        """The text of a scalar key (a node, or an event with its `style`), or None (after
        reporting why) when it is unusable."""
        value: str = node.value
        if 0 < len(value) <= limits.MAX_KEY and (not self.characters or _plain_text(value)):
            return value  # a usual key (a text): nothing below can find a problem in it
        if style is None and value == "":
            self.found.append((position_of(node.start_mark), EMPTY_KEY))
            return None
        too_long = limits.key_problem(str(value))
        if too_long is not None:
            self.found.append((position_of(node.start_mark), too_long))
            return None
        self._characters(node)
        return str(value)

    def _duplicate(self, key: str, earlier: list[Position], here: Position) -> None:
        first = f"(första gången på rad {earlier[0].line})"
        if len(earlier) == 1:
            message = f"förekommer två gånger {first}, ta bort den ena"
        else:
            message = f"förekommer flera gånger {first}, ta bort dubbletterna"
        self.found.append((here, f"nyckeln '{key}' {message}"))
        earlier.append(here)


class _Open:
    """A collection the event builder has opened: where it and its items go."""

    __slots__ = ("at", "data", "key", "key_path", "keys", "mark", "path", "seen", "values",
                 "wants_key")

    def __init__(self, data: Any, path: Path_, values: dict[Path_, Position],
                 keys: dict[Path_, Position], at: int, mark: Any) -> None:
        self.data = data
        self.path = path
        self.values = values
        """Where the positions of its items go: a dict dropped later for a value whose key
        is unusable (the node route builds such a value with a builder of its own)."""
        self.keys = keys
        self.seen: dict[str, list[Position]] | None = {} if isinstance(data, dict) else None
        """For a mapping: where each key stood so far; None for a sequence."""
        self.wants_key = self.seen is not None
        """Whether its next node is a key (never for a sequence)."""
        self.key: str | None = None
        """For a mapping: the key of the value to come, None when unusable."""
        self.key_path: Path_ = ()
        """For a mapping: the path of the value to come (made once, for its key and it)."""
        self.at = at
        """How many problems were found before it: a too long list is reported there."""
        self.mark = mark


class _EventBuilder(_Builder):
    """Builds a plain document's values and positions straight from libyaml's events.

    It is the ``yaml_events.Sink`` of ``replay_plain``. Making and then walking a node
    tree cost about as much again as parsing, so the values are made as the events come.
    It reports and records exactly what ``_Builder.build`` gives for the composed tree,
    in the same order (tests/case/test_yaml_events.py compares both routes).
    """

    def __init__(self, text: str) -> None:
        super().__init__([], text)
        self.characters = "\\" in text or "&" in text
        """A plain document's value gets a character a document cannot hold only from an
        escape in double quotes (`\\`), and names one only by a reference (`&`): libyaml
        turns every line break into a line feed, and refuses every other such character
        in the text (as `replay_plain` refuses the unusual ones). So without `\\` and `&` in the
        text, no value needs a look at each of its characters."""
        self.data: Any = None
        self.root_mark: Any = None
        self.empty = False
        """Whether the document is one empty plain scalar (then the file counts as empty)."""
        self._open: list[_Open] = []
        self._in_key = 0
        """How deep the events are inside a collection used as a key, which is never built."""

    def scalar(self, event: Any, style: str | None) -> None:
        """Build a scalar as a key, a value in a mapping, an item or the root."""
        if self._in_key:
            return
        if not self._open:
            self._root_scalar(event, style)
            return
        top = self._open[-1]
        if top.wants_key:
            self._take_key(top, event, style)
        elif top.seen is None:
            path = (*top.path, len(top.data))
            top.values[path] = position_of(event.start_mark)
            top.data.append(self._scalar(event, path, style))
        else:
            top.wants_key = True
            if top.key is None:  # checked like a value of its own, then dropped
                self._scalar(event, (), style)
                return
            top.values[top.key_path] = position_of(event.start_mark)
            top.data[top.key] = self._scalar(event, top.key_path, style)

    def _root_scalar(self, event: Any, style: str | None) -> None:
        """A document that is one scalar: empty, or built and then reported."""
        if style is None and event.value == "":
            self.empty = True
            return
        self.values[()] = position_of(event.start_mark)
        self.data = self._scalar(event, (), style)
        self.root_mark = event.start_mark

    def _take_key(self, top: _Open, event: Any, style: str | None) -> None:
        """Take a scalar key of the innermost mapping, as `_Builder._mapping` does."""
        key, here = self._scalar_key(event, style), position_of(event.start_mark)
        assert top.seen is not None
        if key is not None and key in top.seen:
            self._duplicate(key, top.seen[key], here)
            key = None
        if key is not None:
            top.seen[key] = [here]
            top.key_path = (*top.path, key)
            top.keys[top.key_path] = here
        top.key = key
        top.wants_key = False

    def start(self, event: Any, mapping: bool) -> None:
        """Open a mapping or a sequence where the next node goes."""
        if self._in_key:
            self._in_key += 1
            return
        data: dict[str, Any] | list[Any] = {} if mapping else []
        path: Path_
        if not self._open:
            path, values, keys = (), self.values, self.keys
            self.data, self.root_mark = data, event.start_mark
        else:
            top = self._open[-1]
            if top.wants_key:  # reported; its value still checked
                self._complex_key(event.start_mark, not mapping)
                top.key, top.wants_key = None, False
                self._in_key = 1
                return
            path, values, keys = self._item(top, data)
        values[path] = position_of(event.start_mark)
        self._open.append(_Open(data, path, values, keys, len(self.found), event.start_mark))

    def _item(self, top: _Open, data: Any) -> tuple[Path_, dict[Path_, Position],
                                                      dict[Path_, Position]]:
        """Put a new collection into the innermost one: its path and position maps."""
        if top.seen is None:
            path = (*top.path, len(top.data))
            top.data.append(data)
            return path, top.values, top.keys
        top.wants_key = True
        if top.key is None:  # built by itself and dropped, like `_Builder._mapping` does
            return (), {}, {}
        top.data[top.key] = data
        return top.key_path, top.values, top.keys

    def end(self, event: Any) -> None:
        """Close the innermost collection; a sequence's length is checked now, and a
        problem with it is placed before those of its items."""
        if self._in_key:
            self._in_key -= 1
            return
        closed = self._open.pop()
        if closed.seen is None:
            message = limits.list_problem(closed.path, len(closed.data))
            if message is not None:
                self.found.insert(closed.at, (position_of(closed.mark), message))

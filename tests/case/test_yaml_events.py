"""Tests for generator.case.yaml_events: reading plain files from libyaml's events.

Whichever route composes a file, loading it must give exactly what the pure-Python
loader gives: the same values, positions and problems.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from yaml.reader import Reader

from generator.case import yaml_events, yaml_loader
from generator.case.yaml_events import replay_plain
from generator.case.yaml_loader import MAX_DEPTH, load_yaml_bytes
from generator.problems import CaseError

ROOT = Path(__file__).resolve().parents[2]
CASE_FILES = sorted([*ROOT.glob("cases/*.yaml"), *ROOT.glob("tests/fixtures/*/*.yaml")])


def plain(source: str) -> bool:
    """Tell whether libyaml's events carry the whole of source (no pure-Python route)."""
    return replay_plain(source, MAX_DEPTH, yaml_loader._EventBuilder(source))


def typed(value: Any) -> Any:
    """The value with the type of every part, so 1, True and Decimal('1') differ."""
    if isinstance(value, dict):
        return {key: typed(item) for key, item in value.items()}
    if isinstance(value, list):
        return [typed(item) for item in value]
    return type(value).__name__, repr(value)


def outcome(raw: bytes) -> tuple[Any, ...]:
    """Everything loading raw gives: data and positions, or the problems."""
    try:
        loaded = load_yaml_bytes(raw, "f.yaml")
    except CaseError as error:
        return tuple((p.position, p.message) for p in error.problems)
    return (typed(loaded.data), dict(loaded.values), dict(loaded.keys), loaded.lines,
            loaded.slips)


def pure_outcome(raw: bytes) -> tuple[Any, ...]:
    """outcome(raw) with every file read by the pure-Python loader."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(yaml_loader, "_load_plain", lambda text, found, encoded=None: None)
        return outcome(raw)


PLAIN = [
    "a: 1\n",
    "a: b\r\nc:\r\n  - d\r\n",
    "ö: [åå, bb]\nx: {y: 1, z: '2'}\n",
    "a:\n- b\n-\n- c: d\n  e:\n",
    "a: |\n  x\n   y\n\n  z\nb: >-\n  q\n\n   r\n  s\nc: |+\n  t\n\n",
    "a: |\n  kolumn 1\tkolumn 2\n",
    "a: 'tab\there'\nb: \"x\\ty\\u00e5\"\n",
    "a: plain text\n  continued\n\n  after a blank line\n",
    "a: 'it''s'\nb: \"quoted\n  on two lines\"\n",
    "a: [x\n  y, z]\n",
    "a: ''\nb: \"\"\n'': x\n",
    "---\na: 1\n...\n",
    "a: 1 # comment\n# comment\nb: 2",
    "? a\n: b\n",
    "a:\n  - b\n   - c\n\n   - d\r\n",
    "a: 'x\r\n  y'\r\nb: \"p\r\n\r\n  q\"\r\nc: |\r\n  r\r\n  s\r\nd: >\r\n  t\r\n\r\n  u\r\n",
]


@pytest.mark.parametrize("source", PLAIN)
def test_a_plain_file_is_read_from_events(source: str) -> None:
    assert plain(source)
    assert outcome(source.encode()) == pure_outcome(source.encode())


@pytest.mark.parametrize("source", [*PLAIN, "😀: x\nc: \"😀\\x07\"\r\nd: 😀&#xB;\r\n"])
def test_a_text_and_its_utf8_give_the_same_values_and_places(source: str) -> None:
    """The loader hands libyaml the bytes it read, not the text encoded again."""
    built = []
    for encoded in (None, source.encode()):
        builder = yaml_loader._EventBuilder(source)
        assert replay_plain(source, MAX_DEPTH, builder, encoded)
        built.append((typed(builder.data), builder.values, builder.keys, builder.found))
    assert built[0] == built[1]


def test_line_breaks_reach_no_value_as_carriage_returns() -> None:
    """Without `\\` and `&`, the event builder looks at no value's characters: so no line
    break may leave a carriage return (a character a document cannot hold) in one."""
    source = PLAIN[-1]
    assert not yaml_loader._EventBuilder(source).characters
    loaded = load_yaml_bytes(source.encode(), "f.yaml")
    assert all("\r" not in value for value in loaded.data.values())


@pytest.mark.parametrize(
    "source",
    [
        "a: 1\nb: 2\na: 3\n",
        "datum: 2024-02-30\n",
        "😀: x\nc: \"😀\\x07\"\r\nd: 😀&#xB;\r\n",
        "a: |\r\n  😀\r\n  &#1;\r\n",
        "a: '😀\r\n\r\n  &#1;'\n",
        "titel: " + "x" * 300 + "\n",
        "? [a]\n: b\n",
        "- a\n",
        "---\n",
        "a: 1\na:\n  - b\n   - c\nd: [e\n  - f]\n",
    ],
)
def test_problems_in_a_plain_file_are_reported_alike(source: str) -> None:
    assert plain(source)
    assert outcome(source.encode()) == pure_outcome(source.encode())


@pytest.mark.parametrize("char", ["\x01", "\x07", "\x0b", "\x0c", "\x1f", "\x7f", "\x9f",
                                  "\ufffe", "\uffff"])
@pytest.mark.parametrize("where", ["a: x{}y\n", "# x{}\na: 1\n", "a: 1\n'x{}': 2\n",
                                   "a: |\n  x{}\n", "a: [x{}]\n", "a: 1\n{}"])
def test_libyaml_refuses_every_character_a_case_cannot_hold(char: str, where: str) -> None:
    """So the loader looks for such a character only where libyaml did not read the file."""
    source = where.format(char)
    assert Reader.NON_PRINTABLE.search(source)
    assert not plain(source)
    assert outcome(source.encode()) == pure_outcome(source.encode())
    assert outcome(source.encode())[0][1].startswith("filen innehåller ett otillåtet tecken")


@pytest.mark.parametrize("path", CASE_FILES, ids=lambda path: path.name)
def test_every_case_file_loads_alike_by_both_routes(path: Path) -> None:
    raw = path.read_bytes()
    assert plain(raw.decode("utf-8"))
    assert outcome(raw) == pure_outcome(raw)


@pytest.mark.parametrize(
    "source",
    [
        pytest.param("a: !!str x\n", id="tag"),
        pytest.param("a: ! x\n", id="non-specific tag"),
        pytest.param("a: &x 1\n", id="anchor"),
        pytest.param("a: 1\nb: *x\n", id="alias"),
        pytest.param("a: !!map {b: 1}\n", id="tag on a collection"),
        pytest.param("%YAML 1.1\n---\na: 1\n", id="directive"),
        pytest.param("a: 1\n---\nb: 2\n", id="second document"),
        pytest.param("...\n", id="no document"),
        pytest.param("a: [1, 2\n", id="syntax error"),
        pytest.param("a: 1\n\ufeffb: 2\n", id="byte order mark"),
        pytest.param("a: x\x85y\n", id="next line"),
        pytest.param("a: x\u2028y\n", id="line separator"),
        pytest.param("a: 1\rb: 2\r", id="carriage return alone"),
        pytest.param("a:\tb\n", id="tab between tokens"),
        pytest.param("a: b\tc\n", id="tab in a plain scalar"),
        pytest.param("a: |\t\n  x\n", id="tab in a block scalar header"),
        pytest.param("a: |#\n  x\n", id="comment right after the indicator"),
        pytest.param("a: [x?y]\n", id="question mark in a flow plain scalar"),
        pytest.param("a: {b: }\n", id="empty value in a flow mapping"),
        pytest.param("? a", id="empty value at the end without a line break"),
    ],
)
def test_anything_not_plain_is_left_to_the_pure_python_loader(source: str) -> None:
    assert not plain(source)
    assert outcome(source.encode()) == pure_outcome(source.encode())


def test_fifty_levels_are_composed_and_fifty_one_are_not() -> None:
    assert plain("a: " + "[" * 49 + "]" * 49 + "\n")
    assert not plain("a: " + "[" * 50 + "]" * 50 + "\n")


class _CountingParser:
    """A libyaml parser that counts the events taken from it."""

    def __init__(self, parser: Any) -> None:
        self.parser = parser
        self.events = 0

    def get_event(self) -> Any:
        self.events += 1
        return self.parser.get_event()

    def dispose(self) -> None:
        self.parser.dispose()


@pytest.mark.parametrize("depth", [500, 100_000])
def test_deep_nesting_stops_at_the_limit(monkeypatch: pytest.MonkeyPatch, depth: int) -> None:
    made: list[_CountingParser] = []
    real = yaml_events._libyaml_parser

    def counting(text: str) -> _CountingParser:
        made.append(_CountingParser(real(text)))
        return made[-1]

    monkeypatch.setattr(yaml_events, "_libyaml_parser", counting)
    assert not plain("a: " + "[" * depth + "]" * depth + "\n")
    assert made[0].events <= 3 + MAX_DEPTH + 1  # stream, document, key, the collections


def test_without_libyaml_every_file_is_read_by_the_pure_python_loader(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(yaml_events, "_libyaml_parser", lambda text: None)
    assert not plain("a: 1\n")
    assert load_yaml_bytes(b"a: [1, {b: x}]\n", "f.yaml").data == {"a": [1, {"b": "x"}]}


def test_the_pure_python_loader_is_not_asked_for_a_plain_file(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def refuse(self: object) -> None:
        raise AssertionError("the pure-Python parser was used")

    monkeypatch.setattr(yaml_loader._CaseLoader, "get_event", refuse)
    assert load_yaml_bytes(b"a: 1\nb: [x, y]\n", "f.yaml").data == {"a": 1, "b": ["x", "y"]}


_PIECES = st.sampled_from(
    [
        "a", "b: ", "ö", "12", "1.5", "2024-01-01", "true", "~", " ", "  ", "\n", "\n  ",
        "\n- ", "- ", ": ", ":", "#", " # c", "?", "? ", "[", "]", "{", "}", ", ", ",",
        "'", "''", '"', "\\", "\\t", "|", "|-", ">", ">+", "\t", "\r\n", "&", "*", "!", "%",
        "---", "...", "-", "x y", "&#7;",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_any_text_loads_alike_by_both_routes(source: str) -> None:
    raw = source.encode("utf-8")
    assert outcome(raw) == pure_outcome(raw)


@pytest.mark.parametrize("header", yaml_events._USUAL_HEADERS)
def test_the_usual_block_headers_are_ones_the_pattern_takes(header: str) -> None:
    assert yaml_events._HEADER.match(header + "  text\n")

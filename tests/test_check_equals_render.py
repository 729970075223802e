"""Property: `beslut check` promises what `beslut render` delivers.

Many cases are generated — from the models, and by mutating the sample cases in `cases/`
(a key dropped, a list item duplicated, a value replaced by one of another type or an edge
value, a `{{ … }}` or a piece of Markdown added, a table set on a section, another document
kind or organisation) — and each is run through both commands.
For every one of them:

* check exits 0 exactly when render exits 0, and both report the same problems;
* neither prints a traceback or an internal error;
* every problem reads `path:line:col: message`, and no message names a Python type,
  `None` or a template.
"""

from __future__ import annotations

import copy
import datetime
import decimal
import re
import tempfile
import types
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal, get_args, get_origin

import yaml
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

from generator.case.models import Case
from generator.cli import main

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = {p.name: yaml.safe_load(p.read_text("utf-8")) for p in sorted(ROOT.glob("cases/*.yaml"))}

Node = Any
Where = tuple[str | int, ...]

EDGE_VALUES: list[Node] = [
    None, "", 0, -1, 1.5, 10**15, 10**15 + 1, 10**40, "1 000", "abc", True, [], {},
    ["x"], {"a": 1}, datetime.date(2024, 2, 29), "{{ x }}", "**", "|", "a\u00a0b", "<b>",
    "- punkt", "1. punkt", "#", "x" * 300, "1e3", "-0", "1,5", "0.0000001", "245 347.5",
]
MARKDOWN = ["| a | b |", "```", "<div>", "[x](y)", "![bild](x.png)", "::: sidbrytning", ":::",
            "---", "* * *", "\\", "&amp;", "1)", "#######", "> citat", "<!-- x -->", "***",
            "a  \nb", "\n\n\n", "    kod", "_", "~~x~~", "LCHNV:s RSS", "[^1]"]
PROFILES = ["region-dalarna", "norrbottens-kommuner", "norra-sjukvardsregionen",
            "region-jamtland-harjedalen", "exempelby-kommun"]
REFERENCES = [" {{ x }}", " {{ summa }}", " {{ summa | kr }}", " {% if true %}ja{% endif %}",
              " {{ uppdelningar.befolkning.summa }}", " {{ medel.summa | mnkr }}", " {{"]
TABLES = ["sammanstallning", "insatses", "medel", "risk", "medelslista", "uppdelning", None]
KINDS = list(get_args(Case.model_fields["dokumenttyp"].annotation))

TYPE_NAMES = re.compile(
    r"\b(None|NoneType|int|str|dict|list|tuple|float|bool|Decimal|datetime|date|"
    r"Traceback|Exception|Error|Undefined|Input should|object has no)\b|\.j2|mallen|internt fel"
)
QUOTED = re.compile(r"'[^']*'")
PROBLEM = re.compile(r"^(?P<path>.+?):(\d+):(\d+): (varning: )?(?P<message>.+)$")


def places(node: Node, here: Where = ()) -> Iterator[tuple[Where, Node]]:
    """Every value in a YAML tree with its place (the root excluded)."""
    children: list[tuple[str | int, Node]] = []
    if isinstance(node, dict):
        children = list(node.items())
    elif isinstance(node, list):
        children = list(enumerate(node))
    for key, child in children:
        yield (*here, key), child
        yield from places(child, (*here, key))


def parent_and_key(root: Node, where: Where) -> tuple[Node, str | int]:
    """The container holding the value at `where`, and the value's key or index in it."""
    node = root
    for key in where[:-1]:
        node = node[key]
    return node, where[-1]


def drop(root: Node, where: Where) -> None:
    """Remove the value at `where` (a key of a mapping or an item of a list)."""
    parent, key = parent_and_key(root, where)
    del parent[key]


def replace(root: Node, where: Where, value: Node) -> None:
    """Put another value at `where`."""
    parent, key = parent_and_key(root, where)
    parent[key] = copy.deepcopy(value)


@st.composite
def mutated_sample(draw: st.DrawFn) -> Node:
    """A sample case with one to three mutations."""
    case = copy.deepcopy(SAMPLES[draw(st.sampled_from(sorted(SAMPLES)))])
    for _ in range(draw(st.integers(1, 3))):
        mutate(draw, case)
    return case


def mutate(draw: st.DrawFn, case: Node) -> None:
    """Apply one mutation, chosen by hypothesis, to a case in place."""
    spots = list(places(case))
    if not spots:
        return
    where, value = draw(st.sampled_from(spots))
    action = draw(st.sampled_from(["drop", "duplicate", "replace", "reference", "table",
                                   "kind", "unknown_key", "markdown", "organisation"]))
    if action == "drop":
        drop(case, where)
    elif action == "duplicate":
        lists = [(w, v) for w, v in spots if isinstance(v, list) and v]
        if lists:
            where, items = draw(st.sampled_from(lists))
            items.insert(draw(st.integers(0, len(items))), copy.deepcopy(
                items[draw(st.integers(0, len(items) - 1))]))
    elif action == "replace":
        replace(case, where, draw(st.sampled_from(EDGE_VALUES)))
    elif action == "reference":
        texts = [w for w, v in spots if isinstance(v, str)]
        if texts:
            where = draw(st.sampled_from(texts))
            parent, key = parent_and_key(case, where)
            parent[key] += draw(st.sampled_from(REFERENCES))
    elif action == "markdown":
        texts = [w for w, v in spots if isinstance(v, str)]
        if texts:
            where = draw(st.sampled_from(texts))
            parent, key = parent_and_key(case, where)
            snippet = draw(st.sampled_from(MARKDOWN) | st.text(max_size=20))
            parent[key] = draw(st.sampled_from([snippet, f"{parent[key]} {snippet}"]))
    elif action == "organisation":
        case["organisation"] = draw(st.sampled_from(PROFILES))
    elif action == "table":
        set_table(draw, case)
    elif action == "kind":
        case["dokumenttyp"] = draw(st.sampled_from(KINDS))
    elif isinstance(value, dict):
        value[draw(st.sampled_from(["okand", "summa", "tabell", "namn"]))] = draw(
            st.sampled_from(EDGE_VALUES))


def set_table(draw: st.DrawFn, case: Node) -> None:
    """Give a section (or a new one) a table, and perhaps a split name."""
    sections = case.setdefault("avsnitt", [])
    if not isinstance(sections, list):
        return
    if not sections or draw(st.booleans()):
        sections.append({"rubrik": "Tabell"})
    section = draw(st.sampled_from(sections))
    if not isinstance(section, dict):
        return
    section["tabell"] = draw(st.sampled_from(TABLES))
    if draw(st.booleans()):
        section["uppdelning"] = draw(st.sampled_from(["befolkning", "lika", "saknas", None]))


# Cases built from the models: every field's type gives a strategy for its YAML value.

def for_type(annotation: Any, depth: int) -> st.SearchStrategy[Node]:
    """A strategy for a YAML value of the given (model field) type."""
    origin = get_origin(annotation)
    if origin is typing.Annotated:
        return for_type(get_args(annotation)[0], depth)
    if origin is Literal:
        return st.sampled_from(get_args(annotation))
    if origin in (typing.Union, types.UnionType):
        return st.one_of([for_type(a, depth) for a in get_args(annotation)])
    if origin is list:
        item = get_args(annotation)[0]
        upper = 0 if depth > 2 else 3
        return st.lists(for_type(item, depth + 1), min_size=min(1, upper), max_size=upper)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return for_model(annotation, depth + 1)
    return SCALARS.get(annotation, st.none())


SCALARS: dict[Any, st.SearchStrategy[Node]] = {
    type(None): st.none(),
    str: st.one_of(
        st.sampled_from(["Region Dalarna", "Text med **fet** stil", "x", "Styrgruppen",
                         "- punkt\n- punkt", "Summa {{ summa }}", "Medel 2024"]),
        st.text(max_size=12),
    ),
    int: st.one_of(st.integers(0, 10**7), st.sampled_from([0, 10**15, 10**15 + 1, -5, "1 000"])),
    decimal.Decimal: st.one_of(st.integers(0, 10**6), st.sampled_from(["245 347"])),
    datetime.date: st.dates(datetime.date(2000, 1, 1), datetime.date(2030, 12, 31)),
    datetime.datetime: st.datetimes(
        datetime.datetime(2000, 1, 1), datetime.datetime(2030, 12, 31),
        timezones=st.just(datetime.timezone(datetime.timedelta(hours=2))),
    ).map(lambda t: t.replace(microsecond=0)),
}


@st.composite
def _model_values(draw: st.DrawFn, model: type[BaseModel], depth: int) -> dict[str, Node]:
    """A mapping with the required fields of a model and some of the optional ones."""
    values: dict[str, Node] = {}
    for name, info in model.model_fields.items():
        if info.is_required() or draw(st.booleans()):
            values[name] = draw(for_type(info.annotation, depth))
    return values


def for_model(model: type[BaseModel], depth: int = 0) -> st.SearchStrategy[Node]:
    """A strategy for the YAML mapping of a model."""
    return _model_values(model, depth)


# Running both commands.

def run(command: str, case: Path, output: Path) -> tuple[int, list[str]]:
    """Run a command on one case; its exit code and the lines it printed about problems."""
    args = [command, str(case)] + (["-o", str(output)] if command == "render" else [])
    result = CliRunner().invoke(main, args)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    lines = [line for line in result.output.splitlines() if not line.startswith("skrev ")]
    assert lines and lines[-1].startswith("1 fil kontrollerad"), result.output
    return result.exit_code, lines[:-1]


def assert_check_equals_render(case: Node) -> None:
    """Both commands agree on the case, and every problem reads as a user's problem."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fall.yaml"
        path.write_text(yaml.safe_dump(case, allow_unicode=True, sort_keys=False), "utf-8")
        check_code, check_lines = run("check", path, Path(folder) / "ut")
        render_code, render_lines = run("render", path, Path(folder) / "ut")
        written = (Path(folder) / "ut").is_dir() and any((Path(folder) / "ut").iterdir())
    assert (check_code, check_lines) == (render_code, render_lines)
    assert check_code in (0, 1)
    assert written == (check_code == 0)
    for line in check_lines:
        match = PROBLEM.match(line)
        assert match and match["path"] == str(path), line
        # (the user's own words are quoted: 'None' typed as a kind is hers, not Python's)
        assert not TYPE_NAMES.search(QUOTED.sub("''", match["message"])), line


FAST = settings(max_examples=120, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@FAST
@given(mutated_sample())
def test_a_mutated_sample_is_written_by_render_exactly_when_check_passes(case: Node) -> None:
    assert_check_equals_render(case)


@settings(FAST, max_examples=80)
@given(for_model(Case))
def test_a_case_built_from_the_models_is_written_exactly_when_check_passes(case: Node) -> None:
    assert_check_equals_render(case)


def test_every_sample_passes_both() -> None:
    for case in SAMPLES.values():
        assert_check_equals_render(case)

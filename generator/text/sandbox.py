"""Render the free text of a case, which may name computed figures, in a locked-down Jinja.

Case text such as `medel om {{ summa }}` or `ca {{ summa | mnkr }}` refers to figures the
tool computed, so text and tables cannot disagree. A case file is untrusted input: the text
is parsed first and only plain expressions are allowed (names, attribute and item look-ups,
constants and a fixed set of filters). Loops, calls, arithmetic, tests and assignments are
rejected before anything runs, so a case can neither run code nor loop without bound; the
result is then rendered in Jinja's immutable sandbox as a second line of defence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from jinja2 import StrictUndefined, TemplateSyntaxError, Undefined, nodes
from jinja2.exceptions import SecurityError, UndefinedError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from generator.problems import BeslutError

_ALLOWED_NODES = (
    nodes.Template,
    nodes.Output,
    nodes.TemplateData,
    nodes.Name,
    nodes.Getattr,
    nodes.Getitem,
    nodes.Const,
    nodes.Filter,
)
MAX_OUTPUT = 100_000
FORBIDDEN = "texten försöker nå något som inte är tillåtet"


class ProseError(BeslutError):
    """Case text that cannot be rendered; `line` is 1-based within the text."""

    def __init__(self, message: str, line: int = 1) -> None:
        super().__init__(message)
        self.line = line


def make_environment(filters: Mapping[str, Callable[..., Any]]) -> ImmutableSandboxedEnvironment:
    """Create the sandbox with the given formatting filters and nothing else."""
    env = ImmutableSandboxedEnvironment(
        undefined=StrictUndefined, autoescape=False, finalize=_printable
    )
    env.filters = dict(filters)
    env.tests = {}
    env.globals = {}
    return env


def render_prose(
    env: ImmutableSandboxedEnvironment, text: str, variables: Mapping[str, Any]
) -> str:
    """Render case text with the computed figures; raise ProseError with a Swedish message."""
    if "{" not in text:
        return text
    try:
        tree = env.parse(text)
    except TemplateSyntaxError as exc:
        raise ProseError(f"fel i en {{{{ … }}}}-hänvisning: {exc.message}", exc.lineno) from exc
    _check_nodes(tree, set(env.filters))
    try:
        result = env.from_string(tree).render(dict(variables))
    except UndefinedError as exc:
        raise ProseError(_unknown(exc.message or "", variables), _first_line(text)) from exc
    except SecurityError as exc:
        raise ProseError(FORBIDDEN, 1) from exc
    except ProseError:
        raise
    except (TypeError, ValueError, ArithmeticError, LookupError) as exc:
        raise ProseError(f"hänvisningen i texten går inte att visa ({exc})", 1) from exc
    if len(result) > MAX_OUTPUT:
        raise ProseError("texten blir orimligt lång, kontrollera hänvisningarna", 1)
    return result


def _printable(value: Any) -> Any:
    """Refuse to print functions and other internals that a look-up may reach."""
    if isinstance(value, Undefined):
        str(value)  # StrictUndefined raises here, naming what is unknown
    if callable(value):
        raise ProseError(FORBIDDEN, 1)
    return value


def _check_nodes(tree: nodes.Template, filters: set[str]) -> None:
    """Reject every construct except plain expressions with known filters."""
    for node in tree.find_all(nodes.Node):
        if not isinstance(node, _ALLOWED_NODES):
            raise ProseError(
                "i texten får {{ … }} bara innehålla en uppgift och formatering, "
                f"inte {_describe(node)}; skriv t.ex. {{{{ summa }}}}",
                node.lineno or 1,
            )
        if isinstance(node, nodes.Filter) and node.name not in filters:
            allowed = ", ".join(sorted(filters))
            raise ProseError(
                f"okänd formatering '{node.name}', välj en av: {allowed}", node.lineno or 1
            )
        if isinstance(node, nodes.Getattr) and node.attr.startswith("_"):
            raise ProseError(FORBIDDEN, node.lineno or 1)


def _describe(node: nodes.Node) -> str:
    """Name a forbidden construct in Swedish."""
    names = {
        nodes.For: "loopar ({% for %})",
        nodes.If: "villkor ({% if %})",
        nodes.Call: "anrop av funktioner",
        nodes.Assign: "tilldelningar",
        nodes.Macro: "makron",
    }
    for kind, name in names.items():
        if isinstance(node, kind):
            return name
    if isinstance(node, nodes.BinExpr | nodes.UnaryExpr):
        return "räkneoperationer (summor räknas ut av verktyget)"
    return f"konstruktionen {type(node).__name__}"


def _unknown(message: str, variables: Mapping[str, Any]) -> str:
    """Say in Swedish which name is unknown and which names the text may use."""
    known = ", ".join(sorted(variables)) or "inga"
    name = re.search(r"'([^']+)' is undefined", message)
    if name:
        return f"okänd uppgift '{name.group(1)}' i texten, kända uppgifter är: {known}"
    attribute = re.search(r"has no attribute '([^']+)'", message)
    if attribute:
        return f"uppgiften har ingen del '{attribute.group(1)}', kontrollera stavningen"
    return f"okänd uppgift i texten, kända uppgifter är: {known}"


def _first_line(text: str) -> int:
    """Line of the first `{{` in the text."""
    return text[: text.find("{{")].count("\n") + 1 if "{{" in text else 1

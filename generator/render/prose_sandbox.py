"""Render the free text of a case, which may name computed figures, in a locked-down Jinja.

Case text such as `medel om {{ summa }}` or `ca {{ summa | mnkr }}` refers to figures the
tool computed, so text and tables cannot disagree. A case file is untrusted input: the text
is parsed first and only plain expressions are allowed (names, attribute and item look-ups,
constants and a fixed set of filters). Loops, calls, arithmetic, tests and assignments are
rejected before anything runs, so a case can neither run code nor loop without bound; the
result is then rendered in Jinja's immutable sandbox as a second line of defence.
"""

from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Callable, Mapping
from typing import Any

from jinja2 import StrictUndefined, Template, TemplateSyntaxError, Undefined, nodes
from jinja2.exceptions import SecurityError, UndefinedError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from generator.compute.missing_part import missing_part
from generator.compute.prose_figures import Figure, Percentage, Rows
from generator.compute.unsummed_totals import NotSummed
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
CACHED_TEXTS = 256
"""Checked and compiled texts each process keeps: boilerplate recurs across an archive."""
CACHED_LENGTH = 4_000
"""Longer texts are checked and compiled every time, so the cache stays small."""
MAX_BRACKETS = 10
"""Nesting of parentheses and brackets inside one `{{ … }}`."""
FORBIDDEN = "texten försöker nå något som inte är tillåtet"
EXAMPLE = "skriv t.ex. {{ summa }}, {{ summa | mnkr }} eller {{ datum | datum_text }}"


class ProseError(BeslutError):
    """Case text that cannot be rendered; `line` is 1-based within the text, `reference`
    the figure's name when a look-up found nothing (`tabeller.bidrag.rader[0].ar2015`)."""

    def __init__(self, message: str, line: int = 1, reference: str | None = None) -> None:
        super().__init__(message)
        self.line = line
        self.reference = reference


class _KeysOnly(ImmutableSandboxedEnvironment):
    """A sandbox in which a look-up reaches keys and list items, never an object's attribute.

    `omraden[0].summa` still works (Jinja falls back to the key); `datum.min`,
    `summa.kronor` or `omraden[0].items` are refused.
    """

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        """Refuse every attribute; the figures case text names are reached as keys."""
        return False

    def getattr(self, obj: Any, attribute: str) -> Any:
        """A table's row by its short name first (`rader.justerat`, `Rows`), so that a row
        named like a method of a list (`rader.index`) is found too."""
        if isinstance(obj, Rows) and (row := obj.row_named(attribute)) is not None:
            return row
        return super().getattr(obj, attribute)

    def getitem(self, obj: Any, argument: Any) -> Any:
        """`rader['justerat']` as `rader.justerat`."""
        if isinstance(obj, Rows) and isinstance(argument, str) \
                and (row := obj.row_named(argument)) is not None:
            return row
        return super().getitem(obj, argument)


def make_environment(filters: Mapping[str, Callable[..., Any]]) -> ImmutableSandboxedEnvironment:
    """Create the sandbox with the given formatting filters and nothing else."""
    env = _KeysOnly(undefined=StrictUndefined, autoescape=False, finalize=_printable)
    env.filters = dict(filters)
    env.tests = {}
    env.globals = {}
    return env


def render_prose(
    env: ImmutableSandboxedEnvironment, text: str, variables: Mapping[str, Any]
) -> str:
    """Render case text with the computed figures; raise ProseError with a Swedish message,
    whose examples name only figures the case has (`_named_examples`)."""
    try:
        return _render(env, text, variables)
    except ProseError as exc:
        if "summa" in variables or _SUM_REFERENCE not in exc.message:
            raise
        raise ProseError(_named_examples(exc.message, variables), exc.line,
                         exc.reference) from exc


_SUM_REFERENCE = "{{ summa"
"""How the examples in the messages (`EXAMPLE`, the filters') start: with `summa`, which a
case without a `fordelning` does not have (trial 95, F8: "skriv t.ex. {{ summa }}" for a
case with only `belopp:`)."""


def _named_examples(message: str, variables: Mapping[str, Any]) -> str:
    """A message whose examples name figures the case has instead of `summa`: its first named
    amount or total ("{{ belopp.prisbasbelopp }}"), and its date."""
    names = _amount_names(variables)
    shown = [f"{{{{ {name} }}}}" for name in names[:2]]
    if isinstance(variables.get("datum"), datetime.date):
        shown.append("{{ datum | datum_text }}")
    example = f"skriv t.ex. {' eller '.join(shown) if len(shown) < 3 else _listed(shown)}" \
        if shown else "skriv beloppet under belopp: och hämta det med {{ belopp.<namn> }}"
    first = names[0] if names else "belopp.<namn>"
    return message.replace(EXAMPLE, example).replace(_SUM_REFERENCE, "{{ " + first)


def _listed(shown: list[str]) -> str:
    """'a, b eller c'."""
    return f"{', '.join(shown[:-1])} eller {shown[-1]}"


def _amount_names(variables: Mapping[str, Any]) -> list[str]:
    """The references of the case's amounts and totals, the named amounts first
    ('belopp.prisbasbelopp', 'medel.summa', 'uppdelningar.folkhalsa.summa', 'tabeller.f.summa')."""
    names = [f"belopp.{key}" for key, value in (variables.get("belopp") or {}).items()
             if isinstance(value, Figure)]
    for key, value in variables.items():
        if isinstance(value, Figure):
            names.append(key)
        elif isinstance(value, Mapping) and isinstance(value.get("summa"), Figure):
            names.append(f"{key}.summa")
    for group in ("uppdelningar", "tabeller"):
        names += [f"{group}.{key}.summa" for key, figures in (variables.get(group) or {}).items()
                  if isinstance(figures, Mapping) and isinstance(figures.get("summa"), Figure)]
    return names


def _render(
    env: ImmutableSandboxedEnvironment, text: str, variables: Mapping[str, Any]
) -> str:
    """`render_prose`, with the general example in its messages."""
    if "{" not in text:
        return text
    template = _compiled(env, text) if len(text) <= CACHED_LENGTH else _compile(env, text)
    try:
        result = template.render(dict(variables))
    except UndefinedError as exc:
        raise _undefined(env, text, exc.message or "", variables) from exc
    except SecurityError as exc:
        raise ProseError(_unsafe(str(exc)), _first_line(text)) from exc
    except ProseError:
        raise
    except BeslutError as exc:  # a formatting filter given the wrong kind of value
        raise ProseError(exc.message, _first_line(text)) from exc
    except (RecursionError, MemoryError, SyntaxError) as exc:
        raise ProseError(TOO_COMPLEX, _first_line(text)) from exc
    except (TypeError, ValueError, ArithmeticError, LookupError) as exc:
        raise ProseError(f"{UNSHOWN}, {EXAMPLE}", _first_line(text)) from exc
    if len(result) > MAX_OUTPUT:
        raise ProseError("texten blir orimligt lång, kontrollera hänvisningarna", 1)
    return result


TOO_COMPLEX = "hänvisningen i texten är för invecklad, " + EXAMPLE
UNSHOWN = "hänvisningen i texten går inte att visa"


def _compile(env: ImmutableSandboxedEnvironment, text: str) -> Template:
    """Check the text's brackets and constructs, then compile it; raise ProseError if refused."""
    _check_brackets(text)
    try:
        tree = env.parse(text)
    except TemplateSyntaxError as exc:
        if _percent_in_braces().search(text):  # (trial 99, F4: {{ belopp.pbb * 50 % }})
            raise _refused_construct(_ARITHMETIC, exc.lineno) from exc
        raise ProseError(_syntax_message(exc.message or ""), exc.lineno) from exc
    except (RecursionError, MemoryError, SyntaxError) as exc:
        raise ProseError(TOO_COMPLEX, _first_line(text)) from exc
    _check_nodes(tree, set(env.filters))
    try:
        return env.from_string(tree)
    except (RecursionError, MemoryError, SyntaxError) as exc:
        raise ProseError(TOO_COMPLEX, _first_line(text)) from exc
    except (TypeError, ValueError, ArithmeticError, LookupError) as exc:
        raise ProseError(f"{UNSHOWN}, {EXAMPLE}", _first_line(text)) from exc


@functools.lru_cache(maxsize=CACHED_TEXTS)
def _compiled(env: ImmutableSandboxedEnvironment, text: str) -> Template:
    """`_compile`, remembered for a text that passed: parsing and compiling cost more than
    rendering, and the same sentences recur from case to case. A refused text raises again
    every time (nothing is kept), and an environment's filters never change once made."""
    return _compile(env, text)


def _printable(value: Any) -> Any:
    """Print only formatted values: figures, percentages, dates, texts and what the filters give."""
    if isinstance(value, Undefined):
        str(value)  # StrictUndefined raises here, naming what is unknown
    if isinstance(value, str | Figure | Percentage | datetime.date) \
            and not isinstance(value, bool):
        return value
    if isinstance(value, NotSummed):
        raise ProseError(value.message, 1, value.reference)
    raise ProseError(_not_printable(value), 1)


def _not_printable(value: Any) -> str:
    """Say in Swedish why a value cannot be printed and what can be printed instead."""
    if isinstance(value, dict):
        parts = ", ".join(sorted(str(key) for key in value))
        return (
            "uppgiften är en samling uppgifter och kan inte skrivas ut, "
            f"skriv en av delarna: {parts}"
        )
    if isinstance(value, list):
        return "uppgiften är en lista och kan inte skrivas ut, skriv en punkt i den, t.ex. [0]"
    if isinstance(value, int | float):
        return f"texten kan bara skriva ut belopp, datum och texter, {EXAMPLE}"
    if callable(value):
        return FORBIDDEN
    return f"det här kan inte skrivas ut i texten, {EXAMPLE}"


_TAG = re.compile(r"\{[{%].*?(?:[}%]\}|$)", re.DOTALL)


def _check_brackets(text: str) -> None:
    """Refuse parentheses or brackets nested deeper than MAX_BRACKETS inside `{{ … }}`."""
    for tag in _TAG.finditer(text):
        depth = deepest = 0
        for char in tag.group():
            if char in "([":
                depth += 1
                deepest = max(deepest, depth)
            elif char in ")]":
                depth = max(depth - 1, 0)
        if deepest > MAX_BRACKETS:
            line = text.count("\n", 0, tag.start()) + 1
            raise ProseError(TOO_COMPLEX, line)


def _syntax_message(message: str) -> str:
    """Swedish wording of a syntax error inside `{{ … }}`."""
    if "unexpected end of template" in message or "expected token 'end of print" in message:
        return "en {{ … }}-hänvisning avslutas inte, skriv }} efter den"
    if "unexpected '}'" in message:
        return "en {{ … }}-hänvisning har ett } för mycket eller saknar {{"
    return "fel i en {{ … }}-hänvisning, " + EXAMPLE


def _check_nodes(tree: nodes.Template, filters: set[str]) -> None:
    """Reject every construct except plain expressions with known filters."""
    for node in tree.find_all(nodes.Node):
        if not isinstance(node, _ALLOWED_NODES):
            raise _refused_construct(_describe(node), node.lineno or 1)
        if isinstance(node, nodes.Filter) and node.name not in filters:
            allowed = ", ".join(sorted(filters))
            meant = _MEANT.get(node.name)
            hint = f" (menade du {meant}?)" if meant in filters else ""
            raise ProseError(
                f"okänd formatering '{node.name}'{hint}, välj en av: {allowed}",
                node.lineno or 1,
            )
        if isinstance(node, nodes.Getattr) and node.attr.startswith("_"):
            raise ProseError(FORBIDDEN, node.lineno or 1)


_MEANT = {"abs": "utan_tecken"}
"""Filters of other languages' templates and the filter of the texts that does their work."""


_ARITHMETIC = (
    "räkneoperationer (summor räknas ut av verktyget, och ett belopp som räknas ut ur ett "
    "annat, som ett halvt prisbasbelopp, räknas ut under belopp:, t.ex. 'grans: "
    "belopp.prisbasbelopp * 50 %')")
"""What a text's {{ … }} that computes is told (`belopp.prisbasbelopp / 2`, `… * 50 %`)."""


def _refused_construct(what: str, line: int) -> ProseError:
    """The error for a {{ … }} with a construct a text may not have (`_describe`)."""
    return ProseError("i texten får {{ … }} bara innehålla en uppgift och formatering, "
                      f"inte {what}; skriv t.ex. {_SUM_REFERENCE} }}}}", line)


@functools.cache
def _percent_in_braces() -> re.Pattern[str]:
    """A percentage inside a {{ … }}, which Jinja cannot read: {{ belopp.pbb * 50 % }}."""
    return re.compile(r"\{\{[^{}]*\d\s*%[^{}]*\}\}")


def _describe(node: nodes.Node) -> str:
    """Name a forbidden construct in Swedish."""
    names: tuple[tuple[type[nodes.Node] | tuple[type[nodes.Node], ...], str], ...] = (
        (nodes.For, "loopar ({% for %})"),
        (nodes.If, "villkor ({% if %})"),
        (nodes.CondExpr, "villkor (… if … else …)"),
        (nodes.Call, "anrop av funktioner"),
        ((nodes.Assign, nodes.AssignBlock), "tilldelningar"),
        (nodes.Macro, "makron"),
        ((nodes.Include, nodes.Import, nodes.FromImport, nodes.Extends), "andra mallar"),
        (nodes.Compare, "jämförelser"),
        (nodes.Test, "tester (is …)"),
        (nodes.Concat, "sammanfogning (~)"),
        (nodes.Slice, "utsnitt ([a:b])"),
        ((nodes.List, nodes.Tuple, nodes.Dict), "listor och samlingar"),
        (nodes.UnaryExpr, "räkneoperationer (summor räknas ut av verktyget)"),
        (nodes.BinExpr, _ARITHMETIC),
    )
    for kind, name in names:
        if isinstance(node, kind):
            return name
    return "taggar eller uttryck av det här slaget"


def _undefined(
    env: ImmutableSandboxedEnvironment, text: str, message: str, variables: Mapping[str, Any]
) -> ProseError:
    """The error for a name or part the text looks up that does not exist."""
    attribute = re.search(r"has no attribute '([^']+)'", message)
    found = missing_part(env, text, attribute.group(1), variables) if attribute else None
    if found is not None:
        return ProseError(found.message, found.line, found.reference)
    name = re.search(r"'([^']+)' is undefined", message)
    return ProseError(_unknown(message, variables), _first_line(text),
                      name.group(1) if name else None)


def _unknown(message: str, variables: Mapping[str, Any]) -> str:
    """Say in Swedish which name is unknown and which names the text may use."""
    known = ", ".join(sorted(variables)) or "inga"
    name = re.search(r"'([^']+)' is undefined", message)
    if name and _case_amount(name.group(1), variables):
        return (f"'{name.group(1)}' är ett av ärendets belopp; skriv "
                f"{{{{ belopp.{name.group(1)} }}}}")
    if name:
        unknown = f"okänd uppgift '{name.group(1)}' i texten, kända uppgifter är: {known}"
        return unknown + _meant_total(name.group(1), variables) + _undated(name.group(1))
    if "is unsafe" in message:
        return _unsafe(message)
    attribute = re.search(r"has no attribute '([^']+)'", message)
    if attribute:
        return f"uppgiften har ingen del '{attribute.group(1)}', kontrollera stavningen"
    return f"okänd uppgift i texten, kända uppgifter är: {known}"


def _case_amount(name: str, variables: Mapping[str, Any]) -> bool:
    """Whether a name text writes alone is one of the case's amounts (`belopp:`), which text
    names as `belopp.<namn>` (trial 93, F14: `{{ prisbasbelopp }}`)."""
    amounts = variables.get("belopp")
    return isinstance(amounts, Mapping) and name in amounts


def _undated(name: str) -> str:
    """For `datum` in a document without a date (`datum: nej`, the one way `datum` is
    unknown): that it has none, and what to write instead."""
    if name != "datum":
        return ""
    return ("; dokumentet har inget datum (datum: nej), skriv dagen i texten eller ge "
            "dokumentet ett datum")


def _meant_total(name: str, variables: Mapping[str, Any]) -> str:
    """For `summa` in a case without an allocation: the totals it may mean, the splits' and
    the tables' ("; menade du {{ uppdelningar.partistod.summa }}?"), or ''."""
    if name != "summa":
        return ""
    meant = [f"{{{{ {group}.{key}.summa }}}}" for group in ("uppdelningar", "tabeller")
             for key, figures in (variables.get(group) or {}).items()
             if isinstance(figures, Mapping) and "summa" in figures]
    if not meant:
        return ""
    shown = meant[0] if len(meant) == 1 else f"{', '.join(meant[:-1])} eller {meant[-1]}"
    return f"; menade du {shown}?"


def _unsafe(message: str) -> str:
    """Say that an attribute cannot be printed; refuse private ones without naming them."""
    unsafe = re.search(r"attribute '([^']+)' of .* is unsafe", message)
    if unsafe is None or unsafe.group(1).startswith("_"):
        return FORBIDDEN
    return f"uppgiften har ingen del '{unsafe.group(1)}' som kan skrivas ut, {EXAMPLE}"


def _first_line(text: str) -> int:
    """Line of the first `{{` in the text."""
    return text[: text.find("{{")].count("\n") + 1 if "{{" in text else 1

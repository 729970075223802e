"""A sandbox for document templates, which may come from a shared folder (`--templates`).

Templates run in Jinja's sandbox, so no attribute path reaches Python internals
(`cycler.__init__.__globals__` is refused). On top of it every render is bounded: loops
share a budget of iterations, text built by `~`, `+`, `*`, `join` and `replace` is
checked before it is made, numbers given to filters and methods are bounded, the output
has a maximum size and the render a maximum time. Recursion (a template including itself,
a macro calling itself without end) is refused. Every failure is a `TemplateProblem`
whose Swedish message names the template file and its line.
"""

from __future__ import annotations

import dataclasses
import datetime
import functools
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from decimal import Decimal
from types import BuiltinMethodType, MethodType, ModuleType
from typing import Any, Final

from jinja2 import nodes, pass_context
from jinja2.nodes import EvalContext
from jinja2.runtime import Context, LoopContext
from jinja2.sandbox import SandboxedEnvironment
from jinja2.utils import Cycler, Joiner, Namespace
from jinja2.visitor import NodeTransformer

from generator.problems import BeslutError

MAX_ITERATIONS: Final = 1_000_000
"""Loop iterations and calls in one render, all together."""

MAX_TEXT: Final = 5_000_000
"""Characters (or items) of any value a template builds, and of its whole output."""

MAX_NUMBER: Final = 100_000
"""The largest number a template may give a filter or method (widths, counts, ranges)."""

MAX_CALL_DEPTH: Final = 100
"""Nested macro and method calls."""

MAX_SECONDS: Final = 60.0
"""Wall-clock time of one render."""

_PLAIN_VALUES: Final = (
    str, int, float, Decimal, list, tuple, dict, set, frozenset, datetime.date,
    LoopContext, Cycler, Joiner, Namespace,
)
"""Values whose methods a template may call (`"a".upper()`, `loop.cycle(…)`)."""

_UNSAFE_METHODS: Final = frozenset({"format", "format_map", "expandtabs"})
_METHODS: Final = (MethodType, BuiltinMethodType)
_LOOP_FILTER: Final = "_bounded_loop"
_TEXT_FILTER: Final = "_bounded_text"


class TemplateProblem(BeslutError):
    """A template that cannot be loaded or rendered; the message is in Swedish."""


class LimitExceeded(TemplateProblem):
    """A template went over one of the sandbox's bounds."""


class _Budget:
    """What one render may still spend."""

    def __init__(self) -> None:
        self.iterations = 0
        self.depth = 0
        self.deadline = time.monotonic() + MAX_SECONDS

    def tick(self) -> None:
        """Count one loop iteration or call; refuse when the budget or the time is spent."""
        self.iterations += 1
        if self.iterations > MAX_ITERATIONS:
            raise LimitExceeded(
                f"mallens loopar och anrop går fler än {MAX_ITERATIONS} varv tillsammans"
            )
        if self.iterations % 1024 == 0 and time.monotonic() > self.deadline:
            raise LimitExceeded(f"mallen tar längre tid än {MAX_SECONDS:.0f} sekunder")

    def spend(self, count: int) -> None:
        """Count `count` iterations at once, as many ticks would: refuse past the budget,
        and look at the time if a 1024th iteration is among them."""
        before = self.iterations
        self.iterations += count
        if self.iterations > MAX_ITERATIONS:
            raise LimitExceeded(
                f"mallens loopar och anrop går fler än {MAX_ITERATIONS} varv tillsammans"
            )
        if before // 1024 != self.iterations // 1024 and time.monotonic() > self.deadline:
            raise LimitExceeded(f"mallen tar längre tid än {MAX_SECONDS:.0f} sekunder")


class _Bounder(NodeTransformer):
    """Route every loop and every `~` through the budget checks."""

    def visit_For(self, node: nodes.For) -> nodes.Node:
        self.generic_visit(node)
        node.iter = nodes.Filter(node.iter, _LOOP_FILTER, [], [], None, None,
                                 lineno=node.lineno)
        return node

    def visit_Concat(self, node: nodes.Concat) -> nodes.Node:
        self.generic_visit(node)
        return nodes.Filter(node, _TEXT_FILTER, [], [], None, None, lineno=node.lineno)


class BoundedSandbox(SandboxedEnvironment):
    """Jinja's sandbox with bounded loops, values, calls, output and time."""

    intercepted_binops = frozenset({"*", "**", "+", "%", "//"})

    def __init__(self, views: Iterable[type] = (), **options: Any) -> None:
        """`views` are the tool's own dataclasses that templates read (see `getattr`)."""
        super().__init__(**options)
        self.budget = _Budget()
        self._safe_attributes: dict[tuple[type, str], bool] = {}
        self._view_data = {kind: _data_names(kind) for kind in views}
        self.view_owners = _owners(self._view_data)
        """For each field or property name of a view, the views that have it (see
        `getattr`; the generated code of `MarkdownCode` reads these names itself)."""
        self.globals.pop("lipsum", None)
        self.filters = {name: _bounded_filter(name, f) for name, f in self.filters.items()}
        self.filters.pop("format", None)
        self.filters[_LOOP_FILTER] = self._loop
        self.filters[_TEXT_FILTER] = _checked

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        tree = super()._parse(source, name, filename)
        bounded = _Bounder().visit(tree)
        assert isinstance(bounded, nodes.Template)
        return bounded

    @pass_context
    def _loop(self, context: Context, items: Iterable[Any]) -> Iterable[Any]:
        """The items of a loop, each counted against the render's budget.

        A plain tuple (the views' rows and cells) cannot change while it is looped over,
        so all its items are counted before the loop and it is looped over as it is: a
        table loops over each row's cells, and resuming a generator for each cell costs
        more than the cell. Anything else is counted item by item (a list can grow while
        it is looped over, an iterator has no length). Taking the context (unused) keeps
        Jinja from calling this while it compiles: it would put the tuple of a loop over
        a constant in the code in its place, uncounted.
        """
        if type(items) is tuple:
            self.budget.spend(len(items))
            return items
        return self._counted(items)

    def _counted(self, items: Iterable[Any]) -> Iterator[Any]:
        """Yield the items, counting each as it comes."""
        for item in items:
            self.budget.tick()
            yield item

    def is_safe_callable(self, obj: Any) -> bool:
        """Allow functions, macros and methods of plain values, never methods of other objects.

        The document context holds the tool's own objects; a template may read them but not
        call their methods, so no future object (a path, a file) can be written through one.
        """
        if not super().is_safe_callable(obj):
            return False
        owner = getattr(obj, "__self__", None)
        return owner is None or isinstance(owner, (ModuleType, *_PLAIN_VALUES))

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        """Jinja's rule, remembered per type and name: it looks only at the name and at
        which kind of object holds it, and templates read the same attributes many times."""
        key = (type(obj), attr)
        safe = self._safe_attributes.get(key)
        if safe is None:
            safe = self._safe_attributes[key] = super().is_safe_attribute(obj, attr, value)
        return safe

    def getitem(self, obj: Any, argument: Any) -> Any:
        """Refuse the same string methods when they are asked for by index (`s["format"]`)."""
        if isinstance(obj, str) and isinstance(argument, str) and argument in _UNSAFE_METHODS:
            return self.unsafe_undefined(obj, argument)
        return super().getitem(obj, argument)

    def getattr(self, obj: Any, attribute: str) -> Any:
        """Refuse string formatting methods, whose widths cannot be bounded.

        An attribute already found safe for its type whose value is no method is returned
        at once: Jinja's look-up would only wrap a method (`str.format`) and ask the rule
        remembered in `is_safe_attribute`. Everything else takes Jinja's way.

        The fields and properties of the tool's view objects hold plain data the tool made,
        never a method, so they are returned first of all: templates read them by the
        thousand (a table reads six or more per cell).
        """
        if attribute in self._view_data.get(type(obj), ()):
            return getattr(obj, attribute)
        if isinstance(obj, str) and attribute in _UNSAFE_METHODS:
            return self.unsafe_undefined(obj, attribute)
        if self._safe_attributes.get((type(obj), attribute)):
            try:
                value = getattr(obj, attribute)
            except AttributeError:
                return super().getattr(obj, attribute)
            if not isinstance(value, _METHODS):
                return value
        return super().getattr(obj, attribute)

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        """Compute `*`, `**`, `+`, `%` and `//` only when the result stays small."""
        if operator == "%" and isinstance(left, str):
            raise LimitExceeded("mallen får inte formatera text med %, använd filtren")
        if operator == "**" and _power_too_big(left, right):
            raise LimitExceeded("mallen räknar med ett för stort tal")
        if operator == "*" and _repeat_too_long(left, right):
            raise LimitExceeded("mallen bygger ett för stort värde")
        return _checked(super().call_binop(context, operator, left, right))

    def call(__self, __context: Context, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        """Call with bounded numbers and depth; check the size of what comes back."""
        _check_arguments(getattr(__obj, "__name__", ""), getattr(__obj, "__self__", None),
                         args, kwargs)
        budget = __self.budget
        budget.tick()
        if budget.depth >= MAX_CALL_DEPTH:
            raise LimitExceeded("mallen anropar sig själv för många gånger (rekursion)")
        budget.depth += 1
        try:
            return _checked(super().call(__context, __obj, *args, **kwargs))
        finally:
            budget.depth -= 1

    def start_render(self) -> None:
        """Give the next render a fresh budget."""
        self.budget = _Budget()


def _data_names(view: type) -> frozenset[str]:
    """The public fields and properties of a view (a named tuple or a dataclass)."""
    fields = set(getattr(view, "_fields", ())) | {f.name for f in _dataclass_fields(view)}
    properties = {name for name, member in vars(view).items() if isinstance(member, property)}
    return frozenset(name for name in fields | properties if not name.startswith("_"))


def _owners(view_data: dict[type, frozenset[str]]) -> dict[str, frozenset[type]]:
    """Each name of a view's data with the views that have it."""
    names = {name for data in view_data.values() for name in data}
    return {name: frozenset(kind for kind, data in view_data.items() if name in data)
            for name in names}


def _dataclass_fields(view: type) -> tuple[dataclasses.Field[Any], ...]:
    """A dataclass's fields; none for other classes."""
    return dataclasses.fields(view) if dataclasses.is_dataclass(view) else ()


def render_bounded(chunks: Iterable[str]) -> str:
    """Join a template's output, refusing more than MAX_TEXT characters."""
    parts: list[str] = []
    size = 0
    for chunk in chunks:
        size += len(chunk)
        if size > MAX_TEXT:
            raise LimitExceeded(f"mallen skriver mer än {MAX_TEXT} tecken")
        parts.append(chunk)
    return "".join(parts)


def _checked(value: Any) -> Any:
    """Pass a value on unless it is a text or collection longer than MAX_TEXT."""
    if isinstance(value, str | list | tuple | dict) and len(value) > MAX_TEXT:
        raise LimitExceeded(f"mallen bygger en text längre än {MAX_TEXT} tecken")
    return value


def _power_too_big(left: Any, right: Any) -> bool:
    """Tell whether left ** right would be a number beyond 4 096 bits."""
    if not isinstance(left, int) or not isinstance(right, int):
        return isinstance(right, int) and abs(right) > MAX_NUMBER
    return right > 0 and max(left.bit_length(), 1) * right > 4096


def _repeat_too_long(left: Any, right: Any) -> bool:
    """Tell whether `text * n` (either order) would be longer than MAX_TEXT, or a product
    of whole numbers wider than 4 096 bits."""
    if isinstance(left, int) and isinstance(right, int):
        return left.bit_length() + right.bit_length() > 4096
    for seq, count in ((left, right), (right, left)):
        if isinstance(seq, str | list | tuple) and isinstance(count, int):
            return len(seq) * count > MAX_TEXT
    return False


def _check_arguments(name: str, owner: Any, args: tuple[Any, ...],
                     kwargs: Mapping[str, Any]) -> None:
    """Refuse large numbers and calls whose result would be too long."""
    values = [*args, *kwargs.values()]
    if any(isinstance(v, int) and not isinstance(v, bool) and abs(v) > MAX_NUMBER
           for v in values):
        raise LimitExceeded(f"mallen ger ett tal större än {MAX_NUMBER} till en funktion")
    if _estimated_length(name, owner, values) > MAX_TEXT:
        raise LimitExceeded(f"mallen bygger en text längre än {MAX_TEXT} tecken")


def _estimated_length(name: str, owner: Any, values: list[Any]) -> int:
    """How long the result of joining, replacing or indenting would be (0 if not one)."""
    text = owner if isinstance(owner, str) else (values[0] if values else None)
    rest = values if isinstance(owner, str) else values[1:]
    if name == "join" and isinstance(text, str | list | tuple):
        items = rest[0] if isinstance(owner, str) and rest else text
        separator = owner if isinstance(owner, str) else (rest[0] if rest else "")
        return _total_length(items, separator)
    if not isinstance(text, str):
        return 0
    if name in ("replace", "do_replace") and len(rest) >= 2:
        old, new = str(rest[0]), str(rest[1])
        return len(text) + (text.count(old) + 1) * len(new)
    if name in ("indent", "do_indent") and rest and isinstance(rest[0], int | str):
        width = rest[0] if isinstance(rest[0], int) else len(rest[0])
        return len(text) + (text.count("\n") + 1) * width
    return 0


def _total_length(items: Any, separator: Any) -> int:
    """Length of the items joined with separator (0 when they cannot be measured)."""
    if not isinstance(items, list | tuple):
        return 0
    length = sum(len(x) if isinstance(x, str) else 20 for x in items)
    return length + len(str(separator)) * len(items)


def _bounded_filter(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
    """Wrap a built-in filter so its numbers and result are bounded like calls."""

    @functools.wraps(func)
    def bounded(*args: Any, **kwargs: Any) -> Any:
        plain = [a for a in args if not isinstance(a, Context | EvalContext | SandboxedEnvironment)]
        _check_arguments(name, None, tuple(plain), kwargs)
        return _checked(func(*args, **kwargs))

    return bounded

"""PyYAML, imported with the patterns its modules compile as they load made on first use.

PyYAML compiles ten patterns as it is imported: its reader's test for characters a YAML
stream may not hold (a class of nearly every code point: compiling it walks 65 536 of them,
some 58 M of the 1 670 M instructions of a cold `beslut kontrollera`), its resolver's tests
for plain scalars and its constructor's for timestamps. beslut reads a plain case from
libyaml's events and resolves its scalars itself, so a check mostly needs none of them: they
are used where PyYAML's pure-Python route reads a file to word a problem, or where PyYAML
resolves scalars itself. Each is compiled the first time it is used, then used as compiled.

The package's `__init__` imports this module, so every module of `generator.case` finds
PyYAML loaded so; a module elsewhere takes it from here (`from generator.case.pyyaml import
yaml`).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

__all__ = ["yaml"]


class PatternOnFirstUse:
    """A pattern that is compiled the first time any of its methods or attributes is
    asked for (`match`, `search` …), and then answers as the compiled pattern does."""

    __slots__ = ("_compiled", "_flags", "_pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._pattern = pattern
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:
        if self._compiled is None:
            self._compiled = re.compile(self._pattern, self._flags)
        return getattr(self._compiled, name)


@contextmanager
def _pyyaml_patterns_on_first_use() -> Iterator[None]:
    """Inside the block, `re.compile` called by PyYAML's own modules gives a
    `PatternOnFirstUse`; any other caller's call is compiled as always."""
    compile_now = re.compile

    def compile_for(pattern: Any, flags: int = 0) -> Any:
        if sys._getframe(1).f_globals.get("__name__", "").startswith("yaml."):
            return PatternOnFirstUse(pattern, flags)
        return compile_now(pattern, flags)

    re.compile = compile_for
    try:
        yield
    finally:
        re.compile = compile_now


if "yaml" in sys.modules:  # (imported before beslut: its patterns are compiled already)
    import yaml
else:
    with _pyyaml_patterns_on_first_use():
        import yaml

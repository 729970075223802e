"""The built-in templates' Python code, generated once instead of at every start.

Jinja turns a template into Python source (lex, parse, our sandbox's `_Bounder`, code
generation) before it runs it; for the templates of one decision that is some 50-70 ms,
a fifth of a cold `beslut kontrollera`. `tools/compile_templates.py` stores that source for
every built-in template in `compiled_templates.json`, beside this module, and `ShippedCode`,
a Jinja bytecode cache, hands it to Jinja, which then only has to `compile()` it (about 1 ms
a template). It never writes anything.

The code is the very code the environment would generate: it is made by the same
`BoundedSandbox` with the same options, so every sandbox check stays in place (the bounded
loops and `~` are in the generated code, attribute access, calls and operators go through
the environment at run time). An entry is used only for a template of the same name whose
source has the same SHA-1 (so a changed or overriding template with other text is compiled
as before), and the whole file only under the Jinja version that wrote it. What the file
cannot see itself — a change to the sandbox's code generation or to the filters — is
caught by tests/render/test_shipped_code.py, which fails until the file is written again.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from importlib.metadata import version
from pathlib import Path
from typing import Final

from jinja2 import Environment
from jinja2.bccache import Bucket, BytecodeCache

SHIPPED: Final = Path(__file__).with_name("compiled_templates.json")


def checksum(source: str) -> str:
    """The SHA-1 Jinja's bytecode caches give a template's source."""
    return hashlib.sha1(source.encode("utf-8")).hexdigest()


class ShippedCode(BytecodeCache):
    """Hand Jinja the stored Python source of a template whose text has not changed."""

    def __init__(self, path: Path = SHIPPED) -> None:
        self._path = path
        self._table: dict[str, dict[str, str]] | None = None

    def get_bucket(
        self, environment: Environment, name: str, filename: str | None, source: str
    ) -> Bucket:
        """The stored code of `name` if its source is unchanged; else an empty bucket."""
        bucket = Bucket(environment, name, checksum(source))
        entry = self._entries().get(name)
        if entry is not None and entry["sha1"] == bucket.checksum:
            bucket.code = compile(entry["python"], filename or "<template>", "exec")
        return bucket

    def load_bytecode(self, bucket: Bucket) -> None:
        """Not used: `get_bucket` fills the bucket itself."""

    def dump_bytecode(self, bucket: Bucket) -> None:
        """Keep nothing: templates compiled now are not stored."""

    def _entries(self) -> dict[str, dict[str, str]]:
        if self._table is None:
            self._table = {}
            try:
                stored = json.loads(self._path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                return self._table
            if stored.get("jinja2") == version("jinja2"):
                self._table = stored["templates"]
        return self._table


def generate(env: Environment, names: Iterable[str]) -> str:
    """The file's text: each named template's generated source, as `env` makes it."""
    assert env.loader is not None
    templates = {}
    for name in sorted(names):
        source, filename, _ = env.loader.get_source(env, name)
        templates[name] = {"sha1": checksum(source),
                           "python": env.compile(source, name, filename, raw=True)}
    stored = {"jinja2": version("jinja2"), "templates": templates}
    return json.dumps(stored, ensure_ascii=False, indent=1, sort_keys=True) + "\n"

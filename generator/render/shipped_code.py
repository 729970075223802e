"""The built-in templates' Python code, generated once instead of at every start.

Jinja turns a template into Python source (lex, parse, our sandbox's `_Bounder`, code
generation) and compiles that before it runs it; for the templates of one decision that is
some 60-80 ms, a fifth of a cold `beslut kontrollera`. `tools/compile_templates.py` writes
the Python source of every built-in template as a module of the package `compiled` beside
this one, so Python compiles it once (to `__pycache__`, as for any module, when the package
is installed) and `ShippedCode`, a Jinja bytecode cache, hands Jinja the code object. It
never writes anything itself.

The code is the very code the environment would generate: it is made by the same
`BoundedSandbox` with the same options, so every sandbox check stays in place (the bounded
loops and `~` are in the generated code; attribute access, calls and operators go through
the environment at run time). A module is used only for a template of the same name whose
source has the same SHA-1 (so a changed or overriding template with other text is compiled
as before), and only under the Jinja version that wrote it. What this cannot see itself, a
change to the sandbox's code generation or to the filters, is caught by
tests/render/test_shipped_code.py, which fails until the modules are written again.
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.util
import re
from collections.abc import Iterable
from types import CodeType

import jinja2
from jinja2 import Environment
from jinja2.bccache import Bucket, BytecodeCache

PACKAGE = f"{__package__}.compiled"


def checksum(source: str) -> str:
    """The SHA-1 Jinja's bytecode caches give a template's source."""
    return hashlib.sha1(source.encode("utf-8")).hexdigest()


def jinja_version() -> str:
    """The installed Jinja's version, as its package states it.

    The same string `importlib.metadata.version` gives, without importing that module
    (some 17 ms of a cold check, with the e-mail parser it loads) or reading and parsing
    the distribution's metadata; that is asked only of a Jinja without a plain
    `__version__`.
    """
    stated = vars(jinja2).get("__version__")
    if isinstance(stated, str):
        return stated
    from importlib.metadata import version

    return version("jinja2")


def module_name(template: str) -> str:
    """The module that holds a template's code: `partials/table.md.j2` → `partials_table_md_j2`."""
    return re.sub(r"\W", "_", template)


class ShippedCode(BytecodeCache):
    """Hand Jinja the stored code of a built-in template whose text has not changed."""

    def __init__(self, package: str = PACKAGE) -> None:
        self._package = package
        self._index: dict[str, str] | None = None

    def get_bucket(
        self, environment: Environment, name: str, filename: str | None, source: str
    ) -> Bucket:
        """The stored code of `name` if its source is unchanged; else an empty bucket."""
        bucket = Bucket(environment, name, checksum(source))
        if self._checksums().get(name) == bucket.checksum:
            code = self._code(module_name(name))
            bucket.code = None if code is None else _named(code, filename or "<template>")
        return bucket

    def load_bytecode(self, bucket: Bucket) -> None:
        """Not used: `get_bucket` fills the bucket itself."""

    def dump_bytecode(self, bucket: Bucket) -> None:
        """Keep nothing: templates compiled now are not stored."""

    def _checksums(self) -> dict[str, str]:
        """Template name → SHA-1 of the source its module was made from (empty if stale)."""
        if self._index is None:
            self._index = {}
            try:
                package = importlib.import_module(self._package)
            except ImportError:  # a tree without the generated code still works, slower
                return self._index
            if getattr(package, "JINJA2", None) == jinja_version():
                self._index = dict(package.CHECKSUMS)
        return self._index

    def _code(self, module: str) -> CodeType | None:
        """The module's code object, from its `.pyc` when Python has one, never run here."""
        spec = importlib.util.find_spec(f"{self._package}.{module}")
        loader = spec.loader if spec is not None else None
        get_code = getattr(loader, "get_code", None)
        code = get_code(f"{self._package}.{module}") if get_code is not None else None
        return code if isinstance(code, CodeType) else None


def _named(code: CodeType, filename: str) -> CodeType:
    """The code as `compile(source, filename)` makes it: Jinja names a failing template's
    file and line from the file name of the code (see render.template_errors)."""
    consts = tuple(_named(c, filename) if isinstance(c, CodeType) else c
                   for c in code.co_consts)
    return code.replace(co_filename=filename, co_consts=consts)


def generate(env: Environment, names: Iterable[str]) -> dict[str, str]:
    """The package's files, by file name: each template's module and the index."""
    assert env.loader is not None
    files: dict[str, str] = {}
    checksums: dict[str, str] = {}
    for name in sorted(names):
        source, filename, _ = env.loader.get_source(env, name)
        module = f"{module_name(name)}.py"
        assert module not in files, f"two templates share the module {module}"
        files[module] = env.compile(source, name, filename, raw=True) + "\n"
        checksums[name] = checksum(source)
    rows = "".join(f"    {name!r}: {sha!r},\n" for name, sha in checksums.items())
    files["__init__.py"] = (
        '"""The built-in templates\' Python code, one module each: written by\n'
        'tools/compile_templates.py (see generator.render.shipped_code), not by hand."""\n\n'
        f"JINJA2 = {jinja_version()!r}\n\n"
        f"CHECKSUMS = {{\n{rows}}}\n"
    )
    return files

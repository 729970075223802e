"""The command's module (`generator/__main__.py`): pydantic's plugins off unless the user
says otherwise, and its plugin loader, which then only returns none, stood in for so that
`importlib.metadata` is not imported by a cold check."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pydantic

CASE = Path(__file__).resolve().parent.parent / "cases" / \
    "002-beslutsunderlag-lansgemensamma-medel-2024.yaml"
PROBE = (
    "import sys; from pathlib import Path; import generator.__main__; "
    "from generator.build import Pipeline; "
    f"result = Pipeline().build(Path({str(CASE)!r})); "
    "print(not result.problems, 'importlib.metadata' in sys.modules, "
    "type(sys.modules['pydantic.plugin._loader'].get_plugins).__name__)"
)


def probe(**env: str) -> list[str]:
    """What a process that imports the command's module and builds a case prints."""
    clean = {key: value for key, value in os.environ.items()
             if key != "PYDANTIC_DISABLE_PLUGINS"}
    return subprocess.run([sys.executable, "-c", PROBE], env={**clean, **env}, check=True,
                          capture_output=True, text=True).stdout.split()


def test_a_case_builds_without_importing_importlib_metadata() -> None:
    assert probe() == ["True", "False", "type"]


def test_a_users_own_plugin_setting_keeps_pydantics_loader() -> None:
    assert probe(PYDANTIC_DISABLE_PLUGINS="logfire")[2] == "function"


def test_pydantic_takes_only_get_plugins_from_its_loader() -> None:
    """The stand-in has `get_plugins` alone: a pydantic that takes more from its loader
    would fail at the first validator, so this test names it first."""
    taken = set()
    for source in Path(pydantic.__file__).parent.rglob("*.py"):
        for found in re.finditer(r"from \.?_?loader import ([\w, ]+)|from pydantic\.plugin\."
                                 r"_loader import ([\w, ]+)", source.read_text()):
            taken |= {name.strip() for name in (found[1] or found[2]).split(",")}
    assert taken == {"get_plugins"}

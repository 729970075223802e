"""Templates an organisation copied from an earlier version print as they did then.

`beslut mallar --kopiera` lets an organisation keep its own copy of a partial while the
built-in templates around it move on. A partial's work that has moved to a partial of its
own would then be done twice: by the old copy and by the new partial. The built-in
templates ask the globals set here whether the copy in use still does it.

* `on_duty_lists_extract`: `partials/on_duty.md.j2` printed "Utdrag till" too, before the
  list had `partials/extract_to.md.j2` (and came after the signature blocks). A copy that
  reads `doc.extract_to` prints the list itself, where it did; `base.md.j2` then leaves
  `extract_to.md.j2` out, so that the list is printed once.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Final

from jinja2 import Environment, TemplateError, nodes

ON_DUTY: Final = "partials/on_duty.md.j2"


def set_old_copy_globals(env: Environment, overrides: Sequence[Path]) -> None:
    """Set each global of the module docstring on `env` (`overrides`: the organisation's
    template folders, searched first; the built-in templates are never old copies)."""
    env.globals["on_duty_lists_extract"] = _reads(env, overrides, ON_DUTY, "extract_to")


def _reads(env: Environment, overrides: Sequence[Path], name: str, field: str) -> bool:
    """Whether an organisation's copy of the template `name` is in use and reads `field` of
    a value (`doc.extract_to`). A copy that does not parse reads nothing here: rendering it
    reports the fault with its line."""
    copy = next((folder / name for folder in overrides if (folder / name).is_file()), None)
    if copy is None:
        return False
    try:
        tree = env.parse(copy.read_text(encoding="utf-8"), name, str(copy))
    except (TemplateError, UnicodeDecodeError):
        return False
    return any(node.attr == field for node in tree.find_all(nodes.Getattr))

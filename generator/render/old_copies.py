"""Templates an organisation copied from an earlier version print as they did then.

`beslut mallar --kopiera` lets an organisation keep its own copy of a partial while the
built-in templates around it move on. A partial's work that has moved to a partial of its
own would then be done twice: by the old copy and by the new partial. The built-in
templates ask the globals set here whether the copy in use still does it.

* `on_duty_lists_extract`: `partials/on_duty.md.j2` printed "Utdrag till" too, before the
  list had `partials/extract_to.md.j2` (and came after the signature blocks). A copy that
  reads `doc.extract_to` prints the list itself, where it did; `base.md.j2` then leaves
  `extract_to.md.j2` out, so that the list is printed once.
* `signature_blocks_in_pairs`: `partials/signature_blocks.md.j2` took blocks two by two
  (`signature_blocks(pairs)`, each pair unpacked), before a justering's paper boxes stood in
  one row of three. A copy that still takes pairs gets the justering's boxes two by two, as
  it printed them (a row of three would not unpack).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Final

from jinja2 import Environment, TemplateError, nodes

ON_DUTY: Final = "partials/on_duty.md.j2"
SIGNATURE_BLOCKS: Final = "partials/signature_blocks.md.j2"


def set_old_copy_globals(env: Environment, overrides: Sequence[Path]) -> None:
    """Set each global of the module docstring on `env` (`overrides`: the organisation's
    template folders, searched first; the built-in templates are never old copies)."""
    on_duty = _copy_in_use(env, overrides, ON_DUTY)
    env.globals["on_duty_lists_extract"] = on_duty is not None and any(
        node.attr == "extract_to" for node in on_duty.find_all(nodes.Getattr))
    blocks = _copy_in_use(env, overrides, SIGNATURE_BLOCKS)
    env.globals["signature_blocks_in_pairs"] = blocks is not None and any(
        node.name == "signature_blocks" and [arg.name for arg in node.args] == ["pairs"]
        for node in blocks.find_all(nodes.Macro))


def _copy_in_use(env: Environment, overrides: Sequence[Path], name: str) -> nodes.Template | None:
    """The parsed organisation's copy of the template `name`, if one is in use. A copy that
    does not parse is taken as none here: rendering it reports the fault with its line."""
    copy = next((folder / name for folder in overrides if (folder / name).is_file()), None)
    if copy is None:
        return None
    try:
        return env.parse(copy.read_text(encoding="utf-8"), name, str(copy))
    except (TemplateError, UnicodeDecodeError):
        return None

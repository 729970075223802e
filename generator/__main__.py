"""The `beslut` command and `python -m generator`: the command line, imported quickly."""

import os
import sys
import types

from generator.startup import loading

# Pydantic looks through every installed package's entry points for plugins (observability
# hooks) when it builds the first validator: some 18 M instructions of a cold `beslut
# kontrollera`, for hooks beslut never uses. A value the user set stands.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
if os.environ["PYDANTIC_DISABLE_PLUGINS"] == "__all__":
    # With every plugin off, pydantic's plugin loader only returns none, but importing it
    # imports `importlib.metadata` (about 100 M instructions, 5 % of a cold check): it is
    # stood in for by a module whose `get_plugins` returns none, as the loader's does then.
    _loader = types.ModuleType("pydantic.plugin._loader")
    _loader.get_plugins = tuple  # type: ignore[attr-defined]
    sys.modules.setdefault("pydantic.plugin._loader", _loader)

with loading("generator.cli"):  # the command's own imports, without collector passes
    from generator.cli import main

if __name__ == "__main__":  # worker processes import this module under another name
    main()

"""The `beslut` command and `python -m generator`: the command line, imported quickly."""

import os

from generator.startup import loading

# Pydantic looks through every installed package's entry points for plugins (observability
# hooks) when it builds the first validator: some 18 M instructions of a cold `beslut
# kontrollera`, for hooks beslut never uses. A value the user set stands.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

with loading("generator.cli"):  # the command's own imports, without collector passes
    from generator.cli import main

if __name__ == "__main__":  # worker processes import this module under another name
    main()

"""Allow `python -m generator` as well as the `beslut` command."""

from generator.cli import main

main()

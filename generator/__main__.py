"""The `beslut` command and `python -m generator`: the command line, imported quickly."""

from generator.startup import loading

with loading("generator.cli"):  # the command's own imports, without collector passes
    from generator.cli import main

if __name__ == "__main__":  # worker processes import this module under another name
    main()

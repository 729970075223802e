"""Printing that works on any terminal: characters it cannot show are replaced, never fatal.

A Windows console or a pipe may use cp1252 or ASCII; `≥`, `−` and the no-break space of
the amounts would otherwise stop beslut with an encoding error.
"""

from __future__ import annotations

import io
import sys


def tolerate_any_encoding() -> None:
    """Let stdout and stderr replace the characters their encoding cannot hold."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and stream.errors == "strict":
            stream.reconfigure(errors="replace")

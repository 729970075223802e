"""Load the pipeline quickly: a cold `beslut kontrollera` spends most of its time importing.

Importing creates some 300 000 objects that live as long as the process (modules, classes,
functions, Pydantic's schemas). The cyclic garbage collector walks them again and again
while they are made, and again in every full collection after, for nothing: about 25 ms of
a cold check. `loading` turns the collector off while the pipeline is imported, then turns
it back on and moves everything loaded so far out of its reach (`gc.freeze`), so later
collections look only at what a run makes.

The first case a process builds loads the rest of what the run shares and keeps, lazily:
the case validator, Babel's locale data, the reference .docx, the hyphenation patterns,
the compiled templates. `warming_up` treats it like an import: no collections while it runs,
and what it loaded frozen after, so that neither later collections nor the final one at exit
walk it again (some 18 M of the 1 400 M instructions of a cold check). What that one case
leaves behind is kept to the end; every later case is collected as before.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def loading(module: str) -> Iterator[None]:
    """Import `module` (inside the block) without collector passes, the first time only."""
    if module in sys.modules or not gc.isenabled():
        yield
        return
    with _paused():
        yield


_WARMED: set[str] = set()
"""What has run its first time in this process (see `warming_up`)."""


@contextmanager
def warming_up(what: str) -> Iterator[None]:
    """Run the block without collector passes the first time `what` runs in this process."""
    if what in _WARMED or not gc.isenabled():
        yield
        return
    _WARMED.add(what)
    with _paused():
        yield


@contextmanager
def _paused() -> Iterator[None]:
    """No collector passes inside the block; what exists after it is frozen."""
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
        gc.freeze()

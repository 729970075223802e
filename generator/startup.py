"""Load the pipeline quickly: a cold `beslut kontrollera` spends most of its time importing.

Importing creates some 300 000 objects that live as long as the process (modules, classes,
functions, Pydantic's schemas). The cyclic garbage collector walks them again and again
while they are made, and again in every full collection after, for nothing: about 25 ms of
a cold check. `loading` turns the collector off while the pipeline is imported, then turns
it back on and moves everything loaded so far out of its reach (`gc.freeze`), so later
collections look only at what a run makes.
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
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
        gc.freeze()

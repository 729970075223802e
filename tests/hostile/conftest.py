"""Run each hostile case in memory under a time limit far above its normal cost."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from pathlib import Path
from types import FrameType

import pytest

from hostile.harness import Builder

LIMIT_SECONDS = 60
"""Far above the normal cost of any case here (each takes well under 5 s)."""


class TooSlow(Exception):
    """A case took longer than LIMIT_SECONDS."""


def _expire(signum: int, frame: FrameType | None) -> None:
    raise TooSlow(f"mer än {LIMIT_SECONDS} s")


@pytest.fixture(autouse=True)
def time_limit() -> Iterator[None]:
    """Fail a test that runs longer than LIMIT_SECONDS instead of hanging the suite."""
    if not hasattr(signal, "SIGALRM"):  # Windows: no alarm, the tests still run
        yield
        return
    previous = signal.signal(signal.SIGALRM, _expire)
    signal.alarm(LIMIT_SECONDS)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@pytest.fixture
def build(tmp_path: Path) -> Builder:
    """Build a case given as YAML text."""
    return Builder(tmp_path)

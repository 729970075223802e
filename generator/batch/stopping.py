"""Stopping a build cleanly: Ctrl-C or SIGTERM, and what the stopped run had written.

A stop raises `KeyboardInterrupt` in the main process (SIGTERM too, while a build runs);
worker processes ignore Ctrl-C and finish the cases they have, then the run records what
its journals hold, as the next run would (`runs.recover`), and says so in `Interrupted`.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from generator.output.display import shown
from generator.output.faults import fault_reason
from generator.output.runs import Run, recover


class Interrupted(KeyboardInterrupt):
    """A build stopped by Ctrl-C or SIGTERM; `message` says what became of its cases."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def record_stopped(run: Run, out: Path, manifest: str) -> Interrupted:
    """Record in the manifest the cases a stopped run wrote whose outcomes never reached it
    (from its journals, once no worker holds the run); say what became of them."""
    run.close()
    try:
        recover(out, manifest, only=run.id)
    except OSError as exc:
        return Interrupted(f"avbrutet; de ärenden som hann byggas är sparade, men manifestet "
                           f"{shown(out / manifest)} kunde inte uppdateras ({fault_reason(exc)}); "
                           "nästa körning av beslut bygg för in dem")
    if run.folder.exists():  # (a worker still writing: a second Ctrl-C did not wait for it)
        return Interrupted("avbrutet; de ärenden som hann byggas är sparade, och nästa körning "
                           "av beslut bygg för in dem i manifestet")
    if not (out / manifest).is_file():
        return Interrupted("avbrutet innan något ärende hann byggas")
    return Interrupted("avbrutet; de ärenden som hann byggas är sparade och kvar i manifestet")


@contextmanager
def terminate_as_interrupt() -> Iterator[None]:
    """Take SIGTERM (a cancelled CI job, `kill`) as Ctrl-C while this lasts, so the run
    stops as cleanly; only the main thread can handle signals."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


@contextmanager
def held(*signals: signal.Signals) -> Iterator[None]:
    """Hold the signals back while this lasts (one that came meanwhile arrives at its end).
    Processes started meanwhile begin with them held too."""
    mask = signal.pthread_sigmask(signal.SIG_BLOCK, set(signals))
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)


def _interrupt(signum: int, frame: object) -> None:
    """Stop the build as Ctrl-C does."""
    raise KeyboardInterrupt

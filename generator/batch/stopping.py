"""Stopping a build cleanly: Ctrl-C or SIGTERM, and what the stopped run had written.

A stop raises `KeyboardInterrupt` in the main process (SIGTERM too, while a build runs);
worker processes ignore Ctrl-C and finish the cases they have, then the run records what
its journals hold, as the next run would (`runs.recover`), and says so in `Interrupted`.
A run that had no chance to (`kill -9`, a power cut) leaves only its journals: `unrecorded`
says so when the folder has no manifest to tell what was built from where.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from generator.batch.folders import DEFAULT_CASES, root_of
from generator.batch.inputs import local
from generator.batch.template_folders import Templates
from generator.output.display import command_line, shown
from generator.output.faults import fault_reason
from generator.output.runs import Run, recover, unfinished


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


def unrecorded(out: Path, options: Sequence[str], templates_given: bool) -> str | None:
    """Why an output folder whose manifest has no cases cannot be built or checked as it
    stands, when a stopped run's journals name cases it was building from folders other
    than `cases/`; with the command that records them and builds the rest (`options`: the
    run's own, with the templates the journals name unless `templates_given`). Else None."""
    pending = unfinished(out, whole=False)
    roots = sorted({root_of(key, entry) for key, entry in pending.cases.items() if entry})
    if not roots or roots == [DEFAULT_CASES.as_posix()]:
        return None
    if not templates_given and pending.templates:
        options = [*options, *Templates(tuple(local(n) for n in pending.templates)).options()]
    build = command_line("beslut", "bygg", *roots, *options)
    return (f"bygget till {shown(out)} avbröts innan de byggda ärendena hann föras in i "
            f"manifestet; kör {build} igen, så förs de in och resten byggs")


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

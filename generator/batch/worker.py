"""Build one case in a worker process and replace its files in the output folder.

Each worker process holds one `RecordingPipeline` (templates compiled once) and joins the
run's lock, so a run counts as alive while any of its workers is. Only the manifest changes
travel back to the main process, never the documents.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import select
import signal
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from generator.batch.discover import Source, clash
from generator.batch.jobs import Job, Outcome, Setup
from generator.batch.plan import outputs_of
from generator.batch.recording import RecordingPipeline
from generator.build import internal_error
from generator.output.commit import CaseFiles, commit_cases, prepare_folder
from generator.output.display import shown
from generator.output.faults import fault_message
from generator.output.manifest import (
    CaseEntry,
    Changes,
    RecordedWarning,
    digest,
    read_manifest,
)
from generator.output.runs import Run, journaled
from generator.output.writer import refusals
from generator.problems import START, BeslutError, Problem, has_errors, sort_problems


class Builder:
    """Builds cases of one run in this process."""

    def __init__(self, setup: Setup) -> None:
        self.setup = setup
        self.pipeline = RecordingPipeline(setup.template_dirs)
        self.run = Run(setup.out, setup.run_id).start()

    def build_all(self, jobs: list[Job]) -> list[Outcome]:
        """Build several cases, then write those that built together (they share the waits
        for the disk); a case that fails never stops the others."""
        prepared = [self._attempt(job.source, self._prepare, job) for job in jobs]
        ready = [item for item in prepared if isinstance(item, _Ready)]
        errors = iter(commit_cases([item.files for item in ready], self.run.id))
        return [self._attempt(item.source, self._written, item, next(errors))
                if isinstance(item, _Ready) else item for item in prepared]

    def _attempt(self, source: Source, step: Callable[..., _T], *args: Any) -> _T | Outcome:
        """Take a step for one case; any failure becomes that case's outcome."""
        try:
            return step(*args)
        except BeslutError as exc:
            problems = list(exc.problems_for(shown(source.path)))
        except OSError as exc:
            problems = [Problem(shown(source.path), START, fault_message(exc, self.setup.out))]
        except Exception as exc:  # a bug: confined to this case
            problems = [internal_error(shown(source.path), exc)]
        return Outcome(source, "misslyckat", problems)

    def _prepare(self, job: Job) -> _Ready | Outcome:
        """Build a case and name its files; what to write, or why nothing is."""
        source, out = job.source, self.setup.out
        result, inputs = self.pipeline.build_recorded(source.path, source.name)
        problems = [p._replace(path=shown(p.path)) for p in result.problems]
        if has_errors(problems) or not result.files:
            return Outcome(source, "misslyckat", list(sort_problems(problems)))
        files = _named(source, result.files)
        targets = {out / name: data for name, data in files.items()}
        recorded = {out / name: h for name, h in job.recorded.items()}
        reasons = refusals(targets, recorded, [source.path], self.setup.force)
        if reasons:
            raise BeslutError("\n".join(reasons), self._refused(source, reasons))
        prepare_folder(next(iter(targets)).parent)
        hashes = {name: digest(data) for name, data in files.items()}
        case = shown(source.path)
        warnings = tuple(RecordedWarning.of(p, case) for p in problems if not p.is_error)
        entry = CaseEntry(source.name, inputs, hashes, warnings, source.named)
        changes = Changes(dict(hashes), {source.key: entry}, self.setup.templates)
        journal = self.run.journal(source.key, changes)
        return _Ready(source, problems, changes, CaseFiles(targets, journal))

    def _refused(self, source: Source, reasons: list[str]) -> list[Problem]:
        """Why a case's files are not written, one problem each; files another case file
        was built to (by a run alongside this one) are that case's, and the clash is named."""
        other = _built_from(self.setup.out, source)
        if other is not None:
            return [clash(source, [Path(other)], self.setup.options)]
        return [Problem(shown(source.path), START, reason) for reason in reasons]

    def _written(self, ready: _Ready, error: Exception | None) -> Outcome:
        """The outcome of a case once its files were written, or were not."""
        if error is not None:
            self.run.forget(ready.source.key)
            raise error
        return Outcome(ready.source, "byggt", ready.problems, ready.changes)


def _built_from(out: Path, source: Source) -> str | None:
    """Another case file, still there, that the output folder's manifest or a run's
    journal has at the case's output name, if any."""
    entries = [change.cases.get(source.key) for change in journaled(out, source.key)]
    entries.append(read_manifest(out).cases.get(source.key))
    others = [entry.source for entry in entries
              if entry is not None and entry.source != source.name]
    return next((other for other in others if os.path.isfile(other)
                 and not os.path.samefile(other, source.path)), None)


def _named(source: Source, files: dict[str, bytes]) -> dict[str, bytes]:
    """The documents named after the case's key."""
    md_name, docx_name = outputs_of(source.key)
    by_suffix = {Path(name).suffix: data for name, data in files.items()}
    return {md_name: by_suffix[".md"], docx_name: by_suffix[".docx"]}


@dataclass(frozen=True)
class _Ready:
    """A case built and checked, its files not yet written."""

    source: Source
    problems: list[Problem]
    changes: Changes
    files: CaseFiles


_T = TypeVar("_T")
_builder: Builder | None = None


_frozen = False
GC_YOUNG = 10_000
"""Allocations between two collections of the youngest objects in a worker (Python's
default is 700): a case makes and drops far more, nearly all freed without the collector."""


def start_worker(setup: Setup) -> None:
    """Prepare a worker process: ignore Ctrl-C (the main process stops the run cleanly),
    and end when the main process ends without stopping the run."""
    global _builder
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    gc.set_threshold(GC_YOUNG)
    _builder = Builder(setup)
    main = multiprocessing.parent_process()
    if main is not None and main.pid is not None:
        _end_with(main.pid)


def _end_with(pid: int) -> None:
    """End this process at once when the process `pid` ends (`kill -9`, a crash), as if it
    was killed with it: else it waits for work forever and holds the run, whose journals no
    later run may then take. (Where the system cannot tell, as on macOS, it is left be.)"""
    try:
        watched = os.pidfd_open(pid)
    except (AttributeError, OSError):
        return

    def watch() -> None:
        select.select([watched], [], [])
        os._exit(1)

    threading.Thread(target=watch, name="beslut-main-watch", daemon=True).start()


def build_in_worker(jobs: list[Job]) -> list[Outcome]:
    """Build a task's cases in a worker prepared by `start_worker`.

    After the first task the worker holds what every case shares (modules, compiled
    templates, the prepared reference): the collector is told to leave those objects
    alone, so its full passes no longer walk them (some 0.3 ms a case otherwise).
    """
    global _frozen
    assert _builder is not None
    outcomes = _builder.build_all(jobs)
    if not _frozen:
        gc.collect()
        gc.freeze()
        _frozen = True
    return outcomes

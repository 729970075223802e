"""Run a build: judge every case, build the stale ones in worker processes, record them.

The main process owns the manifest: it applies the workers' changes in batches, under the
manifest lock, and only then removes the journals that covered those cases. A stopped run
therefore loses nothing: its journals let the next run record what it had written. A run
stopped cleanly (Ctrl-C, or SIGTERM, taken as Ctrl-C) waits for the cases in progress and
records what its journals hold before it ends, as the next run would.
"""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Callable, Generator, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from contextlib import closing
from dataclasses import dataclass, field
from multiprocessing import forkserver, get_context, resource_tracker
from multiprocessing.context import BaseContext
from pathlib import Path

from generator.batch.discover import Source
from generator.batch.inputs import InputHashes
from generator.batch.jobs import Job, Outcome, Setup
from generator.batch.manifests import Manifests
from generator.batch.plan import Rerun, Verdict, describe, judge
from generator.batch.stopping import held, record_stopped, terminate_as_interrupt
from generator.batch.vetting import case_problems, problems_of
from generator.output.commit import prepare_folder
from generator.output.display import shown
from generator.output.faults import OutputFault, fault_message, fault_reason
from generator.output.manifest import MANIFEST, Changes, Manifest, update_manifest
from generator.output.runs import Run, recover, unfinished
from generator.problems import START, Problem, has_errors

TASKS_PER_WORKER = 500
"""Cases a worker builds before a fresh one replaces it. A worker grows by about 11 KiB a
case (78 MiB after 1 000 cases in one process), so its memory stays near 70 MiB."""
CASES_PER_TASK = 4
"""Cases sent to a worker at a time (and written together, sharing the waits for the disk):
each task costs the main process some 0.2 ms of pickling and waking up, a quarter of that
for four cases, while progress stays smooth."""
WORKERS_FROM = 24
"""Stale cases from which worker processes pay off. Starting them costs about 0.35 s (a
fresh interpreter loading the pipeline, then each worker's first document), while this
process builds a case like seed 002 in some 15 ms. Measured on two cores, two workers
against this process: 16 cases 0.80 s against 0.75 s, 32 cases 1.01 s against 1.10 s."""
FLUSH_SECONDS = 10.0
"""How often the manifest takes the finished cases (journals keep them in between)."""


@dataclass(frozen=True)
class Options:
    """How to run a build."""

    out: Path
    template_dirs: tuple[Path, ...] = ()
    force: bool = False
    jobs: int = 1
    manifest_name: str = MANIFEST
    rerun: Rerun = field(default_factory=Rerun)
    """How the user asked for this build, for the hints of stale outputs."""
    template_names: tuple[str, ...] = ()
    """`template_dirs` as the manifest records them (`template_folders.archive_names`)."""


@dataclass
class Summary:
    """What a build did: cases built, unchanged, left alone because their outputs were
    edited by hand, and failed (with their problems; an unchanged case's are the warnings
    it had when built)."""

    built: list[Outcome] = field(default_factory=list)
    unchanged: list[Outcome] = field(default_factory=list)
    edited: list[Outcome] = field(default_factory=list)
    failed: list[Outcome] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    recovered: list[str] = field(default_factory=list)
    """The case files (as the manifest records them, in the order of their keys) whose
    documents a stopped run wrote and this run recorded in the manifest."""

    def add(self, outcome: Outcome) -> None:
        """Count one case's outcome."""
        by_status = {"byggt": self.built, "oförändrat": self.unchanged,
                     "handändrat": self.edited}
        by_status.get(outcome.status, self.failed).append(outcome)


Progress = Callable[[Outcome], None]


def check(sources: Sequence[Source], options: Options, manifest: Manifest) -> list[Verdict]:
    """Judge every case against the output folder without writing anything, by `manifest`
    (the run's `Manifests.overlaid()`: the cases stopped runs wrote are added to it)."""
    pending = unfinished(options.out)
    pending_files = {name: h for name, h in pending.files.items() if h is not None}
    pending.files = {}
    pending.apply(manifest)
    hashes = InputHashes(options.template_dirs)
    return [judge(source, options.out, manifest, hashes, pending_files) for source in sources]


def build(sources: Sequence[Source], options: Options, manifests: Manifests,
          progress: Progress) -> Summary:
    """Build every case that is not up to date, judged by the run's `manifests` (the cases
    recovered from stopped runs are applied to its folder's manifest, as to the one on
    disk); report each case to `progress`. Raise `Interrupted` when stopped (Ctrl-C or
    SIGTERM), once the cases written are recorded."""
    summary = Summary()
    with terminate_as_interrupt():
        try:
            prepare_folder(options.out)
            summary.recovered = _recover(options.out, manifests)
            run = Run(options.out).start()
        except OutputFault as exc:
            return _fail_all(sources, exc.message, summary, progress)
        except OSError as exc:
            return _fail_all(sources, fault_message(exc, options.out), summary, progress)
        try:
            jobs = _plan(sources, options, manifests.overlaid(), summary, progress)
            _build_all(jobs, options, run, summary, progress)
        except KeyboardInterrupt:
            raise record_stopped(run, options.out, options.manifest_name) from None
        finally:
            run.close()
    return summary


def _recover(out: Path, manifests: Manifests) -> list[str]:
    """Finish the cases stopped runs wrote and record them (`runs.recover`), in the run's
    folder manifest too; return their case files as recorded, in the order of their keys."""
    recovered = recover(out)
    recovered.apply(manifests.folder)
    return [entry.source for _, entry in sorted(recovered.cases.items()) if entry is not None]


def _fail_all(sources: Sequence[Source], message: str, summary: Summary,
              progress: Progress) -> Summary:
    """Fail every case with one message (the output folder cannot be used at all)."""
    for source in sources:
        _fail(summary, progress, source, message)
    return summary


def _plan(sources: Sequence[Source], options: Options, manifest: Manifest, summary: Summary,
          progress: Progress) -> list[Job]:
    """Skip the unchanged cases, leave the hand-edited ones alone, and list the jobs for the
    rest."""
    hashes = InputHashes(options.template_dirs)
    jobs, edited = [], []
    for source in sources:
        verdict = judge(source, options.out, manifest, hashes)
        if verdict.state == "aktuell" and not options.force:
            outcome = Outcome(source, "oförändrat", verdict.warnings)
            summary.add(outcome)
            progress(outcome)
        elif verdict.state == "handändrad" and not options.force:
            edited.append(verdict)
        else:
            recorded = {n: h for n, h in manifest.files.items() if _belongs(n, source.key)}
            jobs.append(Job(source, recorded))
            if len(jobs) == WORKERS_FROM and options.jobs > 1:  # workers will be used
                _workers_context()  # the server loads the pipeline while planning goes on
    _leave_edited(edited, options, summary, progress)
    return jobs


def _leave_edited(verdicts: list[Verdict], options: Options, summary: Summary,
                  progress: Progress) -> None:
    """Report the cases whose outputs were edited by hand, written over by no one: each with
    the line that names the files and what to do, then its problems: those that its build
    would find once the edits are moved away (if its inputs changed since), else the warnings
    recorded when it was built."""
    vetted = problems_of(verdicts, options.template_dirs)
    for verdict in verdicts:
        own = case_problems(verdict, vetted)
        line = describe(verdict, options.rerun, has_errors=has_errors(own))
        outcome = Outcome(verdict.source, "handändrat",
                          [Problem(shown(verdict.source.path), START, line), *own],
                          edited=tuple(verdict.reasons), stale=bool(verdict.stale))
        summary.add(outcome)
        progress(outcome)


def _belongs(name: str, key: str) -> bool:
    """Tell whether an output file name is one of a case's."""
    return name in (key + ".md", key + ".docx")


def _build_all(jobs: list[Job], options: Options, run: Run, summary: Summary,
               progress: Progress) -> None:
    """Build the jobs, in workers when there are several, recording as they finish."""
    if not jobs:
        return  # (a no-op rebuild never loads the pipeline)
    recorder = _Recorder(options, run)
    try:  # (closed at once when stopped: the workers finish their cases and let go the run)
        with closing(_outcomes(jobs, options, run.id)) as outcomes:
            for outcome in outcomes:
                summary.add(outcome)
                recorder.add(outcome)
                progress(outcome)
    finally:
        problem = recorder.flush()
        if problem is not None:
            summary.problems.append(problem)


def _outcomes(jobs: list[Job], options: Options, run_id: str) -> Generator[Outcome, None, None]:
    """Yield each job's outcome as it is ready."""
    setup = Setup(options.out, options.template_dirs, options.force, run_id,
                  options=options.rerun.options, templates=options.template_names)
    workers = min(options.jobs, len(jobs)) if len(jobs) >= WORKERS_FROM else 1
    if workers <= 1:
        from generator.batch.worker import Builder  # the pipeline, loaded when needed

        builder = Builder(setup)
        try:
            for first in range(0, len(jobs), CASES_PER_TASK):
                yield from builder.build_all(jobs[first:first + CASES_PER_TASK])
        finally:
            builder.run.close()
        return
    yield from _in_workers(jobs, setup, workers)


def _in_workers(jobs: list[Job], setup: Setup, workers: int) -> Iterator[Outcome]:
    """Build in worker processes forked from a server that has loaded the pipeline.

    The workers are replaced after `TASKS_PER_WORKER` cases each (a new pool per round):
    the little memory a worker keeps after each document would otherwise grow with N.
    (`max_tasks_per_child` hangs the pool on Python 3.11.)
    """
    context = _workers_context()
    round_size = workers * TASKS_PER_WORKER
    for first in range(0, len(jobs), round_size):
        yield from _pool_round(jobs[first:first + round_size], setup, workers, context)


def _workers_context() -> BaseContext:
    """The fork server's context, its server started (once per process) and told to load
    the pipeline, which takes it about a quarter of a second; workers fork from it warm."""
    context = get_context("forkserver")
    context.set_forkserver_preload(["generator.batch.worker"])
    # The server starts with Ctrl-C held, as its workers ignore it (this process stops the
    # run): a Ctrl-C while it loads the pipeline would print its traceback. (The resource
    # tracker, started first, lets Ctrl-C through here when it starts.)
    resource_tracker.ensure_running()
    with held(signal.SIGINT):
        forkserver.ensure_running()
    return context


def _pool_round(jobs: list[Job], setup: Setup, workers: int,
                context: BaseContext) -> Iterator[Outcome]:
    """Build a round of jobs in a fresh pool of workers, a few cases to a task."""
    with ProcessPoolExecutor(workers, context, _start, (setup,)) as pool:
        try:
            with held(signal.SIGINT, signal.SIGTERM):  # (a stop would orphan a starting worker)
                submitted = {pool.submit(_build, c): c for c in _chunks(jobs, workers)}
            for future in as_completed(submitted):  # one waiter for all, not one per wait
                yield from _outcomes_of(future, submitted[future])
        except BaseException:  # (stopped: the tasks begun are finished, no others)
            pool.shutdown(cancel_futures=True)
            raise


def _chunks(jobs: list[Job], workers: int) -> list[list[Job]]:
    """The jobs in tasks of up to `CASES_PER_TASK`, at least four tasks per worker."""
    size = max(1, min(CASES_PER_TASK, len(jobs) // (4 * workers)))
    return [jobs[first:first + size] for first in range(0, len(jobs), size)]


def _start(setup: Setup) -> None:
    """Prepare a worker process (runs in the worker)."""
    from generator.batch.worker import start_worker

    start_worker(setup)


def _build(jobs: list[Job]) -> list[Outcome]:
    """Build a task's cases (runs in the worker)."""
    from generator.batch.worker import build_in_worker

    return build_in_worker(jobs)


def _outcomes_of(future: Future[list[Outcome]], jobs: list[Job]) -> list[Outcome]:
    """The outcomes of a task; a worker that died becomes a problem of each of its cases."""
    try:
        return future.result()
    except Exception:
        message = "arbetsprocessen som byggde ärendet avslutades oväntat; kör beslut bygg igen"
        return [Outcome(job.source, "misslyckat", [Problem(shown(job.source.path), START,
                                                           message)]) for job in jobs]


class _Recorder:
    """Applies finished cases to the manifest in batches, then drops their journals."""

    def __init__(self, options: Options, run: Run) -> None:
        self.options = options
        self.run = run
        self.changes = Changes()
        self.keys: list[str] = []
        self.last = time.monotonic()

    def add(self, outcome: Outcome) -> None:
        """Take a finished case's changes; flush now and then."""
        if outcome.changes:
            self.changes.add(outcome.changes)
            self.keys.append(outcome.source.key)
        if time.monotonic() - self.last > FLUSH_SECONDS:
            self.flush()

    def flush(self) -> Problem | None:
        """Write the pending changes to the manifest, then remove their journals.

        If the manifest cannot be written (a full disk), the changes stay pending and
        their journals stay, so the next run records them; the problem is returned.
        """
        name = self.options.manifest_name
        try:
            update_manifest(self.options.out, self.changes, name)
        except OSError as exc:
            self.last = time.monotonic()
            message = (f"manifestet {shown(self.options.out / name)} kunde inte uppdateras "
                       f"({fault_reason(exc)}); nästa körning av "
                       "beslut bygg för in de byggda ärendena")
            return Problem(shown(self.options.out / name), START, message)
        for key in self.keys:
            self.run.forget(key)
        self.changes, self.keys, self.last = Changes(), [], time.monotonic()
        return None


def _fail(summary: Summary, progress: Progress, source: Source, message: str,
          errors: Sequence[Problem] = ()) -> None:
    """Record a case that failed before it was built (its `errors` listed after why)."""
    outcome = Outcome(source, "misslyckat",
                      [Problem(shown(source.path), START, message), *errors])
    summary.failed.append(outcome)
    progress(outcome)


def default_jobs() -> int:
    """The number of processors this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1

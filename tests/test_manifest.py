"""The output folder's manifest: locked updates, journals and recovery of stopped runs."""

from __future__ import annotations

import multiprocessing
import shutil
import subprocess
import sys
from pathlib import Path

from generator.output.commit import staged_for
from generator.output.manifest import (
    MANIFEST,
    CaseEntry,
    Changes,
    read_manifest,
    update_manifest,
)
from generator.output.runs import Run, recover

ROOT = Path(__file__).resolve().parent.parent


def _writer(folder: str, prefix: str, count: int) -> None:
    """Record `count` files one update at a time (run in another process)."""
    for n in range(count):
        update_manifest(Path(folder), Changes(files={f"{prefix}{n}.md": "h"}))


class DescribeUpdates:
    def it_never_loses_entries_when_two_processes_update_at_once(self, tmp_path: Path) -> None:
        context = multiprocessing.get_context("fork")
        workers = [context.Process(target=_writer, args=(str(tmp_path), p, 60)) for p in "ab"]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        assert len(read_manifest(tmp_path).files) == 120

    def it_reads_the_first_format_as_files(self, tmp_path: Path) -> None:
        (tmp_path / MANIFEST).write_text('{"x.md": "abc"}', encoding="utf-8")
        assert read_manifest(tmp_path).files == {"x.md": "abc"}

    def it_removes_entries_set_to_none(self, tmp_path: Path) -> None:
        entry = CaseEntry("cases/x.yaml", {"ärende": "1"}, {"x.md": "2"})
        update_manifest(tmp_path, Changes(files={"x.md": "2"}, cases={"x": entry}))
        assert read_manifest(tmp_path).cases == {"x": entry}
        update_manifest(tmp_path, Changes(files={"x.md": None}, cases={"x": None}))
        assert read_manifest(tmp_path) == read_manifest(tmp_path / "ingen")


class DescribeRecovery:
    def it_finishes_a_case_whose_run_stopped_while_renaming(self, tmp_path: Path) -> None:
        # The state a run leaves when it dies after writing the journal, before renaming.
        run = Run(tmp_path).start()
        (tmp_path / "x.md").write_bytes(b"gammal")
        staged = staged_for({tmp_path / "x.md": b"ny"}, run.id)
        staged[0].temp.write_bytes(b"ny")
        journal = run.journal("x", Changes(files={"x.md": "ny"}))
        journal("skriver", staged)
        journal("byter", staged)
        run.close()  # the process ends: its lock goes with it
        assert recover(tmp_path) == 1
        assert (tmp_path / "x.md").read_bytes() == b"ny"
        assert read_manifest(tmp_path).files == {"x.md": "ny"}
        assert not list(tmp_path.glob(".x.md.*"))

    def it_discards_a_case_whose_run_stopped_while_writing(self, tmp_path: Path) -> None:
        run = Run(tmp_path).start()
        (tmp_path / "x.md").write_bytes(b"gammal")
        staged = staged_for({tmp_path / "x.md": b"ny"}, run.id)
        staged[0].temp.write_bytes(b"n")
        run.journal("x", Changes(files={"x.md": "ny"}))("skriver", staged)
        run.close()
        assert recover(tmp_path) == 0
        assert (tmp_path / "x.md").read_bytes() == b"gammal"
        assert read_manifest(tmp_path).files == {}
        assert not list(tmp_path.glob(".x.md.*"))

    def it_finishes_a_case_whose_first_record_is_lost(self, tmp_path: Path) -> None:
        run = Run(tmp_path).start()
        staged = staged_for({tmp_path / "x.md": b"ny"}, run.id)
        staged[0].temp.write_bytes(b"ny")
        run.journal("x", Changes(files={"x.md": "ny"}))("byter", staged)
        run.close()
        assert recover(tmp_path) == 1
        assert (tmp_path / "x.md").read_bytes() == b"ny"

    def it_discards_a_case_whose_renaming_record_did_not_reach_the_disk(
        self, tmp_path: Path
    ) -> None:
        # Renaming begins only once that record is on disk: a torn one means none began.
        run = Run(tmp_path).start()
        (tmp_path / "x.md").write_bytes(b"gammal")
        staged = staged_for({tmp_path / "x.md": b"ny"}, run.id)
        staged[0].temp.write_bytes(b"ny")
        journal = run.journal("x", Changes(files={"x.md": "ny"}))
        journal("skriver", staged)
        record = journal("byter", staged)
        assert record is not None and record != run.journal_path("x")
        record.write_bytes(record.read_bytes()[:40])
        run.close()
        assert recover(tmp_path) == 0
        assert (tmp_path / "x.md").read_bytes() == b"gammal"
        assert read_manifest(tmp_path).files == {}
        assert not list(tmp_path.glob(".x.md.*"))

    def it_forgets_both_records_of_a_recorded_case(self, tmp_path: Path) -> None:
        run = Run(tmp_path).start()
        journal = run.journal("x", Changes(files={"x.md": "ny"}))
        journal("skriver", [])
        journal("byter", [])
        run.forget("x")
        assert not list(run.folder.iterdir())
        run.close()

    def it_leaves_a_live_run_alone(self, tmp_path: Path) -> None:
        run = Run(tmp_path).start()
        run.journal("x", Changes(files={"x.md": "ny"}))("byter", [])
        assert recover(tmp_path) == 0
        assert [p.name for p in run.folder.iterdir()] == [
            run.journal_path("x").stem + ".byter.json"]
        run.close()


class DescribeConcurrentBuilds:
    def it_keeps_every_case_of_two_builds_into_one_folder(self, tmp_path: Path) -> None:
        seeds = sorted((ROOT / "cases").glob("*.yaml"))
        for index, seed in enumerate(seeds):
            folder = tmp_path / ("a" if index % 2 else "b")
            folder.mkdir(exist_ok=True)
            shutil.copy(seed, folder / seed.name)
        command = [sys.executable, "-m", "generator", "build", "-j", "1", "-o", "ut"]
        builds = [subprocess.Popen([*command, part], cwd=tmp_path, stdout=subprocess.DEVNULL)
                  for part in "ab"]
        assert [b.wait(timeout=300) for b in builds] == [0, 0]
        manifest = read_manifest(tmp_path / "ut")
        assert len(manifest.cases) == len(seeds)
        assert len(manifest.files) == 2 * len(seeds)
        check = subprocess.run([*command[:3], "build", "--check", "-o", "ut", "a", "b"],
                               cwd=tmp_path, capture_output=True, check=False)
        assert check.returncode == 0, check.stdout

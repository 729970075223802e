"""The output folder's manifest: locked updates, journals and recovery of stopped runs."""

from __future__ import annotations

import json
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
    Manifest,
    digest,
    read_manifest,
    update_manifest,
)
from generator.output.runs import Run, recover, unfinished

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


NEW: dict[str, str | None] = {"x.md": digest(b"ny")}


def stopped_run(folder: Path, contents: dict[str, bytes], *, renamed: tuple[str, ...] = (),
                state: str | None = None) -> Run:
    """The state a run leaves when it dies while replacing x.md (and any other files):
    its journal written, the new files' temporary files holding `contents` (all of "ny"
    by default), the `renamed` ones already in place; its lock gone with its process."""
    run = Run(folder).start()
    targets = {folder / name: b"ny" for name in contents}
    staged = staged_for(targets, run.id)
    run.journal("x", Changes(files={name: digest(b"ny") for name in contents}))(staged)
    if state is not None:
        record = json.loads(run.journal_path("x").read_bytes())
        run.journal_path("x").write_text(json.dumps({**record, "state": state}))
    for item in staged:
        item.temp.write_bytes(contents[item.target.name])
        if item.target.name in renamed:
            item.temp.replace(item.target)
    run.close()
    return run


class DescribeRecovery:
    def it_finishes_a_case_whose_new_files_are_whole(self, tmp_path: Path) -> None:
        (tmp_path / "x.md").write_bytes(b"gammal")
        stopped_run(tmp_path, {"x.md": b"ny"})
        assert recover(tmp_path).files == NEW
        assert (tmp_path / "x.md").read_bytes() == b"ny"
        assert read_manifest(tmp_path).files == NEW
        assert not list(tmp_path.glob(".x.md.*"))

    def it_finishes_the_renames_a_stopped_run_began(self, tmp_path: Path) -> None:
        for name in ("x.md", "x.docx"):
            (tmp_path / name).write_bytes(b"gammal")
        stopped_run(tmp_path, {"x.md": b"ny", "x.docx": b"ny"}, renamed=("x.md",))
        assert sorted(recover(tmp_path).files) == ["x.docx", "x.md"]
        assert (tmp_path / "x.docx").read_bytes() == b"ny"
        assert sorted(read_manifest(tmp_path).files) == ["x.docx", "x.md"]

    def it_discards_a_case_whose_new_files_are_not_whole(self, tmp_path: Path) -> None:
        (tmp_path / "x.md").write_bytes(b"gammal")
        stopped_run(tmp_path, {"x.md": b"n"})  # stopped while writing, or torn by a power cut
        assert not recover(tmp_path)
        assert (tmp_path / "x.md").read_bytes() == b"gammal"
        assert read_manifest(tmp_path).files == {}
        assert not list(tmp_path.glob(".x.md.*"))

    def it_discards_a_case_an_earlier_version_had_not_begun_to_rename(
        self, tmp_path: Path
    ) -> None:
        (tmp_path / "x.md").write_bytes(b"gammal")
        stopped_run(tmp_path, {"x.md": b"ny"}, state="skriver")
        assert not recover(tmp_path)
        assert (tmp_path / "x.md").read_bytes() == b"gammal"
        assert not list(tmp_path.glob(".x.md.*"))

    def it_keeps_the_old_files_when_the_journal_is_torn(self, tmp_path: Path) -> None:
        (tmp_path / "x.md").write_bytes(b"gammal")
        run = stopped_run(tmp_path, {"x.md": b"ny"})
        run.journal_path("x").write_bytes(run.journal_path("x").read_bytes()[:40])
        assert not recover(tmp_path)
        assert (tmp_path / "x.md").read_bytes() == b"gammal"
        assert read_manifest(tmp_path).files == {}

    def it_takes_only_the_run_it_is_asked_for_into_the_manifest_named(
        self, tmp_path: Path
    ) -> None:
        (tmp_path / "x.md").write_bytes(b"gammal")
        other, own = stopped_run(tmp_path, {"x.md": b"ny"}), Run(tmp_path).start()
        own.journal("y", Changes(files={"y.md": None}, templates=("mallar",)))([])
        own.close()
        assert recover(tmp_path, "del.json", only=own.id).templates == ("mallar",)
        assert read_manifest(tmp_path, "del.json").templates == ("mallar",)
        assert not own.folder.exists() and other.folder.is_dir()  # (the other run waits)
        assert (tmp_path / "x.md").read_bytes() == b"gammal"

    def it_reads_a_stopped_runs_cases_and_templates_from_its_journals(
        self, tmp_path: Path
    ) -> None:
        run = Run(tmp_path).start()
        entry = CaseEntry("arkiv/2024/x.yaml", {}, {"2024/x.md": "h"})
        changes = Changes({"2024/x.md": "h"}, {"2024/x": entry}, ("mallar",))
        staged = staged_for({tmp_path / "2024" / "x.md": b"ny"}, run.id)
        run.journal("2024/x", changes)(staged)  # (its file never written: not whole)
        run.close()
        assert unfinished(tmp_path).cases == {}
        assert unfinished(tmp_path, whole=False).cases == {"2024/x": entry}
        assert unfinished(tmp_path, whole=False).templates == ("mallar",)

    def it_leaves_a_live_run_alone(self, tmp_path: Path) -> None:
        run = Run(tmp_path).start()
        run.journal("x", Changes(files=NEW))([])
        assert not recover(tmp_path)
        assert run.journal_path("x").is_file()
        run.forget("x")
        assert not run.journal_path("x").exists()
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


class DescribeRecordedTemplates:
    def it_stores_and_reads_the_template_folders(self, tmp_path: Path) -> None:
        update_manifest(tmp_path, Changes(templates=("mallar", "egna")))
        assert read_manifest(tmp_path).templates == ("mallar", "egna")

    def it_keeps_them_when_a_change_does_not_name_them(self, tmp_path: Path) -> None:
        update_manifest(tmp_path, Changes(templates=()))
        update_manifest(tmp_path, Changes(files={"x.md": "abc"}))
        assert read_manifest(tmp_path).templates == ()

    def it_reads_a_manifest_written_before_they_were_recorded_as_not_recorded(
            self, tmp_path: Path) -> None:
        (tmp_path / MANIFEST).write_text('{"format": 2, "files": {}, "cases": {}}',
                                         encoding="utf-8")
        assert read_manifest(tmp_path).templates is None
        assert b"templates" not in Manifest().to_bytes()

    def it_takes_anything_but_a_list_of_folder_names_as_not_recorded(
            self, tmp_path: Path) -> None:
        (tmp_path / MANIFEST).write_text('{"format": 2, "templates": ["a", 1]}',
                                         encoding="utf-8")
        assert read_manifest(tmp_path).templates is None

"""A worker writes each built case on a thread while it renders the next: same result."""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from generator.batch.discover import find_cases
from generator.batch.jobs import Job, Outcome, Setup
from generator.batch.worker import Builder

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "cases").glob("00[0-4]-*.yaml"))


def jobs(folder: Path) -> list[Job]:
    """The seeds, copied into the folder, as jobs."""
    (folder / "cases").mkdir()
    for seed in SEEDS:
        shutil.copy(seed, folder / "cases" / seed.name)
    return [Job(source, {}) for source in find_cases([folder / "cases"]).sources]


def files(folder: Path) -> dict[str, bytes]:
    """Every file below the folder except the run's own bookkeeping."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and ".beslut" not in p.parts}


def statuses(outcomes: list[Outcome]) -> list[tuple[str, str]]:
    """Each outcome's case and status."""
    return [(o.source.key, o.status) for o in outcomes]


class DescribeBuildAll:
    def it_writes_what_building_one_by_one_writes(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.chdir(tmp_path)
        todo = jobs(tmp_path)
        one = Builder(Setup(tmp_path / "ett", (), False, "a"))
        many = Builder(Setup(tmp_path / "alla", (), False, "b"))
        singly = [one.build(job) for job in todo]
        together = many.build_all(todo)
        assert statuses(together) == statuses(singly)
        assert all(o.status == "byggt" for o in together)
        assert [o.changes for o in together] == [o.changes for o in singly]
        assert files(tmp_path / "alla") == files(tmp_path / "ett")

    def it_keeps_the_old_files_of_a_case_whose_write_fails(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.chdir(tmp_path)
        todo = jobs(tmp_path)
        builder = Builder(Setup(tmp_path / "ut", (), True, "c"))
        builder.build_all(todo)
        before = files(tmp_path / "ut")
        real = os.replace

        def replace(src: Any, dst: Any) -> None:
            if str(dst).endswith(".docx"):
                raise OSError(errno.EIO, "Input/output error")
            real(src, dst)

        monkeypatch.setattr(os, "replace", replace)
        outcomes = builder.build_all(todo)
        monkeypatch.undo()
        assert [o.status for o in outcomes] == ["misslyckat"] * len(todo)
        assert all("läs- eller skrivfel på disken" in o.problems[0].message for o in outcomes)
        assert files(tmp_path / "ut") == before
        assert not list((tmp_path / "ut" / ".beslut" / "runs" / "c").glob("*.json"))

"""Replacing several cases' files at once: each case all or nothing, the disk waits shared."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator.output import commit as commit_module
from generator.output.commit import CaseFiles, commit_cases, flush
from generator.output.faults import OutputFault


def case(folder: Path, name: str, text: str) -> CaseFiles:
    """A case with a .md and a .docx of the given text."""
    return CaseFiles({folder / f"{name}.md": text.encode(), folder / f"{name}.docx": text.encode()})


def contents(folder: Path) -> dict[str, str]:
    """Every file in the folder (hidden ones too) and its text."""
    return {p.name: p.read_text() for p in sorted(folder.iterdir())}


def failing_write(on: str) -> Callable[[int, Any], int]:
    """An `os.write` that reports a full disk for temporary files of one case."""
    real = os.write

    def write(fd: int, data: Any) -> int:
        if os.readlink(f"/proc/self/fd/{fd}").split("/")[-1].startswith(f".{on}."):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(fd, data)

    return write


@pytest.fixture
def old_files(tmp_path: Path) -> Path:
    """A folder holding the old pair of cases a and b."""
    assert commit_cases([case(tmp_path, "a", "gammal a"), case(tmp_path, "b", "gammal b")],
                        "t0") == [None, None]
    return tmp_path


class DescribeCommitCases:
    def it_writes_every_case(self, old_files: Path) -> None:
        errors = commit_cases([case(old_files, "a", "ny a"), case(old_files, "b", "ny b")], "t1")
        assert errors == [None, None]
        assert contents(old_files) == {"a.docx": "ny a", "a.md": "ny a",
                                       "b.docx": "ny b", "b.md": "ny b"}

    def it_keeps_the_old_pair_of_a_case_that_fails_and_writes_the_others(
        self, old_files: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setattr(os, "write", failing_write("a"))
        errors = commit_cases([case(old_files, "a", "ny a"), case(old_files, "b", "ny b")], "t1")
        monkeypatch.undo()
        assert errors[1] is None
        assert isinstance(errors[0], OutputFault) and "disken är full" in errors[0].message
        assert contents(old_files) == {"a.docx": "gammal a", "a.md": "gammal a",
                                       "b.docx": "ny b", "b.md": "ny b"}

    def it_fails_every_case_when_the_flush_fails(
        self, old_files: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        def broken(paths: Any) -> None:
            raise OSError(errno.EIO, "Input/output error")

        monkeypatch.setattr(commit_module, "flush", broken)
        errors = commit_cases([case(old_files, "a", "ny a"), case(old_files, "b", "ny b")], "t1")
        assert [type(e) for e in errors] == [OutputFault, OutputFault]
        assert contents(old_files) == {"a.docx": "gammal a", "a.md": "gammal a",
                                       "b.docx": "gammal b", "b.md": "gammal b"}

    def it_puts_back_the_unfinished_cases_on_ctrl_c(
        self, old_files: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        real = os.replace

        def replace(src: Any, dst: Any) -> None:
            if str(dst).endswith("b.docx"):
                raise KeyboardInterrupt
            real(src, dst)

        monkeypatch.setattr(os, "replace", replace)
        with pytest.raises(KeyboardInterrupt):
            commit_cases([case(old_files, "a", "ny a"), case(old_files, "b", "ny b")], "t1")
        monkeypatch.undo()
        assert contents(old_files) == {"a.docx": "ny a", "a.md": "ny a",
                                       "b.docx": "gammal b", "b.md": "gammal b"}

    def it_writes_the_journal_first_and_flushes_it_with_the_files_before_renaming(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        events: list[str] = []
        monkeypatch.setattr(commit_module, "flush",
                            lambda paths: events.append("flush " + " ".join(p.name for p in paths)))
        real_replace, real_open = os.replace, os.open

        def replace(src: Any, dst: Any) -> None:
            events.append(f"rename {Path(dst).name}")
            real_replace(src, dst)

        def open_(path: Any, *args: Any) -> int:
            events.append(f"write {Path(path).name}")
            return real_open(path, *args)

        monkeypatch.setattr(os, "replace", replace)
        monkeypatch.setattr(os, "open", open_)

        def journal(staged: Any) -> Path:
            events.append("journal " + " ".join(item.target.name for item in staged))
            return tmp_path / "record"

        commit_cases([CaseFiles({tmp_path / "a.md": b"a"}, journal),
                      CaseFiles({tmp_path / "b.md": b"b"}, journal)], "t1")
        assert events == ["journal a.md", "write .a.md.t1.tmp", "journal b.md",
                          "write .b.md.t1.tmp", "flush .a.md.t1.tmp record .b.md.t1.tmp record",
                          "rename a.md", "rename b.md"]


class DescribeFlush:
    def it_asks_each_file_system_once(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        calls: list[int] = []

        def syncfs(fd: int) -> int:
            calls.append(fd)
            return 0

        monkeypatch.setattr(commit_module, "_syncfs", lambda: syncfs)
        flush(_written(tmp_path, 5))
        assert len(calls) == 1

    def it_flushes_each_file_where_the_system_has_no_syncfs(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        synced: list[int] = []
        monkeypatch.setattr(commit_module, "_syncfs", lambda: None)
        monkeypatch.setattr(os, "fsync", synced.append)
        flush(_written(tmp_path, 3))
        assert len(synced) == 3

    def it_reports_a_failing_syncfs_as_a_disk_error(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setattr(commit_module, "_syncfs", lambda: lambda fd: -1)
        (tmp_path / "a.md").write_text("x")
        with pytest.raises(OSError):
            flush([tmp_path / "a.md"])

    def it_uses_the_system_syncfs_on_linux(self, tmp_path: Path) -> None:
        (tmp_path / "a.md").write_text("x")
        flush([tmp_path / "a.md"])  # the real call succeeds
        assert commit_module._syncfs() is not None


def _written(folder: Path, count: int) -> list[Path]:
    """`count` small files written in the folder."""
    files = [folder / f"{n}.md" for n in range(count)]
    for path in files:
        path.write_text("x")
    return files

"""Specification of how finished documents are written into the output folder."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from generator.output.runs import STATE
from generator.output.writer import MANIFEST, WriteRefused, read_manifest, write_files

MARKDOWN = b"# Beslutsunderlag\n"
WORD = b"PK\x03\x04 not really a docx"
EDITED = "# Rättat för hand\n".encode()


def refused_message(target: Path) -> str:
    """The message for a file that is not overwritten."""
    return (
        f"{target} har ändrats för hand (eller skapades inte av beslut) och skrivs inte över; "
        "flytta undan filen eller kör med --force"
    )


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def listing(folder: Path) -> list[str]:
    """Every name in the folder, hidden ones included."""
    return sorted(path.name for path in folder.iterdir())


@pytest.fixture
def out(tmp_path: Path) -> Path:
    return tmp_path / "output" / "002"


class TestWriting:
    def test_it_creates_the_folder_and_writes_every_file(self, out: Path) -> None:
        written = write_files(out, {"002.md": MARKDOWN, "002.docx": WORD})
        assert written == [out / "002.md", out / "002.docx"]
        assert (out / "002.md").read_bytes() == MARKDOWN
        assert (out / "002.docx").read_bytes() == WORD

    def test_it_leaves_no_temporary_files(self, out: Path) -> None:
        write_files(out, {"002.md": MARKDOWN, "002.docx": WORD})
        write_files(out, {"002.md": MARKDOWN + b"more\n", "002.docx": WORD})
        assert listing(out) == [STATE, MANIFEST, "002.docx", "002.md"]

    def test_it_records_what_it_wrote_in_the_manifest(self, out: Path) -> None:
        write_files(out, {"002.md": MARKDOWN, "002.docx": WORD})
        expected = {"002.docx": sha256(WORD), "002.md": sha256(MARKDOWN)}
        assert read_manifest(out) == expected
        assert json.loads((out / MANIFEST).read_text(encoding="utf-8"))["files"] == expected

    def test_it_keeps_the_manifest_entries_of_other_files(self, out: Path) -> None:
        write_files(out, {"002.md": MARKDOWN})
        write_files(out, {"003.md": b"# 003\n"})
        assert read_manifest(out) == {"002.md": sha256(MARKDOWN), "003.md": sha256(b"# 003\n")}

    def test_it_rewrites_identical_content(self, out: Path) -> None:
        write_files(out, {"002.md": MARKDOWN})
        assert write_files(out, {"002.md": MARKDOWN}) == [out / "002.md"]
        assert (out / "002.md").read_bytes() == MARKDOWN

    def test_it_overwrites_a_file_it_wrote_itself(self, out: Path) -> None:
        write_files(out, {"002.md": MARKDOWN})
        write_files(out, {"002.md": b"# Ny version\n"})
        assert (out / "002.md").read_bytes() == b"# Ny version\n"
        assert read_manifest(out) == {"002.md": sha256(b"# Ny version\n")}

    def test_an_unreadable_manifest_counts_as_empty(self, out: Path) -> None:
        out.mkdir(parents=True)
        (out / MANIFEST).write_text("inte json", encoding="utf-8")
        assert read_manifest(out) == {}


class TestRefusing:
    def test_it_refuses_to_overwrite_a_hand_edited_file(self, out: Path) -> None:
        write_files(out, {"002.md": MARKDOWN, "002.docx": WORD})
        (out / "002.md").write_bytes(EDITED)
        with pytest.raises(WriteRefused) as caught:
            write_files(out, {"002.md": b"# Ny version\n", "002.docx": b"new docx"})
        assert str(caught.value) == refused_message(out / "002.md")
        assert str(out / "002.md") in str(caught.value)
        assert "--force" in str(caught.value)

    def test_it_writes_nothing_of_a_refused_batch(self, out: Path) -> None:
        write_files(out, {"002.md": MARKDOWN, "002.docx": WORD})
        (out / "002.md").write_bytes(EDITED)
        manifest = (out / MANIFEST).read_bytes()
        with pytest.raises(WriteRefused):
            write_files(out, {"002.md": b"# Ny version\n", "002.docx": b"new docx"})
        assert (out / "002.docx").read_bytes() == WORD
        assert (out / "002.md").read_bytes() == EDITED
        assert (out / MANIFEST).read_bytes() == manifest
        assert listing(out) == [STATE, MANIFEST, "002.docx", "002.md"]

    def test_it_writes_nothing_of_a_batch_with_a_new_file_and_a_refused_one(
        self, out: Path
    ) -> None:
        write_files(out, {"002.md": MARKDOWN})
        (out / "002.md").write_bytes(EDITED)
        with pytest.raises(WriteRefused):
            write_files(out, {"002.md": MARKDOWN, "002.docx": WORD})
        assert listing(out) == [STATE, MANIFEST, "002.md"]

    def test_it_lists_every_refused_file(self, out: Path) -> None:
        write_files(out, {"002.md": MARKDOWN, "002.docx": WORD})
        (out / "002.md").write_bytes(EDITED)
        (out / "002.docx").write_bytes(b"edited")
        with pytest.raises(WriteRefused) as caught:
            write_files(out, {"002.md": b"a", "002.docx": b"b"})
        assert str(caught.value).splitlines() == [
            refused_message(out / "002.md"),
            refused_message(out / "002.docx"),
        ]

    def test_it_overwrites_a_hand_edited_file_when_forced(self, out: Path) -> None:
        write_files(out, {"002.md": MARKDOWN, "002.docx": WORD})
        (out / "002.md").write_bytes(EDITED)
        write_files(out, {"002.md": b"# Ny\n", "002.docx": b"new"}, force=True)
        assert (out / "002.md").read_bytes() == b"# Ny\n"
        assert (out / "002.docx").read_bytes() == b"new"
        assert read_manifest(out) == {"002.docx": sha256(b"new"), "002.md": sha256(b"# Ny\n")}
        write_files(out, {"002.md": b"# Nyare\n"})
        assert (out / "002.md").read_bytes() == b"# Nyare\n"

    def test_it_refuses_a_file_that_existed_before_the_tool_wrote_anything(
        self, out: Path
    ) -> None:
        out.mkdir(parents=True)
        (out / "002.md").write_bytes(b"secretary's own notes\n")
        with pytest.raises(WriteRefused) as caught:
            write_files(out, {"002.md": MARKDOWN})
        assert str(caught.value) == refused_message(out / "002.md")
        assert (out / "002.md").read_bytes() == b"secretary's own notes\n"
        assert listing(out) == ["002.md"]

    def test_it_accepts_an_existing_file_with_exactly_the_new_content(self, out: Path) -> None:
        out.mkdir(parents=True)
        (out / "002.md").write_bytes(MARKDOWN)
        assert write_files(out, {"002.md": MARKDOWN}) == [out / "002.md"]

    @pytest.mark.parametrize(
        "name", ["sub/002.md", "../002.md", "..", ".", ".hidden.md", MANIFEST, "a/../b.md", ""]
    )
    def test_it_refuses_names_that_are_not_plain_file_names(self, out: Path, name: str) -> None:
        with pytest.raises(WriteRefused) as caught:
            write_files(out, {name: MARKDOWN, "002.docx": WORD}, force=True)
        assert str(caught.value) == f"filnamnet '{name}' är inte tillåtet i utdatamappen"
        assert not (out / "002.docx").exists()
        assert not (out.parent / "002.md").exists()

    def test_a_file_written_before_a_failure_is_not_later_taken_for_a_hand_edit(
        self, out: Path
    ) -> None:
        # All or none: when writing stops halfway (here the second target is a folder),
        # the files the tool did write must not later be refused as edited by hand.
        write_files(out, {"002.md": MARKDOWN, "002.docx": WORD})
        (out / "002.docx").unlink()
        (out / "002.docx").mkdir()
        with pytest.raises(WriteRefused):
            write_files(out, {"002.md": b"# Version 2\n", "002.docx": WORD})
        assert (out / "002.md").read_bytes() == MARKDOWN
        (out / "002.docx").rmdir()
        write_files(out, {"002.md": b"# Version 3\n", "002.docx": WORD})
        assert (out / "002.md").read_bytes() == b"# Version 3\n"

"""Specification: where a case's organisation profile is looked up. `./profiler` first, then
`profiler` beside the case file and in the folder above it, then those further up that
exist, nearest first, up to the working folder and not above it (trial 93, F18: an
archive's `arkiv/2020/sn/` case and `profiler` at the archive's top), then the built-in
ones."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.case.profiles import ProfileStore
from generator.resources import case_roots, profile_above, profile_roots, profiles_dir


def test_a_case_looks_beside_itself_above_and_in_the_folders_further_up_that_have_one(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    case_folder = tmp_path / "arkiv" / "2020" / "sn"
    case_folder.mkdir(parents=True)
    for top in (tmp_path, tmp_path / "arkiv"):
        (top / "profiler").mkdir()
    assert case_roots(case_folder) == (
        case_folder / "profiler", tmp_path / "arkiv" / "2020" / "profiler",
        tmp_path / "arkiv" / "profiler", tmp_path / "profiler")


def test_no_folder_above_the_working_folder_is_read(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    case_folder = tmp_path / "arkiv" / "2020" / "sn"
    case_folder.mkdir(parents=True)
    (tmp_path / "profiler").mkdir()
    monkeypatch.chdir(tmp_path / "arkiv")
    assert case_roots(case_folder) == (case_folder / "profiler",
                                       tmp_path / "arkiv" / "2020" / "profiler")


def test_the_working_folder_comes_first_and_the_built_in_ones_last(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    roots = profile_roots(tmp_path / "arenden")
    assert roots[:2] == (tmp_path / "profiler", tmp_path / "arenden" / "profiler")
    assert roots[-1] == profiles_dir()


def test_a_case_deep_in_an_archive_finds_the_archive_s_profile(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    shutil.copytree(profiles_dir() / "exempelby-kommun",
                    tmp_path / "profiler" / "ljusdals-kommun")
    case_folder = tmp_path / "arkiv" / "2020" / "sn"
    case_folder.mkdir(parents=True)
    loaded = ProfileStore().load("ljusdals-kommun", case_folder)
    assert loaded.folder == tmp_path / "profiler" / "ljusdals-kommun"


def test_a_profile_above_the_working_folder_is_where_to_run_from(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(profiles_dir() / "exempelby-kommun",
                    tmp_path / "profiler" / "ljusdals-kommun")
    case_folder = tmp_path / "arkiv" / "2020" / "sn"
    case_folder.mkdir(parents=True)
    monkeypatch.chdir(tmp_path / "arkiv" / "2020")
    assert profile_above("ljusdals-kommun", case_folder) == tmp_path
    assert profile_above("lysekils-kommun", case_folder) is None

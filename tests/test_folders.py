"""`beslut bygg` without folders: the folders the output folder's archive was built from."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.batch.folders import recorded_roots
from generator.cli import main
from generator.output.manifest import MANIFEST, CaseEntry, Manifest, read_manifest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "cases").glob("00[0-2]-*.yaml"))
OTHER = sorted((ROOT / "cases").glob("00[34]-*.yaml"))


def run(*args: str) -> tuple[int, str]:
    """Run `beslut` in-process; return the exit code and the output."""
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def counts(output: str) -> tuple[int, int, int, int]:
    """Built, unchanged, edited by hand (left alone) and failed, read from the summary table."""
    row = next(line for line in output.splitlines() if line.count("│") == 5)
    built, unchanged, edited, failed = (int(cell) for cell in row.strip("│ ").split("│"))
    return built, unchanged, edited, failed


def copy(cases: list[Path], folder: Path) -> None:
    """Copy cases into a folder, made if need be."""
    folder.mkdir(parents=True, exist_ok=True)
    for case in cases:
        shutil.copy(case, folder / case.name)


@pytest.fixture
def built(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A working folder with `arkiv/` (one case in `arkiv/2024/`) built into `ut/`, and a
    `cases/` of other cases beside it that must not be taken instead."""
    copy(SEEDS[:2], tmp_path / "arkiv")
    copy(SEEDS[2:], tmp_path / "arkiv" / "2024")
    copy(OTHER, tmp_path / "cases")
    monkeypatch.chdir(tmp_path)
    code, out = run("bygg", "arkiv", "-o", "ut", "-j", "1")
    assert code == 0, out
    yield tmp_path


def manifest_with(folder: Path, cases: dict[str, str]) -> None:
    """Write a manifest in the folder whose cases (key → source) have no inputs."""
    entries = {key: CaseEntry(source, {}, {}) for key, source in cases.items()}
    folder.mkdir(parents=True, exist_ok=True)
    (folder / MANIFEST).write_bytes(Manifest(cases=entries).to_bytes())


class DescribeTheFoldersAnArchiveWasBuiltFrom:
    def it_checks_them_and_says_so_on_the_first_line(self, built: Path) -> None:
        code, out = run("bygg", "--check", "-o", "ut")
        assert code == 0, out
        assert out.splitlines() == [
            "kontrollerar ärendena i arkiv (enligt manifestet i ut)",
            "3 ärenden kontrollerade: 3 aktuella, 0 saknas, 0 inaktuella, 0 ändrade för hand; "
            "0 med fel.",
        ]

    def it_builds_them_and_says_so_on_the_first_line(self, built: Path) -> None:
        code, out = run("bygg", "-o", "ut", "-j", "1")
        assert code == 0, out
        assert out.splitlines()[0] == "bygger ärendena i arkiv (enligt manifestet i ut)"
        assert counts(out) == (0, 3, 0, 0)
        assert not list((built / "ut").glob("00[34]-*"))

    def it_says_nothing_extra_when_the_archive_is_the_default_cases_folder(
            self, built: Path) -> None:
        code, out = run("bygg", "-o", "ut2", "-j", "1")
        assert code == 0, out
        code, out = run("bygg", "--check", "-o", "ut2")
        assert code == 0, out
        assert out.splitlines() == [
            "2 ärenden kontrollerade: 2 aktuella, 0 saknas, 0 inaktuella, 0 ändrade för hand; "
            "0 med fel."]

    def it_hints_the_command_as_given_which_builds_them_again(self, built: Path) -> None:
        case = built / "arkiv" / "2024" / SEEDS[2].name
        case.write_text(case.read_text(encoding="utf-8") + "\n", encoding="utf-8")
        code, out = run("bygg", "--check", "-o", "ut")
        assert code == 1
        assert out.splitlines()[1] == (
            f"arkiv/2024/{SEEDS[2].name}:1:1: dokumenten är inaktuella: ärendefilen har "
            "ändrats sedan de byggdes; kör beslut bygg -o ut")
        code, out = run("bygg", "-o", "ut", "-j", "1")
        assert (code, counts(out)) == (0, (1, 2, 0, 0))

    def it_names_every_folder_in_a_list(self, built: Path) -> None:
        copy(OTHER[:1], built / "gamla")
        assert run("bygg", "gamla", "-o", "ut", "-j", "1")[0] == 0
        code, out = run("bygg", "--check", "-o", "ut")
        assert code == 0, out
        assert out.splitlines()[0] == (
            "kontrollerar ärendena i arkiv och gamla (enligt manifestet i ut)")

    def it_builds_cases_without_a_manifest_as_before(self, built: Path) -> None:
        code, out = run("bygg", "-j", "1")
        assert code == 0, out
        assert "enligt manifestet" not in out
        assert counts(out) == (2, 0, 0, 0)
        manifest_with(built / "tom", {})
        code, out = run("bygg", "--check", "-o", "tom")
        assert code == 1
        assert out.splitlines()[0].startswith("cases/")


class DescribeFoldersThatCannotBeBuiltFromHere:
    def it_names_the_manifest_and_the_folder_the_archive_was_built_from(
        self, built: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        (built / "annan").mkdir()
        monkeypatch.chdir(built / "annan")
        code, out = run("bygg", "--check", "-o", "../ut")
        assert code == 2
        assert out.splitlines()[-1] == (
            "Fel: enligt ../ut/.beslut-manifest.json byggdes arkivet från arkiv, men inget av "
            "ärendena i arkiv finns här; kör kommandot i mappen där arkivet byggdes, eller ange "
            "mapparna med ärendena: beslut bygg MAPP --check -o ../ut")

    def it_names_the_folders_that_are_gone(self, built: Path) -> None:
        copy(OTHER[:1], built / "gamla")
        assert run("bygg", "gamla", "-o", "ut", "-j", "1")[0] == 0
        shutil.rmtree(built / "gamla")
        code, out = run("bygg", "-o", "ut", "--templates", "arkiv")
        assert code == 2
        assert out.splitlines()[-1] == (
            "Fel: enligt ut/.beslut-manifest.json byggdes arkivet från arkiv och gamla, men inget "
            "av ärendena i gamla finns här; kör kommandot i mappen där arkivet byggdes, eller "
            "ange mapparna med ärendena: beslut bygg MAPP -o ut --templates arkiv")
        assert counts(run("bygg", "arkiv", "-o", "ut", "-j", "1")[1]) == (0, 3, 0, 0)

    def it_refuses_a_folder_built_by_its_absolute_path_whose_cases_are_not_here(
        self, built: Path
    ) -> None:
        assert run("bygg", str(built / "arkiv"), "-o", "abs", "-j", "1")[0] == 0
        code, out = run("bygg", "--check", "-o", "abs")
        assert code == 2
        assert out.splitlines()[-1] == (
            "Fel: enligt abs/.beslut-manifest.json byggdes arkivet från ., men inget av ärendena "
            "i . finns här; kör kommandot i mappen där arkivet byggdes, eller ange mapparna med "
            "ärendena: beslut bygg MAPP --check -o abs")

    def it_refuses_folders_that_lie_in_one_another(self, built: Path) -> None:
        copy(OTHER[:1], built)
        manifest_with(built / "ut2", {"x": OTHER[0].name,
                                      SEEDS[0].stem: f"arkiv/{SEEDS[0].name}"})
        code, out = run("bygg", "--check", "-o", "ut2")
        assert code == 2
        assert out.splitlines()[-1] == (
            "Fel: enligt ut2/.beslut-manifest.json byggdes arkivet från . och arkiv, men arkiv "
            "ligger i . och dess ärenden skulle byggas två gånger; ange mapparna med ärendena: "
            "beslut bygg MAPP --check -o ut2")

    def it_builds_a_case_file_named_by_itself_again_not_its_whole_folder(
        self, built: Path
    ) -> None:
        # (trial 50, F5: `beslut bygg a.yaml b.yaml -o dokument` made a later `beslut bygg -o
        # dokument` build every case file in the working folder, her probes too)
        copy(OTHER, built)
        assert run("bygg", OTHER[0].name, "-o", "ut", "-j", "1")[0] == 0
        code, out = run("bygg", "--check", "-o", "ut")
        assert code == 0, out
        assert out.splitlines()[0] == (
            f"kontrollerar ärendena i arkiv och {OTHER[0].name} (enligt manifestet i ut)")
        code, out = run("bygg", "-o", "ut", "-j", "1")
        assert code == 0, out
        assert not (built / "ut" / f"{OTHER[1].stem}.docx").exists()
        assert read_manifest(built / "ut").cases[OTHER[0].stem].named

    def it_keeps_the_message_for_a_missing_cases_folder_without_a_manifest(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.chdir(tmp_path)
        manifest_with(tmp_path / "ut", {})
        for args in (("bygg", "-o", "ut"), ("bygg", "--check", "-o", "ut")):
            code, out = run(*args)
            assert code == 2
            assert out.splitlines()[-1] == (
                "Fel: det finns ingen mapp cases/ här; ange mappen med ärendena, t.ex. beslut "
                "bygg arkiv/")


class DescribeRecordedRoots:
    @pytest.mark.parametrize("key, source, root", [
        ("2024/x", "arkiv/2024/x.yaml", "arkiv"),
        ("x", "arkiv/x.YML", "arkiv"),
        ("x", "x.yaml", "."),
        ("2024/x", "2024/x.yaml", "."),
        ("x", "../delat/arkiv/x.yaml", "../delat/arkiv"),
        ("2024/x", "extra/x.yaml", "extra"),  # not ending in its key: its own folder
    ])
    def it_is_the_source_less_the_keys_part(
        self, tmp_path: Path, key: str, source: str, root: str
    ) -> None:
        manifest_with(tmp_path, {key: source})
        assert recorded_roots(read_manifest(tmp_path).cases) == {root: [source]}

    def it_lists_each_folder_once_in_order_and_skips_entries_without_a_source(
        self, tmp_path: Path
    ) -> None:
        manifest_with(tmp_path, {"b/x": "nya/b/x.yaml", "y": "arkiv/y.yaml", "a/z": "nya/a/z.yaml",
                                 "w": ""})
        assert recorded_roots(read_manifest(tmp_path).cases) == {"arkiv": ["arkiv/y.yaml"],
                                            "nya": ["nya/a/z.yaml", "nya/b/x.yaml"]}

    def it_has_none_without_a_readable_manifest(self, tmp_path: Path) -> None:
        assert recorded_roots(read_manifest(tmp_path).cases) == {}
        (tmp_path / MANIFEST).write_text(json.dumps({"a.md": "0" * 64}), encoding="utf-8")
        assert recorded_roots(read_manifest(tmp_path).cases) == {}

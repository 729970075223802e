"""Where `beslut bygg` puts a case in an archive, and two cases that would share a place
(trial 32, issue 9 item 1): a case file or folder inside the folder an archive was built
from goes to its place below it; a copy an earlier version put at the top is left behind
(warned of, listed by `--check`, removed by `--rensa`); a case whose place another case file
already has, from this run, an earlier one or one alongside, is refused naming both, and
`--check` counts it."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.batch.discover import Source
from generator.batch.worker import _built_from
from generator.cli import main
from generator.output.manifest import MANIFEST, CaseEntry, Changes
from generator.output.runs import Run

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "cases").glob("00[0-2]-*.yaml"))
NEW = "arkiv/2024/ny.yaml"


def run(*args: str) -> tuple[int, list[str]]:
    """Run `beslut` in-process; return the exit code and the lines printed."""
    result = CliRunner().invoke(main, [*args, *(("-j", "1") if "--check" not in args
                                                 and "--merge" not in args else ())])
    return result.exit_code, result.output.splitlines()


def counts(lines: list[str]) -> tuple[int, ...]:
    """Built, unchanged, edited by hand and failed, from the summary table."""
    row = next(line for line in lines if line.count("│") == 5)
    return tuple(int(cell) for cell in row.strip("│ ").split("│"))


def keys(out: str) -> list[str]:
    """The cases the output folder's manifest records, by key."""
    return sorted(json.loads((Path(out) / MANIFEST).read_text(encoding="utf-8"))["cases"])


def visible(out: str) -> list[str]:
    """The documents in the output folder, by path below it."""
    return sorted(p.relative_to(out).as_posix() for p in Path(out).rglob("*.*")
                  if not p.name.startswith(".") and ".beslut" not in p.parts)


@pytest.fixture
def archive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """`arkiv/2023` and `arkiv/2024` with a seed each, built into `ut/`; `arkiv/2024/ny.yaml`
    is added afterwards (not built)."""
    for year, seed in (("2023", SEEDS[0]), ("2024", SEEDS[1])):
        (tmp_path / "arkiv" / year).mkdir(parents=True)
        shutil.copy(seed, tmp_path / "arkiv" / year / seed.name)
    monkeypatch.chdir(tmp_path)
    assert run("bygg", "arkiv", "-o", "ut")[0] == 0
    shutil.copy(SEEDS[2], tmp_path / NEW)
    yield tmp_path


class DescribeACaseInsideTheArchivesFolder:
    def it_goes_to_its_place_below_that_folder_when_built_by_itself(self, archive: Path) -> None:
        code, lines = run("bygg", NEW, "-o", "ut")
        assert (code, counts(lines)) == (0, (1, 0, 0, 0))
        assert "2024/ny.docx" in visible("ut") and "ny.docx" not in visible("ut")
        assert keys("ut") == ["2023/" + SEEDS[0].stem, "2024/" + SEEDS[1].stem, "2024/ny"]
        code, lines = run("bygg", "--check", "-o", "ut")
        assert (code, lines) == (0, [
            "kontrollerar ärendena i arkiv (enligt manifestet i ut)",
            "3 ärenden kontrollerade: 3 aktuella, 0 saknas, 0 inaktuella, 0 ändrade för hand; "
            "0 med fel."])

    def it_goes_there_too_when_named_another_way(self, archive: Path) -> None:
        assert run("bygg", str(archive / NEW), "-o", "ut")[0] == 0
        assert run("bygg", "./arkiv/2024/../2024/ny.yaml", "-o", "ut")[1][-1].startswith("└")
        assert keys("ut")[-1] == "2024/ny"
        assert "ny.md" not in visible("ut")

    def it_is_placed_below_it_when_its_folder_is_built(self, archive: Path) -> None:
        code, lines = run("bygg", "arkiv/2024", "-o", "ut")
        assert (code, counts(lines)) == (0, (1, 1, 0, 0))
        assert [name for name in visible("ut") if "/" not in name] == []
        assert run("bygg", "--check", "-o", "ut")[0] == 0

    def it_goes_to_the_top_of_a_folder_built_from_elsewhere(self, archive: Path) -> None:
        shutil.copy(SEEDS[2], archive / "ny.yaml")
        assert run("bygg", "ny.yaml", "-o", "ut")[0] == 0
        assert "ny.docx" in visible("ut")


class DescribeACopyPlacedAtTheTop:
    """The state earlier versions left: `arkiv/2024/ny.yaml` built by itself into an output
    folder that knew nothing of `arkiv` yet (so at the top), then the archive built."""

    @pytest.fixture
    def stray(self, archive: Path) -> Path:
        shutil.rmtree(archive / "ut")
        assert run("bygg", NEW, "-o", "ut")[0] == 0
        assert visible("ut") == ["ny.docx", "ny.md"]
        return archive

    def it_builds_the_case_at_its_place_and_warns_of_the_copy(self, stray: Path) -> None:
        code, lines = run("bygg", "arkiv", "-o", "ut")
        assert (code, counts(lines)) == (0, (3, 0, 0, 0))
        assert lines[-1] == (
            "ut/ny.docx:1:1: varning: ärendefilen arkiv/2024/ny.yaml byggs nu till ut/2024/ny.md "
            "och .docx; ta bort dokumenten med beslut bygg arkiv -o ut --rensa")
        assert "2024/ny.docx" in visible("ut")

    def it_is_listed_by_the_check_of_the_recorded_folders(self, stray: Path) -> None:
        run("bygg", "arkiv", "-o", "ut")
        code, lines = run("bygg", "--check", "-o", "ut")
        assert (code, lines) == (1, [
            "kontrollerar ärendena i arkiv (enligt manifestet i ut)",
            "ut/ny.docx:1:1: ärendefilen arkiv/2024/ny.yaml byggs nu till ut/2024/ny.md och "
            ".docx; ta bort dokumenten med beslut bygg arkiv -o ut --rensa",
            "3 ärenden kontrollerade: 3 aktuella, 0 saknas, 0 inaktuella, 0 ändrade för hand; "
            "0 med fel; 1 kvarlämnat."])

    def it_is_removed_with_its_entry_by_rensa(self, stray: Path) -> None:
        run("bygg", "arkiv", "-o", "ut")
        code, lines = run("bygg", "--rensa", "-o", "ut")
        assert code == 0
        assert lines[-2:] == [
            "tog bort ut/ny.docx, vars ärendefil nu byggs till ut/2024/ny.md och .docx",
            "tog bort ut/ny.md, vars ärendefil nu byggs till ut/2024/ny.md och .docx"]
        assert keys("ut") == ["2023/" + SEEDS[0].stem, "2024/" + SEEDS[1].stem, "2024/ny"]
        assert run("bygg", "--check", "-o", "ut")[0] == 0

    def it_is_checked_and_mended_right_after_it_was_built_by_itself(self, archive: Path) -> None:
        assert run("bygg", NEW, "-o", "ut")[0] == 0  # then moved to where earlier versions put it
        manifest = json.loads(Path("ut", MANIFEST).read_text(encoding="utf-8"))
        manifest["cases"]["ny"] = manifest["cases"].pop("2024/ny")
        manifest["files"] = {name.removeprefix("2024/") if "ny." in name else name: digest
                             for name, digest in manifest["files"].items()}
        manifest["cases"]["ny"]["outputs"] = {
            name.removeprefix("2024/"): digest
            for name, digest in manifest["cases"]["ny"]["outputs"].items()}
        Path("ut", MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
        for suffix in (".md", ".docx"):
            Path(f"ut/2024/ny{suffix}").rename(f"ut/ny{suffix}")
        code, lines = run("bygg", "--check", "-o", "ut")
        assert (code, lines[0], lines[-1]) == (
            1, "kontrollerar ärendena i arkiv (enligt manifestet i ut)",
            "3 ärenden kontrollerade: 2 aktuella, 1 saknas, 0 inaktuella, 0 ändrade för hand; "
            "0 med fel; 1 kvarlämnat.")
        assert counts(run("bygg", "-o", "ut")[1]) == (1, 2, 0, 0)
        assert run("bygg", "--rensa", "-o", "ut")[0] == 0
        assert keys("ut") == ["2023/" + SEEDS[0].stem, "2024/" + SEEDS[1].stem, "2024/ny"]
        assert run("bygg", "--check", "-o", "ut")[0] == 0

    def it_keeps_a_copy_edited_by_hand(self, stray: Path) -> None:
        run("bygg", "arkiv", "-o", "ut")
        with Path("ut/ny.md").open("a", encoding="utf-8") as file:
            file.write("ändrat\n")
        lines = run("bygg", "--rensa", "-o", "ut")[1]
        assert lines[-2:] == [
            "tog bort ut/ny.docx, vars ärendefil nu byggs till ut/2024/ny.md och .docx",
            "ut/ny.md:1:1: varning: ärendefilen arkiv/2024/ny.yaml byggs nu till ut/2024/ny.md "
            "och .docx, men dokumentet har ändrats för hand sedan beslut skrev det och togs inte "
            "bort; flytta undan det"]
        assert Path("ut/ny.md").is_file()


@pytest.fixture
def years(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """`ok/2023` and `ok/2024`, each with a seed of its own and `lansmedel.yaml`."""
    for year, seed in (("2023", SEEDS[0]), ("2024", SEEDS[1])):
        (tmp_path / "ok" / year).mkdir(parents=True)
        shutil.copy(seed, tmp_path / "ok" / year / seed.name)
        shutil.copy(SEEDS[2], tmp_path / "ok" / year / "lansmedel.yaml")
    monkeypatch.chdir(tmp_path)
    yield tmp_path


def clash(this: str, other: str) -> str:
    """The collision line for ok/<this>/lansmedel.yaml against ok/<other>/lansmedel.yaml."""
    return (f"ok/{this}/lansmedel.yaml:1:1: ok/{this}/lansmedel.yaml och ok/{other}/"
            "lansmedel.yaml skulle skrivas till samma utdatafiler (lansmedel.md och .docx); byt "
            "namn på en av dem, eller bygg mappen de ligger i: beslut bygg ok -o par (då får var "
            "och en sin egen undermapp)")


class DescribeTwoFoldersThatMapToTheTop:
    def it_refuses_the_case_of_a_later_run_naming_the_one_built(self, years: Path) -> None:
        assert run("bygg", "ok/2023", "-o", "par")[0] == 0
        code, lines = run("bygg", "ok/2024", "-o", "par")
        assert (code, counts(lines)) == (1, (1, 0, 0, 1))
        assert lines[-1] == clash("2024", "2023")

    def it_counts_the_refused_case_in_the_check(self, years: Path) -> None:
        run("bygg", "ok/2023", "-o", "par")
        run("bygg", "ok/2024", "-o", "par")
        code, lines = run("bygg", "ok/2024", "--check", "-o", "par")
        assert (code, lines) == (1, [
            clash("2024", "2023"),
            "2 ärenden kontrollerade: 1 aktuellt, 0 saknas, 0 inaktuella, 0 ändrade för hand, "
            "1 krockande; 0 med fel."])
        code, lines = run("bygg", "--check", "-o", "par")
        assert (code, lines) == (1, [
            "kontrollerar ärendena i ok/2023 och ok/2024 (enligt manifestet i par)",
            clash("2023", "2024"), clash("2024", "2023"),
            "4 ärenden kontrollerade: 2 aktuella, 0 saknas, 0 inaktuella, 0 ändrade för hand, "
            "2 krockande; 0 med fel."])

    def it_refuses_both_in_one_run(self, years: Path) -> None:
        code, lines = run("bygg", "ok/2023", "ok/2024", "-o", "par")
        assert (code, counts(lines)) == (1, (2, 0, 0, 2))
        assert lines[-2:] == [clash("2023", "2024"), clash("2024", "2023")]

    def it_lets_a_case_file_that_was_moved_take_its_place(self, years: Path) -> None:
        run("bygg", "ok/2023", "-o", "par")
        Path("ok/2023/lansmedel.yaml").unlink()
        code, lines = run("bygg", "ok/2024", "-o", "par")
        assert (code, counts(lines)) == (0, (2, 0, 0, 0))

    def it_names_the_case_a_run_alongside_has_written(self, years: Path) -> None:
        out = years / "par"
        out.mkdir()
        entry = CaseEntry("ok/2023/lansmedel.yaml", {}, {})
        journal = Run(out).start().journal("lansmedel", Changes(cases={"lansmedel": entry}))
        journal([])
        source = Source(Path("ok/2024/lansmedel.yaml"), "lansmedel", "ok/2024/lansmedel.yaml")
        assert _built_from(out, source) == "ok/2023/lansmedel.yaml"
        own = source._replace(path=Path("ok/2023/lansmedel.yaml"), name="ok/2023/lansmedel.yaml")
        assert _built_from(out, own) is None


class DescribeANewCaseBuiltFromAnotherWorkingFolder:
    """The archive is built in its folder; a case not in it yet is built from elsewhere
    (trial 33, issue 9): it goes to its place below the recorded folder all the same."""

    @pytest.fixture
    def elsewhere(self, archive: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
        (archive / "annan").mkdir()
        monkeypatch.chdir(archive / "annan")
        return archive

    @pytest.mark.parametrize("named", ["absolute", "relative"])
    @pytest.mark.parametrize("where", ["above", "beside"])
    def it_goes_to_its_year_folder(self, elsewhere: Path, named: str, where: str,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
        """From a folder above the archive's (`/tmp` for `/tmp/X`) or beside `arkiv`."""
        cwd = elsewhere.parent if where == "above" else elsewhere / "annan"
        monkeypatch.chdir(cwd)
        case = elsewhere / NEW if named == "absolute" else Path(os.path.relpath(elsewhere / NEW))
        code, lines = run("bygg", str(case), "-o", str(elsewhere / "ut"))
        assert (code, counts(lines)) == (0, (1, 0, 0, 0))
        assert "2024/ny.docx" in visible(str(elsewhere / "ut"))
        assert "ny.docx" not in visible(str(elsewhere / "ut"))
        monkeypatch.chdir(elsewhere)
        assert keys("ut")[-1] == "2024/ny"
        code, lines = run("bygg", "--check", "-o", "ut")
        assert (code, lines[-1]) == (0, "3 ärenden kontrollerade: 3 aktuella, 0 saknas, "
                                        "0 inaktuella, 0 ändrade för hand; 0 med fel.")

    def it_goes_below_it_when_its_folder_is_built(self, elsewhere: Path) -> None:
        assert run("bygg", "../arkiv/2024", "-o", "../ut")[0] == 0
        assert "ny.docx" not in visible("../ut") and "2024/ny.docx" in visible("../ut")

    def it_goes_to_the_top_when_no_recorded_case_confirms_the_folder(
            self, elsewhere: Path) -> None:
        (elsewhere / "kopia" / "arkiv" / "2024").mkdir(parents=True)
        shutil.copy(SEEDS[2], elsewhere / "kopia" / NEW)
        assert run("bygg", "../kopia/" + NEW, "-o", "../ut")[0] == 0
        assert "ny.docx" in visible("../ut")

"""An archive remembers the template folders it was built with (`--templates`)."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.batch import template_folders
from generator.batch.template_folders import Templates, recorded_name
from generator.cli import main
from generator.output.manifest import MANIFEST, read_manifest
from generator.resources import templates_dir

ROOT = Path(__file__).resolve().parent.parent.parent
SEEDS = sorted((ROOT / "cases").glob("00[0-2]-*.yaml"))
ON_DUTY = "partials/on_duty.md.j2"
DECISION = "partials/decision.md.j2"
CHECKED_3 = ("3 ärenden kontrollerade: 3 aktuella, 0 saknas, 0 inaktuella, 0 ändrade för hand; "
             "0 med fel.")


def run(*args: str) -> tuple[int, str]:
    """Run `beslut` in-process; return the exit code and the output."""
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def own_template(folder: Path, name: str, extra: str) -> None:
    """Put a copy of a built-in template, with a line of the organisation's own, in the folder."""
    target = folder / name
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text((templates_dir() / name).read_text(encoding="utf-8") + extra,
                      encoding="utf-8")


def recorded(out: Path, name: str = MANIFEST) -> object:
    """The template folders the manifest records, as stored."""
    return json.loads((out / name).read_text(encoding="utf-8")).get("templates")


@pytest.fixture
def built(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The trial's archive: `arkiv/` built into `dokument/` with `--templates mallar`, whose
    `partials/on_duty.md.j2` is the organisation's own wording (all three cases use it) and
    whose `partials/decision.md.j2` only the per capsulam decision uses."""
    (tmp_path / "arkiv").mkdir()
    for case in SEEDS:
        shutil.copy(case, tmp_path / "arkiv" / case.name)
    own_template(tmp_path / "mallar", ON_DUTY, "\nKommunens egen rad.\n")
    own_template(tmp_path / "mallar", DECISION, "")
    monkeypatch.chdir(tmp_path)
    code, out = run("bygg", "arkiv", "-o", "dokument", "--templates", "mallar", "-j", "1")
    assert code == 0, out
    yield tmp_path


class DescribeABuildWithOwnTemplates:
    def it_records_the_folders_as_given(self, built: Path) -> None:
        assert recorded(built / "dokument") == ["mallar"]

    def it_checks_with_them_without_templates_given_and_says_so(self, built: Path) -> None:
        code, out = run("bygg", "--check", "-o", "dokument")
        assert (code, out.splitlines()) == (0, [
            "kontrollerar ärendena i arkiv med mallarna i mallar (enligt manifestet i dokument)",
            CHECKED_3])

    def it_rebuilds_with_them_keeping_the_own_wording(self, built: Path) -> None:
        code, out = run("bygg", "-o", "dokument", "-j", "1", "--force")
        assert code == 0, out
        assert out.splitlines()[0] == ("bygger ärendena i arkiv med mallarna i mallar "
                                       "(enligt manifestet i dokument)")
        assert all("Kommunens egen rad." in md.read_text(encoding="utf-8")
                   for md in (built / "dokument").glob("*.md"))

    def it_says_so_when_the_case_folders_are_named(self, built: Path) -> None:
        code, out = run("bygg", "arkiv", "--check", "-o", "dokument")
        assert (code, out.splitlines()) == (0, [
            "kontrollerar med mallarna i mallar (enligt manifestet i dokument)", CHECKED_3])

    def it_marks_exactly_the_cases_using_a_changed_template_with_the_templates_in_the_hint(
            self, built: Path) -> None:
        (built / "mallar" / DECISION).write_text(
            (built / "mallar" / DECISION).read_text(encoding="utf-8") + "\n", encoding="utf-8")
        code, out = run("bygg", "--check", "-o", "dokument")
        assert (code, out.splitlines()[1:]) == (1, [
            f"arkiv/{SEEDS[0].name}:1:1: dokumenten är inaktuella: mallen {DECISION} har "
            "ändrats sedan de byggdes; kör beslut bygg -o dokument --templates mallar",
            "3 ärenden kontrollerade: 2 aktuella, 0 saknas, 1 inaktuellt, 0 ändrade för hand; "
            "0 med fel."])

    def it_tells_ursprung_the_document_is_current_and_with_which_templates(
            self, built: Path) -> None:
        code, out = run("ursprung", f"dokument/{SEEDS[1].stem}.docx")
        assert code == 0, out
        assert out.splitlines()[-2:] == [
            "mallar: mallar (enligt manifestet i dokument)",
            "aktuellt: ja, dokumentet motsvarar ärendet och mallarna som de är nu"]

    def it_tells_ursprung_the_md_beside_it_was_edited_by_hand_with_the_templates_in_the_hint(
            self, built: Path) -> None:
        (built / "dokument" / f"{SEEDS[1].stem}.md").write_text("rättad\n", encoding="utf-8")
        code, out = run("ursprung", f"dokument/{SEEDS[1].stem}.docx")
        assert code == 0, out
        assert out.splitlines()[-1] == (
            f"obs: ärendets andra dokument dokument/{SEEDS[1].stem}.md har ändrats för hand "
            "(eller skapades inte av beslut); flytta undan det för att behålla det, eller skriv "
            f"över det med beslut bygg arkiv/{SEEDS[1].name} -o dokument --templates mallar "
            "--force")

    def it_names_the_folder_and_templates_in_one_command_that_removes_documents_left_behind(
            self, built: Path) -> None:
        (built / "arkiv" / SEEDS[2].name).unlink()
        prune = "beslut bygg arkiv -o dokument --templates mallar --rensa"
        code, out = run("bygg", "--check", "-o", "dokument")
        assert code == 1
        assert out.splitlines()[1] == (
            f"dokument/{SEEDS[2].stem}.docx:1:1: ärendefilen arkiv/{SEEDS[2].name} finns inte "
            f"längre; ta bort dokumenten med {prune}, eller lägg tillbaka ärendefilen")
        code, out = run("bygg", "-o", "dokument", "-j", "1")
        assert f"varning: ärendefilen arkiv/{SEEDS[2].name} finns inte längre; ta bort " \
            f"dokumenten med {prune}, eller" in out
        code, out = run("ursprung", f"dokument/{SEEDS[2].stem}.docx")
        assert code == 1
        assert f"ta bort dokumenten med {prune}, eller" in out
        code, out = run(*prune.split()[1:])
        assert (code, f"tog bort dokument/{SEEDS[2].stem}.docx" in out) == (0, True)

    def it_prunes_with_them(self, built: Path) -> None:
        (built / "arkiv" / SEEDS[2].name).unlink()
        code, out = run("bygg", "-o", "dokument", "--rensa", "-j", "1")
        assert code == 0, out
        assert f"tog bort dokument/{SEEDS[2].stem}.docx, vars ärendefil inte finns längre" in out
        assert recorded(built / "dokument") == ["mallar"]


class DescribeARecordedFolderThatIsGone:
    def it_is_a_usage_error_naming_it_and_what_to_do(self, built: Path) -> None:
        shutil.rmtree(built / "mallar")
        code, out = run("bygg", "--check", "-o", "dokument")
        assert code == 2
        assert out.splitlines()[-1] == (
            "Fel: enligt dokument/.beslut-manifest.json byggdes arkivet med mallarna i mallar, "
            "men mappen mallar finns inte här; kör kommandot i mappen där arkivet byggdes, lägg "
            "tillbaka mallarna eller ange var de finns: beslut bygg --check -o dokument "
            "--templates MAPP (eller --inbyggda-mallar för de inbyggda mallarna)")

    def it_is_the_same_error_for_ursprung(self, built: Path) -> None:
        shutil.rmtree(built / "mallar")
        code, out = run("ursprung", f"dokument/{SEEDS[0].stem}.docx")
        assert code == 2
        assert out.splitlines()[-1].endswith(
            f"ange var de finns: beslut ursprung dokument/{SEEDS[0].stem}.docx --templates "
            "MAPP (eller --inbyggda-mallar för de inbyggda mallarna)")


class DescribeACaseBuiltFromAnotherWorkingFolder:
    @pytest.mark.parametrize("place", ["absolute", "relative"])
    def it_keeps_the_names_the_archive_s_own_folder_reads(
            self, built: Path, monkeypatch: pytest.MonkeyPatch, place: str) -> None:
        elsewhere = built / "annan"
        elsewhere.mkdir()
        top = built if place == "absolute" else Path("..")
        for folder, case in [(elsewhere, top / "arkiv" / SEEDS[0].name),
                             (built / "arkiv", Path(SEEDS[1].name))]:
            monkeypatch.chdir(folder)
            up = top if folder == elsewhere else Path("..")
            code, out = run("bygg", str(case), "-o", str(up / "dokument"),
                            "--templates", str(up / "mallar"), "-j", "1")
            assert code == 0, out
            assert recorded(built / "dokument") == ["mallar"]
        monkeypatch.chdir(built)
        code, out = run("bygg", "--check", "-o", "dokument")
        assert (code, out.splitlines()[-1]) == (0, CHECKED_3)

    def it_names_a_new_folder_from_the_archive_s_folder(
            self, built: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        own_template(built / "andra", ON_DUTY, "\nEn annan rad.\n")
        monkeypatch.chdir(built.parent)
        code, out = run("bygg", str(built / "arkiv" / SEEDS[0].name), "-o",
                        str(built / "dokument"), "--templates", str(built / "andra"), "-j", "1")
        assert code == 0, out
        assert recorded(built / "dokument") == ["andra"]


class DescribeTemplatesGivenExplicitly:
    def it_prefers_them_and_records_them(self, built: Path) -> None:
        own_template(built / "andra", ON_DUTY, "\nEn annan rad.\n")
        code, out = run("bygg", "-o", "dokument", "--templates", "andra", "-j", "1")
        assert code == 0, out
        assert "med mallarna" not in out
        assert recorded(built / "dokument") == ["andra"]

    def it_goes_back_to_the_built_in_ones_with_inbyggda_mallar(self, built: Path) -> None:
        code, out = run("bygg", "--check", "-o", "dokument", "--inbyggda-mallar")
        assert code == 1
        assert out.splitlines()[1].endswith(
            "har ändrats sedan de byggdes; kör beslut bygg -o dokument --inbyggda-mallar")
        code, out = run("bygg", "-o", "dokument", "--builtin-templates", "-j", "1")
        assert code == 0, out
        assert recorded(built / "dokument") == []
        code, out = run("bygg", "--check", "-o", "dokument")
        assert (code, out.splitlines()) == (0, [
            "kontrollerar ärendena i arkiv (enligt manifestet i dokument)", CHECKED_3])

    def it_records_the_built_in_ones_even_when_nothing_was_rebuilt(
            self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        own_template(tmp_path / "kopia", ON_DUTY, "")  # (the same as the built-in one)
        shutil.copy(SEEDS[0], tmp_path / SEEDS[0].name)
        monkeypatch.chdir(tmp_path)
        assert run("bygg", SEEDS[0].name, "-o", "ut", "--templates", "kopia")[0] == 0
        assert recorded(tmp_path / "ut") == ["kopia"]
        code, out = run("bygg", SEEDS[0].name, "-o", "ut", "--inbyggda-mallar")
        assert code == 0, out
        assert "│      0 │           1 │" in out
        assert recorded(tmp_path / "ut") == []

    def it_refuses_both_at_once(self, built: Path) -> None:
        code, out = run("bygg", "-o", "dokument", "--templates", "mallar", "--inbyggda-mallar")
        assert code == 2
        assert out.splitlines()[-1] == (
            "Fel: --templates och --inbyggda-mallar går inte att kombinera; ange mallmapparna "
            "med --templates eller de inbyggda mallarna med --inbyggda-mallar")


class DescribeParts:
    def it_records_them_per_part_and_keeps_them_when_joined(
            self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        (tmp_path / "arkiv").mkdir()
        for case in SEEDS:
            shutil.copy(case, tmp_path / "arkiv" / case.name)
        own_template(tmp_path / "mallar", ON_DUTY, "")
        monkeypatch.chdir(tmp_path)
        for part in ("1/2", "2/2"):
            code, out = run("bygg", "arkiv", "-o", "ut", "--shard", part,
                            "--templates", "mallar")
            assert code == 0, out
        assert recorded(tmp_path / "ut", ".beslut-manifest.1-av-2.json") == ["mallar"]
        assert run("bygg", "--merge", "-o", "ut")[0] == 0
        assert recorded(tmp_path / "ut") == ["mallar"]
        code, out = run("bygg", "--check", "-o", "ut")
        assert (code, out.splitlines()[0]) == (
            0, "kontrollerar ärendena i arkiv med mallarna i mallar (enligt manifestet i ut)")

    def it_names_the_folders_and_templates_of_the_other_parts_for_a_missing_one(
            self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        (tmp_path / "arkiv" / "2024").mkdir(parents=True)
        for case in SEEDS:
            shutil.copy(case, tmp_path / "arkiv" / "2024" / case.name)
        own_template(tmp_path / "mallar", ON_DUTY, "")
        monkeypatch.chdir(tmp_path)
        for part in ("1/2",):
            assert run("bygg", "arkiv", "-o", "ut", "--shard", part, "--templates", "mallar",
                       "-j", "1")[0] == 0
        code, out = run("bygg", "--merge", "-o", "ut")
        build = "beslut bygg arkiv --shard 2/2 -o ut --templates mallar"
        assert (code, out) == (1, (
            f"ut:1:1: del 2 av 2 saknas här, så inget fogades samman; bygg den ({build}) eller "
            "kopiera in mappen den byggdes i, de dolda filerna med (cp -r MAPP/. ut/), och kör "
            "kommandot igen\n"))
        assert run(*build.split()[1:], "-j", "1")[0] == 0
        assert run("bygg", "--merge", "-o", "ut")[0] == 0
        code, out = run("bygg", "--check", "-o", "ut")
        assert (code, out.splitlines()[-1]) == (0, CHECKED_3)

    def it_refuses_to_join_parts_built_with_different_templates(
            self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        (tmp_path / "arkiv").mkdir()
        for case in SEEDS:
            shutil.copy(case, tmp_path / "arkiv" / case.name)
        own_template(tmp_path / "mallar", ON_DUTY, "")
        monkeypatch.chdir(tmp_path)
        assert run("bygg", "arkiv", "-o", "ut", "--shard", "1/2", "--templates", "mallar")[0] == 0
        assert run("bygg", "arkiv", "-o", "ut", "--shard", "2/2")[0] == 0
        code, out = run("bygg", "--merge", "-o", "ut")
        assert (code, out.splitlines()) == (1, [
            "ut:1:1: delarna byggdes med olika mallar (del 1 av 2 med mallarna i mallar; del 2 "
            "av 2 med de inbyggda mallarna); bygg om delarna med samma --templates och foga "
            "sedan samman dem"])
        assert (tmp_path / "ut" / ".beslut-manifest.1-av-2.json").is_file()


class DescribeRecordedName:
    def it_normalises_a_relative_folder(self) -> None:
        assert recorded_name(Path("./mallar/../egna/")) == "egna"

    def it_names_an_absolute_folder_below_the_working_folder_relative_to_it(
            self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.chdir(tmp_path)
        assert recorded_name(tmp_path / "mallar") == "mallar"


class DescribeOptions:
    def it_repeats_each_folder_and_the_built_in_choice(self) -> None:
        assert Templates((Path("a"), Path("b"))).options() == (
            "--templates", "a", "--templates", "b")
        assert Templates(builtin=True).options() == ("--inbyggda-mallar",)
        assert Templates().options() == ()


class DescribeRecording:
    def it_leaves_a_manifest_that_cannot_be_written_without_a_traceback(
            self, built: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        def refuse(*args: object) -> None:
            raise PermissionError("read-only")

        monkeypatch.setattr(template_folders, "update_manifest", refuse)
        template_folders.record(built / "dokument", (), read_manifest(built / "dokument"))
        assert recorded(built / "dokument") == ["mallar"]

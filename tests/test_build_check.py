"""`beslut bygg --check`: a sentence for each case that is not current, and the errors and
warnings of each case it would have to build, as the build would print them."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from generator.build import Pipeline
from generator.cli import main
from generator.output.manifest import MANIFEST

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "cases").glob("00[0-2]-*.yaml"))
PER_CAPSULAM, RETURN, BASIS = (f"cases/{seed.name}" for seed in SEEDS)
OUT = "ut"


def run(*args: str) -> tuple[int, str]:
    """Run `beslut` in-process; return the exit code and the output."""
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def check() -> tuple[int, list[str]]:
    """`beslut bygg --check -o ut`: the exit code and the lines printed."""
    code, out = run("bygg", "--check", "-o", OUT)
    return code, out.splitlines()


def stem(case: str) -> str:
    """The output name of a case, without suffix."""
    return Path(case).stem


def edit_manifest(change: Callable[[dict[str, Any]], None]) -> None:
    """Change the output folder's manifest as a function of its JSON."""
    path = Path(OUT) / MANIFEST
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def replace_in(case: str, old: str, new: str) -> None:
    """Change a case file's text."""
    path = Path(case)
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture
def built(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Three seeds in `cases/`, built into `ut/`."""
    (tmp_path / "cases").mkdir()
    for seed in SEEDS:
        shutil.copy(seed, tmp_path / "cases" / seed.name)
    monkeypatch.chdir(tmp_path)
    code, out = run("bygg", "-o", OUT, "-j", "1")
    assert code == 0, out
    yield tmp_path


class DescribeACaseItWouldBuild:
    def it_lists_the_errors_after_the_state_line_and_says_to_fix_them_first(
            self, built: Path) -> None:
        replace_in(BASIS, "belopp: 2 330 883", "belopp: 12,5 %")
        code, lines = check()
        assert code == 1
        assert lines == [
            f"{BASIS}:1:1: dokumenten är inaktuella: ärendefilen har ändrats sedan de byggdes; "
            "rätta först felen nedan och kör sedan beslut bygg -o ut",
            f"{BASIS}:65:19: 'belopp': '12,5 %' är inte ett belopp i kronor, skriv beloppet i "
            'hela kronor, t.ex. 2330883 eller "2 330 883"',
            "3 ärenden kontrollerade: 2 aktuella, 0 saknas, 1 inaktuellt, 0 ändrade för hand; "
            "1 med fel.",
        ]

    def it_checks_a_case_never_built_and_writes_nothing(self, built: Path) -> None:
        shutil.copy(built / BASIS, built / "cases" / "ny.yaml")
        replace_in("cases/ny.yaml", "belopp: 2 330 883", "belopp: 12,5 %")
        before = sorted(p.name for p in (built / OUT).iterdir())
        code, lines = check()
        assert code == 1
        assert lines[:2] == [
            "cases/ny.yaml:1:1: dokumenten ut/ny.md och ut/ny.docx saknas; rätta först felen "
            "nedan och kör sedan beslut bygg -o ut",
            "cases/ny.yaml:65:19: 'belopp': '12,5 %' är inte ett belopp i kronor, skriv "
            'beloppet i hela kronor, t.ex. 2330883 eller "2 330 883"',
        ]
        assert lines[-1] == ("4 ärenden kontrollerade: 3 aktuella, 1 saknas, 0 inaktuella, "
                             "0 ändrade för hand; 1 med fel.")
        assert sorted(p.name for p in (built / OUT).iterdir()) == before

    def it_keeps_the_usual_hint_for_a_case_without_errors_and_lists_its_warnings(
            self, built: Path) -> None:
        warned = ("beslut:\n  beslutande: Nämnden\n  punkter:\n    - bifalla\n"
                  "  antecknas_i: protokollet\n")  # a warning: not per capsulam
        Path(BASIS).write_text(Path(BASIS).read_text(encoding="utf-8") + warned,
                               encoding="utf-8")
        assert "varning: 'antecknas_i'" in run("kontrollera", BASIS)[1]
        code, lines = check()
        assert code == 1
        assert lines == [
            f"{BASIS}:1:1: dokumenten är inaktuella: ärendefilen har ändrats sedan de byggdes; "
            "kör beslut bygg -o ut",
            f"{BASIS}:{len(SEEDS[2].read_text(encoding='utf-8').splitlines()) + 5}:3: varning: "
            "'antecknas_i' gäller bara beslut per capsulam och används inte i dokumenttypen "
            "beslutsunderlag; ta bort raden",
            "3 ärenden kontrollerade: 2 aktuella, 0 saknas, 1 inaktuellt, 0 ändrade för hand; "
            "0 med fel; 1 varning i 1 ärende.",
        ]


class DescribeAHandEditedCase:
    def it_lists_the_errors_when_its_case_file_changed_and_says_to_fix_them_first(
            self, built: Path) -> None:
        replace_in(BASIS, "belopp: 2 330 883", "belopp: 12,5 %")
        edited = built / OUT / f"{stem(BASIS)}.md"
        edited.write_text(edited.read_text(encoding="utf-8") + "x\n", encoding="utf-8")
        code, lines = check()
        assert code == 1
        assert lines == [
            f"{BASIS}:1:1: dokumentet ut/{stem(BASIS)}.md har ändrats för hand (eller skapades "
            "inte av beslut), och dokumenten är inaktuella: ärendefilen har ändrats sedan de "
            "byggdes, men byggs inte om så länge det ligger kvar; rätta först felen nedan och "
            "flytta sedan undan det för att behålla det, och kör då beslut bygg "
            f"{BASIS} -o ut, eller skriv över det med beslut bygg {BASIS} -o ut --force",
            f"{BASIS}:65:19: 'belopp': '12,5 %' är inte ett belopp i kronor, skriv beloppet i "
            'hela kronor, t.ex. 2330883 eller "2 330 883"',
            "3 ärenden kontrollerade: 2 aktuella, 0 saknas, 0 inaktuella, 1 ändrat för hand "
            "(varav 1 inaktuellt); 1 med fel.",
        ]

    def it_checks_it_when_its_other_document_is_missing(self, built: Path) -> None:
        (built / OUT / f"{stem(BASIS)}.md").write_text("rättad\n", encoding="utf-8")
        (built / OUT / f"{stem(BASIS)}.docx").unlink()
        replace_in(BASIS, "belopp: 2 330 883", "belopp: 12,5 %")
        code, lines = check()
        assert code == 1
        assert lines[1] == (f"{BASIS}:65:19: 'belopp': '12,5 %' är inte ett belopp i kronor, "
                            'skriv beloppet i hela kronor, t.ex. 2330883 eller "2 330 883"')
        assert lines[-1].endswith("1 ändrat för hand; 1 med fel.")

    def it_says_its_documents_are_stale_too_when_its_case_file_changed(
            self, built: Path) -> None:
        replace_in(BASIS, "belopp: 2 330 883", "belopp: 2 330 884")
        (built / OUT / f"{stem(BASIS)}.md").write_text("rättad\n", encoding="utf-8")
        code, lines = check()
        assert code == 1
        assert lines == [
            f"{BASIS}:1:1: dokumentet ut/{stem(BASIS)}.md har ändrats för hand (eller skapades "
            "inte av beslut), och dokumenten är inaktuella: ärendefilen har ändrats sedan de "
            "byggdes, men byggs inte om så länge det ligger kvar; flytta undan det för att "
            f"behålla det, och kör sedan beslut bygg {BASIS} -o ut, eller skriv över det med "
            f"beslut bygg {BASIS} -o ut --force",
            "3 ärenden kontrollerade: 2 aktuella, 0 saknas, 0 inaktuella, 1 ändrat för hand "
            "(varav 1 inaktuellt); 0 med fel.",
        ]

    def it_keeps_the_usual_hint_when_its_inputs_did_not_change(self, built: Path) -> None:
        (built / OUT / f"{stem(BASIS)}.md").write_text("rättad\n", encoding="utf-8")
        code, lines = check()
        assert code == 1
        assert lines == [
            f"{BASIS}:1:1: dokumentet ut/{stem(BASIS)}.md har ändrats för hand (eller skapades "
            "inte av beslut); flytta undan det för att behålla det, eller skriv över det med "
            f"beslut bygg {BASIS} -o ut --force",
            "3 ärenden kontrollerade: 2 aktuella, 0 saknas, 0 inaktuella, 1 ändrat för hand; "
            "0 med fel.",
        ]

    def it_does_not_read_it_when_its_inputs_did_not_change(
            self, built: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        checked: list[Path] = []
        monkeypatch.setattr(Pipeline, "build", lambda pipeline, path, documents=True:
                            checked.append(path))
        (built / OUT / f"{stem(BASIS)}.md").write_text("rättad\n", encoding="utf-8")
        code, lines = check()
        assert code == 1
        assert lines[-1].endswith("1 ändrat för hand; 0 med fel.")
        assert checked == []


class DescribeCurrentCases:
    def it_never_reads_them_with_the_pipeline(
            self, built: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        checked: list[Path] = []
        original = Pipeline.build

        def spy(pipeline: Pipeline, path: Path, documents: bool = True) -> Any:
            checked.append(path)
            return original(pipeline, path, documents)

        monkeypatch.setattr(Pipeline, "build", spy)
        assert check()[0] == 0
        assert checked == []
        Path(RETURN).write_text(Path(RETURN).read_text(encoding="utf-8") + "\n",
                                encoding="utf-8")
        assert check()[0] == 1
        assert checked == [Path(RETURN)]


class DescribeTheStateLines:
    def it_names_a_missing_document(self, built: Path) -> None:
        (built / OUT / f"{stem(BASIS)}.docx").unlink()
        assert check()[1][0] == (f"{BASIS}:1:1: dokumentet ut/{stem(BASIS)}.docx saknas; "
                                 "kör beslut bygg -o ut")

    def it_says_when_the_documents_are_not_in_the_manifest(self, built: Path) -> None:
        edit_manifest(lambda data: data["cases"].pop(stem(BASIS)))
        assert check()[1][0] == (f"{BASIS}:1:1: dokumenten finns men står inte i "
                                 "utdatamappens manifest; kör beslut bygg -o ut")

    def it_names_both_documents_edited_by_hand(self, built: Path) -> None:
        for suffix in (".md", ".docx"):
            (built / OUT / f"{stem(BASIS)}{suffix}").write_text("rättad\n", encoding="utf-8")
        assert check()[1][0] == (
            f"{BASIS}:1:1: dokumenten ut/{stem(BASIS)}.md och ut/{stem(BASIS)}.docx har "
            "ändrats för hand (eller skapades inte av beslut); flytta undan dem för att behålla "
            f"dem, eller skriv över dem med beslut bygg {BASIS} -o ut --force")

    def it_names_the_profile_the_word_template_and_an_updated_beslut(self, built: Path) -> None:
        def change(data: dict[str, Any]) -> None:
            inputs = data["cases"][stem(PER_CAPSULAM)]["inputs"]
            for key in inputs:
                if key.startswith(("profil:", "word:")) or key == "beslut":
                    inputs[key] = "0" * 64

        edit_manifest(change)
        assert check()[1][0] == (
            f"{PER_CAPSULAM}:1:1: dokumenten är inaktuella: organisationsprofilen "
            "region-dalarna och Word-mallen (reference.docx) har ändrats och beslut har "
            "uppdaterats sedan de byggdes; kör beslut bygg -o ut")

    def it_names_one_changed_template_after_the_case_file(self, built: Path) -> None:
        def change(data: dict[str, Any]) -> None:
            inputs = data["cases"][stem(PER_CAPSULAM)]["inputs"]
            inputs["mall:base.md.j2"] = inputs["ärende"] = "0" * 64

        edit_manifest(change)
        assert check()[1][0] == (
            f"{PER_CAPSULAM}:1:1: dokumenten är inaktuella: ärendefilen och mallen base.md.j2 "
            "har ändrats sedan de byggdes; kör beslut bygg -o ut")

    def it_counts_many_changed_templates_and_names_the_first_three(self, built: Path) -> None:
        def change(data: dict[str, Any]) -> None:
            inputs = data["cases"][stem(PER_CAPSULAM)]["inputs"]
            for key in inputs:
                if key.startswith("mall:"):
                    inputs[key] = "0" * 64

        edit_manifest(change)
        assert check()[1][0] == (
            f"{PER_CAPSULAM}:1:1: dokumenten är inaktuella: 11 mallar (base.md.j2, "
            "beslut_per_capsulam.md.j2, partials/attachments.md.j2 m.fl.) har ändrats sedan de "
            "byggdes; kör beslut bygg -o ut")

    def it_says_what_the_case_file_was_called_when_they_were_built(self, built: Path) -> None:
        edit_manifest(lambda data: data["cases"][stem(BASIS)].update(source="cases/gammal.yaml"))
        assert check()[1][0] == (
            f"{BASIS}:1:1: dokumenten är inaktuella: ärendefilen hette cases/gammal.yaml när de "
            "byggdes; kör beslut bygg -o ut")

    def it_says_an_interrupted_build_is_not_recorded_yet(self, built: Path) -> None:
        edit_manifest(lambda data: data["cases"][stem(BASIS)]["outputs"].update(
            {f"{stem(BASIS)}.md": "0" * 64}))
        assert check()[1][0] == (
            f"{BASIS}:1:1: dokumenten är inaktuella: ett avbrutet bygge har inte förts in i "
            "manifestet än; kör beslut bygg -o ut")


def build(*args: str) -> tuple[int, list[str]]:
    """`beslut bygg -o ut -j 1` with more arguments: the exit code and the lines printed
    after the summary table."""
    code, out = run("bygg", "-o", OUT, "-j", "1", *args)
    lines = out.splitlines()
    return code, lines[next(i for i, line in enumerate(lines) if line.startswith("└")) + 1:]


class DescribeCasesLeftBehind:
    GONE = (f"ut/{stem(BASIS)}.docx:1:1: ärendefilen {BASIS} finns inte längre; ta bort "
            "dokumenten med beslut bygg cases -o ut --rensa, eller lägg tillbaka ärendefilen")

    def it_lists_each_case_whose_file_is_gone_at_its_document_and_fails(
            self, built: Path) -> None:
        Path(BASIS).rename(built / "flyttad.yaml")
        code, lines = check()
        assert code == 1
        assert lines == [
            self.GONE,
            "2 ärenden kontrollerade: 2 aktuella, 0 saknas, 0 inaktuella, 0 ändrade för hand; "
            "0 med fel; 1 kvarlämnat.",
        ]

    def it_names_the_folder_the_same_way_whether_the_run_names_it_or_not(
            self, built: Path) -> None:
        Path(BASIS).unlink()
        code, out = run("bygg", "cases", "--check", "-o", OUT)
        assert (code, out.splitlines()[0]) == (1, self.GONE)
        code, out = run("ursprung", f"ut/{stem(BASIS)}.docx")
        assert code == 1
        assert "ta bort dokumenten med beslut bygg cases -o ut --rensa" in out

    def it_considers_none_in_a_run_on_a_case_file_or_another_folder(
            self, built: Path) -> None:
        Path(BASIS).unlink()
        assert run("bygg", RETURN, "--check", "-o", OUT)[0] == 0
        Path("andra").mkdir()
        shutil.copy(built / RETURN, "andra/x.yaml")
        code, out = run("bygg", "andra", "--check", "-o", OUT)
        assert (code, "kvarlämna" in out) == (1, False)  # (x.yaml: never built)
        assert out.splitlines()[-1].startswith("1 ärende kontrollerat: ")

    def it_says_which_document_was_edited_by_hand_and_that_rensa_keeps_it(
            self, built: Path) -> None:
        Path(BASIS).unlink()
        edited = built / OUT / f"{stem(BASIS)}.md"
        edited.write_text("rättad\n", encoding="utf-8")
        assert check()[1][0] == (
            f"ut/{stem(BASIS)}.docx:1:1: ärendefilen {BASIS} finns inte längre och dokumentet "
            f"ut/{stem(BASIS)}.md har ändrats för hand (--rensa tar inte bort det); flytta "
            "undan det och ta bort resten med beslut bygg cases -o ut --rensa, eller lägg tillbaka "
            "ärendefilen")

    def it_is_warned_of_by_a_build_which_keeps_its_exit_code(self, built: Path) -> None:
        Path(BASIS).unlink()
        code, lines = build()
        assert code == 0
        assert lines == ["ut/" + self.GONE.removeprefix("ut/").replace(
            ":1:1: ", ":1:1: varning: ", 1)]
        assert (built / OUT / f"{stem(BASIS)}.docx").is_file()

    def it_is_removed_with_its_entry_by_rensa(self, built: Path) -> None:
        Path(BASIS).unlink()
        code, lines = build("--rensa")
        assert code == 0
        assert lines == [
            f"tog bort ut/{stem(BASIS)}.docx, vars ärendefil inte finns längre",
            f"tog bort ut/{stem(BASIS)}.md, vars ärendefil inte finns längre",
        ]
        manifest = json.loads((built / OUT / MANIFEST).read_text(encoding="utf-8"))
        assert stem(BASIS) not in manifest["cases"]
        assert not [name for name in manifest["files"] if name.startswith(stem(BASIS))]
        assert check() == (0, ["2 ärenden kontrollerade: 2 aktuella, 0 saknas, 0 inaktuella, "
                               "0 ändrade för hand; 0 med fel."])

    def it_keeps_a_document_edited_by_hand_when_removing_the_rest(self, built: Path) -> None:
        Path(BASIS).unlink()
        edited = built / OUT / f"{stem(BASIS)}.md"
        edited.write_text("rättad\n", encoding="utf-8")
        code, lines = build("--prune")
        assert code == 0
        assert lines == [
            f"tog bort ut/{stem(BASIS)}.docx, vars ärendefil inte finns längre",
            f"ut/{stem(BASIS)}.md:1:1: varning: ärendefilen {BASIS} finns inte längre, men "
            "dokumentet har ändrats för hand sedan beslut skrev det och togs inte bort; "
            "flytta undan det",
        ]
        assert edited.read_text(encoding="utf-8") == "rättad\n"
        edited.unlink()
        assert build("--rensa") == (0, [])
        manifest = json.loads((built / OUT / MANIFEST).read_text(encoding="utf-8"))
        assert stem(BASIS) not in manifest["cases"]

    def it_refuses_rensa_with_check_or_a_part(self, built: Path) -> None:
        for other in (("--check",), ("--shard", "1/2")):
            code, out = run("bygg", "--rensa", *other, "-o", OUT)
            assert code == 2
            assert out.endswith(
                "Fel: --rensa tar bort dokument för hela arkivet och kan inte kombineras med "
                "--check eller --shard; kör beslut bygg --rensa utan dem\n")

    def it_tells_ursprung_the_case_file_is_gone_from_the_folder_it_was_built_in(
            self, built: Path) -> None:
        Path(BASIS).unlink()
        code, out = run("ursprung", f"{OUT}/{stem(BASIS)}.docx")
        assert code == 1
        assert out.splitlines()[-1] == (
            f"aktuellt: nej, ärendefilen {BASIS} finns inte längre; ta bort dokumenten med "
            "beslut bygg cases -o ut --rensa, eller lägg tillbaka ärendefilen")

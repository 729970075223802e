"""`beslut build`: an archive of cases built fast, incrementally, deterministically."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.output.manifest import MANIFEST
from generator.output.provenance import CASE, CASE_HASH, TEMPLATES_HASH, VERSION, read_properties

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "cases").glob("00[0-4]-*.yaml"))  # the five seeds
PROPOSAL = ROOT / "templates" / "partials" / "proposal.md.j2"


def run(*args: str) -> tuple[int, str]:
    """Run `beslut` in-process; return the exit code and the output."""
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def counts(output: str) -> tuple[int, int, int, int]:
    """Built, unchanged, edited by hand (left alone) and failed, read from the summary table."""
    row = next(line for line in output.splitlines() if line.count("│") == 5)
    built, unchanged, edited, failed = (int(cell) for cell in row.strip("│ ").split("│"))
    return built, unchanged, edited, failed


def tree(folder: Path) -> dict[str, bytes]:
    """Every visible file below the folder by relative path (the manifest included)."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.relative_to(folder).as_posix().startswith(".beslut/")
    }


def edit_docx(path: Path) -> None:
    """Change a word in a .docx as a hand edit in Word would, its properties kept."""
    with zipfile.ZipFile(path) as original:
        parts = {info: original.read(info) for info in original.infolist()}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as edited:
        for info, data in parts.items():
            if info.filename == "word/document.xml":
                data = data.replace(b"</w:t>", " (rättad)</w:t>".encode(), 1)
            edited.writestr(info, data)


@pytest.fixture
def archive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A working folder with the seeds in `cases/` (two of them in a subfolder)."""
    cases = tmp_path / "cases"
    (cases / "2019").mkdir(parents=True)
    for seed in SEEDS:
        folder = cases / "2019" if seed.stem.endswith("2019") else cases
        shutil.copy(seed, folder / seed.name)
    monkeypatch.chdir(tmp_path)
    yield tmp_path


class DescribeBuild:
    def it_builds_every_case_mirroring_subfolders(self, archive: Path) -> None:
        code, out = run("build", "-j", "1")
        assert code == 0, out
        assert counts(out) == (5, 0, 0, 0)
        names = sorted(tree(archive / "output"))
        assert "2019/001-godkannande-aterbetalning-kommunal-samverkan-2019.docx" in names
        assert "002-beslutsunderlag-lansgemensamma-medel-2024.md" in names
        assert len([n for n in names if n.endswith((".md", ".docx"))]) == 10

    def it_builds_in_worker_processes_with_the_same_bytes(
        self, archive: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        from generator.batch import runner

        monkeypatch.setattr(runner, "WORKERS_FROM", 2)
        assert run("build", "-j", "1", "-o", "ett")[0] == 0
        assert run("build", "-j", "2", "-o", "tva")[0] == 0
        assert tree(archive / "ett") == tree(archive / "tva")

    def it_builds_a_few_cases_in_this_process_where_workers_cost_more(
        self, archive: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        from generator.batch import runner

        def no_workers(*args: object) -> None:
            raise AssertionError("workers started for five cases")

        monkeypatch.setattr(runner, "_in_workers", no_workers)
        monkeypatch.setattr(runner, "_workers_context", no_workers)
        code, out = run("build", "-j", "2")
        assert (code, counts(out)) == (0, (5, 0, 0, 0)), out

    def it_replaces_workers_in_rounds_without_losing_a_case(
        self, archive: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        from generator.batch import runner

        monkeypatch.setattr(runner, "WORKERS_FROM", 2)
        monkeypatch.setattr(runner, "TASKS_PER_WORKER", 1)
        code, out = run("build", "-j", "2")
        assert (code, counts(out)) == (0, (5, 0, 0, 0))

    def it_goes_on_after_a_bad_case_and_lists_its_errors(self, archive: Path) -> None:
        (archive / "cases" / "trasig.yaml").write_text("datum: [\n", encoding="utf-8")
        code, out = run("build", "-j", "1")
        assert code == 1
        assert counts(out) == (5, 0, 0, 1)
        assert any(line.startswith("cases/trasig.yaml:") for line in out.splitlines())

    def it_shows_a_failed_case_s_whole_path_in_the_summary_table(self, archive: Path) -> None:
        folder = archive / "cases" / "kommunstyrelsen"
        folder /= "föreningsbidrag-och-stöd-till-civilsamhället"
        folder.mkdir(parents=True)
        (folder / "trasig-ansökan-2024.yaml").write_text("datum: [\n", encoding="utf-8")
        code, out = run("build", "-j", "1")
        assert code == 1
        rows = out.split("Misslyckade ärenden")[1].split("└")[0].splitlines()
        first_cells = [line.split("│")[1].strip() for line in rows if line.startswith("│")]
        assert "".join(first_cells) == ("cases/kommunstyrelsen/föreningsbidrag-och-stöd-"
                                        "till-civilsamhället/trasig-ansökan-2024.yaml")

    def it_refuses_two_cases_that_map_to_one_output_naming_both(self, archive: Path) -> None:
        shutil.copy(SEEDS[2], archive / "cases" / (SEEDS[2].stem + ".YML"))
        code, out = run("build", "-j", "1")
        assert code == 1
        assert counts(out) == (4, 0, 0, 2)  # the two refused count as failed
        lines = [line for line in out.splitlines() if "skulle skrivas till samma" in line]
        assert len(lines) == 2
        assert all(SEEDS[2].stem + ".yaml" in line and SEEDS[2].stem + ".YML" in line
                   and line.endswith("byt namn på en av dem") for line in lines)

    def it_suggests_the_common_folder_for_cases_of_two_folders_that_clash(
        self, archive: Path
    ) -> None:
        for year in ("2023", "2024"):
            (archive / "arkiv" / year).mkdir(parents=True)
            shutil.copy(SEEDS[0], archive / "arkiv" / year / "beslut.yaml")
        code, out = run("build", "-j", "1", "arkiv/2023", "arkiv/2024", "-o", "ut")
        assert code == 1
        assert "arkiv/2023/beslut.yaml:1:1: arkiv/2023/beslut.yaml och arkiv/2024/beslut.yaml " \
            "skulle skrivas till samma utdatafiler (beslut.md och .docx); byt namn på en av " \
            "dem, eller bygg mappen de ligger i: beslut bygg arkiv -o ut (då får var och en sin " \
            "egen undermapp)" in out.splitlines()
        code, out = run("build", "-j", "1", "arkiv", "-o", "ut")
        assert (code, counts(out)) == (0, (2, 0, 0, 0))
        assert (archive / "ut" / "2023" / "beslut.docx").is_file()

    def it_builds_one_case_file_where_a_build_of_its_folder_put_it(self, archive: Path) -> None:
        run("build", "-j", "1")
        case = archive / "cases" / "2019" / SEEDS[1].name
        case.write_text(case.read_text(encoding="utf-8") + "\n# ändrad\n", encoding="utf-8")
        code, out = run("build", "-j", "1", f"cases/2019/{SEEDS[1].name}")
        assert (code, counts(out)) == (0, (1, 0, 0, 0))
        names = sorted(tree(archive / "output"))
        assert not any(name.startswith(SEEDS[1].stem) for name in names)  # not at the top
        manifest = json.loads((archive / "output" / MANIFEST).read_text(encoding="utf-8"))
        assert len(manifest["cases"]) == 5
        assert run("build", "--check")[0] == 0

    def it_builds_a_case_file_new_to_the_folder_under_its_own_name(self, archive: Path) -> None:
        code, out = run("build", "-j", "1", f"cases/{SEEDS[2].name}", "-o", "ett")
        assert (code, counts(out)) == (0, (1, 0, 0, 0))
        assert sorted(tree(archive / "ett")) == [
            MANIFEST, f"{SEEDS[2].stem}.docx", f"{SEEDS[2].stem}.md"]

    def it_says_when_the_folders_hold_no_case_file(self, archive: Path) -> None:
        (archive / "tom").mkdir()
        for args in (("tom",), ("tom", "--check")):
            code, out = run("build", *args, "-o", "ut")
            assert code == 2
            assert out.endswith("Fel: inga ärendefiler (.yaml) hittades i de angivna mapparna "
                                "eller deras undermappar\n")
        assert not (archive / "ut").exists()

    def it_says_when_there_is_no_cases_folder_to_build(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.chdir(tmp_path)
        code, out = run("build")
        assert code == 2
        assert out.endswith("Fel: det finns ingen mapp cases/ här; ange mappen med ärendena, "
                            "t.ex. beslut bygg arkiv/\n")


class DescribeDeterminism:
    def it_gives_the_same_bytes_in_another_folder_at_another_time(
        self, archive: Path, tmp_path_factory: pytest.TempPathFactory,
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        assert run("build", "-j", "1")[0] == 0
        first = tree(archive / "output")
        time.sleep(2.1)  # zip times have a resolution of two seconds
        elsewhere = tmp_path_factory.mktemp("annan-dator")
        shutil.copytree(archive / "cases", elsewhere / "cases")
        monkeypatch.chdir(elsewhere)
        monkeypatch.setenv("TZ", "America/Los_Angeles")
        time.tzset()
        try:
            assert run("build", "-j", "1")[0] == 0
        finally:
            monkeypatch.delenv("TZ")
            time.tzset()
        assert tree(elsewhere / "output") == first


class DescribeIncrementalBuilds:
    def it_skips_cases_whose_inputs_are_unchanged(self, archive: Path) -> None:
        run("build", "-j", "1")
        code, out = run("build", "-j", "1")
        assert (code, counts(out)) == (0, (0, 5, 0, 0))

    def it_never_loads_the_pipeline_when_every_case_is_unchanged(self, archive: Path) -> None:
        """What keeps a no-op rebuild of a large archive fast: only hashes are compared."""
        run("build", "-j", "1")
        script = ("import sys\n"
                  "from generator.cli import main\n"
                  "try:\n    main(['build', '-j', '1'])\n"
                  "except SystemExit as stop:\n    assert stop.code == 0\n"
                  "print('generator.build' in sys.modules, file=sys.stderr)\n")
        result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                                check=True, cwd=archive,
                                env={**os.environ, "PYTHONPATH": str(ROOT)})
        assert result.stderr.strip() == "False"

    @pytest.mark.parametrize("args", [(), ("--check",), ("cases",), (f"cases/{SEEDS[0].name}",)])
    def it_reads_the_manifest_once_when_every_case_is_unchanged(
        self, archive: Path, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...]
    ) -> None:
        """A run reads the output folder's manifest at its start and hands it down (it read
        and parsed it six times, some 12 ms each for 1 000 cases)."""
        run("build", "-j", "1")
        real, reads = Path.read_bytes, []

        def read_bytes(path: Path) -> bytes:
            reads.append(path.name)
            return real(path)

        monkeypatch.setattr(Path, "read_bytes", read_bytes)
        code, out = run("build", *args, "-j", "1")
        assert code == 0, out
        assert reads.count(MANIFEST) == 1

    def it_rebuilds_exactly_the_cases_that_use_a_changed_template(self, archive: Path) -> None:
        own = archive / "mallar" / "partials"
        own.mkdir(parents=True)
        shutil.copy(PROPOSAL, own / PROPOSAL.name)
        assert counts(run("build", "-j", "1", "--templates", "mallar")[1]) == (5, 0, 0, 0)
        assert counts(run("build", "-j", "1", "--templates", "mallar")[1]) == (0, 5, 0, 0)
        with (own / PROPOSAL.name).open("a", encoding="utf-8") as handle:
            handle.write("{# ändrad #}\n")
        code, out = run("build", "-j", "1", "--templates", "mallar")
        assert (code, counts(out)) == (0, (2, 3, 0, 0))
        assert "byggde cases/000-" in out
        assert "byggde cases/2019/004-" in out

    def it_rebuilds_a_changed_case_and_everything_with_force(self, archive: Path) -> None:
        run("build", "-j", "1")
        case = archive / "cases" / SEEDS[2].name
        case.write_text(case.read_text(encoding="utf-8") + "\n# kommentar\n", encoding="utf-8")
        assert counts(run("build", "-j", "1")[1]) == (1, 4, 0, 0)
        assert counts(run("build", "-j", "1", "--force")[1]) == (5, 0, 0, 0)

    def it_reports_a_hand_edited_output_and_keeps_it(self, archive: Path) -> None:
        run("build", "-j", "1")
        edited = archive / "output" / (SEEDS[2].stem + ".md")
        edited.write_text("# rättad för hand\n", encoding="utf-8")
        code, out = run("build", "-j", "1")
        assert code == 3  # reported and kept: not a failure (1), yet not all written (0)
        assert counts(out) == (0, 4, 1, 0)
        assert (f"ändrat för hand: output/{SEEDS[2].stem}.md (ärendet cases/{SEEDS[2].name})"
                in out.splitlines())
        assert "misslyckades" not in out and "Misslyckade ärenden" not in out
        assert "första felet" not in out
        assert out.splitlines()[-2:] == [
            "1 ärende har dokument som ändrats för hand och inte skrivits över; flytta undan "
            "dem för att behålla dem, eller skriv över dem med kommandot på raden nedan:",
            f"cases/{SEEDS[2].name}:1:1: dokumentet output/{SEEDS[2].stem}.md har ändrats för "
            "hand (eller skapades inte av beslut); flytta undan det för att behålla det, eller "
            f"skriv över det med beslut bygg cases/{SEEDS[2].name} --force"]
        assert edited.read_text(encoding="utf-8") == "# rättad för hand\n"
        assert run("build", "-j", "1", "--force")[0] == 0
        assert edited.read_text(encoding="utf-8") != "# rättad för hand\n"

    def it_lists_the_errors_of_a_hand_edited_case_whose_file_changed_and_keeps_it(
        self, archive: Path
    ) -> None:
        run("build", "-j", "1")
        edited = archive / "output" / (SEEDS[2].stem + ".md")
        edited.write_text("# rättad för hand\n", encoding="utf-8")
        case = archive / "cases" / SEEDS[2].name
        case.write_text(case.read_text(encoding="utf-8").replace(
            "belopp: 2 330 883", "belopp: 12,5 %", 1), encoding="utf-8")
        code, out = run("build", "-j", "1")
        assert code == 1  # the case has errors, though its edit kept it from being built
        assert counts(out) == (0, 4, 1, 0)  # left alone: building it waits for the edit
        assert out.splitlines()[-3:] == [
            "1 ärende har dokument som ändrats för hand och inte skrivits över (varav 1 "
            "inaktuellt och 1 med fel att rätta först); flytta undan dem för att behålla dem, "
            "eller skriv över dem med kommandot på raden nedan:",
            f"cases/{SEEDS[2].name}:1:1: dokumentet output/{SEEDS[2].stem}.md har ändrats för "
            "hand (eller skapades inte av beslut), och dokumenten är inaktuella: ärendefilen "
            "har ändrats sedan de byggdes, men byggs inte om så länge det ligger kvar; rätta "
            "först felen nedan och flytta sedan undan det för att behålla det, och kör då "
            f"beslut bygg cases/{SEEDS[2].name}, eller skriv över det med beslut bygg "
            f"cases/{SEEDS[2].name} --force",
            f"cases/{SEEDS[2].name}:65:19: 'belopp': '12,5 %' är inte ett belopp i kronor, "
            'skriv beloppet i hela kronor, t.ex. 2330883 eller "2 330 883"',
        ]
        assert edited.read_text(encoding="utf-8") == "# rättad för hand\n"

    def it_records_hashes_of_inputs_and_outputs_in_the_manifest(self, archive: Path) -> None:
        run("build", "-j", "1")
        manifest = json.loads((archive / "output" / MANIFEST).read_text(encoding="utf-8"))
        entry = manifest["cases"]["002-beslutsunderlag-lansgemensamma-medel-2024"]
        assert entry["source"] == "cases/002-beslutsunderlag-lansgemensamma-medel-2024.yaml"
        assert {"ärende", "beslut", "mall:beslutsunderlag.md.j2", "mall:base.md.j2",
                "mall:partials/table.md.j2"} <= set(entry["inputs"])
        assert "mall:partials/proposal.md.j2" not in entry["inputs"]
        assert any(key.startswith("word:") for key in entry["inputs"])
        assert sorted(entry["outputs"]) == sorted(
            k for k in manifest["files"] if k.startswith("002-"))


class DescribeCheck:
    def it_writes_nothing_and_lists_missing_outputs(self, archive: Path) -> None:
        code, out = run("build", "--check")
        assert code == 1
        assert out.count(".docx saknas; kör beslut bygg\n") == 5
        assert out.splitlines()[-1] == ("5 ärenden kontrollerade: 0 aktuella, 5 saknas, "
                                        "0 inaktuella, 0 ändrade för hand; 0 med fel.")
        assert not (archive / "output").exists()

    def it_names_the_command_that_mends_each_output(self, archive: Path) -> None:
        run("build", "-j", "1", "cases", "-o", "ut dir")
        (archive / "ut dir" / (SEEDS[0].stem + ".md")).write_text("rättad\n", encoding="utf-8")
        case = archive / "cases" / SEEDS[2].name
        case.write_text(case.read_text(encoding="utf-8") + "\n", encoding="utf-8")
        code, out = run("build", "--check", "cases", "-o", "ut dir")
        assert code == 1
        assert (f"cases/{SEEDS[0].name}:1:1: dokumentet ut dir/{SEEDS[0].stem}.md har ändrats "
                "för hand (eller skapades inte av beslut); flytta undan det för att behålla det, "
                f"eller skriv över det med beslut bygg cases/{SEEDS[0].name} -o 'ut dir' --force"
                ) in out.splitlines()
        assert (f"cases/{SEEDS[2].name}:1:1: dokumenten är inaktuella: ärendefilen har ändrats "
                "sedan de byggdes; kör beslut bygg cases -o 'ut dir'") in out.splitlines()
        assert out.splitlines()[-1] == ("5 ärenden kontrollerade: 3 aktuella, 0 saknas, "
                                        "1 inaktuellt, 1 ändrat för hand; 0 med fel.")

    def it_passes_after_a_build_and_lists_stale_and_hand_edited_outputs(
        self, archive: Path
    ) -> None:
        run("build", "-j", "1")
        assert run("build", "--check")[0] == 0
        (archive / "output" / (SEEDS[0].stem + ".docx")).write_bytes(b"ersatt")
        case = archive / "cases" / SEEDS[2].name
        case.write_text(case.read_text(encoding="utf-8") + "\n", encoding="utf-8")
        before = tree(archive / "output")
        code, out = run("build", "--check")
        assert code == 1
        assert f"{SEEDS[0].stem}.docx har ändrats för hand" in out
        assert "dokumenten är inaktuella: ärendefilen har ändrats" in out
        assert tree(archive / "output") == before


class DescribeProvenance:
    def it_puts_the_case_and_hashes_in_the_docx_properties(self, archive: Path) -> None:
        run("build", "-j", "1")
        props = read_properties(archive / "output" / (SEEDS[2].stem + ".docx"))
        assert props[CASE] == f"cases/{SEEDS[2].name}"
        assert len(props[CASE_HASH]) == len(props[TEMPLATES_HASH]) == 64
        assert props[VERSION].startswith("0.1.0+")

    def it_tells_which_case_made_a_docx_and_whether_it_is_current(self, archive: Path) -> None:
        run("build", "-j", "1")
        docx = f"output/{SEEDS[2].stem}.docx"
        code, out = run("ursprung", docx)
        assert code == 0
        assert f"ärende: cases/{SEEDS[2].name}" in out
        assert "aktuellt: ja" in out
        case = archive / "cases" / SEEDS[2].name
        case.write_text(case.read_text(encoding="utf-8") + "\n", encoding="utf-8")
        code, out = run("ursprung", docx)
        assert code == 1
        assert "aktuellt: nej" in out and "har ändrats" in out

    def it_says_when_the_md_beside_a_current_docx_was_edited_by_hand(self, archive: Path) -> None:
        run("build", "-j", "1")
        (archive / "output" / (SEEDS[2].stem + ".md")).write_text("rättad\n", encoding="utf-8")
        code, out = run("ursprung", f"output/{SEEDS[2].stem}.docx")
        assert code == 0  # the .docx itself is current
        assert out.splitlines()[-2:] == [
            "aktuellt: ja, dokumentet motsvarar ärendet och mallarna som de är nu",
            f"obs: ärendets andra dokument output/{SEEDS[2].stem}.md har ändrats för hand (eller "
            "skapades inte av beslut); flytta undan det för att behålla det, eller skriv över det "
            f"med beslut bygg cases/{SEEDS[2].name} -o output --force",
        ]

    def it_says_a_docx_edited_by_hand_was_edited_and_how_to_overwrite_it(
        self, archive: Path
    ) -> None:
        run("build", "-j", "1", "cases", "-o", "ut")
        docx = f"ut/2019/{SEEDS[1].stem}.docx"
        edit_docx(archive / docx)
        code, out = run("ursprung", docx)
        command = f"beslut bygg cases/2019/{SEEDS[1].name} -o ut"
        line = (f"dokumentet {docx} har ändrats för hand (eller skapades inte av beslut); flytta "
                f"undan det för att behålla det, eller skriv över det med {command} --force")
        assert (code, out.splitlines()[-1]) == (1, f"aktuellt: nej, {line}")
        assert f"2019/{SEEDS[1].name}:1:1: {line}" in run("build", "--check", "-o", "ut")[1]
        case = archive / "cases" / "2019" / SEEDS[1].name
        case.write_text(case.read_text(encoding="utf-8") + "\n", encoding="utf-8")
        code, out = run("ursprung", docx)
        assert (code, out.splitlines()[-1]) == (1, (
            f"aktuellt: nej, dokumentet {docx} har ändrats för hand (eller skapades inte av "
            f"beslut), och dokumenten är inaktuella: ärendefilen cases/2019/{SEEDS[1].name} har "
            "ändrats, men byggs inte om så länge det ligger kvar; flytta undan det för att "
            f"behålla det, och kör sedan {command}, eller skriv över det med {command} --force"))
        assert run(*command.split()[1:], "--force")[0] == 0
        assert run("ursprung", docx)[0] == 0

    def it_says_when_the_md_beside_a_docx_is_missing(self, archive: Path) -> None:
        run("build", "-j", "1", "cases", "-o", "ut")
        (archive / "ut" / (SEEDS[2].stem + ".md")).unlink()
        code, out = run("ursprung", f"ut/{SEEDS[2].stem}.docx")
        assert code == 0
        assert out.splitlines()[-1] == (
            f"obs: ärendets andra dokument ut/{SEEDS[2].stem}.md saknas; kör beslut bygg "
            f"cases/{SEEDS[2].name} -o ut")
        assert run("build", "-j", "1", f"cases/{SEEDS[2].name}", "-o", "ut")[0] == 0
        assert "obs:" not in run("ursprung", f"ut/{SEEDS[2].stem}.docx")[1]

    def it_gives_the_command_that_rebuilds_a_stale_document(self, archive: Path) -> None:
        run("build", "-j", "1", "cases", "-o", "ut")
        case = archive / "cases" / SEEDS[2].name
        case.write_text(case.read_text(encoding="utf-8") + "\n", encoding="utf-8")
        code, out = run("ursprung", f"ut/{SEEDS[2].stem}.docx")
        assert (code, out.splitlines()[-1]) == (1, (
            f"aktuellt: nej, ärendefilen cases/{SEEDS[2].name} har ändrats; kör beslut bygg "
            f"cases/{SEEDS[2].name} -o ut"))

    def it_lists_the_errors_of_a_stale_documents_case_to_fix_first(self, archive: Path) -> None:
        run("build", "-j", "1", "cases", "-o", "ut")
        case = archive / "cases" / SEEDS[2].name
        text = case.read_text(encoding="utf-8")
        case.write_text(text.replace("datum: 2024-02-15", "datum: 2024-02-30"), encoding="utf-8")
        code, out = run("ursprung", f"ut/{SEEDS[2].stem}.md")
        assert (code, out.splitlines()[-2:]) == (1, [
            f"aktuellt: nej, ärendefilen cases/{SEEDS[2].name} har ändrats; rätta först felen "
            f"nedan och kör sedan beslut bygg cases/{SEEDS[2].name} -o ut",
            f"cases/{SEEDS[2].name}:9:8: ogiltigt datum '2024-02-30', februari 2024 har 29 "
            "dagar, skriv en dag mellan 01 och 29",
        ])

    def it_says_the_errors_come_first_for_an_edited_stale_document(self, archive: Path) -> None:
        run("build", "-j", "1", "cases", "-o", "ut")
        (archive / "ut" / (SEEDS[2].stem + ".md")).write_text("rättad\n", encoding="utf-8")
        case = archive / "cases" / SEEDS[2].name
        text = case.read_text(encoding="utf-8")
        case.write_text(text.replace("datum: 2024-02-15", "datum: 2024-02-30"), encoding="utf-8")
        command = f"beslut bygg cases/{SEEDS[2].name} -o ut"
        code, out = run("ursprung", f"ut/{SEEDS[2].stem}.md")
        assert (code, out.splitlines()[-2]) == (1, (
            f"aktuellt: nej, dokumentet ut/{SEEDS[2].stem}.md har ändrats för hand (eller "
            "skapades inte av beslut), och dokumenten är inaktuella: ärendefilen "
            f"cases/{SEEDS[2].name} har ändrats, men byggs inte om så länge det ligger kvar; "
            "rätta först felen nedan och flytta sedan undan det för att behålla det, och kör "
            f"då {command}, eller skriv över det med {command} --force"))
        assert out.splitlines()[-1].startswith(f"cases/{SEEDS[2].name}:9:8: ogiltigt datum")

    def it_says_it_cannot_tell_from_a_folder_where_the_case_is_not(
        self, archive: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        run("build", "-j", "1")
        monkeypatch.chdir(archive / "output")
        code, out = run("ursprung", f"{SEEDS[2].stem}.docx")
        assert code == 1
        assert out.splitlines()[-1] == (
            f"aktuellt: kan inte avgöras härifrån, ärendefilen cases/{SEEDS[2].name} finns inte "
            "här; kör beslut ursprung i mappen som arkivet byggdes från")

    def it_says_when_a_docx_has_no_provenance(self, archive: Path) -> None:
        (archive / "x.docx").write_bytes(b"inte en zip")
        code, out = run("ursprung", "x.docx")
        assert code == 1
        assert out == ("x.docx:1:1: dokumentet saknar uppgifter om ursprung: det är inte skapat "
                       "av beslut eller är ingen Word-fil\n")

    def it_says_a_document_made_by_skapa_has_none_and_how_bygg_records_it(
        self, archive: Path
    ) -> None:
        assert run("render", f"cases/{SEEDS[0].name}", "-o", "ut")[0] == 0
        code, out = run("ursprung", f"ut/{SEEDS[0].stem}.docx")
        assert code == 1
        command = f"beslut bygg cases/{SEEDS[0].name} -o ut"
        assert out == (
            f"ut/{SEEDS[0].stem}.docx:1:1: dokumentet är skapat med beslut skapa (eller bevaka), "
            f"som inte skriver in uppgifter om ursprung; det gör beslut bygg: kör {command}, och "
            "lägg till --templates MAPP om du använde egna mallar\n")
        assert run(*command.split()[1:])[0] == 0
        assert run("ursprung", f"ut/{SEEDS[0].stem}.docx")[0] == 0

    def it_gives_the_general_command_when_no_case_here_has_the_documents_name(
        self, archive: Path
    ) -> None:
        assert run("render", f"cases/2019/{SEEDS[1].name}", "-o", "ut")[0] == 0
        out = run("ursprung", f"ut/{SEEDS[1].stem}.docx")[1]
        assert "kör beslut bygg ÄRENDE.yaml -o ut med ärendefilen i stället för ÄRENDE.yaml, " \
            "och lägg till --templates MAPP" in out


class DescribeOriginOfMarkdown:
    """`beslut ursprung` on a .md: the .docx beside it holds the provenance of both."""

    def it_answers_for_the_md_by_the_docx_beside_it_and_says_so(self, archive: Path) -> None:
        run("build", "-j", "1", "cases", "-o", "ut")
        md, docx = f"ut/{SEEDS[2].stem}.md", f"ut/{SEEDS[2].stem}.docx"
        code, out = run("ursprung", md)
        assert (code, out.splitlines()[:2], out.splitlines()[-1]) == (0, [
            f"uppgifterna om ursprung: ur Word-filen bredvid, {docx}, som byggdes tillsammans "
            f"med {md}",
            f"ärende: cases/{SEEDS[2].name}",
        ], "aktuellt: ja, dokumentet motsvarar ärendet och mallarna som de är nu")

    def it_says_an_md_edited_by_hand_was_edited_and_how_to_overwrite_it(
        self, archive: Path
    ) -> None:
        run("build", "-j", "1", "cases", "-o", "ut")
        md = f"ut/{SEEDS[2].stem}.md"
        (archive / md).write_text("rättad\n", encoding="utf-8")
        code, out = run("ursprung", md)
        assert (code, out.splitlines()[-1]) == (1, (
            f"aktuellt: nej, dokumentet {md} har ändrats för hand (eller skapades inte av "
            "beslut); flytta undan det för att behålla det, eller skriv över det med beslut "
            f"bygg cases/{SEEDS[2].name} -o ut --force"))

    def it_notes_the_docx_beside_a_current_md_when_that_was_edited(self, archive: Path) -> None:
        run("build", "-j", "1", "cases", "-o", "ut")
        docx = f"ut/{SEEDS[2].stem}.docx"
        edit_docx(archive / docx)
        code, out = run("ursprung", f"ut/{SEEDS[2].stem}.md")
        assert (code, out.splitlines()[-2:]) == (0, [
            "aktuellt: ja, dokumentet motsvarar ärendet och mallarna som de är nu",
            f"obs: ärendets andra dokument {docx} har ändrats för hand (eller skapades inte av "
            "beslut); flytta undan det för att behålla det, eller skriv över det med beslut "
            f"bygg cases/{SEEDS[2].name} -o ut --force",
        ])

    def it_names_the_docx_to_ask_about_when_none_is_beside_the_md(self, archive: Path) -> None:
        (archive / "x.md").write_text("# Beslut\n", encoding="utf-8")
        code, out = run("ursprung", "x.md")
        assert (code, out) == (1, (
            "x.md:1:1: dokumentet har inga uppgifter om ursprung; beslut ursprung läser dem ur "
            "Word-filen som beslut bygg skriver bredvid det, x.docx, men den finns inte här; "
            "fråga om x.docx där den ligger\n"))

    def it_says_when_the_docx_beside_the_md_is_not_beslut_s(self, archive: Path) -> None:
        (archive / "x.md").write_text("# Beslut\n", encoding="utf-8")
        (archive / "x.docx").write_bytes(b"inte en zip")
        code, out = run("ursprung", "x.md")
        assert (code, out) == (1, (
            "x.md:1:1: dokumentet har inga uppgifter om ursprung; beslut ursprung läser dem ur "
            "Word-filen bredvid, x.docx, men den är inte skapad av beslut eller är ingen "
            "Word-fil\n"))

    def it_says_an_md_made_by_skapa_has_none_and_how_bygg_records_it(
        self, archive: Path
    ) -> None:
        assert run("render", f"cases/{SEEDS[0].name}", "-o", "ut")[0] == 0
        code, out = run("ursprung", f"ut/{SEEDS[0].stem}.md")
        assert (code, out) == (1, (
            f"ut/{SEEDS[0].stem}.md:1:1: dokumentet är skapat med beslut skapa (eller bevaka), "
            "som inte skriver in uppgifter om ursprung; det gör beslut bygg: kör beslut bygg "
            f"cases/{SEEDS[0].name} -o ut, och lägg till --templates MAPP om du använde egna "
            "mallar\n"))


class DescribeShards:
    def it_builds_parts_that_merge_into_the_full_manifest(self, archive: Path) -> None:
        run("build", "-j", "1", "-o", "hela")
        for part in ("1/3", "2/3", "3/3"):
            assert run("build", "-j", "1", "--shard", part, "-o", "delar")[0] == 0
        code, out = run("build", "--merge", "-o", "delar")
        assert code == 0 and "fogade samman 3 delmanifest" in out
        assert tree(archive / "delar") == tree(archive / "hela")
        assert run("build", "--check", "-o", "delar")[0] == 0

    def it_joins_nothing_and_names_the_parts_that_are_missing(self, archive: Path) -> None:
        for part in ("1/3", "3/3"):
            run("build", "-j", "1", "--shard", part, "-o", "delar")
        before = tree(archive / "delar")
        code, out = run("build", "--merge", "-o", "delar")
        build = "beslut bygg cases --shard 2/3 -o delar"
        assert (code, out) == (1, f"delar:1:1: del 2 av 3 saknas här, så inget fogades samman; "
                                  f"bygg den ({build}) eller kopiera in mappen den byggdes i, de "
                                  "dolda filerna med (cp -r MAPP/. delar/), och kör kommandot "
                                  "igen\n")
        assert tree(archive / "delar") == before
        assert run(*build.split()[1:], "-j", "1")[0] == 0
        code, out = run("build", "--merge", "-o", "delar")
        assert (code, out) == (0, "fogade samman 3 delmanifest (del 1, 2 och 3 av 3) i "
                                  "delar/.beslut-manifest.json\n")
        assert run("build", "--check", "-o", "delar")[0] == 0

    def it_names_every_missing_part(self, archive: Path) -> None:
        run("build", "-j", "1", "--shard", "1/3", "-o", "delar")
        code, out = run("build", "--merge", "-o", "delar")
        assert code == 1
        assert out.startswith("delar:1:1: del 2 och 3 av 3 saknas här, så inget fogades samman; "
                              "bygg dem (beslut bygg cases --shard K/3 -o delar) eller kopiera "
                              "in mapparna de byggdes i, ")

    def it_records_a_part_that_has_no_case(self, archive: Path) -> None:
        for part in range(1, 9):  # five cases in eight parts: some parts have none
            assert run("build", "-j", "1", "--shard", f"{part}/8", "-o", "delar")[0] == 0
        assert len(list((archive / "delar").glob(".beslut-manifest.*-av-8.json"))) == 8
        assert run("build", "--merge", "-o", "delar")[0] == 0
        assert run("build", "--check", "-o", "delar")[0] == 0

    def it_refuses_to_build_or_check_before_the_parts_are_merged(self, archive: Path) -> None:
        for part in ("1/2", "2/2"):
            run("build", "-j", "1", "--shard", part, "-o", "delar")
        before = tree(archive / "delar")
        for args in (("--check",), ("-j", "1"), ("-j", "1", "--force")):
            code, out = run("build", *args, "-o", "delar")
            assert code == 1
            assert out.splitlines() == [
                f"delar/.beslut-manifest.{part}-av-2.json:1:1: delarnas manifest är inte "
                "sammanfogade; kör först beslut bygg --merge -o delar" for part in (1, 2)]
        assert tree(archive / "delar") == before
        run("build", "--merge", "-o", "delar")
        assert run("build", "--check", "-o", "delar")[0] == 0

    def it_names_a_missing_part_when_refusing_to_check_before_the_merge(
            self, archive: Path) -> None:
        for part in ("1/3", "3/3"):
            run("build", "-j", "1", "--shard", part, "-o", "delar")
        code, out = run("build", "--check", "-o", "delar")
        assert code == 1
        assert out.splitlines() == [
            f"delar/.beslut-manifest.{part}-av-3.json:1:1: delarnas manifest är inte "
            "sammanfogade och del 2 av 3 saknas här; bygg den (beslut bygg cases --shard 2/3 -o "
            "delar) eller kopiera in mappen den byggdes i, de dolda filerna med (cp -r MAPP/. "
            "delar/), och kör sedan beslut bygg --merge -o delar" for part in (1, 3)]

    def it_says_when_there_is_nothing_to_merge(self, archive: Path) -> None:
        code, out = run("build", "--merge", "-o", "saknas")
        assert (code, out) == (1, "saknas:1:1: utdatamappen finns inte; ange med -o mappen "
                                  "som delarna byggdes i\n")
        (archive / "tom").mkdir()
        code, out = run("build", "--merge", "-o", "tom")
        assert (code, out) == (1, "tom:1:1: det finns inga delmanifest att foga samman; bygg "
                                  "först delarna med beslut bygg --shard K/N -o tom\n")
        assert list((archive / "tom").iterdir()) == []

    @pytest.mark.parametrize("args", [("cases",), ("--shard", "1/2"), ("--check",),
                                      ("--force",), ("--rensa",)])
    def it_refuses_to_merge_and_do_something_else(self, archive: Path,
                                                    args: tuple[str, ...]) -> None:
        code, out = run("build", "--merge", *args)
        assert code == 2
        assert out.endswith("Fel: --merge fogar bara samman delarnas manifest i utdatamappen; "
                            "ange bara -o MAPP, utan ärendemappar, --shard, --check, --force "
                            "och --rensa\n")

    def it_refuses_a_malformed_shard(self, archive: Path) -> None:
        code, out = run("build", "--shard", "4/3")
        assert code == 2
        assert "K/N" in out


class DescribeInputHashes:
    def it_finds_every_template_where_the_renderer_finds_it(self, tmp_path: Path) -> None:
        from generator.batch.inputs import template_loader
        from generator.case.house_style import HouseStyle
        from generator.render.templates import make_environment, search_path

        own = tmp_path / "mallar"
        (own / "partials").mkdir(parents=True)
        (own / "partials" / PROPOSAL.name).write_text("egen\n", encoding="utf-8")
        env = make_environment(search_path([own]), HouseStyle())
        assert env.loader is not None
        names = [n for n in env.loader.list_templates() if n.endswith(".j2")]
        assert "builtin/base.md.j2" in names and "partials/proposal.md.j2" in names
        light = template_loader([own])
        for name in names:
            assert light.get_source(env, name)[:2] == env.loader.get_source(env, name)[:2]


class DescribeOneRun:
    def it_builds_every_case_from_the_templates_whose_hashes_it_records(
        self, archive: Path
    ) -> None:
        from generator.batch.inputs import TEMPLATE
        from generator.batch.recording import RecordingPipeline

        own = archive / "mallar" / "partials"
        own.mkdir(parents=True)
        shutil.copy(PROPOSAL, own / PROPOSAL.name)
        pipeline = RecordingPipeline([archive / "mallar"])
        first, inputs = pipeline.build_recorded(SEEDS[0], "a")
        with (own / PROPOSAL.name).open("a", encoding="utf-8") as handle:
            handle.write("\nÄndrad under körningen.\n")
        again, again_inputs = pipeline.build_recorded(SEEDS[0], "a")
        assert again.files == first.files
        assert again_inputs == inputs
        assert inputs[TEMPLATE + "partials/proposal.md.j2"]
        later, _ = RecordingPipeline([archive / "mallar"]).build_recorded(SEEDS[0], "a")
        assert later.files != first.files  # (a new run takes the changed template)

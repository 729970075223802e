"""File-system faults: every case keeps its old files or gets a whole new pair, never a mix.

Faults are injected by patching `os.write`/`os.replace` (a disk that fills after N bytes, a
rename that fails), by killing a build with SIGKILL between two renames, and, where the
machine allows a private mount namespace, by building onto a small tmpfs that fills up.
"""

from __future__ import annotations

import errno
import importlib.util
import json
import os
import shutil
import signal
import stat
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.output.manifest import MANIFEST

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "cases").glob("00[0-4]-*.yaml"))  # the five seeds
BASE = ROOT / "templates" / "base.md.j2"


def run(*args: str) -> tuple[int, str]:
    """Run `beslut` in-process; return the exit code and the output."""
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def outputs(folder: Path) -> dict[str, bytes]:
    """The documents below the folder by relative path."""
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.suffix in {".md", ".docx"} and p.is_file()}


def leftovers(folder: Path) -> list[str]:
    """Temporary or backup files left below the folder."""
    return [p.name for p in folder.rglob("*") if p.name.endswith((".tmp", ".old"))]


def assert_pairs_complete(folder: Path) -> None:
    """Every case has both documents or neither."""
    stems = {name.rsplit(".", 1)[0] for name in outputs(folder)}
    for stem in stems:
        assert {f"{stem}.md", f"{stem}.docx"} <= set(outputs(folder)), stem


def assert_pairs_consistent(folder: Path) -> None:
    """Every document on disk is the one the manifest records, and pairs are complete."""
    manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    for key, entry in manifest["cases"].items():
        for name, digest in entry["outputs"].items():
            assert manifest["files"][name] == digest, key
    for name, data in outputs(folder).items():
        import hashlib
        assert manifest["files"].get(name) == hashlib.sha256(data).hexdigest(), name
    stems = {name.rsplit(".", 1)[0] for name in outputs(folder)}
    for stem in stems:
        assert {f"{stem}.md", f"{stem}.docx"} <= set(outputs(folder)), stem


@pytest.fixture
def archive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A working folder with the seeds in `cases/` and a copy of the base template."""
    (tmp_path / "cases").mkdir()
    for seed in SEEDS:
        shutil.copy(seed, tmp_path / "cases" / seed.name)
    (tmp_path / "mallar").mkdir()
    shutil.copy(BASE, tmp_path / "mallar" / BASE.name)
    monkeypatch.chdir(tmp_path)
    yield tmp_path


def change_every_document(archive: Path) -> None:
    """Edit the shared base template, so every case must be rebuilt."""
    with (archive / "mallar" / BASE.name).open("a", encoding="utf-8") as handle:
        handle.write("\nTillägg i mallen.\n")


def fail_after(budget: int) -> Callable[[int, Any], int]:
    """An `os.write` that fills the disk after `budget` bytes written to temporary files."""
    real = os.write
    left = [budget]

    def write(fd: int, data: Any) -> int:
        if not os.readlink(f"/proc/self/fd/{fd}").endswith(".tmp"):
            return real(fd, data)
        if left[0] <= 0:
            raise OSError(errno.ENOSPC, "No space left on device")
        written = real(fd, bytes(data)[: left[0]])
        left[0] -= written
        return written

    return write


class DescribeAFullDisk:
    def it_keeps_every_old_pair_when_the_disk_fills(
        self, archive: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        assert run("build", "-j", "1", "--templates", "mallar")[0] == 0
        before = outputs(archive / "output")
        change_every_document(archive)
        monkeypatch.setattr(os, "write", fail_after(60_000))
        code, out = run("build", "-j", "1", "--templates", "mallar")
        monkeypatch.undo()
        assert code == 1
        assert "disken är full" in out and "de tidigare filerna finns kvar" in out
        after = outputs(archive / "output")
        for stem in {name.rsplit(".", 1)[0] for name in before}:
            pair = (f"{stem}.md", f"{stem}.docx")
            changed = [after[n] != before[n] for n in pair]
            assert changed in ([True, True], [False, False]), stem
        assert any(after[n] == before[n] for n in before), "the disk never filled"
        assert leftovers(archive / "output") == []
        assert_pairs_consistent(archive / "output")

    def it_keeps_the_old_pair_when_a_rename_fails(
        self, archive: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        assert run("build", "-j", "1", "--templates", "mallar")[0] == 0
        before = outputs(archive / "output")
        change_every_document(archive)
        real = os.replace

        def replace(src: Any, dst: Any) -> None:
            if str(dst).endswith(".docx"):
                raise OSError(errno.EIO, "Input/output error")
            real(src, dst)

        monkeypatch.setattr(os, "replace", replace)
        code, out = run("build", "-j", "1", "--templates", "mallar")
        monkeypatch.undo()
        assert code == 1
        assert out.count(":1:1: dokumenten kunde inte skrivas") == 5
        assert "läs- eller skrivfel på disken" in out
        assert outputs(archive / "output") == before
        assert leftovers(archive / "output") == []
        assert_pairs_consistent(archive / "output")


KILLER = textwrap.dedent("""
    import os, signal, sys
    real = os.replace
    count, stop = [0], int(sys.argv[1])
    def replace(src, dst):
        real(src, dst)
        if str(dst).endswith((".md", ".docx")):
            count[0] += 1
            if count[0] == stop:
                os.kill(os.getpid(), signal.SIGKILL)
    os.replace = replace
    from generator.cli import main
    sys.argv = ["beslut", "build", "-j", "1", "--templates", "mallar"]
    main()
""")


class DescribeAKilledBuild:
    def it_finishes_the_half_replaced_case_on_the_next_run(self, archive: Path) -> None:
        assert run("build", "-j", "1", "--templates", "mallar")[0] == 0
        before = outputs(archive / "output")
        change_every_document(archive)
        killed = subprocess.run([sys.executable, "-c", KILLER, "3"], cwd=archive,
                                capture_output=True, check=False)
        assert killed.returncode == -signal.SIGKILL
        mixed = outputs(archive / "output")
        assert sum(mixed[n] != before[n] for n in before) == 3  # one case and a half
        code, out = run("build", "--check", "--templates", "mallar")
        assert code == 1
        assert "har ändrats för hand" not in out  # the finished case is in the journal
        code, out = run("build", "-j", "1", "--templates", "mallar")
        assert code == 0, out
        assert "ändrats för hand" not in out
        first = ", ".join(f"cases/{seed.name}" for seed in SEEDS[:3])
        assert (  # (the first task's four cases: their journals were written before any rename)
            "4 ärenden som hann byggas innan ett tidigare bygge avbröts har förts in i "
            f"manifestet ({first} m.fl.)." in out.splitlines())
        assert leftovers(archive / "output") == []
        assert_pairs_consistent(archive / "output")
        assert all(outputs(archive / "output")[n] != before[n] for n in before)
        assert run("build", "--check", "--templates", "mallar")[0] == 0


@pytest.mark.skipif(not hasattr(os, "pidfd_open"), reason="workers cannot watch the build here")
class DescribeABuildKilledBeforeItRecordedAnything:
    def it_says_so_and_what_to_run_and_that_run_records_it(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        write_cases(tmp_path / "arkiv", 200)
        (tmp_path / "mallar").mkdir()
        shutil.copy(BASE, tmp_path / "mallar" / BASE.name)
        build = start_build(tmp_path, "arkiv", "-o", "ut", "-j", "2", "--templates", "mallar")
        build.kill()  # the main process alone: its workers end with it, as they find
        build.communicate(timeout=60)
        assert not (tmp_path / "ut" / MANIFEST).exists()
        from generator.output.runs import unfinished

        for _ in range(300):  # (until the workers have let go of the run)
            if unfinished(tmp_path / "ut", whole=False).cases:
                break
            time.sleep(0.1)
        monkeypatch.chdir(tmp_path)
        message = ("Fel: bygget till ut avbröts innan de byggda ärendena hann föras in i "
                   "manifestet; kör beslut bygg arkiv -o ut --templates mallar igen, så förs de "
                   "in och resten byggs")
        for args in (("--check",), ("-j", "1")):
            code, out = run("build", *args, "-o", "ut")
            assert (code, out.splitlines()[-1]) == (2, message)
        code, out = run("build", "arkiv", "-o", "ut", "-j", "2", "--templates", "mallar")
        assert code == 0, out
        assert_pairs_consistent(tmp_path / "ut")
        assert run("build", "--check", "-o", "ut")[0] == 0


class DescribeFoldersInTheWay:
    def it_reports_an_output_path_that_is_a_device_once_per_case(self, archive: Path) -> None:
        code, out = run("build", "-j", "1", "-o", "/dev/null")
        assert code == 1
        assert out.count(":1:1: utdatamappen /dev/null är ingen mapp") == 5

    def it_reports_an_output_folder_under_a_file(self, archive: Path) -> None:
        (archive / "fil").write_text("x", encoding="utf-8")
        code, out = run("build", "-j", "1", "-o", "fil/ut")
        assert code == 1
        assert "en fil står där en mapp behövs" in out
        assert (archive / "fil").read_text(encoding="utf-8") == "x"

    def it_reports_a_folder_where_a_document_should_go_and_builds_the_rest(
        self, archive: Path
    ) -> None:
        (archive / "output" / (SEEDS[1].stem + ".docx")).mkdir(parents=True)
        code, out = run("build", "-j", "1")
        assert code == 1
        assert "en mapp står i vägen" in out
        assert len(outputs(archive / "output")) == 8

    def it_reports_a_folder_it_may_not_write_in(
        self, archive: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        real = os.open

        def refuse(path: Any, flags: int, mode: int = 0o777, **kwargs: Any) -> int:
            if str(path).endswith(".tmp") and "output" in str(path):
                raise PermissionError(errno.EACCES, "Permission denied")
            return real(path, flags, mode, **kwargs)

        monkeypatch.setattr(os, "open", refuse)
        code, out = run("build", "-j", "1")
        monkeypatch.undo()
        assert code == 1
        assert out.count("behörighet saknas") >= 5
        assert out.count(":1:1: dokumenten kunde inte skrivas") == 5
        assert outputs(archive / "output") == {}

    def it_never_overwrites_a_case_file(self, archive: Path) -> None:
        case = archive / "x.md"
        shutil.copy(SEEDS[2], case)
        (archive / "x.yaml").symlink_to("x.md")  # a case named as one, that is an output
        original = case.read_bytes()
        for extra in ([], ["--force"]):
            code, out = run("render", str(archive / "x.yaml"), "-o", str(archive), *extra)
            assert code == 1
            assert "är en indatafil och skrivs inte över" in out
            code, out = run("render", str(case), "-o", str(archive), *extra)
            assert code == 2
            assert "är ingen ärendefil, ärendefiler slutar på .yaml eller .yml" in out
        assert case.read_bytes() == original


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
class DescribeNamesAndModes:
    def it_skips_a_pipe_named_like_a_case_without_waiting(self, archive: Path) -> None:
        os.mkfifo(archive / "cases" / "ror.yaml")
        signal.alarm(60)
        try:
            code, out = run("build", "-j", "1")
            check_code, check_out = run("check", "cases/ror.yaml")
        finally:
            signal.alarm(0)
        assert code == 0
        assert "cases/ror.yaml:1:1: varning: cases/ror.yaml är ingen vanlig fil" in out
        assert check_code == 1 and "ingen vanlig fil" in check_out

    def it_checks_two_cases_with_one_name_but_renders_neither(self, archive: Path) -> None:
        for folder in ("a", "b"):
            (archive / folder).mkdir()
            shutil.copy(SEEDS[2], archive / folder / "x.yaml")
        assert run("check", "a/x.yaml", "b/x.yaml")[0] == 0
        code, out = run("render", "a/x.yaml", "b/x.yaml", "-o", "ut")
        assert code == 1
        assert "a/x.yaml och b/x.yaml skulle skrivas till samma utdatafiler" in out
        assert not (archive / "ut").exists()

    def it_finds_cases_in_any_letter_case(self, archive: Path) -> None:
        shutil.move(archive / "cases" / SEEDS[0].name, archive / "cases" / "STOR.YAML")
        assert run("build", "-j", "1")[0] == 0
        assert (archive / "output" / "STOR.docx").is_file()

    def it_prints_names_so_that_they_cannot_forge_lines(self, archive: Path) -> None:
        (archive / "cases" / "a\nfalsk.yaml:1:1: allt bra").write_text("x: [", encoding="utf-8")
        (archive / "cases" / "b\n.yaml").write_text("x: [", encoding="utf-8")
        code, out = run("build", "-j", "1")
        assert code == 1
        assert not any(line.startswith(("falsk", ".yaml")) for line in out.splitlines())
        assert "cases/b\\n.yaml:" in out

    @pytest.mark.parametrize("umask", [0o022, 0o027])
    def it_gives_outputs_the_permissions_of_the_umask(self, archive: Path, umask: int) -> None:
        old = os.umask(umask)
        try:
            assert run("build", "-j", "1", "--force")[0] == 0
        finally:
            os.umask(old)
        for path in (archive / "output").glob("*.docx"):
            assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask


FILL = textwrap.dedent("""
    set -e
    mount -t tmpfs -o size=150k tmpfs output
    set +e
    "$PYTHON" -m generator build -j 1 -o output > log.txt 2>&1
    echo $? > rc.txt
    cp -r output kopia
""")


def _can_mount() -> bool:
    """Tell whether a private mount namespace with a tmpfs is possible here."""
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "-rm", "true"], capture_output=True, check=False)
    return probe.returncode == 0


@pytest.mark.skipif(not _can_mount(), reason="no private mount namespace (unshare) here")
class DescribeARealSmallDisk:
    def it_builds_what_fits_and_leaves_no_half_pairs(self, archive: Path) -> None:
        (archive / "output").mkdir()
        env = {**os.environ, "PYTHON": sys.executable}
        subprocess.run(["unshare", "-rm", "sh", "-c", FILL], cwd=archive, env=env, check=True,
                       timeout=300)
        log = (archive / "log.txt").read_text(encoding="utf-8")
        assert (archive / "rc.txt").read_text().strip() == "1", log
        assert "disken är full" in log
        copy = archive / "kopia"
        assert 0 < len(outputs(copy)) < 10
        assert leftovers(copy) == []
        assert_pairs_complete(copy)
        # On a disk with room, the next run records what the full disk kept out of the
        # manifest and builds the rest; nothing is taken for a hand edit.
        code, out = run("build", "-j", "1", "-o", "kopia")
        assert code == 0, out
        assert_pairs_consistent(copy)
        assert len(outputs(copy)) == 10


def write_cases(folder: Path, count: int) -> None:
    """Write `count` cases like seed 002 into the folder (the benchmark's cases)."""
    spec = importlib.util.spec_from_file_location("bench_cases", ROOT / "bench" / "cases.py")
    assert spec is not None and spec.loader is not None
    bench_cases = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench_cases)
    bench_cases.write_cases(folder, count)


def start_build(folder: Path, *args: str) -> subprocess.Popen[bytes]:
    """Start `beslut build` in a process group of its own, as from a terminal (Ctrl-C
    allowed), and return once it has written its first document."""
    build = subprocess.Popen(
        [sys.executable, "-m", "generator", "build", *args], cwd=folder,
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    while not list(folder.rglob("*.docx")):
        assert build.poll() is None, build.communicate()[0]
    return build


def check_in(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run `beslut build --check` in the folder."""
    return subprocess.run([sys.executable, "-m", "generator", "build", "--check", *args],
                          cwd=folder, capture_output=True, text=True, check=False)


STOPPED = "avbrutet; de ärenden som hann byggas är sparade och kvar i manifestet"


class DescribeCtrlC:
    @pytest.mark.parametrize("stop", ["ctrl-c", "sigterm"])
    def it_records_every_case_it_wrote_before_it_ends(self, tmp_path: Path, stop: str) -> None:
        write_cases(tmp_path / "arkiv", 200)
        build = start_build(tmp_path, "arkiv", "-o", "ut", "-j", "2")
        if stop == "ctrl-c":
            os.killpg(build.pid, signal.SIGINT)  # Ctrl-C reaches the whole process group
        else:
            build.terminate()  # SIGTERM to the main process alone (a cancelled CI job, kill)
        out = build.communicate(timeout=120)[0].decode()
        assert build.returncode == 130, out
        assert out.splitlines()[-1] == STOPPED
        assert list((tmp_path / "ut" / ".beslut" / "runs").iterdir()) == []  # no journal left
        assert_pairs_consistent(tmp_path / "ut")  # every document on disk is in the manifest
        built = len(list((tmp_path / "ut").rglob("*.docx")))
        assert 0 < built < 200
        check = check_in(tmp_path, "-o", "ut")
        assert check.returncode == 1, check.stderr
        assert check.stdout.splitlines()[0] == (
            "kontrollerar ärendena i arkiv (enligt manifestet i ut)")
        assert check.stdout.splitlines()[-1] == (
            f"200 ärenden kontrollerade: {built} aktuella, {200 - built} saknas, 0 inaktuella, "
            "0 ändrade för hand; 0 med fel.")

    def it_stops_cleanly_and_the_next_run_takes_every_finished_case(self, tmp_path: Path) -> None:
        write_cases(tmp_path / "cases", 60)
        build = subprocess.Popen(
            [sys.executable, "-m", "generator", "build", "-j", "2"], cwd=tmp_path,
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True,
            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
        while not list((tmp_path / "output").rglob("*.docx")):
            assert build.poll() is None, build.communicate()[0]
        os.killpg(build.pid, signal.SIGINT)  # Ctrl-C reaches the whole process group
        out = build.communicate(timeout=120)[0].decode()
        assert build.returncode in (130, 0), out
        assert "Traceback" not in out
        check = subprocess.run([sys.executable, "-m", "generator", "build", "--check"],
                               cwd=tmp_path, capture_output=True, text=True, check=False)
        assert "har ändrats för hand" not in check.stdout
        again = subprocess.run([sys.executable, "-m", "generator", "build", "-j", "2"],
                               cwd=tmp_path, capture_output=True, text=True, check=False)
        assert again.returncode == 0, again.stdout
        assert leftovers(tmp_path / "output") == []
        assert_pairs_consistent(tmp_path / "output")

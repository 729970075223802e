"""Benchmark `beslut build` on N cases like seed 002 against docxtpl and a plain zip floor.

    python bench/bench.py [-n 1000] [-j 2] [-r 3] [--dir /tmp/beslut-bench]

Prints, in one run: a full build (documents per second, each a .docx and a .md), a no-op
rebuild, `beslut check` of one case from a cold start, the peak memory of the largest
process, the same cases through docxtpl (a Word template filled with the case's figures)
and through a floor that only writes the built .docx files' parts again with `zipfile`,
and the ratios. Each timed figure is the median of `-r` runs, with their range, since a
shared machine is noisy; a round runs the build, docxtpl and the floor back to back, and
each ratio is the median of the rounds' own ratios. docxtpl is needed only here:
`pip install -e '.[bench]'`.
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import statistics
import subprocess
import sys
import time
import zipfile
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from cases import ROOT, SEED, write_cases


def timed(command: Sequence[str]) -> float:
    """Run a command to the end; return the wall time in seconds (fail loudly)."""
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def peak_of_tree(command: Sequence[str]) -> tuple[float, float]:
    """Run a command; return its wall time and the largest peak RSS (MiB) of any process in
    its tree (workers are children of a fork server, so `RUSAGE_CHILDREN` misses them)."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    peaks: dict[int, float] = {}
    while True:
        for pid in _descendants(process.pid):
            peaks[pid] = max(peaks.get(pid, 0.0), _high_water(pid))
        try:  # (a sleep here timed the build in steps of half a second)
            process.wait(timeout=0.5)
            break
        except subprocess.TimeoutExpired:
            continue
    if process.returncode != 0:
        raise SystemExit(f"{command} failed")
    return time.perf_counter() - started, max(peaks.values(), default=0.0)


def _descendants(root: int) -> list[int]:
    """The process and every process below it."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parents[int(entry.name)] = int((entry / "stat").read_text().rsplit(")", 1)[1]
                                               .split()[1])
            except (OSError, IndexError, ValueError):
                continue
    found, frontier = [root], [root]
    while frontier:
        frontier = [pid for pid, parent in parents.items() if parent in frontier]
        found += frontier
    return found


def _high_water(pid: int) -> float:
    """A process's peak resident memory so far, in MiB."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def beslut(*args: str) -> list[str]:
    """The command line of `beslut` in this interpreter."""
    return [sys.executable, "-m", "generator", *args]


# ---------------------------------------------------------------- docxtpl


def make_template(path: Path) -> None:
    """A Word template with the case's title, sections and a table of its insatser."""
    from docx import Document

    document = Document()
    document.add_heading("{{ titel }}", level=1)
    document.add_paragraph("Datum: {{ datum }}   Dnr: {{ dnr }}")
    document.add_paragraph("{%p for avsnitt in sections %}")
    document.add_heading("{{ avsnitt.rubrik }}", level=2)
    document.add_paragraph("{{ avsnitt.text }}")
    document.add_paragraph("{%p endfor %}")
    table = document.add_table(rows=3, cols=2)
    table.style = "Table Grid"
    table.cell(0, 0).text, table.cell(0, 1).text = "Insats", "Belopp"
    table.cell(1, 0).text = "{%tr for rad in rader %}"
    table.cell(2, 0).text, table.cell(2, 1).text = "{{ rad.namn }}", "{{ rad.belopp }}"
    extra = table.add_row()
    extra.cells[0].text = "{%tr endfor %}"
    document.add_paragraph("Summa: {{ summa }}")
    document.save(str(path))


def _context(path: Path) -> dict[str, Any]:
    """The figures docxtpl needs, read with libyaml and summed."""
    case = yaml.load(path.read_bytes(), Loader=yaml.CSafeLoader)
    rows = []
    for area in case["fordelning"]["omraden"]:
        for item in area["insatser"]:
            amount = item.get("belopp")
            if amount is None:
                amount = sum(int(str(p["belopp"]).replace(" ", "")) for p in item["delposter"])
            rows.append({"namn": " ".join(str(item["insats"]).split()),
                         "belopp": f"{int(str(amount).replace(' ', '')):,}".replace(",", " ")})
    total = sum(int(r["belopp"].replace(" ", "")) for r in rows)
    sections = [{"rubrik": s["rubrik"], "text": s.get("text", "")} for s in case["avsnitt"]]
    return {"titel": case["titel"], "datum": str(case["datum"]), "dnr": case["dnr"],
            "sections": sections, "rader": rows, "summa": f"{total:,}".replace(",", " ")}


def _docxtpl_slice(template: str, paths: list[str], out: str) -> None:
    """Render a slice of the cases with docxtpl (in a worker)."""
    from docxtpl import DocxTemplate

    for path in paths:
        document = DocxTemplate(template)
        document.render(_context(Path(path)))
        document.save(str(Path(out) / (Path(path).stem + ".docx")))


def run_docxtpl(cases: list[Path], work: Path, jobs: int) -> float:
    """Time docxtpl over all cases with `jobs` processes."""
    work.mkdir()
    template = work / "mall.docx"
    make_template(template)
    out = work / "docxtpl"
    out.mkdir()
    slices = [[str(p) for p in cases[k::jobs]] for k in range(jobs)]
    started = time.perf_counter()
    with ProcessPoolExecutor(jobs) as pool:
        list(pool.map(_docxtpl_slice, [str(template)] * jobs, slices, [str(out)] * jobs))
    return time.perf_counter() - started


# ---------------------------------------------------------------- floor


def _floor_slice(docx_files: list[str], out: str) -> float:
    """Write the parts of already built documents again with zipfile; time only the writing."""
    loaded = []
    for path in docx_files:
        with zipfile.ZipFile(path) as source:
            parts = [(name, source.read(name)) for name in source.namelist()]
        markdown = Path(path).with_suffix(".md").read_bytes()
        loaded.append((Path(path).name, parts, markdown))
    started = time.perf_counter()
    for name, parts, markdown in loaded:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
            for part, data in parts:
                target.writestr(part, data)
        (Path(out) / name).write_bytes(buffer.getvalue())
        (Path(out) / name).with_suffix(".md").write_bytes(markdown)
    return time.perf_counter() - started


def run_floor(built: Path, out: Path, jobs: int) -> float:
    """Time the floor with `jobs` processes: the slowest worker's writing time."""
    files = sorted(str(p) for p in built.rglob("*.docx"))
    out.mkdir()
    with ProcessPoolExecutor(jobs) as pool:
        return max(pool.map(_floor_slice, [files[k::jobs] for k in range(jobs)], [str(out)] * jobs))


# ---------------------------------------------------------------- main


def main() -> None:
    """Generate the cases, run every measurement and print the figures and ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=1000)
    parser.add_argument("-j", type=int, default=len(os.sched_getaffinity(0)))
    parser.add_argument("-r", "--repeat", type=int, default=3,
                        help="runs of each timed measurement; the median is printed")
    parser.add_argument("--dir", type=Path, default=Path("/tmp/beslut-bench"))
    args = parser.parse_args()
    n, jobs, work, repeat = args.n, args.j, args.dir, args.repeat
    shutil.rmtree(work, ignore_errors=True)
    cases = write_cases(work / "cases", n)

    # One round = a full build, docxtpl and the floor, back to back: this machine's speed
    # drifts by a third within an hour, so each ratio is taken within one round.
    builds, templates, floors = [], [], []
    for k in range(repeat):
        builds.append(peak_of_tree(beslut("build", str(work / "cases"), "-o",
                                          str(work / f"output{k}"), "-j", str(jobs))))
        templates.append(run_docxtpl(cases, work / f"docxtpl{k}", jobs))
        floors.append(run_floor(work / f"output{k}", work / f"golv{k}", jobs))
    full, peak = Figure([t for t, _ in builds]), max(p for _, p in builds)
    template, floor = Figure(templates), Figure(floors)
    out = work / "output0"
    noop = Figure([timed(beslut("build", str(work / "cases"), "-o", str(out), "-j", str(jobs)))
                   for _ in range(repeat)])
    # An installed copy has its bytecode; make sure ours has too (PYTHONDONTWRITEBYTECODE).
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "generator")],
                   check=True, stdout=subprocess.DEVNULL)
    check = Figure([timed(beslut("check", str(SEED))) for _ in range(max(5, repeat))])

    rate, tpl_rate, floor_rate = n / full.median, n / template.median, n / floor.median
    to_floor = Ratio([b / f for (b, _), f in zip(builds, floors, strict=True)])
    to_template = Ratio([b / t for (b, _), t in zip(builds, templates, strict=True)])
    print(f"{n} ärenden som seed 002, {jobs} processer; median av {repeat} körningar (min–max)")
    print(f"  beslut build, fullt bygge   {full}  {rate:6.1f} dokument/s  (mål ≥ 120)")
    print(f"  beslut build, inget ändrat  {noop}                     (mål ≤ 1 s)")
    print(f"  beslut check, ett ärende    {check}  kallstart          (mål ≤ 0,3 s)")
    print(f"  största process, topp       {peak:6.0f} MiB                              (mål ≤ 200)")
    print(f"  docxtpl (bara .docx)        {template}  {tpl_rate:6.1f} dokument/s")
    print(f"  golv (zipfile)              {floor}  {floor_rate:6.1f} dokument/s")
    print(f"  kvoter i samma omgång: golv/beslut {to_floor}  (mål ≤ 2), "
          f"docxtpl/beslut {to_template}")


class Ratio:
    """How many times faster the other command was than beslut, one figure per round,
    shown as median (min–max)."""

    def __init__(self, ratios: list[float]) -> None:
        self.ratios = sorted(ratios)

    def __str__(self) -> str:
        median = statistics.median(self.ratios)
        return f"{median:.2f}× ({self.ratios[0]:.2f}–{self.ratios[-1]:.2f})"


class Figure:
    """Times of one measurement over several runs, shown as median (min–max) seconds."""

    def __init__(self, seconds: list[float]) -> None:
        self.seconds = sorted(seconds)
        self.median = statistics.median(self.seconds)

    def __str__(self) -> str:
        return f"{self.median:6.2f} s ({self.seconds[0]:.2f}–{self.seconds[-1]:.2f})"


if __name__ == "__main__":
    main()

"""`beslut bevaka`: a real save is checked again and reported within half a second."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from generator.build import Pipeline as Session
from generator.cli import main
from generator.snapshot import take
from generator.watch import WatchProbe, cases_in, summary

ROOT = Path(__file__).resolve().parent.parent
CASE = ROOT / "cases" / "002-beslutsunderlag-lansgemensamma-medel-2024.yaml"
LIMIT = 0.5
NBSP = "\u00a0"


class _Watch:
    """`beslut bevaka` running in a thread until it has handled one save (or 15 s passed)."""

    def __init__(self, *args: str) -> None:
        self.probe = WatchProbe()
        self.result: Result | None = None
        argv = ["bevaka", *args, "--omgangar", "1", "--tidsgrans", "15"]
        self.thread = threading.Thread(target=self._run, args=(argv,), daemon=True)
        self.thread.start()
        assert self.probe.ready.wait(15), "bevakningen startade inte"

    def _run(self, argv: list[str]) -> None:
        """Run the command through click's test runner."""
        self.result = CliRunner().invoke(main, argv, obj=self.probe)

    def save(self, path: Path, text: str) -> str:
        """Save the file like an editor does and return everything the command printed."""
        self.saved = time.monotonic()
        path.write_text(text, encoding="utf-8")
        self.thread.join(15)
        assert not self.thread.is_alive() and self.result is not None
        assert self.result.exception is None, self.result.output
        return self.result.output

    def seconds_until(self, ending: str) -> float:
        """Seconds from the save until the line ending so was printed."""
        times = [t for t, line in self.probe.lines if t > self.saved and line.endswith(ending)]
        assert times, self.probe.lines
        return times[0] - self.saved


def test_a_save_with_an_error_prints_the_error_within_half_a_second(tmp_path: Path) -> None:
    case = tmp_path / "fall.yaml"
    text = CASE.read_text(encoding="utf-8")
    case.write_text(text, encoding="utf-8")
    watch = _Watch(str(case), "-o", str(tmp_path / "ut"))
    out = watch.save(case, text.replace("belopp: 4 000 000", "belopp: 4,0", 1))
    lines = out.splitlines()
    assert lines[0].endswith(f"{case}: inga fel, totalt 21{NBSP}724{NBSP}100{NBSP}kr")
    assert lines[1].strip().startswith("dokumenten skrivna: ")
    assert lines[2] == f"Bevakar {case} (avsluta med Ctrl+C)"
    assert "'4,0' är inte ett belopp i kronor" in lines[3]
    assert lines[4].endswith(f"{case}: 1 fel")
    assert len(lines) == 5
    assert watch.seconds_until(f"{case}: 1 fel") < LIMIT


def test_a_clean_save_prints_one_line_with_the_total_and_renders(tmp_path: Path) -> None:
    case = tmp_path / "fall.yaml"
    text = CASE.read_text(encoding="utf-8")
    case.write_text(text.replace("belopp: 4 000 000", "belopp: 4,0", 1), encoding="utf-8")
    out_dir = tmp_path / "ut"
    watch = _Watch(str(tmp_path), "-o", str(out_dir))
    out = watch.save(case, text.replace("4 000 000", "4 000 001", 1))
    summary = f"{case}: inga fel, totalt 21{NBSP}724{NBSP}101{NBSP}kr"
    assert summary in out
    assert out.splitlines()[-1].strip() == (
        f"dokumenten skrivna: {out_dir / 'fall.docx'}, {out_dir / 'fall.md'}")
    assert (out_dir / "fall.docx").is_file() and (out_dir / "fall.md").is_file()
    assert watch.seconds_until(summary) < LIMIT


def test_a_watched_folder_has_the_case_files_a_build_would_find(tmp_path: Path) -> None:
    for name in ("a.yaml", "b.YML", ".dold.yaml", "README.md", "c.yaml.bak"):
        (tmp_path / name).write_text("x: 1\n", encoding="utf-8")
    assert [p.name for p in cases_in(tmp_path)] == ["a.yaml", "b.YML"]


def _case_with_profile(case: Path, profile_id: str) -> None:
    """Write seed 002 at `case`, with its letterhead taken from the profile `profile_id`."""
    text = CASE.read_text(encoding="utf-8")
    start = text.index("avsandare:")
    case.parent.mkdir(parents=True, exist_ok=True)
    case.write_text(text[:start] + f"organisation: {profile_id}\n"
                    + text[text.index("beslutsorgan:"):], encoding="utf-8")


def test_a_saved_local_profile_checks_the_watched_case_again_with_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    profile = tmp_path / "profiler" / "egen" / "profil.yaml"
    profile.parent.mkdir(parents=True)
    profile.write_text("namn: Testkommunen\nrader:\n  - Testkommunen\n", encoding="utf-8")
    case = tmp_path / "arenden" / "fall.yaml"
    _case_with_profile(case, "egen")
    watch = _Watch(str(case), "-o", str(tmp_path / "ut"))
    assert watch.probe.lines[2][1] == f"Bevakar {case} och profiler/ (avsluta med Ctrl+C)"
    out = watch.save(profile, "namn: Lysekils kommun\nrader:\n  - Lysekils kommun\n")
    assert out.count(f"{case}: inga fel") == 2
    assert "Lysekils kommun" in (tmp_path / "ut" / "fall.md").read_text(encoding="utf-8")



def test_a_profile_beside_the_cases_folder_is_watched_from_another_working_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    archive = tmp_path / "arkiv"
    profile = archive / "profiler" / "egen" / "profil.yaml"
    profile.parent.mkdir(parents=True)
    profile.write_text("namn: Testkommunen\nrader:\n  - Testkommunen\n", encoding="utf-8")
    case = archive / "arenden" / "fall.yaml"
    _case_with_profile(case, "egen")
    elsewhere = tmp_path / "annan"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    watch = _Watch(str(case), "-o", str(tmp_path / "ut"))
    assert watch.probe.lines[2][1] == (
        f"Bevakar {case} och {archive / 'profiler'}/ (avsluta med Ctrl+C)")
    out = watch.save(profile, "namn: Lysekils kommun\nrader:\n  - Lysekils kommun\n")
    assert out.count(f"{case}: inga fel") == 2
    assert "Lysekils kommun" in (tmp_path / "ut" / "fall.md").read_text(encoding="utf-8")


def test_a_profile_in_a_subfolder_of_a_watched_folder_checks_the_cases_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "arenden"
    profile = folder / "vast" / "profiler" / "egen" / "profil.yaml"
    profile.parent.mkdir(parents=True)
    profile.write_text("namn: Testkommunen\nrader:\n  - Testkommunen\n", encoding="utf-8")
    case = folder / "vast" / "fall.yaml"
    _case_with_profile(case, "egen")
    watch = _Watch("arenden", "-o", str(tmp_path / "ut"))
    assert watch.probe.lines[2][1] == "Bevakar arenden (avsluta med Ctrl+C)"
    out = watch.save(profile, "namn: Lysekils kommun\nrader:\n  - Lysekils kommun\n")
    assert out.count("fall.yaml: inga fel") == 2
    written = tmp_path / "ut" / "vast" / "fall.md"
    assert "Lysekils kommun" in written.read_text(encoding="utf-8")


TWO_COLUMNS = """\
dokumenttyp: beslutsunderlag
datum: 2024-03-01
dnr: RS 2024/12
titel: Tabeller
avsnitt:
  - tabell: drift
tabeller:
  - namn: drift
    enhet: mnkr
    kolumner:
      - {namn: namnd}
      - {namn: b2025, rubrik: Budget 2025, typ: belopp}
      - {namn: p2026, rubrik: Plan 2026, typ: belopp}
    rader:
      - {namnd: a, b2025: "1 250,5", p2026: "1,7"}
      - {namnd: b, b2025: "2,5", p2026: "- 2,7"}
"""


def test_the_summary_gives_a_tables_totals_in_its_unit_column_by_column(
        tmp_path: Path) -> None:
    case = tmp_path / "fall.yaml"
    case.write_text(TWO_COLUMNS, encoding="utf-8")
    assert summary(take(case, Session())).endswith(
        f"{case}: inga fel, tabellen 'drift' (Budget 2025 1{NBSP}253{NBSP}mnkr, "
        f"Plan 2026 \u22121{NBSP}mnkr)")
    one = TWO_COLUMNS.replace("      - {namn: p2026, rubrik: Plan 2026, typ: belopp}\n", "") \
        .replace(', p2026: "1,7"', "").replace(', p2026: "- 2,7"', "")
    case.write_text(one, encoding="utf-8")
    assert summary(take(case, Session())).endswith(
        f"{case}: inga fel, tabellen 'drift' 1{NBSP}253{NBSP}mnkr")


TEXT_ONLY = """\
dokumenttyp: beslutsunderlag
datum: 2019-02-26
dnr: VN 2019/3
titel: Ärendelista
avsnitt:
  - tabell: arenden
tabeller:
  - namn: arenden
    totalt: false
    kolumner:
      - {namn: paragraf, rubrik: Paragraf}
      - {namn: arende, rubrik: Ärende}
    rader:
      - {paragraf: § 1, arende: Godkännande av föredragningslistan}
      - {paragraf: § 2, arende: Informationer}
"""  # (after Krokoms kommun, Valnämnden 2019-02-26)


def test_a_table_without_amount_columns_has_no_total_in_the_summary(tmp_path: Path) -> None:
    # (trial 24: "tabellen 'arenden' 0 kr" for an ärendelista)
    case = tmp_path / "fall.yaml"
    case.write_text(TEXT_ONLY, encoding="utf-8")
    assert summary(take(case, Session())).endswith(f"{case}: inga fel")


def test_after_a_table_without_amount_columns_the_summary_gives_the_next_tables_total(
        tmp_path: Path) -> None:
    case = tmp_path / "fall.yaml"
    case.write_text(TEXT_ONLY.replace("  - tabell: arenden\n",
                                      "  - tabell: arenden\n  - tabell: drift\n")
                    + TWO_COLUMNS[TWO_COLUMNS.index("  - namn: drift"):], encoding="utf-8")
    assert summary(take(case, Session())).endswith(
        f"{case}: inga fel, tabellen 'drift' (Budget 2025 1{NBSP}253{NBSP}mnkr, "
        f"Plan 2026 \u22121{NBSP}mnkr)")


TAXA = """\
dokumenttyp: tjansteskrivelse
datum: 2021-10-18
dnr: nej
titel: Renhållningsavgifter 2022
avsnitt:
  - rubrik: Brännbart
    tabell: brannbart
tabeller:
  - namn: brannbart
    totalt: false
    kolumner:
      - {namn: storlek, rubrik: Storlek på kärl}
      - {namn: v4, rubrik: Var 4:e vecka, typ: belopp}
      - {namn: v2, rubrik: Varannan vecka, typ: belopp}
    rader:
      - {storlek: 140 liter, v4: 868, v2: 1 735}
      - {storlek: 180 liter, v4: 1 010, v2: 2 019}
      - {storlek: 660 liter, v4: 2 469, v2: 4 937}
"""
"""Trial 81, F9: Boden's avfallstaxa, fees by bin size and interval, without a total."""


def test_a_table_without_a_total_row_shows_its_rows_not_sums(tmp_path: Path) -> None:
    case = tmp_path / "fall.yaml"
    case.write_text(TAXA, encoding="utf-8")
    assert summary(take(case, Session())).endswith(
        f"{case}: inga fel, tabellen 'brannbart' (3 rader, ingen totalrad)")


def test_every_table_without_a_total_row_is_named(tmp_path: Path) -> None:
    """Trial 98, F8: only the first of two tables was named, a table of limits, not the
    decision's own."""
    case = tmp_path / "fall.yaml"
    second = TAXA[TAXA.index("  - namn: brannbart"):].replace("brannbart", "matavfall")
    case.write_text(TAXA.replace("    tabell: brannbart\n", "    tabell: brannbart\n"
                                 "  - rubrik: Matavfall\n    tabell: matavfall\n") + second,
                    encoding="utf-8")
    assert summary(take(case, Session())).endswith(
        f"{case}: inga fel, tabellerna 'brannbart' (3 rader) och 'matavfall' (3 rader), "
        "ingen med totalrad")


def test_a_later_table_with_a_total_row_is_shown_before_one_without(tmp_path: Path) -> None:
    case = tmp_path / "fall.yaml"
    case.write_text(TAXA.replace("    tabell: brannbart\n",
                                 "    tabell: brannbart\n  - tabell: drift\n")
                    + TWO_COLUMNS[TWO_COLUMNS.index("  - namn: drift"):], encoding="utf-8")
    assert summary(take(case, Session())).endswith(
        f"{case}: inga fel, tabellen 'drift' (Budget 2025 1{NBSP}253{NBSP}mnkr, "
        f"Plan 2026 \u22121{NBSP}mnkr)")


def test_a_column_under_a_group_is_named_with_the_groups_heading(tmp_path: Path) -> None:
    # (trial 81, F10: "2005-12-31 74 210 tkr" did not say it was eget kapital)
    case = tmp_path / "fall.yaml"
    case.write_text(TWO_COLUMNS.replace("    kolumner:\n", (
        "    kolumngrupper:\n      - {rubrik: Budget, kolumner: [b2025, p2026]}\n"
        "    kolumner:\n")).replace("rubrik: Budget 2025", 'rubrik: "2025"').replace(
        "rubrik: Plan 2026", 'rubrik: "2026"'), encoding="utf-8")
    assert summary(take(case, Session())).endswith(
        f"{case}: inga fel, tabellen 'drift' (Budget 2025 1{NBSP}253{NBSP}mnkr, "
        f"Budget 2026 \u22121{NBSP}mnkr)")


def test_a_watched_folder_takes_its_subfolders_as_kontrollera_does(tmp_path: Path) -> None:
    for name in ("a.yaml", "2024/b.yaml", "2024/mars/c.yml", ".dold/d.yaml", "2024/e.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x: 1\n", encoding="utf-8")
    assert [p.relative_to(tmp_path).as_posix() for p in cases_in(tmp_path)] == [
        "a.yaml", "2024/b.yaml", "2024/mars/c.yml"]


def test_a_save_in_a_subfolder_is_checked_and_written_in_that_subfolder(tmp_path: Path) -> None:
    case = tmp_path / "arkiv" / "2024" / "fall.yaml"
    case.parent.mkdir(parents=True)
    text = CASE.read_text(encoding="utf-8")
    case.write_text(text, encoding="utf-8")
    out_dir = tmp_path / "ut"
    watch = _Watch(str(tmp_path / "arkiv"), "-o", str(out_dir))
    out = watch.save(case, text.replace("4 000 000", "4 000 001", 1))
    summary = f"{case}: inga fel, totalt 21{NBSP}724{NBSP}101{NBSP}kr"
    assert out.count(f"{case}: inga fel") == 2 and summary in out
    assert out.splitlines()[-1].strip() == (
        f"dokumenten skrivna: {out_dir / '2024' / 'fall.docx'}, {out_dir / '2024' / 'fall.md'}")

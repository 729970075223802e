"""The `beslut` command: output, summary line and exit codes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main

ROOT = Path(__file__).resolve().parent.parent
CASE = ROOT / "cases" / "002-beslutsunderlag-lansgemensamma-medel-2024.yaml"
FIXTURE_002 = ROOT / "tests" / "fixtures" / "seeds" / "002.yaml"


def _run(*args: str) -> tuple[int, str]:
    """Run the command and return its exit code and output."""
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def test_check_of_a_clean_case_exits_0() -> None:
    code, out = _run("check", str(CASE))
    assert (code, out) == (0, "1 fil kontrollerad: inga fel.\n")


def test_check_reports_the_originals_wrong_total_and_exits_1() -> None:
    code, out = _run("check", str(FIXTURE_002))
    assert code == 1
    assert (
        "angiven summa 21\u00a0724\u00a0099\u00a0kr för hela fördelningen stämmer inte med "
        "summan av delarna 21\u00a0724\u00a0100\u00a0kr (den angivna är 1\u00a0kr för låg)"
    ) in out
    assert out.splitlines()[-1].startswith("1 fil kontrollerad: 1 fel")


def test_check_without_files_is_a_usage_error() -> None:
    code, out = _run("check")
    assert code == 2
    assert "ange minst en ärendefil eller en mapp med ärendefiler" in out


def test_check_of_a_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    code, out = _run("check", str(tmp_path / "saknas.yaml"))
    assert code == 2
    assert "finns inte, kontrollera sökvägen" in out


NOT_A_CASE = ("Fel: 'README.md' är ingen ärendefil, ärendefiler slutar på .yaml eller .yml; "
              "ange en sådan fil")


@pytest.mark.parametrize("command, folders_too", [
    (["kontrollera"], True), (["check"], True), (["skapa", "-o", "ut"], True),
    (["bygg", "-o", "ut"], True), (["bygg", "--check", "-o", "ut"], True),
    (["bevaka", "--omgangar", "0"], True), (["visa"], False),
    (["forhandsgranska", "--port", "0"], False),
])
def test_a_file_not_named_as_a_case_is_a_usage_error_and_never_read(
    command: list[str], folders_too: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("README.md").write_text("# hej\n", encoding="utf-8")
    code, out = _run(command[0], "README.md", *command[1:])
    assert code == 2
    assert out.splitlines()[-1] == NOT_A_CASE + (
        " eller en mapp med ärendefiler" if folders_too else "")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["README.md"]


def test_a_folder_with_a_new_profile_checks_its_cases_and_not_the_profile(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert _run("organisationer", "--ny", "digg")[0] == 0
    assert _run("ny", "beslut", "x.yaml", "--organisation", "digg")[0] == 0
    code, out = _run("kontrollera", ".")
    assert code == 0
    # (the new case's '[dnr]', '[nämnd]' and '[befattning]': digg's profile has no organ
    # and says not what kind it is; and the skeleton's '[namn]', trial 61, F4)
    assert out.splitlines()[-1] == "1 fil kontrollerad: 5 varningar i 1 fil."
    assert "profil.yaml" not in out


def test_a_profile_named_as_a_case_is_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert _run("organisationer", "--ny", "digg")[0] == 0
    code, out = _run("kontrollera", "profiler/digg/profil.yaml")
    assert code == 2
    assert out.splitlines()[-1] == (
        "Fel: 'profiler/digg/profil.yaml' är en organisationsprofil och inget ärende; den läses "
        "när ett ärende har 'organisation: digg' (se beslut format --profil)")


def test_case_files_end_in_yaml_or_yml_in_any_letter_case_and_folders_skip_the_rest(
    tmp_path: Path
) -> None:
    shutil.copy(CASE, tmp_path / "a.YML")
    (tmp_path / "README.md").write_text("# hej\n", encoding="utf-8")
    assert _run("kontrollera", str(tmp_path / "a.YML")) == (0, "1 fil kontrollerad: inga fel.\n")
    assert _run("kontrollera", str(tmp_path)) == (0, "1 fil kontrollerad: inga fel.\n")


NO_CASES = ("Fel: inga ärendefiler (.yaml) hittades i de angivna mapparna eller deras "
            "undermappar")


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An archive of two years with a case of one name in each, a case at its top, and what
    is never a case: a hidden folder's case, a hidden case and a README."""
    for year in ("2023", "2024"):
        (tmp_path / "arkiv" / year).mkdir(parents=True)
        shutil.copy(CASE, tmp_path / "arkiv" / year / "x.yaml")
    shutil.copy(CASE, tmp_path / "arkiv" / "topp.YML")
    (tmp_path / "arkiv" / ".gammalt").mkdir()
    shutil.copy(CASE, tmp_path / "arkiv" / ".gammalt" / "y.yaml")
    shutil.copy(CASE, tmp_path / "arkiv" / "2024" / ".dold.yaml")
    (tmp_path / "arkiv" / "2024" / "README.md").write_text("# hej\n", encoding="utf-8")
    (tmp_path / "tomt" / "under").mkdir(parents=True)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_check_of_a_folder_checks_the_cases_in_its_subfolders_too(tree: Path) -> None:
    assert _run("kontrollera", "arkiv") == (0, "3 filer kontrollerade: inga fel.\n")
    (tree / "arkiv" / "2023" / "x.yaml").write_bytes(b"\x00")
    code, out = _run("kontrollera", "arkiv")
    assert (code, out.splitlines()[0]) == (1, "arkiv/2023/x.yaml:1:1: filen är inte en "
                                              "textfil (innehåller binära data), spara "
                                              "ärendet som UTF-8-text")


def test_check_finds_the_cases_of_a_tree_that_bygg_finds(tree: Path) -> None:
    assert _run("kontrollera", "arkiv") == (0, "3 filer kontrollerade: inga fel.\n")
    assert _run("bygg", "arkiv", "-o", "ut", "-j", "1")[0] == 0
    assert sorted(str(p.relative_to("ut")) for p in Path("ut").rglob("*.md")) == [
        "2023/x.md", "2024/x.md", "topp.md"]


def test_render_of_a_folder_writes_each_case_into_its_subfolder_as_bygg_does(tree: Path) -> None:
    code, out = _run("skapa", "arkiv", "-o", "ut")
    assert code == 0
    assert out.splitlines() == ["skrev ut/topp.md", "skrev ut/topp.docx",
                                "skrev ut/2023/x.md", "skrev ut/2023/x.docx",
                                "skrev ut/2024/x.md", "skrev ut/2024/x.docx",
                                "3 filer kontrollerade: inga fel."]
    assert (Path("ut/2023/x.md").read_text(encoding="utf-8")
            == Path("ut/2024/x.md").read_text(encoding="utf-8"))


def test_a_folder_tree_without_cases_is_a_usage_error_as_in_bygg(tree: Path) -> None:
    for command in (["kontrollera"], ["skapa", "-o", "ut"], ["bygg", "-o", "ut"]):
        code, out = _run(*command[:1], "tomt", *command[1:])
        assert (code, out.splitlines()[-1]) == (2, NO_CASES)
    assert not Path("ut").exists()


def test_check_reports_every_file_and_goes_on_after_a_bad_one(tmp_path: Path) -> None:
    bad = tmp_path / "a.yaml"
    bad.write_bytes(b"\x00\x01")
    good = tmp_path / "b.yaml"
    shutil.copy(CASE, good)
    code, out = _run("check", str(tmp_path))
    assert code == 1
    assert out == (
        f"{bad}:1:1: filen är inte en textfil (innehåller binära data), "
        "spara ärendet som UTF-8-text\n"
        "2 filer kontrollerade: 1 fel i 1 fil.\n"
    )


def test_render_writes_docx_and_md(tmp_path: Path) -> None:
    code, out = _run("render", str(CASE), "-o", str(tmp_path))
    assert code == 0
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith(".")) == [
        f"{CASE.stem}.docx", f"{CASE.stem}.md",
    ]
    assert out.splitlines()[-1] == "1 fil kontrollerad: inga fel."


def test_render_of_a_case_with_errors_writes_nothing(tmp_path: Path) -> None:
    out_dir = tmp_path / "ut"
    code, _ = _run("render", str(FIXTURE_002), "-o", str(out_dir))
    assert code == 1
    assert not out_dir.exists() or not any(out_dir.iterdir())


def test_render_refuses_to_overwrite_a_hand_edited_document(tmp_path: Path) -> None:
    _run("render", str(CASE), "-o", str(tmp_path))
    edited = tmp_path / f"{CASE.stem}.md"
    edited.write_text("ändrad för hand\n", encoding="utf-8")
    code, out = _run("render", str(CASE), "-o", str(tmp_path))
    assert code == 1
    assert "har ändrats för hand" in out
    assert edited.read_text(encoding="utf-8") == "ändrad för hand\n"
    code, _ = _run("render", str(CASE), "-o", str(tmp_path), "--force")
    assert code == 0
    assert edited.read_text(encoding="utf-8").startswith(
        "::: brevhuvud\n::: avsandare\nRegion Dalarna")


def test_templates_option_overrides_a_builtin_template(tmp_path: Path) -> None:
    own = tmp_path / "mallar"
    own.mkdir()
    (own / "beslutsunderlag.md.j2").write_text(
        '{% extends "builtin/beslutsunderlag.md.j2" %}\n'
        "{% block before_title %}EGEN MALL{% endblock %}\n",
        encoding="utf-8",
    )
    out_dir = tmp_path / "ut"
    code, _ = _run("render", str(CASE), "-o", str(out_dir), "--templates", str(own))
    assert code == 0
    assert "EGEN MALL" in (out_dir / f"{CASE.stem}.md").read_text(encoding="utf-8")


def _variant(tmp_path: Path, old: str, new: str) -> Path:
    """Copy the sample case with one piece of text replaced."""
    text = CASE.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "fall.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def test_an_unknown_organisation_lists_the_known_ones(tmp_path: Path) -> None:
    case = _variant(tmp_path, "dokumenttyp: beslutsunderlag",
                    "dokumenttyp: beslutsunderlag\norganisation: region-dalarnaa")
    code, out = _run("check", str(case))
    assert code == 1
    assert out.splitlines()[0] == (
        f"{case}:3:15: okänd organisation 'region-dalarnaa', menade du 'region-dalarna'? "
        "Är det en annan organisation, börjar 'beslut organisationer --ny region-dalarnaa' dess "
        "profil. Kända organisationer: exempelby-kommun, norra-sjukvardsregionen, "
        "norrbottens-kommuner, region-dalarna, region-jamtland-harjedalen"
    )


def test_case_text_cannot_reach_python_internals(tmp_path: Path) -> None:
    case = _variant(tmp_path, "om {{ summa }}.", "om {{ ''.__class__.__mro__ }}.")
    code, out = _run("render", str(case), "-o", str(tmp_path / "ut"))
    assert code == 1
    assert "texten försöker nå något som inte är tillåtet" in out
    assert not (tmp_path / "ut").exists()


def test_case_text_cannot_loop_without_bound(tmp_path: Path) -> None:
    case = _variant(tmp_path, "om {{ summa }}.",
                    "om {% for i in range(999999999) %}{{ i }}{% endfor %}.")
    code, out = _run("check", str(case))
    assert code == 1
    assert "inte loopar ({% for %})" in out


def test_format_prints_the_case_reference_an_installed_copy_has_no_docs_for() -> None:
    code, output = _run("format")
    assert code == 0
    assert output == (ROOT / "docs" / "arendeformat.md").read_text(encoding="utf-8")


def test_format_with_profil_prints_the_profile_reference() -> None:
    code, output = _run("format", "--profil")
    assert code == 0
    assert output == (ROOT / "docs" / "profil.md").read_text(encoding="utf-8")


def test_format_with_handbok_prints_the_secretaries_handbook() -> None:
    code, output = _run("format", "--handbok")
    assert code == 0
    assert output == (ROOT / "docs" / "handbok.md").read_text(encoding="utf-8")


def test_format_shows_one_thing_at_a_time() -> None:
    code, output = _run("format", "--profil", "--handbok")
    assert code == 2
    assert output.splitlines()[-1] == (
        "Fel: --profil och --handbok går inte att kombinera; välj en av dem")


def test_the_help_names_the_handbook() -> None:
    code, output = _run("--help")
    assert code == 0
    assert "'beslut format --handbok'" in " ".join(output.split())


def test_the_help_of_bygg_gives_its_exit_codes() -> None:
    code, output = _run("bygg", "--help")
    assert code == 0
    assert ("Slutkod: 0 när varje ärende byggdes eller var oförändrat, 1 när ett ärende "
            "misslyckades eller har fel, 3 när inget misslyckades men dokument som ändrats för "
            "hand inte skrevs över, 2 vid fel i kommandot; med --check 1 när något dokument "
            "inte är aktuellt eller ett ärende har fel.") in " ".join(output.split())


def test_the_help_of_ursprung_says_a_md_is_told_by_the_docx_beside_it() -> None:
    code, output = _run("ursprung", "--help")
    assert code == 0
    assert ("Uppgifterna står i Word-filen; för en .md-fil läses de ur Word-filen bredvid."
            in " ".join(output.split()))

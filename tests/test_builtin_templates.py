"""`beslut mallar`: the built-in templates, a line on each, and copies of them to change."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.builtin_templates import DESCRIPTIONS, builtin_templates
from generator.cli import main
from generator.resources import templates_dir

ON_DUTY = "partials/on_duty.md.j2"


def run(*args: str) -> tuple[int, str]:
    """Run `beslut` in-process; return the exit code and the output."""
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty working folder."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


class DescribeTheList:
    def it_has_a_line_on_every_built_in_template_and_no_other(self) -> None:
        assert sorted(DESCRIPTIONS) == builtin_templates()

    def it_prints_each_with_its_line_then_where_they_are_and_how_to_copy_them(self) -> None:
        code, out = run("mallar")
        assert code == 0, out
        lines = out.splitlines()
        assert lines[len(DESCRIPTIONS) - 1].startswith("tjansteskrivelse.md.j2 ")
        assert (f"{ON_DUTY}           \"I tjänsten\" (vem som undertecknar en "
                "tjänsteskrivelse) och \"Handläggare\"") in lines
        assert ("partials/extract_to.md.j2        \"Utdrag till\" (vilka som får beslutet), "
                "efter underskrifterna") in lines
        assert lines[len(DESCRIPTIONS) + 1] == (
            f"De inbyggda mallarna finns i {templates_dir()}. Kopiera dem till en egen mapp med "
            "'beslut mallar --kopiera MAPP' (eller en: 'beslut mallar partials/on_duty.md.j2 "
            "--kopiera MAPP'), ändra dem där och bygg med --templates MAPP. Dokumenttypernas "
            "mallar ärver base.md.j2: orden står i partials/, t.ex. beslutets i "
            "partials/decision.md.j2.")  # (trial 20 copied beslut_per_capsulam.md.j2: one line)

    def it_ends_with_the_case_key_each_field_a_template_reads_shows(self) -> None:
        lines = run("mallar")[1].splitlines()
        assert lines[len(DESCRIPTIONS) + 3] == (
            "Mallarna läser ärendets uppgifter med engelska namn (mallens namn = ärendets "
            "nyckel):")
        assert lines[-2:] == [
            "  doc.on_duty: i_tjansten; name = namn, title = titel",
            "  officer (i doc.case_officers): handlaggare; name = namn, title = titel, "
            "phone = telefon, email = epost"]
        assert ("  s (i doc.signatories): undertecknare; place = ort, date = datum, name = namn, "
                "title = titel, organisation = organisation, date_line = datum, "
                "date_in_words = datumform, party_above = organisation") in lines

    def it_answers_to_its_english_name(self) -> None:
        assert run("templates") == run("mallar")


class DescribeCopying:
    def it_copies_every_template_and_says_how_to_build_with_them(self, here: Path) -> None:
        code, out = run("mallar", "--kopiera", "mallar")
        assert (code, out.splitlines()) == (0, [
            f"kopierade {len(DESCRIPTIONS)} mallar till mallar; ändra dem där och bygg med "
            "beslut bygg --templates mallar (ta bort de mallar du inte ändrar, så följer de med "
            "när beslut uppdateras)"])
        assert sorted(p.relative_to(here / "mallar").as_posix()
                      for p in (here / "mallar").rglob("*") if p.is_file()) == sorted(DESCRIPTIONS)

    def it_copies_one_template_at_its_name_below_the_folder(self, here: Path) -> None:
        code, out = run("mallar", ON_DUTY, "--copy", "egna")
        assert (code, out.splitlines()) == (0, [
            "kopierade 1 mall till egna; ändra den där och bygg med beslut bygg --templates egna "
            "(ta bort den om du inte ändrar den, så följer den med när beslut uppdateras)"])
        assert (here / "egna" / ON_DUTY).read_bytes() == (templates_dir() / ON_DUTY).read_bytes()

    def it_never_overwrites_an_existing_file_and_says_so(self, here: Path) -> None:
        (here / "egna" / "partials").mkdir(parents=True)
        (here / "egna" / ON_DUTY).write_text("min egen\n", encoding="utf-8")
        code, out = run("mallar", ON_DUTY, "--kopiera", "egna")
        assert (code, out.splitlines()) == (1, [
            f"egna/{ON_DUTY}:1:1: varning: filen finns redan och skrevs inte över, flytta undan "
            "den om du vill ha en ny kopia av den inbyggda mallen"])
        assert (here / "egna" / ON_DUTY).read_text(encoding="utf-8") == "min egen\n"

    def it_copies_the_rest_when_some_exist(self, here: Path) -> None:
        (here / "egna" / "partials").mkdir(parents=True)
        (here / "egna" / ON_DUTY).write_text("min egen\n", encoding="utf-8")
        code, out = run("mallar", "--kopiera", "egna")
        assert code == 0
        assert out.splitlines()[1].startswith(
            f"kopierade {len(DESCRIPTIONS) - 1} mallar till egna;")

    def it_names_the_template_meant_by_a_bare_file_name(self, here: Path) -> None:
        code, out = run("mallar", "on_duty.md.j2", "--kopiera", "egna")
        assert code == 2
        assert out.splitlines()[-1] == (
            "Fel: 'on_duty.md.j2' är ingen inbyggd mall, menade du 'partials/on_duty.md.j2'?")
        assert not (here / "egna").exists()

    def it_points_to_the_list_for_an_unknown_name(self, here: Path) -> None:
        code, out = run("mallar", "kallelse.md.j2", "--kopiera", "egna")
        assert (code, out.splitlines()[-1]) == (
            2, "Fel: 'kallelse.md.j2' är ingen inbyggd mall, beslut mallar visar de inbyggda "
            "mallarna")

    def it_asks_for_the_folder_when_names_are_given_without_it(self, here: Path) -> None:
        code, out = run("mallar", ON_DUTY)
        assert (code, out.splitlines()[-1]) == (
            2, f"Fel: ange mappen att kopiera mallarna till med --kopiera MAPP, t.ex. beslut "
            f"mallar {ON_DUTY} --kopiera mallar")

    def it_builds_with_the_copy_as_with_the_built_in_templates(self, here: Path) -> None:
        case = sorted((Path(__file__).resolve().parent.parent / "cases").glob("002-*.yaml"))[0]
        (here / "arkiv").mkdir()
        (here / "arkiv" / case.name).write_bytes(case.read_bytes())
        assert run("mallar", "--kopiera", "mallar")[0] == 0
        assert run("bygg", "arkiv", "-o", "inbyggda", "-j", "1")[0] == 0
        assert run("bygg", "arkiv", "-o", "kopia", "--templates", "mallar", "-j", "1")[0] == 0
        name = case.with_suffix(".md").name
        assert (here / "kopia" / name).read_bytes() == (here / "inbyggda" / name).read_bytes()

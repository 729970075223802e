"""An organisation's own profiles in `./profiler`: every command finds them, a local one
replaces a bundled one of the same id, `beslut bygg` rebuilds when one changes, and
`beslut organisationer` lists them, says where it looks and starts one, empty or copied."""

from __future__ import annotations

import datetime
import errno
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.case.house_style import HouseStyle
from generator.case.profiles import HouseStyleOptions, read_profile
from generator.cli import main
from generator.organisations import organisations, profile_skeleton
from generator.resources import profiles_dir, templates_dir
from generator.snapshot import new_session, take

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "cases" / "000-beslut-per-capsulam-overskjutande-medel-2022.yaml"
LYSEKIL = "namn: Lysekils kommun\nrader:\n  - Lysekils kommun\n  - Kommunstyrelsen\n"
BUNDLED = ("exempelby-kommun, norra-sjukvardsregionen, norrbottens-kommuner, region-dalarna, "
           "region-jamtland-harjedalen")


def run(*args: str) -> tuple[int, str]:
    """Run `beslut` in-process; return the exit code and the output."""
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def local_profile(id: str, text: str) -> Path:
    """Write `profiler/<id>/profil.yaml` in the working folder."""
    folder = Path("profiler") / id
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "profil.yaml").write_text(text, encoding="utf-8")
    return folder


def seed_case(organisation: str, name: str = "fall.yaml") -> Path:
    """The seed case with another organisation, in the working folder (no own header lines)."""
    text = SEED.read_text(encoding="utf-8").replace(
        "organisation: region-dalarna", f"organisation: {organisation}", 1)
    if organisation != "region-dalarna":  # its Dnr pattern is Region Dalarna's
        text = text.replace("dnr: HSN 2022/1180", "dnr: KS 2022/1180", 1)
    path = Path(name)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty working folder."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


class DescribeEveryCommand:
    def it_checks_a_case_with_a_local_profile(self, here: Path) -> None:
        local_profile("lysekils-kommun", LYSEKIL)
        code, out = run("kontrollera", str(seed_case("lysekils-kommun")))
        assert code == 0, out
        assert "okänd organisation" not in out

    def it_renders_the_local_profiles_header(self, here: Path) -> None:
        local_profile("lysekils-kommun", LYSEKIL)
        code, out = run("skapa", str(seed_case("lysekils-kommun")), "-o", "ut")
        assert code == 0, out
        assert "Lysekils kommun" in (here / "ut" / "fall.md").read_text(encoding="utf-8")

    def it_shows_a_case_with_a_local_profile(self, here: Path) -> None:
        local_profile("lysekils-kommun", LYSEKIL)
        code, out = run("visa", str(seed_case("lysekils-kommun")))
        assert code == 0, out
        assert "okänd organisation" not in out

    def it_starts_a_case_with_a_local_profile(self, here: Path) -> None:
        local_profile("lysekils-kommun", LYSEKIL)
        code, out = run("ny", "beslut", "x.yaml", "--organisation", "lysekils-kommun")
        assert code == 0, out
        assert "organisation: lysekils-kommun" in (here / "x.yaml").read_text(encoding="utf-8")
        assert run("kontrollera", "x.yaml")[0] == 0

    def it_watches_and_previews_a_case_with_a_local_profile(self, here: Path) -> None:
        local_profile("lysekils-kommun", LYSEKIL)
        snapshot = take(seed_case("lysekils-kommun"), new_session(), render=True)
        assert snapshot.problems == ()
        assert snapshot.markdown is not None and "Lysekils kommun" in snapshot.markdown

    def it_tells_ursprung_a_document_is_stale_after_its_local_profile_changed(
            self, here: Path) -> None:
        local_profile("lysekils-kommun", LYSEKIL)
        seed_case("lysekils-kommun", "cases/fall.yaml")
        assert run("bygg", "-o", "ut", "-j", "1")[0] == 0
        assert "aktuellt: ja" in run("ursprung", "ut/fall.docx")[1]
        local_profile("lysekils-kommun", LYSEKIL.replace("namn: Lysekils kommun", "namn: L"))
        code, out = run("ursprung", "ut/fall.docx")
        assert code == 1
        assert "aktuellt: nej, organisationsprofilen lysekils-kommun har ändrats" in out

    def it_builds_a_folder_of_cases_with_a_local_profile(self, here: Path) -> None:
        local_profile("lysekils-kommun", LYSEKIL)
        seed_case("lysekils-kommun", "cases/fall.yaml")
        code, out = run("bygg", "-o", "ut", "-j", "1")
        assert code == 0, out
        assert "Lysekils kommun" in (here / "ut" / "fall.md").read_text(encoding="utf-8")

    def it_reads_no_profile_folder_but_profiler(self, here: Path) -> None:
        (here / "profiles" / "lysekils-kommun").mkdir(parents=True)
        (here / "profiles" / "lysekils-kommun" / "profil.yaml").write_text(LYSEKIL, "utf-8")
        case = seed_case("lysekils-kommun")
        code, out = run("kontrollera", str(case))
        assert code == 1
        assert out.splitlines()[0] == (
            "fall.yaml:3:15: okänd organisation 'lysekils-kommun', lägg organisationens profil "
            f"i profiler/lysekils-kommun/profil.yaml (letade i {here / 'profiler'}, "
            f"{here.parent / 'profiler'} och bland de inbyggda; 'beslut organisationer "
            "--ny lysekils-kommun' börjar en). "
            "Kända "
            f"organisationer: {BUNDLED}")


class DescribeAnUnknownOrganisation:
    def it_says_where_the_profile_goes_when_starting_a_case(self, here: Path) -> None:
        code, out = run("ny", "beslut", "x.yaml", "--organisation", "lysekils-kommun")
        assert code == 2
        assert out.splitlines()[-1] == (
            "Fel: okänd organisation 'lysekils-kommun', lägg organisationens profil i "
            f"profiler/lysekils-kommun/profil.yaml (letade i {here / 'profiler'}, "
            f"{here.parent / 'profiler'} och bland de inbyggda; 'beslut organisationer "
            "--ny lysekils-kommun' börjar en). "
            "Kända "
            f"organisationer: {BUNDLED}")

    def it_asks_for_the_folders_name_when_given_a_path(self, here: Path) -> None:
        code, out = run("ny", "beslut", "x.yaml", "--organisation", "./profiles/lysekils-kommun")
        assert code == 2
        assert out.splitlines()[-1] == (
            "Fel: okänd organisation './profiles/lysekils-kommun', skriv bara profilmappens namn "
            "'lysekils-kommun' och lägg organisationens profil i "
            f"profiler/lysekils-kommun/profil.yaml (letade i {here / 'profiler'}, "
            f"{here.parent / 'profiler'} och bland de inbyggda; 'beslut organisationer "
            "--ny lysekils-kommun' börjar en). "
            "Kända "
            f"organisationer: {BUNDLED}")


class DescribeAProfileNextToTheCase:
    """Trial 64, F5: `kontrollera` run inside the cases' folder found no profile beside it."""

    def it_is_found_in_the_cases_own_folder(self, here: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
        local_profile("lysekils-kommun", LYSEKIL)
        seed_case("lysekils-kommun", "arenden/fall.yaml")
        shutil.move(here / "profiler", here / "arenden" / "profiler")
        (here / "arenden" / "under").mkdir()
        monkeypatch.chdir(here / "arenden" / "under")
        code, out = run("kontrollera", "../fall.yaml")
        assert (code, out) == (0, "1 fil kontrollerad: inga fel.\n")

    def it_is_found_in_the_folder_above_the_case(self, here: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
        local_profile("lysekils-kommun", LYSEKIL)
        seed_case("lysekils-kommun", "arenden/fall.yaml")
        monkeypatch.chdir(here / "arenden")
        code, out = run("skapa", "fall.yaml", "-o", "ut")
        assert code == 0, out
        assert "Lysekils kommun" in (here / "arenden" / "ut" / "fall.md").read_text("utf-8")

    def it_gives_way_to_one_in_the_working_folder(self, here: Path) -> None:
        local_profile("lysekils-kommun", LYSEKIL.replace("namn: Lysekils kommun", "namn: Här"))
        seed_case("lysekils-kommun", "arenden/fall.yaml")
        (here / "arenden" / "profiler").mkdir()
        shutil.copytree(here / "profiler" / "lysekils-kommun",
                        here / "arenden" / "profiler" / "lysekils-kommun")
        local_profile("lysekils-kommun", LYSEKIL)
        assert run("skapa", "arenden/fall.yaml", "-o", "ut")[0] == 0
        assert "Lysekils kommun" in (here / "ut" / "fall.md").read_text("utf-8")

    def it_names_every_folder_looked_in_when_not_found(self, here: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
        seed_case("lysekils-kommun", "arenden/fall.yaml")
        (here / "bredvid").mkdir()
        monkeypatch.chdir(here / "bredvid")
        code, out = run("kontrollera", "../arenden/fall.yaml")
        assert code == 1
        assert out.splitlines()[0] == (
            "../arenden/fall.yaml:3:15: okänd organisation 'lysekils-kommun', lägg "
            "organisationens profil i profiler/lysekils-kommun/profil.yaml (letade i "
            f"{here / 'bredvid' / 'profiler'}, {here / 'arenden' / 'profiler'}, "
            f"{here / 'profiler'} och bland de inbyggda; 'beslut organisationer "
            "--ny lysekils-kommun' börjar en). "
            "Kända "
            f"organisationer: {BUNDLED}")

    def it_says_where_to_run_from_when_the_profile_is_above_the_working_folder(
            self, here: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        # (trial 93, F18: an archive's case checked from a folder under its profiles)
        local_profile("lysekils-kommun", LYSEKIL)
        seed_case("lysekils-kommun", "arkiv/2020/sn/fall.yaml")
        monkeypatch.chdir(here / "arkiv" / "2020")
        code, out = run("kontrollera", "sn/fall.yaml")
        assert code == 1
        assert out.splitlines()[0] == (
            "sn/fall.yaml:3:15: okänd organisation 'lysekils-kommun': profilen finns i "
            f"{here / 'profiler' / 'lysekils-kommun'}, men profiler läses bara i mappen du "
            "står i, bredvid ärendet och i mapparna mellan dem; kör kommandot från "
            f"{here}")


class DescribeALocalProfileWithABundledId:
    def it_replaces_the_bundled_one(self, here: Path) -> None:
        local_profile("region-dalarna", "namn: Region Dalarna lokalt\nrader:\n  - RD\n")
        code, out = run("skapa", str(seed_case("region-dalarna")), "-o", "ut")
        assert code == 0, out
        assert "Region Dalarna lokalt" in (here / "ut" / "fall.md").read_text(encoding="utf-8")

    def it_is_said_so_by_organisationer(self, here: Path) -> None:
        local_profile("region-dalarna", "namn: Region Dalarna lokalt\nrader:\n  - RD\n")
        code, out = run("organisationer")
        assert code == 0
        assert ("region-dalarna                Region Dalarna lokalt "
                "(profiler/region-dalarna, ersätter den inbyggda)") in out.splitlines()


class DescribeBygg:
    def it_rebuilds_the_cases_using_a_local_profile_when_it_changes(self, here: Path) -> None:
        local_profile("lysekils-kommun", LYSEKIL)
        seed_case("lysekils-kommun", "cases/fall.yaml")
        seed_case("region-dalarna", "cases/annat.yaml")
        assert run("bygg", "-o", "ut", "-j", "1")[0] == 0
        assert run("bygg", "--check", "-o", "ut")[0] == 0
        local_profile("lysekils-kommun", LYSEKIL.replace("namn: Lysekils kommun", "namn: Lysekil"))
        code, out = run("bygg", "--check", "-o", "ut")
        assert code == 1
        assert out.splitlines() == [
            "cases/fall.yaml:1:1: dokumenten är inaktuella: organisationsprofilen "
            "lysekils-kommun har ändrats sedan de byggdes; kör beslut bygg -o ut",
            "2 ärenden kontrollerade: 1 aktuellt, 0 saknas, 1 inaktuellt, 0 ändrade för hand; "
            "0 med fel."]
        assert run("bygg", "-o", "ut", "-j", "1")[0] == 0
        assert "\nLysekil  \n" in (here / "ut" / "fall.md").read_text(encoding="utf-8")

    def it_rebuilds_a_case_when_a_local_profile_starts_replacing_a_bundled_one(
            self, here: Path) -> None:
        seed_case("region-dalarna", "cases/fall.yaml")
        assert run("bygg", "-o", "ut", "-j", "1")[0] == 0
        local_profile("region-dalarna", "namn: Region Dalarna lokalt\nrader:\n  - RD\n")
        code, out = run("bygg", "--check", "-o", "ut")
        assert code == 1
        assert "organisationsprofilen region-dalarna har ändrats" in out
        assert run("bygg", "-o", "ut", "-j", "1")[0] == 0
        assert "Region Dalarna lokalt" in (here / "ut" / "fall.md").read_text(encoding="utf-8")

    def it_rebuilds_a_case_when_a_profile_next_to_it_starts_replacing_a_bundled_one(
            self, here: Path) -> None:
        # (trial 64, F5: profiles are found next to the case too, so one put there later
        # makes the case's documents stale as one put in ./profiler does)
        seed_case("region-dalarna", "cases/fall.yaml")
        seed_case("region-dalarna", "annat.yaml")
        assert run("bygg", "cases", "annat.yaml", "-o", "ut", "-j", "1")[0] == 0
        folder = here / "cases" / "profiler" / "region-dalarna"
        folder.mkdir(parents=True)
        (folder / "profil.yaml").write_text("namn: Region Dalarna i cases\nrader:\n  - RD\n",
                                            encoding="utf-8")
        code, out = run("bygg", "cases", "annat.yaml", "--check", "-o", "ut")
        assert code == 1
        assert out.splitlines()[0] == (
            "cases/fall.yaml:1:1: dokumenten är inaktuella: organisationsprofilen "
            "region-dalarna har ändrats sedan de byggdes; kör beslut bygg cases annat.yaml -o ut")
        assert "annat.yaml" not in out.splitlines()[1]
        assert run("bygg", "cases", "annat.yaml", "-o", "ut", "-j", "1")[0] == 0
        assert "Region Dalarna i cases" in (here / "ut" / "fall.md").read_text(encoding="utf-8")


class DescribeOrganisationer:
    def it_lists_the_bundled_profiles_and_says_where_it_looks(self, here: Path) -> None:
        code, out = run("organisationer")
        assert code == 0
        lines = out.splitlines()
        assert "region-dalarna                Region Dalarna" in lines
        assert lines[0] == ("exempelby-kommun              Exempelby kommun (påhittad, att "
                            "prova med)")
        assert lines[-1] == (
            "Egna profiler läses från profiler/<namn>/profil.yaml i den här mappen, sedan från "
            "profiler/ bredvid ärendefilen och i mappen ovanför den, före de inbyggda (en egen "
            "med samma namn ersätter den inbyggda). De inbyggda finns i "
            f"{profiles_dir()}; exempelby-kommun är en påhittad kommun att prova med. Börja en "
            "egen med 'beslut organisationer --ny <namn>' och fyll i den (se beslut format "
            "--profil): med en kommuns eller regions namn, som lysekils-kommun eller "
            "region-vasterbotten, får den namnet och kommunens eller regionens ord. Eller utgå "
            "från en inbyggd med 'beslut organisationer --kopiera region-dalarna <namn>'.")

    def it_says_a_local_profile_of_the_made_up_kommuns_id_is_no_example(
            self, here: Path) -> None:
        local_profile("exempelby-kommun", LYSEKIL)
        assert run("organisationer")[1].splitlines()[0] == (
            "exempelby-kommun              Lysekils kommun (profiler/exempelby-kommun, ersätter "
            "den inbyggda)")

    def it_lists_a_local_profile_with_its_folder(self, here: Path) -> None:
        local_profile("lysekils-kommun", LYSEKIL)
        lines = run("organisationer")[1].splitlines()
        assert lines[1] == ("lysekils-kommun               Lysekils kommun "
                            "(profiler/lysekils-kommun)")

    def it_lists_a_broken_local_profile_with_its_problems(self, here: Path) -> None:
        local_profile("lysekils-kommun", "namn: Lysekils kommun\n")
        lines = run("organisationer")[1].splitlines()
        assert lines[1:3] == [
            "lysekils-kommun               har fel (profiler/lysekils-kommun):",
            "  profiler/lysekils-kommun/profil.yaml:1:1: nyckeln 'rader' saknas, lägg till den"]

    def it_copies_a_bundled_profile_to_start_from(self, here: Path) -> None:
        code, out = run("organisationer", "--kopiera", "region-dalarna", "lysekils-kommun")
        assert code == 0, out
        assert out.splitlines() == [
            "skrev profiler/lysekils-kommun; ändra namn, slag, rader, organ, forkortningar, "
            "dnr_monster och dnr_exempel i profiler/lysekils-kommun/profil.yaml (se beslut "
            "format --profil)",
            "OBS: 19 förkortningar från Region Dalarna följde med och skrivs ut i era texter "
            "('LCHNV' blir 'Länschefsnätverket (LCHNV)' första gången). Ta bort dem som inte "
            "är era egna i profiler/lysekils-kommun/profil.yaml (under forkortningar och "
            "organ)."]
        copied = (here / "profiler" / "lysekils-kommun" / "profil.yaml").read_text("utf-8")
        assert copied.startswith(
            "# Kopia av profilen region-dalarna (Region Dalarna). Ändra till din "
            "organisations:\n# namn, slag, rader, organ, forkortningar, dnr_monster och "
            "dnr_exempel "
            "(se 'beslut format --profil').\n# Organisationsprofil för Region Dalarna")
        assert sorted(p.name for p in (here / "profiler" / "lysekils-kommun").iterdir()) == [
            "profil.yaml", "reference.docx"]
        assert "lysekils-kommun" in [o.id for o in organisations() if o.local]

    def it_says_nothing_of_abbreviations_when_the_copy_has_none(self, here: Path) -> None:
        local_profile("lysekils-kommun", LYSEKIL)
        code, out = run("organisationer", "--kopiera", "lysekils-kommun", "strands-kommun")
        assert code == 0, out
        assert out == ("skrev profiler/strands-kommun; ändra namn, slag, rader, organ, "
                       "forkortningar, dnr_monster och dnr_exempel i "
                       "profiler/strands-kommun/profil.yaml (se beslut format --profil)\n")

    def it_refuses_to_copy_over_a_profile_or_to_a_bad_name(self, here: Path) -> None:
        local_profile("lysekils-kommun", LYSEKIL)
        code, out = run("organisationer", "--kopiera", "region-dalarna", "lysekils-kommun")
        assert code == 2
        assert out.splitlines()[-1] == ("Fel: profiler/lysekils-kommun finns redan, välj ett "
                                        "annat namn eller ändra den profilen")
        code, out = run("organisationer", "--kopiera", "region-dalarna", "Lysekil")
        assert out.splitlines()[-1] == (
            "Fel: 'Lysekil' går inte som profilnamn, skriv högst 64 små bokstäver, siffror och "
            "bindestreck, t.ex. 'lysekils-kommun'")
        assert not (here / "profiler" / "Lysekil").exists()


SMALL_CASE = """\
dokumenttyp: tjansteskrivelse
organisation: {organisation}
datum: 2025-03-14
dnr: HSN 2025/14
titel: Samverkan
avsnitt:
  - rubrik: Bakgrund
    text: Ärendet har stämts av med SKR och MED.
"""


def small_case_markdown(organisation: str) -> str:
    """The .md of a small case under this organisation, whose text names SKR and MED."""
    Path("fall.yaml").write_text(SMALL_CASE.format(organisation=organisation), "utf-8")
    code, out = run("skapa", "fall.yaml", "-o", "ut")
    assert code == 0, out
    return Path("ut/fall.md").read_text(encoding="utf-8")


class DescribeANewProfile:
    """`beslut organisationer --ny NAMN`: an empty profile to fill in, with no other
    organisation's abbreviations (trial 34: a copy of Region Dalarna's turned "SKR och MED"
    into their long forms), the house style's defaults and the built-in Word template."""

    def it_writes_a_profile_to_fill_in_and_the_default_word_template(self, here: Path) -> None:
        code, out = run("organisationer", "--ny", "lysekils-kommun")
        assert code == 0, out
        assert out == (
            "skrev profiler/lysekils-kommun; fyll i namn, rader och slag (och organ, "
            "forkortningar, dnr_monster och dnr_exempel om ni har) i "
            "profiler/lysekils-kommun/profil.yaml och skriv "
            "'organisation: lysekils-kommun' i ärendena (se beslut format --profil)\n")
        folder = here / "profiler" / "lysekils-kommun"
        assert sorted(p.name for p in folder.iterdir()) == ["profil.yaml", "reference.docx"]
        assert (folder / "reference.docx").read_bytes() == \
            (templates_dir() / "reference.docx").read_bytes()
        profile = read_profile(folder)
        assert (profile.namn, profile.slag, profile.rader, profile.organ) == (
            "Lysekils kommun", "kommun", ["Lysekils kommun"], [])
        assert profile.abbreviations() == {}
        # (the profile to fill in states kronor_i_lopande_text: false, a choice of 'kr')
        assert profile.house_style() == HouseStyle(kr_chosen=True)

    def it_says_a_name_without_the_swedish_letters_is_made_from_the_id(self, here: Path) -> None:
        code, out = run("organisationer", "--ny", "jamtlands-raddningstjanstforbund")
        assert code == 0, out
        assert out.splitlines()[1:] == [
            "namnet 'Jamtlands raddningstjanstforbund' under namn och rader är gjort av "
            "profilens namn 'jamtlands-raddningstjanstforbund', som inte kan ha å, ä och ö: "
            "stava det som organisationen gör i "
            "profiler/jamtlands-raddningstjanstforbund/profil.yaml, det står i brevhuvudet"]

    @pytest.mark.parametrize(("target", "name"), [
        ("region-vasterbotten", "Region Västerbotten"),
        ("region-jamtland-harjedalen", "Region Jämtland Härjedalen"),
        ("harnosands-kommun", "Härnösands kommun"),
        ("malmo-stad", "Malmö stad"),
        ("pitea-kommun", "Piteå kommun"),  # (every municipality, not only some)
        ("upplands-bro-kommun", "Upplands-Bro kommun"),  # (its hyphen and capital back)
        ("lilla-edets-kommun", "Lilla Edets kommun"),
    ])
    def it_spells_a_known_region_or_municipality_with_its_letters(
            self, here: Path, target: str, name: str) -> None:
        code, out = run("organisationer", "--ny", target)
        assert code == 0, out
        assert len(out.splitlines()) == 1
        profile = read_profile(here / "profiler" / target)
        assert (profile.namn, profile.rader) == (name, [name])

    def it_keeps_a_place_two_municipalities_spell_alike_as_its_id_spells_it(
            self, here: Path) -> None:
        # (Habo and Håbo: the id cannot say which)
        code, out = run("organisationer", "--ny", "habo-kommun")
        assert code == 0, out
        assert out.splitlines()[1].startswith("namnet 'Habo kommun' under namn och rader är gjort")

    def it_keeps_an_unknown_place_as_its_id_spells_it(self, here: Path) -> None:
        code, out = run("organisationer", "--ny", "region-atlantis")
        assert code == 0, out
        assert out.splitlines()[1:] == [
            "namnet 'Region atlantis' under namn och rader är gjort av profilens namn "
            "'region-atlantis', som inte kan ha å, ä och ö: stava det som organisationen gör i "
            "profiler/region-atlantis/profil.yaml, det står i brevhuvudet"]

    def it_writes_out_every_house_style_key_with_its_default(self, here: Path) -> None:
        run("organisationer", "--ny", "digg")
        text = (here / "profiler" / "digg" / "profil.yaml").read_text(encoding="utf-8")
        assert [line for line in text.splitlines() if line.startswith("  ") and ":" in line
                and not line.lstrip().startswith("#")] == [
            "  minustecken: ja", "  kronor_i_lopande_text: nej", "  forslag_stil: att",
            "  forkortningslista: nej", "  numrerade_rubriker: ja", "  miljoner: mnkr",
            "  procent_i_lopande_text: nej"]
        assert list(HouseStyleOptions.model_fields) == [
            "minustecken", "kronor_i_lopande_text", "forslag_stil", "forkortningslista",
            "numrerade_rubriker", "miljoner", "procent_i_lopande_text"]
        assert "namn: Digg\n" in text

    @pytest.mark.parametrize(("id", "line", "kind"), [
        ("lysekils-kommun", "slag: kommun", "kommun"),
        ("region-gotland", "slag: region", "region"),
        ("stockholms-stad", "slag: kommun", "kommun"),  # (a municipality, trial 85, F7)
        ("malmo-stad", "slag: kommun", "kommun"),
        ("stad", "# slag: kommun", None),
        ("jamtlands-raddningstjanstforbund", "# slag: kommun", None),
    ])
    def it_writes_the_kind_its_name_says(self, here: Path, id: str, line: str,
                                         kind: str | None) -> None:
        # (trial 52, F8: the kind gives a new case a kommun's or a region's words)
        run("organisationer", "--ny", id)
        folder = here / "profiler" / id
        assert line in (folder / "profil.yaml").read_text(encoding="utf-8").splitlines()
        assert read_profile(folder).slag == kind

    def it_is_ready_for_a_new_case_at_once(self, here: Path) -> None:
        run("organisationer", "--ny", "lysekils-kommun")
        code, out = run("ny", "beslutsunderlag", "x.yaml", "--organisation", "lysekils-kommun")
        assert code == 0, out
        assert run("kontrollera", "x.yaml") == (0, (  # (the Dnr is the organisation's own)
            "x.yaml:18:7: varning: '[dnr]' ser ut att vara en platshållare kvar från en mall "
            "och skrivs ut som den står; skriv det som ska stå där eller ta bort den\n"
            "x.yaml:20:8: varning: titeln 'Beslutsunderlag om länsgemensamma medel för psykisk "
            f"hälsa {datetime.date.today().year}' är exemplet från 'beslut ny', och resten av "
            "exemplet (text, belopp, tabeller) står troligen också kvar; skriv ärendets egen "
            "titel och byt ut exemplets text och belopp mot ärendets\n"
            "1 fil kontrollerad: 2 varningar i 1 fil.\n"))
        code, out = run("skapa", "x.yaml", "-o", "ut")
        assert code == 0, out
        assert "::: avsandare\nLysekils kommun\n:::" in (here / "ut" / "x.md").read_text("utf-8")
        assert (here / "ut" / "x.docx").is_file()

    def it_leaves_other_organisations_abbreviations_as_written(self, here: Path) -> None:
        run("organisationer", "--ny", "digg")
        markdown = small_case_markdown("digg")
        assert "Ärendet har stämts av med SKR och MED.\n" in markdown
        assert "Förkortningar" not in markdown

    def it_differs_from_a_copy_of_region_dalarna_which_writes_them_out(
            self, here: Path) -> None:
        run("organisationer", "--kopiera", "region-dalarna", "digg")
        markdown = small_case_markdown("digg").replace("\n", " ")
        assert ("Ärendet har stämts av med Sveriges Kommuner och Regioner (SKR) och Division "
                "medicin (MED).") in markdown

    def it_refuses_to_write_over_a_profile(self, here: Path) -> None:
        local_profile("lysekils-kommun", LYSEKIL)
        code, out = run("organisationer", "--ny", "lysekils-kommun")
        assert code == 2
        assert out.splitlines()[-1] == ("Fel: profiler/lysekils-kommun finns redan, välj ett "
                                        "annat namn eller ändra den profilen")
        assert (here / "profiler" / "lysekils-kommun" / "profil.yaml").read_text("utf-8") \
            == LYSEKIL

    def it_refuses_a_name_that_is_no_profile_name(self, here: Path) -> None:
        code, out = run("organisationer", "--ny", "Lysekils kommun")
        assert code == 2
        assert out.splitlines()[-1] == (
            "Fel: 'Lysekils kommun' går inte som profilnamn, skriv högst 64 små bokstäver, "
            "siffror och bindestreck, t.ex. 'lysekils-kommun'")
        assert not (here / "profiler").exists()

    def it_leaves_nothing_half_written_when_the_disk_fails(
            self, here: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        def full_disk(*_: object) -> None:
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(shutil, "copyfile", full_disk)
        code, out = run("organisationer", "--ny", "digg")
        assert code == 2
        assert out.splitlines()[-1] == ("Fel: profilen kunde inte skrivas i profiler/digg "
                                        "(disken är full); kontrollera mappen profiler")
        assert list((here / "profiler").iterdir()) == []

    def it_is_not_asked_for_together_with_a_copy(self, here: Path) -> None:
        code, out = run("organisationer", "--ny", "digg", "--kopiera", "region-dalarna", "x")
        assert code == 2
        assert out.splitlines()[-1] == "Fel: ange antingen --ny eller --kopiera, inte båda"
        assert not (here / "profiler").exists()


@pytest.mark.parametrize("folder", sorted(profiles_dir().iterdir()), ids=lambda p: p.name)
def test_a_bundled_profile_speaks_to_a_secretary(folder: Path) -> None:
    """Trial 77, F12: a copied profile said "från seed 000 och 002", pointed at
    tools/make_reference_docx.py (which an installed copy lacks) and kept "Osäker: …"."""
    comments = [line for line in (folder / "profil.yaml").read_text("utf-8").splitlines()
                if line.lstrip().startswith("#")]
    assert comments
    for word in ("seed", "tools/", ".py", "Osäker", "tolkat"):
        assert not [line for line in comments if word in line], word


@pytest.mark.parametrize(("target", "lines"), [
    ("region-kalmar-lan", ("  # - Regionledningsförvaltningen", "#   - namn: Regionstyrelsen",
                           "#     forkortning: RS")),
    ("monsteras-kommun", ("  # - Kommunledningsförvaltningen", "#   - namn: Kommunstyrelsen",
                          "#     forkortning: KS")),
])
def test_a_new_profiles_example_lines_are_in_its_kinds_words(
        target: str, lines: tuple[str, ...]) -> None:
    # (trial 95, F7: a region's new profile suggested "Kommunledningsförvaltningen")
    written = profile_skeleton(target).splitlines()
    assert [line for line in lines if line in written] == list(lines)

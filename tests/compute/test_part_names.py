"""Specification: a split's part may have a short name (`rad_namn`), as a table's row has, and
text names the part by it, `{{ uppdelningar.x.parter.staten.belopp }}`, which stays right when
the parts are reordered (trial 87, F1). A part named by its own name (`parter.Staten`) is told
its place and the short name to give it; a short name on a group, or one two parts share, is
an error; a short name that is no part's gets the nearest one."""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline

CASE = """\
dokumenttyp: beslutsunderlag
datum: 2024-11-27
dnr: SFVM 2024/31
titel: Medlemsbidrag
avsnitt:
  - rubrik: Fördelning
    text: Staten betalar TEXT.
    tabell: uppdelning
    uppdelning: huvudmannen
uppdelningar:
  - namn: huvudmannen
    metod: vikter
    summa: 3 800 000
    parter:
      - {namn: Region Västmanland, vikt: "25 %", rad_namn: region}
      - {namn: Staten, vikt: "50 %"STATEN}
      - {namn: [Arboga, Köping], vikt: "12,5 %"GROUP}
"""


def build(tmp_path: Path, text: str, staten: str = ", rad_namn: staten",
          group: str = "") -> tuple[str, list[str]]:
    """The Markdown and the problems (without the path) of the case."""
    path = tmp_path / "fall.yaml"
    path.write_text(CASE.replace("TEXT", text).replace("STATEN", staten)
                    .replace("GROUP", group), "utf-8")
    result = Pipeline().build(path)
    markdown = result.files.get("fall.md", b"").decode("utf-8").replace("\u00a0", " ")
    return markdown, [p.format().removeprefix(f"{path}:").replace("\u00a0", " ")
                      for p in result.problems]


def test_a_part_is_named_by_its_short_name_whatever_its_place(tmp_path: Path) -> None:
    markdown, problems = build(tmp_path, "{{ uppdelningar.huvudmannen.parter.staten.belopp }}")
    assert problems == []
    assert "Staten betalar 1 900 000 kr." in markdown


def test_a_part_named_by_its_own_name_is_told_its_place_and_a_short_name(
        tmp_path: Path) -> None:
    _, problems = build(tmp_path, "{{ uppdelningar.huvudmannen.parter.Staten }}", staten="")
    assert problems == [
        "7:26: {{ uppdelningar.huvudmannen.parter.Staten }}: 'uppdelningar.huvudmannen.parter' "
        "är en lista, och 'Staten' är punkt nummer 2 i den, som skrivs [1] (listan räknas "
        "från 0); skriv {{ uppdelningar.huvudmannen.parter[1].belopp }}, eller ge den ett "
        "kort namn, 'rad_namn: staten', och skriv "
        "{{ uppdelningar.huvudmannen.parter.staten.belopp }}, som stämmer också när ordningen "
        "ändras"]


def test_a_short_name_that_is_no_parts_gets_the_nearest(tmp_path: Path) -> None:
    _, problems = build(tmp_path, "{{ uppdelningar.huvudmannen.parter.stat.belopp }}")
    assert problems == [
        "7:26: {{ uppdelningar.huvudmannen.parter.stat }}: 'uppdelningar.huvudmannen.parter' "
        "har ingen part med rad_namn 'stat', menade du 'staten'?"]


def test_two_parts_of_one_short_name_are_an_error(tmp_path: Path) -> None:
    _, problems = build(tmp_path, "mycket", staten=", rad_namn: region")
    assert problems == [
        "16:48: två parter i uppdelningen 'huvudmannen' heter 'region' (rad_namn); ge varje "
        "part ett eget namn"]


def test_a_group_has_no_short_name(tmp_path: Path) -> None:
    _, problems = build(tmp_path, "mycket", group=", rad_namn: kommunerna")
    assert problems == [
        "17:60: 'rad_namn: kommunerna' står på en grupp av parter, som är flera parter; skriv "
        "varje part för sig med sitt eget rad_namn, eller ta bort det"]

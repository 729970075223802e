"""Specification of the warning at a formula that only names another column (trial 66, F6):
`formel: k2022` makes the column repeat that one, where a difference was likely meant; but
the first year of a run of per-year differences (`p2022: k2022`, `p2023: k2023 - k2022`) is
no slip and passes."""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline

CASE = """\
dokumenttyp: tjansteskrivelse
datum: 2025-05-12
dnr: KS 2025/211
titel: Budgetramar
avsnitt:
  - rubrik: Kommunfullmäktige
    tabell: kf
tabeller:
  - namn: kf
    enhet: tkr
    kolumner:
      - {{namn: post, rubrik: Post}}
      - {{namn: k2021, rubrik: "Ackumulerat 2021", typ: belopp}}
      - {{namn: k2022, rubrik: "Ackumulerat 2022", typ: belopp}}
      - {{namn: p2022, rubrik: "Förändring 2022", typ: belopp, formel: {formula}}}
{more}    rader:
      - {{post: Dagsammanträden, k2021: 1 000, k2022: 1 500}}
"""


def problems(tmp_path: Path, formula: str, more: str = "") -> list[str]:
    """The problems of the case with this formula (and perhaps another column after it)."""
    case = tmp_path / "x.yaml"
    case.write_text(CASE.format(formula=formula, more=more), encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().check(case, "x.yaml")
            .problems]


def test_a_formula_that_only_copies_a_column_is_warned_about(tmp_path: Path) -> None:
    assert problems(tmp_path, "k2022") == [
        "x.yaml:15:71: varning: kolumnen 'Förändring 2022 (tkr)' har 'formel: k2022', så den "
        "upprepar bara kolumnen 'Ackumulerat 2022 (tkr)'; menar du en skillnad, skriv den, "
        "t.ex. 'formel: k2022 - k2021', och ska kolumnen upprepa beloppen, skriv dem i "
        "stället för formeln"]


def test_a_difference_is_what_was_meant(tmp_path: Path) -> None:
    assert problems(tmp_path, "k2022 - k2021") == []


def test_the_first_year_of_a_run_of_differences_may_copy_its_column(tmp_path: Path) -> None:
    run = ('      - {namn: k2023, rubrik: "Ackumulerat 2023", typ: belopp}\n'
           '      - {namn: p2023, rubrik: "Förändring 2023", typ: belopp, '
           'formel: k2023 - k2022}\n')
    assert problems(tmp_path, "k2022", run) == []


def test_a_copy_capped_at_a_highest_amount_is_meant(tmp_path: Path) -> None:
    assert problems(tmp_path, "k2022, hogst: 2 000") == []

"""Specification of the warning for ratios typed by hand (trial 40, F8): a `typ: tal` column
whose every figure is one summed column in percent of another, rounded to the decimals it is
written with, is told to be a `typ: kvot` column, so that it follows the amounts and the
total row gets its ratio; a column that is not (one figure off, a single figure, only zeros)
gets no warning."""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline

HEAD = """\
dokumenttyp: tjansteskrivelse
datum: 2024-05-20
dnr: BUN 2024/88
titel: Periodrapport
avsnitt:
  - tabell: t
tabeller:
  - namn: t
    enhet: tkr
    kolumner:
      - {namn: post, rubrik: Verksamhet}
      - {namn: budget, rubrik: Budget, typ: belopp}
      - {namn: utfall, rubrik: Periodutfall, typ: belopp}
      - {namn: proc, rubrik: Utfall_proc, typ: tal}
    rader:
      - {post: Politisk verksamhet, budget: 2 500, utfall: 796, proc: 32}
      - {post: Förskola, budget: 419 578, utfall: 149 657, proc: 36}
      - {post: Prel. kostnader, budget: 0, utfall: 1 021, proc: 0}
"""


def problems(tmp_path: Path, text: str) -> list[str]:
    """The case's problems as printed, without the folder."""
    case = tmp_path / "x.yaml"
    case.write_text(text, encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(case).problems]


def test_whole_percentages_of_one_column_in_another_are_a_ratio_column(tmp_path: Path) -> None:
    """The row whose budget is 0 has no ratio and is not counted."""
    assert problems(tmp_path, HEAD) == [
        "x.yaml:14:48: varning: kolumnen 'proc' har varje rads Periodutfall i procent av "
        "Budget inskriven för hand, och den blir fel när ett belopp ändras; skriv 'typ: kvot', "
        "'taljare: utfall', 'namnare: budget' och 'decimaler: 0' i stället för 'typ: tal', så "
        "räknas den ut, också på totalraden"]


def test_percentages_with_one_decimal_need_no_decimaler(tmp_path: Path) -> None:
    text = HEAD.replace("proc: 32}", 'proc: "31,8 %"}').replace("proc: 36}", 'proc: "35,7 %"}') \
        .replace("proc: 0}", 'proc: "0 %"}')
    assert problems(tmp_path, text) == [
        "x.yaml:14:48: varning: kolumnen 'proc' har varje rads Periodutfall i procent av "
        "Budget inskriven för hand, och den blir fel när ett belopp ändras; skriv 'typ: kvot', "
        "'taljare: utfall' och 'namnare: budget' i stället för 'typ: tal', så räknas den ut, "
        "också på totalraden"]


def test_a_column_with_a_figure_that_is_no_ratio_gets_no_warning(tmp_path: Path) -> None:
    assert problems(tmp_path, HEAD.replace("proc: 36}", "proc: 37}")) == []


def test_a_single_figure_or_only_zeros_get_no_warning(tmp_path: Path) -> None:
    assert problems(tmp_path, HEAD.replace(", proc: 36}", "}")) == []
    zeros = HEAD.replace("utfall: 796, proc: 32", "utfall: 0, proc: 0") \
        .replace("utfall: 149 657, proc: 36", "utfall: 0, proc: 0")
    assert problems(tmp_path, zeros) == []

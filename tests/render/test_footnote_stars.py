"""A footnote star first on a line under a table whose cells are marked with one, trial 59
(finding 3): "* LS 15 maj samt 23 okt, startar kl. 8.30" under cells "15*" became a bullet
and lost its star, with no warning."""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline
from generator.text.footnotes import literal_stars, marks_footnotes, without_footnote_star
from generator.word.dump import dump_docx

PLAN = """\
dokumenttyp: tjansteskrivelse
etikett: Sammanträdesplan
datum: nej
dnr: nej
titel: Sammanträden 2025
avsnitt:
  - rubrik: Sammanträden 2025
    tabell: plan
    text_efter: |
      * LS 15 maj samt 23 okt, startar kl. 8.30
tabeller:
  - namn: plan
    kolumner:
      - {namn: manad, rubrik: "2025"}
      - {namn: ls, rubrik: LS}
    rader:
      - {manad: Maj, ls: "CELL"}
      - {manad: Oktober, ls: "23 okt"}
"""


def build(tmp_path: Path, cell: str) -> tuple[list[str], str, list[str]]:
    """Problems as printed, the Markdown and the Word dump of the plan with the cell."""
    path = tmp_path / "plan.yaml"
    path.write_text(PLAN.replace("CELL", cell), encoding="utf-8")
    result = Pipeline().build(path)
    problems = [p.format().replace(f"{tmp_path}/", "") for p in result.problems]
    return (problems, result.files["plan.md"].decode("utf-8"),
            dump_docx(result.files["plan.docx"]).splitlines())


def test_a_star_line_under_starred_cells_keeps_its_star(tmp_path: Path) -> None:
    problems, markdown, word = build(tmp_path, "15* maj")
    assert problems == []
    assert "\n\\* LS 15 maj samt 23 okt, startar kl. 8.30\n" in markdown
    assert word[-1] == "[Normal] * LS 15\u00a0maj samt 23 okt, startar kl.\u00a08.30"


def test_a_star_line_with_no_mark_in_the_case_is_a_bullet_and_warned_about(
    tmp_path: Path
) -> None:
    problems, _markdown, word = build(tmp_path, "15 maj")
    assert problems == [
        "plan.yaml:10:7: varning: raden '* LS 15 maj samt 23 okt, startar kl. 8.3…' börjar "
        "med '* ' och blir en punkt i en punktlista; skriv '- ' för en punkt, eller '\\* ' "
        "för en asterisk som ska stå kvar, som en fotnot"]
    assert word[-1] == "[List Bullet] LS 15\u00a0maj samt 23 okt, startar kl.\u00a08.30"


def test_a_word_or_figure_right_before_a_star_marks_a_footnote() -> None:
    assert marks_footnotes("15*")
    assert marks_footnotes("Jurist* Enhetschef*")
    assert marks_footnotes("beslutet (KS)* gäller")


def test_emphasis_a_bold_word_and_a_bullet_mark_none() -> None:
    assert not marks_footnotes("ett *kursivt* ord")
    assert not marks_footnotes("ett **fett** ord")
    assert not marks_footnotes("* en punkt")
    assert not marks_footnotes("*Efter fullmakt från direktör")


def test_each_star_item_is_escaped_and_a_thematic_break_is_not() -> None:
    text = "* ett\n  * inte djupt nog? jo\n* * *\n*kursiv* rad\n"
    assert literal_stars(text) == "\\* ett\n  \\* inte djupt nog? jo\n* * *\n*kursiv* rad\n"


def test_an_amount_cells_footnote_star_is_split_from_its_figure() -> None:
    """Trial 64, F3: the rule of a star after a figure, for an amount cell ("1061*")."""
    assert [without_footnote_star(cell) for cell in ["1061*", "1 061*  ", "-15*", "1061",
                                                     "*1061", "1061**", "*"]] == \
        ["1061", "1 061", "-15", None, None, None, None]

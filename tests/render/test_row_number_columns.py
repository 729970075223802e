"""Specification of a table whose first column only numbers its rows ("Nr.": "1.", "2", "1.1",
"a)") beside a text column that names them (trial 66): messages name a row by its text,
"raden 'Skatteintäkter'", not "raden '1., Skatteintäkter'" (F8), and the total row's label
stands in the naming column, not in the narrow number column, in the Markdown, in Word and in
`beslut visa` alike (F4)."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from generator.build import Pipeline
from generator.cli import main
from generator.word.dump import dump_docx

CASE = """\
dokumenttyp: tjansteskrivelse
datum: nej
dnr: nej
titel: Förändringar av driftbudget
avsnitt:
  - rubrik: Intäkter
    tabell: intakter
tabeller:
  - namn: intakter
    enhet: mnkr
    totalt: Förändringar jämfört med beslut om budget 21 juni
    kolumner:
      - {namn: nr, rubrik: Nr., typ: text}
      - {namn: post, rubrik: Intäkter}
      - {namn: a2022, rubrik: "2022", typ: belopp}
    rader:
      - {nr: "1.", post: Skatteintäkter, a2022: "68,2"}
      - {nr: "1.", post: Kommunalekonomisk utjämning, a2022: "35,1"}
    summa: "103,3"
"""


def built(tmp_path: Path, case: str = CASE) -> tuple[list[str], str, list[str]]:
    """The table's lines in the Markdown, the Word dump ("~" a no-break space), and the case's
    problems."""
    path = tmp_path / "fall.yaml"
    path.write_text(case, encoding="utf-8")
    result = Pipeline().build(path)
    problems = [p.format().replace(f"{tmp_path}/", "") for p in result.problems]
    if "fall.md" not in result.files:
        return [], "", problems
    markdown = result.files["fall.md"].decode("utf-8").replace("\u00a0", "~")
    dump = dump_docx(result.files["fall.docx"]).replace("\u00a0", "~")
    return [line for line in markdown.splitlines() if line.startswith("|")], dump, problems


def test_a_row_is_named_by_its_text_not_by_its_number(tmp_path: Path) -> None:
    _, _, problems = built(tmp_path, CASE.replace('"68,2"', '"86,2"'))
    assert problems == [
        "fall.yaml:19:12: angiven summa 103,3\xa0mnkr för totalraden 'Förändringar jämfört med "
        "beslut om budget 21 juni' i tabellen 'intakter' stämmer inte med summan av delarna "
        "121,3\xa0mnkr (den angivna är 18,0\xa0mnkr för låg), och med två siffror omkastade på "
        "raden 'Skatteintäkter' stämmer summan; kontrollera raden 'Skatteintäkter' (68,2 i "
        "stället för 86,2?), annars rätta summan eller ta bort den så räknas den ut"]


def test_the_total_label_stands_in_the_naming_column(tmp_path: Path) -> None:
    markdown, dump, problems = built(tmp_path)
    assert problems == []
    assert markdown[-1] == ("| | **Förändringar jämfört med beslut om budget 21 juni** | "
                            "**103,3** |")
    # (in Word the day and month are joined by a no-break space, shown "~": trial 77, F7)
    assert "  |  | **Förändringar jämfört med beslut om budget 21~juni** | >**103,3** |" \
        in dump.splitlines()


def test_beslut_visa_puts_the_total_label_there_too(tmp_path: Path) -> None:
    path = tmp_path / "fall.yaml"
    path.write_text(CASE, encoding="utf-8")
    result = CliRunner().invoke(main, ["visa", str(path)], terminal_width=120,
                                env={"COLUMNS": "120"})
    rows = [[cell.strip() for cell in line.split("│")[1:-1]]
            for line in result.output.splitlines() if line.startswith("│")]
    assert rows[-1] == ["", "Förändringar jämfört med beslut om budget 21 juni", "103,3"]


def test_a_first_column_of_words_keeps_the_label(tmp_path: Path) -> None:
    case = CASE.replace('nr: "1.", post: Skatteintäkter', 'nr: Skatt, post: Skatteintäkter')
    markdown, _, _ = built(tmp_path, case)
    assert markdown[-1] == ("| **Förändringar jämfört med beslut om budget 21 juni** | | "
                            "**103,3** |")


def test_numbers_like_1_1_and_a_bracket_are_row_numbers_too(tmp_path: Path) -> None:
    case = CASE.replace('nr: "1.", post: Skatt', 'nr: "1.1", post: Skatt') \
        .replace('nr: "1.", post: Kommun', 'nr: "a)", post: Kommun')
    markdown, _, _ = built(tmp_path, case)
    assert markdown[-1].startswith("| | **Förändringar")

"""A group heading without a subtotal (`delsumma: nej`; trial 35, F3): in a published budget
"Valnämnd" stands as a heading over its one row, "Politisk verksamhet", with no Summa row.
The heading row prints without amounts, bold, as a group's with a subtotal does; its rows
follow one step in (in Word and in `beslut visa`), not as "varav"; no subtotal row; the
table's total still adds the rows. `delsumma: ""` is an error that says what to write, and
where such a heading cannot be read as one (inside a group, over a group, right before a
plain row) the check says so."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from generator.build import Pipeline
from generator.cli import main
from generator.word.dump import dump_docx

CASE = """\
dokumenttyp: beslutsunderlag
datum: 2024-06-19
dnr: KS 2024/12
titel: Budget 2025
avsnitt:
  - rubrik: Driftbudget per nämnd
    tabell: drift
tabeller:
  - namn: drift
    enhet: mnkr
    totalt: Summa nämnder
    kolumner:
      - {namn: post, rubrik: Nämnd}
      - {namn: b24, rubrik: Budget 2024, typ: belopp}
      - {namn: b25, rubrik: Budget 2025, typ: belopp}
    rader:
      - post: Kommunstyrelse
        delsumma: Summa
        rader:
          - {post: Kommunövergripande verksamhet, b24: "70,9", b25: "81,7"}
          - {post: Politisk verksamhet, b24: "8,2", b25: "8,2"}
      - post: Valnämnd
        delsumma: {subtotal}
        rader:
          - {post: Politisk verksamhet, b24: "0,5", b25: "0,0"}
      - post: Revision
        delsumma: nej
        rader:
          - {post: Politisk verksamhet, b24: "1,5", b25: "1,5"}
"""
TABLE = """\
| Nämnd | Budget 2024 (mnkr) | Budget 2025 (mnkr) |
|:--|--:|--:|
| **Kommunstyrelse** | | |
| Kommunövergripande verksamhet | 70,9 | 81,7 |
| Politisk verksamhet | 8,2 | 8,2 |
| **Summa** | **79,1** | **89,9** |
| **Valnämnd** | | |
| Politisk verksamhet | 0,5 | 0,0 |
| **Revision** | | |
| Politisk verksamhet | 1,5 | 1,5 |
| **Summa nämnder** | **81,1** | **91,4** |
"""


def build(tmp_path: Path, subtotal: str = "nej",
          case: str = CASE) -> tuple[list[str], dict[str, bytes]]:
    """The problems (paths left out) and the files of the case."""
    path = tmp_path / "fall.yaml"
    path.write_text(case.replace("{subtotal}", subtotal), encoding="utf-8")
    result = Pipeline().build(path)
    return [p.format().replace(f"{tmp_path}/", "") for p in result.problems], result.files


def test_the_heading_prints_without_amounts_over_its_rows_and_no_subtotal(
        tmp_path: Path) -> None:
    problems, files = build(tmp_path)
    assert problems == []
    assert TABLE in files["fall.md"].decode("utf-8").replace("\u00a0", " ")


def test_false_is_nej_too(tmp_path: Path) -> None:
    _, files = build(tmp_path, "false")
    assert TABLE in files["fall.md"].decode("utf-8").replace("\u00a0", " ")


def test_word_sets_the_heading_bold_and_its_rows_one_step_in(tmp_path: Path) -> None:
    _, files = build(tmp_path)
    dump = dump_docx(files["fall.docx"]).replace("\u00a0", " ")
    rows = [line.strip() for line in dump.splitlines() if line.strip().startswith("| ")]
    # (rows[0] is the letterhead, rows[1] the header row; the table fits on a page, so every
    # row but the last is kept with the next, ↓)
    assert rows[6:] == [
        "| ↔3 **Valnämnd** | ↓",
        "| →Politisk verksamhet | >0,5 | >0,0 | ↓",
        "| ↔3 **Revision** | ↓",
        "| →Politisk verksamhet | >1,5 | >1,5 | ↓",
        "| **Summa nämnder** | >**81,1** | >**91,4** |"]
    assert rows[2:4] == ["| ↔3 **Kommunstyrelse** | ↓",
                         "| →Kommunövergripande verksamhet | >70,9 | >81,7 | ↓"]


def test_beslut_visa_shows_the_heading_and_its_rows_one_step_in(tmp_path: Path) -> None:
    build(tmp_path)
    result = CliRunner().invoke(main, ["visa", str(tmp_path / "fall.yaml")],
                                terminal_width=120, env={"COLUMNS": "120"})
    lines = [line[2:] for line in result.output.replace("\u00a0", " ").splitlines()
             if line.startswith("│ ") and ("Valnämnd" in line or "Revision" in line
                                          or "Politisk" in line)]
    assert [line.split("│")[0].rstrip() for line in lines[1:]] == [
        "Valnämnd", "  Politisk verksamhet", "Revision", "  Politisk verksamhet"]
    assert "varav" not in result.output


def test_an_empty_subtotal_is_an_error_that_says_what_to_write(tmp_path: Path) -> None:
    problems, _ = build(tmp_path, '""')
    assert problems == [
        "fall.yaml:23:19: 'delsumma': en tom rubrik ger ingen delsummerad rad; skriv rubriken, "
        "t.ex. delsumma: Summa, eller delsumma: nej för en grupprubrik utan delsumma (utan "
        "delsumma står gruppens summa på raden och underraderna som 'varav')"]


def test_a_heading_inside_a_group_is_an_error(tmp_path: Path) -> None:
    case = CASE.replace("""          - {post: Politisk verksamhet, b24: "8,2", b25: "8,2"}\n""",
                        """          - post: Politisk verksamhet
            delsumma: nej
            rader:
              - {post: Nämnden, b24: "8,2", b25: "8,2"}\n""")
    problems, _ = build(tmp_path, case=case)
    assert problems == [
        "fall.yaml:22:23: en grupprubrik utan delsumma (delsumma: nej) står överst i tabellen, "
        "inte under en annan rad; ge gruppen en delsumma, eller flytta den överst"]


def test_a_group_under_a_heading_is_an_error(tmp_path: Path) -> None:
    case = CASE.replace("""          - {post: Politisk verksamhet, b24: "0,5", b25: "0,0"}\n""",
                        """          - post: Politisk verksamhet
            delsumma: Summa
            rader:
              - {post: Valet, b24: "0,5", b25: "0,0"}\n""")
    problems, _ = build(tmp_path, case=case)
    assert problems == [
        "fall.yaml:26:23: gruppen 'Valnämnd' har delsumma: nej och kan inte ha grupper under "
        "sig; ge den en delsumma, eller skriv den som en rubrik utan rader ('rader: []') och "
        "grupperna under den efter den"]


def test_a_group_under_the_last_heading_is_an_error_too(tmp_path: Path) -> None:
    # (trial 71, F4: the rule held only when another row came after the heading)
    case = CASE.replace("""          - {post: Politisk verksamhet, b24: "1,5", b25: "1,5"}\n""",
                        """          - post: Politisk verksamhet
            delsumma: Summa
            rader:
              - {post: Revisionen, b24: "1,5", b25: "1,5"}\n""")
    problems, _ = build(tmp_path, case=case)
    assert problems == [
        "fall.yaml:30:23: gruppen 'Revision' har delsumma: nej och kan inte ha grupper under "
        "sig; ge den en delsumma, eller skriv den som en rubrik utan rader ('rader: []') och "
        "grupperna under den efter den"]


def test_a_plain_row_right_after_a_heading_is_a_warning(tmp_path: Path) -> None:
    case = CASE.replace("      - post: Revision\n",
                        """      - {post: Finansiering, b24: "1,0", b25: "1,0"}\n"""
                        "      - post: Revision\n")
    problems, _ = build(tmp_path, case=case)
    assert problems == [
        "fall.yaml:26:9: varning: raden 'Finansiering' står direkt efter gruppen 'Valnämnd' "
        "(delsumma: nej) och ser ut att höra till den; flytta raden före gruppen, eller ge "
        "gruppen en delsumma"]


def test_a_heading_without_rows_prints_bold_and_empty_as_the_other_headings(
        tmp_path: Path) -> None:
    """A heading over groups of its own (`rader: []`, trial 71, F3) printed in plain text,
    and a ratio column gave it "–" (F7): it is a label row like the others."""
    case = CASE.replace("""      - post: Kommunstyrelse
        delsumma: Summa""", """      - post: Skattefinansierat
        delsumma: nej
        rader: []
      - post: Kommunstyrelse
        delsumma: Summa""").replace(
        "      - {namn: b25, rubrik: Budget 2025, typ: belopp}\n",
        "      - {namn: b25, rubrik: Budget 2025, typ: belopp}\n"
        "      - {namn: grad, rubrik: Grad, typ: kvot, taljare: b25, namnare: b24, "
        "decimaler: 0}\n")
    problems, files = build(tmp_path, case=case)
    assert problems == []
    lines = files["fall.md"].decode("utf-8").replace("\u00a0", " ").splitlines()
    assert [line for line in lines if line.startswith("| **")][:2] == [
        "| **Skattefinansierat** | | | |", "| **Kommunstyrelse** | | | |"]


def test_rader_empty_alone_makes_the_heading_bold_in_word_and_the_md(tmp_path: Path) -> None:
    """`rader: []` without `delsumma: nej` is the heading the handbook describes, but it
    printed in plain type in Word and the .md (trial 73, F1)."""
    case = CASE.replace("""      - post: Kommunstyrelse
        delsumma: Summa""", """      - {post: "Förändringar mot 2024:", rader: []}
      - post: Kommunstyrelse
        delsumma: Summa""")
    problems, files = build(tmp_path, case=case)
    assert problems == []
    lines = files["fall.md"].decode("utf-8").replace("\u00a0", " ").splitlines()
    assert [line for line in lines if line.startswith("| **")][:2] == [
        "| **Förändringar mot 2024:** | | |", "| **Kommunstyrelse** | | |"]
    dump = dump_docx(files["fall.docx"]).replace("\u00a0", " ")
    rows = [line.strip() for line in dump.splitlines() if line.strip().startswith("| ")]
    assert rows[2:4] == ["| ↔3 **Förändringar mot 2024:** | ↓",
                         "| ↔3 **Kommunstyrelse** | ↓"]


PRICES = """\
dokumenttyp: tjansteskrivelse
datum: 2021-10-18
dnr: nej
titel: Övriga renhållningsavgifter
avsnitt:
  - rubrik: Övriga avgifter
    tabell: ovrigt
tabeller:
  - namn: ovrigt
    totalt: false
    kolumner:
      - {namn: tjanst, rubrik: Tjänst}
      - {namn: avgift, rubrik: Avgift, typ: belopp}
    rader:
      - tjanst: Extrahämtning per behållare
        delsumma: nej
        rader:
          - {tjanst: "140L, 180L, 240L", avgift: 292}
          - {tjanst: 350L, avgift: 329}
      - {tjanst: "Extrasäck, per säck", avgift: 74}
"""
"""Trial 81, F7: Boden's other fees, a price list whose last row follows a heading."""


def test_a_plain_row_after_a_heading_in_a_price_list_is_let_be(tmp_path: Path) -> None:
    # (Word and beslut visa print it flush left, and no figure depends on the heading's rows)
    problems, files = build(tmp_path, case=PRICES)
    assert problems == []
    dump = dump_docx(files["fall.docx"]).replace("\u00a0", " ")
    rows = [line.strip() for line in dump.splitlines() if line.strip().startswith("| ")]
    assert rows[-3:] == ["| →140L, 180L, 240L | >292 | ↓", "| →350L | >329 | ↓",
                         "| Extrasäck, per säck | >74 |"]


def test_a_plain_row_after_a_heading_in_a_table_that_adds_up_is_a_warning(
        tmp_path: Path) -> None:
    with_total = PRICES.replace("    totalt: false\n", "").replace("rubrik: Avgift",
                                                                   "rubrik: Belopp")
    assert build(tmp_path, case=with_total)[0] == [
        "fall.yaml:19:9: varning: raden 'Extrasäck, per säck' står direkt efter gruppen "
        "'Extrahämtning per behållare' (delsumma: nej) och ser ut att höra till den; flytta "
        "raden före gruppen, eller ge gruppen en delsumma"]
    grouped = with_total.replace("    rader:\n", (
        "    totalt: false\n    rader:\n      - tjanst: Säckar\n        delsumma: Summa säckar\n"
        "        rader:\n          - {tjanst: Säck, avgift: 60}\n"), 1)
    assert build(tmp_path, case=grouped)[0] == [
        "fall.yaml:24:9: varning: raden 'Extrasäck, per säck' står direkt efter gruppen "
        "'Extrahämtning per behållare' (delsumma: nej) och ser ut att höra till den; flytta "
        "raden före gruppen, eller ge gruppen en delsumma"]

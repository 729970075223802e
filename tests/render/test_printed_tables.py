"""What the Word writer is told of a document's data tables: each table's groups, by the
numbers of its printed rows, and the text of its first column as the table partial prints it,
by which the writer knows the Markdown table (see `word.table_groups`). Nothing of it is
printed: the .md is the same."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline
from generator.render import views
from generator.render.printed_tables import first_column, table_groups
from generator.table_shape import RowGroup, TableGroups
from generator.word.markdown import parse_markdown
from generator.word.table_groups import KnownTables

ROOT = Path(__file__).resolve().parents[2]
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
    totalt: Summa nämnder
    kolumner:
      - {namn: post, rubrik: Nämnd}
      - {namn: belopp, rubrik: Budget 2025, typ: belopp}
    rader:
      - post: Revision
        delsumma: nej
        rader:
          - {post: Politisk verksamhet, belopp: 1 500}
      - post: ""
        delsumma: Summa kommunstyrelse
        rader:
          - {post: Kommunövergripande verksamhet, belopp: 81 700}
          - post: Teknik
            rader:
              - {post: Gator, belopp: 100}
"""


def _checked(tmp_path: Path, case: str) -> tuple[tuple[TableGroups, ...], str]:
    """The tables the Word writer is told of, and the document's Markdown."""
    path = tmp_path / "fall.yaml"
    path.write_text(case, encoding="utf-8")
    pipeline = Pipeline()
    checked = pipeline.check(path, "fall.yaml")
    assert checked.context is not None
    files = pipeline.build(path).files
    return table_groups(checked.context.sections), files["fall.md"].decode("utf-8")


def test_a_table_names_its_groups_by_its_printed_rows(tmp_path: Path) -> None:
    """A heading without a subtotal over its row; a group without a label of its own, its
    rows, "varav" Gator under Teknik, and its subtotal; the total, in no group."""
    tables, markdown = _checked(tmp_path, CASE)
    assert tables == ((
        ("Revision", "Politisk verksamhet", "Kommunövergripande verksamhet", "Teknik",
         "varav Gator", "Summa kommunstyrelse", "Summa nämnder"),
        (RowGroup(0, 1, summed=False), RowGroup(2, 5, labelled=False)), (), ()),)
    assert "| *varav* Gator | 100 |\n| **Summa kommunstyrelse** | **81 800** |\n" in \
        markdown.replace("\u00a0", " ")


def test_the_first_column_reads_as_the_partial_prints_it() -> None:
    note = views.TableRow((views.Cell("Revision", bold=True, note="ny nämnd"), views.Cell()))
    varav = views.TableRow((views.Cell("ap.1 Psykisk hälsa", label="varav"),))
    empty = views.TableRow((views.Cell(),))
    table = views.Table((views.Column("Post"),), (note, varav, empty))
    assert first_column(table) == ("Revision: ny nämnd", "varav ap.1 Psykisk hälsa", "")


def test_a_first_cell_of_two_lines_is_known_by_its_markdown_line_break(tmp_path: Path) -> None:
    """Trial 59, F5: the group under "1.1" with a label of two lines is still the table's
    group in Word (indented and kept), the first column read with the partial's `<br>`."""
    case = CASE.replace("post: Revision", 'post: "Revision\\noch granskning"')
    tables, markdown = _checked(tmp_path, case)
    assert tables[0][0][0] == "Revision<br>och granskning"
    assert "| **Revision<br>och granskning** | |\n" in markdown
    printed = [[list(row) for row in table.iter("tr")][1:]
               for table in parse_markdown(markdown).iter("table")]
    assert KnownTables(tables).groups(printed[0]) == tables[0][1]


def test_a_table_whose_first_column_holds_figures_is_told_of_by_none() -> None:
    """An amount or a number is printed by a filter: its text is the template's to make."""
    row = views.TableRow((views.Cell(amount=1000), views.Cell("Post")))
    assert first_column(views.Table((views.Column("Belopp"),), (row,))) is None


@pytest.mark.parametrize("case", sorted((ROOT / "cases").glob("*.yaml")), ids=lambda p: p.stem)
def test_every_table_of_a_sample_case_is_known_by_its_markdown(case: Path) -> None:
    """The partial and `first_column` read alike: every table the document is told of is one
    of its Markdown tables. (Sample 003 writes an abbreviation out at its first use in a note
    of its first column, "Nationell samverkan för psykisk hälsa (NSPH)": that table is known
    by none, and Word reads its groups, none, from its Markdown.)"""
    pipeline = Pipeline()
    checked = pipeline.check(case, case.name)
    assert checked.context is not None
    markdown = pipeline.build(case).files[f"{case.stem}.md"].decode("utf-8")
    printed = [[list(row) for row in table.iter("tr")][1:]
               for table in parse_markdown(markdown).iter("table")]
    unknown = [told[0][0] for told in table_groups(checked.context.sections)
               if not any(KnownTables([told]).groups(rows) is not None for rows in printed)]
    assert unknown == (["Brukarmedverkan: Genom avtal med NSPH riks"]
                       if case.stem.startswith("003-") else [])

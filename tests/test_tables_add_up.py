"""Every table of every rendered sample adds up, as a reader with a calculator would check it.

Each sample case in `cases/` (and a variant of the godkännande that shows its splits as
tables) is rendered; every table is read back from the Markdown (pipe tables) and from the
Word document (python-docx tables; a group heading merged across the row read in its first
column). Every total row — labelled "Totalt" or "Summa", or with a
bold label and amounts — equals, column by column, the sum of the amount rows above it: back to
the label row that opens its group (a row with a text, bold or not, and no amounts, closed by a
subtotal such as "Summa kommuner"), else back to the previous total, a closed group counting
as its subtotal. `varav` rows (parts of the row above) are not counted. Amounts may have
decimals (tkr).
Computed shares (`typ: andel`, "7,5 %") are re-added the same way, and their total is 100 %.
Computed changes (`typ: forandring`) are not added up: a column the reader names as one is
left out (`Printed.unsummed`), and every other column of its table still adds up.

A table of rounded amounts (`avrundat`, the sentence under it says so) prints its stated
total: that total may differ from the sum above it by at most half a step of the column's last
shown decimal per amount summed, and is checked to be the stated one; every other table adds
up exactly.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import docx
import pytest

from generator.build import CaseResult, Pipeline

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "cases").glob("*.yaml"))
GODKANNANDE = ROOT / "cases" / "001-godkannande-aterbetalning-kommunal-samverkan-2019.yaml"
SPLIT_TABLES = """\
  - rubrik: Fördelning efter befolkning
    tabell: uppdelning
    uppdelning: befolkning
  - rubrik: Fördelning lika
    tabell: uppdelning
    uppdelning: lika
undertecknare:
"""
NUMBER = re.compile(r"[-−]?\d{1,3}(?:[\u00a0\u202f ]\d{3})*(?:,\d+)?(?:\u00a0%)?")
TOTAL_LABELS = {"Totalt", "Summa"}
ROUNDED_NOTE = "Beloppen är avrundade var för sig"


@dataclass(frozen=True)
class Row:
    """A table row as read back: label, whether the label is bold, and every cell's text."""

    label: str
    bold_label: bool
    cells: tuple[str, ...]

    @property
    def has_amounts(self) -> bool:
        """Tell whether some cell after the label holds a number."""
        return any(swedish_number(c) is not None for c in self.cells[1:])

    @property
    def is_total(self) -> bool:
        """Tell whether the row states a total: labelled so, or a bold label with amounts."""
        return self.label in TOTAL_LABELS or (self.bold_label and self.has_amounts)

    @property
    def opens_group(self) -> bool:
        """Tell whether the row is a group's label: a text (bold or not) and no amount."""
        return bool(self.label) and not self.has_amounts and self.label not in TOTAL_LABELS

    @property
    def is_part(self) -> bool:
        """Tell whether the row is a `varav` row (a part of the row above)."""
        return self.label.startswith("varav")


def swedish_number(text: str) -> Decimal | None:
    """Read '21 724 100', '1 250,5' or '7,5 %' (no-break spaces, real minus); None if not a
    number."""
    text = text.strip().strip("*").strip()
    if not NUMBER.fullmatch(text):
        return None
    digits = re.sub(r"[\u00a0\u202f ]", "", text.removesuffix("\u00a0%"))
    return Decimal(digits.replace("−", "-").replace(",", "."))


@dataclass(frozen=True)
class Printed:
    """A table as read back: its rows, and whether the sentence under it says it is rounded."""

    rows: list[Row]
    rounded: bool = False
    unsummed: frozenset[int] = frozenset()
    """Columns of percentages that are not parts of a whole (changes): never added up."""


def markdown_tables(markdown: str) -> list[Printed]:
    """Every pipe table of the Markdown, its header and separator rows left out."""
    tables: list[list[str]] = []
    rounded: list[bool] = []
    previous_was_table = False
    lines = markdown.splitlines()
    for number, line in enumerate(lines):
        is_table = line.startswith("|")
        if is_table and not previous_was_table:
            tables.append([])
            after = [rest for rest in lines[number:] if not rest.startswith("|") and rest]
            rounded.append(bool(after) and after[0].startswith(ROUNDED_NOTE))
        if is_table:
            tables[-1].append(line)
        previous_was_table = is_table
    return [Printed([_markdown_row(line) for line in table[2:]], note)
            for table, note in zip(tables, rounded, strict=True)]


def _markdown_row(line: str) -> Row:
    """Split a pipe-table line into cells (escaped pipes stay in their cell)."""
    cells = tuple(c.strip() for c in re.split(r"(?<!\\)\|", line.strip())[1:-1])
    first = cells[0] if cells else ""
    bold = first.startswith("**") and first.endswith("**") and len(first) > 4
    label = first.strip("*").strip()
    return Row(label.replace("varav* ", "varav "), bold, cells)


def word_tables(document: bytes) -> list[Printed]:
    """Every table of the Word document, its header row left out."""
    tables = []
    read = docx.Document(io.BytesIO(document))
    paragraphs = {p._p: p.text for p in read.paragraphs}
    for table in read.tables:
        if len(table.rows) == 1 and len(table.columns) == 1:  # (a heading held: no data)
            continue
        rows = []
        for row in table.rows[1:]:
            cells = _row_texts(row.cells)
            runs = [r for p in row.cells[0].paragraphs for r in p.runs if r.text.strip()]
            bold = bool(runs) and all(r.bold for r in runs)
            rows.append(Row(cells[0] if cells else "", bold, cells))
        after = paragraphs.get(table._element.getnext(), "")
        tables.append(Printed(rows, after.startswith(ROUNDED_NOTE)))
    return tables


def _row_texts(cells: Sequence[Any]) -> tuple[str, ...]:
    """A Word row's text column by column: a cell merged across columns (a group heading,
    `w:gridSpan`), which python-docx gives for each of them, in its first and the rest
    empty, as the reader sees it."""
    seen: set[int] = set()
    texts = []
    for cell in cells:
        texts.append("" if id(cell._tc) in seen else cell.text.strip())
        seen.add(id(cell._tc))
    return tuple(texts)


def totals_checked(tables: list[Printed]) -> int:
    """Assert that every total adds up; return how many totals were checked."""
    checked = 0
    for table in tables:
        levels: list[list[Row]] = [[]]
        for row in table.rows:
            if row.is_part:
                continue
            if row.opens_group:
                levels.append([])
            elif row.is_total and len(levels) > 1:
                checked += _check_total(row, levels.pop(), table)
                levels[-1].append(row)
            elif row.is_total:
                checked += _check_total(row, levels[0], table)
                levels[0] = []
            else:
                levels[-1].append(row)
    return checked


def _check_total(total: Row, above: list[Row], table: Printed) -> int:
    """Compare each amount of a total row with the sum of its column above: exactly, or for
    rounded amounts within half a step of the column's last shown decimal per amount."""
    checked = 0
    rounded = table.rounded
    for column, text in enumerate(total.cells[1:], start=1):
        stated = swedish_number(text)
        if stated is None or column in table.unsummed:
            continue
        parts = [swedish_number(row.cells[column]) for row in above]
        assert None not in parts, (total, above)
        added = sum(p for p in parts if p is not None)
        if rounded:
            step = min(Decimal(1).scaleb(_exponent(p)) for p in [stated, *parts] if p is not None)
            assert 2 * abs(stated - added) <= len(parts) * step, (total.label, column, above)
        else:
            assert stated == added, (total.label, column, above)
        checked += 1
    return checked


def _exponent(number: Decimal) -> int:
    """The exponent of a number's last written decimal: -1 for 37,8, 0 for 238."""
    exponent = number.as_tuple().exponent
    assert isinstance(exponent, int)
    return min(exponent, 0)


def build(path: Path) -> CaseResult:
    """Render a case in memory; it must have no errors."""
    result = Pipeline().build(path)
    assert not result.failed, [p.format() for p in result.problems]
    return result


def with_split_tables(tmp_path: Path) -> Path:
    """The godkännande sample with its two splits shown as tables."""
    source = GODKANNANDE.read_text(encoding="utf-8").replace("undertecknare:\n", SPLIT_TABLES)
    path = tmp_path / "uppdelningar.yaml"
    path.write_text(source, encoding="utf-8")
    return path


@pytest.mark.parametrize("case", SAMPLES, ids=lambda p: p.name[:3])
def test_every_total_of_a_sample_adds_up_in_markdown_and_word(case: Path) -> None:
    result = build(case)
    markdown = result.files[f"{case.stem}.md"].decode("utf-8")
    in_markdown = totals_checked(markdown_tables(markdown))
    in_word = totals_checked(word_tables(result.files[f"{case.stem}.docx"]))
    assert in_markdown == in_word


def test_the_split_tables_add_up(tmp_path: Path) -> None:
    path = with_split_tables(tmp_path)
    result = build(path)
    markdown = result.files[f"{path.stem}.md"].decode("utf-8")
    assert totals_checked(markdown_tables(markdown)) == 2
    assert totals_checked(word_tables(result.files[f"{path.stem}.docx"])) == 2


def test_a_wrong_total_is_caught() -> None:
    rows = [Row("A", False, ("A", "1\u00a0000")), Row("varav B", False, ("varav B", "400")),
            Row("C", False, ("C", "2\u00a0000")), Row("Totalt", True, ("**Totalt**", "**3 001**"))]
    with pytest.raises(AssertionError):
        totals_checked([Printed(rows)])
    assert totals_checked([Printed([*rows[:3], Row("Totalt", True, ("Totalt", "3\u00a0000"))])]) \
        == 1


def test_a_rounded_total_may_differ_by_half_a_step_per_amount_and_no_more() -> None:
    rows = [Row("A", False, ("A", "1,3")), Row("B", False, ("B", "2,3")),
            Row("C", False, ("C", "3,3"))]
    assert totals_checked([Printed([*rows, Row("Summa", True, ("Summa", "7,0"))], True)]) == 1
    with pytest.raises(AssertionError):  # 0,2 from 6,9: more than three halves of 0,1
        totals_checked([Printed([*rows, Row("Summa", True, ("Summa", "7,1"))], True)])
    with pytest.raises(AssertionError):
        totals_checked([Printed([*rows, Row("Summa", True, ("Summa", "7,0"))])])


ROUNDED = """\
dokumenttyp: beslutsunderlag
datum: 2015-11-18
dnr: Fi2015/05312
titel: Stöd till landsting
avsnitt:
  - rubrik: Landsting
    tabell: landsting
  - rubrik: Kommuner
    tabell: kommuner
tabeller:
  - namn: landsting
    enhet: mnkr
    totalt: Summa
    avrundat: true
    summa: "6,8"
    kolumner:
      - {namn: landsting, rubrik: Landsting}
      - {namn: belopp, rubrik: Belopp, typ: belopp}
    rader:
      - {landsting: Blekinge, belopp: "1,3"}
      - {landsting: Dalarna, belopp: "2,3"}
      - {landsting: Gotland, belopp: "3,3"}
  - namn: kommuner
    enhet: mnkr
    kolumner:
      - {namn: kommun, rubrik: Kommun}
      - {namn: belopp, rubrik: Belopp, typ: belopp}
    rader:
      - {kommun: Boden, belopp: "1,3"}
      - {kommun: Luleå, belopp: "2,3"}
"""


def test_a_rounded_table_prints_its_stated_total_and_the_others_add_up_exactly(
        tmp_path: Path) -> None:
    path = tmp_path / "avrundat.yaml"
    path.write_text(ROUNDED, encoding="utf-8")
    result = build(path)
    markdown = result.files[f"{path.stem}.md"].decode("utf-8")
    for tables in (markdown_tables(markdown), word_tables(result.files[f"{path.stem}.docx"])):
        assert [t.rounded for t in tables[-2:]] == [True, False]
        assert [c.strip("*") for c in tables[-2].rows[-1].cells] == ["Summa", "6,8"]
        assert totals_checked(tables) == 2


@pytest.mark.parametrize(("case", "expected"), [("002", 1 + 4), ("003", 1 + 3)])
def test_each_total_is_found_in_markdown_and_word(case: str, expected: int) -> None:
    [path] = [p for p in SAMPLES if p.name.startswith(case)]
    result = build(path)
    assert totals_checked(markdown_tables(result.files[f"{path.stem}.md"].decode())) == expected
    assert totals_checked(word_tables(result.files[f"{path.stem}.docx"])) == expected


LAN = ROOT / "cases" / "005-fordelning-per-lan-norrbotten-2024.yaml"
SHARE_COLUMN = """\
      - namn: andel
        rubrik: Andel
        typ: andel
        av: belopp
"""


def with_shares(tmp_path: Path, decimals: int, varav: bool) -> Path:
    """The sample of a county's table with a share column (the municipalities as a group
    with a subtotal, or as `varav` rows)."""
    source = LAN.read_text(encoding="utf-8").replace(
        "    rader:\n      - mottagare: Länets kommuner\n",
        f"{SHARE_COLUMN}        decimaler: {decimals}\n"
        "    rader:\n      - mottagare: Länets kommuner\n", 1)
    if varav:
        source = source.replace("        delsumma: Summa kommuner\n", "")
    path = tmp_path / "andelar.yaml"
    path.write_text(source, encoding="utf-8")
    return path


@pytest.mark.parametrize(("decimals", "varav"), [(0, False), (1, False), (2, True), (3, True)])
def test_computed_shares_add_up_to_exactly_100(tmp_path: Path, decimals: int,
                                               varav: bool) -> None:
    path = with_shares(tmp_path, decimals, varav)
    result = build(path)
    hundred = "100" + ("," + "0" * decimals if decimals else "") + "\u00a0%"
    for tables in (markdown_tables(result.files[f"{path.stem}.md"].decode("utf-8")),
                   word_tables(result.files[f"{path.stem}.docx"])):
        table = tables[-1]  # (the table of the county, after the letterhead's in Word)
        assert table.rows[-1].cells[-1].strip("*") == hundred
        assert totals_checked([table]) == (2 if varav else 4)  # (amounts and shares)


def test_a_share_total_that_is_not_the_sum_of_the_shares_is_caught() -> None:
    rows = [Row("A", False, ("A", "33,4\u00a0%")), Row("B", False, ("B", "33,3\u00a0%")),
            Row("C", False, ("C", "33,4\u00a0%")), Row("Totalt", True, ("Totalt", "100,0\u00a0%"))]
    with pytest.raises(AssertionError):
        totals_checked([Printed(rows)])


CHANGES = """\
dokumenttyp: beslutsunderlag
datum: 2024-10-14
dnr: KS 2024/312
titel: Driftbudget
avsnitt:
  - tabell: drift
tabeller:
  - namn: drift
    enhet: mnkr
    avrundat: true
    summa: {budget24: "99,6", budget25: "110,2"}
    kolumner:
      - {namn: namnd, rubrik: Nämnd}
      - {namn: budget24, rubrik: Budget 2024, typ: belopp}
      - {namn: procent, rubrik: Förändring %, typ: forandring, fran: budget24, till: budget25}
      - {namn: budget25, rubrik: Budget 2025, typ: belopp}
    rader:
      - namnd: Kommunstyrelse
        delsumma: Summa kommunstyrelse
        rader:
          - {namnd: Kommunövergripande, budget24: "70,9", budget25: "81,7"}
          - {namnd: Räddningstjänst, budget24: "27,1", budget25: "26,8"}
      - {namnd: Valnämnd, budget24: "0,0", budget25: "0,1"}
      - {namnd: Revision, budget24: "1,5", budget25: "1,5"}
"""


def test_a_change_column_is_not_added_up_and_the_amounts_beside_it_are(tmp_path: Path) -> None:
    path = tmp_path / "forandring.yaml"
    path.write_text(CHANGES, encoding="utf-8")
    result = build(path)
    for tables in (markdown_tables(result.files[f"{path.stem}.md"].decode("utf-8")),
                   word_tables(result.files[f"{path.stem}.docx"])):
        table = tables[-1]
        assert [row.cells[2].strip("*") for row in table.rows] == [
            "", "15,2\u00a0%", "\u22121,1\u00a0%", "10,7\u00a0%", "–", "0,0\u00a0%",
            "10,6\u00a0%"]
        assert totals_checked([Printed(table.rows, table.rounded, frozenset({2}))]) == 4
        with pytest.raises(AssertionError):  # (changes are no parts of a whole)
            totals_checked([table])


ROW_CHANGES = """\
dokumenttyp: tjansteskrivelse
datum: nej
dnr: nej
titel: Internhyra
avsnitt:
  - tabell: hyra
tabeller:
  - namn: hyra
    kolumner:
      - {namn: ar, rubrik: År, typ: text}
      - {namn: hyra, rubrik: Hyra, typ: belopp}
      - {namn: andring, rubrik: Förändring, typ: forandring, fran: foregaende_rad, till: hyra}
    rader:
      - {ar: "2022", hyra: 2 421 000}
      - {ar: "2023", hyra: 2 561 000}
      - {ar: "2024", hyra: 2 953 000}
"""


def test_a_change_from_the_row_above_is_not_added_up_and_the_amounts_are(
        tmp_path: Path) -> None:
    path = tmp_path / "radforandring.yaml"
    path.write_text(ROW_CHANGES, encoding="utf-8")
    result = build(path)
    for tables in (markdown_tables(result.files[f"{path.stem}.md"].decode("utf-8")),
                   word_tables(result.files[f"{path.stem}.docx"])):
        table = tables[-1]
        assert [row.cells[2].strip("*") for row in table.rows] == [
            "", "5,8\u00a0%", "15,3\u00a0%", ""]
        assert totals_checked([Printed(table.rows, table.rounded, frozenset({2}))]) == 1

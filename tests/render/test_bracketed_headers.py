"""Specification, by exact Markdown, Word and messages, of an amount column's header that
ends in brackets (trial 54, F7: Bjuv's "Momskompensation (6 %)" became "Momskompensation
(6 %) (kr)"): the unit goes last inside the brackets, "Momskompensation (6 %, kr)", in the
documents and wherever a message names the column; a formula names it without the unit."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import CaseResult, Pipeline
from generator.compute.tables import bare_header, with_unit
from generator.word.dump import dump_docx

CASE = """\
dokumenttyp: beslut
avsandare: [Bjuvs kommun]
datum: nej
dnr: nej
titel: Grundbelopp 2017
beslut:
  beslutande: Bjuvs kommun
  punkter:
    - bidrag lämnas enligt tabellen.
avsnitt:
  - rubrik: Grundbelopp
    tabell: extern
tabeller:
  - namn: extern
    totalt: false
    kolumner:
      - {namn: skolform, rubrik: Skolform}
      - {namn: summa, rubrik: Summa, typ: belopp}
      - {namn: moms, rubrik: Momskompensation (6 %), typ: belopp, formel: summa * 6 %}
      - {namn: termin, rubrik: Per termin (fristående aktör), typ: belopp, formel: moms / 2}
    rader:
      - {skolform: Förskoleklass, summa: 66 933, moms: MOMS}
"""


def built(tmp_path: Path, moms: str = '""') -> CaseResult:
    """The case built, Förskoleklass's Moms typed as `moms`."""
    path = tmp_path / "fall.yaml"
    path.write_text(CASE.replace("MOMS", moms), encoding="utf-8")
    return Pipeline().build(path)


def test_markdown_writes_the_unit_inside_the_last_brackets(tmp_path: Path) -> None:
    text = built(tmp_path).files["fall.md"].decode("utf-8").replace("\u00a0", "~")
    assert next(line for line in text.splitlines() if line.startswith("|")) == (
        "| Skolform | Summa (kr) | Momskompensation (6 %, kr) | "
        "Per termin (fristående aktör, kr) |")


def test_word_writes_the_unit_inside_the_last_brackets(tmp_path: Path) -> None:
    dump = dump_docx(built(tmp_path).files["fall.docx"]).replace("\u00a0", "~")
    assert dump[dump.index("[tabell stil=Table Grid"):].splitlines()[1] == (
        "  | **Skolform** | >**Summa (kr)** | >**Momskompensation (6~%, kr)** | "
        ">**Per termin (fristående aktör, kr)** | ↓")


def test_a_message_names_the_column_as_the_document_does(tmp_path: Path) -> None:
    assert [p.format().replace(f"{tmp_path}/", "").replace("\u00a0", "~")
            for p in built(tmp_path, "4 017").problems] == [
        "fall.yaml:22:56: angivet belopp 4~017~kr för raden 'Förskoleklass', kolumnen "
        "'Momskompensation (6 %, kr)' stämmer inte med uträkningen Summa × 6 % (66~933~kr × "
        "6 %) = 4~015,98~kr, avrundat 4~016~kr (det angivna är 1~kr för högt); rätta "
        "beloppet eller ta bort det så räknas det ut"
        "; står beloppet så i det fattade beslutet, skriv 'fast_belopp: ja' på raden, så "
        "står det som det är skrivet"]


@pytest.mark.parametrize(("header", "unit", "shown"), [
    ("Bidrag", "kr", "Bidrag (kr)"),
    ("Momskompensation (6 %)", "kr", "Momskompensation (6 %, kr)"),
    ("Plan (fristående aktör)", "mnkr", "Plan (fristående aktör, mnkr)"),
    ("Belopp (kr)", "kr", "Belopp (kr)"),
])
def test_a_header_gets_its_unit_once_and_formulas_name_it_without(
        header: str, unit: str, shown: str) -> None:
    assert with_unit(header, unit) == shown
    assert bare_header(shown, unit) == header.removesuffix(" (kr)")

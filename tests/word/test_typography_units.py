"""A number is never parted from a unit of measure, a month or "kap." in Word (trial 77,
F7: "den 1 / januari", "25 / kilometer" and "2 / kap." broke across lines), as it is not
from "kr", "%" or "§"; the .md keeps the spaces as typed."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline
from generator.word.dump import dump_docx
from generator.word.typography import no_break_spaces, number_kept


@pytest.mark.parametrize(("text", "typeset"), [
    ("från och med den 1 januari 2025", "från och med den 1\u00a0januari 2025"),
    ("beslutet den 31 mars 2026", "beslutet den 31\u00a0mars 2026"),
    ("med stöd av 2 kap. 2 § lagen", "med stöd av 2\u00a0kap. 2\u00a0§ lagen"),
    ("kortare än 25 km", "kortare än 25\u00a0km"),
    ("längre än 25 kilometer", "längre än 25\u00a0kilometer"),
    ("1,5 mil, 120 m², 40 kvm, 3 m, 80 cm och 12 mm", "1,5\u00a0mil, 120\u00a0m², "
     "40\u00a0kvm, 3\u00a0m, 80\u00a0cm och 12\u00a0mm"),
    ("20 kg, 2 ton, 10 liter och 45 minuter",
     "20\u00a0kg, 2\u00a0ton, 10\u00a0liter och 45\u00a0minuter"),
])
def test_a_number_keeps_its_month_unit_or_chapter(text: str, typeset: str) -> None:
    assert no_break_spaces(text) == typeset


@pytest.mark.parametrize("text", [
    "3 barn och 2 vuxna", "10 kapitel", "2 majoriteter", "5 meters", "2 kap 3",
    "4 milstolpar", "7 mandat",
])
def test_ordinary_words_after_a_number_may_break_from_it(text: str) -> None:
    assert no_break_spaces(text) == text



@pytest.mark.parametrize(("text", "typeset"), [
    ("av ordföranden Jan Sahlén (S) och Ida Stafrin (C).",
     "av ordföranden Jan Sahlén\u00a0(S) och Ida Stafrin\u00a0(C)."),
    ("Anna Berg (KD), Bo Ek (MP) och Cilla Ahl (Kv)",
     "Anna Berg\u00a0(KD), Bo Ek\u00a0(MP) och Cilla Ahl\u00a0(Kv)"),
    ("kostnaden (netto) och vägen (Väg 90)", "kostnaden (netto) och vägen (Väg 90)"),
])
def test_a_name_keeps_its_party(text: str, typeset: str) -> None:
    """Trial 93, F11: "… och Ida Stafrin" / "(C)." broke at the party."""
    assert no_break_spaces(text) == typeset

CASE = """\
dokumenttyp: tjansteskrivelse
datum: 2025-03-14
dnr: KS 2025/12
titel: Färdtjänst
avsnitt:
  - rubrik: Bakgrund
    text: Taxan gäller från den 1 januari 2025 för resor längre än 25 km enligt 2 kap. 2 §.
"""


def test_only_the_word_file_gets_them(tmp_path: Path) -> None:
    path = tmp_path / "fall.yaml"
    path.write_text(CASE, encoding="utf-8")
    result = Pipeline().build(path)
    sentence = "Taxan gäller från den 1 januari 2025 för resor längre än 25 km enligt 2 kap. 2 §."
    assert sentence in result.files["fall.md"].decode("utf-8")
    assert ("Taxan gäller från den 1\u00a0januari 2025 för resor längre än 25\u00a0km enligt "
            "2\u00a0kap. 2\u00a0§.") in dump_docx(result.files["fall.docx"])


@pytest.mark.parametrize(("header", "kept"), [
    ("Taxa 2020 (kr)", "Taxa\u202f2020 (kr)"),
    ("Budget 2024\u20132025 (tkr)", "Budget\u202f2024\u20132025 (tkr)"),
    ("Utfall 2023", "Utfall\u202f2023"),
    ("Per år 2022 (tkr)", "Per år 2022 (tkr)"),  # (a plain space before "år" may break)
    ("2020 (kr)", "2020 (kr)"),
    ("Belopp (kr)", "Belopp (kr)"),
])
def test_a_headers_first_word_is_measured_with_its_year(header: str, kept: str) -> None:
    """Trial 91, F1: "Taxa" / "2020 (kr)"; an amount header is measured with its first
    word and the number after it as one word (`name_room`)."""
    assert number_kept(header) == kept

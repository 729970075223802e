"""Specification: an amount a case states by name under `belopp:` may be negative, as a
table's amount may, written with the minus first ("-1 747 977"), and every filter prints it
with the minus sign as the tables do (trial 65, F1: a write-off booked "i alt -1.747.977 kr"
was refused as "beloppet får inte vara negativt (-1747977)"). Funds that are allocated or
split stay zero or more, and the message says why, with the amount as the documents write
it."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import CaseResult, Pipeline
from generator.word.dump import dump_docx

NBSP = "\u00a0"
CASE = """\
dokumenttyp: tjansteskrivelse
datum: 2015-03-18
dnr: nej
titel: Avskrivning av fordringar
belopp:
  grans: 100000
  totalt: "-1 747 977"
avsnitt:
  - rubrik: Ärendet
    text: |
      {text}
"""


@pytest.fixture(autouse=True)
def _here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Cases are built in tmp_path."""
    monkeypatch.chdir(tmp_path)


def build(text: str, head: str = "") -> CaseResult:
    """The case with `text` as its one text, built in memory."""
    path = Path("fall.yaml")
    path.write_text(head + CASE.format(text=text), encoding="utf-8")
    return Pipeline().build(path)


def messages(result: CaseResult) -> list[str]:
    """The problems as printed."""
    return [p.format() for p in result.problems]


def paragraph(result: CaseResult) -> str:
    """The .md's line of the text, no-break spaces as spaces."""
    text = result.files["fall.md"].decode("utf-8").replace(NBSP, " ")
    return next(line for line in text.splitlines() if line.startswith("Totalt"))


EVERY_FILTER = ("Totalt {{ belopp.totalt }}, {{ belopp.totalt | kr }}, "
                "{{ belopp.totalt | tkr }}, {{ belopp.totalt | mnkr }}, "
                "{{ belopp.totalt | belopp }} kr.")


def test_a_negative_named_amount_prints_with_the_minus_sign_in_every_filter() -> None:
    result = build(EVERY_FILTER)
    assert messages(result) == []
    assert paragraph(result) == ("Totalt −1 747 977 kr, −1 747 977 kr, ca −1 748 tkr, "
                                 "ca −1,7 mnkr, −1 747 977 kr.")


def test_in_words_too() -> None:
    result = build(EVERY_FILTER, "kronor_i_lopande_text: ja\n")
    assert messages(result) == []
    assert paragraph(result) == (
        "Totalt −1 747 977 kronor, −1 747 977 kronor, ca −1 748 tusen kronor, "
        "ca −1,7 miljoner kronor, −1 747 977 kr.")


def test_its_size_without_the_sign_for_a_text_that_says_it_in_words() -> None:
    result = build("Totalt en avskrivning på {{ belopp.totalt | utan_tecken }}.")
    assert messages(result) == []
    assert paragraph(result) == "Totalt en avskrivning på 1 747 977 kr."


def test_the_word_document_writes_it_as_the_markdown_does() -> None:
    word = dump_docx(build("Totalt {{ belopp.totalt }}.").files["fall.docx"])
    assert f"Totalt −1{NBSP}747{NBSP}977{NBSP}kr." in word


def test_funds_that_are_split_stay_zero_or_more_and_the_message_says_why() -> None:
    split = """\
uppdelningar:
  - namn: bidrag
    summa: "-1 747 977"
    metod: lika
    parter: [{namn: Boden}, {namn: Luleå}]
"""
    result = build("Totalt {{ belopp.totalt }}.", split)
    assert messages(result) == [
        "fall.yaml:3:12: 'summa': beloppet får inte vara negativt här "
        "(−1 747 977 kr), eftersom medel som fördelas inte kan vara negativa; ange ett "
        "belopp ≥ 0"]

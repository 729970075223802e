"""Specification: a rounding filter writes "ca" before an amount it rounds and nothing before
one it shows exactly; a text that says "ca" (or "cirka", "omkring", "drygt", "knappt" …)
itself, as a source with only rounded amounts does, keeps its own word and never gets the
filter's as well (trial 65, F2: "innebär att ca ca 2,7 mnkr"), in the .md and in Word."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import CaseResult, Pipeline
from generator.text.approximation import single_approximation
from generator.word.dump import dump_docx

NBSP = "\u00a0"
CASE = """\
dokumenttyp: tjansteskrivelse
datum: 2009-03-10
dnr: nej
titel: Överföring av resultat
belopp:
  begart: 18100000
  overfors: 2712345
  eget_kapital: 112000000
avsnitt:
  - rubrik: Ärendet
    text: |
      {text}
"""


@pytest.fixture(autouse=True)
def _here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Cases are built in tmp_path."""
    monkeypatch.chdir(tmp_path)


def build(text: str) -> CaseResult:
    """The case with `text` as its one text, built in memory."""
    path = Path("fall.yaml")
    path.write_text(CASE.format(text=text), encoding="utf-8")
    return Pipeline().build(path)


def paragraph(result: CaseResult) -> str:
    """The .md's paragraph of the text, no-break spaces as spaces."""
    text = result.files["fall.md"].decode("utf-8").replace(NBSP, " ")
    return next(line for line in text.splitlines() if "kapital" in line)


def test_the_filter_writes_ca_only_before_an_amount_it_rounds() -> None:
    result = build("Innebär att {{ belopp.overfors | mnkr }} av {{ belopp.begart | mnkr }} "
                   "överförs; eget kapital {{ belopp.eget_kapital | mnkr }}.")
    assert [p.format() for p in result.problems] == []
    assert paragraph(result) == ("Innebär att ca 2,7 mnkr av 18,1 mnkr överförs; eget kapital "
                                 "112 mnkr.")


def test_a_text_that_says_ca_itself_gets_it_once_whether_or_not_the_filter_rounds() -> None:
    result = build("Innebär att ca {{ belopp.overfors | mnkr }} av begärda ca "
                   "{{ belopp.begart | mnkr }} överförs; eget kapital ca "
                   "{{ belopp.eget_kapital | mnkr }}.")
    assert [p.format() for p in result.problems] == []
    assert paragraph(result) == ("Innebär att ca 2,7 mnkr av begärda ca 18,1 mnkr överförs; "
                                 "eget kapital ca 112 mnkr.")


def test_the_word_document_has_the_one_ca_of_the_markdown() -> None:
    word = dump_docx(build("Innebär att ca {{ belopp.overfors | mnkr }}, eget kapital.")
                     .files["fall.docx"])
    assert f"Innebär att ca 2,7{NBSP}mnkr, eget kapital." in word
    assert "ca ca" not in word


@pytest.mark.parametrize(("typed", "printed"), [
    ("Cirka {{ belopp.overfors | mnkr }}", "Cirka 2,7 mnkr"),
    ("omkring {{ belopp.overfors | tkr }}", "omkring 2 712 tkr"),
    ("drygt {{ belopp.overfors | mnkr(2) }}", "drygt 2,71 mnkr"),
    ("knappt {{ belopp.overfors | mnkr(0) }}", "knappt 3 mnkr"),
    ("c:a {{ belopp.overfors | mnkr }}", "c:a 2,7 mnkr"),
    ("till {{ belopp.overfors | mnkr }}", "till ca 2,7 mnkr"),
    ("Orca {{ belopp.overfors | mnkr }}", "Orca ca 2,7 mnkr"),
])
def test_each_approximation_word_stands_for_the_filters_ca(typed: str, printed: str) -> None:
    assert paragraph(build(f"{typed}, eget kapital.")) == f"{printed}, eget kapital."


def test_only_the_filters_ca_is_left_out() -> None:
    # the filter's "ca" has a no-break space after it; a typed "ca ca" is the text's own
    assert single_approximation(f"ca ca{NBSP}2,7{NBSP}mnkr") == f"ca 2,7{NBSP}mnkr"
    assert single_approximation(f"ca\nca{NBSP}−2,7{NBSP}mnkr") == f"ca\n−2,7{NBSP}mnkr"
    assert single_approximation("ca ca 2,7 mnkr") == "ca ca 2,7 mnkr"

"""A notice of a decision tells of a decision already taken: without the decision's date it
would open "… beslutar", as if the letter were the decision (trial 75, F4), so that is an
error at `beslut` that says which key to fill in; with the date it prints "… beslutade den
…"."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline

CASE = """\
dokumenttyp: beslut
{label}datum: {date}
dnr: KFN 2025/31
titel: Bidrag till idrottsskolan 2025
beslut_forst: true
beslut:
  beslutande: Kultur- och fritidsnämnden
{decided}  paragraf: 21
  punkter:
    - bevilja föreningen bidrag till idrottsskolan enligt ansökan.
"""
NOTICE = "etikett: Meddelande om beslut\n"
MESSAGE = ("7:1: 'etikett: {label}' gör dokumentet till ett meddelande om ett fattat beslut, "
           "som ska säga när beslutet fattades, men beslutet har inget 'datum' (utan det "
           "skriver dokumentet 'Kultur- och fritidsnämnden beslutar', som om beslutet fattas "
           "nu); lägg till dagen beslutet fattades under 'beslut', t.ex. 'datum: {date}'")


def build(tmp_path: Path, label: str, decided: str = "",
          date: str = "2025-03-20") -> tuple[list[str], str]:
    """The problems as `line:col: message`, and the Markdown when there is one."""
    path = tmp_path / "fall.yaml"
    path.write_text(CASE.format(label=label, decided=decided, date=date), encoding="utf-8")
    result = Pipeline().build(path)
    markdown = result.files.get("fall.md", b"").decode("utf-8").replace("\u00a0", " ")
    return [p.format().removeprefix(f"{path}:") for p in result.problems], markdown


@pytest.mark.parametrize("label", ["Meddelande om beslut", "Underrättelse om beslut",
                                   "BESLUTSMEDDELANDE"])
def test_a_notice_without_the_decision_date_is_an_error_at_the_decision(
        tmp_path: Path, label: str) -> None:
    problems, markdown = build(tmp_path, f"etikett: {label}\n")
    assert (problems, markdown) == ([MESSAGE.format(label=label, date="2025-03-20")], "")


def test_the_example_is_the_document_date_or_a_day_when_it_has_none(tmp_path: Path) -> None:
    problems, _ = build(tmp_path, NOTICE, date="nej")
    assert problems == [MESSAGE.format(label="Meddelande om beslut", date="2025-03-14")]


def test_a_dated_notice_says_when_the_decision_was_taken(tmp_path: Path) -> None:
    problems, markdown = build(tmp_path, NOTICE, decided="  datum: 2025-03-18\n")
    assert problems == []
    assert "Kultur- och fritidsnämnden beslutade den 18 mars 2025, § 21," in markdown


@pytest.mark.parametrize("label", ["", "etikett: Beslut\n", "etikett: Protokollsutdrag\n"])
def test_another_decision_may_read_as_minutes_do(tmp_path: Path, label: str) -> None:
    problems, markdown = build(tmp_path, label)
    assert not [p for p in problems if "meddelande" in p]
    assert "Kultur- och fritidsnämnden beslutar (§ 21)" in markdown

"""Every message is Swedish, names no Python internals, and prints on any terminal."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from hostile import cases
from hostile.harness import Builder, errors

EXAMPLE = "skriv t.ex. {{ medel.summa }} eller {{ datum | datum_text }}"
"""The example of the messages: the case's figures, as it has no `summa` (trial 95, F8)."""
PYTHON_WORDS = re.compile(
    r"Traceback|Error\b|None\b|object\b|<class|__|\bdict\b|\blist\b|\bint\b|\bstr\b|Figure"
)


@pytest.mark.parametrize(
    ("reference", "message"),
    [
        ("{{ medel.poster[0] }}",
         "uppgiften är en samling uppgifter och kan inte skrivas ut, "
         "skriv en av delarna: belopp, namn"),
        ("{{ medel.poster }}",
         "uppgiften är en lista och kan inte skrivas ut, skriv en punkt i den, t.ex. [0]"),
        ("{{ self }}", f"det här kan inte skrivas ut i texten, {EXAMPLE}"),
        ("{{ datum.year }}",
         f"uppgiften har ingen del 'year' som kan skrivas ut, {EXAMPLE}"),
        ("{{ medel.summa.kronor }}",
         f"uppgiften har ingen del 'kronor' som kan skrivas ut, {EXAMPLE}"),
        ("{{ medel.poster.pop }}",
         f"uppgiften har ingen del 'pop' som kan skrivas ut, {EXAMPLE}"),
        ("{{ 5 }}", f"texten kan bara skriva ut belopp, datum och texter, {EXAMPLE}"),
        ("{{ none | datum_text }}",
         "formateringen datum_text kan bara visa ett datum, skriv t.ex. {{ datum | datum_text }}"),
        ("{{ medel.summa | datum }}",
         "formateringen datum kan bara visa ett datum, skriv t.ex. {{ datum | datum }}"),
        ("{{ datum | kr }}",
         "formateringen kr kan bara visa ett belopp, skriv t.ex. {{ medel.summa | kr }}"),
        ("{{ medel.summa | mnkr(999999999) }}",
         "formateringen mnkr kan visa 0 till 3 decimaler, skriv t.ex. "
         "{{ medel.summa | mnkr(1) }}"),
        ("{{ " + "(" * 80 + "datum" + ")" * 80 + " }}",
         f"hänvisningen i texten är för invecklad, {EXAMPLE}"),
        ("{{ medel.summa | kr(5) }}", f"hänvisningen i texten går inte att visa, {EXAMPLE}"),
    ],
)
def test_case_text_prints_only_formatted_values(
    build: Builder, reference: str, message: str
) -> None:
    result = build(cases.case(cases.quoted(f"Summan är {reference}.")))
    assert errors(result) == [f"13:27: {message}"]
    assert not result.files


def test_a_missing_date_never_becomes_today(build: Builder) -> None:
    result = build(cases.case(cases.quoted("Den {{ none | datum_text }}.")))
    assert result.failed and not result.files


HOSTILE_CASES = [
    cases.case('"a\\x0cb"'),
    cases.case(cases.block("Se [x](javascript:alert(1)).")),
    cases.case(cases.block(cases.nested_markers(500))),
    cases.case("{{ self }}").replace("text: {{ self }}", 'text: "{{ self }}"'),
    cases.case().replace("belopp: 1000", "belopp: 1e999999999"),
    cases.case().replace("belopp: 1000", "belopp: [1, 2]"),
    cases.case().replace("belopp: 1000", "belopp:"),
    cases.case(cases.quoted("{{ medel.poster[0].namn | kr }}")),
    cases.case(cases.quoted("{{ summa }")),
    "dokumenttyp: [\n",
    "- a\n- b\n",
]


@pytest.mark.parametrize("text", HOSTILE_CASES)
def test_no_message_shows_python_internals(build: Builder, text: str) -> None:
    result = build(text)
    assert result.failed
    for problem in result.problems:
        assert not PYTHON_WORDS.search(problem.message), problem.message


def test_printing_works_on_a_terminal_that_cannot_show_every_character(
    tmp_path: Path,
) -> None:
    case = tmp_path / "arende.yaml"
    case.write_text(cases.case(title="Över ≥ − gränsen").replace("belopp: 1000",
                                                                 "belopp: -5"),
                    encoding="utf-8")
    for encoding in ("cp1252", "ascii"):
        env = {**os.environ, "PYTHONIOENCODING": encoding}
        run = subprocess.run([sys.executable, "-m", "generator", "check", str(case)],
                             capture_output=True, env=env, timeout=120, check=False)
        assert run.returncode == 1, run.stderr
        assert b"Traceback" not in run.stderr
        assert b"1 fil kontrollerad: 1 fel i 1 fil." in run.stdout


def test_nested_parentheses_in_prose_are_not_a_reference(build: Builder) -> None:
    text = "Se " + "(" * 20 + "not" + ")" * 20 + " och {{ medel.summa }}."
    result = build(cases.case(cases.quoted(text)))
    assert not result.problems and "arende.docx" in result.files


def test_deep_parentheses_in_an_unfinished_reference_are_an_error(build: Builder) -> None:
    result = build(cases.case(cases.quoted("{{ " + "(" * 5000)))
    assert errors(result) == [f"13:12: hänvisningen i texten är för invecklad, {EXAMPLE}"]

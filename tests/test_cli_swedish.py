"""The terminal speaks Swedish: help texts, click's own words, usage errors and suggestions."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.cli_swedish import CATALOGUE, PLURALS

ENGLISH = re.compile(
    r"Usage:|Options:|Commands:|Show this|\[default|Error:|Try '|No such|Missing|Did you mean"
    r"|required|\[OPTIONS\]|COMMAND|\bTEXT\b|\bPATH\b|\bDIRECTORY\b|\bFILE\b|\bversion\b,"
)


def _run(*args: str) -> tuple[int, str]:
    """Run the command and return its exit code and everything it printed."""
    result = CliRunner().invoke(main, list(args), prog_name="beslut")
    return result.exit_code, result.output


def _command_names() -> list[str]:
    """Every visible command of `beslut`."""
    return main.list_commands(click.Context(main))


@pytest.mark.parametrize("args", [[], *([name] for name in _command_names())])
def test_every_help_text_is_swedish_and_ends_with_an_example(args: list[str]) -> None:
    code, out = _run(*args, "--help")
    assert code == 0
    assert out.startswith(f"Användning: beslut {' '.join(args)}".rstrip())
    assert "Flaggor:" in out and "Visa den här hjälpen och avsluta." in out
    assert not ENGLISH.search(out), out
    lines = [line.strip() for line in out.strip().splitlines()]
    assert "Exempel:" in lines
    assert all(line.startswith("beslut ") for line in lines[lines.index("Exempel:") + 1:])


def test_the_default_of_an_option_is_shown_in_swedish() -> None:
    _, out = _run("render", "--help")
    assert "[standard: output]" in out


def test_a_mistyped_command_suggests_the_nearest_one() -> None:
    code, out = _run("chek", "fall.yaml")
    assert code == 2
    assert "Fel: okänt kommando 'chek', menade du 'check'?" in out
    assert "Skriv 'beslut --help' för hjälp." in out


def test_a_mistyped_option_suggests_the_nearest_one() -> None:
    code, out = _run("render", "--outptu", "ut", "fall.yaml")
    assert code == 2
    assert "Fel: Okänd flagga '--outptu'. Menade du '--output'?" in out


def test_a_missing_argument_is_reported_in_swedish() -> None:
    code, out = _run("ny")
    assert code == 2
    assert "Fel: Argument saknas 'DOKUMENTTYP'." in out


def test_an_option_without_its_value_is_reported_in_swedish() -> None:
    code, out = _run("render", "fall.yaml", "-o")
    assert code == 2
    assert "Fel: Flaggan '-o' behöver ett värde." in out


def test_a_wrong_number_is_reported_in_swedish() -> None:
    code, out = _run("forhandsgranska", "fall.yaml", "--port", "tusen")
    assert code == 2
    assert "Ogiltigt värde för '--port': 'tusen' är inget giltigt tal." in out
    code, out = _run("forhandsgranska", "fall.yaml", "--port", "70000")
    assert "70000 ligger inte i intervallet 0<=x<=65535." in out


def test_a_missing_folder_is_reported_in_swedish() -> None:
    code, out = _run("render", "--templates", "finns-inte", "fall.yaml")
    assert code == 2
    assert "Mapp 'finns-inte' finns inte." in out


def test_english_aliases_work_but_are_not_listed() -> None:
    assert _run("kinds")[1] == _run("typer")[1]
    assert _run("organisations")[1] == _run("organisationer")[1]
    _, out = _run("--help")
    aliases = r"^\s+(new|kinds|organisations|show|watch|preview)\s"
    assert not re.search(aliases, out, re.MULTILINE)


def test_every_translated_text_is_one_click_uses() -> None:
    source = "".join(
        Path(module.__file__ or "").read_text(encoding="utf-8")
        for module in (click.core, click.exceptions, click.formatting, click.parser,
                       click.types, click.decorators)
    )
    missing = [msgid for msgid in CATALOGUE if repr(msgid)[1:-1] not in source]
    missing += [one for one, _ in PLURALS if one not in source]
    assert missing == []

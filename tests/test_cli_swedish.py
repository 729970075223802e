"""The terminal speaks Swedish: help texts, click's own words, usage errors and suggestions."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.cli_swedish import CATALOGUE, PLURALS, unknown_option

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
    assert "Fel: okänt kommando 'chek', menade du 'check' (samma som 'kontrollera')?" in out
    assert "Skriv 'beslut --help' för hjälp." in out


def test_a_mistyped_command_near_a_swedish_one_is_told_it() -> None:
    code, out = _run("kontrolera", "fall.yaml")
    assert code == 2
    assert "Fel: okänt kommando 'kontrolera', menade du 'kontrollera'? Kommandon:" in out


def test_a_mistyped_option_suggests_the_nearest_one() -> None:
    code, out = _run("render", "--outptu", "ut", "fall.yaml")
    assert code == 2
    assert "Fel: okänd flagga '--outptu', menade du '--output'?" in out


@pytest.mark.parametrize(("args", "message"), [
    (["bygg", "--chek"], "okänd flagga '--chek', menade du '--check'?"),
    (["bygg", "--forse"], "okänd flagga '--forse', menade du '--force'?"),
    (["bygg", "--ch"], "okänd flagga '--ch', menade du '--check'?"),
    (["ny", "--org", "x"], "okänd flagga '--org', menade du '--organisation'?"),
    (["--verison"], "okänd flagga '--verison', menade du '--version'?"),
    (["bygg", "--xyz"], "okänd flagga '--xyz'"),
    (["visa", "--verbose", "fall.yaml"], "okänd flagga '--verbose'"),
    (["bygg", "-x"], "okänd flagga '-x'"),
])
def test_an_unknown_option_reads_like_our_own_messages(args: list[str], message: str) -> None:
    code, out = _run(*args)
    assert code == 2
    assert out.splitlines()[-1] == f"Fel: {message}"


def test_only_a_close_option_is_suggested() -> None:
    assert unknown_option("--chek", ["--check", "--force", "--help", "-h"]) == (
        "okänd flagga '--chek', menade du '--check'?")
    assert unknown_option("--c", ["--check", "--clean"]) == "okänd flagga '--c'"
    assert unknown_option("--hjälp", ["--help", "--force"]) == (
        "okänd flagga '--hjälp', menade du '--help'?")
    assert unknown_option("--snabbt", ["--help", "--force"]) == "okänd flagga '--snabbt'"


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
    assert "70000 går inte, värdet ska vara från 0 till 65535." in out


def test_a_number_out_of_range_is_described_in_swedish_in_help_too() -> None:
    code, out = _run("bygg", "-j", "0")
    assert code == 2
    assert "Ogiltigt värde för '-j' / '--jobs': 0 går inte, värdet ska vara minst 1." in out
    _, out = _run("bygg", "--help")
    assert "[minst 1]" in out and "x>=" not in out


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


ROOT = Path(__file__).resolve().parents[1]


def _user_texts() -> dict[str, str]:
    """What a user reads outside the help: README, docs, skeletons and the strings of the
    package's code (a string standing as a statement, a docstring, is for programmers)."""
    texts = {path.name: path.read_text(encoding="utf-8")
             for path in [ROOT / "README.md", *(ROOT / "docs").glob("*.md"),
                          *(ROOT / "generator" / "skeletons").glob("*.yaml")]}
    for path in (ROOT / "generator").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {id(node.value) for node in ast.walk(tree) if isinstance(node, ast.Expr)}
        texts[str(path)] = "\n¶\n".join(  # (one string never runs into the next)
            node.value for node in ast.walk(tree) if isinstance(node, ast.Constant)
            and isinstance(node.value, str) and id(node) not in docstrings)
    return texts


def test_what_a_user_reads_names_each_command_by_its_swedish_name() -> None:
    english = "|".join(main.aliases)
    named = re.compile(rf"\bbeslut\s+({english})\b")
    assert {name: named.findall(text) for name, text in _user_texts().items()
            if named.search(text)} == {}


# Texts click only shows to programmers (wrong declarations) or on other platforms and tools.
NOT_FOR_USERS = {
    "d", "{editor}: Editing failed", "{editor}: Editing failed: {e}", "Windows error: {error}",
    "Arguments take exactly one parameter declaration, got {length}: {decls}.",
    "Boolean option {decl!r} cannot use the same flag for true/false.",
    "Could not determine name for option with declarations {decls!r}",
    "DeprecationWarning: The command {name!r} is deprecated.{extra_message}",
    "DeprecationWarning: The {param_type} {name!r} is deprecated.{extra_message}",
    "Name '{name}' defined twice",
    "No options defined but a name was passed ({name}). Did you mean to declare an argument "
    "instead? Did you mean to pass '--{name}'?",
    "Invalid start character for option ({option})",
    "Couldn't detect Bash version, shell completion is not supported.",
    "Shell completion is not supported for Bash versions older than 4.4.",
    "Unknown color {colour!r}", "Unknown standard stream '{name}'",
}


def _click_texts() -> tuple[set[str], set[tuple[str, str]]]:
    """Every text click passes to gettext and ngettext, read from its source."""
    single: set[str] = set()
    plural: set[tuple[str, str]] = set()
    for source in Path(click.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            texts = [a.value for a in node.args if isinstance(a, ast.Constant)
                     and isinstance(a.value, str)]
            if node.func.id == "_" and texts:
                single.add(texts[0])
            elif node.func.id == "ngettext" and len(texts) == 2:
                plural.add((texts[0], texts[1]))
    return single, plural


def test_every_text_click_shows_a_user_is_translated() -> None:
    single, plural = _click_texts()
    assert single - NOT_FOR_USERS - set(CATALOGUE) == set()
    assert plural - set(PLURALS) == set()


def test_every_translation_is_of_a_text_click_uses() -> None:
    single, plural = _click_texts()
    looked_up_by_value = {"required"}  # click calls _(extra["required"])
    assert set(CATALOGUE) - single - looked_up_by_value == set()
    assert set(PLURALS) - plural == set()


def test_the_help_names_the_english_names_of_the_commands() -> None:
    # (trial 75, F6: `beslut render` worked, but the help named it nowhere)
    _, out = _run("--help")
    assert " ".join(out.split()).count(
        "Kommandona har också engelska namn: build (bygg), check (kontrollera), kinds (typer), "
        "new (ny), organisations (organisationer), preview (forhandsgranska), render (skapa), "
        "show (visa), templates (mallar), watch (bevaka).") == 1

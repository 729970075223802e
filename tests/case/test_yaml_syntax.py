"""The Swedish wording of YAML syntax errors, also for libyaml's wording and problems no
pattern knows (those keep PyYAML's own words)."""

from __future__ import annotations

import pytest
import yaml

from generator.case.yaml_syntax import syntax_finding
from generator.problems import Position


def syntax(swedish: str) -> str:
    return f"YAML-syntaxfel: {swedish}, kontrollera indrag, kolon och citattecken"


@pytest.mark.parametrize(
    ("context", "problem", "swedish"),
    [
        (
            None,
            "did not find expected key",
            syntax(
                "raden passar inte in här, en ny nyckel ska ha samma indrag som nycklarna ovanför"
            ),
        ),
        (None, "found unexpected end of stream", syntax("filen tar slut mitt i ett värde")),
        (
            None,
            "found character that cannot start any token",
            syntax("ett tecken här kan inte stå först i ett värde (sätt texten inom citattecken)"),
        ),
        (
            None,
            "mapping values are not allowed in this context",
            syntax("kolon på fel ställe (sätt texten inom citattecken om den innehåller ': ')"),
        ),
        ("while scanning x", "something new", syntax("something new")),
    ],
)
def test_libyaml_style_and_unknown_problems(
    context: str | None, problem: str, swedish: str
) -> None:
    mark = yaml.error.Mark("ärende.yaml", 0, 4, 2, None, 0)
    error = yaml.MarkedYAMLError(context, None, problem, mark)
    assert syntax_finding(error) == (Position(5, 3), swedish)


def test_a_mark_outside_the_text_still_gets_a_message() -> None:
    error = yaml.MarkedYAMLError(None, None, "found unexpected end of stream", None)
    assert syntax_finding(error) == (Position(1, 1), syntax("filen tar slut mitt i ett värde"))

"""Swedish messages for YAML syntax errors, from PyYAML's or libyaml's English wording
and the lines around the error."""

from __future__ import annotations

import re
from functools import cache

import yaml

from generator.case.colon_hints import missing_colon
from generator.case.indent_hints import set_back_key, set_out_key, short_item, short_key
from generator.case.run_on_hints import run_on_text
from generator.case.yaml_marks import position_of
from generator.problems import Position

SYNTAX_HINT = "kontrollera indrag, kolon och citattecken"

# Patterns are searched in "<context> / <problem>"; the Swedish texts are str.format
# templates (braces doubled) that may use {line}/{column} of the context mark and
# the pattern's named groups. PyYAML and libyaml wordings are both covered. They are
# compiled on the first syntax error (`_syntax_patterns`), not at every start.
_SYNTAX: tuple[tuple[str, str], ...] = (
    (
        r"found character '\\t' that cannot start any token",
        "tabbtecken får inte användas för indrag, använd mellanslag",
    ),
    (
        r"found character (?P<ch>.+) that cannot start any token",
        "tecknet {ch} kan inte stå först i ett värde (sätt texten inom citattecken)",
    ),
    (
        r"found character that cannot start any token",
        "ett tecken här kan inte stå först i ett värde (sätt texten inom citattecken)",
    ),
    (
        r"mapping values are not allowed",
        "kolon på fel ställe (sätt texten inom citattecken om den innehåller ': ')",
    ),
    (r"could not find expected ':'", "kolon saknas efter nyckeln (skriv nyckel: värde)"),
    (
        r"quoted scalar / found unexpected (end of stream|document separator)",
        "citattecknet på rad {line} kolumn {column} avslutas aldrig",
    ),
    (r"found unexpected end of stream", "filen tar slut mitt i ett värde"),
    (
        r"double-quoted scalar / .*escape",
        "ogiltig kod med \\ inom dubbla citattecken "
        "(använd enkla citattecken för text som innehåller \\)",
    ),
    (
        r"(an alias|an anchor) / expected alphabetic",
        "text som börjar med & eller * måste sättas inom citattecken",
    ),
    (r"expected <block end>, but found ':'", "kolon utan nyckel framför"),
    (
        r"expected <block end>, but found '-'|sequence entries are not allowed",
        "listpunkt ('- ') på fel ställe",
    ),
    (
        r"did not find expected key|expected <block end>, but found",
        "raden passar inte in här, en ny nyckel ska ha samma indrag som nycklarna ovanför",
    ),
    (r"expected ',' or '\]'", "listan inom [ ] saknar ',' eller avslutande ']'"),
    (r"expected ',' or '}'", "samlingen inom {{ }} saknar ',' eller avslutande '}}'"),
    (r"expected the node content", "ett värde saknas här"),
    (r"expected '<document start>'", "oväntat innehåll efter dokumentets slut"),
    (r"mapping keys are not allowed", "frågetecken ('? ') på fel ställe"),
)


@cache
def _syntax_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """`_SYNTAX` with its patterns compiled."""
    return tuple((re.compile(pattern), swedish) for pattern, swedish in _SYNTAX)


def syntax_finding(exc: yaml.MarkedYAMLError, text: str = "") -> tuple[Position, str]:
    """Where a YAML syntax error is and what it means in Swedish, with a hint for the
    slips secretaries make (a key set back or out, a missing colon, a tab, `key: - 6 000`)."""
    mark = exc.problem_mark or exc.context_mark
    where = position_of(mark)
    hint: tuple[Position, str | None] | None = None
    if "mapping values are not allowed" in str(exc.problem):
        hint = set_back_key(text.splitlines(), where) or set_out_key(text.splitlines(), where)
    elif "could not find expected ':'" in str(exc.problem):
        hint = missing_colon(exc, text.splitlines())
        if hint is not None and hint[1] is None:  # no key: maybe a paragraph of the text above
            hint = run_on_text(text.splitlines(), hint[0]) or hint
    elif re.match(r"expected <block end>, but found '(\?|<block mapping start>)'",
                  str(exc.problem)):
        hint = short_key(text.splitlines(), where) or set_out_key(text.splitlines(), where)
    elif re.search(r"did not find expected key|found '<block sequence start>'",
                   str(exc.problem)):
        hint = short_item(text.splitlines(), where)
    if hint is not None:
        where, message = hint[0], hint[1] or _translate(exc)
    else:
        message = (_tab_after_text(exc, text, where) or _negative_after_colon(text, where)
                   or _translate(exc))
    return where, f"YAML-syntaxfel: {message}, {SYNTAX_HINT}"


@cache
def _dashed_figure() -> re.Pattern[str]:
    """`b2021: - 6 000`: a negative figure written with a space after its minus, as printed
    budgets have it, which YAML reads as a list item after the key (or, inside `{ }`, as no
    value)."""
    return re.compile(r"([^\s:#{},\[\]][^:#{},\[\]]*):[ \t]+-[ \t]+"
                      r"([0-9][0-9 ,.]*[0-9]|[0-9])")


def _negative_after_colon(text: str, where: Position) -> str | None:
    """The message for a negative figure written `key: - 6 000` (unquoted), if the line of
    the problem or the one above it is such a line."""
    lines = text.splitlines()
    for number in (where.line, where.line - 1):
        if 1 <= number <= len(lines):
            found = _dashed_figure().search(lines[number - 1])
            if found:
                figure = found[2].strip()
                line = "" if number == where.line else f" på rad {number}"
                return (f"'- {figure}'{line} läses inte som ett negativt tal (ett streck "
                        "och ett mellanslag inleder en listpunkt); skriv det inom "
                        f"citattecken, t.ex. {found[1].strip()}: "
                        f"\"-{figure}\"")
    return None


def _tab_after_text(exc: yaml.MarkedYAMLError, text: str, where: Position) -> str | None:
    """The message for a tab that YAML refuses after text on its line (not indentation)."""
    if "found character '\\t'" not in str(exc.problem):
        return None
    lines = text.splitlines()
    before = lines[where.line - 1][:where.column - 1] if where.line <= len(lines) else ""
    if not before.strip():
        return None
    if before.rstrip().endswith(":"):
        return "tabbtecken får inte stå mellan nyckel och värde; skriv ett mellanslag"
    return "tabbtecken får inte stå här; skriv ett mellanslag i stället"


def _translate(exc: yaml.MarkedYAMLError) -> str:
    """Swedish wording of a PyYAML (or libyaml) syntax problem."""
    problem = exc.problem or exc.context or "okänt fel"
    described = f"{exc.context or ''} / {problem}"
    where = position_of(exc.context_mark)
    for pattern, swedish in _syntax_patterns():
        match = pattern.search(described)
        if match is not None:
            fields = {"line": where.line, "column": where.column, **match.groupdict()}
            return swedish.format(**fields)
    return problem

"""Swedish messages for a template that fails, naming its file and line.

Jinja rewrites the traceback of a render error so that the frames of template code carry
the template's file name and line; the innermost such frame is where the fault is.
"""

from __future__ import annotations

import re
from pathlib import Path
from types import TracebackType
from typing import Final

from jinja2 import TemplateNotFound, TemplateSyntaxError, UndefinedError
from jinja2.exceptions import SecurityError

from generator.output.display import listed
from generator.problems import BeslutError
from generator.resources import templates_dir

_SYNTAX: Final = (
    (re.compile(r"unexpected end of template"),
     "mallen tar slut mitt i ett block, ett {{% end… %}} saknas"),
    (re.compile(r"Encountered unknown tag '([^']+)'"), "okänd tagg '{0}'"),
    (re.compile(r"unexpected char '(.+?)'"), "oväntat tecken {0}"),
    (re.compile(r"expected token '([^']+)', got '([^']+)'"), "väntade '{0}' men fick '{1}'"),
    (re.compile(r"Expected an expression, got '([^']+)'"), "ett uttryck saknas före '{0}'"),
    (re.compile(r"unexpected '([^']+)'"), "oväntat '{0}'"),
    (re.compile(r"no filter named '([^']+)'"), "okänt filter '{0}'"),
    (re.compile(r"no test named '([^']+)'"), "okänt test '{0}'"),
)


_TOKENS: Final = {
    "end of statement block": "%}",
    "end of print statement": "}}",
    "end of template": "mallens slut",
    "name": "ett namn",
}


def template_message(exc: BaseException, fallback_name: str) -> str:
    """The Swedish message for a template failure: file, line, what went wrong."""
    file, line = _place(exc, fallback_name)
    where = f"mallen {file}" + (f", rad {line}" if line else "")
    return f"{where}: {_what(exc)}"


def _what(exc: BaseException) -> str:
    """What went wrong, in Swedish, without Python's or Jinja's own wording."""
    if isinstance(exc, BeslutError):
        return exc.message
    if isinstance(exc, TemplateSyntaxError):
        return _syntax(exc.message or "")
    if isinstance(exc, TemplateNotFound):
        return f"mallen '{exc.name}' som tas med finns inte"
    if isinstance(exc, SecurityError):
        return "mallen försöker nå något som inte är tillåtet"
    if isinstance(exc, UndefinedError):
        return _undefined(exc.message or "")
    if isinstance(exc, RecursionError):
        return "mallen tar med eller anropar sig själv utan slut (rekursion)"
    if isinstance(exc, UnicodeDecodeError):
        return "mallfilen är inte UTF-8-kodad, spara den som UTF-8"
    if isinstance(exc, ZeroDivisionError):
        return "mallen delar med noll"
    return "mallen innehåller ett uttryck som inte går att beräkna"


def _syntax(message: str) -> str:
    """Swedish wording of a Jinja syntax error."""
    for pattern, swedish in _SYNTAX:
        found = pattern.search(message)
        if found:
            parts = (_TOKENS.get(part, part) for part in found.groups())
            return "syntaxfel, " + swedish.format(*parts)
    return "syntaxfel i mallen"


def _undefined(message: str) -> str:
    """Swedish wording of an unknown name or attribute."""
    if "is unsafe" in message:
        return "mallen försöker nå något som inte är tillåtet"
    name = re.search(r"'([^']+)' is undefined", message)
    if name:
        return f"okänt namn '{name.group(1)}'"
    attribute = re.search(r"^'(?:[\w.]+\.)?(\w+) object' has no attribute '([^']+)'", message)
    if attribute:
        return _missing_part(attribute.group(1), attribute.group(2))
    attribute = re.search(r"has no attribute '([^']+)'", message)
    if attribute:
        return f"uppgiften har ingen del '{attribute.group(1)}'"
    return "mallen använder en uppgift som inte finns"


def _missing_part(view: str, part: str) -> str:
    """A part a view lacks: the field meant (a template user types the case file's Swedish
    key, `namn`, for the view's field, `name`) and the parts the view has."""
    from generator.case.suggest import did_you_mean
    from generator.render.view_keys import view_keys, view_parts

    parts = view_parts(view)
    if not parts:
        return f"uppgiften har ingen del '{part}'"
    keys = view_keys(view)
    by_key = {key: field for field, key in keys.fields.items()} if keys else {}
    meant = by_key.get(part) or did_you_mean(part, parts)
    named = f"ärendets '{part}' heter '{meant}' i mallen; " if part in by_key else ""
    hint = f", menade du '{meant}'? ({named}" if meant else " ("
    return f"uppgiften har ingen del '{part}'{hint}delarna är {listed(parts)})"


def _place(exc: BaseException, fallback_name: str) -> tuple[str, int]:
    """The template file and line of the failure (innermost template frame)."""
    if isinstance(exc, TemplateSyntaxError):
        return _shown(exc.filename or exc.name or fallback_name), exc.lineno
    file, line = fallback_name, 0
    traceback: TracebackType | None = exc.__traceback__
    while traceback is not None:
        name = traceback.tb_frame.f_code.co_filename
        if name.endswith(".j2"):
            file, line = _shown(name), traceback.tb_lineno
        traceback = traceback.tb_next
    return file, line


def _shown(filename: str) -> str:
    """A template's file as the user knows it (built-in ones by their name)."""
    path = Path(filename)
    try:
        return f"(inbyggd) {path.relative_to(templates_dir())}"
    except ValueError:
        return str(path)

"""Render a document context to Markdown through the Jinja template of its kind."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from jinja2 import (
    ChoiceLoader,
    Environment,
    FileSystemLoader,
    PrefixLoader,
    StrictUndefined,
    Template,
    Undefined,
)
from markupsafe import Markup

from generator.case.house_style import HouseStyle
from generator.render.abbreviations import expand_first_use, legend
from generator.render.context import DocumentContext
from generator.render.filters import first_upper, make_filters, timestamp
from generator.render.markdown_escape import escape
from generator.render.template_errors import template_message
from generator.render.template_sandbox import BoundedSandbox, TemplateProblem, render_bounded
from generator.resources import templates_dir
from generator.text.markdown_safety import document_fault

__all__ = ["TemplateProblem", "make_environment", "render_document", "search_path"]


def search_path(overrides: Sequence[Path] = ()) -> list[Path]:
    """Override folders first (in the given order), then the built-in templates."""
    return [*overrides, templates_dir()]


def make_environment(paths: Sequence[Path], style: HouseStyle) -> Environment:
    """Create the template environment: sandboxed, strict, escaping case text for Markdown.

    `builtin/<name>` always reaches the built-in template, so an override can extend
    the template it replaces. Templates from override folders are untrusted: every
    template runs in the bounded sandbox of `template_sandbox`.
    """
    loader = ChoiceLoader([
        PrefixLoader({"builtin": FileSystemLoader(str(templates_dir()))}),
        FileSystemLoader([str(p) for p in paths]),
    ])
    env = BoundedSandbox(
        loader=loader,
        undefined=StrictUndefined,
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        finalize=_finalize,
    )
    env.filters.update(make_filters(style))
    env.filters["md"] = Markup
    env.filters["tal"] = lambda n: Markup(str(int(n)))
    env.filters["tidpunkt"] = timestamp
    env.filters["versal"] = first_upper
    return env


def _finalize(value: Any) -> Markup:
    """Escape plain text from the case for Markdown; refuse raw numbers and dates.

    Autoescape is on only so that macros return Markup; the escaping itself is Markdown
    escaping, done here, and the Markup result passes the HTML escaper untouched.
    """
    if isinstance(value, Markup):
        return value
    if isinstance(value, str):
        return Markup(escape(value))
    if isinstance(value, Undefined):
        str(value)  # StrictUndefined raises here, naming the missing variable
    raise TemplateProblem(f"mallen skriver ut {_unformatted(value)}")


def _unformatted(value: Any) -> str:
    """Name in Swedish what a template tried to print, and the filters that format it."""
    if value is None:
        return "ett tomt värde, kontrollera att uppgiften finns"
    if isinstance(value, datetime.date):
        return "ett datum utan formatering, använd filtret datum eller datum_text"
    if isinstance(value, int | float | Decimal):
        return "ett tal utan formatering, använd filtret belopp, kr eller tal"
    return "ett värde som inte är text, skriv ut en av dess delar"


def render_document(
    env: Environment, context: DocumentContext, abbreviations: dict[str, str]
) -> str:
    """Render the document's Markdown and write out abbreviations at their first use."""
    text = render_markdown(env, context)
    return with_abbreviations(env, text, abbreviations, context.style.abbreviation_legend)


def render_markdown(env: Environment, context: DocumentContext) -> str:
    """Render the document's Markdown; template faults become TemplateProblem."""
    return _tidy(render_template(env, f"{context.kind}.md.j2", doc=context))


def render_template(env: Environment, name: str, **variables: Any) -> str:
    """Render one template in the bounded sandbox; any failure becomes TemplateProblem."""
    if isinstance(env, BoundedSandbox):
        env.start_render()
    try:
        template: Template = env.get_template(name)
        text = render_bounded(template.generate(**variables))
    except Exception as exc:  # any fault of a template, named with its file and line
        raise TemplateProblem(template_message(exc, name)) from exc
    fault = document_fault(text)
    if fault is not None:
        raise TemplateProblem(f"mallen {name}: {fault}")
    return text


def _tidy(text: str) -> str:
    """Collapse runs of blank lines left by template blocks; end with one newline."""
    lines: list[str] = []
    for line in text.splitlines():
        if line.strip() or (lines and lines[-1].strip()):
            lines.append(line.rstrip() if not line.endswith("  ") else line)
    while lines and not lines[-1].strip():
        lines.pop()
    return "\n".join(lines) + "\n"


def title_line(markdown_text: str) -> int:
    """Index of the title line (the first `# `); the header block stands above it."""
    for index, line in enumerate(markdown_text.splitlines()):
        if line.startswith("# "):
            return index
    return 0


def with_abbreviations(
    env: Environment, markdown_text: str, abbreviations: dict[str, str], add_legend: bool
) -> str:
    """Write out each abbreviation at its first use; append the legend if the style wants it."""
    if not abbreviations:
        return markdown_text
    skip = title_line(markdown_text)
    expanded = expand_first_use(markdown_text, abbreviations, skip)
    items = legend(expanded, abbreviations, skip) if add_legend else []
    if not items:
        return expanded
    part = render_template(env, "partials/forkortningar.md.j2", items=items)
    return _tidy(expanded + "\n" + part)

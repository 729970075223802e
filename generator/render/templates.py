"""Render a document context to Markdown through the Jinja template of its kind."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from jinja2 import (
    ChoiceLoader,
    Environment,
    FileSystemLoader,
    PrefixLoader,
    StrictUndefined,
    TemplateError,
    TemplateNotFound,
    TemplateSyntaxError,
    Undefined,
)
from markupsafe import Markup

from generator.case.house_style import HouseStyle
from generator.problems import BeslutError
from generator.render.abbreviations import expand_first_use, legend
from generator.render.context import DocumentContext
from generator.render.filters import first_upper, make_filters, timestamp
from generator.render.markdown_escape import escape
from generator.resources import templates_dir


class TemplateProblem(BeslutError):
    """A template that cannot be loaded or rendered; the message is in Swedish."""


def search_path(overrides: Sequence[Path] = ()) -> list[Path]:
    """Override folders first (in the given order), then the built-in templates."""
    return [*overrides, templates_dir()]


def make_environment(paths: Sequence[Path], style: HouseStyle) -> Environment:
    """Create the template environment: strict, escaping case text for Markdown.

    `builtin/<name>` always reaches the built-in template, so an override can extend
    the template it replaces.
    """
    loader = ChoiceLoader([
        PrefixLoader({"builtin": FileSystemLoader(str(templates_dir()))}),
        FileSystemLoader([str(p) for p in paths]),
    ])
    env = Environment(
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
    raise TypeError(f"mallen skriver ut {type(value).__name__} utan formatering: {value!r}")


def render_document(
    env: Environment, context: DocumentContext, abbreviations: dict[str, str]
) -> str:
    """Render the document's Markdown and write out abbreviations at their first use."""
    text = render_markdown(env, context)
    return with_abbreviations(env, text, abbreviations, context.style.abbreviation_legend)


def render_markdown(env: Environment, context: DocumentContext) -> str:
    """Render the document's Markdown; template faults become TemplateProblem."""
    name = f"{context.kind}.md.j2"
    try:
        text = env.get_template(name).render(doc=context)
    except TemplateNotFound as exc:
        raise TemplateProblem(f"mallen {name} hänvisar till mallen '{exc.name}' som inte "
                              "finns; rätta namnet eller lägg mallen i mallmappen") from exc
    except TemplateSyntaxError as exc:
        where = exc.filename or exc.name or name
        raise TemplateProblem(f"mallen {where}, rad {exc.lineno}: {exc.message}; "
                              "rätta mallen") from exc
    except (TemplateError, TypeError) as exc:
        raise TemplateProblem(f"mallen {name}: {exc}") from exc
    return _tidy(text)


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
    part = env.get_template("partials/forkortningar.md.j2").render(items=items)
    return _tidy(expanded + "\n" + part)

"""The preview page: the document as HTML on the left, the case's problems on the right.

The document comes from the same Markdown as the Word file, parsed by the Word writer's parser
(raw HTML in case text stays text), so the preview shows what the documents will say: a
table cell's `<br>` is a line break and signatures stand in a table without lines, as in
Word, and a table's groups of columns stand under their headings (`group_headings`). A small
script asks the server for the case's version and reloads the page when the case is saved.
"""

from __future__ import annotations

import html
import xml.etree.ElementTree as etree
from collections.abc import Sequence

from generator.preview.group_headings import group_columns
from generator.problems import Problem
from generator.table_shape import TableGroups
from generator.word.markdown import parse_markdown
from generator.word.spans import BR_TEXT

POLL_MS = 200
STYLE = """
body { margin: 0; font-family: Arial, sans-serif; display: flex; gap: 2em; background: #eee; }
main { background: #fff; max-width: 50em; padding: 2em 3em; margin: 1em; flex: 3; }
aside { flex: 2; margin: 1em; padding: 1em; }
main table { border-collapse: collapse; margin: 1em 0; }
main th, main td { border: 1px solid #999; padding: .2em .5em; vertical-align: top; }
.signaturer th, .signaturer td { border: none; font-weight: normal; padding: 0 2em 1em 0; }
.inaktuell { opacity: .45; }
#fel li { margin-bottom: .6em; }
#fel li.fel { color: #a00; } #fel li.varning { color: #850; }
.ok { color: #060; }
"""
SCRIPT = """
const shown = document.body.dataset.version;
setInterval(async () => {
  try {
    const answer = await fetch('/version', {cache: 'no-store'});
    if ((await answer.text()) !== shown) location.reload();
  } catch (e) { /* the server is restarting or stopped: try again */ }
}, POLL_MS);
""".replace("POLL_MS", str(POLL_MS))


def document_html(markdown_text: str, tables: Sequence[TableGroups] = ()) -> str:
    """The rendered Markdown as an HTML fragment, its data tables' groups of columns under
    their headings as in Word (`tables`, see `group_headings`)."""
    root = parse_markdown(markdown_text)
    for cell in root.iter():
        if cell.tag in ("td", "th"):
            _line_breaks(cell)
    group_columns(root, tables)
    return etree.tostring(root, encoding="unicode", method="html")


def _line_breaks(element: etree.Element) -> None:
    """Each `<br>` a table cell writes as text (a signature's lines, a cell's line break)
    as the line break it is in Word, in `element` and what it holds; a case's own `&lt;br>`
    stays text (its `<` stands apart, see `word.markdown`)."""
    kept: list[etree.Element] = []
    element.text, *after = BR_TEXT.split(element.text or "")
    kept += map(_break, after)
    for child in list(element):
        _line_breaks(child)
        child.tail, *after = BR_TEXT.split(child.tail or "")
        kept += [child, *map(_break, after)]
    element[:] = kept


def _break(tail: str) -> etree.Element:
    """A line break followed by `tail`."""
    line_break = etree.Element("br")
    line_break.tail = tail
    return line_break


def problems_html(problems: Sequence[Problem]) -> str:
    """The problems as a list, or a line saying there are none."""
    if not problems:
        return '<p id="fel" class="ok">Inga fel.</p>'
    items = "".join(
        f'<li class="{p.severity}">{html.escape(p.format())}</li>' for p in problems
    )
    return f'<ol id="fel">{items}</ol>'


def page(title: str, document: str | None, current: bool, problems: Sequence[Problem],
         version: str) -> str:
    """The whole page: document (greyed when it is an older version) and problems."""
    if document is None:
        body = "<p>Dokumentet kan visas när felen till höger är rättade.</p>"
    else:
        body = document
    shown = "" if current else ' class="inaktuell" title="Senaste versionen utan fel"'
    return (
        '<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)} – förhandsgranskning</title>"
        f"<style>{STYLE}</style></head>"
        f'<body data-version="{html.escape(version)}">'
        f'<main id="dokument"{shown}>{body}</main>'
        f"<aside><h2>Fel och varningar</h2>{problems_html(problems)}</aside>"
        f"<script>{SCRIPT}</script></body></html>"
    )

"""The letterhead written as markup gives the bytes of the letterhead built as a tree."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

import generator.word.letterhead as letterhead
from generator.word.document import DocxMeta, markdown_to_docx

REFERENCE = Path(__file__).resolve().parents[2] / "templates" / "reference.docx"
META = DocxMeta(title="Beslut", dnr="HSN 2024/1732", date=datetime.date(2024, 2, 15),
                header_lines=("Region Exempel",))
LETTERHEADS = [
    "::: brevhuvud\n::: avsandare\nRegion Exempel  \nEnheten\n:::\n"
    "::: uppgifter\n**Beslut**  \nDatum: 2024-02-15  \nDnr: HSN 2024/1732\n\n"
    "Nämnden\n:::\n:::\n\n# Rubrik\n",
    "::: brevhuvud\n::: uppgifter\nDnr: 1\n:::\n:::\n\nText\n",
    "::: brevhuvud\n::: avsandare\n[Regionen](https://example.se)\n\nEnheten\n:::\n"
    "::: uppgifter\nSe www.example.se & <mer>\n\n[a](#b) *c*\n\n_d_ `e`\n:::\n:::\n",
    "::: brevhuvud\n::: avsandare\n[Regionen](https://example.se)\n:::\n"
    "::: uppgifter\n[x](https://example.se/x) [y](https://example.se/y)\n\nÖvrigt\n:::\n:::\n",
]


@pytest.mark.parametrize("markdown", LETTERHEADS)
def test_the_markup_is_what_the_tree_gives(markdown: str,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    written = []
    grid_xml = letterhead._grid_xml

    def recorded(*args: object, **kwargs: object) -> str | None:
        markup = grid_xml(*args, **kwargs)  # type: ignore[arg-type]
        written.append(markup)
        return markup

    monkeypatch.setattr(letterhead, "_grid_xml", recorded)
    fast = markdown_to_docx(markdown, META, REFERENCE)
    assert written and written[0] is not None
    monkeypatch.setattr(letterhead, "_grid_xml", lambda *args, **kwargs: None)
    assert markdown_to_docx(markdown, META, REFERENCE) == fast

"""What the writers ask of the reference's styles, answered once per reference.

python-docx finds a style by name with a scan of every style, so each answer is kept.
The styles are read, never changed, after the reference is prepared (see `reference`).
"""

from __future__ import annotations

import functools
from typing import Any, Final

from generator.word.oxml import child, qn
from generator.word.widths import character_width

TABLE_STYLE: Final = "Table Grid"
HYPERLINK_STYLE: Final = "Hyperlink"
_AFTER_LANG: Final = ("w:eastAsianLayout", "w:specVanish", "w:oMath")


class StyleBook:
    """Style lookups on a python-docx Document (the prepared reference)."""

    def __init__(self, document: Any) -> None:
        self._document = document
        self._has: dict[str, bool] = {}
        self._paragraph_ids: dict[str, str | None] = {}
        self._numbering: dict[str, tuple[int, int] | None] = {}
        self.link_style = ensure_hyperlink_style(document)

    @functools.cached_property
    def table_style(self) -> str | None:
        """The id of the data table style, None when the reference lacks it."""
        return _table_style_id(self._document)

    @functools.cached_property
    def character_width(self) -> int:
        """Average character width (twips) of table text."""
        return table_character_width(self._document)

    def has(self, name: str) -> bool:
        """Whether the reference defines a style called `name`."""
        if name not in self._has:
            self._has[name] = name in self._document.styles
        return self._has[name]

    def paragraph_id(self, name: str) -> str | None:
        """The id of paragraph style `name` (None for the default paragraph style)."""
        if name not in self._paragraph_ids:
            from docx.enum.style import WD_STYLE_TYPE

            self._paragraph_ids[name] = self._document.part.get_style_id(
                name, WD_STYLE_TYPE.PARAGRAPH)
        return self._paragraph_ids[name]

    def numbering(self, name: str) -> tuple[int, int] | None:
        """(numId, ilvl) of style `name`'s numbering, following `basedOn`."""
        if name not in self._numbering:
            self._numbering[name] = _style_numbering(self._document.styles[name])
        return self._numbering[name]


def ensure_hyperlink_style(document: Any) -> str:
    """The style id of the "Hyperlink" character style, added (blue, underlined) if missing."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import RGBColor

    if HYPERLINK_STYLE not in document.styles:
        style = document.styles.add_style(HYPERLINK_STYLE, WD_STYLE_TYPE.CHARACTER)
        style.font.color.rgb = RGBColor(0x05, 0x63, 0xC1)
        style.font.underline = True
    return str(document.styles[HYPERLINK_STYLE].style_id)


def _table_style_id(document: Any) -> str | None:
    """The id of the data table style, if the reference has it."""
    from docx.enum.style import WD_STYLE_TYPE

    styles = document.styles
    if TABLE_STYLE not in styles:
        return None
    style_id: str | None = document.part.get_style_id(styles[TABLE_STYLE], WD_STYLE_TYPE.TABLE)
    return style_id


def table_character_width(document: Any) -> int:
    """Average character width (twips) of the table style's font, else the body text's."""
    from docx.shared import Length

    names = [TABLE_STYLE, "Normal"] if TABLE_STYLE in document.styles else ["Normal"]
    font, size = None, None
    for name in names:
        style = document.styles[name]
        while style is not None and (font is None or size is None):
            font = font or style.font.name
            size = size or style.font.size
            style = style.base_style
    if font is None or size is None:
        defaults = document.styles.element.find(qn("w:docDefaults"))
        fonts = None if defaults is None else defaults.find(f".//{qn('w:rFonts')}")
        sz = None if defaults is None else defaults.find(f".//{qn('w:sz')}")
        font = font or (None if fonts is None else fonts.get(qn("w:ascii")))
        size = size or (None if sz is None else Length(int(sz.get(qn("w:val"), "22")) * 6350))
    return character_width(font, size.pt if size is not None else None)


def _style_numbering(style: Any) -> tuple[int, int] | None:
    """(numId, ilvl) from the style's paragraph properties, following `basedOn`."""
    while style is not None:
        ppr = style.element.pPr
        num_pr = None if ppr is None else ppr.numPr
        if num_pr is not None and num_pr.numId is not None:
            level = 0 if num_pr.ilvl is None else int(num_pr.ilvl.val)
            return int(num_pr.numId.val), level
        style = style.base_style
    return None


def set_language(styles: Any, language: str) -> None:
    """Make `language` the language in docDefaults and of every style that sets one."""
    defaults = child(styles, "w:docDefaults", first=True)
    run_defaults = child(child(defaults, "w:rPrDefault", first=True), "w:rPr")
    child(run_defaults, "w:lang", _AFTER_LANG).set(qn("w:val"), language)
    for lang in styles.iter(qn("w:lang")):
        if lang.get(qn("w:val")):
            lang.set(qn("w:val"), language)

"""What the writers ask of the reference's styles, answered once per reference.

The answers are python-docx's (its names for built-in styles, "heading 1" for
"Heading 1"; a paragraph style that is the default has no id to write), read from the
styles element with lxml. The styles are read, never changed, after the reference is
prepared (see `prepared`), except the language (see `set_language`).
"""

from __future__ import annotations

import functools
from typing import Final

from generator.word.glyph_widths import Glyphs, font_glyphs, substitute_glyphs
from generator.word.oxml import XmlNode, child, qn, universal_measure
from generator.word.widths import DEFAULT_POINTS, character_width

TABLE_STYLE: Final = "Table Grid"
HYPERLINK_STYLE: Final = "Hyperlink"
_AFTER_LANG: Final = ("w:eastAsianLayout", "w:specVanish", "w:oMath")
_INTERNAL_NAMES: Final = {"Caption": "caption", "Footer": "footer", "Header": "header",
                          **{f"Heading {n}": f"heading {n}" for n in range(1, 10)}}
_TYPE_NAMES: Final = {"paragraph": "PARAGRAPH (1)", "character": "CHARACTER (2)",
                      "table": "TABLE (3)", "numbering": "LIST (4)"}
_EMU_PER_PT: Final = 12700
LINE_GAP: Final = 1.2  # a line of text in single spacing is this many times its size high
_SINGLE: Final = 240  # `w:line` of single spacing (in 240ths of a line)
ROW_RULE: Final = 10  # twips a table row's rule (a half-point border) adds to its lines


class StyleBook:
    """Style lookups on the styles element of the prepared reference."""

    def __init__(self, styles: XmlNode) -> None:
        self._styles = styles
        self._all = styles.findall(qn("w:style"))
        self._has: dict[str, bool] = {}
        self._paragraph_ids: dict[str, str | None] = {}
        self._numbering: dict[str, tuple[int, int] | None] = {}
        self._line_heights: dict[int | None, int] = {}
        self.link_style = str(self.style(HYPERLINK_STYLE).get(qn("w:styleId")))

    @functools.cached_property
    def table_style(self) -> str | None:
        """The id of the data table style, None when the reference lacks it."""
        return self.style_id(TABLE_STYLE, "table") if self.has(TABLE_STYLE) else None

    @functools.cached_property
    def character_width(self) -> int:
        """Average character width (twips) of table text."""
        font, points = self._table_font()
        return character_width(font, points)

    @functools.cached_property
    def _table_glyphs(self) -> Glyphs | None:
        font, points = self._table_font()
        return font_glyphs(font, points or DEFAULT_POINTS)

    def table_glyphs(self, half_points: int | None = None) -> Glyphs | None:
        """The widths of the table font's characters (see `glyph_widths`) at its size, or
        at `half_points` (a table set smaller); None for a font without them."""
        glyphs = self._table_glyphs
        if glyphs is None or half_points is None:
            return glyphs
        return font_glyphs(self._table_font()[0], half_points / 2)

    def figure_glyphs(self, half_points: int | None = None) -> Glyphs | None:
        """The widths of the characters of the font LibreOffice sets in place of the table
        font when that has no metric twin (see `glyph_widths.substitute_glyphs`), at its
        size or at `half_points`; None for a font with a twin."""
        figures = self._figure_glyphs
        if figures is None or half_points is None:
            return figures
        return substitute_glyphs(self._table_font()[0], half_points / 2)

    @functools.cached_property
    def _figure_glyphs(self) -> Glyphs | None:
        font, points = self._table_font()
        return substitute_glyphs(font, points or DEFAULT_POINTS)

    @functools.cached_property
    def table_points(self) -> float:
        """The font size (points) of table text (11 when the reference says none)."""
        return self._table_font()[1] or DEFAULT_POINTS

    @functools.cached_property
    def line_height(self) -> int:
        """The height (twips) of a line of body text, the Normal style's: its size times
        LINE_GAP and its line spacing (`w:line` 276 is 1.15 lines), or the exact or least
        height the spacing gives."""
        size = self._normal_property("w:rPr", "w:sz", "w:val")
        points = _half_points(size.get(qn("w:val")) or "") / _EMU_PER_PT if size is not None \
            else DEFAULT_POINTS
        return _spaced(points, self._normal_property("w:pPr", "w:spacing", "w:line"))

    @functools.cached_property
    def gap_half_points(self) -> int | None:
        """The font size (half-points) of an empty line as high as the Normal style's space
        after a paragraph, in its line spacing (`kept_together`: 7 pt for 10 pt after in
        1.15 lines); None where the spacing sets a line's height, which no size changes."""
        spacing = self._normal_property("w:pPr", "w:spacing", "w:line")
        line = "240" if spacing is None else spacing.get(qn("w:line")) or "240"
        if (spacing is not None and spacing.get(qn("w:lineRule")) in ("exact", "atLeast")) \
                or not line.isdigit() or line == "0":
            return None
        points = self.spacing(None, "w:after") / 20 / (LINE_GAP * int(line) / _SINGLE)
        return max(2, round(2 * points))

    def table_line_height(self, half_points: int | None = None) -> int:
        """The height (twips) of a line of a data table's text at its size (or at
        `half_points`, a table set smaller) and the line spacing its style sets, else the
        Normal style's, with a row's rule (ROW_RULE): what a one-line row takes (trial 92,
        F10: 14 pt in LibreOffice for Calibri 11 pt in single spacing, a line of body text
        15.5 pt)."""
        found = self._line_heights.get(half_points)
        if found is None:  # (each size once: the styles are read by a search through them)
            points = self.table_points if half_points is None else half_points / 2
            found = self._line_heights[half_points] = _spaced(points, self._table_spacing) \
                + ROW_RULE
        return found

    @functools.cached_property
    def _table_spacing(self) -> XmlNode | None:
        """The line spacing of the data table style's paragraphs, else the Normal style's."""
        paragraph = None if self.table_style is None else \
            self.style(TABLE_STYLE).find(qn("w:pPr"))
        spacing = _with(paragraph, "w:spacing", "w:line")
        return spacing if spacing is not None else \
            self._normal_property("w:pPr", "w:spacing", "w:line")

    def spacing(self, style_id: str | None, side: str) -> int:
        """The space (twips) before or after (`side`: "w:before", "w:after") a paragraph in
        the style `style_id` (None: Normal), as the style, the styles it is based on or the
        document defaults set it (0 where none does)."""
        style = self._by_id(style_id) if style_id is not None else self._normal
        found = self._property(style, "w:pPr", "w:spacing", side)
        value = None if found is None else found.get(qn(side))
        return int(value) if value is not None and value.isdigit() else 0

    def line_spacing(self, style_id: str | None) -> tuple[str, str] | None:
        """The line spacing (`w:line`, `w:lineRule`) of a paragraph in the style `style_id`
        (None: Normal), as the style, the styles it is based on or the document defaults set
        it, a table style's aside; None where none does."""
        style = self._by_id(style_id) if style_id is not None else self._normal
        found = self._property(style, "w:pPr", "w:spacing", "w:line")
        if found is None:
            return None
        return found.get(qn("w:line")) or "240", found.get(qn("w:lineRule")) or "auto"

    @property
    def _normal(self) -> XmlNode | None:
        """The Normal style, if the reference has one."""
        return self.style("Normal") if self.has("Normal") else None

    def _normal_property(self, kind: str, tag: str, name: str) -> XmlNode | None:
        """The first `tag` in the `kind` properties ("w:rPr", "w:pPr") of the Normal style,
        the styles it is based on, or the document defaults, that sets `name`."""
        return self._property(self._normal, kind, tag, name)

    def _property(self, style: XmlNode | None, kind: str, tag: str,
                  name: str) -> XmlNode | None:
        """The first `tag` in the `kind` properties of `style`, the styles it is based on, or
        the document defaults, that sets `name`."""
        while style is not None:
            found = _with(style.find(qn(kind)), tag, name)
            if found is not None:
                return found
            style = self._base(style)
        defaults = self._styles.find(qn("w:docDefaults"))
        default = "w:rPrDefault" if kind == "w:rPr" else "w:pPrDefault"
        holder = None if defaults is None else defaults.find(f"{qn(default)}/{qn(kind)}")
        return _with(holder, tag, name)

    def has(self, name: str) -> bool:
        """Whether the reference defines a style called `name`."""
        if name not in self._has:
            self._has[name] = self.has_name(self._styles, name)
        return self._has[name]

    @staticmethod
    def has_name(styles: XmlNode, name: str) -> bool:
        """Whether `styles` defines a style called `name` (python-docx's `in`)."""
        internal = _INTERNAL_NAMES.get(name, name)
        return any(_name(style) == internal for style in styles.findall(qn("w:style")))

    def paragraph_id(self, name: str) -> str | None:
        """The id of paragraph style `name` (None for the default paragraph style)."""
        if name not in self._paragraph_ids:
            self._paragraph_ids[name] = self.style_id(name, "paragraph")
        return self._paragraph_ids[name]

    def numbering(self, name: str) -> tuple[int, int] | None:
        """(numId, ilvl) of style `name`'s numbering, following `basedOn`."""
        if name not in self._numbering:
            self._numbering[name] = self._style_numbering(self.style(name))
        return self._numbering[name]

    def style(self, name: str) -> XmlNode:
        """The style called `name` (or, as python-docx still allows, with that id)."""
        internal = _INTERNAL_NAMES.get(name, name)
        found = next((style for style in self._all
                      if any(node.get(qn("w:val")) == internal
                             for node in style.findall(qn("w:name")))), None)
        found = found if found is not None else self._by_id(name)
        if found is None:
            raise KeyError(f"no style with name '{name}'")
        return found

    def style_id(self, name: str, kind: str) -> str | None:
        """The id of style `name` of `kind`, None when it is that kind's default style."""
        style = self.style(name)
        if _type(style) != kind:
            raise ValueError(f"assigned style is type {_TYPE_NAMES[_type(style)]}, "
                             f"need type {_TYPE_NAMES[kind]}")
        defaults = [node for node in self._all if _type(node) == kind and _is_default(node)]
        if defaults and defaults[-1] is style:
            return None
        return style.get(qn("w:styleId"))

    def _by_id(self, style_id: str) -> XmlNode | None:
        return next((style for style in self._all
                     if style.get(qn("w:styleId")) == style_id), None)

    def _base(self, style: XmlNode) -> XmlNode | None:
        based_on = style.find(qn("w:basedOn"))
        return None if based_on is None else self._by_id(based_on.get(qn("w:val")) or "")

    def _table_font(self) -> tuple[str | None, float | None]:
        """The font and size (points) of the table style, else of the body text."""
        names = [TABLE_STYLE, "Normal"] if self.has(TABLE_STYLE) else ["Normal"]
        font: str | None = None
        size: int | None = None  # EMU
        for name in names:
            style: XmlNode | None = self.style(name)
            while style is not None and (font is None or size is None):
                properties = style.find(qn("w:rPr"))
                font = font or _attribute(properties, "w:rFonts", "w:ascii")
                half_points = _attribute(properties, "w:sz", "w:val")
                size = size or (None if half_points is None else _half_points(half_points))
                style = self._base(style)
        if font is None or size is None:
            defaults = self._styles.find(qn("w:docDefaults"))
            fonts = None if defaults is None else defaults.find(f".//{qn('w:rFonts')}")
            sz = None if defaults is None else defaults.find(f".//{qn('w:sz')}")
            font = font or (None if fonts is None else fonts.get(qn("w:ascii")))
            size = size or (None if sz is None else int(sz.get(qn("w:val")) or "22") * 6350)
        return font, (size / _EMU_PER_PT if size is not None else None)

    def _style_numbering(self, style: XmlNode | None) -> tuple[int, int] | None:
        """(numId, ilvl) from the style's paragraph properties, following `basedOn`."""
        while style is not None:
            properties = style.find(qn("w:pPr"))
            numbering = None if properties is None else properties.find(qn("w:numPr"))
            num_id = None if numbering is None else numbering.find(qn("w:numId"))
            if numbering is not None and num_id is not None:
                level = _attribute(numbering, "w:ilvl", "w:val")
                return int(num_id.get(qn("w:val")) or ""), 0 if level is None else int(level)
            style = self._base(style)
        return None


def _name(style: XmlNode) -> str | None:
    """The style's name as written (python-docx's "heading 1", not "Heading 1")."""
    return _attribute(style, "w:name", "w:val")


def _type(style: XmlNode) -> str:
    return style.get(qn("w:type")) or "paragraph"


def _is_default(style: XmlNode) -> bool:
    value = style.get(qn("w:default"))
    if value is not None and value not in ("1", "0", "true", "false", "on", "off"):
        raise ValueError(f"value must be one of '1', '0', 'true', 'false', 'on', or 'off', "
                         f"got '{value}'")
    return value in ("1", "true", "on")


def _attribute(parent: XmlNode | None, tag: str, name: str) -> str | None:
    """Attribute `name` of the first `tag` child of `parent`, if both exist."""
    node = None if parent is None else parent.find(qn(tag))
    return None if node is None else node.get(qn(name))


def _with(properties: XmlNode | None, tag: str, name: str) -> XmlNode | None:
    """The `tag` child of `properties` when it sets attribute `name`."""
    node = None if properties is None else properties.find(qn(tag))
    return node if node is not None and node.get(qn(name)) is not None else None


def _spaced(points: float, spacing: XmlNode | None) -> int:
    """The height (twips) of a line of text `points` high in the line spacing `spacing` (a
    `w:spacing` element, None for single): LINE_GAP times its size in single spacing, times
    the spacing's lines (`w:line` 276 is 1.15 lines), or the exact or least height it
    sets."""
    single = points * 20 * LINE_GAP
    line = None if spacing is None else spacing.get(qn("w:line"))
    if spacing is None or line is None or not line.lstrip("-").isdigit():
        return round(single)
    rule = spacing.get(qn("w:lineRule"))
    if rule == "exact":
        return abs(int(line))
    if rule == "atLeast":
        return max(round(single), int(line))
    return round(single * int(line) / _SINGLE)


def _half_points(value: str) -> int:
    """A font size in EMU from half-points ("22") or a measure with a unit ("11pt")."""
    if "m" in value or "n" in value or "p" in value:
        return universal_measure(value)
    return int(int(value) / 2.0 * _EMU_PER_PT)


def set_language(styles: XmlNode, language: str) -> None:
    """Make `language` the language in docDefaults and of every style that sets one."""
    defaults = child(styles, "w:docDefaults", first=True)
    run_defaults = child(child(defaults, "w:rPrDefault", first=True), "w:rPr")
    child(run_defaults, "w:lang", _AFTER_LANG).set(qn("w:val"), language)
    for lang in styles.iter(qn("w:lang")):
        if lang.get(qn("w:val")):
            lang.set(qn("w:val"), language)

"""Build `templates/reference.docx`, the Word style source for generated decisions.

The generator never hard-codes fonts or spacing: `generator.word.document` opens a
reference .docx, throws away its body and writes the decision with the reference's
styles. This script makes the project's default reference from python-docx's built-in
template: A4 pages, Calibri 11 pt body text, black bold Calibri headings (no theme
colours that could fail contrast), a blue underlined "Hyperlink" character style and
Swedish (sv-SE) as the document language.

Using an organisation's own reference
-------------------------------------
Any .docx works as a reference as long as it defines these styles (Word's built-in
names; Word shows "Heading 1" as "Rubrik 1" in a Swedish UI, which is the same style):

    Normal, Title, Heading 1-4, List Bullet, List Bullet 2, List Number,
    List Number 2, Table Grid, Header (paragraph) and Hyperlink (character).

Make the look in Word (fonts, sizes, margins, ...), save the file, and either replace
`templates/reference.docx` with it or point the generator at it. Text in the reference's
body is ignored; its headers and footers are replaced by the generator's running header
(pages 2 and on) and "Sida x (y)". The letterhead is part of each decision's body. The
list styles must keep their numbering (Word does this when the styles are modified, not
recreated).

Run from the project root:  python tools/make_reference_docx.py [output.docx]

Options: `--font NAME` (body text), `--heading-font NAME` (titles and headings; default the
body font: two sans-serif faces side by side look like a slip), `--out PATH` (same as the
positional output) and `--profiles`, which writes `profiles/<id>/reference.docx` for every
organisation profile listed in PROFILE_FONTS below. Without options the script writes
templates/reference.docx.
"""

from __future__ import annotations

import argparse
import datetime
import io
import sys
import zipfile
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

LANGUAGE = "sv-SE"
BODY_FONT = "Calibri"
BLACK = RGBColor(0, 0, 0)
LINK_BLUE = RGBColor(0x05, 0x63, 0xC1)  # contrast 6.0:1 on white
FIXED_STAMP = datetime.datetime(2024, 1, 1)

# (style name, size in points) for the black, bold, sans-serif heading styles.
HEADINGS = (("Title", 20), ("Heading 1", 16), ("Heading 2", 14), ("Heading 3", 12),
            ("Heading 4", 11))
REQUIRED = ("Normal", "List Bullet", "List Bullet 2", "List Number", "List Number 2",
            "Table Grid", "Header")
# Fonts (body, headings) of the reference .docx of each bundled organisation profile.
PROFILE_FONTS = {
    "region-dalarna": ("Arial", "Arial"),
    "region-jamtland-harjedalen": ("Georgia", "Arial"),
    "norrbottens-kommuner": ("Verdana", "Verdana"),
    "norra-sjukvardsregionen": ("Cambria", "Calibri"),
    "exempelby-kommun": ("Calibri", "Calibri"),
}
THUMBNAIL_REL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail"
STYLES_WITH_EFFECTS_REL = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"


def main(argv: list[str]) -> int:
    """Write the reference document(s) as the command line asks."""
    root = Path(__file__).resolve().parent.parent
    args = _parse(argv)
    if args.profiles:
        for profile_id, (body, heading) in PROFILE_FONTS.items():
            _write(root / "profiles" / profile_id / "reference.docx", body, heading)
        return 0
    output = args.out or args.output
    target = Path(output) if output else root / "templates" / "reference.docx"
    body = args.font or BODY_FONT
    _write(target, body, args.heading_font or body)
    return 0


def _parse(argv: list[str]) -> argparse.Namespace:
    """Read the command line (see the module docstring)."""
    parser = argparse.ArgumentParser(description="Skriv en referensmall (.docx) för Word.")
    parser.add_argument("output", nargs="?", help="utfil (standard: templates/reference.docx)")
    parser.add_argument("--out", help="utfil, samma som output")
    parser.add_argument("--font", help=f"brödtextens typsnitt (standard: {BODY_FONT})")
    parser.add_argument("--heading-font", help="rubrikernas typsnitt")
    parser.add_argument("--profiles", action="store_true",
                        help="skriv reference.docx för varje organisationsprofil")
    return parser.parse_args(argv)


def _write(target: Path, body_font: str, heading_font: str) -> None:
    """Build the reference with these fonts and write it to target."""
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(build_reference(body_font, heading_font))
    print(f"skrev {target}")


def build_reference(body_font: str = BODY_FONT, heading_font: str = BODY_FONT) -> bytes:
    """Return the bytes of the reference .docx (identical on every run for the same fonts)."""
    document = Document()
    _set_page(document)
    _set_defaults(document, body_font)
    _style_headings(document, heading_font)
    _add_hyperlink_style(document)
    _style_header(document)
    _check_required(document)
    _set_settings(document)
    _drop_leftovers(document)
    _set_properties(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return _normalise_zip(buffer.getvalue())


def _set_page(document: Any) -> None:
    """A4 portrait with 2.5 cm margins."""
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.5))
    section.header_distance = Cm(1.25)


def _set_defaults(document: Any, font: str) -> None:
    """Body font, size and language in docDefaults and the Normal style."""
    rpr = _child(_child(_child(document.styles.element, "w:docDefaults", first=True),
                        "w:rPrDefault", first=True), "w:rPr")
    _plain_run_properties(rpr, font, 11)
    _child(rpr, "w:lang").set(qn("w:val"), LANGUAGE)
    normal = document.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(11)
    normal.font.color.rgb = BLACK


def _style_headings(document: Any, font: str) -> None:
    """Black, bold headings in `font`; no borders or italics."""
    for name, size in HEADINGS:
        style = document.styles[name]
        style.font.name = font
        style.font.size = Pt(size)
        style.font.bold = True
        style.font.italic = False
        style.font.color.rgb = BLACK
        style.hidden = False
        style.quick_style = True
        ppr = style.element.pPr
        if ppr is not None:
            for border in ppr.findall(qn("w:pBdr")):
                ppr.remove(border)
        _plain_run_properties(style.element.rPr, font, size)
        _blacken_linked_style(document, style)


def _blacken_linked_style(document: Any, style: Any) -> None:
    """Give the heading's linked character style ("Heading 1 Char") the same black."""
    link = style.element.find(qn("w:link"))
    linked = None if link is None else document.styles.element.get_by_id(link.get(qn("w:val")))
    if linked is not None and linked.rPr is not None:
        for colour in linked.rPr.findall(qn("w:color")):
            colour.attrib.clear()
            colour.set(qn("w:val"), "000000")


def _plain_run_properties(rpr: Any, font: str, size: int) -> None:
    """Drop theme fonts and complex-script leftovers so `font` and `size` apply everywhere."""
    fonts = _child(rpr, "w:rFonts", first=True)
    for key in list(fonts.attrib):
        del fonts.attrib[key]
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), font)
    for tag in ("w:iCs",):
        for element in rpr.findall(qn(tag)):
            rpr.remove(element)
    size_cs = rpr.find(qn("w:szCs"))
    if size_cs is not None:
        size_cs.set(qn("w:val"), str(size * 2))


def _add_hyperlink_style(document: Any) -> None:
    """The character style used for links: blue and underlined."""
    if "Hyperlink" in document.styles:
        style = document.styles["Hyperlink"]
    else:
        style = document.styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
    style.base_style = document.styles["Default Paragraph Font"]
    style.font.color.rgb = LINK_BLUE
    style.font.underline = True
    style.priority = 99
    style.unhide_when_used = True
    style.element.attrib.pop(qn("w:customStyle"), None)  # Word's built-in name


def _style_header(document: Any) -> None:
    """Header tab stops for the A4 text width (16 cm)."""
    tabs = document.styles["Header"].paragraph_format.tab_stops
    tabs.clear_all()
    tabs.add_tab_stop(Cm(8), WD_TAB_ALIGNMENT.CENTER)
    tabs.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT)


def _check_required(document: Any) -> None:
    """Fail loudly if the source template lacks a style the generator uses."""
    missing = [name for name in REQUIRED if name not in document.styles]
    if missing:
        raise SystemExit(f"mallen saknar formatmallar: {', '.join(missing)}")


def _set_settings(document: Any) -> None:
    """Swedish theme font language and number punctuation; no preview picture."""
    settings = document.settings.element
    for tag in ("w:savePreviewPicture",):
        for element in settings.findall(qn(tag)):
            settings.remove(element)
    values = {"w:themeFontLang": LANGUAGE, "w:decimalSymbol": ",", "w:listSeparator": ";"}
    for tag, value in values.items():
        element = settings.find(qn(tag))
        if element is not None:
            element.set(qn("w:val"), value)


def _drop_leftovers(document: Any) -> None:
    """Remove the template's thumbnail and the obsolete stylesWithEffects part."""
    for owner, reltype in ((document.part.package, THUMBNAIL_REL),
                           (document.part, STYLES_WITH_EFFECTS_REL)):
        for rid in [rid for rid, rel in owner.rels.items() if rel.reltype == reltype]:
            del owner.rels[rid]


def _set_properties(document: Any) -> None:
    """Neutral core properties with fixed dates."""
    props = document.core_properties
    props.author = props.last_modified_by = ""
    props.comments = props.subject = props.keywords = ""
    props.title = "Referensmall för beslutsdokument"
    props.language = LANGUAGE
    props.created = props.modified = FIXED_STAMP
    props.revision = 1


def _child(parent: Any, tag: str, *, first: bool = False) -> Any:
    """Return parent's `tag` child, creating it (first or last) when missing."""
    element = parent.find(qn(tag))
    if element is None:
        element = OxmlElement(tag)
        if first:
            parent.insert(0, element)
        else:
            parent.append(element)
    return element


def _normalise_zip(data: bytes) -> bytes:
    """Rewrite the zip with fixed timestamps so the output is byte-for-byte stable."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.create_system = 0
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

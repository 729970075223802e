"""The reference read by python-docx, for the rare package `loaded` does not read exactly.

python-docx opens the package, adds the Hyperlink style, settings and core properties
when missing and names the images it holds; the result is handed on as the same
`Loaded` parts that `loaded` makes, so preparing it is the same code (see `prepared`).
"""

from __future__ import annotations

import io
from typing import Any

from generator.word.defaults import SETTINGS
from generator.word.loaded import Loaded, LoadedPart, MainParts
from generator.word.opc import Rel
from generator.word.styles import HYPERLINK_STYLE


def load_with_python_docx(data: bytes) -> tuple[Loaded, MainParts]:
    """The package as python-docx reads and completes it; the names of its main parts."""
    from docx import Document

    document = Document(io.BytesIO(data))
    had_settings = any(rel.reltype == SETTINGS for rel in document.part.rels.values())
    _ensure_hyperlink_style(document)
    names = MainParts(str(document.part._styles_part.partname),
                      str(document.part._settings_part.partname),
                      str(document.part.package._core_properties_part.partname),
                      _numbering_name(document))
    package = document.part.package
    parts = {str(part.partname): LoadedPart(str(part.partname), part.content_type,
                                            getattr(part, "element", None),
                                            b"" if hasattr(part, "element") else part.blob,
                                            _rels(part.rels))
             for part in package.iter_parts()}
    images = {part.sha1: (str(part.partname), part.image.filename)
              for part in package.image_parts}
    loaded = Loaded(parts, _rels(package.rels), str(document.part.partname), images,
                    had_settings)
    return loaded, names


def _numbering_name(document: Any) -> str | None:
    """The numbering part's name; None when missing (python-docx cannot make one)."""
    try:
        return str(document.part.numbering_part.partname)
    except NotImplementedError:
        return None


def _ensure_hyperlink_style(document: Any) -> None:
    """The "Hyperlink" character style, added (blue, underlined) if missing."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import RGBColor

    if HYPERLINK_STYLE not in document.styles:
        style = document.styles.add_style(HYPERLINK_STYLE, WD_STYLE_TYPE.CHARACTER)
        style.font.color.rgb = RGBColor(0x05, 0x63, 0xC1)
        style.font.underline = True


def _rels(rels: Any) -> dict[str, Rel]:
    return {rel.rId: Rel(rel.rId, rel.reltype, rel.target_ref,
                         None if rel.is_external else str(rel.target_part.partname))
            for rel in rels.values()}

"""Style lookups on the reference's styles (`word/styles.py`)."""

from __future__ import annotations

from lxml import etree  # type: ignore[import-untyped]

from generator.word.oxml import PARSER
from generator.word.styles import StyleBook

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _book(defaults: str) -> StyleBook:
    """Styles with `defaults` as the paragraph defaults, a Normal style, a List Bullet based
    on it, a heading with its own line spacing, and a table style's single lines."""
    return StyleBook(etree.fromstring(
        f'<w:styles {W}><w:docDefaults><w:pPrDefault><w:pPr>{defaults}</w:pPr></w:pPrDefault>'
        '</w:docDefaults><w:style w:type="character" w:styleId="Hyperlink">'
        '<w:name w:val="Hyperlink"/></w:style><w:style w:type="paragraph" w:default="1" '
        'w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/>'
        '<w:basedOn w:val="Normal"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/>'
        '<w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="200" w:after="0" '
        'w:line="300" w:lineRule="exact"/></w:pPr></w:style>'
        '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/>'
        '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:style>'
        '</w:styles>', PARSER))


def test_a_paragraphs_line_spacing_is_its_styles_or_the_defaults_never_a_table_styles() -> None:
    book = _book('<w:spacing w:after="200" w:line="276" w:lineRule="auto"/>')
    assert book.line_spacing("ListBullet") == ("276", "auto")  # (from the defaults)
    assert book.line_spacing(None) == ("276", "auto")
    assert book.line_spacing("Heading2") == ("300", "exact")  # (its own)


def test_without_a_line_spacing_anywhere_there_is_none() -> None:
    book = _book('<w:spacing w:after="200"/>')
    assert book.line_spacing("ListBullet") is None
    assert book.line_spacing("Heading2") == ("300", "exact")

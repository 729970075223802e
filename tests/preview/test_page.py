"""The preview page's document: what Word shows, as HTML."""

from generator.preview.page import STYLE, document_html


def test_a_cells_br_is_a_line_break_as_in_word() -> None:
    markdown = "| Namn |\n|---|\n| Anna Nystedt<br>protokollförare |\n"
    assert "<td>Anna Nystedt<br>protokollförare</td>" in document_html(markdown)


def test_a_br_inside_bold_in_a_cell_breaks_the_line_too() -> None:
    markdown = "| Post |\n|---|\n| **Summa<br>totalt** |\n"
    assert "<strong>Summa<br>totalt</strong>" in document_html(markdown)


def test_a_cases_own_escaped_br_stays_text() -> None:
    markdown = "| Text |\n|---|\n| x &lt;br> y |\n"
    assert "<td>x <span>&lt;</span>br&gt; y</td>" in document_html(markdown)


def test_signatures_stand_as_lines_not_tags() -> None:
    markdown = ("::: signaturer\n\n| Härnösand den ____<br><br>Hans Wiklund<br>regiondirektör |\n"
                "|---|\n\n:::\n")
    document = document_html(markdown)
    assert "&lt;br" not in document
    assert "Härnösand den ____<br><br>Hans Wiklund<br>regiondirektör" in document


def test_signature_tables_have_no_lines() -> None:
    assert ".signaturer th, .signaturer td { border: none;" in STYLE

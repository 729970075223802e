"""Every character is safe: text XML or Word cannot hold is an error at its line, raw HTML
is text in both outputs, one-line values start no structure, links go only to the web or mail.
"""

from __future__ import annotations

import pytest

from generator.word.dump import docx_plain_text, dump_docx
from hostile import cases
from hostile.harness import Builder, errors

CHARACTER = "texten innehåller ett tecken som inte kan stå i ett dokument"


@pytest.mark.parametrize(
    ("escape", "code"),
    [("\\x0c", "U+000C"), ("\\x01", "U+0001"), ("\\e", "U+001B"), ("\\ud800", "U+D800"),
     ("\\x85", "U+0085"), ("\\uFFFF", "U+FFFF"), ("\\0", "U+0000"), ("\\r", "U+000D")],
)
def test_a_yaml_escape_for_a_control_character_is_an_error_at_its_place(
    build: Builder, escape: str, code: str
) -> None:
    result = build(cases.case(f'"ab{escape}c"'))
    assert errors(result) == [
        f"13:14: {CHARACTER} ({code}), ta bort det eller skriv det som vanlig text"
    ]


@pytest.mark.parametrize(
    "where",
    ["title", "header", "text", "key", "cell"],
)
def test_every_field_is_checked(build: Builder, where: str) -> None:
    bad = '"a\\x0cb"'
    text = {
        "title": cases.case(title=bad),
        "header": cases.case().replace('  - "Region Test"', f"  - {bad}"),
        "text": cases.case(bad),
        "key": cases.case(extra=f"{bad}: 1\n"),
        "cell": cases.case().replace("namn: Område 0", f"namn: {bad}"),
    }[where]
    result = build(text)
    assert any(CHARACTER in message for message in errors(result))
    assert not result.files


@pytest.mark.parametrize("reference", ["&#12;", "&#x0C;", "&#1;", "&#xD800;", "&#0;",
                                       "&#99999999;"])
def test_a_character_reference_to_a_forbidden_character_is_an_error(
    build: Builder, reference: str
) -> None:
    result = build(cases.case(cases.block(f"Första raden.\nAndra {reference} raden.")))
    assert len(errors(result)) == 1
    assert errors(result)[0].startswith(f"15:13: teckenreferensen '{reference}' ")


def test_harmless_character_references_stand_for_their_characters(build: Builder) -> None:
    result = build(cases.case(cases.block("A &amp; B &#8211; C")))
    assert not result.problems
    assert "A & B – C" in dump_docx(result.files["arende.docx"])


def test_raw_html_is_text_in_both_outputs(build: Builder) -> None:
    result = build(cases.case(cases.block("Se <b>detta</b> och <!-- dolt --> här.")))
    markdown = result.files["arende.md"].decode()
    assert "Se &lt;b>detta&lt;/b> och &lt;!-- dolt --> här." in markdown
    assert "Se <b>detta</b> och <!-- dolt --> här." in dump_docx(result.files["arende.docx"])


def test_an_autolink_and_code_keep_their_angle_brackets(build: Builder) -> None:
    result = build(cases.case(cases.block("Se <https://x.se> och `<b>`.")))
    assert "Se <https://x.se> och `<b>`." in result.files["arende.md"].decode()


@pytest.mark.parametrize(
    "line", ["---", "===", "::: sidbrytning", "# Rubrik", "- punkt", "1. punkt", "> citat",
             "<div>", "***", "~~~", "| a | b |"],
)
def test_a_header_line_starts_no_structure(build: Builder, line: str) -> None:
    result = build(cases.case(header=("Rad", line)))
    assert not result.problems
    dump = dump_docx(result.files["arende.docx"])
    assert "[sidbrytning]" not in dump
    assert [x for x in dump.splitlines() if x.startswith("[Heading")] == [
        "[Heading 1] Rubrik ↓", "[Heading 2] Bakgrund ↓"
    ]


@pytest.mark.parametrize("line", ["---", "::: sidbrytning", "# Rubrik"])
def test_a_title_or_table_cell_starts_no_structure(build: Builder, line: str) -> None:
    text = cases.case(title=cases.quoted(line)).replace("namn: Område 0",
                                                         f"namn: {cases.quoted(line)}")
    result = build(text)
    assert not result.problems
    dump = dump_docx(result.files["arende.docx"])
    assert "[sidbrytning]" not in dump
    assert f"[Heading 1] {line}" in dump


@pytest.mark.parametrize(
    "target",
    ["javascript:alert(1)", "file:///etc/passwd", "\\\\\\\\host\\\\share", "data:text/html,x",
     "vbscript:x", "//host/share", "dokument.pdf", ""],
)
def test_a_link_target_other_than_web_or_mail_is_an_error_at_its_line(
    build: Builder, target: str
) -> None:
    result = build(cases.case(cases.block(f"Rad ett.\nSe [här]({target}).")))
    assert len(errors(result)) == 1
    assert errors(result)[0].startswith("15:")
    assert "länk" in errors(result)[0]


@pytest.mark.parametrize(
    "text",
    ["<javascript:alert(1)>", "[x]: file:///etc/passwd\n\n[a][x]",
     '{{ "[a](javascript:x)" }}'],
)
def test_autolinks_definitions_and_printed_links_are_checked_too(
    build: Builder, text: str
) -> None:
    result = build(cases.case(cases.block(text)))
    assert any("länkadressen" in message for message in errors(result))


@pytest.mark.parametrize("target", ["https://x.se/a(b)", "http://x.se", "mailto:a@x.se",
                                    "HTTPS://X.SE"])
def test_web_and_mail_links_are_kept(build: Builder, target: str) -> None:
    result = build(cases.case(cases.block(f"Se [här]({target}).")))
    assert not result.problems
    assert "[här](" in dump_docx(result.files["arende.docx"])


def test_a_numbered_list_cannot_start_beyond_words_limit(build: Builder) -> None:
    result = build(cases.case(cases.block("Intro.\n\n2147483648. punkt\n2147483649. punkt")))
    assert errors(result)[0] == (
        "16:7: en numrerad lista kan inte börja på 2147483648 (högst 32767), "
        "börja listan på 1 eller skriv talet utan punkt efter"
    )


def test_a_numbered_list_may_start_at_a_year(build: Builder) -> None:
    result = build(cases.case(cases.block("2024. Året började.")))
    assert not result.problems and "arende.docx" in result.files


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("::: sidbrytning", "rader som börjar med ':::' styr dokumentets layout"),
        (":::", "rader som börjar med ':::' styr dokumentets layout"),
        ("![bild](https://x.se/a.png)", "bilder kan inte stå i ärendets text"),
    ],
)
def test_layout_fences_and_images_in_case_text_are_errors_at_their_line(
    build: Builder, text: str, message: str
) -> None:
    result = build(cases.case(cases.block(f"Rad ett.\n\n{text}")))
    assert len(errors(result)) == 1
    assert errors(result)[0].startswith(f"16:7: {message}")


def test_a_line_break_typed_in_a_signatory_name_stays_text_in_word(build: Builder) -> None:
    extra = ("undertecknare:\n  - ort: Umeå\n    namn: Anna<br>Berg\n    titel: chef\n"
             "    organisation: Region Västerbotten\n")
    result = build(cases.case(kind="godkannande", extra=extra))
    assert not result.failed
    assert any("Anna<br>Berg" in line for line in docx_plain_text(result.files["arende.docx"]))

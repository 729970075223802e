"""Every case under the size limit is checked and rendered in bounded time and memory.

Each test runs under the suite's time limit (conftest.LIMIT_SECONDS), far above its cost.
"""

from __future__ import annotations

import pytest

from generator.case.limits import MAX_ITEMS, MAX_LINE, MAX_SIGNATORIES, MAX_TEXT
from generator.case.yaml_loader import MAX_BYTES
from generator.text.markdown_safety import MAX_NESTING, MAX_PARAGRAPH
from hostile import cases
from hostile.harness import Builder, errors


@pytest.mark.parametrize("amount", ["1e999999999", "1e999999", "9" * 900, "-1e400"])
def test_a_huge_amount_is_an_error_before_any_conversion(build: Builder, amount: str) -> None:
    result = build(cases.case().replace("belopp: 1000", f"belopp: {amount}"))
    assert result.failed and not result.files
    assert errors(result)[0].startswith("10:15: ")


@pytest.mark.parametrize(
    "text",
    [
        cases.nested_list(MAX_NESTING * 2 + 2),
        cases.nested_list(300),
        cases.nested_markers(500),
        cases.nested_markers(500, "> "),
        cases.nested_markers(500, "1. "),
    ],
)
def test_a_deeply_nested_list_is_an_error(build: Builder, text: str) -> None:
    result = build(cases.case(cases.block(text)))
    assert errors(result)[0].endswith("(högst 10 nivåer listor eller citat), minska indraget")


def test_a_list_nested_within_the_limit_is_rendered(build: Builder) -> None:
    result = build(cases.case(cases.block(cases.nested_list(MAX_NESTING))))
    assert not result.problems and set(result.files) == {"arende.md", "arende.docx"}


def test_a_paragraph_longer_than_the_limit_is_an_error(build: Builder) -> None:
    result = build(cases.case(cases.block(cases.inline_markdown(MAX_PARAGRAPH + 1000))))
    assert errors(result) == [
        f"14:7: stycket är längre än {MAX_PARAGRAPH} tecken, dela upp det med tomma rader"
    ]


def test_a_text_longer_than_the_limit_is_an_error(build: Builder) -> None:
    result = build(cases.case(cases.block(cases.inline_markdown(MAX_TEXT + 1000, 10))))
    assert len(errors(result)) == 1
    assert f"högst {MAX_TEXT} får stå här" in errors(result)[0]


def test_inline_markdown_in_short_paragraphs_is_rendered(build: Builder) -> None:
    result = build(cases.case(cases.block(cases.inline_markdown(90_000, 10))))
    assert not result.problems
    assert result.files["arende.md"].count(b"[c](https://x.se)") > 3000


def test_a_one_line_value_longer_than_the_limit_is_an_error(build: Builder) -> None:
    result = build(cases.case(title="x" * (MAX_LINE + 1)))
    assert errors(result) == [
        f"6:8: värdet har {MAX_LINE + 1} tecken, högst {MAX_LINE} får stå här; "
        "korta det eller dela upp det"
    ]


def test_too_many_rows_are_an_error(build: Builder) -> None:
    result = build(cases.case(posts=MAX_ITEMS + 1))
    assert errors(result) == [
        f"9:5: listan har {MAX_ITEMS + 1} punkter, högst {MAX_ITEMS} får stå här; dela upp ärendet"
    ]


def test_the_most_rows_are_rendered(build: Builder) -> None:
    result = build(cases.case(posts=MAX_ITEMS))
    assert not result.failed and "arende.docx" in result.files


def test_too_many_signatories_are_an_error(build: Builder) -> None:
    result = build(cases.case(kind="godkannande", extra=cases.signatories(1000)))
    assert errors(result)[0].startswith(f"15:3: listan har 1000 punkter, högst {MAX_SIGNATORIES}")


def test_the_most_similar_signatories_warn_once_each(build: Builder) -> None:
    result = build(cases.case(kind="godkannande", extra=cases.signatories(MAX_SIGNATORIES)))
    assert not result.failed
    assert len(result.problems) == MAX_SIGNATORIES - 1


def test_a_file_over_the_size_limit_is_an_error(build: Builder) -> None:
    result = build(cases.case(cases.block("ord " * (MAX_BYTES // 4))))
    assert errors(result) == ["1:1: filen är för stor (över 2 MB) för ett ärende"]


def test_deep_yaml_nesting_is_an_error(build: Builder) -> None:
    result = build("a: " + "[" * 1000 + "]" * 1000 + "\n")
    assert errors(result) == ["1:53: för djup nästling (mer än 50 nivåer)"]


def test_a_case_of_the_largest_size_is_rendered(build: Builder) -> None:
    result = build(cases.large_case(MAX_BYTES // 8))
    assert not result.problems and "arende.docx" in result.files

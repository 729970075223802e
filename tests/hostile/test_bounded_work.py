"""Every case under the size limit is checked and rendered in bounded time and memory.

Each test runs under the suite's time limit (conftest.LIMIT_SECONDS), far above its cost.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.case.limits import MAX_ITEMS, MAX_LINE, MAX_SIGNATORIES, MAX_TEXT
from generator.case.yaml_loader import MAX_BYTES
from generator.checks.literal_amounts import find_amounts, is_near, near_misses, rounding_step
from generator.checks.literal_amounts_approx import covered
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
    result = build(cases.case(header=("x" * (MAX_LINE + 1),)))
    assert errors(result) == [
        f"3:5: värdet har {MAX_LINE + 1} tecken, högst {MAX_LINE} får stå här; "
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
    assert errors(result)[0].startswith(f"16:3: listan har 1000 punkter, högst {MAX_SIGNATORIES}")


def test_too_many_justerare_are_an_error(build: Builder) -> None:
    """Their names are compared pairwise with the other persons', as signatories' are."""
    names = "".join(f"    - Anna Andersson{i:04d}\n" for i in range(1000))
    extra = f"justering:\n  datum: 2024-02-15\n  justerare:\n{names}"
    result = build(cases.case(kind="beslut", extra=extra))
    assert any(f"listan har 1000 punkter, högst {MAX_SIGNATORIES}" in e for e in errors(result))


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


def _brute_force_misses(text: str, figures: dict[str, int]) -> list[tuple[str, str, int]]:
    """Near misses found by comparing every amount with every figure (the reference)."""
    found = []
    for literal in find_amounts(text):
        agrees = any(
            literal.value == f
            or (literal.approximate
                and covered(literal, rounding_step(literal))[0] <= f
                <= covered(literal, rounding_step(literal))[1])
            for f in figures.values()
        )
        near = [(n, f) for n, f in figures.items() if is_near(literal, f)]
        if not agrees and near:
            name, figure = min(near, key=lambda item: abs(literal.value - item[1]))
            found.append((literal.text, name, figure))
    return found


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.integers(-3_000_000, 3_000_000), min_size=1, max_size=12),
    st.lists(st.sampled_from(["ca 1,2 mnkr", "1 000 kr", "drygt 2 mnkr", "−950 tkr",
                              "knappt 3 mnkr", "1 050 000 kr", "ca 1 mnkr", "2 999 tkr"]),
             max_size=6),
)
def test_the_indexed_comparison_finds_what_comparing_every_pair_finds(
    values: list[int], amounts: list[str]
) -> None:
    figures = {f"f{i}": value for i, value in enumerate(values)}
    text = " och ".join(amounts)
    found = [(m.text, name, figure) for m, name, figure in near_misses(text, figures)]
    assert found == _brute_force_misses(text, figures)


@pytest.mark.parametrize(
    "text",
    ["240101 1 kr\n\n" * 5000, "ca 1 001 kr och 5 mnkr\n\n" * 4000, "2099-01-01\n\n" * 6000],
)
def test_many_findings_in_one_text_are_placed_in_near_linear_time(
    build: Builder, text: str
) -> None:
    result = build(cases.case(cases.block(text), posts=MAX_ITEMS))
    assert len(result.problems) >= 4000


@pytest.mark.parametrize(
    "text",
    ["[" * 19_000, "![" * 9_000, "*_[`<" * 3_800, ("[" * 99 + "x" * 1_900 + "\n\n") * 40],
)
def test_brackets_a_parser_would_match_slowly_are_an_error(build: Builder, text: str) -> None:
    result = build(cases.case(cases.quoted(text)))
    assert errors(result)[0].endswith(
        "stycket har för många hakparenteser [ ] som inte hör ihop, "
        "skriv \\[ för en hakparentes som ska synas"
    )


def test_many_ordinary_links_are_rendered(build: Builder) -> None:
    text = "\n\n".join(["Se [a](https://x.se) och [b][c] samt [d]."] * 2000)
    result = build(cases.case(cases.block(text + "\n\n[c]: https://x.se")))
    assert not result.problems and "arende.docx" in result.files


def test_an_amount_of_thousands_of_digits_in_a_text_is_no_amount(build: Builder) -> None:
    result = build(cases.case(cases.block("9" * 5000 + " kr")))
    assert not result.failed and "arende.docx" in result.files


@pytest.mark.parametrize(
    ("title", "message"),
    [('"   "', "titeln får inte vara tom, skriv dokumentets titel"),
     ("x" * 256, "värdet har 256 tecken, högst 255 får stå här; korta det eller dela upp det")],
)
def test_a_title_word_cannot_keep_is_an_error(build: Builder, title: str, message: str) -> None:
    assert errors(build(cases.case(title=title))) == [f"6:8: {message}"]


def test_a_tuple_counted_at_once_is_counted_as_item_by_item(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from generator.render import template_sandbox as sandbox

    one, many = sandbox._Budget(), sandbox._Budget()
    clock = [0.0]
    monkeypatch.setattr("time.monotonic", lambda: clock[0])
    one.deadline = many.deadline = 1.0
    for count in (1000, 23, 1, 1024, 3000):
        for _ in range(count):
            one.tick()
        many.spend(count)
        assert one.iterations == many.iterations
    clock[0] = 2.0
    with pytest.raises(sandbox.LimitExceeded) as by_one:
        for _ in range(1024):
            one.tick()
    with pytest.raises(sandbox.LimitExceeded) as at_once:
        many.spend(1024)
    assert str(by_one.value) == str(at_once.value)
    with pytest.raises(sandbox.LimitExceeded, match="varv tillsammans"):
        sandbox._Budget().spend(sandbox.MAX_ITERATIONS + 1)

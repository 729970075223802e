"""The rules of trials 48-50 take work in proportion to a case, whatever its texts and rows.

Each hostile case is built under the suite's time limit (`conftest.LIMIT_SECONDS`), as the
other hostile tests are, and its result checked; no test compares times, which a shared
machine makes flake. What each case cost before its rule was bounded is noted at the test
(measured once, processor time); now each takes well under a second.
"""

from __future__ import annotations

from collections.abc import Iterable

import pytest

from generator.build import CaseResult
from generator.checks import literal_amounts_counts
from generator.checks.literal_amounts import find_amounts
from generator.checks.literal_amounts_counts import counted_totals
from generator.checks.row_sizes import MAX_NAMED
from generator.compute.tables import RowResult
from hostile import cases
from hostile.harness import Builder


def built(build: Builder, text: str) -> CaseResult:
    """The hostile case built to the end, with no internal error (a bug's message)."""
    result = build(text)
    assert not any("internt fel" in problem.message for problem in result.problems)
    return result


def table_case(text: str, rows: list[str], amount: str, heading: str = "Utfall") -> str:
    """A case whose one text stands above a table of rows (texts) with the same amount."""
    lines = "".join(f"      - {{namn: {cases.quoted(row)}, belopp: {cases.quoted(amount)}}}\n"
                    for row in rows)
    return (
        "dokumenttyp: tjansteskrivelse\ndatum: 2014-02-20\ndnr: nej\ntitel: Bokslut\n"
        f"avsnitt:\n  - rubrik: Drift\n    text: {cases.quoted(text)}\n    tabell: drift\n"
        "tabeller:\n  - namn: drift\n    kolumner:\n      - {namn: namn, rubrik: Rad}\n"
        f"      - {{namn: belopp, rubrik: {cases.quoted(heading)}, typ: belopp}}\n"
        f"    rader:\n{lines}"
    )


def motion_case(text: str, title: str = "Motion om lokaler") -> str:
    """A decision on a motion (answered 2009-02-23 where the title says so) with one text."""
    return (
        f"dokumenttyp: beslut\ndatum: 2009-02-23\ndnr: nej\ntitel: {title}\n"
        "beslut:\n  beslutande: Kommunfullmäktige\n  datum: 2009-02-23\n  stil: numrerad\n"
        "  punkter:\n    - Ärendet anses besvarat.\n"
        f"avsnitt:\n  - rubrik: Ärendet\n    text: {cases.quoted(text)}\n"
    )


def paragraphs(sentence: str, count: int, per: int = 100) -> str:
    """count numbered sentences, per of them to a paragraph."""
    return "".join(sentence.format(i) + ("\n\n" if i % per == per - 1 else " ")
                   for i in range(count))


def test_a_sentence_of_many_amounts_beside_thousands_of_long_negative_rows(
    build: Builder,
) -> None:
    """A pattern of every row's text joined was tried at every place of the sentence for
    each of its amounts: 11.0 s here, 33 times the baseline (a sentence of 2 000
    characters and 21 amounts, 400 rows of 1 000 characters and 96 of up to MAX_NAMED that
    begin alike), now 0.3 s, as much as the baseline."""
    long_rows = [("a " * 500)[:996] + f"{i:04d}" for i in range(400)]
    alike = [("a " * 60)[: length - 1] + "z" for length in range(5, MAX_NAMED + 1)]
    text = "a " * 1000 + "1 kr, " * 20 + "och 2 kr."
    rows = long_rows + alike
    built(build, table_case(text, rows, "-1"))


def test_many_prices_per_unit_in_one_sentence_beside_a_long_price_column(
    build: Builder,
) -> None:
    """Each price read every row's text and the sentence in lower case, once a row: 10.6 s
    here (1 000 rows, 500 prices), 118 times the baseline, now 0.1 s."""
    text = "Tomterna säljs för " + "1 550 kr per kvm, " * 500 + "i år."
    rows = [f"Tomt {i}" for i in range(1000)]
    result = built(build, table_case(text, rows, "1 500", heading="Pris (kr/m²)"))
    assert any("1 550 kr per kvm" in problem.message for problem in result.problems)


SPACES = " " * 19_000
"""Within a paragraph's limit, and two runs of them one after the other in a pattern were
tried at every split."""


def test_thousands_of_spaces_after_per(build: Builder) -> None:
    """10.1 s here before (two prices), 198 times the baseline, now 0.02 s."""
    hostile = f"Tomten säljs för 1 550 kr per{SPACES}.\n\nPriset är 2 kr per{SPACES}."
    built(build, table_case(hostile, ["Tomt 1", "Tomt 2"], "1 500", heading="Pris (kr/m²)"))


def test_thousands_of_spaces_after_motion(build: Builder) -> None:
    """11.6 s here before (two dates), 470 times the baseline, now 0.02 s."""
    built(build, motion_case(f"Motion{SPACES}x 2007-03-19 och 2007-03-20"))


def test_thousands_of_dates_after_a_filing_verb(build: Builder) -> None:
    """Each date searched the text from its start for the sentence's and the sentence for
    a filing verb: 3.9 s here (5 000 dates), 70 times the baseline, now 0.1 s."""
    built(build, motion_case(paragraphs("väcktes 2007-03-19", 5000, per=1000)))


@pytest.mark.parametrize("said", ["( x", "2, 18 kr", "3 Mkr"])
def test_thousands_of_slips_among_thousands_of_code_spans(build: Builder, said: str) -> None:
    """Each slip was compared with every code span, link and `{{ }}` of the text: 1.6-1.8
    s here, 9-24 times the baseline (the same slips without code spans), now 1.3 times."""
    built(build, cases.case(cases.quoted(paragraphs(f"`c` {said}", 6000, per=500))))


def test_the_tables_an_amount_shared_apart_is_compared_with_are_listed_once(
    build: Builder, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each amount counted every table's rows again: 248 400 times here."""
    counted: list[int] = []

    def leaf_rows(rows: Iterable[RowResult]) -> int:
        counted.append(1)
        return literal_amounts_counts.leaf_rows(rows)
    monkeypatch.setattr("generator.checks.consistency.leaf_rows", leaf_rows)
    tables = "".join(
        f"  - namn: t{t}\n    kolumner:\n      - {{namn: namn, rubrik: Namn}}\n"
        "      - {namn: belopp, rubrik: Belopp, typ: belopp}\n    rader:\n"
        + "".join(f"      - {{namn: r{r}, belopp: {r + 1}}}\n" for r in range(20))
        for t in range(100))
    text = paragraphs("{} kr fördelas till tre föreningar.", 2500, per=300)
    case = cases.case(cases.quoted(text)).replace("    tabell: medelslista\n", "")
    result = build(case + "tabeller:\n" + tables)
    assert len(result.problems) >= 2500
    assert len(counted) == 100


def test_amounts_shared_in_a_long_text_are_each_found() -> None:
    """Each "fördelas … till" tried every amount of the text: ten times the text took 89
    times as long (1.65 s for 2 500 amounts beside 100 tables before)."""
    text = paragraphs("{} kr fördelas till tre föreningar.", 5000, per=300)
    assert len(counted_totals(text, find_amounts(text))) == 5000

"""The lazily read Swedish patterns hyphenate exactly as Pyphen does."""

from __future__ import annotations

import re
from pathlib import Path

import pyphen
import pytest

from generator.word.hyphenation import (
    LEFT,
    RIGHT,
    SOFT_HYPHEN,
    ZERO_WIDTH_SPACE,
    Patterns,
    dictionary_path,
    hyphenate_long_words,
)
from generator.word.span import Span
from generator.word.word_lengths import HYPHENATED_WORD

ROOT = Path(__file__).resolve().parents[2]


def _pyphen() -> pyphen.Pyphen:
    return pyphen.Pyphen(filename=dictionary_path(), left=LEFT, right=RIGHT)


def test_the_dictionary_is_the_one_pyphen_uses_for_swedish() -> None:
    assert dictionary_path() == Path(pyphen.LANGUAGES["sv"])


def test_every_pattern_reads_as_pyphen_reads_it() -> None:
    ours = Patterns(dictionary_path())
    theirs = _pyphen().hd.patterns
    for letters, (start, values) in theirs.items():
        expected = [0] * (len(letters) + 1)
        expected[start:start + len(values)] = [int(v) for v in values]
        assert ours.values(letters) == expected, letters


def test_every_word_of_the_cases_and_goldens_is_hyphenated_as_pyphen_does() -> None:
    texts = [p.read_text(encoding="utf-8") for folder in ("cases", "tests/golden")
             for p in sorted((ROOT / folder).rglob("*")) if p.suffix in (".yaml", ".md")]
    words = set(re.findall(r"[^\W\d_]{4,}", "\n".join(texts)))
    words |= {"suicidpreventionssamordnare", "LÄNSGEMENSAMMA", "Verksamhetsuppföljning",
              "barnrättsperspektivet", "öööööö", "éééé"}
    assert len(words) > 500
    ours, theirs = Patterns(dictionary_path()), _pyphen()
    for word in sorted(words):
        assert ours.inserted(word, SOFT_HYPHEN) == theirs.inserted(word, hyphen=SOFT_HYPHEN)


def test_only_words_longer_than_the_capacity_get_soft_hyphens() -> None:
    spans = [Span("suicidpreventionssamordnare och kort"), Span("https://x", href="https://x")]
    hyphenated = hyphenate_long_words(spans, 12)
    assert hyphenated[0].text.startswith("suicid\u00adpre")
    assert hyphenated[0].text.endswith(" och kort")
    assert hyphenated[1] == spans[1]


@pytest.mark.parametrize(("word", "capacity", "broken"), [
    ("Budgetavvikelse", 12, "Budget-avvikelse"),  # (the patterns alone: Bud-ge-tav-vi-kel-se)
    ("Budgetavvikelse", 6, "Budget-av-vi-kelse"),  # a part too long for the column
    ("Verksamhetsbidrag", 12, "Verksamhets-bidrag"),
    ("suicidpreventionssamordnare", 12, "suicid-preventions-samordnare"),
    ("suicidpreventionssamordnare", 8, "suicid-pre-ven-tions-sam-ord-nare"),
    ("nämndserviceenheten", 10, "nämnd-service-enheten"),
    ("Förändring", 6, "För-änd-ring"),  # no known parts: the patterns' points
    # trial 42: "Andel av riksdagsarvodet" broke "riksdagsar-vodet" (the patterns' points)
    ("riksdagsarvodet", 8, "riks-dags-arvodet"),
    ("Månadsarvode", 6, "Månads-arvode"),
])
def test_a_compound_of_known_parts_breaks_at_its_joints(word: str, capacity: int,
                                                         broken: str) -> None:
    [span] = hyphenate_long_words([Span(word)], capacity)
    assert span.text.replace(SOFT_HYPHEN, "-") == broken


def test_a_bold_span_is_hyphenated_at_the_bold_capacity() -> None:
    """Trial 24: the bold label "Kommunstyrelse" (14 letters) fitted 14 plain characters
    but not in bold, got no soft hyphen and was broken as "Kommunstyrels" / "e"."""
    spans = [Span("Kommunstyrelse", bold=True), Span("Kommunstyrelse")]
    bold, plain = hyphenate_long_words(spans, 14, 13)
    assert bold.text == f"Kommun{SOFT_HYPHEN}styrelse"
    assert plain.text == "Kommunstyrelse"


def test_a_long_word_breaks_into_pieces_no_longer_than_a_column_counts_it() -> None:
    """A word longer than HYPHENATED_WORD counts as that long for its column's floor (see
    `word_lengths`): in a column that narrow, its soft hyphens leave no longer piece, so
    no word is broken where there is no hyphen."""
    texts = [p.read_text(encoding="utf-8") for folder in ("cases", "tests/golden")
             for p in sorted((ROOT / folder).rglob("*")) if p.suffix in (".yaml", ".md")]
    words = set(re.findall(rf"[^\W\d_]{{{HYPHENATED_WORD + 1},}}", "\n".join(texts)))
    words |= {"hälsoskyddsverksamhet", "överförmyndarnämnden", "räddningstjänstförbundet",
              "samhällsbyggnadsnämnden", "exploateringsverksamhet", "Kommunövergripande"}
    assert len(words) > 100
    for word in sorted(words):
        [span] = hyphenate_long_words([Span(word)], HYPHENATED_WORD)
        assert max(map(len, span.text.split(SOFT_HYPHEN))) <= HYPHENATED_WORD, span.text


@pytest.mark.parametrize(("text", "broken"), [
    ("Gäster/anhöriga/pensionär (kr)", "Gäster/|anhöriga/|pensionär (kr)"),
    ("Pedagogisk/Socialmåltid**", "Pedagogisk/|Soci-al-mål-tid**"),  # 14: too long
    ("kr/portion", "kr/portion"),  # fits the column whole: nothing added
    ("Dnr 2024/512123456789", "Dnr 2024/512123456789"),  # no letters around the "/"
])
def test_words_joined_by_a_slash_break_after_it_and_only_a_long_piece_is_hyphenated(
        text: str, broken: str) -> None:
    """Trial 38: Word printed "Gäster/anhö-riga/pensionär", though "anhöriga/" fits the
    column (12 bold characters here) whole."""
    [span] = hyphenate_long_words([Span(text, bold=True)], 14, 12)
    assert span.text.replace(SOFT_HYPHEN, "-").replace(ZERO_WIDTH_SPACE, "|") == broken


@pytest.mark.parametrize(("text", "broken"), [
    ("Utfall_proc", "Utfall_|proc"),
    ("Utfall_2024", "Utfall_2024"),  # no letter after the "_": it does not break there
    ("Budget_proc", "Budget_|proc"),
])
def test_words_joined_by_an_underscore_break_after_it(text: str, broken: str) -> None:
    """Trial 40, F7: Word printed the header "Utfall_proc" of a narrow column as
    "Utfall_pr" over "oc", cut without a hyphen."""
    [span] = hyphenate_long_words([Span(text, bold=True)], 9, 8)
    assert span.text.replace(SOFT_HYPHEN, "-").replace(ZERO_WIDTH_SPACE, "|") == broken


def test_slash_joined_pieces_are_no_longer_than_a_column_counts_them() -> None:
    [span] = hyphenate_long_words([Span("Gäster/suicidpreventionssamordnare/anhöriga")],
                                  HYPHENATED_WORD)
    pieces = re.split(f"[{SOFT_HYPHEN}{ZERO_WIDTH_SPACE}]", span.text)
    assert max(map(len, pieces)) <= HYPHENATED_WORD, span.text

"""Typographic care for text typed by the case: no-break spaces and readable links.

Computed figures already carry no-break spaces (Babel); text typed in the case does not.
Here amounts ("1 560 000 000 kr"), a number and its unit ("30 %", "400 tkr", "7 §", "25 km",
from a closed list: `_MEASURES`), a day and its month ("1 januari"), "2 kap.", "§ 74",
"kl. 9.30", a name and its party and a word and its abbreviation after it ("Ida Stafrin (C)",
trial 93, F11; "Landsting (SKL)") get no-break spaces, a reference or date ("5.7-1234/2025",
"2024-02-15") non-breaking hyphens (`w:noBreakHyphen`) and a numeric range ("8–15") word
joiners (U+2060) around its en dash, so that a line never breaks inside them; and a bare web
address becomes a link whose text is the address without "https://". An amount
column's header may be measured with its first word and the number after it ("Taxa 2020",
"Budget 2024–2025") as one word (`number_kept`, trial 91, F1: "Taxa" / "2020 (kr)").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from generator.word.span import Span

NBSP: Final = "\u00a0"
KEPT_SPACE: Final = "\u202f"
"""A space measured as one a line does not break at, but never written (see `number_kept`):
the narrow no-break space, measured as wide as a space (`glyph_widths`)."""
_UNITS: Final = r"(?:kr|kronor|tkr|mnkr|mkr|mdkr|%|§|st|procent|år|timmar|dagar|veckor|månader"
_MEASURES: Final = r"|km|kilometer|mil|m|meter|cm|mm|m²|kvm|kvadratmeter|kg|ton|liter|minuter"
"""Units of measure after a number ("25 km", "25 kilometer"): a short closed list, so that
ordinary words after a number ("3 barn") may still break from it (trial 77, F7)."""
MONTHS: Final = (r"januari|februari|mars|april|maj|juni|juli|augusti|september|oktober"
                 r"|november|december")
"""A date's month after its day ("1 januari", "den 31 mars 2026"), as alternatives."""
_AFTER_NUMBER: Final = rf"{_UNITS}{_MEASURES}|{MONTHS}|kap\.)"
"""What a number is never parted from: a unit, a month and "kap." ("2 kap. 2 §")."""
# Each pattern starts with what it matches (a digit, a space, a word) and looks back only
# after that, so that the regex engine can skip ahead to candidates instead of trying
# every position: "\d(?<![\d/.,]\d)" is "(?<![\d/.,])\d", " (?<=\d )" is "(?<=\d) ".
_GROUPED: Final = re.compile(r"\d(?<![\d/.,]\d)\d{0,2}(?: \d{3})+(?![\d/])")  # an amount
_GROUP_GAP: Final = re.compile(r" (?<=\d )\d{3}")  # in every _GROUPED match
_UNIT: Final = re.compile(rf" (?<=\d )(?={_AFTER_NUMBER}(?![\wåäö²]))")  # before a unit
_BEFORE_NUMBER: Final = re.compile(r"(?<![\wåäö])(§|kl\.|nr|sid\.|s\.) (?=\d)")
_BEFORE_WORDS: Final = ("§", "kl. ", "nr ", "s. ", "sid. ")  # in every _BEFORE_NUMBER match
_DIGIT: Final = re.compile(r"\d")
NO_BREAK_HYPHEN: Final = "\u2011"  # written as `w:noBreakHyphen` (generator.word.runs)
WORD_JOINER: Final = "\u2060"
# A reference ("5.7-1234/2025", "KS-2024/123"): a hyphen between letters/digits in a token
# that holds a digit; a range ("8–15", "2024–2025"): an en dash between digits.
_HYPHENATED: Final = re.compile(r"\w[\w./]*(?:-[\w./]*\w)+")
_RUN_END: Final = re.compile(r"[\w./-]*")  # a run of what `_HYPHENATED` may match
_RANGE_DASH: Final = re.compile(r"\u2013(?<=\d\u2013)(?=\d)")  # "(?<=\d)\u2013(?=\d)" (see above)
_URL: Final = re.compile(r"(?:https?://|www\.)[^\s<>\"”)\]]+[^\s<>\"”)\].,;:!?]")


def no_break_spaces(text: str) -> str:
    """Replace the spaces that must not break a line with no-break spaces."""
    if " (" in text:
        text = _party().sub(NBSP, text)
    if not _has_digit(text):  # every rule is about a space, hyphen or dash by a digit
        return text
    if "-" in text:
        text = _joined_references(text)
    if "\u2013" in text:
        text = _RANGE_DASH.sub(WORD_JOINER + "\u2013" + WORD_JOINER, text)
    if " " not in text:
        return text
    if _GROUP_GAP.search(text):  # (most texts hold no amount: the search costs much less)
        text = _GROUPED.sub(lambda match: match.group().replace(" ", NBSP), text)
    text = _UNIT.sub(NBSP, text)
    for word in _BEFORE_WORDS:  # (plain searches cost much less; `any` over a generator, twice)
        if word in text:
            return _BEFORE_NUMBER.sub(lambda match: match.group(1) + NBSP, text)
    return text


@cache
def _party() -> re.Pattern[str]:
    """The space before a party's or an abbreviation's letters in parentheses ("(C)",
    "(KD)", "(SKL)")."""
    return re.compile(r" (?=\([A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{0,3}\)(?![\wåäö]))")


def number_kept(text: str) -> str:
    """`text`, a line of an amount column's header, with a KEPT_SPACE between its first
    word and a number after it ("Taxa 2020 (kr)", "Utfall 2023"): a reader takes them for
    one name, and the header should break before its unit instead. Only for measuring
    (`name_room` narrows no column where they stand together below their width): a column
    as wide as they are sets them on its first line with a plain space. (A pair after
    another word, "Per år 2022", is not kept: a plain space there may break before "år".)"""
    if " " not in text or not _has_digit(text):  # (most headers)
        return text
    first = _word_number().match(text)
    if first is None:
        return text
    return text[:first.end() - 1] + KEPT_SPACE + text[first.end():]


@cache
def _word_number() -> re.Pattern[str]:
    """A word of letters and the space after it, before a number's first digit."""
    return re.compile(r"[^\W\d_]+ (?=\d)")


def _joined_references(text: str) -> str:
    """`text` with the hyphens of its references non-breaking (`_HYPHENATED`).

    The pattern runs only over the run of word characters, dots, slashes and hyphens
    around each hyphen (no match crosses another character): over a whole paragraph,
    it costs more than the rest of the paragraph's typesetting together.
    """
    pieces: list[str] = []
    done = 0
    hyphen = text.find("-")
    while hyphen != -1:
        # the run before the hyphen: `_RUN_END` over the text back to `done`, reversed
        start = hyphen - _RUN_END.match(text[done:hyphen][::-1]).end()  # type: ignore[union-attr]
        end = _RUN_END.match(text, hyphen).end()  # type: ignore[union-attr]  # (matches "")
        pieces += (text[done:start], _HYPHENATED.sub(_joined_reference, text[start:end]))
        done = end
        hyphen = text.find("-", end)
    pieces.append(text[done:])
    return "".join(pieces)


def _joined_reference(match: re.Match[str]) -> str:
    """A hyphenated token with its hyphens non-breaking if it holds a digit (a reference)."""
    token = match.group()
    return token.replace("-", NO_BREAK_HYPHEN) if _has_digit(token) else token


def _has_digit(text: str) -> bool:
    """Whether `text` holds a decimal digit (what `\\d` finds), mostly without the regex
    search, which costs many times more: ASCII digits are found by plain searches, and
    the others (all from U+0660 on) cannot be in text that fits in Latin-1. The searches
    are written out: a loop over the digits costs twice as much."""
    if ("0" in text or "1" in text or "2" in text or "3" in text or "4" in text
            or "5" in text or "6" in text or "7" in text or "8" in text or "9" in text):
        return True
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return _DIGIT.search(text) is not None
    return False


def may_hold_address(text: str) -> bool:
    """Whether `text` may hold a bare web address (every one starts with http or www.)."""
    return "http" in text or "www." in text


def link_text(href: str) -> str:
    """The readable text of a web address: without the scheme and a trailing slash."""
    return re.sub(r"^https?://", "", href).rstrip("/")


def typeset(spans: Sequence[Span]) -> list[Span]:
    """No-break spaces in plain text, bare addresses as links, readable link texts."""
    result: list[Span] = []
    for span in spans:
        if span.line_break:
            result.append(span)
        elif span.href is not None:
            text = link_text(span.text) if span.text == span.href else span.text
            result.append(span.with_text(no_break_spaces(text)))
        elif may_hold_address(span.text):
            result.extend(_linked(span))
        elif span.text:
            text = no_break_spaces(span.text)
            result.append(span if text is span.text else span.with_text(text))
    return result


def _linked(span: Span) -> Iterable[Span]:
    """The span split at bare web addresses, which become links."""
    position = 0
    for match in _URL.finditer(span.text):
        if match.start() > position:
            yield span.with_text(no_break_spaces(span.text[position:match.start()]))
        address = match.group()
        href = address if "://" in address else f"https://{address}"
        yield span._replace(text=link_text(address), href=href)
        position = match.end()
    if position < len(span.text):
        yield span.with_text(no_break_spaces(span.text[position:]))

"""A decision's paragraph of the minutes ('KS § 12', '§ 99', 'Vn 1'), as the case writes it.

A paragraph is printed as minutes write it; what is no paragraph number is refused with a
hint of what was likely meant.
"""

# No `from __future__ import annotations`: pydantic reads `Paragraph` where a model uses it.

import re
from functools import cache
from typing import Annotated

from pydantic import AfterValidator

_PREFIX = r"(?P<prefix>[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{0,5})"  # an organ's prefix: 'KS', 'Vn', 'BUN'
_NUMBER = r"(?P<number>[0-9]+)(?:\s?(?P<letter>[a-zåäöA-ZÅÄÖ]))?"  # '58', '58 a', '58a'


@cache
def _forms() -> tuple[tuple[re.Pattern[str], bool], ...]:
    """The forms of one paragraph whose meaning is clear, each with whether it is printed
    with § (compiled on first use: most cases name no paragraph)."""
    return (
        (re.compile(rf"§?\s*{_NUMBER}"), True),  # '99', '§99', '§ 99'
        (re.compile(rf"{_NUMBER}\s*§"), True),  # '1 §', '58 a §'
        (re.compile(rf"{_PREFIX}\s*§\s*{_NUMBER}"), True),  # 'KS § 12', 'KF §130'
        (re.compile(rf"§\s*{_PREFIX}\s+{_NUMBER}"), True),  # '§ KF 130'
        (re.compile(rf"{_PREFIX}\s+{_NUMBER}\s*§"), True),  # 'Kf 130 §'
        (re.compile(rf"{_PREFIX}\s+{_NUMBER}"), False),  # 'Vn 1': the minutes number it without §
    )


_DIGITS = re.compile("[0-9]+")
_RANGE = re.compile(r"[0-9]\s*[–-]\s*[0-9]")  # '§ 12–13'


@cache
def _a_prefix() -> re.Pattern[str]:
    return re.compile(r"(?<![A-ZÅÄÖa-zåäö])[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{0,5}(?![A-ZÅÄÖa-zåäö])")


@cache
def _stuck() -> re.Pattern[str]:
    return re.compile(r"([A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{0,5})([0-9]+)")


_NO_PREFIX = frozenset({"nr", "nummer", "par", "punkt", "pkt", "p", "sid", "sida"})


@cache
def _between() -> re.Pattern[str]:
    """What stands between two paragraphs: a comma, 'och' …, or nothing but a space before
    the next one's prefix ('Ks 90 Au 99'; not the space of '5 8', nor before the prefix of
    '§ 130 KF')."""
    return re.compile(r"\s*(?:[,;&+/]|\boch\b)\s*"
                      r"|(?<=[0-9])\s+(?=[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{0,5}\s*§?\s*[0-9])")


def _with_sign(paragraph: str) -> str:
    """A paragraph as minutes write it: '<prefix> § <number>[ <letter>]' ('KF § 130',
    'KF §130', '§ KF 130' and 'KF 130 §' all give 'KF § 130'), a number alone with its sign
    ('99', '99 §' and '58a' give '§ 99' and '§ 58 a'), or an organ's prefix without § as the
    minutes number it ('Vn 1').

    Several paragraphs ('§§ 12–13') stand as written; anything else ('5 8', 'femtio',
    '§ 130 KF') is refused rather than printed as it stands after the decision's date."""
    written = paragraph.strip()
    for form, signed in _forms():
        match = form.fullmatch(written)
        if match and _is_prefix(match.groupdict().get("prefix")):
            parts = [match.groupdict().get("prefix"), "§" if signed else None,
                     match["number"], match["letter"]]
            return " ".join(part for part in parts if part)
    if "§§" in written or ("§" in written and _RANGE.search(written)):
        return written
    several = [piece for piece in _between().split(written) if _DIGITS.search(piece)]
    if len(several) > 1:
        raise ValueError(f"'{paragraph}' är flera paragrafer, {_one_of(several)}")
    raise ValueError(f"'{paragraph}' är inget paragrafnummer, skriv t.ex. "
                     f"'{_example(written)}'")


def _is_prefix(word: str | None) -> bool:
    """Whether a word before a paragraph's number is an organ's prefix ('KS'), not a word
    for the number itself ('Nr 58'); no word at all is no obstacle."""
    return word is None or word.lower() not in _NO_PREFIX


def _one_of(several: list[str]) -> str:
    """How to write a decision's paragraph where the case names several (trial 37: 'Ks 90,
    Au 99', the decision's own and the one that prepared it, was hinted as '§ 9099'): one
    of them, or, in one organ's minutes, all of them after '§§'."""
    try:
        first = _with_sign(several[0])
    except ValueError:
        first = _example(several[0])
    organs = {prefix.upper(): prefix for piece in several for prefix in _a_prefix().findall(piece)
              if _is_prefix(prefix)}
    if len(organs) > 1:
        return f"skriv beslutets egen, t.ex. '{first}'; de andra kan stå i texten"
    numbers = ", ".join(_DIGITS.findall(piece)[0] for piece in several)
    organ = "".join(f"{prefix} " for prefix in organs.values())
    return f"skriv en, t.ex. '{first}', eller alla efter §§, t.ex. '{organ}§§ {numbers}'"


def _example(paragraph: str) -> str:
    """What a paragraph that is no paragraph number was likely meant to be: 'Vn1' 'Vn 1',
    '5 8' '§ 58', '§ 130 KF' 'KF § 130'."""
    stuck = _stuck().fullmatch(paragraph)
    if stuck and _is_prefix(stuck.group(1)):
        return f"{stuck.group(1)} {stuck.group(2)}"
    digits = "".join(re.findall("[0-9]", paragraph)) or "58"
    # (a prefix in small letters, 'kf § 130', is meant in capitals: 'KF § 130')
    prefixes = [word for word in _a_prefix().findall(paragraph.upper()) if _is_prefix(word)]
    if "§" in paragraph and prefixes:
        return f"{prefixes[0]} § {digits}"
    return f"§ {digits}"


Paragraph = Annotated[str, AfterValidator(_with_sign)]
"""A paragraph of the minutes; a bare number gets its sign ('99' is '§ 99')."""

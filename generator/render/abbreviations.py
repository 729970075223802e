"""Write out abbreviations at their first use in a rendered decision, and list those used.

The rules (CONVENTIONS, "Names, abbreviations"):

* A *use* is the abbreviation as a whole word, case-sensitive: `LCHNV`, or its genitive
  `LCHNV:s`. Compounds (`SIP-satsning`) and other inflections (`SIP:en`) count as uses for
  the legend and as later uses, but are never rewritten: a plain or genitive use is.
* A use right before '§' (`KS § 258`, `KS §§ 12–13`) is a paragraph reference, the way a
  protocol names its paragraphs, not a use the reader needs introduced: it is never
  rewritten, and it gives a long form no abbreviation (trial 48: 'Kommunstyrelsen (KS)
  beslutade …, KS § 258'). It still counts for the legend. So is a use right before a date,
  a decision cited by its organ and day (`(KF 2015-06-15, § 67)`: trial 95, F1, where the
  long form put a parenthesis inside the citation's).
* An abbreviation is introduced once, in running text or a table cell, never in a heading
  or a table's header row (a column header is a label, printed as written, so that `KF`
  over a column of a sammanträdesplan stays `KF`, as `beslut visa` shows it; trial 59). Uses
  there still count as later uses and for the legend. The first such use gets the long form
  with the abbreviation in parentheses: `LCHNV` becomes `Länschefsnätverket (LCHNV)`. The
  genitive `LCHNV:s` becomes `Länschefsnätverkets (LCHNV)`: the long form takes the genitive
  (see `genitive`) and the abbreviation in parentheses stays bare. At the start of a
  sentence, a list item or a table cell the long form gets a capital first letter. (A cell
  is a place to introduce one: seed 003's table is the only place its NSPH, UM and AOSP
  appear.)
* When the long form already appears in running text or a cell before that use, the
  abbreviation is not expanded. Instead the first long form gets the abbreviation after it,
  so that the reader learns the short form where the long one is first read:
  `Länschefsnätverket beslutade … LCHNV` becomes `Länschefsnätverket (LCHNV) beslutade …
  LCHNV`. The long form is matched with either case of its first letter and in the genitive.
* A long form gets the abbreviation only when the document uses the abbreviation after it
  (any use, in running text, a heading or a table cell); otherwise it is left alone.
* A place followed by a parenthesis (`Kommunstyrelsen (ledningskontoret)`) is passed over for
  the next one, so that no `Kommunstyrelsen (KS) (ledningskontoret)` results.
* Nothing changes when the text already defines the abbreviation at one of its uses, with the
  long form right beside it on the same line, before it (`Länschefsnätverket (LCHNV)`,
  `(Länschefsnätverket, LCHNV)`) or after it (`MHFA, Mental Health First Aid`, or a glossary
  line `KSAU Kommunstyrelsens arbetsutskott`, trial 59).
* The header block (the first `skip_lines` lines) is neither changed nor read: in Word it is the
  page header, which screen readers skip, so the body must introduce its abbreviations itself.
* Link targets `](…)`, autolinks and HTML tags `<…>`, bare URLs and e-mail addresses, code
  spans, fenced code blocks, link reference definitions and table separator rows are never
  changed.

All edits are worked out on the text as given and then applied together, so one expansion never
changes how another abbreviation is treated.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache

from generator.formatting import genitive
from generator.render.markdown_escape import escape

_PROTECTED = re.compile(
    r"`[^`\n]*`"  # code span
    r"|\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"]*\")?\)"  # link target ](url "title")
    r"|<[^<>\n]*>"  # autolink or HTML tag
    r"|(?:https?://|www\.)[^\s<>()\[\]]+"  # bare URL
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # e-mail address
)
_FENCE = re.compile(r"\s{0,3}(?:```|~~~)")
_TABLE_RULE = re.compile(r"[\s|:-]*-[\s|:-]*$")
_HEADING = re.compile(r"\s{0,3}#{1,6}(?:\s|$)")
_TABLE_ROW = re.compile(r"\s{0,3}\|")
_PARENTHESIS_NEXT = re.compile(r"\s*\(")
_REFERENCE_DEFINITION = re.compile(r"\s{0,3}\[[^\]]+\]:\s")
_BLOCK_MARKER = re.compile(r"\s*(?:#{1,6}|>|[-*+]|\d+[.)])?")
_SENTENCE_END = re.compile(r"(?:[!?]|(?<![.\w])\w{2,}\.)$")
_OPENING = " \t*_([\"'”„"
_SWEDISH_ORDER = str.maketrans({"å": "{", "ä": "|", "ö": "}"})


@dataclass(frozen=True)
class _Edit:
    """Replace text[start:end] with `new` (an insertion when start == end)."""

    start: int
    end: int
    new: str


class _Scope:
    """The parts of a Markdown text that abbreviation handling may read and change."""

    def __init__(self, text: str, skip_lines: int, running_only: bool = False) -> None:
        self.text = text
        ranges = list(_editable_ranges(text, skip_lines, running_only))
        self._starts = [start for start, _ in ranges]
        self._ends = [end for _, end in ranges]

    def contains(self, start: int, end: int) -> bool:
        """Tell whether text[start:end] lies wholly inside one editable range."""
        index = bisect_right(self._starts, start) - 1
        return index >= 0 and end <= self._ends[index]

    def find(self, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
        """Yield the matches of pattern that lie inside the editable ranges, in text order."""
        start = self._starts[0] if self._starts else len(self.text)
        for match in pattern.finditer(self.text, start):
            if self.contains(match.start(), match.end()):
                yield match

    def first(self, pattern: re.Pattern[str]) -> re.Match[str] | None:
        """Return the first editable match of pattern, if any."""
        return next(self.find(pattern), None)


def _editable_ranges(
    text: str, skip_lines: int, running_only: bool
) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of the readable stretches of the body, line by line; with
    running_only, those of running text and table cells alone (no heading, no table's
    header row)."""
    offset, in_fence = 0, False
    lines = text.splitlines(keepends=True)
    for number, line in enumerate(lines):
        start, offset = offset, offset + len(line)
        if number < skip_lines:
            continue
        if _FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence or _TABLE_RULE.match(line) or _REFERENCE_DEFINITION.match(line):
            continue
        if running_only and (_HEADING.match(line) or _header_row(lines, number)):
            continue
        yield from _free_spans(line, start)


def _header_row(lines: list[str], number: int) -> bool:
    """Whether a line is a table's header row: a row right above the table's rule."""
    return bool(_TABLE_ROW.match(lines[number])) and number + 1 < len(lines) \
        and bool(_TABLE_RULE.match(lines[number + 1]))


def _free_spans(line: str, offset: int) -> Iterator[tuple[int, int]]:
    """Yield the stretches of one line outside links, tags, URLs and code spans."""
    position = 0
    for match in _PROTECTED.finditer(line):
        if match.start() > position:
            yield offset + position, offset + match.start()
        position = match.end()
    if position < len(line):
        yield offset + position, offset + len(line)


_NOT_PARAGRAPH = r"(?!\s*(?:§|\d{4}-\d\d-\d\d\b))"
"""After an abbreviation: not a paragraph reference (`KS § 258`) nor a decision cited by its
date (`KF 2015-06-15, § 67`)."""


@lru_cache(maxsize=512)
def _use_pattern(abbreviation: str) -> re.Pattern[str]:
    """A plain or genitive use: `LCHNV`, `LCHNV:s`; not `SIP-satsning`, `SIP:en` or
    `KS § 258`."""
    return re.compile(
        rf"(?<![\w-]){re.escape(abbreviation)}(?P<gen>:s)?(?![\w-]|:\w){_NOT_PARAGRAPH}")


@lru_cache(maxsize=512)
def _any_use_pattern(abbreviation: str, paragraphs: bool = True) -> re.Pattern[str]:
    """Any use, compounds and inflections included (for the legend); with paragraphs
    false, not one before '§' (`KS § 258`)."""
    after = "" if paragraphs else _NOT_PARAGRAPH
    return re.compile(rf"(?<!\w){re.escape(abbreviation)}(?!\w){after}")


def _long_form_regex(long_form: str) -> str:
    """Regex text for the long form, either case of its first letter, optionally genitive."""
    first, rest = long_form[0], long_form[1:]
    head = f"(?:{re.escape(first.upper())}|{re.escape(first.lower())})"
    body = head + re.escape(rest).replace(r"\ ", r"\s+")
    suffix = "" if genitive(long_form) == long_form else "s?"
    return rf"(?<!\w){body}{suffix}(?!\w)"


@lru_cache(maxsize=512)
def _long_pattern(long_form: str) -> re.Pattern[str]:
    """The long form as a whole phrase, e.g. `Länschefsnätverket` or `länschefsnätverkets`."""
    return re.compile(_long_form_regex(long_form))


@lru_cache(maxsize=512)
def _definition_patterns(long_form: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Patterns for a long form written right before or right after the abbreviation, on the
    same line, with or without '(', ',', ':' or a dash between."""
    long_regex = _long_form_regex(long_form)
    beside = r"[ \t]*[(,:–-]?[ \t]*"
    return (re.compile(long_regex + beside + r"\Z"), re.compile(beside + long_regex))


def _is_defined_at(text: str, use: re.Match[str], long_form: str) -> bool:
    """Tell whether the text already pairs this use with its long form."""
    before_pattern, after_pattern = _definition_patterns(long_form)
    window = len(long_form) + 16
    before = text[max(0, use.start() - window) : use.start()]
    after = text[use.end() : use.end() + window]
    return bool(before_pattern.search(before) or after_pattern.match(after))


def _starts_sentence(text: str, index: int) -> bool:
    """Tell whether the word at index begins a sentence, a line item or a table cell."""
    line_start = text.rfind("\n", 0, index) + 1
    before = text[line_start:index].rstrip(_OPENING)
    if not before or before.endswith("|"):
        return True
    return bool(_BLOCK_MARKER.fullmatch(before) or _SENTENCE_END.search(before))


def _expansion(text: str, use: re.Match[str], abbreviation: str, long_form: str) -> str:
    """The long form (in the genitive for `ABBR:s`) followed by the bare abbreviation."""
    words = genitive(long_form) if use.group("gen") else long_form
    if _starts_sentence(text, use.start()):
        words = words[:1].upper() + words[1:]
    return f"{escape(words)} ({abbreviation})"


def _first_use_edit(
    body: _Scope, running: _Scope, abbreviation: str, long_form: str
) -> _Edit | None:
    """The one edit that introduces this abbreviation, or None when none is needed."""
    uses = list(body.find(_use_pattern(abbreviation)))
    if not uses or any(_is_defined_at(body.text, use, long_form) for use in uses):
        return None
    later = [match.start() for match in body.find(_any_use_pattern(abbreviation, False))]
    for place in _places(running, abbreviation, long_form):
        if _PARENTHESIS_NEXT.match(body.text, place.end()):
            continue
        if place.re is _use_pattern(abbreviation):
            new = _expansion(body.text, place, abbreviation, long_form)
            return _Edit(place.start(), place.end(), new)
        if not any(start >= place.end() for start in later):
            return None
        return _Edit(place.end(), place.end(), f" ({abbreviation})")
    return None


def _places(running: _Scope, abbreviation: str, long_form: str) -> list[re.Match[str]]:
    """Uses and long forms in running text, in text order: where it may be introduced."""
    matches = [*running.find(_use_pattern(abbreviation)), *running.find(_long_pattern(long_form))]
    return sorted(matches, key=lambda match: match.start())


def _apply(text: str, edits: list[_Edit]) -> str:
    """Apply non-overlapping edits in text order (an overlapping later edit is dropped)."""
    parts: list[str] = []
    position = 0
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        if edit.start < position:
            continue
        parts += [text[position : edit.start], edit.new]
        position = edit.end
    parts.append(text[position:])
    return "".join(parts)


def expand_first_use(
    markdown_text: str, abbreviations: Mapping[str, str], skip_lines: int = 0
) -> str:
    """Give each abbreviation its long form at its first use in the body (see module doc)."""
    body = _Scope(markdown_text, skip_lines)
    running = _Scope(markdown_text, skip_lines, running_only=True)
    edits = [
        edit
        for abbreviation, long_form in abbreviations.items()
        if abbreviation and long_form
        and (edit := _first_use_edit(body, running, abbreviation, long_form)) is not None
    ]
    return _apply(markdown_text, edits)


def legend(
    markdown_text: str, abbreviations: Mapping[str, str], skip_lines: int = 0
) -> list[tuple[str, str]]:
    """Return (abbreviation, long form) for those used in the body, in Swedish order."""
    scope = _Scope(markdown_text, skip_lines)
    used = [
        (abbreviation, long_form)
        for abbreviation, long_form in abbreviations.items()
        if abbreviation and long_form and scope.first(_any_use_pattern(abbreviation))
    ]
    return sorted(used, key=lambda pair: (_swedish_key(pair[0]), pair[0]))


def _swedish_key(word: str) -> str:
    """Sort key putting å, ä and ö after z, as Swedish does."""
    return word.casefold().translate(_SWEDISH_ORDER)

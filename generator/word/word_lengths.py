"""How many characters the longest word of a text needs on one line, for column widths.

Long words get hyphenation points (see `hyphenation`) and web addresses and identifiers
may break anywhere, so they count as shorter than they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Final

HYPHENATED_WORD: Final = 13  # longer words are hyphenated where the column is narrower
ADDRESS_UNBROKEN: Final = 18  # web addresses and identifiers may break anywhere
_ADDRESS: Final = re.compile(r"://|^www\.|^_?[0-9a-f]{16,}$")
# A "/" or "_" between letters (a line may break after it, see `hyphenation`); the pattern
# starts with the mark and looks back only after it, so that the regex engine skips ahead to
# each mark.
JOIN_BETWEEN_LETTERS: Final = re.compile(r"[/_](?<=[^\W\d_][/_])(?=[^\W\d_])")
_HEX_MARKS: Final = bytes(b"x"[0] if chr(code) in "0123456789abcdef" else b" "[0]
                          for code in range(256))  # see `_has_hex_run`
_HEX_RUN: Final = b"x" * 16
_WORD_MARKS: Final = bytes(b" "[0] if code == b" "[0] else b"x"[0]
                           for code in range(256))  # see `_has_long_word`
_LONG_WORD: Final = b"x" * (HYPHENATED_WORD + 1)
_SPACE_MARKS: Final = bytes(b" "[0] if chr(code).isspace() else b"x"[0]
                            for code in range(256))  # see `may_hold_word`


def longest_word(lines: Sequence[str], default: int) -> int:
    """Characters the longest word of `lines` needs on one line (`default` without lines).

    A line may break at spaces, tabs and newlines and after a hyphen (not at other white
    space, such as a no-break space): with a space after every hyphen and spaces for tabs
    and newlines, one split at single spaces gives the words (and empty ones, which do
    not count).
    """
    if not lines:
        return default
    text = " ".join(lines).replace("-", "- ").replace("\t", " ").replace("\n", " ")
    raw = _one_byte_each(text)
    if not _has_long_word(raw):
        return max(map(len, text.split(" ")))
    if _has_hex_run(raw):  # (rare) maybe an identifier: look at each long word
        return max(_word_length(word) for word in text.split(" ")
                   if len(word) > HYPHENATED_WORD)
    if "://" not in text and "www." not in text:
        return HYPHENATED_WORD  # no long word is an address: each counts as hyphenated
    addresses = max((end - start for start, end in _address_words(text)), default=0)
    return max(HYPHENATED_WORD, min(addresses, ADDRESS_UNBROKEN))


def may_hold_word(text: str, length: int) -> bool:
    """Whether `text` may hold a word (split at white space, as `str.split` does) of
    `length` characters or more: never False when it does.

    For speed, without splitting the text into words: encoded with one byte for each
    character ("?" for those beyond Latin-1), its bytes become a space for white space
    and "x" for any other, so one plain search for a run of "x" tells. White space
    beyond Latin-1 (rare) counts as a letter then, which can only say True where a
    split would not.
    """
    return b"x" * length in text.encode("latin-1", "replace").translate(_SPACE_MARKS)


def _address_words(text: str) -> Iterator[tuple[int, int]]:
    """Where each word of `text` (split at single spaces) with "://" in it or "www." at
    its start begins and ends: the addresses `_word_length` finds, bar identifiers.

    For speed: plain searches find them, where a regex search per word costs much more.
    """
    at = text.find("://")
    while at >= 0:
        yield text.rfind(" ", 0, at) + 1, _word_end(text, at)
        at = text.find("://", at + 1)
    at = text.find("www.")
    while at >= 0:
        if at == 0 or text[at - 1] == " ":
            yield at, _word_end(text, at)
        at = text.find("www.", at + 1)


def _word_end(text: str, inside: int) -> int:
    """Where the word around `inside` ends (at the next space or the end of `text`)."""
    end = text.find(" ", inside)
    return len(text) if end < 0 else end


def _one_byte_each(text: str) -> bytes:
    """`text` encoded with one byte for each character ("?" for those beyond Latin-1), so
    that runs of characters of a kind are runs of bytes as long (see `_has_long_word`)."""
    return text.encode("latin-1", "replace")


def _has_long_word(raw: bytes) -> bool:
    """Whether a word of the text (split at single spaces) is longer than HYPHENATED_WORD.

    For speed, without splitting a long text into words: the bytes of the text (as
    `_one_byte_each` gives them) become "x" for any character but a space, so one plain
    search for a run of "x" tells.
    """
    return _LONG_WORD in raw.translate(_WORD_MARKS)


def _has_hex_run(raw: bytes) -> bool:
    """Whether the text has 16 hex digits in a row, as every identifier `_ADDRESS` finds does.

    For speed: the bytes of the text (as `_one_byte_each` gives them) become "x" for a hex
    digit and a space for any other, so one plain search tells.
    """
    return _HEX_RUN in raw.translate(_HEX_MARKS)


def _word_length(word: str) -> int:
    """Characters a word needs on one line.

    Addresses and identifiers may break anywhere, and long words get hyphenation points
    (see `hyphenation`), so they count as shorter.
    """
    if _ADDRESS.search(word):
        return min(len(word), ADDRESS_UNBROKEN)
    return min(len(word), HYPHENATED_WORD)

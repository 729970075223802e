"""The documents as a reader sees them: every sample converted to PDF and read back.

The text and its position on each page come from the PDF (pypdf). Body text is what lies
between the running header (above BODY_TOP) and the footer (below BODY_BOTTOM), in points
from the bottom of an A4 page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import markdown
import pytest
from pypdf import PdfReader

CASES_DIR = Path(__file__).resolve().parent.parent / "cases"
SAMPLES = sorted(p.stem for p in CASES_DIR.glob("*.yaml"))
BODY_TOP = 780.0  # the running header's line sits above this
BODY_BOTTOM = 60.0  # the footer's line sits below this
# Most pages each sample may take (LibreOffice with Carlito/Caladea for Calibri/Cambria).
_IDENTIFIER = re.compile(r"^(?:\S*://|www\.)\S*$|^_?[0-9a-f]{16,}$")
PAGE_BOUND = {"000": 2, "001": 2, "002": 6, "003": 3, "004": 2,
              "005": 2, "006": 2, "007": 1, "008": 1, "009": 1}


@dataclass(frozen=True)
class Page:
    """One page's text: all of it, the body's pieces and the footer line."""

    text: str
    body: tuple[str, ...]
    footer: str


def read_pages(path: Path) -> list[Page]:
    return [read_page(page) for page in PdfReader(path).pages]


def read_page(page: Any) -> Page:
    pieces: list[tuple[float, float, str]] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        if text.strip():
            pieces.append((tm[5] * cm[3] + cm[5], tm[4] * cm[0] + cm[4], text))

    text = page.extract_text(visitor_text=visit)
    body = tuple(t for y, _, t in pieces if BODY_BOTTOM < y < BODY_TOP)
    footer = "".join(t for y, _, t in sorted(pieces, key=lambda p: p[1]) if y <= BODY_BOTTOM)
    return Page(_spaces(text), body, _spaces(footer).strip())


def _spaces(text: str) -> str:
    return re.sub(r"[\u00a0\u202f]", " ", text)


def markdown_words(md_text: str) -> list[str]:
    """The visible words of the Markdown.

    Left out: web addresses (links show them shorter, and they may break at any point)
    and long hexadecimal identifiers of the signing service, which are no words.
    """
    unfenced = re.sub(r"(?m)^:::.*$", "", md_text)
    html = markdown.markdown(unfenced, extensions=["tables"])
    html = re.sub(r"</?(strong|em|a|code)\b[^>]*>", "", html)
    html = re.sub(r"<[^>]+>", " ", html).replace("&amp;", "&").replace("&quot;", '"')
    return [w for w in _spaces(html).split() if not _IDENTIFIER.match(w)]


def whole(word: str, text: str) -> bool:
    """Whether `word` appears in `text` unbroken.

    A line may break after "/", "-" or "–", and between two letters at a hyphen that the
    break adds (a soft hyphen, as in "suicidpreventions-⏎samordnare"); never elsewhere.
    """
    pattern = r"(?<![\w])"
    for index, char in enumerate(word):
        pattern += re.escape(char)
        following = word[index + 1:index + 2]
        if char in "/-–":
            pattern += r"\s*"
        elif char.isalpha() and following.isalpha():
            pattern += r"(?:-\n)?"
    return re.search(pattern + r"(?![\w])", text) is not None


@pytest.fixture(scope="module")
def pages(samples: Path) -> dict[str, list[Page]]:
    return {stem: read_pages(samples / f"{stem}.pdf") for stem in SAMPLES}


@pytest.mark.parametrize("stem", SAMPLES)
def test_every_word_of_the_markdown_appears_whole(
    stem: str, samples: Path, pages: dict[str, list[Page]]
) -> None:
    text = "\n".join(page.text for page in pages[stem])
    md_text = (samples / f"{stem}.md").read_text(encoding="utf-8")
    broken = sorted({w for w in markdown_words(md_text) if not whole(w, text)})
    assert broken == []


@pytest.mark.parametrize("stem", SAMPLES)
def test_every_page_says_sida_x_of_n(stem: str, pages: dict[str, list[Page]]) -> None:
    count = len(pages[stem])
    assert [page.footer for page in pages[stem]] == [
        f"Sida {number} ({count})" for number in range(1, count + 1)
    ]


@pytest.mark.parametrize("stem", SAMPLES)
def test_the_letterhead_is_printed_once_on_page_one(
    stem: str, samples: Path, pages: dict[str, list[Page]]
) -> None:
    md_text = (samples / f"{stem}.md").read_text(encoding="utf-8")
    date = re.search(r"Datum: (\S+)", md_text)
    assert date is not None
    on_pages = [page.text.count(f"Datum: {date[1]}") for page in pages[stem]]
    assert on_pages == [1] + [0] * (len(on_pages) - 1)


@pytest.mark.parametrize("stem", SAMPLES)
def test_no_page_is_without_body_text(stem: str, pages: dict[str, list[Page]]) -> None:
    assert [number for number, page in enumerate(pages[stem], 1) if not page.body] == []


@pytest.mark.parametrize("stem", SAMPLES)
def test_the_page_count_stays_within_its_bound(stem: str, pages: dict[str, list[Page]]) -> None:
    assert len(pages[stem]) <= PAGE_BOUND[stem[:3]]

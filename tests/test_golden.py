"""Every sample case renders to exactly its golden Markdown and its golden .docx dump.

Regenerate after an intended change with:  python -m pytest tests/test_golden.py --update-goldens
"""

from __future__ import annotations

import difflib
import re
from html import unescape
from pathlib import Path

import markdown
import pytest

from generator.build import Pipeline
from generator.word.dump import docx_plain_text, dump_docx

ROOT = Path(__file__).resolve().parent.parent
CASES = sorted((ROOT / "cases").glob("*.yaml"))
GOLDEN = ROOT / "tests" / "golden"


def _rendered(case: Path) -> tuple[str, bytes]:
    """Render a case in memory; fail with its problems if it has errors."""
    result = Pipeline().build(case)
    errors = [p.format() for p in result.problems if p.is_error]
    assert not errors, "\n".join(errors)
    files = result.files
    return files[f"{case.stem}.md"].decode("utf-8"), files[f"{case.stem}.docx"]


def _compare(path: Path, actual: str, update: bool) -> None:
    """Compare with the golden file (or rewrite it), showing a readable diff."""
    if update:
        path.write_text(actual, encoding="utf-8")
        return
    assert path.exists(), f"{path.name} saknas: kör pytest {__file__} --update-goldens"
    expected = path.read_text(encoding="utf-8")
    if actual != expected:
        diff = difflib.unified_diff(expected.splitlines(), actual.splitlines(),
                                    "förväntad", "faktisk", lineterm="")
        pytest.fail("\n".join(diff))


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.stem)
def test_markdown_matches_golden(case: Path, update_goldens: bool) -> None:
    """The .md of each sample case is exactly the golden text."""
    text, _ = _rendered(case)
    _compare(GOLDEN / f"{case.stem}.md", text, update_goldens)


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.stem)
def test_docx_dump_matches_golden(case: Path, update_goldens: bool) -> None:
    """The .docx of each sample case dumps (styles, text, table rows) to the golden dump."""
    _, docx = _rendered(case)
    _compare(GOLDEN / f"{case.stem}.docx.txt", dump_docx(docx), update_goldens)


def _words(text: str) -> list[str]:
    """Split into words, treating every kind of space alike."""
    return re.sub(r"[\s\u00a0\u202f]+", " ", text).split()


def _markdown_text(md_text: str) -> list[str]:
    """The visible words of the Markdown, via an HTML rendering (independent of the writer)."""
    unfenced = re.sub(r"(?m)^:::.*$", "", md_text)
    html = markdown.markdown(unfenced, extensions=["tables"])
    html = re.sub(r"</?(strong|em|a|code)\b[^>]*>", "", html)
    html = re.sub(r"<[^>]+>", " ", html)
    html = re.sub(r"\bhttps?://", "", html)  # the Word file shows bare addresses without it
    return _words(unescape(html))


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.stem)
def test_docx_carries_the_same_text_as_markdown(case: Path) -> None:
    """Word and Markdown say the same thing, word for word, in the same order."""
    text, docx = _rendered(case)
    docx_words = _words(" ".join(docx_plain_text(docx)))
    assert docx_words == _markdown_text(text)

"""Generators of hostile case files: each returns the YAML text of one case."""

from __future__ import annotations

import json


def quoted(text: str) -> str:
    """A YAML double-quoted scalar holding text (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=True)


def case(
    text: str = "Text.",
    *,
    title: str = "Rubrik",
    extra: str = "",
    header: tuple[str, ...] = ("Region Test",),
    kind: str = "lagesbeskrivning",
    posts: int = 1,
) -> str:
    """A small valid case whose one section holds `text` (a YAML scalar as written)."""
    lines = "\n".join(f"  - {quoted(line)}" for line in header)
    return (
        f"dokumenttyp: {kind}\n"
        f"avsandare:\n{lines}\n"
        "datum: 2024-02-15\n"
        "dnr: RD 2024/1\n"
        f"titel: {title}\n"
        "medel:\n"
        "  poster:\n"
        + "".join(f"    - namn: Område {i}\n      belopp: {1000 + 7 * i}\n" for i in range(posts))
        +
        "avsnitt:\n"
        "  - rubrik: Bakgrund\n"
        f"    text: {text}\n"
        "    tabell: medelslista\n"
        f"{extra}"
    )


def block(text: str) -> str:
    """Text as a YAML literal block scalar under a `text:` key at indent 4."""
    body = "\n".join(("      " + line) if line else "" for line in text.split("\n"))
    return "|\n" + body


def nested_list(depth: int) -> str:
    """A Markdown bullet list nested `depth` levels."""
    return "\n".join("  " * i + "- punkt" for i in range(depth))


def nested_markers(depth: int, marker: str = "- ") -> str:
    """Lists (`- `) or quotes (`> `) nested `depth` levels on one line."""
    return marker * depth + "punkt"


def inline_markdown(size: int, paragraph: int = 0) -> str:
    """About `size` bytes of inline Markdown: bold, italic and links on long lines.

    With `paragraph`, a blank line follows every `paragraph` lines.
    """
    unit = "**a** *b* [c](https://x.se) "
    line = unit * 20
    lines = [line] * max(1, size // len(line))
    if paragraph:
        ends = range(paragraph - 1, len(lines), paragraph)
        for index in reversed(ends):
            lines.insert(index + 1, "")
    return "\n".join(lines)


def signatories(count: int) -> str:
    """`count` signature blocks with similar names (for a godkannande case)."""
    rows = [
        f"  - ort: Umeå\n    namn: Anna Andersson{i:04d}\n    titel: chef\n"
        f"    organisation: Region {i}\n"
        for i in range(count)
    ]
    return "undertecknare:\n" + "".join(rows)


def large_case(size: int) -> str:
    """A valid case of about `size` bytes: sections of inline Markdown in short paragraphs."""
    section = inline_markdown(80_000, paragraph=10)
    count = max(1, size // (len(section) + 40))
    sections = "".join(
        f"  - rubrik: Avsnitt {i}\n    text: {block(section)}\n" for i in range(count)
    )
    return case().replace("avsnitt:\n  - rubrik: Bakgrund\n    text: Text.\n",
                          "avsnitt:\n" + sections)

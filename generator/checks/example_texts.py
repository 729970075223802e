"""A new case's example texts left in place under a title of its own (trial 83, F3: a
delegated decision retitled "Beslut om ledsagarservice" still granted färdtjänst, in its
points and its reasons). `beslut ny` writes an example case to write over; while its title
is the example's, `checks.example_titles` warns at the title. Once the title is the case's
own, a decision point or a section's text that is still word for word a skeleton's is
warned about here, at the first such text, naming how many more there are (`FEWEST_LEFT`).

The texts are compared with the skeletons' own (their `§name` places any words, their
spacing any spacing), not guessed at; a skeleton's text with a `[placeholder]` (outside
`{{ … }}`) is left to `checks.placeholders`, which warns until it is written over. Only a
file that still has a mark of `beslut ny` (`SKELETON_MARKS`) is compared."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from typing import Any

from generator.case.pyyaml import yaml
from generator.checks.report import Reporter
from generator.problems import Loc, Problem
from generator.resources import skeletons_dir
from generator.text.footnotes import nested_strings

MIN_WORDS = 4
"""The fewest words of a skeleton text that is compared: a heading or a name ("Bakgrund",
"Kommunen") may well be a case's own."""
FEWEST_LEFT = 2
"""The fewest example texts left that are warned about, unless one is a section's: a single
point may be a formula the case keeps as its own ("besluta i enlighet med Styrgruppens
förslag", seed 000), two or more texts, or a section's text, are the example left over."""
_PROFILE = "profil.yaml"
SKELETON_MARKS = ("$schema=arende.schema.json", "Rader som börjar med # är kommentarer")
"""What a file `beslut ny` wrote keeps (its first line, or its comments' explanation) while
its examples may be left: a file without either is not compared, so a check of any other
case never reads the skeletons (a cold `beslut kontrollera` stays as quick as it was)."""


def example_text_problems(texts: Mapping[Loc, str], title_is_example: bool,
                          report: Reporter) -> list[Problem]:
    """A warning at the first text (by place in the file) that is a skeleton's example
    text, unless the title is still the example's (that warning says it all)."""
    if title_is_example or not any(mark in report.loaded.source for mark in SKELETON_MARKS):
        return []
    left = [loc for loc, text in texts.items()
            if text.strip() and _example_texts().fullmatch(" ".join(text.split()))]
    if len(left) < FEWEST_LEFT and not any(loc[0] == "avsnitt" for loc in left):
        return []
    first = min(left, key=report.at)
    text = " ".join(texts[first].split())
    more = {1: "", 2: " (och 1 text till)"}.get(len(left), f" (och {len(left) - 1} texter till)")
    return [report.problem(report.at(first), (
        f"texten '{_shortened(text)}' står kvar från exemplet i 'beslut ny'{more}; skriv "
        "ärendets egen text i stället för exemplets"), "varning")]


def _shortened(text: str, words: int = 8) -> str:
    """The text's first words, with '…' where it goes on."""
    split = text.split()
    return text if len(split) <= words else " ".join(split[:words]) + " …"


@cache
def _example_texts() -> re.Pattern[str]:
    """One pattern for every skeleton's example texts of `MIN_WORDS` words or more, without
    a placeholder, each `§name` place any words."""
    texts = sorted({" ".join(text.split()) for path in sorted(skeletons_dir().rglob("*.yaml"))
                    if path.name != _PROFILE
                    for text in nested_strings(_loaded(path.read_text(encoding="utf-8")))})
    kept = [text for text in texts
            if len(text.split()) >= MIN_WORDS and "[" not in re.sub(r"\{\{.*?\}\}", "", text)]
    return re.compile("|".join(_pattern(text) for text in kept))


def _loaded(text: str) -> Any:
    """A skeleton's data: a line of its own with a `§name` place (the header) left out."""
    lines = (line for line in text.splitlines() if not line.startswith("§"))
    return yaml.load("\n".join(lines), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def _pattern(text: str) -> str:
    """A skeleton text as a pattern: its `§name` and `§{name}` places any words, `§§` a `§`."""
    pieces = re.split(r"(§§|§\{\w+\}|§\w+)", text)
    return "".join(re.escape(piece) if n % 2 == 0 else "§" if piece == "§§" else ".+?"
                   for n, piece in enumerate(pieces))

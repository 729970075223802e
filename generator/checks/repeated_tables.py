"""A warning where two sections show the same table (trial 77, F1: `tabell: atgarder` in
"Uppgifter om sökanden" and again in "Beviljade och avslagna åtgärder" printed the whole
table twice, without a word).

A decision paper shows each of its tables once; a text that needs it elsewhere refers to it.
The handbook gives no reason to print one twice, so the second `tabell` (in print order:
a section's table comes before its subsections') is a warning. A split is shown by
`tabell: uppdelning` with `uppdelning: <namn>`: the same split twice is the repeat, two
splits are not. A `tabell` that names nothing is the structure check's error, not this one's.
"""

from __future__ import annotations

from generator.case.models import Case, Section
from generator.checks.report import Reporter
from generator.checks.structure import placed_sections
from generator.checks.table_places import NOT_A_TABLE
from generator.problems import Position, Problem


def repeated_table_problems(case: Case, report: Reporter) -> list[Problem]:
    """A warning at each `tabell` that shows what an earlier section already shows."""
    first: dict[tuple[str, str | None], tuple[Section, Position]] = {}
    problems = []
    for loc, section in placed_sections(case.avsnitt, ("avsnitt",)):
        if section.tabell is None:
            continue
        split = section.uppdelning if section.tabell == "uppdelning" else None
        if split is None and section.tabell == "uppdelning":
            continue  # (`structure` asks for its split)
        where = report.at((*loc, "tabell"))
        earlier = first.setdefault((section.tabell, split), (section, where))
        if earlier[1] != where:
            problems.append(report.problem(where, _message(section, split, *earlier),
                                           "varning"))
    return problems


def _message(section: Section, split: str | None, earlier: Section, at: Position) -> str:
    """The warning at a repeated table: what it is, where it is shown already, what to do."""
    if split is not None:
        what = f"uppdelningen '{split}'"
        keys = f"'tabell: uppdelning' och 'uppdelning: {split}'"
    else:
        what = f"{'listan' if section.tabell == NOT_A_TABLE else 'tabellen'} '{section.tabell}'"
        keys = f"'tabell: {section.tabell}'"
    heading = f"avsnittet '{earlier.rubrik}'" if earlier.rubrik else "ett avsnitt"
    return (f"{what} visas redan i {heading} (rad {at.line}) och skulle stå två gånger i "
            f"dokumentet; ta bort {keys} i ett av avsnitten och hänvisa till den i "
            "texten där den behövs")


"""The short names of a split's parts (`rad_namn`, trial 87, F1): text names a part by it,
`{{ uppdelningar.bidrag.parter.staten.belopp }}`, as it names a table's row
(`prose_figures.Rows`), and the reference stays right when the parts are reordered. The name
is a table row's short name (`table_models.RowName`); it must be one part's only: a group of
parties (`namn` a list) is several parts and has none, and no two parts share one."""

from __future__ import annotations

from generator.case.split_models import Split
from generator.problems import Finding, Loc


def part_name_findings(split: Split, loc: Loc) -> list[Finding]:
    """A short name on a group, or one that two parts share: what to write instead."""
    findings: list[Finding] = []
    seen: set[str] = set()
    for index, party in enumerate(split.parter):
        name = party.rad_namn
        if name is None:
            continue
        here = (*loc, "parter", index, "rad_namn")
        if isinstance(party.namn, list):
            findings.append(Finding(here, (
                f"'rad_namn: {name}' står på en grupp av parter, som är flera parter; skriv "
                "varje part för sig med sitt eget rad_namn, eller ta bort det")))
        elif name in seen:
            findings.append(Finding(here, (
                f"två parter i uppdelningen '{split.namn}' heter '{name}' (rad_namn); ge "
                "varje part ett eget namn")))
        seen.add(name)
    return findings


def part_shorts(split: Split) -> dict[str, str]:
    """Each named part's short name by the part's name (a group's members have none; nor has
    the party `rest_till` adds)."""
    return {party.namn: party.rad_namn for party in split.parter
            if isinstance(party.namn, str) and party.rad_namn}

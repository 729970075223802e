"""What the letterhead says besides the case's own data: the kind and the sender."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

KIND_LABELS: Final = {
    "beslut_per_capsulam": "Beslut per capsulam",
    "godkannande": "Godkännande",
    "beslutsunderlag": "Beslutsunderlag",
    "lagesbeskrivning": "Lägesbeskrivning",
    "tjansteskrivelse": "Tjänsteskrivelse",
    "beslut": "Beslut",
}


def kind_label(kind: str) -> str:
    """The document kind as printed in the letterhead: "tjansteskrivelse" -> "Tjänsteskrivelse"."""
    return KIND_LABELS.get(kind, kind.replace("_", " ").capitalize())


def sender_lines(own: Sequence[str], organisation: str | None,
                 profile_lines: Sequence[str] = ()) -> tuple[str, ...]:
    """The case's sender lines, else the profile's, always led by the organisation's name."""
    lines = tuple(own) or tuple(profile_lines)
    if not organisation:
        return lines
    if any(organisation.casefold() in line.casefold() for line in lines[:1]):
        return lines
    return (organisation, *lines)

"""Build the one typed context a document template receives."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup

from generator.case.models import Case, Proposal, Section
from generator.compute.allocation import AllocationTotal
from generator.compute.computed import Computed
from generator.compute.tables import FundsTotal, RiskTotal, SplitResult
from generator.render.filters import HouseStyle
from generator.render.letterhead import kind_label
from generator.text.fields import TextRenderer

Loc = tuple[str | int, ...]


@dataclass(frozen=True)
class Header:
    """The header block: who writes, when, under which Dnr, to which body."""

    lines: tuple[str, ...]
    date: datetime.date
    dnr: str
    body: str | None
    kind: str = ""  # the document kind as printed, e.g. "Tjänsteskrivelse"


@dataclass(frozen=True)
class SectionView:
    """A section ready to print: numbered heading, rendered text, optional table."""

    number: str
    heading: str
    level: int
    text: Markup
    table: str | None
    split: str | None
    text_after: Markup
    children: tuple[SectionView, ...]


@dataclass(frozen=True)
class ProposalView:
    """The proposal in the house style."""

    heading: str
    lead: str | None
    style: str
    points: tuple[Markup, ...]


@dataclass(frozen=True)
class DocumentContext:
    """Everything a template may show; templates format it and never compute."""

    kind: str
    title: str
    header: Header
    style: HouseStyle
    sections: tuple[SectionView, ...]
    computed: Computed
    proposal: ProposalView | None
    case: Case
    decision_points: tuple[Markup, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def allocation(self) -> AllocationTotal | None:
        """The allocation tables (beslutsunderlag)."""
        return self.computed.allocation

    @property
    def funds(self) -> FundsTotal | None:
        """Funds per area (lägesbeskrivning, tjänsteskrivelse)."""
        return self.computed.funds

    @property
    def risk(self) -> RiskTotal | None:
        """Funds at risk of repayment (lägesbeskrivning)."""
        return self.computed.risk

    @property
    def splits(self) -> dict[str, SplitResult]:
        """Exact splits by name."""
        return self.computed.splits


DEFAULT_PROPOSAL_HEADING = "Förslag till beslut"


def build_context(
    case: Case, computed: Computed, style: HouseStyle, text: TextRenderer,
    header_lines: tuple[str, ...] = (),
) -> DocumentContext:
    """Gather the case, its computed figures and its rendered text into one context."""
    header = Header(header_lines, case.datum, case.dnr, case.beslutsorgan,
                    kind_label(case.dokumenttyp))
    sections = _sections(case.avsnitt, ("avsnitt",), "", 2, style, text)
    proposal = _proposal(case.forslag, style, text) if case.forslag else None
    decision = tuple(
        text.render(point, ("beslut", "punkter", index))
        for index, point in enumerate(case.beslut.punkter if case.beslut else [])
    )
    return DocumentContext(
        kind=case.dokumenttyp,
        title=case.titel,
        header=header,
        style=style,
        sections=sections,
        computed=computed,
        proposal=proposal,
        case=case,
        decision_points=decision,
    )


def _sections(
    sections: Sequence[Section], loc: Loc, prefix: str, level: int,
    style: HouseStyle, text: TextRenderer,
) -> tuple[SectionView, ...]:
    """Number the sections (1, 2, 2.1 …) and render their text."""
    views = []
    counter = 0
    for index, section in enumerate(sections):
        here = (*loc, index)
        counter += 1 if section.rubrik else 0
        number = f"{prefix}{counter}"
        numbered = style.numbered_headings and section.rubrik
        label = (number if prefix else f"{number}.") if numbered else ""
        views.append(SectionView(
            number=label,
            heading=section.rubrik,
            level=level,
            text=text.render(section.text, (*here, "text")),
            table=section.tabell,
            split=section.uppdelning,
            text_after=text.render(section.text_efter, (*here, "text_efter")),
            children=_sections(section.avsnitt, (*here, "avsnitt"), f"{number}.",
                               level + 1, style, text),
        ))
    return tuple(views)


def _proposal(proposal: Proposal, style: HouseStyle, text: TextRenderer) -> ProposalView:
    """Choose the proposal's style and lead-in, and render its points."""
    chosen = proposal.stil or style.proposal_style
    lead = None
    if chosen == "att" and proposal.forslagsstallare and proposal.beslutande:
        lead = f"{proposal.forslagsstallare} föreslår {proposal.beslutande} besluta"
    points = tuple(
        text.render(point, ("forslag", "punkter", index))
        for index, point in enumerate(proposal.punkter)
    )
    return ProposalView(proposal.rubrik or DEFAULT_PROPOSAL_HEADING, lead, chosen, points)

"""Build the one typed context a document template receives, out of view objects."""

from __future__ import annotations

import datetime
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from markupsafe import Markup

from generator.case.decision_names import (
    default_recording,
    minutes_extract,
    names_other_decision,
)
from generator.case.house_style import HouseStyle
from generator.case.model_base import BLANK_DATE
from generator.case.models import (
    Case,
    Decision,
    MinutesApproval,
    MinutesKeeper,
    Proposal,
    Section,
)
from generator.case.models import Signatory as Signer
from generator.compute.computed import Computed
from generator.formatting import genitive, running_date
from generator.output.display import listed
from generator.problems import Loc
from generator.render import views
from generator.render.letterhead import KIND_LABELS
from generator.render.markdown_escape import escape
from generator.render.prose_fields import TextRenderer
from generator.render.tables import section_blocks
from generator.render.vote_view import vote_view
from generator.text.att_style import as_att_point
from generator.text.body_names import mid_sentence

DEFAULT_PROPOSAL_HEADING = "Förslag till beslut"
MOTION_HEADING = "Yrkande"
"""A yrkande's heading (`inledning: yrkar`, trial 60, F6)."""
DEFAULT_DECISION_HEADING = "Beslut"
CHAIR_CAPTION = "Ordförandes signatur"
APPROVER_CAPTION = "Justerandes signatur"
CERTIFIER_CAPTION = "Utdragsbestyrkande"
KEEPER_CAPTION = "Vid protokollet"


@dataclass(frozen=True)
class DocumentContext:
    """Everything a template may show; templates format it and never compute."""

    kind: str
    title: str
    header: views.Header
    style: HouseStyle
    sections: tuple[views.SectionView, ...]
    proposal: views.ProposalView | None = None
    decision: views.DecisionView | None = None
    approval: views.ApprovalView | None = None
    signatories: tuple[tuple[views.Signatory, views.Signatory | None], ...] = ()
    signature_page: tuple[views.SignedBy, ...] = ()
    on_duty: views.OnDuty | None = None
    """The first who signs 'I tjänsten' (what an organisation's older copy of
    `on_duty.md.j2` prints); `on_duty_all` is every one, in order."""
    on_duty_all: tuple[views.OnDuty, ...] = ()
    case_officer: views.CaseOfficer | None = None
    attachments: tuple[str, ...] = ()
    attachments_heading: str = "Bilagor"
    extract_to: tuple[str, ...] = ()
    extract_heading: str = "Utdrag till"

    @property
    def body_sections(self) -> tuple[views.SectionView, ...]:
        """The sections printed before the proposal, the decision and the signature."""
        return tuple(section for section in self.sections if not section.closing)

    @property
    def closing_sections(self) -> tuple[views.SectionView, ...]:
        """The sections printed after the signature (`efter_underskrift`), which stand last
        among the sections (see `checks.closing_sections`)."""
        return tuple(section for section in self.sections if section.closing)

    def section_numbers(self) -> frozenset[str]:
        """Every section number the document prints ('1', '2', '2.1')."""
        return frozenset(_numbers(self.sections))


def _numbers(sections: Sequence[views.SectionView]) -> Iterator[str]:
    """The numbers of the sections and their own, without a closing point."""
    for section in sections:
        if section.number:
            yield section.number.rstrip(".")
        yield from _numbers(section.children)


def build_context(
    case: Case, computed: Computed, style: HouseStyle, text: TextRenderer,
    header_lines: tuple[str, ...] = (), kind_labels: Mapping[str, str] | None = None,
) -> DocumentContext:
    """Gather the case, its computed figures and its rendered text into one context."""
    area_header = case.fordelning.omradesrubrik if case.fordelning else ""
    builder = _Sections(computed, _numbered_headings(case, style), text, area_header,
                        style.text_unit)
    return DocumentContext(
        kind=case.dokumenttyp,
        title=text.line(case.titel, ("titel",)),
        header=_header(case, header_lines, {**KIND_LABELS, **(kind_labels or {})}),
        style=style,
        sections=builder.build(case.avsnitt, ("avsnitt",), "", 2),
        proposal=_proposal(case.forslag, style, text, case.forslag_forst)
        if case.forslag else None,
        decision=_decision(case, style, text),
        approval=_approval(case.justering, case.vid_protokollet) if case.justering else None,
        signatories=_pairs(case),
        signature_page=tuple(
            views.SignedBy(s.namn, s.titel, s.organisation, s.tidpunkt, s.identifikationstyp,
                           s.identifikations_id)
            for s in case.signatursida
        ),
        on_duty=next(iter(_on_duty(case)), None),
        on_duty_all=_on_duty(case),
        case_officer=_case_officer(case),
        attachments=tuple(case.bilagor),
        attachments_heading="Bilaga" if len(case.bilagor) == 1 else "Bilagor",
        extract_to=tuple(case.utdrag_till),
        extract_heading=case.utdrag_till_rubrik,
    )


def _on_duty(case: Case) -> tuple[views.OnDuty, ...]:
    """Who signs 'I tjänsten', in the case's order (one person or a list)."""
    return tuple(views.OnDuty(person.namn, person.titel) for _, person in case.on_duty())


def _case_officer(case: Case) -> views.CaseOfficer | None:
    """The handläggare with the lines the case gives, or None."""
    officer = case.handlaggare
    if officer is None:
        return None
    return views.CaseOfficer(officer.namn, officer.titel or "", officer.telefon or "",
                             officer.epost or "")


def _numbered_headings(case: Case, style: HouseStyle) -> bool:
    """Whether the sections are numbered: as the case says (`numrerade_rubriker`), else as
    the house style does; never beside a proposal or a decision (see `_Sections`)."""
    chosen = style.numbered_headings if case.numrerade_rubriker is None \
        else case.numrerade_rubriker
    return chosen and case.forslag is None and case.beslut is None


class _Sections:
    """Number the sections (1, 2, 2.1 …), render their text and attach their tables.

    Sections are numbered where the house style numbers headings and they are the document's
    only headings at their level: beside an unnumbered "Beslut" or "Förslag till beslut",
    "1. Bakgrund" would number some headings and not others. (The closing lists, "Utdrag
    till" and the signature page, stand after the text and do not count.)
    """

    def __init__(
        self, computed: Computed, numbered: bool, text: TextRenderer, area_header: str,
        word: str = "kr",
    ) -> None:
        self._computed = computed
        self._word = word  # (the house style's unit in running text: a split's sentence)
        self._numbered = numbered
        self._text = text
        self._area_header = area_header

    def build(
        self, sections: Sequence[Section], loc: Loc, prefix: str, level: int
    ) -> tuple[views.SectionView, ...]:
        """The views of sections at one level, numbered under prefix. Headings are numbered
        from the top as soon as two stand side by side at some level (`_branches`), and a
        lone sub-section keeps its number ("2.1", as seed 002 has it): a lone top-level
        heading over "Prognos" and "Investeringar" is "1." over "1.1" and "1.2", as the
        source's 2, 2.1, 2.1.1 (trial 40, F5). A document whose headings each stand alone
        leaves them unnumbered (a lone "1." numbers nothing)."""
        result = []
        counter = 0
        several = bool(prefix) or _branches(sections)
        for index, section in enumerate(sections):
            here = (*loc, index)
            counter += 1 if section.rubrik else 0
            number = f"{prefix}{counter}"
            numbered = self._numbered and section.rubrik and several
            marks = "#" * level
            blocks = section_blocks(section.tabell, section.uppdelning, self._computed,
                                    self._area_header, marks, self._word, section.text)
            result.append(views.SectionView(
                number=((number if prefix else f"{number}.") if numbered else ""),
                heading=self._text.line(section.rubrik, (*here, "rubrik")),
                heading_marks=marks,
                text=self._text.render(section.text, (*here, "text")),
                blocks=blocks,
                text_after=self._text.render(section.text_efter, (*here, "text_efter")),
                children=self.build(section.avsnitt, (*here, "avsnitt"),
                                    f"{number}." if numbered else prefix, level + 1),
                landscape=any(getattr(block, "landscape", False) for block in blocks),
                closing=section.efter_underskrift and level == 2,  # (top level only)
            ))
        return tuple(result)


def _branches(sections: Sequence[Section]) -> bool:
    """Whether two headings stand side by side among `sections` or anywhere below them."""
    return (sum(1 for section in sections if section.rubrik) > 1
            or any(_branches(section.avsnitt) for section in sections))


def _header(
    case: Case, lines: tuple[str, ...], kind_labels: Mapping[str, str]
) -> views.Header:
    """The header: sender lines, kind label (the case's, else the kind's), numbers, recipient
    and, for an extract of minutes, the body, the meeting's date and the decision's § (trial
    38, F3; trial 83, F6), with the other paragraphs of the case under it ("AU § 245", trial
    76, F8); the body is printed once: not where the sender lines name it, nor again as the
    one the document is for."""
    label = case.etikett if case.etikett is not None else kind_labels.get(case.dokumenttyp)
    meeting = case.beslut if case.beslut and minutes_extract(case, label) else None
    paragraph = meeting.paragraf if meeting and meeting.datum else None
    references = tuple((r.etikett.strip(), r.nummer) for r in case.referenser)
    beside = tuple(number for label, number in references
                   if paragraph and not label and "§" in number)
    body = meeting.beslutande if meeting and meeting.datum and meeting.beslutande.casefold() \
        not in {line.casefold() for line in lines} else None
    return views.Header(
        lines, case.datum or None, case.dnr or None,
        None if body and case.beslutsorgan == body else case.beslutsorgan,
        kind_label=label or None,
        references=references, recipient=tuple(case.mottagare),
        meeting_date=meeting.datum if meeting else None, paragraph=paragraph,
        paragraph_references=beside,
        other_references=tuple(ref for ref in references if ref[1] not in beside or ref[0]),
        meeting_body=body,
    )


def _proposal(proposal: Proposal, style: HouseStyle, text: TextRenderer,
              first: bool) -> views.ProposalView:
    """Choose the proposal's style and lead-in (`_lead`), render its points, and place it
    (`first`: before the sections)."""
    chosen = proposal.stil or style.proposal_style
    points = tuple(
        _printed(text.render(point, ("forslag", "punkter", index)), chosen == "att")
        for index, point in enumerate(proposal.punkter)
    )
    moved = proposal.inledning == "yrkar"
    heading = _heading(text, proposal.rubrik, "forslag",
                       MOTION_HEADING if moved else DEFAULT_PROPOSAL_HEADING)
    return views.ProposalView(heading, _lead(proposal), chosen, points, first,
                              _lone(chosen, len(points)))


def _lead(proposal: Proposal) -> str | None:
    """The proposal's lead-in: 'X föreslår Y besluta', 'Y föreslås besluta' without who
    proposes, or a yrkande's 'X yrkar att Y beslutar' ('X yrkar' without Y). Y inside the
    sentence is written as a body's name stands there (`mid_sentence`: "Kommunstyrelsen
    föreslår kommunfullmäktige besluta", trial 71, F9). Where Y prepares the matter for
    another body (`foreslar`), the lead-in says so as a decision's does: "Socialförvaltningen
    föreslår socialnämnden besluta att föreslå kommunfullmäktige besluta" (trial 82, F6)."""
    who, body = proposal.forslagsstallare, proposal.beslutande
    onward = (f" att föreslå {mid_sentence(proposal.foreslar)} besluta"
              if proposal.foreslar and body else "")
    if proposal.inledning == "yrkar" and who:
        return f"{who} yrkar att {mid_sentence(body)} beslutar{onward}" if body \
            else f"{who} yrkar"
    if who and body:
        return f"{who} föreslår {mid_sentence(body)} besluta{onward}"
    return f"{body} föreslås besluta{onward}" if body else None


def _decision(case: Case, style: HouseStyle, text: TextRenderer) -> views.DecisionView | None:
    """The decision's body and rendered points, if the case has a decision (its style the
    case's, else the house style's)."""
    if case.beslut is None:
        return None
    decision = case.beslut
    chosen = decision.stil or style.proposal_style
    # (motesorgan is written as it stands in the sentence; beslutande starts one too)
    meeting = decision.motesorgan or mid_sentence(decision.beslutande)
    points = tuple(
        _printed(text.render(point, ("beslut", "punkter", index)), chosen == "att")
        for index, point in enumerate(decision.punkter)
    )
    heading = _heading(text, decision.rubrik, "beslut", DEFAULT_DECISION_HEADING)
    return views.DecisionView(
        decision.beslutande, points, decision.datum, decision.paragraf, case.beslut_forst,
        per_capsulam=case.dokumenttyp == "beslut_per_capsulam",
        recorded_in=decision.antecknas_i or default_recording(case.etikett),
        meeting=meeting,
        meeting_genitive=genitive(meeting),
        # (an "Ordförandebeslut" or the like is not called a decision per capsulam; any
        # other is, whatever its label: "Protokoll" alone does not say it, trial 56, F3)
        named=not names_other_decision(case.etikett),
        style=chosen,
        lone=_lone(chosen, len(points)),
        motions=_texts(text, decision.yrkanden, ("beslut", "yrkanden")),
        course=(text.render(decision.beslutsgang, ("beslut", "beslutsgang"))
                if decision.beslutsgang else None),
        reservations=_texts(text, decision.reservationer, ("beslut", "reservationer")),
        notes=_texts(text, decision.protokollsanteckningar, ("beslut", "protokollsanteckningar")),
        heading=heading,
        opening=_opening(decision, chosen != "att") if decision.inledning else Markup(""),
        proposes_to=decision.foreslar,
        motions_heading=_heading(text, decision.yrkanden_rubrik, "beslut",
                                 "Yrkanden" if len(decision.yrkanden) > 1 else "Yrkande",
                                 "yrkanden_rubrik"),
        course_heading=_heading(text, decision.beslutsgang_rubrik, "beslut", "Beslutsgång",
                                "beslutsgang_rubrik"),
        vote=vote_view(decision, text),
    )


def _opening(decision: Decision, sentences: bool) -> Markup:
    """The line before the decision's points. Taken on a date it is in the past tense, its
    paragraph after the date ("Styrelsen beslutade den 3 oktober 2024, § 12,"); without one
    it reads as the minutes do ("Styrelsen beslutar (§ 12)"). A decision that proposes to
    another body (`foreslar`) says so before the points ("…, Ks 90, att föreslå
    kommunfullmäktige besluta"; without a date as minutes write it, "Kommunstyrelsen
    föreslår (Ks 90) kommunfullmäktige besluta"). A delegationsbeslut says from whom after
    the date and paragraph ("… den 19 september 2024, D § 74, på delegation från
    samhällsbyggnadsnämnden": `_delegated`; without a date "… beslutar (D § 74) på
    delegation från …"), and ends there as a decision without a paragraph does, the
    paragraph's commas closed before it (trial 80, F3). Whole sentences (`sentences`:
    numbered or in a bulleted list) follow a colon. The names and the paragraph are escaped
    for Markdown as the template escapes a text; the date is printed as the filter
    datum_text prints it."""
    body, paragraph = escape(decision.beslutande), escape(decision.paragraf or "")
    proposed = f"{escape(mid_sentence(decision.foreslar))} besluta" if decision.foreslar else ""
    proposal = f"föreslå {proposed}" if proposed else ""
    delegated = _delegated(decision)
    if decision.datum is None:
        verb = f"{body} föreslår" if proposed else f"{body} beslutar"
        words = [verb, f"({paragraph})" if paragraph else "", delegated, proposed]
        line = " ".join(word for word in words if word)
    else:
        line = f"{body} beslutade den {running_date(decision.datum)}"
        rest = " ".join(word for word in (delegated, f"att {proposal}" if proposal else "")
                        if word)
        # (the paragraph is set off by commas, the second before what follows it, or before
        # the att-satser: "…, § 74, på delegation från …" but "…, § 12," above "att …")
        line += f", {paragraph}" if paragraph else ""
        line += "," if paragraph and (rest or not sentences) else ""
        line += f" {rest}" if rest else ""
    return Markup(line + (":" if sentences else ""))


def _delegated(decision: Decision) -> str:
    """What a delegationsbeslut says of its delegation ("på delegation från
    samhällsbyggnadsnämnden (delegationsordningen punkt 4.2)"), escaped; "" for any other
    decision."""
    if not decision.delegation:
        return ""
    words = f"på delegation från {escape(mid_sentence(decision.delegation))}"
    point = decision.delegationspunkt
    return f"{words} (delegationsordningen punkt {escape(point)})" if point else words


def _texts(text: TextRenderer, items: Sequence[str], loc: Loc) -> tuple[Markup, ...]:
    """Each item of a list of texts rendered as a text (light Markdown and {{ … }})."""
    return tuple(text.render(item, (*loc, index)) for index, item in enumerate(items))


def _approval(approval: MinutesApproval,
              keeper: MinutesKeeper | None = None) -> views.ApprovalView:
    """The justering: who checked the minutes, the chair first, who certifies the extract,
    where it was checked and, for an extract checked on paper, its signature lines, who kept
    the minutes (`keeper`, `vid_protokollet`) first among them, as minutes sign (trial 90,
    F12: "Vid protokollet" stood alone after the justering's lines)."""
    # ("ordföranden Ingvor Regnemer (S)": a party in parentheses after a name is common)
    names = [*([f"ordföranden {approval.ordforande}"] if approval.ordforande else []),
             *approval.named_justerare()]
    certification = approval.utdragsbestyrkande
    lines = _signature_lines(approval) if approval.signaturrader else ()
    if lines and keeper is not None:
        lines = (_caption_block(KEEPER_CAPTION, keeper.namn, keeper.titel), *lines)
    return views.ApprovalView(
        approval.datum, listed(names) if names else "",
        certification.namn if certification else None,
        certification.titel if certification else None, approval.ort,
        _two_by_two(lines), _in_rows(lines),
    )


def _signature_lines(approval: MinutesApproval) -> tuple[views.Signatory, ...]:
    """An extract checked on paper: lines to sign as paper minutes have them: the chair's
    when `ordforande` is given, one for each justerare with the name under it (trial 70, F5:
    two justerare had one line without a name; one without a name where none is written, or
    written as "", trial 76, F6),
    and who certifies the extract's when `utdragsbestyrkande` is, with name and title."""
    certification = approval.utdragsbestyrkande
    chair = approval.ordforande
    approvers: list[str | None] = [name.strip() or None for name in approval.justerare] or [
        None]
    blocks = [
        *([_caption_block(CHAIR_CAPTION, chair or None)] if chair is not None else []),
        *(_caption_block(APPROVER_CAPTION, name) for name in approvers),
        *([_caption_block(CERTIFIER_CAPTION, certification.namn, certification.titel)]
          if certification else []),
    ]
    return tuple(blocks)


SIGNATURES_PER_ROW = 3
"""The most signature lines of a justering side by side on a page's width."""


def _in_rows(lines: tuple[views.Signatory, ...]) -> tuple[tuple[views.Signatory | None, ...], ...]:
    """A justering's signature lines in rows as even as they go, of at most
    `SIGNATURES_PER_ROW` each: three in one row (trial 38, F3: three two by two put the third
    under the first, alone), four two by two, five three and two (the last row's empty
    places None)."""
    if not lines:
        return ()
    count = -(-len(lines) // SIGNATURES_PER_ROW)
    width = -(-len(lines) // count)
    return tuple(tuple(lines[at:at + width]) + (None,) * (at + width - len(lines))
                 for at in range(0, len(lines), width))


def _caption_block(caption: str, name: str | None = None,
                   title: str | None = None) -> views.Signatory:
    """A signature line under a caption ("Justerandes signatur"), without place or date."""
    return views.Signatory(None, None, name, title, None, caption)


def _heading(text: TextRenderer, written: str | None, part: str, default: str,
             key: str = "rubrik") -> str:
    """A heading of a proposal's or a decision's (`part`), at its `key`: as the case writes
    it, by the wording rules of a printed line, else the default."""
    return text.line(written, (part, key)) if written else default


def _lone(chosen: str, count: int) -> bool:
    """Whether the points are one sentence in the numbered style, which is no list: one
    paragraph without "1." (a separate flag, so that a template written before it still
    numbers the sentence rather than taking it for an att-sats). A bulleted sentence stays
    one, as a protocol prints a lone decision under its heading (trial 55, F9)."""
    return chosen == "numrerad" and count == 1


def _printed(point: Markup, after_att: bool) -> Markup:
    """A rendered point as printed: after 'att', as an att-sats (`as_att_point`, which only
    drops a word and lowers a letter, so the escaped text stays escaped)."""
    return Markup(as_att_point(str(point))) if after_att else point


def _pairs(case: Case) -> tuple[tuple[views.Signatory, views.Signatory | None], ...]:
    """The signature blocks: who kept the minutes ("Vid protokollet") alone on the first row,
    as minutes have it, then the case's undertecknare two by two."""
    keeper = case.vid_protokollet
    signed = case.justering is not None and case.justering.signaturrader  # (signs there)
    first = (((_caption_block(KEEPER_CAPTION, keeper.namn, keeper.titel), None),)
             if keeper is not None and not signed else ())
    return (*first, *_two_by_two([_signatory(s) for s in case.undertecknare]))


def _signatory(signer: Signer) -> views.Signatory:
    """A signer's block: 'datum: tom' is a date line to fill in by hand."""
    signed = signer.datum
    return views.Signatory(signer.ort, signed if isinstance(signed, datetime.date) else None,
                           signer.namn, signer.titel, signer.organisation, None,
                           signed == BLANK_DATE, signer.datumform == "text",
                           signs_for(signer.organisation))


def signs_for(organisation: str | None) -> bool:
    """Whether an organisation names the party that signs, 'För regeringen' (F7b, trial 68):
    an agreement prints it above the signature line, where a title's organisation stands
    under the name. The words say it, so no key is needed: nobody writes 'För …' under a
    name, and a party is always written with it."""
    return organisation is not None and organisation[:4].casefold() == "för "


def _two_by_two(
    blocks: Sequence[views.Signatory],
) -> tuple[tuple[views.Signatory, views.Signatory | None], ...]:
    """Signature blocks two by two, as they stand side by side."""
    return tuple(
        (blocks[i], blocks[i + 1] if i + 1 < len(blocks) else None)
        for i in range(0, len(blocks), 2)
    )

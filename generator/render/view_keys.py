"""Which case key each template field shows: a template reads English view fields
(`s.place`) for what the case file writes in Swedish (`ort`).

One table serves the README, `beslut mallar` and the message for a field a template
misspells (`{{ doc.on_duty.namn }}`: "menade du 'name'?"); a test holds it to the views and
to the case models, so it cannot go stale.
"""

from __future__ import annotations

from typing import Final, NamedTuple


class ViewKeys(NamedTuple):
    """A view the templates read: its class, what a built-in template calls it and where it
    is reached from (`in_loop`: each item of that), the case key it comes from ("" for the
    top level) and its fields' case keys (field → key)."""

    view: str
    called: str
    reached: str
    in_loop: bool
    case_key: str
    fields: dict[str, str]

    def where(self, quote: str = "") -> str:
        """What the templates call it: `s` (i `doc.signatories`)."""
        if not self.reached:
            return f"{quote}{self.called}{quote}"
        within = "i " if self.in_loop else ""
        return f"{quote}{self.called}{quote} ({within}{quote}{self.reached}{quote})"


VIEW_KEYS: Final = (
    ViewKeys("DocumentContext", "doc", "", False, "", {
        "title": "titel", "kind": "dokumenttyp", "sections": "avsnitt", "proposal": "forslag",
        "decision": "beslut", "approval": "justering", "signatories": "undertecknare",
        "signature_page": "signatursida", "on_duty": "i_tjansten", "extract_to": "utdrag_till",
        "extract_heading": "utdrag_till_rubrik", "on_duty_all": "i_tjansten",
        "case_officer": "handlaggare", "case_officers": "handlaggare", "attachments": "bilagor",
        "attachments_heading": "bilagor"}),
    ViewKeys("Header", "h", "doc.header", False, "", {
        "date": "datum", "dnr": "dnr", "body": "beslutsorgan", "kind_label": "etikett",
        "references": "referenser", "recipient": "mottagare",
        "meeting_date": "beslut.datum", "paragraph": "beslut.paragraf",
        "meeting_body": "beslut.beslutande",
        "paragraph_references": "referenser", "other_references": "referenser"}),
    ViewKeys("SectionView", "section", "doc.sections", True, "avsnitt", {
        "heading": "rubrik", "text": "text", "text_after": "text_efter", "children": "avsnitt"}),
    ViewKeys("ProposalView", "p", "doc.proposal", False, "forslag", {
        "heading": "rubrik", "points": "punkter", "style": "stil"}),
    ViewKeys("DecisionView", "d", "doc.decision", False, "beslut", {
        "body": "beslutande", "date": "datum", "paragraph": "paragraf", "points": "punkter",
        "style": "stil", "recorded_in": "antecknas_i", "meeting": "motesorgan",
        "motions": "yrkanden", "course": "beslutsgang", "reservations": "reservationer",
        "notes": "protokollsanteckningar", "heading": "rubrik",
        "motions_heading": "yrkanden_rubrik", "course_heading": "beslutsgang_rubrik",
        "vote": "omrostning"}),
    ViewKeys("VoteView", "d.vote", "", False, "beslut.omrostning", {
        "yes_means": "ja_betyder", "no_means": "nej_betyder", "yes": "ja", "no": "nej",
        "abstain": "avstar", "outcome": "ja_betyder",
        "casting": "utslagsrost", "roll": "voteringslista"}),
    ViewKeys("ApprovalView", "a", "doc.approval", False, "justering", {
        "date": "datum", "certifier": "utdragsbestyrkande.namn",
        "certifier_title": "utdragsbestyrkande.titel", "place": "ort",
        "signatures": "signaturrader", "signature_rows": "signaturrader"}),
    ViewKeys("Signatory", "s", "doc.signatories", True, "undertecknare", {
        "place": "ort", "date": "datum", "name": "namn", "title": "titel",
        "organisation": "organisation", "date_line": "datum", "date_in_words": "datumform",
        "party_above": "organisation"}),
    ViewKeys("SignedBy", "s", "doc.signature_page", True, "signatursida", {
        "name": "namn", "title": "titel", "organisation": "organisation",
        "moment": "tidpunkt", "id_type": "identifikationstyp", "id": "identifikations_id"}),
    ViewKeys("OnDuty", "doc.on_duty", "", False, "i_tjansten", {"name": "namn", "title": "titel"}),
    ViewKeys("CaseOfficer", "officer", "doc.case_officers", True, "handlaggare", {
        "name": "namn", "title": "titel", "phone": "telefon", "email": "epost"}),
)


def view_keys(view: str) -> ViewKeys | None:
    """The case keys of a view, by its class name."""
    return next((keys for keys in VIEW_KEYS if keys.view == view), None)


def view_parts(view: str) -> list[str]:
    """The fields a template may read of a view, by its class name ([] if it is none)."""
    import dataclasses

    from generator.render import views
    from generator.render.context import DocumentContext  # only for a template's fault

    found = {cls.__name__: cls for cls in (*views.VIEWS, DocumentContext)}.get(view)
    if found is None:
        return []
    if dataclasses.is_dataclass(found):
        return [field.name for field in dataclasses.fields(found)]
    return list(getattr(found, "_fields", ()))


def _pairs(keys: ViewKeys, quote: str = "") -> str:
    """Each field with the case key it shows: `name = namn`."""
    return ", ".join(f"{quote}{field}{quote} = {quote}{key}{quote}"
                     for field, key in keys.fields.items())


def markdown_table() -> str:
    """The table for the README: each view, the case key it comes from, its fields' keys."""
    lines = ["| i mallen | i ärendet | mallens namn = ärendets nyckel |", "|:--|:--|:--|"]
    for keys in VIEW_KEYS:
        case_key = f"`{keys.case_key}`" if keys.case_key else "översta nivån"
        lines.append(f"| {keys.where('`')} | {case_key} | {_pairs(keys, '`')} |")
    return "\n".join(lines) + "\n"


def plain_lines() -> list[str]:
    """The same table for the terminal (`beslut mallar`), a line per view."""
    return [f"  {keys.where()}: {keys.case_key or 'översta nivån'}; {_pairs(keys)}"
            for keys in VIEW_KEYS]

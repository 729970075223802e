"""Checks that a case holds what its document kind and its sections ask for.

Each rule points at the key that causes the problem and says what to write, so that a case
`beslut check` passes is one `beslut render` can write:

* a section's `tabell` needs the data it shows (`fordelning`, `medel`, `risk`), and
  `tabell: uppdelning` needs `uppdelning:` naming one of the case's splits;
* split names are unique, so that text and sections cannot show the wrong split;
* a `beslut_per_capsulam` needs its `beslut`, and only it says what the decision is
  entered in (`antecknas_i`);
* a decision per capsulam is taken without a meeting: it has no motions, no course of
  decision, no reservations and no protocol notes, which are made at one;
* a justering belongs to a decision, and the decision of a protocol or a protokollsutdrag
  has one and a §
  (`extract_problems`, run with the label the document prints); it has what it needs to be
  printed (`approval_form`);
* a proposal's lead-in names who proposes only beside who decides;
* `numrerade_rubriker: ja` that numbers no heading is a warning (`numbering_problems`, run
  on the built document's numbers): beside a proposal or a decision, or where each heading
  stands alone at its level (a lone "1." numbers nothing);
* a section with a heading and nothing under it is a warning: the heading stands alone;
* `{{ … }}` works in the text fields only (section texts and points); anywhere else it would
  be printed as it stands.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from typing import Any, NamedTuple

from pydantic import BaseModel

from generator.case.decision_names import decision_name, extract_only, minutes_extract
from generator.case.document_date import EXAMPLE as UNDATED_EXAMPLE
from generator.case.models import TABLE_PRESETS, Case, Section
from generator.case.suggest import did_you_mean
from generator.checks.approval_form import approval_form_problems
from generator.checks.report import Reporter
from generator.problems import Loc, Problem
from generator.text.body_names import mid_sentence

MEETING_ONLY = {"yrkanden": "några yrkanden", "beslutsgang": "någon beslutsgång",
                "omrostning": "någon omröstning",
                "reservationer": "några reservationer",
                "protokollsanteckningar": "några protokollsanteckningar"}
"""The decision's keys that record a meeting, each with what a decision per capsulam (or
another decision taken without a meeting, such as an ordförandebeslut) lacks."""
_TABLE_DATA = {
    "sammanstallning": ("fordelning", "fördelningen (områden och insatser)"),
    "insatser": ("fordelning", "fördelningen (områden och insatser)"),
    "medel": ("medel", "medlen per område"),
    "medelslista": ("medel", "medlen per område"),
    "risk": ("risk", "medel som riskerar återbetalning"),
}
_REQUIRED_BY_KIND = {
    "beslut_per_capsulam": ("beslut", "beslutet (vem som beslutar och att-satserna)"),
    "beslut": ("beslut", "beslutet (vem som beslutar och att-satserna)"),
}
_SHOWN_BY = {
    "fordelning": ("sammanstallning", "insatser"),
    "medel": ("medel", "medelslista"),
    "risk": ("risk",),
}


def check_structure(case: Case, texts: Mapping[Loc, str], report: Reporter) -> list[Problem]:
    """Every structural problem of the case (texts: the raw text at each text field)."""
    problems = _kind_problems(case, report) + _split_name_problems(case, report)
    problems += _proposal_problems(case, report)
    for loc, section in placed_sections(case.avsnitt, ("avsnitt",)):
        problems += _section_problems(case, section, loc, report) + _empty(section, loc, report)
    problems += _reference_problems(case, texts, report)
    problems += _unshown_problems(case, report) + _unshown_events(case, texts, report)
    problems += _recorded_in_problems(case, report)
    problems += _meeting_only_problems(case, report)
    problems += _approval_problems(case, report) + approval_form_problems(case, report)
    for key, part, noun, present in (("beslut_forst", "beslut", "beslutet", case.beslut),
                                     ("forslag_forst", "forslag", "förslaget", case.forslag)):
        if getattr(case, key) and present is None:
            problems.append(report.problem(report.at((key,)), (
                f"'{key}' flyttar {noun} före avsnitten, men ärendet har inget '{part}'; "
                f"lägg till {noun} eller ta bort '{key}'")))
    return problems



def _recorded_in_problems(case: Case, report: Reporter) -> list[Problem]:
    """A warning for `antecknas_i` or `motesorgan` in a decision that is not per capsulam
    (they are not used)."""
    if case.beslut is None or case.dokumenttyp == "beslut_per_capsulam":
        return []
    return [report.problem(report.locate_key(("beslut", key)), (
        f"'{key}' gäller bara beslut per capsulam och används inte i dokumenttypen "
        f"{case.dokumenttyp}; ta bort raden"), "varning")
        for key in ("antecknas_i", "motesorgan") if key in case.beslut.model_fields_set]


def numbering_problems(case: Case, numbers: Collection[str], report: Reporter) -> list[Problem]:
    """A warning for `numrerade_rubriker: ja` where no heading gets a number (`numbers`: the
    section numbers the document prints): beside a proposal or a decision, whose headings are
    never numbered, and in a document whose headings each stand alone at their level."""
    if not case.numrerade_rubriker or numbers:
        return []
    if case.forslag is not None or case.beslut is not None:
        part = "förslag till beslut" if case.forslag is not None else "beslut"
        why = (f"ett dokument med {part} har onumrerade rubriker (punkterna är "
               "numrerade)")
    else:
        count = sum(1 for _, section in placed_sections(case.avsnitt, ("avsnitt",))
                    if section.rubrik)
        why = "dokumentet har inga rubriker" if count == 0 else (
            "dokumentet har bara en rubrik, och en ensam rubrik numreras inte" if count == 1
            else "dokumentets rubriker står ensamma på sin nivå, och en ensam rubrik numreras "
                 "inte")
    return [report.problem(report.locate_key(("numrerade_rubriker",)), (
        f"'numrerade_rubriker' numrerar inga rubriker här: {why}; ta bort raden"), "varning")]


def _meeting_only_problems(case: Case, report: Reporter) -> list[Problem]:
    """An error for motions, the course of the decision, reservations or protocol notes in a
    decision per capsulam (or a chair's decision): all are made at a meeting, and such a
    decision is taken without one."""
    if case.beslut is None or case.dokumenttyp != "beslut_per_capsulam":
        return []
    name = decision_name(case.etikett)
    return [report.problem(report.locate_key(("beslut", key)), (
        f"'{key}' hör till ett beslut som fattas på ett sammanträde, men {name} fattas "
        f"utan sammanträde och kan inte ha {lacking}; ta bort '{key}', eller skriv "
        "'dokumenttyp: beslut' om beslutet fattades på ett möte"))
        for key, lacking in MEETING_ONLY.items() if getattr(case.beslut, key)]


def _approval_problems(case: Case, report: Reporter) -> list[Problem]:
    """A warning for a justering in a case without a decision: it approves the minutes a
    decision stands in."""
    if case.justering is None or case.beslut is not None:
        return []
    return [report.problem(report.locate_key(("justering",)), (
        "'justering' hör till ett beslut (den justerar protokollet som beslutet står i), men "
        "ärendet har inget 'beslut'; lägg till beslutet eller ta bort 'justering'"), "varning")]


class _Minutes(NamedTuple):
    """How the warnings name a document of minutes: its label as `where` words it, what
    the label makes it ('ett protokoll') and the document in the definite form."""

    where: str
    made: str
    definite: str


def extract_problems(case: Case, label: str | None, report: Reporter) -> list[Problem]:
    """Warnings for minutes or an extract of them (its label, the case's or the profile's,
    is one `minutes_label` knows: 'Sammanträdesprotokoll', 'Protokollsutdrag', 'Utdrag ur …
    protokoll') whose decision, taken at a meeting (`dokumenttyp: beslut`; one per capsulam
    is taken without one), lacks what such a document shows: its justering
    (`unapproved_extract_problems`) and its § (trial 38, F3). An extract deliberately left
    unchecked is no protokollsutdrag, and another label silences them (the format has no
    key for that, and needs none)."""
    if not minutes_extract(case, label):
        return []
    where = f"'etikett: {label}'" if case.etikett is not None else (
        f"etiketten '{label}' (från profilen)")
    named = _Minutes(where, *(("ett utdrag ur ett protokoll", "utdraget") if extract_only(label)
                              else ("ett protokoll", "protokollet")))
    return unapproved_extract_problems(case, named, report) + _unnumbered_extract_problems(
        case, named, report) + _addressed_extract_problems(case, named, report)


def _addressed_extract_problems(case: Case, named: _Minutes, report: Reporter
                                ) -> list[Problem]:
    """A warning, at `mottagare`, for minutes or an extract (`named`) with an addressee: such
    a document is sent to those `utdrag_till` names, and the addressee stood as an address
    under Dnr (trial 84, F14: left over from the `beslut ny` example)."""
    if not case.mottagare:
        return []
    return [report.problem(report.locate_key(("mottagare",)), (
        f"{named.where} gör dokumentet till {named.made}, som inte har någon mottagare i "
        f"brevhuvudet, men ärendet har 'mottagare' ({', '.join(case.mottagare)}), som skulle "
        f"stå som en adress under Dnr; ta bort 'mottagare', och skriv dem som får "
        f"{named.definite} under 'utdrag_till'"), "varning")]


def unapproved_extract_problems(case: Case, named: _Minutes, report: Reporter) -> list[Problem]:
    """A warning for minutes or an extract (`named`) whose decision has no justering: such a
    document shows that the minutes were checked. It points at the case's `etikett`, else
    at `beslut`."""
    if case.beslut is None or case.justering is not None:
        return []
    example = (case.beslut.datum or case.datum or UNDATED_EXAMPLE).isoformat()
    written = case.etikett is not None
    return [report.problem(report.locate_key(("etikett",) if written else ("beslut",)), (
        f"{named.where} gör dokumentet till {named.made}, som visar när och av vilka "
        "protokollet justerades, men ärendet har ingen 'justering'; lägg till den, t.ex. "
        f"'justering:' med 'datum: {example}' och 'justerare: "
        f"[Anna Andersson, Bengt Berg]', eller 'signaturrader: ja' om {named.definite} "
        "justeras på papper, eller skriv en annan etikett (t.ex. 'etikett: Beslut') om "
        f"{named.definite} inte är justerat"), "varning")]


def _unnumbered_extract_problems(case: Case, named: _Minutes, report: Reporter
                                 ) -> list[Problem]:
    """A warning, at `beslut`, where the paragraph goes, for minutes or an extract (`named`)
    whose decision has no paragraph: such a document is of one § of the minutes, which
    names it."""
    if case.beslut is None or case.beslut.paragraf is not None:
        return []
    return [report.problem(report.locate_key(("beslut",)), (
        f"{named.where} gör dokumentet till {named.made}, som visar beslutets "
        "paragraf, men beslutet har ingen 'paragraf'; lägg till den under 'beslut', t.ex. "
        "'paragraf: 12' eller, med organets förkortning, 'paragraf: KS § 12'"),
        "varning")]


def _unshown_problems(case: Case, report: Reporter) -> list[Problem]:
    """A table block that no section shows would be left out of the document."""
    shown = {section.tabell for _, section in placed_sections(case.avsnitt, ("avsnitt",))}
    problems = []
    for key, kinds in _SHOWN_BY.items():
        if getattr(case, key) is not None and not shown.intersection(kinds):
            which = " eller ".join(f"'tabell: {kind}'" for kind in kinds)
            problems.append(report.problem(report.locate_key((key,)), (
                f"'{key}' visas inte i dokumentet; lägg till {which} i ett avsnitt"), "varning"))
    for index, table in enumerate(case.tabeller):
        if table.namn not in shown:
            problems.append(report.problem(report.at(("tabeller", index, "namn")), (
                f"tabellen '{table.namn}' visas inte i dokumentet; lägg till "
                f"'tabell: {table.namn}' i ett avsnitt"), "varning"))
    return problems


def _unshown_events(case: Case, texts: Mapping[Loc, str], report: Reporter) -> list[Problem]:
    """An event no text refers to would be left out of the document: no document kind
    prints `handelser`, a text shows one with `{{ handelser[0].datum | datum_text }}`."""
    if not case.handelser:
        return []
    referred: set[int] = set()
    for text in texts.values():
        if "handelser" not in text:
            continue
        found = _event_references(text)
        if found is None:
            return []
        referred |= found
    return [
        report.problem(report.at(("handelser", index, "text")), (
            f"händelsen '{event.text}' visas inte i dokumentet: dokumenttypen "
            f"{case.dokumenttyp} (liksom alla andra) visar en händelse i 'handelser' bara där "
            f"en text hänvisar till den; skriv {{{{ handelser[{index}].datum | datum_text }}}} "
            "i ett avsnitts text, eller skriv händelsen direkt i texten"), "varning")
        for index, event in enumerate(case.handelser) if index not in referred
    ]


@functools.cache
def _event_reference() -> re.Pattern[str]:
    """'handelser' in a text, with the index it is taken at (handelser[0] or handelser.0)."""
    return re.compile(r"(?<!\w)handelser(?!\w)(?:\s*\[\s*(\d+)\s*\]|\.(\d+))?")


def _event_references(text: str) -> set[int] | None:
    """The indexes of the events a text refers to, or None when it uses the list in another
    way (a loop, a filter, handelser[-1]) and may show them all."""
    found: set[int] = set()
    for match in _event_reference().finditer(text):
        index = match.group(1) or match.group(2)
        if index is None:
            return None
        found.add(int(index))
    return found


def _kind_problems(case: Case, report: Reporter) -> list[Problem]:
    """A document kind that needs a block the case lacks."""
    required = _REQUIRED_BY_KIND.get(case.dokumenttyp)
    if required is None or getattr(case, required[0]) is not None:
        return []
    key, what = required
    message = f"dokumenttypen '{case.dokumenttyp}' behöver '{key}' med {what}, lägg till det"
    return [report.problem(report.at(("dokumenttyp",)), message)]


def placed_sections(sections: Sequence[Section], loc: Loc) -> Iterator[tuple[Loc, Section]]:
    """Every section and subsection with its place."""
    for index, section in enumerate(sections):
        here = (*loc, index)
        yield here, section
        yield from placed_sections(section.avsnitt, (*here, "avsnitt"))


def _section_problems(case: Case, section: Section, loc: Loc, report: Reporter) -> list[Problem]:
    """A table without its data, or a split table without a known split name."""
    if section.tabell == "uppdelning":
        return _split_reference(case, section, loc, report)
    if section.uppdelning is not None:
        message = "'uppdelning' används bara med 'tabell: uppdelning', lägg till det eller ta bort"
        return [report.problem(report.at((*loc, "uppdelning")), message)]
    if section.tabell is None or section.tabell in {t.namn for t in case.tabeller}:
        return []
    if section.tabell not in _TABLE_DATA:
        return [report.problem(report.at((*loc, "tabell")), _unknown_table(case, section.tabell))]
    key, what = _TABLE_DATA[section.tabell]
    if getattr(case, key) is not None:
        return []
    message = f"tabellen '{section.tabell}' visar {what}, men ärendet saknar '{key}'; lägg till det"
    return [report.problem(report.at((*loc, "tabell")), message)]


def _empty(section: Section, loc: Loc, report: Reporter) -> list[Problem]:
    """A warning for a section with a heading and nothing under it, which the document
    prints alone (trial 56, F6: "Projektansökningar" right above "Beslut")."""
    if not section.rubrik or section.text.strip() or section.tabell or section.text_efter.strip() \
            or section.avsnitt:
        return []
    return [report.problem(report.at((*loc, "rubrik")), (
        f"avsnittet '{section.rubrik}' har bara en rubrik, som står ensam i dokumentet; skriv "
        "en text under den ('text: …') eller ta bort avsnittet"), "varning")]


def _unknown_table(case: Case, name: str) -> str:
    """Message for a `tabell` that is neither a preset nor one of the case's tables."""
    if name in {split.namn for split in case.uppdelningar}:
        return (f"'{name}' är namnet på en uppdelning, inte på en tabell; skriv "
                f"'tabell: uppdelning' och på raden under 'uppdelning: {name}'")
    choices = [*TABLE_PRESETS, *(t.namn for t in case.tabeller)]
    message = f"'tabell' har värdet '{name}' som inte finns, välj ett av: {', '.join(choices)}"
    suggestion = did_you_mean(name, choices)
    return f"{message} (menade du '{suggestion}'?)" if suggestion else message


def _split_reference(case: Case, section: Section, loc: Loc, report: Reporter) -> list[Problem]:
    """`tabell: uppdelning` must name one of the case's splits."""
    names = [split.namn for split in case.uppdelningar]
    known = ", ".join(f"'{n}'" for n in names) if names else "inga (lägg till 'uppdelningar')"
    if section.uppdelning is None:
        message = (f"'tabell: uppdelning' behöver 'uppdelning:' med uppdelningens namn, "
                   f"finns: {known}")
        return [report.problem(report.at((*loc, "tabell")), message)]
    if section.uppdelning not in names:
        message = f"det finns ingen uppdelning som heter '{section.uppdelning}', finns: {known}"
        return [report.problem(report.at((*loc, "uppdelning")), message)]
    return []


def _split_name_problems(case: Case, report: Reporter) -> list[Problem]:
    """Each split's name may be used once."""
    first: dict[str, int] = {}
    problems = []
    for index, split in enumerate(case.uppdelningar):
        earlier = first.setdefault(split.namn, index)
        if earlier != index:
            line = report.at(("uppdelningar", earlier, "namn")).line
            message = f"uppdelningen '{split.namn}' finns redan på rad {line}, ge den ett eget namn"
            problems.append(report.problem(report.at(("uppdelningar", index, "namn")), message))
    return problems


def _proposal_problems(case: Case, report: Reporter) -> list[Problem]:
    """Who proposes needs whom the proposal is made to: 'X föreslår Y besluta' (who decides
    alone gives 'Y föreslås besluta'); a yrkande needs who moves it ('X yrkar')."""
    proposal = case.forslag
    if proposal is not None and proposal.inledning == "yrkar" and not proposal.forslagsstallare:
        return [report.problem(report.at(("forslag", "inledning")), (
            "'inledning: yrkar' skrivs 'X yrkar att …' och behöver vem som yrkar; lägg till "
            "'forslagsstallare' (t.ex. 'forslagsstallare: Sverigedemokraterna')"))]
    if proposal is not None and proposal.foreslar and not proposal.beslutande:
        return [report.problem(report.at(("forslag", "foreslar")), (
            f"'foreslar' skrivs i inledningen 'Y föreslås besluta att föreslå "
            f"{mid_sentence(proposal.foreslar)} besluta', som också behöver vem som föreslås "
            "besluta; lägg till 'beslutande' (t.ex. 'beslutande: Socialnämnden')"))]
    if proposal is None or not proposal.forslagsstallare or proposal.beslutande \
            or proposal.inledning == "yrkar":
        return []
    message = ("'forslagsstallare' skrivs i inledningen 'X föreslår Y besluta', som också "
               "behöver vem som föreslås besluta; lägg till 'beslutande' (t.ex. 'beslutande: "
               "Kommunstyrelsen') eller ta bort 'forslagsstallare'")
    return [report.problem(report.at(("forslag", "forslagsstallare")), message)]


_LIMITS = ("minst", "lagst", "hogst")
"""A column's limits, whose `{{ … }}` their own reading reports (`compute.column_limits`)."""


def _reference_problems(case: Case, texts: Collection[Loc], report: Reporter) -> list[Problem]:
    """`{{ … }}` or `{% … %}` in a field that is printed as it stands."""
    problems: list[Problem] = []
    if not _may_refer(case, texts):
        return problems
    for loc in _referring(case, (), []):
        if loc not in texts and loc[-1] not in _LIMITS:  # (a limit's own error: presets)
            message = ("hänvisningar med {{ … }} fungerar bara i texter (text, text_efter, "
                       "punkter, yrkanden, beslutsgang, reservationer och "
                       "protokollsanteckningar); skriv värdet som vanlig text här")
            problems.append(report.problem(report.at(loc), message))
    return problems


def _may_refer(case: Case, texts: Collection[Loc]) -> bool:
    """Tell whether a field outside the texts may hold `{{` or `{%`, from the case's JSON.

    For speed: `_referring` walks the case's hundreds of values in Python (some 0.1 ms);
    pydantic writes them as JSON, leaving out the texts, in a fifth of that. Each other
    text `_referring` looks at (a field of a case model or an item of its lists; every model
    is a plain `CaseModel`, written whole) stands in the JSON as it is, with only `"`, `\\`
    and control characters escaped, and JSON's own braces never stand before `{` or `%`.
    """
    left_out = _nested(texts)
    if left_out is None:
        return True
    written = case.__pydantic_serializer__.to_json(case, exclude=left_out, warnings=False)
    return b"{{" in written or b"{%" in written


def _nested(locs: Collection[Loc]) -> dict[Any, Any] | None:
    """The places as pydantic's nested `exclude` ({"avsnitt": {0: {"text": True}}}), or
    None when one lies inside another (then nothing is left out: see `_may_refer`)."""
    tree: dict[Any, Any] = {}
    for loc in locs:
        if not loc:
            return None
        node = tree
        for part in loc[:-1]:
            node = node.setdefault(part, {})
            if node is True:
                return None
        if loc[-1] in node:
            return None
        node[loc[-1]] = True
    return tree


def _referring(value: Any, loc: Loc, found: list[Loc]) -> list[Loc]:
    """Add to found the place of every text value of a model or list with `{{` or `{%` in
    it, in order.

    A plain recursion that collects, not a chain of generators: a case has hundreds of
    values. For speed, each value is looked at where it is met, by the kind of its type
    (remembered per type: `isinstance` with a pydantic model class costs much more), so a
    place is made and a call spent only for a model or a list; fields are read from the
    model's `__dict__`, where pydantic keeps them.
    """
    items: Iterable[tuple[str | int, Any]]
    if isinstance(value, BaseModel):
        names = _field_names(type(value))
        items = zip(names, map(value.__dict__.__getitem__, names), strict=True)
    else:
        items = enumerate(value)
    for key, item in items:
        kind = _KINDS.get(type(item))
        if kind is None:
            kind = _kind(type(item))
        if kind is _TEXT:
            if "{{" in item or "{%" in item:
                found.append((*loc, key))
        elif kind is _NESTED:
            _referring(item, (*loc, key), found)
    return found


_TEXT, _NESTED, _OTHER = "text", "nested", "other"
_KINDS: dict[type, str] = {}
"""The kind of each type of value met so far (see `_kind`)."""


def _kind(kind: type) -> str:
    """Whether values of a type are texts, models or lists to look into, or anything else."""
    if issubclass(kind, str):
        found = _TEXT
    elif issubclass(kind, BaseModel | list | tuple):
        found = _NESTED
    else:
        found = _OTHER
    _KINDS[kind] = found
    return found


@functools.cache
def _field_names(model: type[BaseModel]) -> tuple[str, ...]:
    """The fields of a model class, in order (pydantic's `model_fields` is slow to reach)."""
    return tuple(model.model_fields)

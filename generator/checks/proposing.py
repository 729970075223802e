"""Warnings at the points of a decision, or of a proposal, that proposes to another body
(trial 37, F8; a proposal's, "… föreslår socialnämnden besluta att föreslå
kommunfullmäktige besluta", trial 82, F6).

With `foreslar` the opening says "… föreslå kommunfullmäktige besluta" and the points are
what is proposed: a point that begins "föreslå …" says it twice. Without it, a lone point
"föreslå kommunfullmäktige besluta att godkänna … och att …" holds the proposal's
att-satser inside one att-sats; the warning names the key to write, with the body as the
point writes it. A first point "föreslå … besluta att …" followed by others gets the same
warning, asking whether the others are proposals too (they may be the body's own).

Under `foreslar` an att-sats written as a whole sentence in the passive, "avskrivningar av
belopp över … godkänns …", reads "föreslå kommunfullmäktige besluta / att avskrivningar …
godkänns" (trial 65, F7): the warning offers the active form, the verb's infinitive first
("godkänna avskrivningar av belopp över …"). So is one pasted from a protocol with its
capital, "Miljö- och hälsoskyddsnämndens förslag bifalls." (trial 74, F1): its first word is
shown as the document prints it (`text.att_style.common_start`: a known common word in
lower case, a name as written), and the warning offers the styles that print whole sentences too.
Only a point that begins neither with an infinitive ("anta taxan som gäller …") nor with a
function word in capitals (which `att_points` warns about as a whole sentence), and whose
passive verb of a decision
(`text.att_style.passive_infinitive`: not 'kurs', 'process' or 'förslagets') stands in its main
clause, not right after 'som', 'att', 'när' … ("bidrag som beviljas …") and not after 'ska',
'får', 'bör' … ("åtgärder ska vidtas", which says what shall be done), is warned about;
but not a clause that fullmäktige protocols write in the passive (trial 91, F3): how a cost
is financed ("… finansieras ur/inom/genom/med …") or a condition ("… lämnas under
förutsättning att …", "… på villkor att …"), `_protocol_clause`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import cache
from itertools import pairwise
from typing import NamedTuple

from generator.case.models import Case, Decision, Proposal
from generator.checks.report import Reporter
from generator.problems import Loc, Problem
from generator.text.att_style import (
    common_start,
    function_word,
    passive_infinitive,
    sentence_start,
)

_BEGINS = re.compile(r"\s*(föreslå)(?!\w)", re.IGNORECASE)
_WORD = re.compile(r"[\w-]+")
_SENTENCE_END = re.compile(r"[.!?;:](?:\s|$)")
_SUBORDINATING = frozenset({"som", "att", "när", "där", "då", "om", "eftersom", "vilka",
                            "vilket", "vilken", "innan", "tills", "medan", "ifall", "såsom"})
"""Words after which a verb is a subordinate clause's ('bidrag som beviljas …')."""
_MODALS = frozenset({"ska", "skall", "får", "kan", "bör", "måste"})
"""Verbs before a passive that make the point say what shall be done ('åtgärder ska vidtas'),
which reads right after 'besluta att'."""
_SHOWN = 8
"""Words of a passive point's subject shown in the active form the warning offers."""
_SHOWN_AFTER = 16
"""Words after the verb of a point that begins with an adverbial shown in its active form
(a `{{ … }}` one word)."""
_TOKEN = re.compile(r"\{\{.*?\}\}|\S+")
_NOT_INFINITIVES = frozenset({"de", "den", "det", "denna", "detta", "dessa", "samtliga", "alla",
                              "varje", "en", "ett"})


def proposing_point_problems(
    case: Case, texts: Mapping[Loc, str], styles: tuple[str, str], report: Reporter
) -> list[Problem]:
    """Warn at a point that begins 'föreslå' when the proposal or the decision proposes by
    its key, and at a first point 'föreslå X besluta att …' when it does not (texts: the raw
    points); and, where the points are att-satser (styles: the proposal's and the
    decision's), at a point in the passive under the key."""
    problems = []
    for block, style in zip(("forslag", "beslut"), styles, strict=True):
        part: Proposal | Decision | None = case.forslag if block == "forslag" else case.beslut
        if part is None:
            continue
        points = _Points(block, len(part.punkter))
        if part.foreslar:
            problems += _passive(points, part.foreslar, texts, report) if style == "att" else []
            problems += _twice(points, part.foreslar, texts, report)
        else:
            problems += _unkeyed(points, texts, report)
    return problems


class _Points(NamedTuple):
    """The points of a proposal or a decision: the block they stand in and how many."""

    block: str
    """'forslag' or 'beslut'."""
    size: int


def _points(points: _Points, texts: Mapping[Loc, str]) -> Iterator[tuple[Loc, str]]:
    """Each point's place and raw text ('' where the texts hold none)."""
    for index in range(points.size):
        loc: Loc = (points.block, "punkter", index)
        yield loc, texts.get(loc, "")


def _passive(
    points: _Points, body: str, texts: Mapping[Loc, str], report: Reporter
) -> list[Problem]:
    """The points written as a whole sentence in the passive ('avskrivningar … godkänns')."""
    problems = []
    for loc, text in _points(points, texts):
        found = _main_passive(text)
        if found is None:
            continue
        verb, infinitive = found
        head = text[:verb.start()]
        words = head.split()
        if common_start(text):  # (as the document prints it: `as_att_point`)
            words[0] = words[0][:1].lower() + words[0][1:]
        inverted = function_word(words[0])
        active = _inverted(text, verb, infinitive, " ".join(words)) if inverted else \
            f"{infinitive} {' '.join(words[:_SHOWN])} …"  # ('…' stands for the rest)
        whole = inverted or head.lstrip()[:1].isupper()
        message = (f"punkten är skriven i passiv form ('{verb.group()}') efter 'föreslå {body} "
                   f"besluta att'; skriv verbet i infinitiv först, här '{active}'"
                   f"{_whole_sentences(points.block) if whole else ''}")
        where = report.in_text(loc, text, verb.start(), verb.group())
        problems.append(report.problem(where, message, "varning"))
    return problems


def _inverted(text: str, verb: re.Match[str], infinitive: str, head: str) -> str:
    """The active form of a point that begins with an adverbial, its verb before the subject
    ("för genomförande av köpet beviljas tekniska nämnden tilläggsanslag med …", trial 98,
    F3): the infinitive, what follows the verb (the subject, now the object), then the
    adverbial, "bevilja tekniska nämnden tilläggsanslag med … för genomförande av köpet"."""
    rest = _SENTENCE_END.split(text[verb.end():], maxsplit=1)[0]
    after = _TOKEN.findall(rest)
    shown = " ".join(after[:_SHOWN_AFTER]) + (" …" if len(after) > _SHOWN_AFTER else "")
    return f"{infinitive} {shown} {head.rstrip(',')}"


def _whole_sentences(block: str) -> str:
    """What the warning at a point written with a capital adds: the styles that print it as
    a whole sentence, as the protocol it was pasted from does."""
    return (", eller, är punkterna hela meningar som i protokollet, skriv 'stil: punktlista' "
            f"eller 'stil: numrerad' under '{block}'")


def _main_passive(text: str) -> tuple[re.Match[str], str] | None:
    """The passive verb of a decision in the main clause of a point that begins with a word
    other than an infinitive or a function word in capitals, with its infinitive."""
    sentence = _SENTENCE_END.split(text, maxsplit=1)[0]
    words = list(_WORD.finditer(sentence))
    if len(words) < 2 or _infinitive(words[0].group()) or sentence_start(words[0].group()):
        return None
    for before, word in pairwise(words):
        if before.group().lower() in _MODALS:
            return None  # ('åtgärder ska vidtas': what the decision says shall be done)
        infinitive = passive_infinitive(word.group())
        if infinitive is not None and before.group().lower() not in _SUBORDINATING:
            return None if _protocol_clause(sentence, word) else (word, infinitive)
    return None


@cache
def _financing() -> re.Pattern[str]:
    """How a cost is paid for, right after the passive 'finansieras' ("… finansieras ur
    kommunstyrelsens anslag", trial 91, F3)."""
    return re.compile(r"\s+(?:ur|inom|genom|med|via|från)\s", re.IGNORECASE)


@cache
def _condition() -> re.Pattern[str]:
    """A condition on what the point decides ("… lämnas under förutsättning att …", "… på
    villkor att …", trial 91, F3)."""
    return re.compile(r"(?<!\w)(?:under\s+förutsättning|på\s+villkor)\s+att(?!\w)",
                      re.IGNORECASE)


def _protocol_clause(sentence: str, verb: re.Match[str]) -> bool:
    """Whether a passive point is a clause a fullmäktige protocol writes so: how a cost is
    financed ("kostnaden finansieras ur …") or a condition ("tillskottet lämnas under
    förutsättning att …"), which say how or on what terms, not what is decided (trial 91,
    F3); no warning."""
    after = sentence[verb.end():]
    if verb.group().lower() == "finansieras" and _financing().match(after):
        return True
    return _condition().search(after) is not None


def _infinitive(word: str) -> bool:
    """Whether a point's first word may be an infinitive ('godkänna', 'anta', 'ge'): it
    ends as one does and is no pronoun ('denna', 'alla') or noun in the definite plural
    ('avgifterna')."""
    lower = word.lower()
    return (lower not in _NOT_INFINITIVES and not lower.endswith("rna")
            and (lower.endswith(("a", "å")) or lower in {"ge", "se", "utse", "be"}))


def _twice(
    points: _Points, body: str, texts: Mapping[Loc, str], report: Reporter
) -> list[Problem]:
    """The points that begin with 'föreslå' though the opening says it."""
    problems = []
    for loc, text in _points(points, texts):
        match = _BEGINS.match(text)
        if match is None:
            continue
        word = match.group(1)
        message = (f"punkten börjar med '{word}', men inledningen skriver redan 'föreslå "
                   f"{body} besluta' ('foreslar' under '{points.block}'); skriv bara det som "
                   f"föreslås, utan '{word} …'")
        where = report.in_text(loc, text, match.start(1), word)
        problems.append(report.problem(where, message, "varning"))
    return problems


@cache
def _proposes() -> re.Pattern[str]:
    """A point that proposes to a body by its own words: 'föreslå kommunfullmäktige besluta
    att …', or without 'besluta' ('föreslå kommunfullmäktige att anta …', trial 82, F6),
    the body's name of five words at most."""
    return re.compile(r"\s*(föreslå)\s+(\S+(?:\s+\S+){0,4}?)\s+(?:besluta\s+)?att\s",
                      re.IGNORECASE)


def _unkeyed(points: _Points, texts: Mapping[Loc, str], report: Reporter) -> list[Problem]:
    """The first point, when it proposes to a body by its own words (where more points
    follow, they may be the body's own decisions: the warning asks)."""
    loc = (points.block, "punkter", 0)
    text = texts.get(loc, "")
    match = _proposes().match(text)
    if match is None:
        return []
    word, body = match.group(1), " ".join(match.group(2).split())
    written = " ".join(text[match.start(1):match.end()].split())
    others = f"; är också de andra punkterna förslag till {body}" if points.size > 1 else ""
    message = (f"punkten är ett förslag till {body}{others}; skriv 'foreslar: {body}' under "
               f"'{points.block}' och det som föreslås som punkter, en att-sats per punkt, utan "
               f"'{written}', så skriver dokumentet 'föreslå {body} besluta' "
               f"före punkterna")
    where = report.in_text(loc, text, match.start(1), word)
    return [report.problem(where, message, "varning")]

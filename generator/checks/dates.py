"""Dates that cannot be right for the document's own date, and two-digit years.

An event, or a decision the document writes as taken ("beslutade den …"), dated after the
document is an error: the document cannot tell it as done. So is a justering ("Justerat den
…"), which also cannot come before the decision it approves.

Seed 000 is dated 2022-01-11 but reports meetings of 2022-01-28 and 2022-09-23, the
former written "möte 220128". A date in a text that lies after the document's is warned
about as a past event dated in the future, except where it looks ahead: in a proposal or a
decision, right after a lead-in such as "till och med", "senast", "fr.o.m." or "från" (seed-like
"Borgensåtagandet gäller till och med 2026-07-31", trial 38, F4: "… föreslås gälla från
2017-04-01.") or "perioden" (trial 54, F5: "avser projektkostnader för perioden 2010-07-01
till 2012-06-30"), or after a forward verb in its sentence (`FORWARD_VERBS`: "ska", "planeras",
"sammanträder", "träder i kraft", "fattas"; trial 44, F1: "Kommunfullmäktige sammanträder
tisdagen den 1 april 2025, …"; trial 63, F2: "Beslut fattas av kommunfullmäktige den 10
december 2018.") with no verb in the past between. A date after other words ("Protokollet
från mötet 2026-07-31", "trädde i kraft", "Beslutet som ska verkställas togs 2026-07-31") is
still warned about.

A date in words with its year, "den 27 juni 2017", is read as its ISO form is (trial 41, F4):
it is how Swedish decisions mostly write dates. One without a year ("den 1 april") is not:
the year it means cannot be told for sure (last April, or the coming one), and a warning
that may be wrong is worse than none. A weekday beside a date is checked too (`weekdays`).

A date that does not exist, "den 30 februari 2025", "31 juni 2025" or "den 31 april" (no
year has it), or 2025-02-30 in a text, is an error worded as a date value's is (trial 59, F4).
"""

from __future__ import annotations

import datetime
import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import cache
from itertools import chain
from typing import Final

from generator.case.decision_names import extract_only, minutes_label
from generator.case.impossible_dates import MONTHS, why_impossible
from generator.case.models import Case
from generator.checks.literal_amount import LiteralAmount
from generator.checks.report import Reporter
from generator.checks.underlag_dates import later_than_meeting, meeting_before
from generator.checks.weekdays import WEEKDAY, weekday_problem
from generator.formatting import text_date
from generator.problems import Loc, Problem
from generator.text.figures import may_hold_digits

_ISO_HINT = re.compile(r"-\d{2}-")
"""What every ISO date holds: looked for first, as a pattern that starts with a character
(here `-`) is found some twenty times faster than one that starts with a digit."""


_LOOKING_AHEAD: Final = ("forslag", "beslut")
"""Proposals and decisions say what shall be done: their dates lie ahead, as a rule."""
FORWARD_VERBS: Final = (
    "ska", "skall", "kommer att", "planeras", "föreslås", "sammanträder", "hålls", "äger rum",
    "gäller", "gälla", "startar", "börjar", "träder", "träda", "fattas", "beslutas",
    "beslutar", "behandlas", "beräknas", "avses",
    "tillträder", "tillträda", "tillträds", "tillträde sker", "tillträdet sker", "övergår",
    "överlåts",
)
"""Verbs that tell of something ahead, in the future or in the present tense as Swedish writes
the future (trial 44, F1: "Kommunfullmäktige sammanträder tisdagen den 1 april 2025"): one
before a date in its sentence, or right after it ("Den 1 april 2017 startar …"), makes the
date no past event; so does a present passive that Swedish writes for what is to come (trial 63,
F2: "Beslut fattas av kommunfullmäktige den 10 december 2018" in a proposal). Their past forms
("sammanträdde", "hölls", "beslutade", "fattades") are not here. A sale's or a contract's
handover lies ahead of the decision on it (trial 74, F4: "1 januari 2007 tillträder Peab
fastigheterna"): "tillträder", "tillträde sker", "övergår", "överlåts"."""
_BACK: Final = 40
"""How far before a date its lead-in is looked for (the longest lead-in, with 'den')."""
_SENTENCE_BACK: Final = 400
"""How far before a date the start of its sentence is looked for (a list of four meeting
days after one verb, trial 44, is some 150 characters)."""


def _verbs() -> str:
    """The forward verbs as one alternation, each space any run of whitespace."""
    return "|".join(r"\s+".join(verb.split()) for verb in FORWARD_VERBS)


@cache
def _lead_in() -> re.Pattern[str]:
    """Words right before a date that make it a time limit or a start ahead, not an event:
    'till och med 2026-07-31', 'senast den 2025-03-01', 'fr.o.m. 2025-01-01', 'från
    2017-04-01', and the start of a period ('för perioden 2010-07-01 till 2012-06-30',
    'projektperioden', 'för tiden 1 november 2006 t.o.m. …': trial 54, F5, a grant decision
    names the period ahead it pays for), and a sale's handover ('med tillträde den 1 januari
    2007', 'tillträdesdag 2007-01-01': trial 74, F4); a weekday may stand between ('från tisdagen
    den 1 juli 2025'). (A forward verb anywhere before the date in its sentence also does,
    `_forward_sentence`.)"""
    return re.compile(
        r"(?<!\w)(?:till och med|t\.?\s?o\.?\s?m\.?|tom|från och med|fr\.?\s?o\.?\s?m\.?|from|"
        r"från|senast|före|innan|inför|under|till|tills|efter|gällande|\w*perioden|tiden|"
        r"tillträde|tillträdet|tillträdesdag(?:en)?)"
        rf"(?:\s+{WEEKDAY})?(?:\s+(?:den|dagen))?\s+$",
        re.IGNORECASE,
    )


@cache
def _start_after() -> re.Pattern[str]:
    """A forward verb right after a date: 'Den 1 april 2017 startar en ny entreprenadperiod'
    (trial 38, svedala.yaml), '2025-07-01 träder taxan i kraft'."""
    return re.compile(rf"\s+(?:{_verbs()})(?!\w)", re.IGNORECASE)


@cache
def _forward_verb() -> re.Pattern[str]:
    """A forward verb standing as a word of its own ('sammanträder', not 'sammanträdet')."""
    return re.compile(rf"(?<!\w)(?:{_verbs()})(?!\w)", re.IGNORECASE)


@cache
def sentence_end() -> re.Pattern[str]:
    """The end of a sentence: '.', '!' or '?' before a capital letter, or a blank line ('kl. 10',
    'fr.o.m. den' and 't.o.m. 2025' end none)."""
    return re.compile(r"[.!?]\s+(?=[A-ZÅÄÖ])|\n\s*\n")


@cache
def _past_verb() -> re.Pattern[str]:
    """A verb in the past tense, as most are written ('beslutade', 'fattades', 'sammanträdde',
    'satte', 'togs', 'hölls'): one between a forward verb and a date makes the date its
    event ('Beslutet som ska verkställas togs 2026-07-31')."""
    return re.compile(r"(?<!\w)(?:\w+(?:ade|dde|tte)s?|gjordes?|togs|hölls|var|blev)(?!\w)",
                      re.IGNORECASE)


def _forward_sentence(text: str, offset: int) -> bool:
    """Whether a forward verb stands before the date at offset in the same sentence, with no
    past verb after it."""
    start = max(0, offset - _SENTENCE_BACK)
    for end in sentence_end().finditer(text, start, offset):
        start = end.end()
    ends = [verb.end() for verb in _forward_verb().finditer(text, start, offset)]
    return bool(ends) and _past_verb().search(text, ends[-1], offset) is None


def _ahead(loc: Loc, text: str, offset: int, end: int) -> bool:
    """Whether the date at text[offset:end] looks ahead: in a proposal or decision, after a
    lead-in such as 'till och med' or 'senast', after a forward verb in its sentence
    ('sammanträder', 'ska') or right before one ('startar'): a later date there is no past
    event."""
    return (loc[0] in _LOOKING_AHEAD
            or _lead_in().search(text[max(0, offset - _BACK):offset]) is not None
            or _forward_sentence(text, offset)
            or _start_after().match(text, end) is not None)


@cache
def _iso() -> re.Pattern[str]:
    """An ISO date (ÅÅÅÅ-MM-DD) standing alone in a text."""
    return re.compile(r"(?<![\w/.-])(\d{4})-(\d{2})-(\d{2})(?![\w/-])")


_DAY_BACK: Final = 8
"""How far before a month's name its day is looked for ('27' and the space between)."""


@cache
def _day_before() -> re.Pattern[str]:
    """The day of a date in words, right before its month's name: '27 ' of '27 juni 2017'."""
    return re.compile(r"(?<![\w,.])(\d{1,2})\s+$")


@cache
def _year_after() -> re.Pattern[str]:
    """The year of a date in words, right after its month's name: ' 2017' of '27 juni 2017'."""
    return re.compile(r"\s+(\d{4})(?!\w)")


@cache
def _six() -> re.Pattern[str]:
    """A six-digit date (ÅÅMMDD) standing alone in a text (not a personnummer's, "121212+1212")."""
    return re.compile(r"(?<![\w/.:-])(\d{2})(\d{2})(\d{2})(?![\w/:-]|\+\d)")


def event_problems(case: Case, report: Reporter) -> list[Problem]:
    """Report events, and a decision told as taken ("beslutade den …"), dated after the document,
    which reports them as having happened."""
    problems: list[Problem] = []
    dated = case.datum
    if not dated:
        return problems  # (an undated document: nothing to measure from)
    for i, event in enumerate(case.handelser):
        if event.datum > dated:
            what = f"händelsen '{event.text}' är daterad"
            done = "den som redan skedd"
            coming = (f"; är det ett kommande möte, skriv det i texten (den "
                      f"{text_date(event.datum)}), under 'handelser' står det som redan skett")
            problems.append(_done_later(what, done, event.datum, ("handelser", i), dated, report,
                                        coming))
    decision = case.beslut
    if decision is not None and decision.datum is not None and decision.datum > dated:
        what, done = "beslutet är daterat", "beslutet som redan fattat"
        problems.append(_done_later(what, done, decision.datum, ("beslut",), dated, report))
    return problems


def approval_problems(case: Case, report: Reporter) -> list[Problem]:
    """Report a justering dated before the decision it approves, or after the document,
    which reports it as done ("Justerat den …")."""
    approval = case.justering
    if approval is None or approval.datum is None:
        return []
    where = ("justering",)
    if case.datum and approval.datum > case.datum:
        what, done = "justeringen är daterad", "en justering som ännu inte har skett"
        return [_done_later(what, done, approval.datum, where, case.datum, report,
                            _extract_dated(case, approval.datum))]
    decided = case.beslut.datum if case.beslut is not None else None
    if decided is None or approval.datum >= decided:
        return []
    message = (
        f"justeringen är daterad {approval.datum.isoformat()}, före beslutets datum "
        f"{decided.isoformat()}; protokollet justeras samma dag som beslutet eller senare, "
        "rätta datumen"
    )
    return [report.problem(report.at((*where, "datum")), message)]


def _extract_dated(case: Case, approved: datetime.date) -> str:
    """For an extract of minutes (not the minutes themselves), which day it is dated: the
    secretary's first guess is the meeting's (trial 49, F6)."""
    if minutes_label(case.etikett) and not extract_only(case.etikett):
        return ""
    return ("; ett protokollsutdrag dateras den dag det skrivs ut, oftast justeringsdagen "
            f"(sammanträdets dag står i beslutets datum), så sätt datum: {approved.isoformat()}")


def _done_later(
    what: str, done: str, day: datetime.date, loc: Loc, dated: datetime.date,
    report: Reporter, other: str = "",
) -> Problem:
    """The error for something the document (dated) tells as done (what: 'händelsen … är
    daterad', done: how it is told) that is dated after it (`other`: what else it may be)."""
    message = (
        f"{what} {day.isoformat()}, efter dokumentets datum {dated.isoformat()}; "
        f"ett dokument kan inte beskriva {done}, rätta datumen{other}"
    )
    return report.problem(report.at((*loc, "datum")), message)


def signing_problems(case: Case, report: Reporter) -> list[Problem]:
    """Warn about signature blocks dated before the document they sign (not those with a
    date line to fill in, 'datum: tom'); a `datumform` without a date is an error."""
    problems: list[Problem] = []
    dated = case.datum
    for i, signatory in enumerate(case.undertecknare):
        signed = signatory.datum
        if isinstance(signed, datetime.date) and dated and signed < dated:
            message = (
                f"underskriften {_by(signatory.namn)}är daterad {signed.isoformat()}, "
                f"före dokumentets datum {dated.isoformat()}, kontrollera datumen"
            )
            where = report.at(("undertecknare", i, "datum"))
            problems.append(report.problem(where, message, "varning"))
        if signatory.datumform is not None and signed is None:
            problems.append(report.problem(report.at(("undertecknare", i, "datumform")), (
                "'datumform' säger hur underskriftens datum skrivs men underskriften har "
                "inget datum, skriv datumet, t.ex. 'datum: 2016-12-15', eller ta bort "
                "'datumform'")))
    return problems


def _by(name: str | None) -> str:
    """'av Anna Berg ' for a signature block with a name, nothing for one without."""
    return f"av {name} " if name else ""


def _iso_dates(text: str) -> Iterator[tuple[int, str, datetime.date]]:
    """Valid ISO dates in text, with offset and text as written."""
    if not _ISO_HINT.search(text):
        return
    for match in _iso().finditer(text):
        try:
            day = datetime.date(*(int(part) for part in match.groups()))
        except ValueError:
            continue
        yield match.start(), match.group(), day


def written_dates(
    text: str, months: Iterable[tuple[int, str]] = tuple(enumerate(MONTHS, 1))
) -> Iterator[tuple[int, str, datetime.date]]:
    """Valid dates in ISO form and in words with their year in text, with offset and text as
    written (months: those whose names the text may hold, `months_in`)."""
    return chain(_iso_dates(text), _word_dates(text, months))


def months_in(texts: Iterable[str]) -> tuple[tuple[int, str], ...]:
    """The months (number, name) whose names the texts hold, looked for in all at once: a
    plain search, far faster than a pattern that starts with a digit, and one for each
    month in a case, not in each of its texts."""
    joined = "\n".join(texts)
    return tuple((number, month) for number, month in enumerate(MONTHS, 1) if month in joined)


def _word_dates(
    text: str, months: Iterable[tuple[int, str]]
) -> Iterator[tuple[int, str, datetime.date]]:
    """Valid dates in words with their year in text ('27 juni 2017'), with offset and text as
    written: each name of the months (number, name) that it may hold, with a day and a
    year beside it."""
    for number, month in months:
        at = text.find(month)
        while at >= 0:
            found = _word_date_at(text, at, at + len(month), number)
            if found is not None:
                yield found
            at = text.find(month, at + len(month))


def _word_date_at(
    text: str, start: int, end: int, month: int
) -> tuple[int, str, datetime.date] | None:
    """The valid date whose month's name (the month-th) is text[start:end], with its offset
    and text as written; None if no day and year stand beside the name."""
    day, year = day_and_year(text, start, end)
    if day is None or year is None:
        return None
    try:
        found = datetime.date(int(year[1]), month, int(day[1]))
    except ValueError:
        return None
    return day.start(), text[day.start():year.end()], found


def day_and_year(
    text: str, start: int, end: int
) -> tuple[re.Match[str] | None, re.Match[str] | None]:
    """The day right before the month's name text[start:end] and, if there is one, the
    year right after it."""
    day = _day_before().search(text, max(0, start - _DAY_BACK), start)
    return day, _year_after().match(text, end) if day is not None else None


def impossible_dates(
    text: str, months: Iterable[tuple[int, str]] = tuple(enumerate(MONTHS, 1))
) -> Iterator[tuple[int, str, str]]:
    """Dates in text that do not exist, in ISO form ('2025-02-30') and in words, with or
    without the year ('30 februari 2025', '31 april'), read as `written_dates` reads them:
    offset, text as written and why (`why_impossible`)."""
    if _ISO_HINT.search(text):
        for match in _iso().finditer(text):
            year, month, day = (int(part) for part in match.groups())
            if not _exists(year, month, day):
                yield match.start(), match.group(), why_impossible(year, month, day)
    for number, month_name in months:
        at = text.find(month_name)
        while at >= 0:
            yield from _impossible_word_date(text, at, at + len(month_name), number)
            at = text.find(month_name, at + len(month_name))


def _impossible_word_date(
    text: str, start: int, end: int, month: int
) -> Iterator[tuple[int, str, str]]:
    """The date in words whose month's name is text[start:end], if it does not exist."""
    day, year = day_and_year(text, start, end)
    the_year = int(year[1]) if year else None
    if day is not None and not _exists(the_year, month, int(day[1])):
        written = text[day.start():year.end() if year else end]
        yield day.start(), written, why_impossible(the_year, month, int(day[1]))


def _exists(year: int | None, month: int, day: int) -> bool:
    """Whether the date exists (in some year, when year is None: 29 februari does)."""
    try:
        datetime.date(year or 2024, month, day)
    except ValueError:
        return False
    return True


def impossible_date_problems(
    loc: Loc, text: str, report: Reporter,
    months: Iterable[tuple[int, str]] = tuple(enumerate(MONTHS, 1)),
) -> list[Problem]:
    """An error at each date in the text at loc that does not exist, worded as a date value
    that does not exist is (`yaml_loader`)."""
    return [
        report.problem(report.in_text(loc, text, offset, written),
                       f"ogiltigt datum '{' '.join(written.split())}', {why}")
        for offset, written, why in impossible_dates(text, months)]


def _six_digit_dates(
    text: str, century: int, literals: Sequence[LiteralAmount]
) -> Iterator[tuple[int, str, datetime.date]]:
    """Valid YYMMDD dates in text (not part of one of its amounts, literals), with offset
    and text as written."""
    if not may_hold_digits(text, 6):  # (what `_six` needs: most texts have no six digits)
        return
    starts = [literal.offset for literal in literals]
    for match in _six().finditer(text):
        before = bisect_right(starts, match.start()) - 1  # the last amount starting here or before
        if before >= 0 and match.start() < starts[before] + len(literals[before].text):
            continue
        year, month, day = (int(part) for part in match.groups())
        try:
            found = datetime.date(century + year, month, day)
        except ValueError:
            continue
        yield match.start(), match.group(), found


def _later(written: str, dated: datetime.date) -> str:
    """Message for a date in a text that lies after the document's date (as written, each
    run of whitespace one space)."""
    return (
        f"datumet '{' '.join(written.split())}' i texten ligger efter dokumentets datum "
        f"{dated.isoformat()}, rätta datumet om texten beskriver något som redan skett"
    )


def text_date_problems(
    case: Case, loc: Loc, text: str, literals: Sequence[LiteralAmount], report: Reporter,
    months: Iterable[tuple[int, str]] = tuple(enumerate(MONTHS, 1)),
) -> list[Problem]:
    """Report two-digit years in a text (literals: its amounts), and warn about dates after
    the document and weekdays that are not their dates' (months: those whose names the
    text may hold, `months_in`)."""
    problems = impossible_date_problems(loc, text, report, months)
    for offset, written, day in written_dates(text, months):
        problems += _date_problems(case, loc, text, (offset, written, day), report)
    century = case.datum.year // 100 * 100 if case.datum else 2000  # (undated: this century)
    for offset, written, day in _six_digit_dates(text, century, literals):
        where = report.in_text(loc, text, offset, written)
        message = (
            f"datumet '{written}' har tvåsiffrigt år, skriv {day.isoformat()} "
            f"(eller {text_date(day)} i löpande text)"
        )
        problems.append(report.problem(where, message, "varning"))
        problems += _date_problems(case, loc, text, (offset, written, day), report)
    return problems


def _date_problems(
    case: Case, loc: Loc, text: str, date: tuple[int, str, datetime.date], report: Reporter
) -> list[Problem]:
    """Warn about a date in a text (its offset, text as written and day) that lies after the
    document's, or in a list of beslutsunderlag after the meeting's (`underlag_dates`), unless
    it looks ahead, and about a weekday beside it that is not its own."""
    offset, written, day = date
    problems: list[Problem] = []
    dated = case.datum or None
    decided = meeting_before(case, loc, day)
    if decided is not None and not _ahead(loc, text, offset, offset + len(written)):
        where = report.in_text(loc, text, offset, written)
        problems.append(report.problem(where, later_than_meeting(written, decided), "varning"))
    elif dated and day > dated and not _ahead(loc, text, offset, offset + len(written)):
        where = report.in_text(loc, text, offset, written)
        problems.append(report.problem(where, _later(written, dated), "varning"))
    weekday = weekday_problem(dated, loc, text, offset, day, report)
    return problems if weekday is None else [*problems, weekday]


def check_dates(
    case: Case, texts: Mapping[Loc, str], amounts: Mapping[Loc, Sequence[LiteralAmount]],
    report: Reporter,
) -> list[Problem]:
    """Every rule about dates: events, the justering, signatures and dates written in the
    texts (whose amounts are given, as dates are not looked for inside them)."""
    problems = event_problems(case, report) + approval_problems(case, report)
    problems += signing_problems(case, report)
    months = months_in(texts.values())
    for loc, text in texts.items():
        problems += text_date_problems(case, loc, text, amounts[loc], report, months)
    return problems

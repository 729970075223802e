"""Two slips of a val (an election in a protocol), read from names written "Namn (parti)".

Trial 55, F7 (Gotland's KF § 6, as a secretary retyped it): "Lena Celion (m)" was elected
both ledamot and ersättare in one decision, and "Lars Thomsson (C)" stood beside "Eva
Nypelius (c)"; neither got a word. Only names followed by a party's letters in brackets are
read, two or more words with a capital each ("Per-Olof Jacobsson (c)", "Stefaan De Maecker
(mp)"), so that no other bracket counts:

* in the points of one decision (or one proposal), a name elected ledamot and the same name
  elected ersättare of the same body is a warning. A name's role is the last of "ledamot",
  "ledamöter", "ersättare" (in any form) before it in its point, with the body the word
  after "i" ("ersättare i kommunstyrelsen"); a name after "för" ("vid förhinder för Brittis
  Benzler (v)", "ersättare för …") is the one stood in for, not elected, and a name with no
  role word before it ("till ordförande välja …") is not read;
* in all the case's texts, one party's letters written in two letter cases ("(c)" and
  "(C)") is a warning, once per party, at the first place written the less common way.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator, Mapping
from functools import cache
from typing import Final, NamedTuple

from generator.checks.report import Reporter
from generator.problems import Loc, Problem

_PARTY: Final = re.compile(r"\([A-Za-zÅÄÖåäö]{1,3}\)")
"""What every name with its party holds: looked for first, as a pattern that starts with a
character is found far faster than `_NAME`, which starts with a look-behind."""
_NAME: Final = re.compile(
    r"(?<![\w-])(?P<name>[A-ZÅÄÖÉÜ][\w'-]*(?:[ \u00a0]+[A-ZÅÄÖÉÜ][\w'-]*)+)"
    r"[ \u00a0]+\((?P<party>[A-Za-zÅÄÖåäö]{1,3})\)")
"""A name of two or more capitalised words with its party's letters in brackets."""


@cache
def _role() -> re.Pattern[str]:
    return re.compile(
        r"(?<!\w)(?:(?P<member>ledam(?:ot|oten|öter|öterna))|ersättar(?:e|en|na))(?!\w)"
        r"(?:\s+i\s+(?P<body>\w+))?", re.IGNORECASE)


_STOOD_IN_FOR: Final = re.compile(r"(?<!\w)för\s+$", re.IGNORECASE)
_WORDS: Final = {"forslag": "förslag", "beslut": "beslut"}
_MEMBER, _SUBSTITUTE = "ledamot", "ersättare"


class _Elected(NamedTuple):
    """A name elected in a point: its role ('ledamot' or 'ersättare'), the body it is
    elected to (None where the point does not say), and where it is written."""

    name: str
    role: str
    body: str | None
    loc: Loc
    offset: int
    written: str


def val_problems(texts: Mapping[Loc, str], report: Reporter) -> list[Problem]:
    """Warn about a name elected both ledamot and ersättare of one body in one decision or
    proposal, and about a party's letters written in two letter cases."""
    named = {loc: text for loc, text in texts.items() if "(" in text and _PARTY.search(text)}
    if not named:
        return []
    return _both_roles(named, report) + _party_cases(named, report)


def _both_roles(texts: Mapping[Loc, str], report: Reporter) -> list[Problem]:
    """A warning at the ersättare of each name elected ledamot of the same body in the
    same decision (or proposal)."""
    problems: list[Problem] = []
    for part in _WORDS:
        elected = [one for loc, text in texts.items() if loc[:2] == (part, "punkter")
                   for one in _elected(loc, text)]
        members = {(one.name, one.body): one for one in elected if one.role == _MEMBER}
        for one in elected:
            member = members.get((one.name, one.body))
            if one.role == _SUBSTITUTE and member is not None:
                line = report.in_text(member.loc, texts[member.loc], member.offset,
                                      member.written).line
                where = report.in_text(one.loc, texts[one.loc], one.offset, one.written)
                body = f" i {one.body}" if one.body else ""
                message = (f"'{one.written}' väljs både till ledamot (rad {line}) och till "
                           f"ersättare{body} i samma {_WORDS[part]}; en ledamot kan inte vara "
                           "sin egen ersättare, rätta namnet eller ta bort det ur den ena listan")
                problems.append(report.problem(where, message, "varning"))
    return problems


def _elected(loc: Loc, text: str) -> Iterator[_Elected]:
    """The names a point elects, with the role and body of the last role word before each."""
    roles = list(_role().finditer(text))
    ends = [role.end() for role in roles]
    for match in _NAME.finditer(text) if roles else ():
        before = bisect_right(ends, match.start())
        if not before or _STOOD_IN_FOR.search(text, max(0, match.start() - 8), match.start()):
            continue
        role = roles[before - 1]
        body = role["body"].lower() if role["body"] else None
        yield _Elected(" ".join(match["name"].split()), _MEMBER if role["member"] else
                       _SUBSTITUTE, body, loc, match.start(), match.group(0))


def _party_cases(texts: Mapping[Loc, str], report: Reporter) -> list[Problem]:
    """A warning for each party whose letters are written in two letter cases, at the
    first place written other than the most common way."""
    places: dict[str, list[tuple[Loc, re.Match[str]]]] = {}
    for loc, text in texts.items():
        for match in _NAME.finditer(text):
            places.setdefault(match["party"].lower(), []).append((loc, match))
    problems: list[Problem] = []
    for found in places.values():
        spellings = Counter(match["party"] for _, match in found)
        if len(spellings) < 2:
            continue
        usual, count = spellings.most_common(1)[0]
        loc, match = next((loc, match) for loc, match in found if match["party"] != usual)
        written = f"({match['party']})"
        where = report.in_text(loc, texts[loc], match.start("party") - 1, written)
        places_word = "ställe" if count == 1 else "ställen"
        message = (f"partiet skrivs '{written}' här men '({usual})' på {count} {places_word}; "
                   "skriv partiets bokstäver på samma sätt i hela ärendet")
        problems.append(report.problem(where, message, "varning"))
    return problems

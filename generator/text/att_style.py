"""Att-satser as the document prints them: after 'att', so without an 'att' of their own and
beginning in lower case unless the first word is a name.

A point typed as a protocol has it, 'att av stimulansbidraget ska …', and would read 'att
att av …'; a point typed as a sentence, 'Föreslå regionfullmäktige …', would read 'att
Föreslå …'. The document prints such a point without its 'att' and with the common first
word in lower case (`as_att_point`), and the checks warn at it (`checks.att_points`), so
that the case file is set right too.

A name cannot be told from a common word by its letters ('att Region Gotland …' is right),
so only a first word known as a common one is lowered: a word that often begins an
att-sats (the verbs of a decision, the pronouns and the nouns points start with) or a verb
ending in '-era' (notera, delegera), or a noun made of a verb, in the definite form
('Utdebiteringen …', 'Fördelningen …'; trial 40). So is the subject of a whole sentence that
begins the point: a noun in the definite form or a participle ('Motionen anses besvarad …',
'Upprättat förslag … godkänns'; trial 48), followed by a word in lower case and, before the
sentence ends, a finite verb of a decision ('anses', 'bifalls', 'godkänns', 'får'), unless it
names a body ('Byggnadsnämnden får i uppdrag …'). Any other capitalised word, and a word in
capitals only (SKR), is taken to be a name: a missed warning costs less than 'region gotland'.

A point that begins with a function word in capitals (a preposition, adverb or conjunction:
'Inom en total låneram på 1 000 mnkr bemyndigas kommunstyrelsen …', as the protocol has it)
is a whole sentence, not an att-sats: in lower case it would still read wrong ('att inom …
bemyndigas'), so it is printed as written and the checks say how to write it
(`sentence_start`).
"""

from __future__ import annotations

import re
from typing import Final

_COMMON_STARTS: Final = frozenset({
    "godkänna", "anta", "fastställa", "uppdra", "ge", "ta", "bevilja", "avslå", "bifalla",
    "tillstyrka", "avstyrka", "notera", "lägga", "överlämna", "anvisa", "fördela", "omfördela",
    "tilldela", "avsätta", "delegera", "återremittera", "bordlägga", "besluta", "föreslå",
    "hemställa", "begära", "utse", "välja", "entlediga", "tillsätta", "upphäva", "ändra",
    "förlänga", "teckna", "ingå", "avge", "yttra", "uppmana", "ersätta", "betala", "utbetala",
    "återbetala", "inrätta", "avveckla", "genomföra", "godta", "avsluta", "överföra",
    "redovisa", "återrapportera", "ställa", "tillföra", "bemyndiga", "medge", "tillåta",
    "lämna", "remittera", "anmäla", "upphandla", "förvärva", "sälja", "köpa", "avyttra",
    "ansöka", "upprätta", "utöka", "minska", "höja", "sänka", "bilda", "anse", "förklara",
    "tacka", "bekräfta", "instämma", "ansluta", "utreda", "pröva", "införa",
    "utfärda", "upplåta", "överlåta", "hyra", "låna", "uppta", "ikläda", "säga", "öka",
    "starta", "påbörja", "inleda", "avbryta", "fortsätta", "tillämpa", "belasta", "täcka",
    "bekosta", "tillskjuta", "avskriva", "avstå", "medverka", "delta", "underteckna",
    "anställa", "förordna", "utnämna", "utlysa", "vidta", "verkställa", "återkalla",
    "utvidga", "begränsa", "flytta", "inhämta", "skjuta", "hänskjuta", "besvara", "låta",
    "den", "det", "de", "denna", "detta",
    "dessa", "en", "ett", "samtliga", "alla", "varje", "resterande", "återstående", "yttrande",
    "yttrandet", "ärendet", "förslag", "förslaget", "rapporten", "redovisningen",
    "informationen", "beslutet", "uppdraget", "medlen", "medel", "bidrag", "bidraget",
    "bidragen", "verksamhetsbidrag", "anslaget", "anslag", "ansökan", "ansökningen", "avtalet",
    "budgeten", "planen", "handlingsplanen", "kostnaderna", "beloppet", "återstoden",
    "överskottet", "underskottet", "ramen", "remissvaret", "svaret",
})
"""Common words that often begin an att-sats, in lower case."""
_ACTION_NOUNS: Final = ("ingen", "ingarna")
"""The endings of a noun made of a verb, in the definite form ('Utdebiteringen för 2023
fastställs …', 'Fördelningen av medlen …'), which begins an att-sats as a common word."""
_FUNCTION_WORDS: Final = frozenset({
    "inom", "för", "med", "till", "under", "efter", "från", "i", "av", "vid", "som", "om",
    "enligt", "inför", "utöver", "genom", "då", "när", "eftersom", "samtidigt", "dessutom",
    "på", "över", "mot", "hos", "utan", "ur", "mellan", "bland", "bakom", "trots", "sedan",
    "innan", "medan", "därför", "därmed", "därutöver", "därefter", "härmed", "härutöver",
    "vidare", "slutligen", "även", "också", "endast", "bara", "dock", "likaså", "och",
    "eller", "samt", "men", "utifrån", "beträffande", "angående", "avseende", "gällande",
    "rörande", "vad", "ifall", "såsom", "liksom", "framöver", "fortsättningsvis",
})
"""Prepositions, adverbs and conjunctions a whole sentence begins with, in lower case."""
_SUBJECT_ENDINGS: Final = ("en", "et", "na", "at", "ad", "ade")
"""The endings of a noun in the definite form ('Motionen', 'Avtalet', 'Medlen', 'Planerna')
and of a participle ('Upprättat', 'Reviderad', 'Föreslagna'), a sentence's common subject."""
_BODY_ENDINGS: Final = ("nämnden", "styrelsen", "fullmäktige", "utskottet", "kontoret",
                        "revisionen", "direktören", "beredningen", "rådet")
"""The endings of the name of a body, which keeps its capital ('Byggnadsnämnden får …')."""
_FINITE: Final = frozenset({"ska", "skall", "får", "är", "blir", "kan", "bör", "har"})
"""Finite verbs other than the passive of a decision's verb that a whole sentence has."""
FIRST_WORD: Final = re.compile(r"\s*(\w+)")
_SENTENCE_END: Final = re.compile(r"[.!?;:](?:\s|$)")
_WORD: Final = re.compile(r"[\w-]+")
_OWN_ATT: Final = re.compile(r"\s*att\s+", re.IGNORECASE)


def common_capitalised(word: str) -> bool:
    """Whether a word is a common word written with a capital (not a name, not an acronym,
    not a word that begins with one: 'IT-avdelningen')."""
    if not word[0].isupper() or any(map(str.isupper, word[1:])):
        return False
    lower = word.lower()
    return (lower in _COMMON_STARTS or (len(lower) >= 6 and lower.endswith("era"))
            or (len(lower) >= 9 and lower.endswith(_ACTION_NOUNS)))


def common_start(text: str) -> bool:
    """Whether a point begins with a common word written with a capital: one known as common
    (`common_capitalised`), or the common subject of the whole sentence the point is
    ('Motionen anses besvarad …', 'Upprättat förslag … godkänns')."""
    words = _WORD.findall(_SENTENCE_END.split(text, maxsplit=1)[0])
    if not words:
        return False
    first = words[0]
    if common_capitalised(first):
        return True
    lower = first.lower()
    # (only its first letter a capital: 'VA-budgeten' begins with an abbreviation)
    return (first[0].isupper() and first[1:].islower() and len(words) > 1
            and words[1][0].islower() and len(lower) >= 6 and lower.endswith(_SUBJECT_ENDINGS)
            and not lower.endswith(_BODY_ENDINGS) and any(map(_finite, words[1:])))


def _finite(word: str) -> bool:
    """Whether a word is a finite verb of a decision: one of `_FINITE`, or the passive of a
    verb points begin with ('godkänns', 'antas', 'anses', 'noteras')."""
    if word in _FINITE:
        return True
    if not word.endswith("s"):
        return False
    stem = word[:-1]
    return (stem in _COMMON_STARTS or stem + "a" in _COMMON_STARTS
            or (len(stem) >= 6 and stem.endswith("era")))


_NOT_VERBS: Final = frozenset({"de", "denna", "detta", "dessa", "samtliga", "alla", "resterande",
                               "återstående", "yttrande"})
"""The words of `_COMMON_STARTS` that end as an infinitive does but are none."""


def passive_infinitive(word: str) -> str | None:
    """The infinitive of a verb of a decision in the passive -s form ('godkänns' →
    'godkänna', 'antas' → 'anta', 'noteras' → 'notera', 'utses' → 'utse'); None for any
    other word, nouns ending in -s among them ('kurs', 'process', 'förslagets')."""
    lower = word.lower()
    stem = lower[:-1]
    if not lower.endswith("s") or stem in _NOT_VERBS:
        return None
    if stem + "a" in _COMMON_STARTS:
        return stem + "a"
    if stem.endswith(("a", "å", "e")) and (stem in _COMMON_STARTS
                                          or (len(stem) >= 6 and stem.endswith("era"))):
        return stem
    return None


def sentence_start(word: str) -> bool:
    """Whether a word is a function word written with a capital, which begins a whole
    sentence rather than an att-sats ('Inom en total låneram … bemyndigas …')."""
    acronym = len(word) > 1 and word.isupper()  # ('I' is a word, 'OM' is not)
    return word[:1].isupper() and not acronym and function_word(word)


def function_word(word: str) -> bool:
    """Whether a word is a preposition, adverb or conjunction a sentence may begin with
    ('inom', 'för', 'i'), in any case: before a verb, the sentence's adverbial, after which
    Swedish puts the verb before its subject ('för köpet beviljas nämnden …')."""
    return word.lower() in _FUNCTION_WORDS


def as_att_point(text: str) -> str:
    """A point as printed after 'att': its own leading 'att' left out, and a common first
    word written with a capital in lower case ('att Föreslå …' → 'föreslå …')."""
    own = _OWN_ATT.match(text)
    if own is not None:
        text = text[own.end():]
    first = FIRST_WORD.match(text)
    if first is None or not common_start(text):
        return text
    at = first.start(1)
    return text[:at] + text[at].lower() + text[at + 1:]

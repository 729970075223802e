"""Suggestions for misspelt keys and values ("menade du …?"), and for values a secretary
writes in her own words where the case format has another (`typ: procent` is `typ: tal`)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

_PERCENT: Final = ('procent skrivs med % i cellerna, t.ex. "12,5 %"; är de andelar av en '
                   "beloppskolumn, skriv i stället typ: andel och av: kolumnens namn")
_SHARE: Final = "räknas ut i procent av beloppskolumnen som anges med av:, t.ex. av: belopp"
_CHANGE: Final = ("förändringen i procent räknas ut, från beloppskolumnen i fran: till den i "
                  "till:, t.ex. fran: budget24 och till: budget25")
_RATIO: Final = ("en beloppskolumn i procent av en annan räknas ut, taljare: i procent av "
                 "namnare:, t.ex. taljare: utfall och namnare: budget")
# A percentage column whose keys already say what it is computed from (as written: a key
# with å, ä or ö is read as the key without them, so it may stand beside the word).
_COMPUTED: Final = {
    **dict.fromkeys(("fran", "från", "till"), (
        "forandring", "med fran: och till: räknas förändringen i procent ut, från den ena "
                      "beloppskolumnen till den andra")),
    "av": ("andel", "med av: räknas varje rads andel i procent av den beloppskolumnen ut"),
    **dict.fromkeys(("taljare", "täljare", "namnare", "nämnare"), (
        "kvot", "med taljare: och namnare: räknas den ena beloppskolumnen ut i procent av den "
                "andra")),
}
_NUMBER: Final = ("högerställda tal som inte summeras; ska talen summeras i totalraden, "
                  "t.ex. mandat eller invånare, skriv typ: antal")
_COUNT: Final = "högerställda tal utan enhet som summeras i totalraden och delsummorna"
_AMOUNT: Final = "högerställda belopp som summeras, i tabellens enhet"

def _labelled(kind: str) -> str:
    """What to add to a `beslut` that the secretary calls by another name (README: the
    general decision kind covers beslut, protokollsutdrag and meddelande om beslut)."""
    return (f"beslut gäller även {kind.lower()}, lägg till etikett: {kind} så står det i "
            "brevhuvudet")


# A word, the choice it means and what to add: only offered where that choice exists.
_MEANINGS: Final = {
    **dict.fromkeys(("procent", "procentsats", "procentsatser"), ("tal", _PERCENT)),
    **dict.fromkeys(("andelar", "andelen", "share"), ("andel", _SHARE)),
    **dict.fromkeys(("förändringar", "förändringen", "forandringar", "ökning", "utveckling",
                     "change"), ("forandring", _CHANGE)),
    **dict.fromkeys(("kvoter", "kvoten", "ratio", "quotient"), ("kvot", _RATIO)),
    **dict.fromkeys(("nummer", "siffra", "siffror", "heltal", "decimaltal", "number"),
                    ("tal", _NUMBER)),
    **dict.fromkeys(("st", "stycken", "styck", "mandat", "count"), ("antal", _COUNT)),
    **dict.fromkeys(("kronor", "kr", "tkr", "mnkr", "summa", "pengar", "amount"),
                    ("belopp", _AMOUNT)),
    "protokollsutdrag": ("beslut", _labelled("Protokollsutdrag")),
    **dict.fromkeys(("meddelande om beslut", "meddelande_om_beslut"),
                    ("beslut", _labelled("Meddelande om beslut"))),
}


_EXTRACT_HEADING: Final = "rubriken över listan skrivs med utdrag_till_rubrik, t.ex. " \
    "utdrag_till_rubrik: Beslutet skickas till"
_FIRST_HEADER: Final = "rubriken på tabellens första kolumn skrivs med rubrik, t.ex. " \
    "rubrik: Område"
_HEADED_TABLES: Final = frozenset({"kolumnrubrik", "rubrik_risk"})  # keys of medel and risk
_SIGNATURE_LINES: Final = "signaturrader: ja skriver rader att skriva under på, 'Justerandes " \
    "signatur' och, med utdragsbestyrkande, 'Utdragsbestyrkande', för ett utdrag som " \
    "justeras på papper"
_SUMMED_NUMBERS: Final = "tal som ska summeras i totalraden och delsummorna, t.ex. antal " \
    "platser eller deltagartimmar, skrivs med typ: antal; typ: tal summeras aldrig"
_DOCUMENT_KIND: Final = "vilket slags dokument ärendet blir skrivs med dokumenttyp, t.ex. " \
    "dokumenttyp: beslut"
# A key in the secretary's own words, the key it means and a note on it, and the keys of
# which one must be allowed beside it (empty: any place where the key meant is allowed).
_KEY_MEANINGS: Final = {
    **dict.fromkeys(
        ("beslutet_skickas_till", "skickas_till", "expedieras_till", "expediering",
         "expedieras", "sandlista", "sändlista", "utdrag", "beslutet_skickas"),
        ("utdrag_till", _EXTRACT_HEADING, frozenset[str]())),
    **dict.fromkeys(
        ("rubrik_omrade", "rubrik_område", "omradesrubrik", "områdesrubrik",
         "rubrik_insatsomrade", "rubrik_insatsområde", "rubrik_namn", "rubrik_forsta"),
        ("rubrik", _FIRST_HEADER, _HEADED_TABLES)),
    **dict.fromkeys(
        ("signatur", "signaturer", "signaturrad", "signatur_rader", "underskrift",
         "underskrifter", "underskriftsrader", "justerandes_signatur", "signeras",
         "pa_papper", "på_papper"),
        ("signaturrader", _SIGNATURE_LINES, frozenset[str]())),
    **dict.fromkeys(  # (only at the top: a column's 'typ' is a key of its own there)
        ("typ", "doktyp", "dokument_typ", "dokumentets_typ", "arendetyp", "ärendetyp",
         "arendets_typ", "ärendets_typ", "sort", "slag"),
        ("dokumenttyp", _DOCUMENT_KIND, frozenset[str]())),
    **dict.fromkeys(  # (trial 40, F8: a count's total row; a table's column, nothing else;
        ("summering", "summa", "summor"),  # 'summeras' is a key: `typ: belopp, summeras: nej`)
        ("typ", _SUMMED_NUMBERS, frozenset({"taljare"}))),
    **dict.fromkeys(  # (trial 99, F12: 'tel' beside 'titel' was taken for a slip of 'titel')
        ("tel", "tfn", "telnr", "tel_nr", "telefonnummer", "mobil", "mobilnummer",
         "direktnummer"),
        ("telefon", "telefonnumret skrivs under 'telefon', t.ex. telefon: 0480-45 00 00",
         frozenset({"epost"}))),
    **dict.fromkeys(
        ("mail", "mejl", "email", "e_post", "epostadress", "e-postadress", "mejladress"),
        ("epost", "e-postadressen skrivs under 'epost', t.ex. epost: anna.ek@kommun.se",
         frozenset({"telefon"}))),
}


def key_meaning(key: str, allowed: Iterable[str]) -> tuple[str, str] | None:
    """The key a key in the secretary's own words means ('beslutet_skickas_till' is
    'utdrag_till', 'rubrik_omrade' in a risk table 'rubrik'), with a note on it, if that
    key is allowed there."""
    found = _KEY_MEANINGS.get(key.strip().casefold())
    if found is None:
        return None
    allowed = set(allowed)
    meant, note, beside = found
    return (meant, note) if meant in allowed and (not beside or beside & allowed) else None


# A split's method in her own words: weights may be written as percentages.
_METHODS: Final = {
    **dict.fromkeys(("procent", "procentsats", "procentsatser", "andelar", "nyckel",
                     "fördelningsnyckel", "andel"),
                    ("vikter", 'skriv andelarna som vikter, t.ex. vikt: "70 %" och vikt: '
                               '"30 %"')),
    **dict.fromkeys(("invånare", "invånarantal", "folkmängd", "befolkningsandel"),
                    ("befolkning", "skriv invånarantalet som vikt, t.ex. vikt: 245347")),
}


# A style of points in her own words (`forslag.stil`, `beslut.stil`, `forslag_stil`).
_STYLES: Final = {
    **dict.fromkeys(("att-satser", "attsatser", "att-sats", "attsats", "att satser",
                     "att-satserna"),
                    ("att", "punkterna skrivs som att-satser, med 'att' före varje punkt")),
    **dict.fromkeys(("numrerade", "numrerat", "nummer", "numrerad lista", "numrerade punkter",
                     "numrerade meningar", "numrering", "numrerat format", "nummerordning"),
                    ("numrerad", "punkterna skrivs som numrerade hela meningar")),
    **dict.fromkeys(("punktlistor", "punktad", "punktad lista", "punktform", "punktlistan",
                     "listpunkter", "punktade meningar", "strecksatser", "bullets"),
                    ("punktlista", "punkterna skrivs som hela meningar i en punktlista")),
}


def meaning(word: str, choices: Iterable[str],
            beside: Iterable[str] = ()) -> tuple[str, str] | None:
    """The choice a word in the secretary's own words means, with a note on it, if that
    choice is among `choices`: the word as written or misspelt ('procnet'), unless it is
    closer to a choice itself (then `did_you_mean` answers).

    A word for per cent beside keys that say how the percentage is computed (`beside`, the
    other keys where the word is written: 'fran' and 'till', 'av', 'taljare' and 'namnare')
    means that computed type ('forandring', 'andel', 'kvot'), not a column of typed
    percentages."""
    options = list(choices)
    meant = _meaning(word, options)
    if meant is None or meant[1] != _PERCENT:
        return meant
    computed = [_COMPUTED[key] for key in beside if key in _COMPUTED]
    return next((c for c in computed if c[0] in options), meant)


def _meaning(word: str, options: list[str]) -> tuple[str, str] | None:
    """The choice a word means, with a note on it, among `options` (see `meaning`)."""
    meanings = {known: meant for table in (_MEANINGS, _METHODS, _STYLES)
                for known, meant in table.items() if meant[0] in options}
    if word.strip().casefold() in meanings:
        return meanings[word.strip().casefold()]
    if did_you_mean(word, options):
        return None
    close = did_you_mean(word, list(meanings))
    return meanings[close] if close else None


def did_you_mean(word: str, candidates: Iterable[str]) -> str | None:
    """Return the candidate closest to the word, if one is close enough to suggest."""
    options = list(candidates)
    by_fold = {c.casefold(): c for c in options}
    if word.casefold() in by_fold:
        return by_fold[word.casefold()]
    import difflib  # loaded for the first word that needs a suggestion, not at every start

    matches = difflib.get_close_matches(word.casefold(), list(by_fold), n=1, cutoff=0.6)
    return by_fold[matches[0]] if matches else None

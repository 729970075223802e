"""The name of a deciding body as it stands inside a sentence (trial 56, F4).

A body whose name is a common noun ("Styrgruppen", "Kommunstyrelsen", "Barn- och
utbildningsnämnden") is written with a capital at the start of a sentence ("Styrgruppen
beslutar:") and in lower case inside one ("… på nästkommande möte i styrgruppen"). A case
names it once (`beslutande`), and the document prints it in both places: `mid_sentence`
lowers it where it stands inside a sentence.

A name cannot be told from a common noun by its letters, so only a first word written with
a capital and otherwise in lower case that ends as a body of a municipality, a region or an
association does is lowered: "-nämnden", "fullmäktige", "-utskottet", "-gruppen",
"-beredningen", and "styrelsen" alone or after "kommun", "region", "landstings", "förbunds",
"bolags" or "koncern" (a state authority's name, "Länsstyrelsen", "Socialstyrelsen",
"Etikprövningsnämnden", is a name and keeps its capital). So is a name whose first word is
the genitive of such a body ("Kommunstyrelsens arbetsutskott", "Socialnämndens
individutskott": "beslutar kommunstyrelsens arbetsutskott", trial 93, F17). Any other name
("Länschefsnätverket", "Region Stockholm", "IT-nämnden") is printed as written, as a body
written in lower case is.
"""

from __future__ import annotations

import re
from typing import Final

_ENDINGS: Final = ("nämnden", "fullmäktige", "utskottet", "gruppen", "beredningen")
_BOARDS: Final = re.compile(r"(?:kommun|region|landstings|förbunds|bolags|koncern)?styrelsen")
_AUTHORITIES: Final = frozenset({"etikprövningsnämnden", "överklagandenämnden"})
"""State authorities whose name ends as a municipality's body does."""
_JOINED: Final = frozenset({"och", "eller", "samt"})
"""The words that join the first parts of a name to its noun ("Barn- och …nämnden")."""


def mid_sentence(name: str) -> str:
    """The body's name as it stands inside a sentence: with a small first letter where it
    is a common noun ("styrgruppen", "barn- och utbildningsnämnden"), else as written."""
    words = name.split()
    first = words[0] if words else ""
    if not first[:1].isupper() or first[1:] != first[1:].lower():
        return name
    at = 0 if not first.endswith("-") else next(
        (at for at, word in enumerate(words) if not word.endswith("-") and word not in _JOINED),
        len(words))
    noun = words[at].lower().rstrip(",") if at < len(words) else ""
    common = _common_noun(noun) or (  # (a genitive before the body's own noun)
        at < len(words) - 1 and noun.endswith("s") and _common_noun(noun[:-1]))
    return name[:1].lower() + name[1:] if common else name


def _common_noun(word: str) -> bool:
    """Whether a word (in lower case) names a body of a municipality, a region or an
    association, not a state authority."""
    return word not in _AUTHORITIES and (word.endswith(_ENDINGS)
                                         or _BOARDS.fullmatch(word) is not None)


_MEETING_ENDINGS: Final = ("utskott", "utskottet", "nämnd", "nämnden", "styrelse", "styrelsen",
                           "fullmäktige", "gruppen", "beredningen")
"""The endings of the last word of a body's name that decides at a meeting."""


def meeting_body(name: str) -> bool:
    """Whether a name is of a body that decides at a meeting, by the end of its last word
    ("Individutskottet", "Socialnämndens arbetsutskott", "Kommunstyrelsen"), not of a
    person who decides alone, an officer or a chair ("Färdtjänsthandläggaren",
    "Socialnämndens ordförande"): only a body keeps minutes of its decisions (trial 80,
    F2)."""
    words = name.casefold().split()
    return bool(words) and words[-1].endswith(_MEETING_ENDINGS)

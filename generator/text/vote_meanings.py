"""What a vote's ja or nej means, as it stands inside a sentence (trial 79).

A protocol prints a vote's meanings mid-sentence: "Ja-röst betyder bifall till
kommunstyrelsens förslag och nej-röst avslag" and "… beslutar kommunstyrelsen om bifall
till …". A case may write a meaning as a line of its own, "Bifall till kommunstyrelsens
förslag"; its capital is lowered where the first word is a word of a vote ("bifall",
"avslag", "återremiss" …) or the genitive of a body whose name is a common noun
("Kommunstyrelsens förslag", by `body_names.mid_sentence`). Any other first word may be a
name ("Anna Bergs yrkande", "Länsstyrelsens förslag", "Moderaternas yrkande") and is printed
as written.
"""

from __future__ import annotations

from typing import Final

from generator.text.body_names import mid_sentence

_VOTE_WORDS: Final = frozenset({
    "bifall", "avslag", "återremiss", "bordläggning", "ajournering", "att", "avgörande",
    "förslaget", "yrkandet", "motionen", "ärendet"})
"""First words of a vote's meaning that are no names."""


def meaning_mid_sentence(meaning: str) -> str:
    """The meaning with a small first letter where its first word is a vote's word or a
    common-noun body's genitive; else as written."""
    first = meaning.split(maxsplit=1)[0] if meaning.strip() else ""
    if not first[:1].isupper() or first[1:] != first[1:].lower():
        return meaning
    lowered = meaning[:1].lower() + meaning[1:]
    if first.rstrip(",.:;").lower() in _VOTE_WORDS:
        return lowered
    return mid_sentence(meaning)


"""A counted vote (omröstning) of a decision, as a protocol records it (trial 51, F7).

The counts are the case's own (`ja`, `nej`, `avstar`) or counted from a `voteringslista`,
one ledamot to a line; `checks/votes.py` holds them to each other and to `ledamoter`, and
`compute/votes.py` counts them.
"""

# No `from __future__ import annotations`: pydantic reads each field's type itself.

from typing import Annotated, Literal

from pydantic import BeforeValidator, Field

from generator.case.model_base import CaseModel, empty_dict

VoteChoice = Literal["ja", "nej", "avstår", "frånvarande"]
"""How one ledamot voted, as a voteringslista writes it."""
_PLAIN = {"avstar": "avstår", "franvarande": "frånvarande"}


def _non_negative(value: object) -> object:
    """A count of ledamöter or votes is zero or more."""
    if isinstance(value, int) and not isinstance(value, bool) and value < 0:
        raise ValueError(f"antalet får inte vara negativt ({value}), skriv 0 eller fler")
    return value


def _choice(value: object) -> object:
    """'avstar' and 'franvarande' written without å and ä are the words with them."""
    if isinstance(value, str):
        return _PLAIN.get(value.strip().lower(), value.strip().lower())
    return value


Count = Annotated[int, BeforeValidator(_non_negative)]
Choice = Annotated[VoteChoice, BeforeValidator(_choice)]


class Vote(CaseModel):
    """En omröstning (votering): vad ja och nej betyder och hur många som röstade hur."""

    ja_betyder: str = Field(
        min_length=1, description="Vad en ja-röst betyder, skrivet som mitt i en mening, t.ex. "
        "'bifall till kommunstyrelsens förslag' ('Ja-röst betyder bifall till "
        "kommunstyrelsens förslag …' och, när ja vinner, '… beslutar kommunfullmäktige bifall "
        "till kommunstyrelsens förslag'). Skrivet med stor bokstav ('Bifall till …', "
        "'Kommunstyrelsens förslag') skrivs det med liten, utom där det börjar med ett namn "
        "('Anna Bergs yrkande')."
    )
    nej_betyder: str = Field(
        min_length=1, description="Vad en nej-röst betyder, t.ex. 'bifall till Anna "
        "Anderssons yrkande' eller 'avslag på motionen'."
    )
    ja: Count | None = Field(
        None, description="Antalet ja-röster; utan det räknas de i 'voteringslista'."
    )
    nej: Count | None = Field(
        None, description="Antalet nej-röster; utan det räknas de i 'voteringslista'."
    )
    avstar: Count | None = Field(
        None, description="Antalet ledamöter som avstår från att rösta; utan det räknas de "
        "i 'voteringslista', annars 0."
    )
    franvarande: Count | None = Field(
        None, description="Antalet ledamöter som inte deltar i omröstningen (räknas bara mot "
        "'ledamoter', skrivs inte ut); utan det räknas de i 'voteringslista', annars 0."
    )
    ledamoter: Count | None = Field(
        None, description="Antalet tjänstgörande ledamöter; ja, nej, avstår och frånvarande "
        "ska tillsammans bli så många."
    )
    utslagsrost: Literal["ja", "nej"] | None = Field(
        None, description="Vid lika röstetal: hur ordföranden använde sin utslagsröst, 'ja' "
        "eller 'nej' ('… beslutar kommunstyrelsen genom ordförandens utslagsröst …')."
    )
    voteringslista: dict[str, Choice] = Field(
        default_factory=empty_dict, description="Hur var och en röstade, en ledamot per rad: "
        "'Anna Berg (S): ja', och 'nej', 'avstår' eller 'frånvarande'; räknas ihop till "
        "antalen (skrivs de också ska de stämma med listan)."
    )

"""How the default method sentence of a split by weights names its key and its rate.

* `befolkning` is split "efter befolkningsandel", and a rate is "per invånare", whatever the
  weight column's header.
* `vikter` with a weight column (`rubrik_vikt: Mandat`) is split "efter antal mandat": the
  header as a noun (its first letter lower-cased unless its first word is an abbreviation
  such as "KF", a trailing unit in parentheses dropped), after "antal" when every weight is
  a whole number and none a percentage and the header does not start with "antal" already
  ("efter andel" for shares in percent). Without a header: "efter en fördelningsnyckel".
* A rate (`per_vikt`) is "med 13 280 kr per mandat": the header's noun without a leading
  "antal"; without a header "per viktenhet".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from generator.formatting import NBSP, as_written

_UNIT_SUFFIX = re.compile(r"\s*\([^()]*\)$")
_ANTAL = "antal "


def key_noun(header: str) -> str:
    """The weight column's header as a noun in running text: "Antal mandat (st)" is
    "antal mandat", "KF-mandat" stays as it is."""
    noun = _UNIT_SUFFIX.sub("", header.strip()) or header.strip()
    first = noun.split(maxsplit=1)[0]
    if len(first) > 1 and first.split("-")[0].isupper():
        return noun
    return noun[:1].lower() + noun[1:]


def how_phrase(method: str, header: str | None, weights: Sequence[Decimal], percent: bool,
               rate: Decimal | None) -> str:
    """How a split by `method` is made, after "fördelat"/"fördelas": "efter antal mandat",
    "med 13 280 kr per mandat", or "" for the method's own wording."""
    if rate is not None:
        return f"med {as_written(rate)}{NBSP}kr per {_unit_word(method, header)}"
    if method != "vikter" or not header or not header.strip():
        return ""
    noun = key_noun(header)
    whole = all(weight == weight.to_integral_value() for weight in weights)
    if percent or not whole or noun.startswith(_ANTAL):
        return f"efter {noun}"
    return f"efter {_ANTAL}{noun}"


def _unit_word(method: str, header: str | None) -> str:
    """What one unit of weight is: "invånare" (befolkning), the header's noun ("mandat"),
    or "viktenhet"."""
    if method == "befolkning":
        return "invånare"
    if not header or not header.strip():
        return "viktenhet"
    return key_noun(header).removeprefix(_ANTAL)

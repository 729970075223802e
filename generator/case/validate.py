"""Turn loaded YAML into a `Case`, translating pydantic's errors into Swedish problems."""

from __future__ import annotations

import copy as copy_module
import re
from collections.abc import Sequence
from functools import cache
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from generator.case.model_paths import allowed_keys
from generator.case.suggest import did_you_mean, meaning
from generator.case.yaml_loader import LoadedYaml
from generator.problems import Problem

M = TypeVar("M", bound=BaseModel)

_TYPE_NAMES = {
    "string_type": "ska vara text",
    "string_too_short": "får inte vara tom, skriv en text",
    "int_type": "ska vara ett heltal",
    "int_parsing": "ska vara ett heltal",
    "bool_type": "ska vara true eller false",
    "bool_parsing": "ska vara true eller false",
    "list_type": "ska vara en lista (rader som börjar med '- ')",
    "model_type": "ska vara en samling nycklar (nyckel: värde)",
    "model_attributes_type": "ska vara en samling nycklar (nyckel: värde)",
    "dict_type": "ska vara en samling nycklar (nyckel: värde)",
    "date_type": "ska vara ett datum, skriv ÅÅÅÅ-MM-DD",
    "date_parsing": "ska vara ett datum, skriv ÅÅÅÅ-MM-DD",
    "date_from_datetime_parsing": "ska vara ett datum, skriv ÅÅÅÅ-MM-DD",
    "date_from_datetime_inexact": "ska vara ett datum utan klockslag, skriv ÅÅÅÅ-MM-DD",
    "datetime_type": "ska vara datum och tid, skriv ÅÅÅÅ-MM-DD TT:MM:SS +01:00",
    "datetime_parsing": "ska vara datum och tid, skriv ÅÅÅÅ-MM-DD TT:MM:SS +01:00",
    "timezone_aware": "ska ha tidszon, skriv t.ex. 2019-04-01 09:38:46 +02:00",
}


RETIRED_KEYS = {
    "beredande_organ": "nyckeln 'beredande_organ' finns inte längre; skriv i texten vem som "
    "berett ärendet, t.ex. 'Styrgruppen har berett ärendet.'",
}
"""Keys earlier versions accepted, with what to write instead."""


def validate_model(model: type[M], loaded: LoadedYaml, path: str) -> tuple[M | None, list[Problem]]:
    """Validate the data against the model; return it (if possible) and every problem.

    A missing key that an unknown key's suggestion names ('titl', menade du 'titel'?) is not
    reported apart: the one message already says what to write. When the only errors are
    unknown keys, the data is validated again without them, so the
    later checks (sums, names, dates) can still run and all problems are reported at once.
    The problems are errors either way, so such a case is never rendered.
    """
    try:
        return model.model_validate(loaded.data), []
    except ValidationError as exc:
        errors = _answered_by_suggestion(model, _one_per_place(exc.errors(include_url=False)))
    problems = sorted((_problem(model, loaded, path, err) for err in errors),
                      key=lambda p: p.position)
    if all(err["type"] == "extra_forbidden" for err in errors):
        pruned = _without(loaded.data, [tuple(err["loc"]) for err in errors])
        try:
            return model.model_validate(pruned), problems
        except ValidationError:
            pass
    return None, problems


@cache
def _union_tag() -> re.Pattern[str]:
    """The names pydantic puts in an error's place for the member of a union that was tried
    (compiled for the first invalid case, not at every start)."""
    return re.compile(
        r"(constrained-)?(str|int|float|bool|bytes|list|dict|tuple|set|decimal|date|datetime|"
        r"literal|union|nullable|model|json-or-python|lax-or-strict|function-(before|after|"
        r"wrap|plain)|is-instance|chain|tagged-union)(\[.*\])?"
    )


def _one_per_place(errors: Sequence[ErrorDetails]) -> list[ErrorDetails]:
    """Drop union member names from error places; of a union's errors keep one per place.

    A value that fits no member of `str | list[str]` gives one error per member; the secretary
    needs one message: the type errors are joined ("ska vara text eller en lista").
    """
    by_place: dict[tuple[str | int, ...], list[ErrorDetails]] = {}
    union_tag = _union_tag()
    for err in errors:
        loc = tuple(part for part in err["loc"]
                    if not (isinstance(part, str) and union_tag.fullmatch(part)))
        cleaned: ErrorDetails = {**err, "loc": loc}
        by_place.setdefault(loc, []).append(cleaned)
    return [_joined(group) for group in by_place.values()]


def _joined(group: list[ErrorDetails]) -> ErrorDetails:
    """One error for a place: the first, or the union's type errors joined into one."""
    kinds = [err["type"] for err in group]
    if len(group) == 1 or not all(kind in _TYPE_NAMES for kind in kinds):
        return group[0]
    wanted = dict.fromkeys(_TYPE_NAMES[kind].removeprefix("ska vara ") for kind in kinds)
    return {**group[0], "type": "union_types", "msg": "ska vara " + " eller ".join(wanted)}


def _answered_by_suggestion(model: type[BaseModel],
                            errors: list[ErrorDetails]) -> list[ErrorDetails]:
    """The errors without each missing key that an unknown key beside it is suggested to be."""
    suggested = {(*err["loc"][:-1], key) for err in errors if err["type"] == "extra_forbidden"
                 and (key := _suggestion(model, err["loc"]))}
    return [err for err in errors
            if err["type"] != "missing" or tuple(err["loc"]) not in suggested]


def _without(data: Any, locs: Sequence[tuple[str | int, ...]]) -> Any:
    """A deep copy of the data with the keys at the given locations removed."""
    copy = copy_module.deepcopy(data)
    for loc in locs:
        parent = copy
        for part in loc[:-1]:
            parent = parent[part]
        if isinstance(parent, dict):
            parent.pop(loc[-1], None)
    return copy


def _problem(model: type[BaseModel], loaded: LoadedYaml, path: str, err: ErrorDetails) -> Problem:
    """Translate one pydantic error into a Swedish problem at the right line."""
    loc = tuple(err["loc"])
    kind = err["type"]
    if kind == "extra_forbidden":
        return Problem(path, loaded.locate_key(loc), _unknown_key(model, loc))
    if kind == "missing":
        return Problem(path, loaded.locate(loc[:-1]), _missing(model, loc))
    key = _last_key(loc)
    if kind == "value_error":
        error = (err.get("ctx") or {}).get("error", err["msg"])
        return Problem(path, loaded.locate(loc), (f"'{key}': " if key else "") + str(error))
    return Problem(path, loaded.locate(loc),
                   (f"'{key}' " if key else "värdet ") + _message(err, key))


def _unknown_key(model: type[BaseModel], loc: Sequence[str | int]) -> str:
    """Message for a key the model does not know, with a suggestion."""
    key = str(loc[-1])
    if key in RETIRED_KEYS:
        return RETIRED_KEYS[key]
    message = f"okänd nyckel '{key}'"
    suggestion = _suggestion(model, loc)
    if suggestion:
        return f"{message}, menade du '{suggestion}'?"
    known = allowed_keys(model, loc[:-1])
    if known:
        return f"{message}, tillåtna nycklar här är: {', '.join(sorted(known))}"
    return message + ", ta bort den"


def _suggestion(model: type[BaseModel], loc: Sequence[str | int]) -> str | None:
    """The known key closest to an unknown one in the same mapping (None for a retired key)."""
    key = str(loc[-1])
    if key in RETIRED_KEYS:
        return None
    return did_you_mean(key, allowed_keys(model, loc[:-1]))


def _missing(model: type[BaseModel], loc: Sequence[str | int]) -> str:
    """Message for a required key that is absent."""
    return f"nyckeln '{loc[-1]}' saknas, lägg till den"


def _last_key(loc: Sequence[str | int]) -> str:
    """Name the offending key ('' when the value is a list item or the whole case)."""
    return loc[-1] if loc and isinstance(loc[-1], str) else ""


def _message(err: ErrorDetails, key: str) -> str:
    """Swedish wording for a type or value error."""
    kind = err["type"]
    ctx: dict[str, Any] = dict(err.get("ctx") or {})
    if kind == "literal_error":
        return _literal(err["input"], str(ctx.get("expected", "")), key)
    if kind == "too_short":
        return "får inte vara tom, ange minst ett värde"
    if kind in ("too_long", "string_too_long"):
        return "är för lång, korta den"
    if kind == "union_types":
        return err["msg"]
    if kind in _TYPE_NAMES:
        return _TYPE_NAMES[kind]
    if kind.startswith("datetime"):
        return _TYPE_NAMES["datetime_type"]
    if kind.startswith("date"):
        return _TYPE_NAMES["date_type"]
    return "har ett värde som inte går att använda här, jämför med exemplen i cases/"


def _literal(value: object, expected: str, key: str) -> str:
    """Message for a value outside a fixed set of choices."""
    choices = [c.strip().strip("'") for c in expected.replace(" or ", ", ").split(",")]
    choices = [c for c in choices if c]
    listed = ", ".join(choices)
    if isinstance(value, bool) or not isinstance(value, str | int | None):
        return f"ska vara ett av: {listed}"
    shown = " ".join(str(value).split()) if value is not None else ""
    if not shown:
        return f"saknar värde, välj ett av: {listed}"
    meant = meaning(shown, choices)
    if meant and key:
        return f"har värdet '{shown}' som inte finns, skriv {key}: {meant[0]} ({meant[1]})"
    message = f"har värdet '{shown}' som inte finns, välj ett av: {listed}"
    suggestion = did_you_mean(shown, choices)
    return f"{message} (menade du '{suggestion}'?)" if suggestion else message

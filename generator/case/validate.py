"""Turn loaded YAML into a `Case`, translating pydantic's errors into Swedish problems."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any, Generic, NamedTuple, TypeVar

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from generator.case.as_meant import rejoined, renamed, without
from generator.case.dnr import OR_NONE
from generator.case.misplaced_keys import depending, misplaced
from generator.case.model_paths import allowed_keys, choices_of, example_of
from generator.case.suggest import did_you_mean, key_meaning, meaning
from generator.case.yaml_loader import LoadedYaml
from generator.letters import plain_letters
from generator.problems import Problem

M = TypeVar("M", bound=BaseModel)

_TYPE_NAMES = {
    "string_type": "ska vara text",
    "string_too_short": "får inte vara tom, skriv en text",
    "int_type": "ska vara ett heltal",
    "int_parsing": "ska vara ett heltal",
    "bool_type": "ska vara ja eller nej",
    "bool_parsing": "ska vara ja eller nej",
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
_DATE_KINDS = frozenset({"date_type", "date_parsing", "date_from_datetime_parsing"})
"""The errors of a text that is no date, where its reading may be offered (`date_hints`)."""


RETIRED_KEYS = {
    "beredande_organ": "nyckeln 'beredande_organ' finns inte längre; skriv i texten vem som "
    "berett ärendet, t.ex. 'Styrgruppen har berett ärendet.'",
}
"""Keys earlier versions accepted, with what to write instead."""


class Validated(NamedTuple, Generic[M]):
    """A validated document: its model (None if it has none), its problems, and the loaded
    file as it was read (see `as_meant`), whose places the later checks report at."""

    value: M | None
    problems: list[Problem]
    loaded: LoadedYaml


def validate_model(model: type[M], loaded: LoadedYaml, path: str) -> tuple[M | None, list[Problem]]:
    """Validate the data against the model; return it (if possible) and every problem."""
    validated = validate_as_meant(model, loaded, path)
    return validated.value, validated.problems


def validate_as_meant(model: type[M], loaded: LoadedYaml, path: str) -> Validated[M]:
    """Validate the data against the model, reporting each slip once, at its cause.

    A number that a comma split inside `{ }` is reported and read as written (`as_meant`),
    and so is a slip found in loading that leaves the document readable (`LoadedYaml.slips`).
    An unknown key that is suggested to be a known one ('tabeler', menade du 'tabeller'?)
    stands for that key: the key is not reported missing apart, as the one message already
    says what to write. When the only errors are unknown keys, the data is validated again
    with each such key read as the suggested one (else, or if that fails, without the
    unknown keys), so the later checks (sums, names, dates) can still run, and all
    problems are reported at once without those that follow only from a misspelt key. The
    problems are errors either way, so such a case is never rendered; only a known key
    written with å, ä or ö (`från` for `fran`) is read as that key without a problem.
    """
    loaded, problems = rejoined(loaded, path)
    problems = [*(Problem(path, *slip) for slip in loaded.slips), *problems]
    try:
        return Validated(model.model_validate(loaded.data), problems, loaded)
    except ValidationError as exc:
        errors = _one_per_place(exc.errors(include_url=False))
    meant = _meant_keys(model, errors)
    errors = _answered_by_suggestion(errors, meant)
    reported = [err for err in errors if not _spelt_in_swedish(err, meant, loaded)
                and not _later_split(err, loaded)]
    problems = sorted([*problems, *(_problem(model, loaded, path, err) for err in reported)],
                      key=lambda p: p.position)
    if all(err["type"] == "extra_forbidden" for err in errors):
        for reading in _readings(loaded, [tuple(err["loc"]) for err in errors], meant):
            try:
                return Validated(model.model_validate(reading.data), problems, reading)
            except ValidationError:
                continue
    return Validated(None, problems, loaded)


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


def _meant_keys(model: type[BaseModel],
                errors: list[ErrorDetails]) -> dict[tuple[str | int, ...], str]:
    """The known key each unknown key is suggested to be, by the unknown key's place."""
    return {tuple(err["loc"]): key for err in errors if err["type"] == "extra_forbidden"
            and (key := _suggestion(model, err["loc"]))}


def _spelt_in_swedish(err: ErrorDetails, meant: Mapping[tuple[str | int, ...], str],
                      loaded: LoadedYaml) -> bool:
    """Whether an unknown key is a known one written with å, ä or ö ('från' for 'fran',
    'förslag' for 'forslag') that the mapping does not also have: it is read as that key
    and not reported (the format's keys are written without them, a Swedish secretary may
    well write them)."""
    loc = tuple(err["loc"])
    return (err["type"] == "extra_forbidden" and loc in meant
            and plain_letters(str(loc[-1])) == meant[loc]
            and (*loc[:-1], meant[loc]) not in loaded.keys)


def _answered_by_suggestion(errors: list[ErrorDetails],
                            meant: dict[tuple[str | int, ...], str]) -> list[ErrorDetails]:
    """The errors without each missing key that an unknown key beside it is suggested to be."""
    suggested = {(*loc[:-1], key) for loc, key in meant.items()}
    return [err for err in errors
            if err["type"] != "missing" or tuple(err["loc"]) not in suggested]


def _readings(loaded: LoadedYaml, unknown: list[tuple[str | int, ...]],
              meant: dict[tuple[str | int, ...], str]) -> list[LoadedYaml]:
    """The document with its unknown keys read as the suggested ones (the others left out),
    then with all of them left out; either way without the keys whose check depends on a
    misplaced one (`misplaced_keys`), and first without the values a comma cut inside `{ }`
    (`text_hints.cut_value`: a formula cut at its decimal comma computes nothing the case
    means, trial 62, F6), then, should the case need such a key, with them."""
    from generator.case.text_hints import cut_value  # (only a case with unknown keys)

    gone = depending(unknown)
    cut = [place for key in unknown if (place := cut_value(loaded, key)) is not None]
    readings = _without(loaded, unknown, meant, [*gone, *cut])
    return [*readings, *_without(loaded, unknown, meant, gone)] if cut else readings


def _without(loaded: LoadedYaml, unknown: list[tuple[str | int, ...]],
             meant: dict[tuple[str | int, ...], str],
             gone: list[tuple[str | int, ...]]) -> list[LoadedYaml]:
    """The readings of `_readings` without the keys at the places gone."""
    pruned = without(loaded, [*unknown, *gone])
    if not meant:
        return [pruned]
    others = [u for u in unknown if u not in meant]
    return [renamed(without(loaded, [*others, *gone]), meant), pruned]


def _later_split(err: ErrorDetails, loaded: LoadedYaml) -> bool:
    """Whether the error is an unknown key that is a later piece of a text commas split
    inside `{ }`: the first piece's error gives the whole text (`text_hints.later_split`)."""
    if err["type"] != "extra_forbidden":
        return False
    from generator.case.text_hints import later_split  # (only a case with the slip)

    return later_split(loaded, tuple(err["loc"]))


def _problem(model: type[BaseModel], loaded: LoadedYaml, path: str, err: ErrorDetails) -> Problem:
    """Translate one pydantic error into a Swedish problem at the right line."""
    loc = tuple(err["loc"])
    kind = err["type"]
    if kind == "extra_forbidden":
        from generator.case.text_hints import split_text  # (only a case with the slip)

        split = split_text(loaded, loc)
        message = f"okänd nyckel '{loc[-1]}', {split}" if split else _unknown_key(model, loc)
        return Problem(path, loaded.locate_key(loc), message)
    if kind == "missing":
        return Problem(path, loaded.locate(loc[:-1]), _missing(model, loc))
    key = _last_key(loc)
    if kind == "string_type" or (kind == "union_types" and "text" in err["msg"]):
        from generator.case.text_hints import read_as_other  # (only a case with the slip)

        wanted = _TYPE_NAMES[kind] if kind == "string_type" else err["msg"]
        other = read_as_other(loaded, loc, err["input"], wanted)
        if other is not None:
            return Problem(path, loaded.locate(loc), other)
    if kind == "string_type":
        from generator.case.text_hints import instead_of_text  # (only a case with the slip)

        instead = instead_of_text(loaded, loc, err["input"])
        if instead is not None:
            return Problem(path, loaded.locate(loc), instead)
    if kind in _DATE_KINDS and isinstance(err["input"], str):
        from generator.case.date_hints import date_hint  # (only a case with the slip)

        meant = date_hint(err["input"])
        if meant is not None:
            return Problem(path, loaded.locate(loc), (f"'{key}' " if key else "värdet ") + meant)
    if kind == "value_error" and loc[:1] == ("belopp",) and len(loc) == 2:
        from generator.case.unit_prices import stated_price_message  # (only with the slip)

        price = stated_price_message(err["input"], key)
        if price is not None:
            return Problem(path, loaded.locate(loc), price)
    if kind == "value_error":
        error = (err.get("ctx") or {}).get("error", err["msg"])
        if loc[-1:] == ("[key]",):  # a key refused as a name: the message names it
            return Problem(path, loaded.locate_key(loc[:-1]), str(error))
        return Problem(path, loaded.locate(loc), (f"'{key}': " if key else "") + str(error))
    return Problem(path, loaded.locate(loc),
                   (f"'{key}' " if key else "värdet ") + _message(err, key, _beside(loaded, loc)))


def _beside(loaded: LoadedYaml, loc: tuple[str | int, ...]) -> list[str]:
    """The other keys of the mapping a value at loc is written in ('fran' and 'till' beside
    a column's 'typ')."""
    return [str(place[-1]) for place in loaded.keys
            if len(place) == len(loc) and place[:-1] == loc[:-1] and place != loc]


def _unknown_key(model: type[BaseModel], loc: Sequence[str | int]) -> str:
    """Message for a key the model does not know, with a suggestion."""
    key = str(loc[-1])
    if key in RETIRED_KEYS:
        return RETIRED_KEYS[key]
    if (instead := misplaced(loc)) is not None:
        return instead
    message = f"okänd nyckel '{key}'"
    suggestion = _suggestion(model, loc)
    meant = key_meaning(key, allowed_keys(model, loc[:-1]))
    if meant is not None and meant[0] == suggestion:
        return f"{message}, menade du '{suggestion}'? ({meant[1]})"
    if suggestion:
        return f"{message}, menade du '{suggestion}'?"
    known = allowed_keys(model, loc[:-1])
    if known:
        return f"{message}, tillåtna nycklar här är: {', '.join(sorted(known))}"
    return message + ", ta bort den"


def _suggestion(model: type[BaseModel], loc: Sequence[str | int]) -> str | None:
    """The key meant by an unknown one in the same mapping: a key in her own words first
    (`key_meaning`), else the closest known key (None for a retired or misplaced key)."""
    key = str(loc[-1])
    if key in RETIRED_KEYS or misplaced(loc) is not None:
        return None
    allowed = allowed_keys(model, loc[:-1])
    return (key_meaning(key, allowed) or (None,))[0] or did_you_mean(key, allowed)


def _missing(model: type[BaseModel], loc: Sequence[str | int]) -> str:
    """Message for a required key that is absent, with an example where its description
    gives one (`titel: Fördelning av statsbidrag 2025`)."""
    message = missing_key(str(loc[-1]), example_of(model, loc), choices_of(model, loc))
    return message + OR_NONE if tuple(loc) == ("dnr",) else message


def missing_key(key: str, example: str | None = None, choices: Sequence[str] = ()) -> str:
    """The message for a missing key: with an example of it written out, else its choices."""
    how = f", t.ex. {key}: {example}" if example else \
        f" med ett av: {', '.join(choices)}" if choices else ""
    return f"nyckeln '{key}' saknas, lägg till den{how}"


def _last_key(loc: Sequence[str | int]) -> str:
    """Name the offending key ('' when the value is a list item or the whole case)."""
    return loc[-1] if loc and isinstance(loc[-1], str) else ""


def _message(err: ErrorDetails, key: str, beside: Sequence[str] = ()) -> str:
    """Swedish wording for a type or value error (`beside`: the other keys where it is)."""
    kind = err["type"]
    ctx: dict[str, Any] = dict(err.get("ctx") or {})
    if kind == "literal_error":
        return _literal(err["input"], str(ctx.get("expected", "")), key, beside)
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


def _literal(value: object, expected: str, key: str, beside: Sequence[str]) -> str:
    """Message for a value outside a fixed set of choices (`beside`: the other keys where
    it is, which may say what a word in her own words means)."""
    choices = [c.strip().strip("'") for c in expected.replace(" or ", ", ").split(",")]
    choices = [c for c in choices if c]
    listed = ", ".join(choices)
    if isinstance(value, bool) or not isinstance(value, str | int | None):
        return f"ska vara ett av: {listed}"
    shown = " ".join(str(value).split()) if value is not None else ""
    if not shown:
        return f"saknar värde, välj ett av: {listed}"
    meant = meaning(shown, choices, beside)
    if meant and key:
        return f"har värdet '{shown}' som inte finns, skriv {key}: {meant[0]} ({meant[1]})"
    message = f"har värdet '{shown}' som inte finns, välj ett av: {listed}"
    suggestion = did_you_mean(shown, choices)
    return f"{message} (menade du '{suggestion}'?)" if suggestion else message

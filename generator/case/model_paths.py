"""Walk a pydantic model class along an error location to find the keys allowed there."""

from __future__ import annotations

import re
import types
from collections.abc import Sequence
from functools import cache
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel
from pydantic.fields import FieldInfo


def allowed_keys(model: type[BaseModel], loc: Sequence[str | int]) -> list[str]:
    """Return the keys the model accepts at the mapping found at `loc` (empty if unknown)."""
    target = model_at(model, loc)
    return list(target.model_fields) if target else []


def model_at(model: type[BaseModel], loc: Sequence[str | int]) -> type[BaseModel] | None:
    """Follow field names through nested models and lists; list indexes are skipped."""
    current: Any = model
    for part in loc:
        if isinstance(part, int):
            continue
        if not (isinstance(current, type) and issubclass(current, BaseModel)):
            return None
        field = current.model_fields.get(part)
        if field is None:
            return None
        current = _inner_model(field.annotation)
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


def _inner_model(annotation: Any) -> Any:
    """Unwrap Optional, list, dict values and Annotated to reach a model class."""
    origin = get_origin(annotation)
    if origin is Annotated:
        return _inner_model(get_args(annotation)[0])
    if origin in (list, tuple, Union, types.UnionType):
        models = [_inner_model(a) for a in get_args(annotation) if a is not type(None)]
        found = [m for m in models if isinstance(m, type) and issubclass(m, BaseModel)]
        return found[0] if found else None
    if origin is dict:
        return _inner_model(get_args(annotation)[1])
    return annotation


@cache
def _example() -> re.Pattern[str]:
    return re.compile(r"[Tt]\.ex\. (?:'([^']+)'|([^'\s][^,;]*?))(?: eller |[.;,]?$|[.;,] )")


def example_of(model: type[BaseModel], loc: Sequence[str | int]) -> str | None:
    """The example a field's description gives ("t.ex. 'HSN 2024/1732'"), if any: a
    message about a missing key can show how it is written."""
    field = _field_at(model, loc)
    found = _example().search(field.description or "") if field else None
    return (found.group(1) or found.group(2)) if found else None


def choices_of(model: type[BaseModel], loc: Sequence[str | int]) -> list[str]:
    """The values a field with a fixed set of choices takes (none for any other field)."""
    field = _field_at(model, loc)
    annotation = field.annotation if field else None
    return [str(choice) for choice in get_args(annotation)] \
        if get_origin(annotation) is Literal else []


def _field_at(model: type[BaseModel], loc: Sequence[str | int]) -> FieldInfo | None:
    """The field at `loc` (its last part a key of the model at the rest)."""
    target = model_at(model, loc[:-1])
    return target.model_fields.get(str(loc[-1])) if target else None

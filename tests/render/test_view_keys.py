"""The table of which case key each template field shows holds to the views and the case
models, and the README and `beslut mallar` show it as it is."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import BaseModel

from generator.case.models import Case
from generator.case.reference_doc import _inner_models
from generator.render.view_keys import VIEW_KEYS, ViewKeys, markdown_table, view_parts

README = Path(__file__).resolve().parents[2] / "README.md"


def _model_at(path: str, model: type[BaseModel] = Case) -> type[BaseModel]:
    """The model a dotted key path leads to from model ("" is the model itself)."""
    for key in filter(None, path.split(".")):
        [model] = _inner_models(model.model_fields[key].annotation)
    return model


@pytest.mark.parametrize("keys", VIEW_KEYS, ids=[k.view for k in VIEW_KEYS])
def test_every_field_is_the_views_and_every_key_the_case_models(keys: ViewKeys) -> None:
    assert set(keys.fields) <= set(view_parts(keys.view))
    model = _model_at(keys.case_key)
    for key in keys.fields.values():
        *within, last = key.split(".")
        assert last in _model_at(".".join(within), model).model_fields, key


def test_the_readme_has_the_table_as_it_is() -> None:
    assert markdown_table() in README.read_text(encoding="utf-8"), (
        "README.md: kopiera in generator.render.view_keys.markdown_table() på nytt")


def test_a_name_that_is_no_view_has_no_parts() -> None:
    assert view_parts("Path") == []

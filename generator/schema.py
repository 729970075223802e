"""The JSON Schema (draft 2020-12) of the case file, made from the pydantic models.

Editors that speak the YAML language server (VS Code and others) read it through the
`# yaml-language-server: $schema=…` line of a case file, so they complete keys, show the
Swedish descriptions and underline mistakes while the secretary types.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic.json_schema import GenerateJsonSchema, JsonSchemaValue
from pydantic_core import core_schema

from generator.case.models import Case
from generator.case.money import parse_amount, parse_weight

DIALECT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_FILE = "arende.schema.json"
TITLE = "Ärendefil för beslut"
DESCRIPTION = "Ett ärende som 'beslut' gör till ett beslutsdokument i Word och Markdown."

_SIGN = r"([-\u2212\u2013][ \u00a0\u202f\u2009\u2007]?)?"  # (as money.SIGN)
_GROUPED = r"^\s*" + _SIGN + r"\d{1,3}([ \u00a0\u202f\u2009\u2007]?\d{3})*\s*(kr|kronor)?\.?\s*$"
AMOUNT: JsonSchemaValue = {
    "anyOf": [
        {"type": "integer", "minimum": 0},
        {"type": "string", "pattern": _GROUPED},
    ],
}
_WITH_ORE = (r"^\s*" + _SIGN + r"\d{1,3}([ \u00a0\u202f\u2009\u2007]?\d{3})*([,.]\d{1,2})?"
             r"\s*(kr|kronor)?\.?\s*$")
_PERCENT = r"^\s*\d{1,3}([ \u00a0\u202f\u2009\u2007]?\d{3})*([,.]\d+)?[ \u00a0]?%\s*$"
DERIVED: JsonSchemaValue = {"type": "string", "pattern": r"^[^{}]*belopp\.\w+[^{}]*$"}
"""An amount under `belopp` worked out from the case's others ("belopp.prisbasbelopp * 50 %")."""
STATED: JsonSchemaValue = {
    "anyOf": [
        {"type": "number"},
        {"type": "string", "pattern": _WITH_ORE},
        {"type": "string", "pattern": _PERCENT},
        DERIVED,
    ],
}
"""A figure a case states by name (`belopp`): kronor, with öre where written ("19,50"), a
percentage ("73,37 %"), or one worked out from the case's others."""
NAMED_TOTAL: JsonSchemaValue = {"type": "string",
                                "pattern": r"^[^{}]*(belopp|tabeller)\.\w+[^{}]*$"}
"""A split's `summa` as one of the case's amounts or a table's figure, or a share of one
("belopp.ram * 70 %", "tabeller.utokning.rader.feriearbete.kostnad")."""
_WEIGHT = r"^\s*" + _SIGN + r"\d{1,3}([ \u00a0\u202f\u2009\u2007]?\d{3})*([,.]\d+)?\s*$"
WEIGHT: JsonSchemaValue = {"anyOf": [{"type": "number"}, {"type": "string", "pattern": _WEIGHT}]}
TIMESTAMP: JsonSchemaValue = {
    "type": "string",
    "pattern": r"^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2})?\s*(Z|[+-]\d{2}:?\d{2})$",
}


class CaseSchema(GenerateJsonSchema):
    """Pydantic's generator, with amounts and weights written as a secretary may write them."""

    def function_before_schema(
        self, schema: core_schema.BeforeValidatorFunctionSchema
    ) -> JsonSchemaValue:
        """Describe amounts ('2 330 883') and weights by what the case file accepts."""
        function = schema["function"]["function"]
        name = getattr(function, "__name__", "")
        if name == "_non_negative" or function is parse_amount:
            return dict(AMOUNT)
        if name == "_stated_figure":
            return dict(STATED)
        if name == "_split_total":
            return {"anyOf": [*AMOUNT["anyOf"], dict(NAMED_TOTAL)]}
        if function is parse_weight:
            return dict(WEIGHT)
        return super().function_before_schema(schema)

    def datetime_schema(self, schema: core_schema.DatetimeSchema) -> JsonSchemaValue:
        """A time as the signing service writes it: 2019-04-01 09:38:46 +02:00."""
        return dict(TIMESTAMP)


def case_schema() -> dict[str, Any]:
    """Return the case file's JSON Schema with Swedish descriptions only."""
    generated = Case.model_json_schema(schema_generator=CaseSchema)
    cleaned = _without_english(generated)
    return {"$schema": DIALECT, "title": TITLE, "description": DESCRIPTION, **cleaned}


def schema_text() -> str:
    """Return the schema as the text of a JSON file."""
    return json.dumps(case_schema(), ensure_ascii=False, indent=2) + "\n"


def _without_english(node: Any, in_properties: bool = False) -> Any:
    """Drop the titles made from English class names and the descriptions from docstrings."""
    if isinstance(node, list):
        return [_without_english(item) for item in node]
    if not isinstance(node, dict):
        return node
    if in_properties:
        return {key: _without_english(value) for key, value in node.items()}
    is_model = node.get("type") == "object" and "properties" in node
    dropped = {"title", "description"} if is_model else {"title"}
    return {
        key: _without_english(value, in_properties=key in {"properties", "$defs"})
        for key, value in node.items()
        if key not in dropped
    }

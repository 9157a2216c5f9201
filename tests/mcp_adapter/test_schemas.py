"""Input and output JSON Schemas are derived from variables and selection sets, as pinned here."""

from __future__ import annotations

import re
from typing import Any

import jsonschema
import pytest

from mcp_adapter.catalog import CatalogError
from mcp_adapter.schemas import input_schema, output_schema
from tests.mcp_adapter.toy import CREATE, LIST, TOY_SCHEMA, load

# ASCII digits only (\d would match any script's digits) and at most four decimal places (CLF
# amounts, quantities in hours); each currency's own places are the services' to check.
DECIMAL = r"^-?[0-9]{1,15}(\.[0-9]{1,4})?$"
# Results may keep up to four places (KWD amounts, quantities).
OUTPUT_DECIMAL = r"^-?[0-9]{1,15}(\.[0-9]{1,4})?$"


def _input(text: str, name: str) -> dict[str, Any]:
    operation = load(text).get(name)
    assert operation is not None
    return input_schema(TOY_SCHEMA, operation)


def _output(text: str, name: str) -> dict[str, Any]:
    operation = load(text).get(name)
    assert operation is not None
    return output_schema(TOY_SCHEMA, operation)


def test_create_input_schema() -> None:
    assert _input(CREATE, "tasks_create") == {
        "type": "object",
        "properties": {
            "project_id": {"type": "string"},
            "title": {"description": "Task title", "type": "string"},
            "priority": {
                "description": "How urgent a task is.",
                "anyOf": [{"type": "string", "enum": ["LOW", "MEDIUM", "HIGH"]}, {"type": "null"}],
                "default": "MEDIUM",
            },
            "start_date": {"type": ["string", "null"], "format": "date"},
            "due_date": {"type": ["string", "null"], "format": "date"},
        },
        "required": ["project_id", "title"],
        "additionalProperties": False,
    }


def test_argument_descriptions_come_from_the_schema_when_the_variable_has_none() -> None:
    schema = _input(LIST, "tasks_list")

    assert schema["properties"]["project_id"] == {
        "description": "Only tasks of this Space.",
        "type": ["string", "null"],
    }
    assert schema["properties"]["limit"] == {"type": ["integer", "null"], "default": 50}
    assert "required" not in schema


def test_scalars_are_typed() -> None:
    schema = _input(
        '"X." mutation tasks_x($rate: Decimal!, $labels: [String!]) '
        '@mcp(title: "X", destructive: false) '
        '{ tasksCreate(projectId: "1", title: "t", rate: $rate, labels: $labels) '
        "{ errors { message } } }",
        "tasks_x",
    )

    assert schema["properties"]["rate"] == {"type": "string", "pattern": DECIMAL}
    assert schema["properties"]["labels"] == {
        "type": ["array", "null"],
        "items": {"type": "string"},
    }
    validator = jsonschema.Draft202012Validator(schema)
    assert validator.is_valid({"rate": "-12.50", "labels": ["a"]})
    assert validator.is_valid({"rate": "3", "labels": None})
    assert not validator.is_valid({"rate": "1e3"})
    assert not validator.is_valid({"rate": 12.5})
    assert not validator.is_valid({"rate": "1", "extra": True})
    assert not validator.is_valid({})


def test_input_objects_are_expanded_inline_with_defaults_and_descriptions() -> None:
    schema = _input(
        '"X." query tasks_x($filter: TaskFilter) @mcp(title: "X") '
        "{ tasksList(filter: $filter) { total_count: totalCount } }",
        "tasks_x",
    )
    prop = schema["properties"]["filter"]

    assert prop["description"] == "Narrows a task list."
    inner = prop["anyOf"][0]
    assert prop["anyOf"][1] == {"type": "null"}
    assert inner["type"] == "object"
    assert inner["additionalProperties"] is False
    assert "required" not in inner  # depth is non-null but has a default
    assert inner["properties"]["query"] == {
        "description": "Free text matched against titles.",
        "type": ["string", "null"],
    }
    assert inner["properties"]["depth"] == {"type": "integer", "default": 1}
    # Nested fields are snake_case like every argument (mcp_adapter.inputs).
    assert inner["properties"]["due_before"] == {"type": ["string", "null"], "format": "date"}
    assert "dueBefore" not in inner["properties"]
    window = inner["properties"]["window"]["anyOf"][0]
    assert window["required"] == ["from", "to"]
    assert "$ref" not in repr(schema)


def test_recursive_input_objects_are_refused() -> None:
    with pytest.raises(CatalogError, match="recursive"):
        _input(
            '"X." query tasks_x($root: Node) @mcp(title: "X") '
            "{ tasksTree(root: $root) { total_count: totalCount } }",
            "tasks_x",
        )


def test_list_output_schema_is_the_root_fields_object_in_snake_case() -> None:
    assert _output(LIST, "tasks_list") == {
        "type": "object",
        "properties": {
            "items": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "id": {"type": "string"},
                        "title": {"type": "string"},
                        "start_date": {"type": ["string", "null"], "format": "date"},
                    },
                    "required": ["id", "title", "start_date"],
                    "additionalProperties": False,
                },
            },
            "next_cursor": {"type": ["string", "null"]},
            "total_count": {"type": "integer"},
        },
        "required": ["items", "next_cursor", "total_count"],
        "additionalProperties": False,
    }


def test_output_types_nullability_nesting_and_typename() -> None:
    schema = _output(
        '"X." query tasks_x($task_id: ID!) @mcp(title: "X") { tasksGet(taskId: $task_id) { '
        "__typename priority createdAt rate meta score done tags "
        "assignees { displayName } parent { id } "
        "... on Task { estimateMinutes } "
        "dueDate @include(if: true) } }",
        "tasks_x",
    )
    props = schema["properties"]

    assert props["__typename"] == {"type": "string"}
    assert props["priority"] == {"type": "string", "enum": ["LOW", "MEDIUM", "HIGH"]}
    assert props["created_at"] == {"type": "string", "format": "date-time"}
    assert props["rate"] == {"type": ["string", "null"], "pattern": OUTPUT_DECIMAL}
    # Nullable objects are type lists: object keywords apply to objects only, so it is the same.
    assert props["meta"] == {"type": ["object", "null"]}
    assert props["score"] == {"type": ["number", "null"]}
    assert props["done"] == {"type": "boolean"}
    assert props["tags"] == {"type": ["array", "null"], "items": {"type": ["string", "null"]}}
    assert props["assignees"]["items"]["properties"] == {"display_name": {"type": "string"}}
    assert props["parent"]["type"] == ["object", "null"]
    assert props["estimate_minutes"] == {"type": ["integer", "null"]}
    # Conditionally included fields may be absent.
    assert "due_date" in props
    assert "due_date" not in schema["required"]
    assert "estimate_minutes" in schema["required"]


def test_mutation_output_schema_is_the_payload() -> None:
    schema = _output(CREATE, "tasks_create")

    assert schema["required"] == ["result", "errors"]
    result = schema["properties"]["result"]
    assert result["type"] == ["object", "null"]
    assert result["properties"]["start_date"] == {"type": ["string", "null"], "format": "date"}
    errors = schema["properties"]["errors"]["items"]
    assert errors["required"] == ["code", "field", "message"]


def test_a_nullable_output_object_accepts_null_and_only_its_shape() -> None:
    validator = jsonschema.Draft202012Validator(_output(CREATE, "tasks_create"))
    assert validator.is_valid({"result": None, "errors": []})
    assert not validator.is_valid({"result": {"id": "1"}, "errors": []})
    assert not validator.is_valid({"result": "text", "errors": []})


def test_output_of_a_list_query_validates_a_real_shaped_result() -> None:
    validator = jsonschema.Draft202012Validator(_output(LIST, "tasks_list"))

    assert validator.is_valid(
        {
            "items": [{"id": "1", "title": "t", "start_date": None}],
            "next_cursor": None,
            "total_count": 1,
        }
    )
    assert not validator.is_valid({"items": [], "nextCursor": None, "totalCount": 0})


@pytest.mark.parametrize(
    ("root", "expected"),
    [
        (
            "timer: tasksCurrent { id }",
            {
                "timer": {
                    "type": ["object", "null"],
                    "properties": {"id": {"type": "string"}},
                    "required": ["id"],
                    "additionalProperties": False,
                }
            },
        ),
        ("tasksHello", {"tasks_hello": {"type": ["string", "null"]}}),
    ],
)
def test_a_nullable_or_non_object_root_is_keyed_by_its_response_key(
    root: str, expected: dict[str, Any]
) -> None:
    schema = _output(f'"X." query tasks_x @mcp(title: "X") {{ {root} }}', "tasks_x")

    assert schema == {
        "type": "object",
        "properties": expected,
        "required": list(expected),
        "additionalProperties": False,
    }


def test_the_decimal_pattern_takes_ascii_digits_and_four_places_only() -> None:
    schema = {"type": "string", "pattern": DECIMAL}
    for good in ["0", "12.5", "-3.25", "1.250", "0.1234", "123456789012345.99"]:
        jsonschema.validate(good, schema)
    for bad in ["١٢٣", "1.23456", "NaN", "Infinity", "1e9", "1.", ".5", "1234567890123456"]:
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(bad, schema)


@pytest.mark.parametrize(
    ("stored", "shown"),
    [
        ("100.0000", "100.00"),
        ("1.1250", "1.125"),
        ("7.5", "7.5"),
        ("12", "12"),
        ("-3.1000", "-3.10"),
    ],
)
def test_decimals_are_shown_without_the_storage_padding(stored: str, shown: str) -> None:
    from decimal import Decimal

    from backend.core.scalars import serialize_decimal

    assert serialize_decimal(Decimal(stored)) == shown
    assert re.fullmatch(OUTPUT_DECIMAL, shown)

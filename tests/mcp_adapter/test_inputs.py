"""Nested input-object keys: snake_case for tools, the schema's field names for execution."""

from __future__ import annotations

from graphql import build_schema

from mcp_adapter.inputs import property_name, to_graphql

SCHEMA = build_schema(
    """
    input Window { startsOn: String!, endsOn: String }
    input Rule { monthDay: Int, windows: [Window!], weekDays: [String!] }
    type Query { x(rule: Rule): Int }
    """
)


def test_property_names_are_snake_case() -> None:
    assert property_name("monthDay") == "month_day"
    assert property_name("frequency") == "frequency"


def test_nested_keys_go_back_to_field_names_at_every_depth() -> None:
    rule = SCHEMA.get_type("Rule")
    value = {"month_day": -1, "windows": [{"starts_on": "a", "ends_on": None}], "week_days": ["MO"]}
    assert to_graphql(rule, value) == {  # type: ignore[arg-type]
        "monthDay": -1,
        "windows": [{"startsOn": "a", "endsOn": None}],
        "weekDays": ["MO"],
    }


def test_unknown_keys_and_scalars_pass_through_for_validation_to_report() -> None:
    rule = SCHEMA.get_type("Rule")
    assert to_graphql(rule, {"bogus": 1}) == {"bogus": 1}  # type: ignore[arg-type]
    assert to_graphql(rule, None) is None  # type: ignore[arg-type]

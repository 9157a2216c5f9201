"""Every tool declares the bounds of its free text and lists, as the backend enforces them.

Free text (String) carries maxLength and every list carries maxItems, in arguments and in the
fields of the input objects they take. IDs, enums and formatted scalars (dates, decimals) are
exempt: they are parsed or looked up, never stored as given (README, "Every input is bounded").
"""

from __future__ import annotations

from typing import Any

import pytest
from graphql import (
    GraphQLInputObjectType,
    GraphQLInputType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLScalarType,
    GraphQLSchema,
    type_from_ast,
)

from mcp_adapter.tools import ToolSpec


@pytest.fixture(scope="module")
def api_and_tools() -> tuple[Any, dict[str, ToolSpec]]:
    from backend.api import Settings, create_api
    from mcp_adapter.catalog import load_catalog
    from mcp_adapter.tools import build_tools

    api = create_api(Settings())
    catalog = load_catalog(api.schema, rules=api.validation_rules, bounds=api.argument_bounds)
    return api, build_tools(catalog)


def _missing(where: str, type_: GraphQLInputType, prop: dict[str, Any]) -> list[str]:
    """Where a String lacks maxLength or a list lacks maxItems, walking into input objects."""
    if isinstance(type_, GraphQLNonNull):
        type_ = type_.of_type
    if isinstance(type_, GraphQLList):
        return [] if "maxItems" in prop else [f"{where}: a list without maxItems"]
    if isinstance(type_, GraphQLScalarType) and type_.name == "String":
        return [] if "maxLength" in prop else [f"{where}: free text without maxLength"]
    if isinstance(type_, GraphQLInputObjectType):
        inner = next(branch for branch in prop.get("anyOf", [prop]) if branch["type"] == "object")
        return [
            problem
            for name, field in type_.fields.items()
            for problem in _missing(
                f"{where}.{name}", field.type, inner["properties"][_snake(name)]
            )
        ]
    return []


def _snake(name: str) -> str:
    from graphql.pyutils import camel_to_snake

    return camel_to_snake(name)


def _problems(schema: GraphQLSchema, tools: dict[str, ToolSpec]) -> list[str]:
    problems: list[str] = []
    for name, spec in tools.items():
        properties = spec.input_schema["properties"]
        for var in spec.operation.definition.variable_definitions or ():
            variable = var.variable.name.value
            type_ = type_from_ast(schema, var.type)
            assert type_ is not None
            problems += _missing(f"{name}({variable})", type_, properties[variable])  # type: ignore[arg-type]
    return problems


def test_every_free_text_and_list_argument_of_every_tool_is_bounded(
    api_and_tools: tuple[Any, dict[str, ToolSpec]],
) -> None:
    api, tools = api_and_tools
    assert _problems(api.schema, tools) == []


def test_the_declared_bounds_are_the_backends_and_the_description_states_them(
    api_and_tools: tuple[Any, dict[str, ToolSpec]],
) -> None:
    _, tools = api_and_tools
    create = tools["tasks_create"].input_schema["properties"]
    reorder = tools["task_groups_reorder"].input_schema["properties"]
    recurrence = tools["task_recurrences_create"].input_schema["properties"]

    assert create["title"]["maxLength"] == 500
    assert create["title"]["description"].endswith("At most 500 characters.")
    assert create["description"]["maxLength"] == 100_000
    assert create["label_ids"]["maxItems"] == 1_000
    assert reorder["group_ids"]["maxItems"] == 1_000
    assert (
        tools["tasks_checklist_reorder"].input_schema["properties"]["item_ids"]["maxItems"] == 200
    )
    weekdays = recurrence["rule"]["properties"]["weekdays"]
    assert weekdays["maxItems"] == 7
    assert weekdays["description"].endswith("At most 7 items.")


def test_without_bounds_a_tool_declares_none_and_the_check_finds_it(
    api_and_tools: tuple[Any, dict[str, ToolSpec]],
) -> None:
    from mcp_adapter.catalog import load_catalog
    from mcp_adapter.tools import build_tools

    api, _ = api_and_tools
    unbounded = build_tools(load_catalog(api.schema, rules=api.validation_rules))
    problems = _problems(api.schema, unbounded)

    assert "tasks_create(title): free text without maxLength" in problems
    assert "task_groups_reorder(group_ids): a list without maxItems" in problems
    assert "task_recurrences_create(rule).weekdays: a list without maxItems" in problems

"""Nested input objects speak snake_case to tools, like every argument and every result key.

Tool arguments are the operation's snake_case variables, and results are aliased to snake_case;
fields inside input objects (e.g. a recurrence `rule`) would otherwise reach assistants in the
schema's camelCase. The mapping is mechanical and one-to-one: `property_name` names a field in the
JSON Schema, `to_graphql` turns validated arguments back into the schema's field names.
"""

from __future__ import annotations

from typing import Any

from graphql import (
    GraphQLInputObjectType,
    GraphQLInputType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLSchema,
    OperationDefinitionNode,
    type_from_ast,
)
from graphql.pyutils import camel_to_snake


def property_name(field_name: str) -> str:
    return camel_to_snake(field_name)


def to_graphql(type_: GraphQLInputType, value: Any) -> Any:
    """`value` with every input-object key renamed back to its GraphQL field name."""
    if value is None:
        return None
    if isinstance(type_, GraphQLNonNull):
        return to_graphql(type_.of_type, value)
    if isinstance(type_, GraphQLList):
        item_type = type_.of_type
        return [to_graphql(item_type, item) for item in value] if isinstance(value, list) else value
    if isinstance(type_, GraphQLInputObjectType) and isinstance(value, dict):
        fields = {property_name(name): name for name in type_.fields}
        return {
            fields.get(key, key): to_graphql(type_.fields[fields[key]].type, item)
            if key in fields
            else item
            for key, item in value.items()
        }
    return value


def variable_types(
    schema: GraphQLSchema, operation: OperationDefinitionNode
) -> dict[str, GraphQLInputType]:
    types: dict[str, GraphQLInputType] = {}
    for definition in operation.variable_definitions or ():
        graphql_type = type_from_ast(schema, definition.type)
        assert graphql_type is not None  # the catalog validated every operation
        types[definition.variable.name.value] = graphql_type  # type: ignore[assignment]
    return types

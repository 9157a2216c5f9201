"""Every root field and every argument of one is documented in the schema, hence in the tools."""

from __future__ import annotations

from graphql import GraphQLObjectType, build_schema

from backend.schema import schema


def _root_types() -> list[GraphQLObjectType]:
    graphql_schema = build_schema(schema.as_str())
    roots = [
        graphql_schema.query_type,
        graphql_schema.mutation_type,
        graphql_schema.subscription_type,
    ]
    return [root for root in roots if root is not None]


def test_the_schema_has_query_mutation_and_subscription_roots() -> None:
    assert [root.name for root in _root_types()] == ["Query", "Mutation", "Subscription"]


def test_every_root_field_and_argument_has_a_description() -> None:
    missing = [
        f"{root.name}.{name}{'' if argument is None else f'({argument})'}"
        for root in _root_types()
        for name, field in root.fields.items()
        for argument, described in [
            (None, field.description),
            *((arg_name, arg.description) for arg_name, arg in field.args.items()),
        ]
        if not (described or "").strip()
    ]
    assert missing == []

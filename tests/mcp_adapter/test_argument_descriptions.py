"""Tool arguments are described by the schema; an operation describes a variable only to add to it."""

from __future__ import annotations

from pathlib import Path

from graphql import FieldNode, OperationDefinitionNode, VariableNode, build_schema, parse

from backend.schema import schema

OPERATIONS = Path(__file__).resolve().parents[2] / "mcp_adapter" / "operations"


def _variable_descriptions() -> list[tuple[str, str, str]]:
    """(operation.variable, the variable's description, the argument's schema description)."""
    graphql_schema = build_schema(schema.as_str())
    roots = {"query": graphql_schema.query_type, "mutation": graphql_schema.mutation_type}
    found = []
    for path in sorted(OPERATIONS.glob("*.graphql")):
        for op in parse(path.read_text()).definitions:
            if not isinstance(op, OperationDefinitionNode) or op.name is None:
                continue
            root = roots[op.operation.value]
            assert root is not None
            passed_to: dict[str, str] = {}
            for selection in op.selection_set.selections:
                if isinstance(selection, FieldNode):
                    field = root.fields[selection.name.value]
                    for argument in selection.arguments or ():
                        if isinstance(argument.value, VariableNode):
                            described = field.args[argument.name.value].description or ""
                            passed_to[argument.value.name.value] = described
            for variable in op.variable_definitions or ():
                if variable.description is not None:
                    name = variable.variable.name.value
                    found.append(
                        (
                            f"{op.name.value}.{name}",
                            variable.description.value,
                            passed_to.get(name, ""),
                        )
                    )
    return found


def test_no_variable_description_repeats_or_shortens_the_schemas() -> None:
    redundant = [
        where
        for where, own, from_schema in _variable_descriptions()
        if from_schema.startswith(own.rstrip("."))
    ]
    assert redundant == []

"""JSON Schema 2020-12 for each tool: input from its variables, output from its selection set."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from graphql import (
    ArgumentNode,
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLEnumType,
    GraphQLInputObjectType,
    GraphQLInputType,
    GraphQLInterfaceType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLOutputType,
    GraphQLScalarType,
    GraphQLSchema,
    GraphQLUnionType,
    InlineFragmentNode,
    ObjectFieldNode,
    OperationDefinitionNode,
    SelectionSetNode,
    TypeInfo,
    TypeInfoVisitor,
    ValueNode,
    VariableNode,
    Visitor,
    is_input_object_type,
    is_input_type,
    type_from_ast,
    visit,
)
from graphql.utilities import get_default_value_ast, value_from_ast_untyped

from mcp_adapter.catalog import CatalogError, Limits, Operation
from mcp_adapter.inputs import property_name

JSONSchema = dict[str, Any]

# Every scalar a tool can see must be typed; an unknown one stops the catalog rather than
# reaching assistants as an untyped value.
SCALARS: dict[str, JSONSchema] = {
    "String": {"type": "string"},
    "ID": {"type": "string"},
    "Int": {"type": "integer"},
    "Float": {"type": "number"},
    "Boolean": {"type": "boolean"},
    "Date": {"type": "string", "format": "date"},
    "DateTime": {"type": "string", "format": "date-time"},
    "Time": {"type": "string", "format": "time"},
    # ASCII digits, at most 4 places: what backend.core.scalars accepts (\d matches any script);
    # money is then held to its currency's places by the services (JPY 0, EUR 2, KWD 3).
    "Decimal": {"type": "string", "pattern": r"^-?[0-9]{1,15}(\.[0-9]{1,4})?$"},
    "UUID": {"type": "string", "format": "uuid"},
    "JSON": {"type": "object"},
}

# Results carry at most the places inputs take (four: CLF amounts, quantities in hours), with
# the padding of backend.core.scalars.serialize_decimal; kept apart should the two ever differ.
OUTPUT_SCALARS: dict[str, JSONSchema] = {
    "Decimal": {"type": "string", "pattern": r"^-?[0-9]{1,15}(\.[0-9]{1,4})?$"},
}

# Built-in scalar descriptions say what a String is, not what the argument means.
_BUILTIN_SCALARS = frozenset({"String", "ID", "Int", "Float", "Boolean"})


def input_schema(
    schema: GraphQLSchema, operation: Operation, bounds: Mapping[str, Limits] | None = None
) -> JSONSchema:
    """The tool's inputSchema: one property per variable, closed to anything else.

    `bounds` (schema coordinate → limits, from the backend) become maxLength / maxItems of the
    variables passed to those arguments and of the input fields of the objects they take.
    """
    where = f"{operation.source}: operation {operation.name!r}"
    bounds = bounds or {}
    described, coordinates = _argument_descriptions(schema, operation.document)
    properties: dict[str, JSONSchema] = {}
    required: list[str] = []
    for var in operation.definition.variable_definitions or ():
        name = var.variable.name.value
        var_type = type_from_ast(schema, var.type)
        if not is_input_type(var_type):  # validation proved it is; a guard for mypy
            raise CatalogError(f"{where}: unknown type for ${name}")
        prop = _input_type(where, var_type, (), bounds)
        coordinate = coordinates.get(name)
        if coordinate is not None and coordinate in bounds:
            prop = _bounded(prop, bounds[coordinate])
        if var.default_value is not None:
            prop["default"] = _json_literal(var.default_value)
        description = var.description.value.strip() if var.description else described.get(name)
        if description is None:
            description = _type_description(var_type)
        if description:
            prop = {"description": description, **prop}
        properties[name] = prop
        if isinstance(var_type, GraphQLNonNull) and var.default_value is None:
            required.append(name)
    result: JSONSchema = {"type": "object", "properties": properties}
    if required:
        result["required"] = required
    result["additionalProperties"] = False
    return result


def output_schema(schema: GraphQLSchema, operation: Operation) -> JSONSchema:
    """The tool's outputSchema: the object its root field selects, or {root_key: value}."""
    where = f"{operation.source}: operation {operation.name!r}"
    fragments = {
        d.name.value: d
        for d in operation.document.definitions
        if isinstance(d, FragmentDefinitionNode)
    }
    root = operation.definition.selection_set.selections[0]
    assert isinstance(root, FieldNode)
    value = _output_type(where, schema, operation.root_type, root, fragments)
    if not operation.unwrap_root:
        value = {
            "type": "object",
            "properties": {operation.root_key: value},
            "required": [operation.root_key],
            "additionalProperties": False,
        }
    return _shared_definitions(_compact_nullables(value))


# A subschema repeated within one tool's output travels once, in $defs, from this size on.
SHARED_MIN_CHARS = 120


def _compact_nullables(node: Any) -> Any:
    """`anyOf: [X, null]` as `type: [..., "null"]` where that means exactly the same: object
    keywords apply to objects only, and an enum lists null among its values."""
    if isinstance(node, list):
        return [_compact_nullables(item) for item in node]
    if not isinstance(node, dict):
        return node
    node = {key: _compact_nullables(value) for key, value in node.items()}
    branches = node.get("anyOf")
    if (
        isinstance(branches, list)
        and len(branches) == 2
        and branches[1] == {"type": "null"}
        and isinstance(branches[0].get("type"), str)
        and len(node) == 1
    ):
        inner = dict(branches[0])
        inner["type"] = [inner["type"], "null"]
        if "enum" in inner:
            inner["enum"] = [*inner["enum"], None]
        return inner
    return node


def _shared_definitions(schema: JSONSchema) -> JSONSchema:
    """Object schemas that occur more than once move to `$defs` and are referenced locally
    (`#/$defs/…`), so one tool's schema says each shape once; validation is unchanged."""
    counts: dict[str, int] = {}

    def count(node: Any, top: bool) -> None:
        if isinstance(node, dict):
            if not top and "properties" in node:
                key = json.dumps(node, sort_keys=True)
                if len(key) >= SHARED_MIN_CHARS:
                    counts[key] = counts.get(key, 0) + 1
            for value in node.values():
                count(value, False)
        elif isinstance(node, list):
            for value in node:
                count(value, False)

    count(schema, True)
    shared = [key for key, n in counts.items() if n > 1]
    if not shared:
        return schema
    names = {key: f"shape{index}" for index, key in enumerate(shared, 1)}

    def replace_shared(node: Any, top: bool) -> Any:
        if isinstance(node, dict):
            if not top and "properties" in node:
                name = names.get(json.dumps(node, sort_keys=True))
                if name is not None:
                    return {"$ref": f"#/$defs/{name}"}
            return {key: replace_shared(value, False) for key, value in node.items()}
        if isinstance(node, list):
            return [replace_shared(value, False) for value in node]
        return node

    result: JSONSchema = replace_shared(schema, True)
    # A shared shape may hold another: definitions are compacted the same way, by their keys.
    result["$defs"] = {name: replace_shared(json.loads(key), True) for key, name in names.items()}
    return result


def _bounded(prop: JSONSchema, limits: Limits) -> JSONSchema:
    """The property with its limits; on a nullable type list they constrain the non-null value."""
    bounded = dict(prop)
    if limits.max_length is not None:
        bounded["maxLength"] = limits.max_length
    if limits.max_items is not None:
        bounded["maxItems"] = limits.max_items
    return bounded


def _input_type(
    where: str, type_: GraphQLInputType, seen: tuple[str, ...], bounds: Mapping[str, Limits]
) -> JSONSchema:
    if isinstance(type_, GraphQLNonNull):
        return _input_type_non_null(where, type_.of_type, seen, bounds)
    return _nullable(_input_type_non_null(where, type_, seen, bounds))


def _input_type_non_null(
    where: str, type_: GraphQLInputType, seen: tuple[str, ...], bounds: Mapping[str, Limits]
) -> JSONSchema:
    if isinstance(type_, GraphQLList):
        return {"type": "array", "items": _input_type(where, type_.of_type, seen, bounds)}
    if isinstance(type_, GraphQLScalarType):
        return _scalar(where, type_)
    if isinstance(type_, GraphQLEnumType):
        return {"type": "string", "enum": list(type_.values)}
    if isinstance(type_, GraphQLInputObjectType):
        if type_.name in seen:
            # Inline expansion is the contract (no $ref), so a recursive input cannot be a tool.
            raise CatalogError(
                f"{where}: input type {type_.name} is recursive; it cannot be inlined"
            )
        properties: dict[str, JSONSchema] = {}
        required: list[str] = []
        for name, input_field in type_.fields.items():
            prop = _input_type(where, input_field.type, (*seen, type_.name), bounds)
            if f"{type_.name}.{name}" in bounds:
                prop = _bounded(prop, bounds[f"{type_.name}.{name}"])
            default = get_default_value_ast(input_field)
            if default is not None:
                prop["default"] = _json_literal(default)
            if input_field.description:
                prop = {"description": input_field.description, **prop}
            properties[property_name(name)] = prop
            if isinstance(input_field.type, GraphQLNonNull) and default is None:
                required.append(property_name(name))
        result: JSONSchema = {"type": "object", "properties": properties}
        if required:
            result["required"] = required
        result["additionalProperties"] = False
        return result
    raise CatalogError(f"{where}: unsupported input type {type_}")


def _object(
    where: str,
    schema: GraphQLSchema,
    parent: GraphQLObjectType | GraphQLInterfaceType | GraphQLUnionType,
    selection_set: SelectionSetNode,
    fragments: dict[str, FragmentDefinitionNode],
) -> JSONSchema:
    properties: dict[str, JSONSchema] = {}
    required: list[str] = []

    def collect(
        owner: GraphQLObjectType | GraphQLInterfaceType | GraphQLUnionType,
        selections: SelectionSetNode,
        optional: bool,
    ) -> None:
        for selection in selections.selections:
            conditional = optional or bool(selection.directives)
            if isinstance(selection, FieldNode):
                key = (selection.alias or selection.name).value
                if selection.name.value == "__typename":
                    prop: JSONSchema = {"type": "string"}
                else:
                    if isinstance(owner, GraphQLUnionType):
                        raise CatalogError(f"{where}: select fields of a union through fragments")
                    field_def = owner.fields[selection.name.value]
                    prop = _output_type(where, schema, field_def.type, selection, fragments)
                properties[key] = _merge(properties.get(key), prop)
                if not conditional and key not in required:
                    required.append(key)
            else:
                if isinstance(selection, InlineFragmentNode):
                    condition = selection.type_condition
                    inner = selection.selection_set
                else:
                    assert isinstance(selection, FragmentSpreadNode)
                    fragment = fragments[selection.name.value]
                    condition = fragment.type_condition
                    inner = fragment.selection_set
                target = owner
                if condition is not None and condition.name.value != owner.name:
                    named = schema.get_type(condition.name.value)
                    assert isinstance(
                        named, GraphQLObjectType | GraphQLInterfaceType | GraphQLUnionType
                    )
                    # Fields of a narrower type are present only when the object is of that type.
                    target, conditional = named, True
                collect(target, inner, conditional)

    collect(parent, selection_set, False)
    result: JSONSchema = {"type": "object", "properties": properties}
    if required:
        result["required"] = required
    result["additionalProperties"] = False
    return result


def _output_type(
    where: str,
    schema: GraphQLSchema,
    type_: GraphQLOutputType,
    node: FieldNode,
    fragments: dict[str, FragmentDefinitionNode],
) -> JSONSchema:
    if isinstance(type_, GraphQLNonNull):
        return _output_non_null(where, schema, type_.of_type, node, fragments)
    return _nullable(_output_non_null(where, schema, type_, node, fragments))


def _output_non_null(
    where: str,
    schema: GraphQLSchema,
    type_: GraphQLOutputType,
    node: FieldNode,
    fragments: dict[str, FragmentDefinitionNode],
) -> JSONSchema:
    if isinstance(type_, GraphQLList):
        return {
            "type": "array",
            "items": _output_type(where, schema, type_.of_type, node, fragments),
        }
    if isinstance(type_, GraphQLScalarType):
        return dict(OUTPUT_SCALARS.get(type_.name) or _scalar(where, type_))
    if isinstance(type_, GraphQLEnumType):
        return {"type": "string", "enum": list(type_.values)}
    if isinstance(type_, GraphQLObjectType | GraphQLInterfaceType | GraphQLUnionType):
        assert node.selection_set is not None  # validation requires a selection on composites
        return _object(where, schema, type_, node.selection_set, fragments)
    raise CatalogError(f"{where}: unsupported output type {type_}")


def _scalar(where: str, type_: GraphQLScalarType) -> JSONSchema:
    known = SCALARS.get(type_.name)
    if known is None:
        raise CatalogError(
            f"{where}: scalar {type_.name} has no JSON Schema; add it to schemas.SCALARS"
        )
    return dict(known)


def _nullable(prop: JSONSchema) -> JSONSchema:
    """Accept null too: a type list for plain scalars and arrays, anyOf inside the property else."""
    kind = prop.get("type")
    if isinstance(kind, str) and "enum" not in prop and kind != "object":
        return {**prop, "type": [kind, "null"]}
    return {"anyOf": [prop, {"type": "null"}]}


def _merge(existing: JSONSchema | None, new: JSONSchema) -> JSONSchema:
    # The same response key selected twice (e.g. through a fragment) merges its sub-selections.
    if existing is None:
        return new
    if existing.get("type") == "object" and new.get("type") == "object":
        merged = {**existing, "properties": {**existing["properties"]}}
        for key, prop in new["properties"].items():
            merged["properties"][key] = _merge(merged["properties"].get(key), prop)
        required = [*existing.get("required", [])]
        required += [key for key in new.get("required", []) if key not in required]
        if required:
            merged["required"] = required
        merged["additionalProperties"] = False
        return merged
    return existing


def _type_description(type_: GraphQLInputType) -> str | None:
    while isinstance(type_, GraphQLNonNull | GraphQLList):
        type_ = type_.of_type
    if isinstance(type_, GraphQLScalarType) and type_.name in _BUILTIN_SCALARS:
        return None
    if isinstance(type_, GraphQLEnumType | GraphQLInputObjectType):
        return type_.description
    return None


def _argument_descriptions(
    schema: GraphQLSchema, document: DocumentNode
) -> tuple[dict[str, str], dict[str, str]]:
    """Variable name → description, and → schema coordinate, of the argument or input field it
    is passed to (`Mutation.tasksCreate(title:)`, `RecurrenceRuleInput.weekdays`)."""
    type_info = TypeInfo(schema)
    found: dict[str, str] = {}
    coordinates: dict[str, str] = {}
    fields: list[str] = []

    class Collector(Visitor):
        def enter_field(self, node: FieldNode, *_: Any) -> None:
            parent = type_info.get_parent_type()
            fields.append(f"{parent.name}.{node.name.value}" if parent else node.name.value)

        def leave_field(self, *_: Any) -> None:
            fields.pop()

        def enter_argument(self, node: ArgumentNode, *_: Any) -> None:
            argument = type_info.get_argument()
            if not isinstance(node.value, VariableNode):
                return
            name = node.value.name.value
            if argument and argument.description:
                found.setdefault(name, argument.description)
            if fields:
                coordinates.setdefault(name, f"{fields[-1]}({node.name.value}:)")

        def enter_object_field(self, node: ObjectFieldNode, *_: Any) -> None:
            parent = type_info.get_parent_input_type()
            if not isinstance(node.value, VariableNode) or not is_input_object_type(parent):
                return
            assert isinstance(parent, GraphQLInputObjectType)
            name = node.value.name.value
            coordinates.setdefault(name, f"{parent.name}.{node.name.value}")
            input_field = parent.fields.get(node.name.value)
            if input_field is not None and input_field.description:
                found.setdefault(name, input_field.description)

    for definition in document.definitions:
        if isinstance(definition, OperationDefinitionNode | FragmentDefinitionNode):
            visit(definition, TypeInfoVisitor(type_info, Collector()))
    return found, coordinates


def _json_literal(node: ValueNode) -> Any:
    # Enum values come back as their names, which is what the JSON argument carries.
    return value_from_ast_untyped(node)

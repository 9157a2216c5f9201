"""The operations catalog: named GraphQL operations, validated fail-closed, ready to execute."""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Protocol

from graphql import (
    ASTValidationRule,
    BooleanValueNode,
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    GraphQLError,
    GraphQLObjectType,
    GraphQLOutputType,
    GraphQLSchema,
    GraphQLSyntaxError,
    NameNode,
    NullValueNode,
    OperationDefinitionNode,
    OperationType,
    OverlappingFieldsCanBeMergedRule,
    Source,
    StringValueNode,
    ValueNode,
    Visitor,
    extend_schema,
    get_nullable_type,
    is_non_null_type,
    parse,
    print_ast,
    print_schema,
    separate_operations,
    validate,
    visit,
)
from graphql.pyutils import Undefined, camel_to_snake

OPERATIONS_DIR = Path(__file__).parent / "operations"

# Annotations live beside each operation; the directive exists only while the catalog is validated.
# `permission` names the flag a role needs to ever run the tool: tools/list hides it from others.
MCP_DIRECTIVE_SDL = (
    "directive @mcp(title: String!, destructive: Boolean, idempotent: Boolean, "
    "permission: String) on QUERY | MUTATION"
)
MCP_DIRECTIVE = "mcp"

# A mutation named with one of these verbs deletes data, and only such a mutation may say so.
# "unassign" removes an assignment: CATALOG.md marks tasks_unassign destructive; "unlink"
# deletes a git repository's commits (git_repositories_unlink); "dismiss" removes a notification
# from its recipient's list for good (notifications_dismiss).
DESTRUCTIVE_VERBS = frozenset(
    {"delete", "remove", "revoke", "discard", "void", "unassign", "unlink", "dismiss"}
)

_SNAKE = re.compile(r"[a-z][a-z0-9]*(_[a-z0-9]+)*")


def cache_directory() -> Path | None:
    """Where validated catalogs are remembered across starts: TRCR_CATALOG_CACHE (a folder, or
    `off`), else $XDG_CACHE_HOME/trcr or ~/.cache/trcr."""
    configured = os.environ.get("TRCR_CATALOG_CACHE", "").strip()
    if configured.lower() in ("off", "0", "no"):
        return None
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "trcr"


class CatalogError(Exception):
    """The catalog cannot be served: startup stops and the message names file and operation."""


@dataclass(frozen=True)
class Operation:
    """One named operation of the catalog, and so one MCP tool."""

    name: str
    title: str
    description: str
    operation_type: OperationType
    destructive: bool
    idempotent: bool
    # What executes: @mcp stripped, snake_case aliases added, validated against the schema.
    document: DocumentNode
    definition: OperationDefinitionNode
    # The single root field: its object is the tool's structured result when unwrap_root,
    # else the result is {root_key: value}.
    root_key: str
    root_type: GraphQLOutputType
    unwrap_root: bool
    source: str
    # The operations file's stem: the tool's domain and so its toolset.
    domain: str = ""
    # The permission flag without which a role can never run the tool (None: any role may).
    permission: str | None = None
    document_text: str = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "document_text", print_ast(self.document))

    @property
    def is_mutation(self) -> bool:
        return self.operation_type is OperationType.MUTATION


class Limits(Protocol):
    """The most an argument may carry, as the backend declares it (backend.api.Bounds)."""

    @property
    def max_length(self) -> int | None: ...

    @property
    def max_items(self) -> int | None: ...


@dataclass(frozen=True)
class Catalog:
    """Every operation by name, in name order."""

    schema: GraphQLSchema
    operations: tuple[Operation, ...]
    # The backend's input bounds by schema coordinate (BackendApi.argument_bounds).
    bounds: Mapping[str, Limits] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_name", {op.name: op for op in self.operations})

    def get(self, name: str) -> Operation | None:
        by_name: dict[str, Operation] = getattr(self, "_by_name")  # noqa: B009
        return by_name.get(name)

    @property
    def names(self) -> list[str]:
        return [op.name for op in self.operations]


def load_catalog(
    schema: GraphQLSchema,
    directory: Path = OPERATIONS_DIR,
    *,
    rules: Sequence[type[ASTValidationRule]] = (),
    bounds: Mapping[str, Limits] | None = None,
    permissions: Collection[str] | None = None,
    cache_dir: Path | None = None,
    rules_key: str | None = None,
) -> Catalog:
    """Load every `*.graphql` file of `directory`; any defect raises `CatalogError`.

    `permissions` are the flags `@mcp(permission:)` may name (the backend's); None skips the check.
    `cache_dir` and `rules_key`: see `load_sources`.
    """
    files = sorted(directory.glob("*.graphql"))
    if not files:
        raise CatalogError(f"{directory}: no operations files (*.graphql) found")
    sources = ((path, path.read_text(encoding="utf-8")) for path in files)
    catalog = load_sources(
        schema,
        sources,
        rules=rules,
        permissions=permissions,
        cache_dir=cache_dir,
        rules_key=rules_key,
    )
    return replace(catalog, bounds=dict(bounds or {}))


def load_sources(
    schema: GraphQLSchema,
    sources: Iterable[tuple[Path | str, str]],
    *,
    rules: Sequence[type[ASTValidationRule]] = (),
    permissions: Collection[str] | None = None,
    cache_dir: Path | None = None,
    rules_key: str | None = None,
) -> Catalog:
    """Build the catalog from `(path, text)` pairs; a path's stem is its tools' domain.

    Validation is fail-closed, and paid once per distinct input: the same schema object, rules
    and texts in one process give the same catalog back; with `cache_dir` and `rules_key` (what
    the rules enforce, e.g. their limits), a digest of the printed schema, the key and the texts
    is recorded there once they validated, so a restart with nothing changed skips validation.
    """
    listed = [(Path(path), text) for path, text in sources]
    digest = hashlib.sha256()
    for path, text in listed:
        digest.update(f"{path}\0{len(text)}\0{text}\0".encode())
    memo_key = (id(schema), tuple(rules), digest.hexdigest(), tuple(sorted(permissions or ())))
    remembered = _MEMO.get(memo_key)
    if remembered is not None and remembered.schema is schema:
        return remembered
    marker: Path | None = None
    if cache_dir is not None and rules_key is not None:
        digest.update(f"rules\0{rules_key}\0{MCP_DIRECTIVE_SDL}\0".encode())
        digest.update(print_schema(schema).encode())
        marker = cache_dir / f"catalog-{digest.hexdigest()}.validated"
    validated_before = marker is not None and marker.exists()
    catalog = _build(schema, listed, rules, permissions, validate_all=not validated_before)
    if marker is not None and not validated_before:
        try:
            marker.parent.mkdir(parents=True, exist_ok=True)
            marker.write_text("validated\n", encoding="utf-8")
        except OSError:
            pass  # an unwritable cache only costs the next start its validation
    _MEMO[memo_key] = catalog
    return catalog


# Catalogs built in this process, by schema identity, rules and texts.
_MEMO: dict[tuple[Any, ...], Catalog] = {}


def _build(
    schema: GraphQLSchema,
    sources: Sequence[tuple[Path, str]],
    rules: Sequence[type[ASTValidationRule]],
    permissions: Collection[str] | None,
    *,
    validate_all: bool,
) -> Catalog:
    try:
        annotated_schema = extend_schema(schema, parse(MCP_DIRECTIVE_SDL))
    except (GraphQLError, TypeError) as error:
        raise CatalogError(f"cannot declare @{MCP_DIRECTIVE} on the schema: {error}") from error
    # The executable differs from the validated file only by its aliases (and the stripped
    # @mcp): the field-merging rule sees the aliases, the backend's rules their limits.
    execution_rules: list[type[ASTValidationRule]] | None = (
        [OverlappingFieldsCanBeMergedRule, *rules] if validate_all else None
    )
    seen: dict[str, str] = {}
    operations: list[Operation] = []
    for path, text in sources:
        for operation in _load_file(schema, annotated_schema, execution_rules, path, text):
            if permissions is not None and operation.permission not in (None, *permissions):
                raise CatalogError(
                    f"{operation.source}: operation {operation.name!r} declares "
                    f"permission {operation.permission!r}, which is none of: "
                    f"{', '.join(sorted(permissions))}"
                )
            if operation.name in seen:
                raise CatalogError(
                    f"{operation.source}: operation {operation.name!r} is already defined in "
                    f"{seen[operation.name]}; tool names must be unique"
                )
            seen[operation.name] = operation.source
            operations.append(operation)
    return Catalog(schema=schema, operations=tuple(sorted(operations, key=lambda op: op.name)))


def _load_file(
    schema: GraphQLSchema,
    annotated_schema: GraphQLSchema,
    execution_rules: Sequence[type[ASTValidationRule]] | None,
    path: Path,
    text: str,
) -> list[Operation]:
    """The file's operations; `execution_rules` None means these exact inputs validated before."""
    label = str(path)
    try:
        document = parse(Source(text, label))
    except GraphQLSyntaxError as error:
        raise CatalogError(f"{label}: {error.message} ({_where(error)})") from error

    ops: list[OperationDefinitionNode] = []
    for definition in document.definitions:
        if isinstance(definition, OperationDefinitionNode):
            ops.append(definition)
        elif not isinstance(definition, FragmentDefinitionNode):
            raise CatalogError(f"{label}: an operations file holds only operations and fragments")
    if not ops:
        raise CatalogError(f"{label}: the file defines no operation")
    for op in ops:
        if op.name is None:
            raise CatalogError(f"{label}: an operation has no name; every tool is named")

    if execution_rules is not None:
        file_errors = validate(annotated_schema, document)
        if file_errors:
            # Name the operation at fault when one is; else the file's own defect.
            for name, single in separate_operations(document).items():
                _check_errors(label, name, validate(annotated_schema, single))
            _check_errors(label, None, file_errors)

    domain = path.stem
    return [
        _prepare(schema, execution_rules, label, domain, op, document)
        for op in ops
        if op.name is not None
    ]


def _prepare(
    schema: GraphQLSchema,
    execution_rules: Sequence[type[ASTValidationRule]] | None,
    label: str,
    domain: str,
    op: OperationDefinitionNode,
    file_document: DocumentNode,
) -> Operation:
    assert op.name is not None
    name = op.name.value
    where = f"{label}: operation {name!r}"

    if not _SNAKE.fullmatch(name):
        raise CatalogError(f"{where}: the name must be snake_case (it is the tool name)")
    if name != domain and not name.startswith(f"{domain}_"):
        raise CatalogError(f"{where}: tools of {label} must be named {domain!r} or {domain}_<verb>")
    if op.operation is OperationType.SUBSCRIPTION:
        raise CatalogError(f"{where}: subscriptions are not tools; remove it from the catalog")
    for var in op.variable_definitions or ():
        if not _SNAKE.fullmatch(var.variable.name.value):
            raise CatalogError(
                f"{where}: variable ${var.variable.name.value} must be snake_case (an argument)"
            )

    description = op.description
    if description is None or not description.value.strip():
        raise CatalogError(f'{where}: needs a one-line description ("Does X." before the keyword)')
    if description.block or "\n" in description.value:
        raise CatalogError(f"{where}: the description must be one line in a plain string")

    annotation = _annotation(where, op)
    title = annotation.get("title")
    if not isinstance(title, str) or not title.strip():
        raise CatalogError(f'{where}: @mcp(title: "...") must give a non-empty title')
    destructive = annotation.get("destructive")
    idempotent = annotation.get("idempotent")
    is_mutation = op.operation is OperationType.MUTATION
    if is_mutation:
        if destructive is None:
            raise CatalogError(f"{where}: a mutation must declare @mcp(destructive: true|false)")
        verbs = DESTRUCTIVE_VERBS.intersection(name.split("_"))
        if verbs and destructive is not True:
            raise CatalogError(
                f"{where}: the name says {sorted(verbs)[0]!r}, so it must declare destructive: true"
            )
        if not verbs and destructive is True:
            raise CatalogError(
                f"{where}: declared destructive but its name has none of "
                f"{', '.join(sorted(DESTRUCTIVE_VERBS))}; rename it or declare destructive: false"
            )
    elif destructive is not None or idempotent is not None:
        raise CatalogError(
            f"{where}: queries are read-only and idempotent; declare only a title (and permission)"
        )
    permission = annotation.get("permission")
    if permission is not None and (not isinstance(permission, str) or not permission.strip()):
        raise CatalogError(f'{where}: @mcp(permission: "...") must name a permission flag')

    executable = separate_operations(_strip_and_alias(file_document, op))[name]
    if execution_rules is not None:
        _check_errors(label, name, validate(schema, executable, execution_rules))

    stripped = next(d for d in executable.definitions if isinstance(d, OperationDefinitionNode))
    root_key, root_type, unwrap_root = _root_field(where, schema, stripped)
    return Operation(
        name=name,
        title=title.strip(),
        description=description.value.strip(),
        operation_type=op.operation,
        destructive=bool(destructive),
        idempotent=not is_mutation or bool(idempotent),
        document=executable,
        definition=stripped,
        root_key=root_key,
        root_type=root_type,
        unwrap_root=unwrap_root,
        source=label,
        domain=domain,
        permission=permission,
    )


def _annotation(where: str, op: OperationDefinitionNode) -> dict[str, Any]:
    found = [d for d in op.directives or () if d.name.value == MCP_DIRECTIVE]
    if not found:
        raise CatalogError(f'{where}: missing @{MCP_DIRECTIVE}(title: "...") annotations')
    values: dict[str, Any] = {}
    for argument in found[0].arguments or ():
        value = _literal(argument.value)
        if value is Undefined:
            raise CatalogError(f"{where}: @mcp({argument.name.value}:) must be a literal")
        values[argument.name.value] = value
    return values


def _literal(node: ValueNode) -> Any:
    # Validation already checked the types; variables are not literals and are refused.
    if isinstance(node, StringValueNode | BooleanValueNode):
        return node.value
    if isinstance(node, NullValueNode):
        return None
    return Undefined


class _SnakeCaseAliases(Visitor):
    """Alias every field whose response key is not snake_case, so results come out snake_case."""

    def leave_field(self, node: FieldNode, *_: Any) -> FieldNode | None:
        key = (node.alias or node.name).value
        if key.startswith("__"):
            return None
        snake = camel_to_snake(key)
        if snake == key:
            return None
        return replace(node, alias=NameNode(value=snake))


class _StripAnnotations(Visitor):
    def leave_operation_definition(
        self, node: OperationDefinitionNode, *_: Any
    ) -> OperationDefinitionNode:
        kept = tuple(d for d in node.directives or () if d.name.value != MCP_DIRECTIVE)
        return replace(node, directives=kept or None)


def _strip_and_alias(document: DocumentNode, op: OperationDefinitionNode) -> DocumentNode:
    # Keep only this operation (and the file's fragments): separate_operations prunes the rest.
    only = replace(
        document,
        definitions=tuple(
            d for d in document.definitions if d is op or isinstance(d, FragmentDefinitionNode)
        ),
    )
    stripped: DocumentNode = visit(only, _StripAnnotations())
    aliased: DocumentNode = visit(stripped, _SnakeCaseAliases())
    return aliased


def _root_field(
    where: str, schema: GraphQLSchema, op: OperationDefinitionNode
) -> tuple[str, GraphQLOutputType, bool]:
    selections = op.selection_set.selections
    if len(selections) != 1 or not isinstance(selections[0], FieldNode):
        raise CatalogError(f"{where}: select exactly one root field; its value is the tool result")
    root = selections[0]
    if root.directives:
        raise CatalogError(f"{where}: the root field cannot be conditional (@include/@skip)")
    parent = schema.get_root_type(op.operation)
    assert parent is not None  # validation proved the operation type exists
    field_type = parent.fields[root.name.value].type
    # Structured content must be a JSON object: a non-null object is the result itself; anything
    # else (a nullable object, a list) is keyed by its response key, e.g. {"timer": null}.
    unwrap = is_non_null_type(field_type) and isinstance(
        get_nullable_type(field_type), GraphQLObjectType
    )
    return (root.alias or root.name).value, field_type, unwrap


def _check_errors(label: str, name: str | None, errors: Sequence[GraphQLError]) -> None:
    if not errors:
        return
    who = f"operation {name!r}" if name else "the file"
    details = "; ".join(f"{error.message} ({_where(error)})" for error in errors)
    raise CatalogError(f"{label}: {who} is invalid: {details}")


def _where(error: GraphQLError) -> str:
    locations = error.locations or []
    return ", ".join(f"line {loc.line}, column {loc.column}" for loc in locations) or "no location"

"""The executor /graphql and /mcp share: text input with a NUL character, and any mutation sent
with a read-only token, are refused before anything runs.

PostgreSQL cannot store U+0000 in text while SQLite can; refusing it here, for every variable and
every string literal of every operation, keeps both databases alike and the error clear.

A read-only token is refused here, the one place every transport (HTTP, WebSocket, MCP) executes
through, so no service needs to know about it.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from graphql import (
    ArgumentNode,
    DocumentNode,
    GraphQLError,
    ObjectFieldNode,
    OperationType,
    StringValueNode,
    VariableDefinitionNode,
    Visitor,
    visit,
)
from graphql.execution import Executor
from graphql.utilities import get_operation_ast
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext

NUL = "\x00"
READ_ONLY_TOKEN = "READ_ONLY_TOKEN"
_ADVICE = "text must not contain NUL characters (\\u0000); remove them and send again."


def _nul_paths(value: object, path: str) -> Iterator[str]:
    if isinstance(value, str):
        if NUL in value:
            yield path
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _nul_paths(item, f"{path}.{key}")
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            yield from _nul_paths(item, f"{path}.{index}")


def _invalid(message: str, field: str, nodes: Any = None) -> GraphQLError:
    return GraphQLError(message, nodes, extensions={"code": "INVALID", "field": field})


def variable_errors(variables: dict[str, Any] | None) -> list[GraphQLError]:
    errors: list[GraphQLError] = []
    for name, value in (variables or {}).items():
        for path in _nul_paths(value, name):
            at = f" at '{path}'" if path != name else ""
            # "Variable '$x'" as graphql-core words it, so the MCP adapter names the argument.
            errors.append(_invalid(f"Variable '${name}'{at}: {_ADVICE}", name))
    return errors


def _as_invalid(error: GraphQLError) -> GraphQLError:
    """A variable the schema refused is the caller's input: INVALID, naming the variable."""
    node = error.nodes[0] if error.nodes else None
    if not isinstance(node, VariableDefinitionNode) or (error.extensions or {}).get("code"):
        return error
    return _invalid(error.message, node.variable.name.value, error.nodes)


class _LiteralCheck(Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.names: list[str] = []
        self.errors: list[GraphQLError] = []

    def enter_argument(self, node: ArgumentNode, *_args: Any) -> None:
        self.names.append(node.name.value)

    def leave_argument(self, *_args: Any) -> None:
        self.names.pop()

    def enter_object_field(self, node: ObjectFieldNode, *_args: Any) -> None:
        self.names.append(node.name.value)

    def leave_object_field(self, *_args: Any) -> None:
        self.names.pop()

    def enter_string_value(self, node: StringValueNode, *_args: Any) -> None:
        if NUL in node.value:
            field = ".".join(self.names) or "document"
            self.errors.append(_invalid(f"Argument '{field}': {_ADVICE}", field, node))


def literal_errors(document: DocumentNode) -> list[GraphQLError]:
    # A NUL can only be written as an escape (\u0000 or \u{0}): skip the walk when there is none.
    if document.loc is not None and "\\u" not in document.loc.source.body:
        return []
    if document.loc is None:
        # Built in code (the MCP catalog's prepared documents, run on every call): ASTs are
        # immutable, so each is walked once. The entry holds the document, so its id stays its.
        known = _UNLOCATED.get(id(document))
        if known is not None and known[0] is document:
            return list(known[1])
    check = _LiteralCheck()
    visit(document, check)
    if document.loc is None and len(_UNLOCATED) < _UNLOCATED_MAX:
        _UNLOCATED[id(document)] = (document, tuple(check.errors))
    return check.errors


def read_only_errors(
    document: DocumentNode, operation_name: str | None, context: object
) -> list[GraphQLError]:
    """A mutation sent with a read-only token: refused as a whole, nothing of it runs."""
    principal = getattr(context, "_principal", None)
    if not getattr(principal, "read_only", False):
        return []
    operation = get_operation_ast(document, operation_name)
    if operation is None or operation.operation != OperationType.MUTATION:
        return []
    return [
        GraphQLError(
            "This Personal Access Token is read-only: it may run queries only, so the mutation "
            "was refused and nothing changed. Use a token created without read_only to make "
            "changes.",
            operation,
            extensions={"code": "FORBIDDEN", "field": None, "reason": READ_ONLY_TOKEN},
        )
    ]


_UNLOCATED: dict[int, tuple[DocumentNode, tuple[GraphQLError, ...]]] = {}
_UNLOCATED_MAX = 4096


@lru_cache(maxsize=2)
def strict_executor(*, hide_suggestions: bool) -> type[Executor[Any]]:
    """strawberry's executor, refusing NUL text; with `hide_suggestions`, no "Did you mean …"."""

    class StrictExecutor(StrawberryGraphQLCoreExecutionContext):
        @classmethod
        def build(
            cls,
            schema: Any,
            document: DocumentNode,
            root_value: Any = None,
            context_value: Any = None,
            raw_variable_values: dict[str, Any] | None = None,
            *args: Any,
            **kwargs: Any,
        ) -> list[GraphQLError] | Executor[Any]:
            operation_name = args[0] if args else kwargs.get("operation_name")
            errors = read_only_errors(document, operation_name, context_value)
            if errors:
                return errors
            errors = literal_errors(document) + variable_errors(raw_variable_values)
            if errors:
                return errors
            if hide_suggestions:
                kwargs["hide_suggestions"] = True
            built = super().build(
                schema, document, root_value, context_value, raw_variable_values, *args, **kwargs
            )
            return [_as_invalid(error) for error in built] if isinstance(built, list) else built

    return StrictExecutor

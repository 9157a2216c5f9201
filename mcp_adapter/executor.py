"""Runs a tool call in-process: arguments checked, the cached document executed, errors masked."""

from __future__ import annotations

import inspect
import json
from collections.abc import Callable, Mapping, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

import mcp_types
from graphql import ExecutionResult, GraphQLError, GraphQLSchema, execute
from graphql.execution import Executor
from jsonschema import (  # type: ignore[import-untyped]  # no stubs; used through few calls
    Draft202012Validator,
    FormatChecker,
    ValidationError,
)
from jsonschema.exceptions import best_match  # type: ignore[import-untyped]

from mcp_adapter.inputs import to_graphql, variable_types
from mcp_adapter.tools import ToolSpec


# jsonschema checks "date-time" only with an optional package; this matches what the GraphQL
# DateTime scalar accepts (Python's ISO 8601 parser).
def _is_datetime(instance: object) -> bool:
    if isinstance(instance, str):
        datetime.fromisoformat(instance)
    return True


FORMATS = FormatChecker()
FORMATS.checks("date-time", raises=ValueError)(_is_datetime)


# What the model should do next, per error code of the service layer.
NEXT_STEP = {
    "NOT_FOUND": "Check the id (list the entities to find it); nothing was changed.",
    "FORBIDDEN": "The token's user lacks the permission; do not retry, tell the user.",
    "INVALID": "Correct the arguments and call the tool again.",
    "CONFLICT": "Read the current state, then retry if it still makes sense.",
    "UNAUTHENTICATED": "The token no longer works; ask the user for a new Personal Access Token.",
    "INTERNAL": "This is a server fault, not your arguments: retry once later, or report the request id.",
}


class ResponseLimit(Protocol):
    """The backend's response budget (backend.api.ResponseBudget)."""

    def exceeded(self, size: int) -> bool: ...

    def message(self, size: int) -> str: ...


@dataclass(frozen=True)
class ExecutionBackend:
    """What /graphql uses, so a tool runs exactly as the same operation would there."""

    schema: GraphQLSchema
    build_context: Callable[[Any, Any], Any]
    mask_errors: Callable[[list[GraphQLError]], list[GraphQLError]]
    executor_class: type[Executor[Any]] | None = None
    response_budget: ResponseLimit | None = None
    # Marks the work of one tool call as coming through MCP under the tool's name (the audit
    # log's interface and operation); none: nothing is marked.
    tool_call: Callable[[str], AbstractContextManager[Any]] | None = None


class ToolExecutor:
    """Validates arguments, executes the pre-validated document, shapes the MCP result."""

    def __init__(self, tools: Mapping[str, ToolSpec], backend: ExecutionBackend) -> None:
        self.tools = dict(tools)
        self.backend = backend
        self._variable_types = {
            name: variable_types(backend.schema, spec.operation.definition)
            for name, spec in self.tools.items()
        }
        # Compiled once: building a validator costs far more than running it.
        self._validators = {
            name: Draft202012Validator(spec.input_schema, format_checker=FORMATS)
            for name, spec in self.tools.items()
        }

    def input_schema(self, name: str) -> dict[str, Any] | None:
        spec = self.tools.get(name)
        return spec.input_schema if spec else None

    async def call(
        self,
        name: str,
        arguments: Mapping[str, Any] | None,
        principal: Any,
        request: Any = None,
    ) -> mcp_types.CallToolResult:
        spec = self.tools[name]
        variables = dict(arguments or {})
        problems = _argument_problems(self._validators[name], variables)
        if problems:
            return _error(
                f"Invalid arguments for {name}: "
                + " ".join(problems)
                + " Nothing was executed; fix the arguments and call again."
            )

        types = self._variable_types[name]
        variables = {
            key: to_graphql(types[key], value) if key in types else value
            for key, value in variables.items()
        }
        context = self.backend.build_context(principal, request)
        if inspect.isawaitable(context):
            context = await context
        marked = self.backend.tool_call(name) if self.backend.tool_call else nullcontext()
        with marked:
            outcome = execute(
                self.backend.schema,
                spec.operation.document,
                root_value=None,
                context_value=context,
                variable_values=variables,
                operation_name=name,
                executor_class=self.backend.executor_class,
            )
            result: ExecutionResult = await outcome if inspect.isawaitable(outcome) else outcome
            return self._shape(spec, result)

    def _shape(self, spec: ToolSpec, result: ExecutionResult) -> mcp_types.CallToolResult:
        operation = spec.operation
        if result.errors:
            if result.data is None and all(_is_input_error(error) for error in result.errors):
                # Rejected before execution (variable coercion): the caller's input, never masked.
                return _error(
                    f"Invalid arguments for {operation.name}: "
                    + " ".join(_argument_names(error.message) for error in result.errors)
                    + " Nothing was executed; fix the arguments and call again."
                )
            return _error(_describe_errors(operation.name, self.backend.mask_errors(result.errors)))

        data = result.data or {}
        value = data.get(operation.root_key)
        structured: dict[str, Any] = (
            value if operation.unwrap_root and isinstance(value, dict) else dict(data)
        )
        text = json.dumps(structured, ensure_ascii=False, separators=(",", ":"))
        budget = self.backend.response_budget
        if budget is not None and budget.exceeded(size := _wire_size(text)):
            done = (
                " The change was made; read it back with a narrower tool."
                if operation.is_mutation
                else ""
            )
            return _error(f"{operation.name} failed: INVALID: {budget.message(size)}{done}")
        payload_errors = structured.get("errors") if operation.is_mutation else None
        if payload_errors:
            lines = [_payload_error(error) for error in payload_errors]
            codes = {error.get("code") for error in payload_errors if isinstance(error, dict)}
            hints = [NEXT_STEP[code] for code in sorted(c for c in codes if c in NEXT_STEP)]
            message = f"{operation.name} was refused: " + " ".join([*lines, *hints])
            return mcp_types.CallToolResult(
                content=[mcp_types.TextContent(text=message)],
                structured_content=structured,
                is_error=True,
            )
        return mcp_types.CallToolResult(
            content=[mcp_types.TextContent(text=text)],
            structured_content=structured,
        )


def _is_input_error(error: GraphQLError) -> bool:
    """Refused before execution because of the arguments (not, say, a read-only token)."""
    return error.path is None and (error.extensions or {}).get("code") in (None, "INVALID")


def _wire_size(text: str) -> int:
    """Bytes of the result as sent: structuredContent, and `text` again as an escaped JSON string.

    The text block stays: the MCP specification asks for it beside structured content, and hosts
    such as Claude Code read only it. So the budget counts both.
    """
    encoded = len(text.encode())
    return 2 * encoded + text.count('"') + text.count("\\")


def _error(message: str) -> mcp_types.CallToolResult:
    return mcp_types.CallToolResult(content=[mcp_types.TextContent(text=message)], is_error=True)


def _describe_errors(name: str, errors: Sequence[GraphQLError]) -> str:
    lines: list[str] = []
    codes: list[str] = []
    for error in errors:
        code = str((error.extensions or {}).get("code") or "")
        lines.append(f"{code}: {error.message}" if code else error.message)
        if code in NEXT_STEP and code not in codes:
            codes.append(code)
    return f"{name} failed: " + " ".join([*lines, *(NEXT_STEP[code] for code in codes)])


def _payload_error(error: object) -> str:
    if not isinstance(error, dict):
        return str(error)
    where = f" ({error['field']})" if error.get("field") else ""
    return f"{error.get('code', 'ERROR')}{where}: {error.get('message', '')}"


def _argument_names(message: str) -> str:
    # graphql-core names variables ($due_date); the assistant knows them as arguments.
    return message.replace("Variable '$", "Argument '")


def _argument_problems(validator: Draft202012Validator, arguments: dict[str, Any]) -> list[str]:
    problems: list[str] = []
    for error in sorted(validator.iter_errors(arguments), key=lambda e: list(e.absolute_path)):
        problems.append(_problem(error))
    return problems


def _problem(error: ValidationError) -> str:
    if error.validator == "anyOf" and error.context:
        # A nullable enum or object: the non-null branch explains what was wrong.
        branches = [e for e in error.context if e.schema.get("type") != "null"]
        if branches:
            error = best_match(branches)
    path = ".".join(str(part) for part in error.absolute_path)
    where = f"'{path}'" if path else "the arguments"
    if error.validator == "required":
        missing = [n for n in error.validator_value if n not in error.instance]
        properties = error.schema.get("properties", {})
        parts = [f"'{_join(path, n)}' ({_expected(properties.get(n, {}))})" for n in missing]
        return f"Missing required argument {', '.join(parts)}."
    if error.validator == "additionalProperties":
        allowed = list(error.schema.get("properties", {}))
        unknown = [n for n in error.instance if n not in allowed]
        listed = ", ".join(allowed) or "none"
        names = ", ".join(f"'{_join(path, n)}'" for n in unknown)
        return f"Unknown argument {names}; the accepted arguments are: {listed}."
    if error.validator == "maxLength":
        given = len(error.instance)
        return f"Argument {where} is at most {error.validator_value} characters; got {given}."
    if error.validator == "maxItems":
        given = len(error.instance)
        return f"Argument {where} is at most {error.validator_value} items; got {given}."
    return f"Argument {where}: expected {_expected(error.schema)}, got {_given(error.instance)}."


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def _expected(schema: Mapping[str, Any]) -> str:
    if "anyOf" in schema:
        return " or ".join(_expected(branch) for branch in schema["anyOf"])
    kinds = schema.get("type", "any value")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    described: list[str] = []
    for kind in kinds:
        if kind == "null":
            described.append("null")
        elif "enum" in schema:
            described.append("one of " + ", ".join(str(v) for v in schema["enum"]))
        elif schema.get("format") == "date":
            described.append("a date as a string, YYYY-MM-DD")
        elif schema.get("format") == "date-time":
            described.append("a date-time as an ISO 8601 string, e.g. 2026-01-31T09:30:00Z")
        elif "pattern" in schema:
            described.append(f"a string matching {schema['pattern']}")
        elif kind == "array":
            described.append(f"a list of ({_expected(schema.get('items', {}))})")
        elif kind == "integer":
            described.append("an integer")
        elif kind == "object":
            described.append("an object")
        else:
            described.append(f"a {kind}")
    return " or ".join(described)


def _given(instance: object) -> str:
    text = json.dumps(instance, ensure_ascii=False, default=str)
    return text if len(text) <= 80 else text[:77] + "..."

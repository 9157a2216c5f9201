"""The backend's one interface for adapters (mcp_adapter): the executable GraphQL schema, the
validation rules /graphql applies, the input bounds, token authentication, the context factory
the masking rule and the tool-call marker (the audit log's interface). An adapter imports this module and nothing else from backend (an import-linter contract)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any

from graphql import GraphQLError, GraphQLSchema
from graphql.execution import Executor
from graphql.validation import ASTValidationRule
from starlette.requests import Request
from strawberry import Schema

from backend.core.arguments import Bounds
from backend.core.context import Context, build_context
from backend.core.errors import Unauthenticated
from backend.core.fields import schema_bounds
from backend.core.graphql_errors import mask_errors
from backend.core.interfaces import Interface, Via, via
from backend.core.permissions import ROLE_PERMISSIONS, Permission
from backend.core.principal import Principal
from backend.core.rate_limit import Budget, budget
from backend.core.security import ResponseBudget, validation_rules
from backend.schema import schema as default_schema
from backend.settings import Settings
from backend.users.authentication import authenticate

__all__ = [
    "BackendApi",
    "Bounds",
    "ResponseBudget",
    "Settings",
    "Unauthenticated",
    "create_api",
]


@dataclass(frozen=True)
class BackendApi:
    """What an adapter needs to execute operations exactly as /graphql does."""

    schema: GraphQLSchema
    executor_class: type[Executor[Any]] | None
    validation_rules: list[type[ASTValidationRule]]
    # The most each argument and input field may carry, by schema coordinate
    # (`Mutation.tasksCreate(title:)`, `RecurrenceRuleInput.weekdays`); GraphQL cannot say it.
    argument_bounds: Mapping[str, Bounds]
    # The context factory in two steps, because the MCP SDK authenticates in its middleware and
    # executes later: token → Principal (raises Unauthenticated with a message for the client),
    # then Principal and request → Context.
    authenticate: Callable[[str | None], Awaitable[Principal]]
    build_context: Callable[[Principal, Request | None], Context]
    mask_errors: Callable[[list[GraphQLError]], list[GraphQLError]]
    # The process-wide request budget that /graphql spends too (TRCR_RATE_LIMIT).
    request_budget: Budget
    # The most bytes one response may carry, as on /graphql (TRCR_MAX_RESPONSE_BYTES).
    response_budget: ResponseBudget
    # Every permission flag a role can hold (what a tool may declare it needs), and each role's.
    permissions: frozenset[str]
    role_permissions: Mapping[str, frozenset[str]]
    # What validation_rules enforce, as text: equal keys mean equal rules (a cache key).
    validation_key: str
    # Wraps one tool call: the audit log records interface mcp and the tool's name.
    tool_call: Callable[[str], AbstractContextManager[Via]]


def create_api(settings: Settings, schema: Schema | None = None) -> BackendApi:
    """The interface over the app's own schema instance (so /mcp and /graphql execute on one)."""
    schema = schema or default_schema
    return BackendApi(
        schema=schema._schema,
        executor_class=schema.execution_context_class,
        validation_rules=validation_rules(settings),
        argument_bounds=schema_bounds(schema._schema),
        authenticate=authenticate,
        build_context=build_context,
        mask_errors=mask_errors,
        request_budget=budget(settings.rate_limit),
        response_budget=ResponseBudget(settings.max_response_bytes),
        permissions=frozenset(permission.value for permission in Permission),
        validation_key=(
            f"depth={settings.max_query_depth};aliases={settings.max_aliases};"
            f"introspection={settings.introspection}"
        ),
        role_permissions={
            role.value: frozenset(p.value for p in granted)
            for role, granted in ROLE_PERMISSIONS.items()
        },
        tool_call=_tool_call,
    )


def _tool_call(name: str) -> AbstractContextManager[Via]:
    return via(Interface.MCP, operation=name)

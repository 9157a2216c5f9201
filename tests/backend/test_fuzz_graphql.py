"""Generated GraphQL operations against the real schema and a real database: 0 server errors.

hypothesis-graphql writes queries and mutations from the schema, with argument values valid for
their GraphQL types, and wild ones where a type lets them be (any text for a Date, NaN for a
Decimal, a year-9999 DateTime). Each runs as /graphql runs it (the same validation rules, executor
and masking rule) as the workspace owner, over a world of real objects (ids are drawn from it as
well as made up). Whatever the input, a client must never see a masked error (`INTERNAL`): an
input error is INVALID, NOT_FOUND… with a message.

The default suite runs a bounded, derandomized number of cases (profile `trcr-ci`, see
tests/conftest.py); `./dev fuzz` runs many more with fresh randomness (profile `trcr-fuzz`).
"""

from __future__ import annotations

import datetime as dt
import inspect
import logging
from typing import Any

import pytest
from graphql import GraphQLError, parse, specified_rules, validate
from graphql import execute as graphql_execute
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_graphql import mutations, nodes, queries

from backend.api import Settings, create_api
from backend.core.permissions import Role
from backend.core.principal import Principal
from backend.users.authentication import authenticate
from tests.backend.world import Scene, World, make_world
from tests.conftest import Workspace
from tests.support import Database

API = create_api(Settings())
SCHEMA = API.schema
RULES = [*specified_rules, *API.validation_rules]

# An ID is one of the world's objects (named by kind, swapped in before execution) or made up.
KINDS = [
    "project",
    "task",
    "other_task",
    "task_key",
    "status",
    "other_status",
    "group",
    "other_group",
    "label",
    "milestone",
    "comment",
    "item",
    "recurrence",
    "entry",
    "token",
    "owner",
    "colleague",
]
_IDS = st.one_of(
    st.sampled_from([f"@{kind}" for kind in KINDS]),
    st.uuids().map(str),
    st.text(max_size=12),
)
_DATES = st.one_of(st.dates().map(dt.date.isoformat), st.text(max_size=12))
_DATETIMES = st.one_of(
    st.datetimes(timezones=st.just(dt.UTC)).map(dt.datetime.isoformat),
    st.datetimes().map(dt.datetime.isoformat),
    st.text(max_size=12),
)
_DECIMALS = st.one_of(
    st.decimals(allow_nan=True, allow_infinity=True).map(str),
    st.sampled_from(["1e999", "-0", "0.001", "\uff11\uff12", "NaN"]),
    st.text(max_size=12),
)
CUSTOM_SCALARS = {
    "ID": _IDS.map(nodes.String),
    "Date": _DATES.map(nodes.String),
    "DateTime": _DATETIMES.map(nodes.String),
    "Decimal": _DECIMALS.map(nodes.String),
}

FUZZ = settings(suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

# Known, not client-facing: on PostgreSQL, when one field of an operation fails, graphql-core can
# drop a sibling resolver's coroutine without awaiting it (the response is complete and correct:
# the failed branch is null with its error). Only that warning is ignored, nothing else.
UNAWAITED_SIBLING = pytest.mark.filterwarnings(
    "ignore:coroutine 'GraphQLCoreConverter.from_resolver.<locals>._async_resolver' "
    "was never awaited:RuntimeWarning",
    "ignore:Exception ignored in. <coroutine object GraphQLCoreConverter.from_resolver"
    ":pytest.PytestUnraisableExceptionWarning",
)


def _with_world(query: str, world: World) -> str:
    for kind in sorted(KINDS, key=len, reverse=True):  # other_task before task
        query = query.replace(f'"@{kind}"', f'"{world.ids[kind]}"')
    return query


async def _server_errors(query: str, target: Target) -> list[dict[str, Any]]:
    """The server errors a client would see for this operation (none, we hope)."""
    owner, world = target
    document = parse(_with_world(query, world))
    errors: list[GraphQLError] = list(validate(SCHEMA, document, RULES))
    if not errors:
        outcome = graphql_execute(
            SCHEMA,
            document,
            context_value=API.build_context(owner, None),
            executor_class=API.executor_class,
        )
        result = await outcome if inspect.isawaitable(outcome) else outcome
        errors = list(result.errors or [])
    # graphql-core's own errors inside execution (a null for a non-null field, a value its type
    # cannot serialize) have a path and no original error: the server's fault, not the input's.
    broken = [e.formatted for e in errors if e.path is not None and e.original_error is None]
    masked = API.mask_errors(errors)
    return broken + [e.formatted for e in masked if (e.extensions or {}).get("code") == "INTERNAL"]


# The owner as authenticated once (a generated call may demote or remove them), and their world.
Target = tuple[Principal, World]


@pytest.fixture
async def target(database: Database, workspace: Workspace) -> Target:
    owner = await authenticate(workspace.token)
    colleague = (await workspace.add_member(Role.MEMBER)).user_id
    return owner, await make_world(Scene(owner, owner, colleague, timer_running=True))


@pytest.fixture(autouse=True)
def _quiet_masking_log(caplog: pytest.LogCaptureFixture) -> None:
    # A masked error is logged with its traceback; the assertion shows it, the log is noise.
    caplog.set_level(logging.CRITICAL, logger="trcr.errors")


@UNAWAITED_SIBLING
@FUZZ
@given(query=queries(SCHEMA, custom_scalars=CUSTOM_SCALARS))
async def test_generated_queries_raise_no_server_error(target: Target, query: str) -> None:
    assert await _server_errors(query, target) == [], query


@UNAWAITED_SIBLING
@FUZZ
@given(mutation=mutations(SCHEMA, custom_scalars=CUSTOM_SCALARS))
async def test_generated_mutations_raise_no_server_error(target: Target, mutation: str) -> None:
    assert await _server_errors(mutation, target) == [], mutation

"""The executor in process on a toy schema: argument checks, result shaping, error masking."""

from __future__ import annotations

from typing import Any

from graphql import GraphQLError, build_schema

from mcp_adapter.catalog import load_sources
from mcp_adapter.executor import ExecutionBackend, ToolExecutor
from mcp_adapter.tools import build_tools
from tests.mcp_adapter.support import structured, text

SDL = """
scalar Date
enum Priority { LOW HIGH }
type Task { id: ID!, dueDate: Date, priority: Priority! }
type UserError { code: String!, field: String, message: String! }
type TaskPayload { result: Task, errors: [UserError!]! }
type Query { tasksGet(taskId: ID!): Task!, tasksCurrent: Task, tasksCount(limit: Int!): Int! }
type Mutation { tasksCreate(dueDate: Date, priority: Priority): TaskPayload! }
"""
OPERATIONS = """
"Get." query tasks_get($task_id: ID!) @mcp(title: "Get") { tasksGet(taskId: $task_id) { id dueDate } }
"Current." query tasks_current @mcp(title: "Current") { task: tasksCurrent { id } }
"Count." query tasks_count($limit: Int! = 5) @mcp(title: "Count") { tasksCount(limit: $limit) }
"Create." mutation tasks_create($due_date: Date, $priority: Priority)
@mcp(title: "Create", destructive: false) {
  tasksCreate(dueDate: $due_date, priority: $priority) {
    result { id dueDate priority } errors { code field message }
  }
}
"""


class Expected(Exception):
    code = "NOT_FOUND"


def _resolvers() -> Any:
    schema = build_schema(SDL)

    async def tasks_get(_root: None, info: Any, taskId: str) -> dict[str, Any]:  # noqa: N803
        assert info.context == {"principal": "alice"}
        if taskId == "missing":
            raise Expected("No task with id missing exists. List tasks to find the right one.")
        if taskId == "boom":
            raise RuntimeError("database password is hunter2")
        return {"id": taskId, "dueDate": "2026-01-31"}

    def tasks_create(_root: None, _info: Any, **kwargs: Any) -> dict[str, Any]:
        if kwargs.get("dueDate") == "2000-01-01":
            return {
                "result": None,
                "errors": [{"code": "INVALID", "field": "due_date", "message": "Too early."}],
            }
        return {"result": {"id": "1", "priority": "LOW", **kwargs}, "errors": []}

    schema.query_type.fields["tasksGet"].resolve = tasks_get  # type: ignore[union-attr]
    schema.query_type.fields["tasksCurrent"].resolve = lambda *_: None  # type: ignore[union-attr]
    schema.query_type.fields["tasksCount"].resolve = lambda *_, limit: limit  # type: ignore[union-attr]
    schema.mutation_type.fields["tasksCreate"].resolve = tasks_create  # type: ignore[union-attr]
    return schema


def _mask(errors: list[GraphQLError]) -> list[GraphQLError]:
    masked = []
    for error in errors:
        if isinstance(error.original_error, Expected):
            masked.append(
                GraphQLError(error.message, path=error.path, extensions={"code": "NOT_FOUND"})
            )
        else:
            masked.append(GraphQLError("Unexpected error. Request id: r1", path=error.path))
    return masked


def _executor() -> ToolExecutor:
    schema = _resolvers()
    catalog = load_sources(schema, [("tasks.graphql", OPERATIONS)])
    backend = ExecutionBackend(
        schema=schema,
        build_context=lambda principal, _request: {"principal": principal},
        mask_errors=_mask,
    )
    return ToolExecutor(build_tools(catalog), backend)


async def test_a_non_null_object_root_is_the_structured_result() -> None:
    result = await _executor().call("tasks_get", {"task_id": "7"}, "alice")

    assert structured(result) == {"id": "7", "due_date": "2026-01-31"}


async def test_other_roots_are_keyed_and_defaults_apply() -> None:
    executor = _executor()

    assert structured(await executor.call("tasks_current", {}, "alice")) == {"task": None}
    assert structured(await executor.call("tasks_count", None, "alice")) == {"tasks_count": 5}


async def test_expected_errors_keep_their_message_and_say_what_to_do() -> None:
    result = await _executor().call("tasks_get", {"task_id": "missing"}, "alice")

    assert result.is_error
    assert text(result).startswith("tasks_get failed: NOT_FOUND: No task with id missing exists.")
    assert "Check the id" in text(result)


async def test_unexpected_errors_are_masked() -> None:
    result = await _executor().call("tasks_get", {"task_id": "boom"}, "alice")

    assert result.is_error
    assert "hunter2" not in text(result)
    assert "Request id: r1" in text(result)


async def test_payload_errors_are_tool_errors_with_the_payload() -> None:
    result = await _executor().call("tasks_create", {"due_date": "2000-01-01"}, "alice")

    assert result.is_error
    assert text(result) == (
        "tasks_create was refused: INVALID (due_date): Too early. "
        "Correct the arguments and call the tool again."
    )
    assert result.structured_content == {
        "result": None,
        "errors": [{"code": "INVALID", "field": "due_date", "message": "Too early."}],
    }


async def test_arguments_are_checked_before_anything_runs() -> None:
    executor = _executor()

    missing = await executor.call("tasks_get", {}, "nobody")
    wrong = await executor.call("tasks_create", {"due_date": "tomorrow", "priority": "low"}, "x")
    unknown = await executor.call("tasks_count", {"limit": 3, "offset": 1}, "x")
    null = await executor.call("tasks_count", {"limit": None}, "x")

    assert text(missing) == (
        "Invalid arguments for tasks_get: Missing required argument 'task_id' (a string). "
        "Nothing was executed; fix the arguments and call again."
    )
    assert (
        "Argument 'due_date': expected a date as a string, YYYY-MM-DD or null, got \"tomorrow\"."
        in text(wrong)
    )
    assert "Argument 'priority': expected one of LOW, HIGH, got \"low\"." in text(wrong)
    assert "Unknown argument 'offset'; the accepted arguments are: limit." in text(unknown)
    assert "Argument 'limit': expected an integer, got null." in text(null)


async def test_values_the_schema_cannot_coerce_are_argument_errors_not_masked() -> None:
    result = await _executor().call("tasks_count", {"limit": 2**40}, "alice")

    assert result.is_error
    assert text(result).startswith("Invalid arguments for tasks_count: Argument 'limit'")

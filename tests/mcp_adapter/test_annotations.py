"""Annotations are pinned: queries read-only and idempotent, mutations as declared, never open-world."""

from __future__ import annotations

from mcp_adapter.annotations import tool_annotations
from tests.mcp_adapter.toy import CREATE, LIST, load

DELETE = (
    '"Delete a task." mutation tasks_delete($task_id: ID!) '
    '@mcp(title: "Delete task", destructive: true) '
    "{ tasksDelete(taskId: $task_id) { errors { message } } }"
)
ARCHIVE = (
    '"Archive a task." mutation tasks_archive($task_id: ID!) '
    '@mcp(title: "Archive task", destructive: false, idempotent: true) '
    "{ tasksArchive(taskId: $task_id) { errors { message } } }"
)


def test_annotations_are_pinned() -> None:
    catalog = load(LIST + CREATE + DELETE + ARCHIVE)
    got = {}
    for operation in catalog.operations:
        got[operation.name] = tool_annotations(operation)

    assert got == {
        "tasks_archive": {
            "title": "Archive task",
            "readOnlyHint": False,
            "destructiveHint": False,
            "idempotentHint": True,
            "openWorldHint": False,
        },
        "tasks_create": {
            "title": "Create task",
            "readOnlyHint": False,
            "destructiveHint": False,
            "idempotentHint": False,
            "openWorldHint": False,
        },
        "tasks_delete": {
            "title": "Delete task",
            "readOnlyHint": False,
            "destructiveHint": True,
            "idempotentHint": False,
            "openWorldHint": False,
        },
        "tasks_list": {
            "title": "List tasks",
            "readOnlyHint": True,
            "destructiveHint": False,
            "idempotentHint": True,
            "openWorldHint": False,
        },
    }

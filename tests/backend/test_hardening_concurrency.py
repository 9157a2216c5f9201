"""Real concurrency on PostgreSQL, through a real server: many requests at once over HTTP.

- 50 parallel `tasksChecklistAdd` on one task get 50 distinct positions (the task's lock);
- parallel `projectsCreate` with one key: one Space, and every other request gets the pre-check's
  CONFLICT (reason KEY_TAKEN), never a masked error from the unique index.

SQLite runs one writer at a time, so these races exist on PostgreSQL only.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest

from backend.tasks_checklist.models import TaskChecklistItem
from tests.backend.support import create_project, create_task
from tests.conftest import Workspace
from tests.support import Database, GraphQLClient, ServerProcess

PROJECTS_CREATE = """
mutation($name: String!, $key: String) {
  projectsCreate(name: $name, key: $key) {
    result { id key }
    errors { code field message reason }
  }
}"""

CHECKLIST_ADD = """
mutation($taskId: ID!, $text: String!) {
  tasksChecklistAdd(taskId: $taskId, text: $text) {
    result { id position }
    errors { code field message reason }
  }
}"""


@pytest.fixture
def server(database: Database, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    if database.kind != "postgres":
        pytest.skip("SQLite serializes writers; real concurrency is tested on PostgreSQL")
    process = ServerProcess(database.url)
    process.start(Path(tmp_path_factory.mktemp("concurrency")))
    try:
        yield process
    finally:
        process.stop()


async def test_parallel_checklist_adds_get_distinct_positions(
    server: ServerProcess, workspace: Workspace
) -> None:
    api = GraphQLClient(server.base_url)
    try:
        space = await create_project(api, workspace.token, "Checklists", key="CHK")
        task = await create_task(api, workspace.token, space["id"])

        bodies = await asyncio.gather(
            *(
                api.execute(workspace.token, CHECKLIST_ADD, {"taskId": task["id"], "text": f"{i}"})
                for i in range(50)
            )
        )
    finally:
        await api.close()

    assert [b.get("errors") for b in bodies] == [None] * 50
    assert [b["data"]["tasksChecklistAdd"]["errors"] for b in bodies] == [[]] * 50
    stored = await TaskChecklistItem.filter(task_id=task["id"]).values_list("position", flat=True)
    assert sorted(stored) == list(range(50))


@pytest.mark.parametrize("key", ["RACE", None], ids=["given key", "derived key"])
async def test_parallel_creates_with_one_key_conflict_instead_of_failing(
    server: ServerProcess, workspace: Workspace, key: str | None
) -> None:
    api = GraphQLClient(server.base_url)
    try:
        bodies = await asyncio.gather(
            *(
                api.execute(workspace.token, PROJECTS_CREATE, {"name": "Race Day", "key": key})
                for _ in range(20)
            )
        )
    finally:
        await api.close()

    assert [b.get("errors") for b in bodies] == [None] * 20, "a masked error escaped"
    payloads = [b["data"]["projectsCreate"] for b in bodies]
    created = [p for p in payloads if not p["errors"]]
    refused = [p["errors"] for p in payloads if p["errors"]]
    keys = [p["result"]["key"] for p in created]
    assert len(keys) == len(set(keys)) >= 1
    if key is not None:
        assert keys == ["RACE"]
    assert len(created) + len(refused) == 20
    assert all(
        [(e["code"], e["field"], e["reason"]) for e in errors] == [("CONFLICT", "key", "KEY_TAKEN")]
        for errors in refused
    )

"""tasks_list over a Space of 10,000 tasks, on SQLite and PostgreSQL, through GraphQL and MCP.

Run: `python -m bench.tasks_list [--runs N]` (part of `./dev bench`). For each database: seed one
Space with 10,000 tasks (each with an assignee and a label) and one with 20, start `trcr serve`,
then time the first page (50 tasks), a page deep in the list (by cursor), and the same first page
of the 20-task Space, each as a GraphQL POST and as an MCP tools/call. Ratios printed: MCP against
GraphQL (target ≤ 1.2x) and 10,000 tasks against 20 (keyset paging: the size of the Space should
barely matter).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: make the repo importable
    sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

from bench.harness import interleaved, line, mcp_call_body, mcp_headers, ratio, running_server  # noqa: E402

BIG, SMALL, PAGE = 10_000, 20, 50
POSTGRES_ADMIN_URL = "postgres://postgres@127.0.0.1:5432/postgres"


async def _seed(database_url: str) -> tuple[str, str, str]:
    """A workspace with a big and a small Space; returns (token, big project id, small project id)."""
    from backend.core import db
    from backend.core.permissions import Role
    from backend.labels.models import Label
    from backend.members.service import add_member
    from backend.orgs.service import create_workspace
    from backend.projects.models import Project
    from backend.task_statuses.models import TaskStatus
    from backend.tasks.models import Task, TaskAssignee, TaskLabel

    await db.migrate(database_url)
    await db.init(database_url)
    try:
        workspace = await create_workspace(org_name="Bench", email="bench@localhost", name="Bench")
        colleague = await add_member(
            organization_id=workspace.organization_id, email="c@localhost", role=Role.MEMBER
        )
        status = (
            await TaskStatus.filter(organization_id=workspace.organization_id)
            .order_by("position")
            .first()
        )
        assert status is not None
        label = await Label.create(
            organization_id=workspace.organization_id, name="bench", name_key="bench"
        )
        ids = []
        for key, size in (("BIG", BIG), ("SMALL", SMALL)):
            project = await Project.create(
                organization_id=workspace.organization_id, key=key, name=key
            )
            tasks = [
                Task(
                    id=uuid.uuid4(),
                    organization_id=workspace.organization_id,
                    project_id=project.id,
                    number=n,
                    title=f"Task {n}",
                    status_id=status.id,
                    position=n * 1024,
                )
                for n in range(1, size + 1)
            ]
            await Task.bulk_create(tasks, batch_size=1000)
            await TaskAssignee.bulk_create(
                [TaskAssignee(task_id=t.id, user_id=colleague.user_id) for t in tasks],
                batch_size=1000,
            )
            await TaskLabel.bulk_create(
                [TaskLabel(task_id=t.id, label_id=label.id) for t in tasks], batch_size=1000
            )
            ids.append(str(project.id))
        return workspace.token, ids[0], ids[1]
    finally:
        await db.close()


async def _measure(
    http: httpx.AsyncClient, token: str, big: str, small: str, runs: int
) -> list[bool]:
    from backend.settings import Settings
    from mcp_adapter.server import create_mcp_endpoint

    spec = create_mcp_endpoint(Settings()).executor.tools["tasks_list"]
    document = spec.operation.document_text
    auth = {"Authorization": f"Bearer {token}"}

    async def first_page_cursor(project: str, pages: int) -> str | None:
        cursor = None
        for _ in range(pages):
            variables = {"project_id": project, "limit": PAGE, "cursor": cursor}
            body = {"query": document, "variables": variables, "operationName": "tasks_list"}
            cursor = (await http.post("/graphql", json=body, headers=auth)).json()["data"][
                "tasks_list"
            ]["next_cursor"]
        return cursor

    deep_cursor = await first_page_cursor(big, BIG // PAGE // 2)

    def graphql(arguments: dict[str, Any]) -> Any:
        body = {"query": document, "variables": arguments, "operationName": "tasks_list"}

        async def call() -> None:
            response = await http.post("/graphql", json=body, headers=auth)
            items = response.json()["data"]["tasks_list"]["items"]
            assert len(items) == min(PAGE, SMALL if arguments["project_id"] == small else PAGE), (
                response.text
            )

        return call

    def mcp(arguments: dict[str, Any]) -> Any:
        body = mcp_call_body("tasks_list", arguments)
        headers = mcp_headers(token)

        async def call() -> None:
            response = await http.post("/mcp", json=body, headers=headers)
            result = response.json()["result"]
            assert not result.get("isError"), response.text

        return call

    cases = {
        "big first page": {"project_id": big, "limit": PAGE},
        "big middle page (cursor)": {"project_id": big, "limit": PAGE, "cursor": deep_cursor},
        "small first page": {"project_id": small, "limit": PAGE},
    }
    calls = {}
    for name, arguments in cases.items():
        calls[f"GraphQL {name}"] = graphql(arguments)
        calls[f"MCP {name}"] = mcp(arguments)
    samples = await interleaved(calls, runs, warmup=5)
    for name in calls:
        print(line(name, samples[name]))
    print("  Ratios (medians):")
    results = [
        ratio(f"MCP / GraphQL, {name}", samples[f"MCP {name}"], samples[f"GraphQL {name}"], 1.2)
        for name in cases
    ]
    ratio(
        "10,000-task Space / 20-task Space, first page (GraphQL)",
        samples["GraphQL big first page"],
        samples["GraphQL small first page"],
    )
    return results


async def _run_on(kind: str, database_url: str, runs: int) -> list[bool]:
    workdir = Path(tempfile.mkdtemp(prefix=f"trcr-bench-{kind}-"))
    token, big, small = await _seed(database_url)
    print(
        f"\n{kind}: tasks_list, {PAGE} per page, Spaces of {BIG} and {SMALL} tasks, {runs} calls per line"
    )
    async with running_server(database_url, workdir) as http:
        return await _measure(http, token, big, small, runs)


async def main(runs: int) -> int:
    import asyncpg

    results = await _run_on(
        "SQLite", f"sqlite://{Path(tempfile.mkdtemp()) / 'bench.sqlite3'}", runs
    )
    name = f"trcr_bench_{uuid.uuid4().hex[:8]}"
    try:
        admin = await asyncpg.connect(POSTGRES_ADMIN_URL)
    except OSError as error:
        print(f"\nPostgreSQL: skipped, not reachable at {POSTGRES_ADMIN_URL} ({error})")
    else:
        await admin.execute(f'CREATE DATABASE "{name}"')
        try:
            results += await _run_on(
                "PostgreSQL", POSTGRES_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}", runs
            )
        finally:
            await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            await admin.close()
    return 0 if all(results) else 1


def cli(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=100, help="calls per line (default 100)")
    return asyncio.run(main(parser.parse_args(argv).runs))


if __name__ == "__main__":
    sys.exit(cli())

"""The embedded default takes concurrent writers: a running server and the CLI on one SQLite file."""

from __future__ import annotations

import asyncio
import json
import sqlite3
import sys
from pathlib import Path

import httpx

from tests.support import ROOT, ServerProcess

HTTP_WRITES = 160
CLI_WRITES = 40

CREATE_PROJECT = 'mutation { projectsCreate(name: "Load", key: "LOAD") { result { id } } }'
CREATE_TASK = """
mutation ($p: ID!, $t: String!) {
  tasksCreate(projectId: $p, title: $t) { result { key } errors { code message } }
}"""


async def _trcr(database: Path, *args: str) -> tuple[int, str, str]:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "trcr.cli",
        "--database-url",
        f"sqlite://{database}",
        *args,
        cwd=ROOT,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(process.communicate(), timeout=120)
    return process.returncode or 0, out.decode(), err.decode()


async def test_server_and_cli_write_one_file_concurrently_without_lock_errors(
    tmp_path: Path,
) -> None:
    database = tmp_path / "shared.sqlite3"
    code, out, err = await _trcr(
        database, "init", "--org-name", "Load", "--email", "load@example.test", "--json"
    )
    assert code == 0, err
    token = json.loads(out)["token"]

    server = ServerProcess(database_url=f"sqlite://{database}")
    server.start(tmp_path)
    try:
        headers = {"Authorization": f"Bearer {token}"}
        async with httpx.AsyncClient(
            base_url=server.base_url, headers=headers, timeout=120
        ) as http:
            created = (await http.post("/graphql", json={"query": CREATE_PROJECT})).json()
            project_id = created["data"]["projectsCreate"]["result"]["id"]
            http_slots = asyncio.Semaphore(16)
            cli_slots = asyncio.Semaphore(2)

            async def create_task(n: int) -> dict[str, object]:
                # A read-then-write transaction: the Space's task counter, then the task.
                async with http_slots:
                    variables = {"p": project_id, "t": f"Task {n}"}
                    response = await http.post(
                        "/graphql", json={"query": CREATE_TASK, "variables": variables}
                    )
                    return dict(response.json())

            async def create_token(n: int) -> tuple[int, str, str]:
                async with cli_slots:
                    return await _trcr(
                        database, "tokens", "create", "--email", "load@example.test",
                        "--org", "load", "--name", f"cli-{n}", "--json",
                    )  # fmt: skip

            results = await asyncio.gather(
                *(create_task(n) for n in range(HTTP_WRITES)),
                *(create_token(n) for n in range(CLI_WRITES)),
            )
    finally:
        server.stop()

    http_results = results[:HTTP_WRITES]
    cli_results = results[HTTP_WRITES:]
    failures = [r for r in http_results if "errors" in r or r["data"]["tasksCreate"]["errors"]]  # type: ignore[index]
    assert failures == []
    assert [r for r in cli_results if r[0] != 0] == []  # type: ignore[index]
    assert "database is locked" not in server.log()

    with sqlite3.connect(database) as check:
        keys = {row[0] for row in check.execute("SELECT number FROM tasks")}
        tokens = check.execute("SELECT count(*) FROM personal_access_tokens").fetchone()[0]
    assert keys == set(range(1, HTTP_WRITES + 1))
    assert tokens == CLI_WRITES + 1

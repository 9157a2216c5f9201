"""Measures an MCP tool call against a GraphQL POST, and the adapter against bare graphql-core execute.

Run: `python -m bench.mcp_vs_graphql` (or `python bench/mcp_vs_graphql.py`). One run, one server:
a fresh SQLite database, `trcr serve` on a free port, the same operation (`tasks_get`) both ways.
Targets: a tool call costs at most 1.2x the GraphQL POST; the adapter adds at most 1.5x over bare
execution of the cached document.
"""

from __future__ import annotations

import argparse
import asyncio
import inspect
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: make the repo importable
    sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

from bench.harness import (  # noqa: E402
    interleaved,
    line,
    mcp_call_body,
    mcp_headers,
    ratio,
    running_server,
    throughput,
)

TOOL = "tasks_get"
TARGET_HTTP = 1.2
TARGET_INPROCESS = 1.5
# Under load: MCP delivers at least this share of GraphQL's requests per second.
CLIENTS = 16
TARGET_THROUGHPUT = 0.85


async def main(runs: int) -> int:
    from backend.core import db
    from backend.orgs.service import create_workspace

    workdir = Path(tempfile.mkdtemp(prefix="trcr-bench-"))
    url = f"sqlite://{workdir / 'bench.sqlite3'}"
    await db.migrate(url)
    await db.init(url)
    workspace = await create_workspace(org_name="Bench", email="bench@localhost", name="Bench")
    token = workspace.token

    try:
        async with running_server(url, workdir) as http:
            return await _run(http, token, runs)
    finally:
        await db.close()


async def _run(http: httpx.AsyncClient, token: str, runs: int) -> int:
    from graphql import execute

    from backend.core.context import build_context
    from backend.schema import schema
    from backend.settings import Settings
    from backend.users.authentication import authenticate
    from mcp_adapter.server import create_mcp_endpoint

    auth = {"Authorization": f"Bearer {token}"}
    project = await http.post(
        "/graphql",
        json={"query": 'mutation { projectsCreate(name: "Bench") { result { id } } }'},
        headers=auth,
    )
    project_id = project.json()["data"]["projectsCreate"]["result"]["id"]
    created = await http.post(
        "/graphql",
        json={
            "query": 'mutation($p: ID!) { tasksCreate(projectId: $p, title: "Bench") '
            "{ result { id } } }",
            "variables": {"p": project_id},
        },
        headers=auth,
    )
    task_id = created.json()["data"]["tasksCreate"]["result"]["id"]

    endpoint = create_mcp_endpoint(Settings())
    spec = endpoint.executor.tools[TOOL]
    arguments = {"task_id": task_id}
    document_text = spec.operation.document_text

    graphql_body = {"query": document_text, "variables": arguments, "operationName": TOOL}
    mcp_body = mcp_call_body(TOOL, arguments)
    headers = mcp_headers(token)

    async def graphql_post() -> None:
        response = await http.post("/graphql", json=graphql_body, headers=auth)
        assert response.status_code == 200, response.text
        assert "errors" not in response.json(), response.text

    async def mcp_call() -> None:
        response = await http.post("/mcp", json=mcp_body, headers=headers)
        body = response.json()
        assert response.status_code == 200, response.text
        assert not body["result"].get("isError"), response.text

    print(f"Operation: {TOOL} (task with status, assignees), {runs} calls per side\n")
    print("Over HTTP (loopback, keep-alive, same server):")
    wire = await interleaved({"graphql": graphql_post, "mcp": mcp_call}, runs, warmup=50)
    print(line("GraphQL POST /graphql", wire["graphql"]))
    print(line("MCP tools/call POST /mcp", wire["mcp"]))

    principal = await authenticate(token)
    document = spec.operation.document
    graphql_schema = schema._schema

    async def bare() -> None:
        outcome = execute(
            graphql_schema,
            document,
            context_value=build_context(principal, None),
            variable_values=arguments,
            operation_name=TOOL,
            executor_class=schema.execution_context_class,
        )
        result = await outcome if inspect.isawaitable(outcome) else outcome
        assert not result.errors, result.errors

    async def adapter() -> None:
        result = await endpoint.executor.call(TOOL, arguments, principal)
        assert not result.is_error

    async def graphql_with(client: httpx.AsyncClient) -> None:
        response = await client.post("/graphql", json=graphql_body, headers=auth)
        assert response.status_code == 200, response.text

    async def mcp_with(client: httpx.AsyncClient) -> None:
        response = await client.post("/mcp", json=mcp_body, headers=headers)
        assert response.status_code == 200, response.text

    print(f"\nUnder load ({CLIENTS} concurrent clients, alternating 3 s rounds):")
    rates: dict[str, list[float]] = {"graphql": [], "mcp": []}
    for _ in range(3):
        rates["graphql"].append(await throughput(graphql_with, str(http.base_url), CLIENTS, 3.0))
        rates["mcp"].append(await throughput(mcp_with, str(http.base_url), CLIENTS, 3.0))
    for name, values in rates.items():
        print(
            f"  {name:<8} {statistics.median(values):8.1f} requests/s  (rounds: "
            + ", ".join(f"{v:.0f}" for v in values)
            + ")"
        )

    print("\nIn process (no HTTP):")
    local = await interleaved({"bare": bare, "adapter": adapter}, runs, warmup=50)
    print(line("graphql-core execute (cached doc)", local["bare"]))
    print(line("adapter ToolExecutor.call", local["adapter"]))

    print("\nRatios (medians):")
    ok = ratio("MCP tool call / GraphQL POST", wire["mcp"], wire["graphql"], TARGET_HTTP)
    ok &= ratio("adapter / bare execute", local["adapter"], local["bare"], TARGET_INPROCESS)
    share = statistics.median(rates["mcp"]) / max(statistics.median(rates["graphql"]), 1e-9)
    verdict = "ok" if share >= TARGET_THROUGHPUT else "UNDER TARGET"
    print(
        f"  MCP / GraphQL requests per second at {CLIENTS} clients: {share:.2f}x "
        f"(target >= {TARGET_THROUGHPUT}x) {verdict}"
    )
    ok &= share >= TARGET_THROUGHPUT
    return 0 if ok else 1


def cli(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=1000, help="calls per side (default 1000)")
    return asyncio.run(main(parser.parse_args(argv).runs))


if __name__ == "__main__":
    sys.exit(cli())

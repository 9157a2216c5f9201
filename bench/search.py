"""search over 100,000 tasks and 100,000 chat messages, on SQLite and PostgreSQL.

Run: `python -m bench.search [--runs N]` (part of `./dev bench`). For each database: seed ten
Spaces of 10,000 tasks (titles and descriptions drawn from a 5,000-word vocabulary, so a word
matches about one row in a few hundred) and ten channels of 10,000 messages, through the real
models (the search triggers index every row), start `trcr serve`, then time as GraphQL POSTs:
`tasks_get` (the baseline, one task by key), `search` for a rare word, for two words, for a
common word (hundreds of matches to rank), and for a task key. Ratios printed: each search
against `tasks_get` in the same run.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: make the repo importable
    sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

from bench.harness import interleaved, line, ratio, running_server  # noqa: E402

SPACES, TASKS_PER_SPACE = 10, 10_000
CHANNELS, MESSAGES_PER_CHANNEL = 10, 10_000
VOCABULARY = 5_000
POSTGRES_ADMIN_URL = "postgres://postgres@127.0.0.1:5432/postgres"
COMMON = "common"  # in one row of 50


def _words(rng: random.Random, vocabulary: list[str], count: int) -> str:
    words = [rng.choice(vocabulary) for _ in range(count)]
    if rng.random() < 0.02:
        words.append(COMMON)
    return " ".join(words)


async def _seed(database_url: str) -> tuple[str, list[str]]:
    """A workspace with the tasks and messages; returns (token, [rare word, other rare word])."""
    from backend.chat.models import ChatChannel, ChatMessage
    from backend.core import db
    from backend.orgs.service import create_workspace
    from backend.projects.models import Project, ProjectMember
    from backend.task_statuses.models import TaskStatus
    from backend.tasks.models import Task

    rng = random.Random(42)
    vocabulary = [f"w{n}x{rng.randrange(10**6)}" for n in range(VOCABULARY)]
    await db.migrate(database_url)
    await db.init(database_url)
    try:
        workspace = await create_workspace(org_name="Bench", email="bench@localhost", name="Bench")
        org = workspace.organization_id
        status = await TaskStatus.filter(organization_id=org).order_by("position").first()
        assert status is not None
        started = time.perf_counter()
        for s in range(SPACES):
            project = await Project.create(organization_id=org, key=f"S{s}", name=f"Space {s}")
            await ProjectMember.create(project=project, user_id=workspace.user_id)
            await Task.bulk_create(
                [
                    Task(
                        id=uuid.uuid4(),
                        organization_id=org,
                        project_id=project.id,
                        number=n,
                        title=_words(rng, vocabulary, 6),
                        description=_words(rng, vocabulary, 30),
                        status_id=status.id,
                        position=n * 1024,
                    )
                    for n in range(1, TASKS_PER_SPACE + 1)
                ],
                batch_size=1000,
            )
        for c in range(CHANNELS):
            channel = await ChatChannel.create(organization_id=org, name=f"channel-{c}")
            await ChatMessage.bulk_create(
                [
                    ChatMessage(
                        id=uuid.uuid4(),
                        organization_id=org,
                        channel_id=channel.id,
                        author_id=workspace.user_id,
                        body=_words(rng, vocabulary, 15),
                    )
                    for _ in range(MESSAGES_PER_CHANNEL)
                ],
                batch_size=1000,
            )
        print(f"  seeded and indexed in {time.perf_counter() - started:.0f} s")
        return workspace.token, [vocabulary[17], vocabulary[4242]]
    finally:
        await db.close()


SEARCH = """query($q: String!) { search(query: $q, limit: 20) {
  items { entityType entityId title snippet rank projectId } } }"""
TASKS_GET = "query($t: ID!) { tasksGet(taskId: $t) { id key title description } }"


async def _measure(http: httpx.AsyncClient, token: str, rare: list[str], runs: int) -> None:
    auth = {"Authorization": f"Bearer {token}"}

    def post(query: str, variables: dict[str, Any], check: str) -> Any:
        body = {"query": query, "variables": variables}

        async def call() -> None:
            response = await http.post("/graphql", json=body, headers=auth)
            data = response.json()
            assert not data.get("errors") and data["data"][check] is not None, response.text

        return call

    calls = {
        "tasks_get (baseline)": post(TASKS_GET, {"t": "S3-4242"}, "tasksGet"),
        "search, a rare word": post(SEARCH, {"q": rare[0]}, "search"),
        "search, two words": post(SEARCH, {"q": f"{rare[0]} {rare[1]}"}, "search"),
        "search, a word prefix": post(SEARCH, {"q": rare[1][:5]}, "search"),
        f"search, a common word ({COMMON})": post(SEARCH, {"q": COMMON}, "search"),
        "search, a task key": post(SEARCH, {"q": "S3-4242"}, "search"),
    }
    samples = await interleaved(calls, runs, warmup=3)
    for name in calls:
        print(line(name, samples[name]))
    print("  Ratios to tasks_get (medians):")
    base = samples["tasks_get (baseline)"]
    for name in list(calls)[1:]:
        ratio(name, samples[name], base)


async def _run_on(kind: str, database_url: str, runs: int) -> None:
    workdir = Path(tempfile.mkdtemp(prefix=f"trcr-bench-{kind}-"))
    print(
        f"\n{kind}: search over {SPACES * TASKS_PER_SPACE} tasks and "
        f"{CHANNELS * MESSAGES_PER_CHANNEL} messages, {runs} calls per line"
    )
    token, rare = await _seed(database_url)
    async with running_server(database_url, workdir) as http:
        await _measure(http, token, rare, runs)


async def main(runs: int, only: str | None = None) -> int:
    import asyncpg

    if only != "postgres":
        await _run_on("SQLite", f"sqlite://{Path(tempfile.mkdtemp()) / 'bench.sqlite3'}", runs)
    if only == "sqlite":
        return 0
    name = f"trcr_bench_{uuid.uuid4().hex[:8]}"
    try:
        admin = await asyncpg.connect(POSTGRES_ADMIN_URL)
    except OSError as error:
        print(f"\nPostgreSQL: skipped, not reachable at {POSTGRES_ADMIN_URL} ({error})")
        return 0
    await admin.execute(f'CREATE DATABASE "{name}"')
    try:
        await _run_on("PostgreSQL", POSTGRES_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}", runs)
    finally:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.close()
    return 0


def cli(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=100, help="calls per line (default 100)")
    parser.add_argument("--only", choices=["sqlite", "postgres"], help="one database only")
    arguments = parser.parse_args(argv)
    return asyncio.run(main(arguments.runs, arguments.only))


if __name__ == "__main__":
    sys.exit(cli())

"""The cost of the transactional outbox on a write: events stored with the change against not.

Run: `python -m bench.outbox_overhead [--runs N]` (part of `./dev bench`). In one process, on a
SQLite file and on PostgreSQL (skipped when unreachable), tasks_create (one task row, its audit
entry, one `task.created` event) is timed with the outbox writer installed (the counter row
incremented and one `event_outbox` row inserted in the transaction, as the server runs) and
with a writer that drops the events (what a write cost before the outbox, minus publishing),
interleaved in the same run. Printed: the ratio of each write with the outbox to without.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: make the repo importable
    sys.path.insert(0, str(ROOT))

from bench.harness import interleaved, line, on_each_database, ratio  # noqa: E402

# The outbox adds one upsert and one insert to a transaction of several statements.
TARGET = 1.3


async def _run_on(label: str, url: str, runs: int) -> bool:
    from backend import commit_hooks
    from backend.core import db
    from backend.core.permissions import Role
    from backend.core.principal import Principal
    from backend.core.unit_of_work import install_event_writer
    from backend.orgs.service import create_workspace
    from backend.projects import service as projects_service
    from backend.tasks import service as tasks_service
    from subscriptions import EventMessage

    commit_hooks.install()
    await db.migrate(url)
    await db.init(url)
    try:
        workspace = await create_workspace(org_name="Bench", email="b@localhost", name="B")
        owner = Principal(workspace.user_id, workspace.organization_id, Role.OWNER)
        project = await projects_service.create_project(owner, name="Bench")
        counter = iter(range(10**9))

        async def create() -> None:
            await tasks_service.create_task(
                owner, project_id=str(project.id), title=f"T{next(counter)}"
            )

        async def drop(messages: list[EventMessage]) -> list[EventMessage]:
            return messages

        async def with_outbox() -> None:
            commit_hooks.install()
            await create()

        async def without_outbox() -> None:
            commit_hooks.install()
            install_event_writer(drop)
            await create()

        samples = await interleaved(
            {"tasks_create, outbox on": with_outbox, "tasks_create, outbox off": without_outbox},
            runs=runs,
            warmup=10,
        )
        print(f"\nOutbox overhead ({label}, in process):")
        for name, values in samples.items():
            print(line(name, values))
        return ratio(
            "tasks_create with the outbox / without",
            samples["tasks_create, outbox on"],
            samples["tasks_create, outbox off"],
            TARGET,
        )
    finally:
        commit_hooks.install()
        await db.close()


async def main(runs: int) -> int:
    results = await on_each_database(lambda label, url: _run_on(label, url, runs))
    return 0 if all(results) else 1


def cli(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=200, help="calls per line (default 200)")
    return asyncio.run(main(parser.parse_args(argv).runs))


if __name__ == "__main__":
    sys.exit(cli())

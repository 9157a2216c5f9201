"""The cost of the audit log and notifications on a write: the commit hooks on against off.

Run: `python -m bench.audit_capture [--runs N]` (part of `./dev bench`). On a SQLite file, in
one process, tasks_update (a rename: one row loaded, saved and its change captured) and
tasks_assign (a new row, a notification rule firing) are timed with the commit hooks installed
(audit entry + notifications, as the server runs) and with none, interleaved in the same run.
Printed: the ratio of each write with hooks to the same write without.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: make the repo importable
    sys.path.insert(0, str(ROOT))

from bench.harness import interleaved, line, ratio  # noqa: E402


async def main(runs: int) -> int:
    from backend import commit_hooks
    from backend.core import db
    from backend.core.permissions import Role
    from backend.core.principal import Principal
    from backend.core.unit_of_work import install_commit_hooks
    from backend.members.service import add_member
    from backend.orgs.service import create_workspace
    from backend.projects import service as projects_service
    from backend.tasks import service as tasks_service

    with tempfile.TemporaryDirectory() as workdir:
        url = f"sqlite://{Path(workdir) / 'bench.sqlite3'}"
        await db.migrate(url)
        await db.init(url)
        try:
            workspace = await create_workspace(org_name="Bench", email="b@localhost", name="B")
            owner = Principal(workspace.user_id, workspace.organization_id, Role.OWNER)
            colleague = await add_member(
                organization_id=workspace.organization_id, email="c@localhost", role=Role.MEMBER
            )
            project = await projects_service.create_project(owner, name="Bench")
            task = await tasks_service.create_task(owner, project_id=str(project.id), title="T")
            counter = iter(range(10**9))

            async def rename() -> None:
                await tasks_service.update_task(
                    owner, task_id=str(task.id), title=f"T{next(counter)}"
                )

            async def assign() -> None:
                # Assign then unassign: every call makes a new assignment row.
                await tasks_service.assign(
                    owner, task_id=str(task.id), user_id=str(colleague.user_id)
                )
                await tasks_service.unassign(
                    owner, task_id=str(task.id), user_id=str(colleague.user_id)
                )

            def hooked(call):  # type: ignore[no-untyped-def]
                async def run() -> None:
                    commit_hooks.install()
                    await call()

                return run

            def bare(call):  # type: ignore[no-untyped-def]
                async def run() -> None:
                    install_commit_hooks()
                    await call()

                return run

            samples = await interleaved(
                {
                    "tasks_update, hooks on": hooked(rename),
                    "tasks_update, hooks off": bare(rename),
                    "tasks_assign+unassign, hooks on": hooked(assign),
                    "tasks_assign+unassign, hooks off": bare(assign),
                },
                runs=runs,
                warmup=5,
            )
            print("Audit and notification hooks (SQLite file, in process):")
            for name, values in samples.items():
                print(line(name, values))
            ratio(
                "tasks_update with hooks / without",
                samples["tasks_update, hooks on"],
                samples["tasks_update, hooks off"],
            )
            ratio(
                "tasks_assign+unassign with hooks / without",
                samples["tasks_assign+unassign, hooks on"],
                samples["tasks_assign+unassign, hooks off"],
            )
        finally:
            commit_hooks.install()
            await db.close()
    return 0


def cli(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=200, help="calls per line (default 200)")
    return asyncio.run(main(parser.parse_args(argv).runs))


if __name__ == "__main__":
    sys.exit(cli())

"""The search migration indexes the rows that exist before it runs, on SQLite and PostgreSQL.

A fresh database is migrated up to the migration before the search index, given a Space, a task,
a comment and a client, then migrated to the end; a search must find each. It runs in a
subprocess: migrating another database closes this process's connections.
"""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path

import pytest

from tests.support import ROOT, create_postgres_database, drop_postgres_database, require_postgres

SCRIPT = r"""
import asyncio, importlib, json, pkgutil, sys
from backend import migrations
from backend.core import db
from tortoise.migrations.api.migrate import migrate

def before_search() -> str:
    for info in pkgutil.iter_modules(migrations.__path__):
        module = importlib.import_module(f"backend.migrations.{info.name}")
        if hasattr(module, "_create_search_index"):
            ((app, name),) = module.Migration.dependencies
            return f"{app}.{name}"
    raise SystemExit("no search migration")

async def main(url: str) -> None:
    from backend.clients.models import Client
    from backend.orgs.service import create_workspace
    from backend.projects.models import Project
    from backend.task_statuses.models import TaskStatus
    from backend.tasks.models import Task
    from backend.tasks_comments.models import TaskComment

    await migrate(config=db.tortoise_config(url), target=before_search())
    await db.close()
    await db.init(url)
    ws = await create_workspace(org_name="Old", email="old@example.test", name="Old")
    status = await TaskStatus.filter(organization_id=ws.organization_id).first()
    project = await Project.create(organization_id=ws.organization_id, key="OLD", name="Legacy dingo")
    task = await Task.create(organization_id=ws.organization_id, project_id=project.id, number=1,
                             title="Dingo fence", status_id=status.id, position=1)
    await TaskComment.create(task_id=task.id, body="dingo spotted")
    await Client.create(organization_id=ws.organization_id, name="Dingo Inc", name_key="dingo inc",
                        currency="EUR")
    await db.close()
    await db.migrate(url)
    await db.init(url)
    from backend.search import service
    from backend.users.authentication import authenticate
    owner = await authenticate(ws.token)
    results = await service.search(owner, query="dingo")
    print(json.dumps(sorted([h.entity_type.value, h.title] for h in results.items)))
    await db.close()

asyncio.run(main(sys.argv[1]))
"""


async def _run(url: str) -> list[list[str]]:
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-c", SCRIPT, url, cwd=ROOT,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    out, err = await asyncio.wait_for(process.communicate(), timeout=300)
    assert process.returncode == 0, err.decode()
    found: list[list[str]] = json.loads(out.decode().strip().splitlines()[-1])
    return found


EXPECTED = [
    ["client", "Dingo Inc"],
    ["comment", "Comment on OLD-1 Dingo fence"],
    ["project", "Legacy dingo"],
    ["task", "OLD-1 Dingo fence"],
]


async def test_existing_rows_are_indexed_on_sqlite(tmp_path: Path) -> None:
    assert await _run(f"sqlite://{tmp_path / 'old.sqlite3'}") == EXPECTED


@pytest.mark.postgres
async def test_existing_rows_are_indexed_on_postgres() -> None:
    admin_url = require_postgres()
    url = await create_postgres_database(admin_url)
    try:
        assert await _run(url) == EXPECTED
    finally:
        await drop_postgres_database(admin_url, url)

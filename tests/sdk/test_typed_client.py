"""The typed Python client (sdk/trcr_client, ariadne-codegen): generated from the one source of
truth, current, and working against a real server with real types."""

from __future__ import annotations

import datetime
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from graphql import OperationDefinitionNode, parse, validate

from backend.schema import schema
from sdk.generate import OPERATIONS, ROOT, codegen_executable, stripped
from tests.conftest import Workspace
from tests.support import ServerProcess


def test_the_generator_reads_a_clean_copy_of_every_operations_file() -> None:
    for path in sorted(OPERATIONS.glob("*.graphql")):
        original = path.read_text(encoding="utf-8")
        copy = stripped(original)
        document = parse(copy)
        assert "@mcp" not in copy, path.name
        for definition in document.definitions:
            if isinstance(definition, OperationDefinitionNode):
                assert definition.description is None, path.name
                assert all(v.description is None for v in definition.variable_definitions or ())
        # Still valid against the schema (the server runs the operations as they are).
        assert validate(schema._schema, document) == [], path.name
        assert len(document.definitions) == len(parse(original).definitions)
    milestones = stripped((OPERATIONS / "milestones.graphql").read_text(encoding="utf-8"))
    assert "$limit: Int = 50" in milestones  # a defaulted variable is an optional argument
    assert "$project_id: ID!" in milestones
    assert "'" not in milestones


def test_the_checked_in_client_is_what_the_generator_writes() -> None:
    try:
        codegen_executable()
    except (OSError, subprocess.CalledProcessError) as error:
        reason = f"cannot install ariadne-codegen into .venv-codegen: {error}"
        if os.environ.get("TRCR_REQUIRE_SERVICES") == "1":
            pytest.fail(f"{reason}, and TRCR_REQUIRE_SERVICES=1 makes it required")
        pytest.skip(reason)
    done = subprocess.run(
        [sys.executable, str(Path(ROOT) / "sdk" / "generate.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr


async def test_the_typed_client_works_against_a_real_server(
    server: ServerProcess, workspace: Workspace
) -> None:
    from sdk.trcr_client import TrcrClient
    from sdk.trcr_client.enums import Priority

    client = TrcrClient(
        url=f"{server.base_url}/graphql",
        headers={"Authorization": f"Bearer {workspace.token}"},
    )
    async with client:
        me = await client.whoami()
        assert me.whoami.organization.id == workspace.organization_id

        created = await client.projects_create(name="Typed", hourly_rate=Decimal("95.50"))
        project = created.projects_create.result
        assert created.projects_create.errors == [] and project is not None
        assert project.hourly_rate == Decimal("95.50")
        assert isinstance(project.created_at, datetime.datetime)

        task = await client.tasks_create(
            project_id=project.id,
            title="It's typed",
            due_date=datetime.date(2026, 12, 24),
            priority=Priority.HIGH,
        )
        assert task.tasks_create.result is not None
        assert task.tasks_create.result.due_date == datetime.date(2026, 12, 24)

        # limit has a default, so it may be left out.
        listed = await client.tasks_list(project_id=project.id)
        assert [t.title for t in listed.tasks_list.items] == ["It's typed"]
        assert listed.tasks_list.total_count == 1

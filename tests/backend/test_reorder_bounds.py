"""Every reorder checks its id list in linear time (issue 8: 20,000 ids held the server 21 s)."""

from __future__ import annotations

import time

import pytest

from backend.core.errors import Invalid
from backend.projects import service as projects_service
from backend.task_groups import service as groups_service
from backend.task_statuses import service as statuses_service
from tests.conftest import Workspace

MANY = 20_000


async def test_twenty_thousand_repeated_group_ids_are_refused_at_once(
    workspace: Workspace,
) -> None:
    owner = workspace.principal()
    project = await projects_service.create_project(owner, name="Big", key="BIG")
    group = await groups_service.create_group(owner, project_id=str(project.id), name="A")
    started = time.perf_counter()

    with pytest.raises(Invalid) as refused:
        await groups_service.reorder_groups(
            owner, project_id=str(project.id), group_ids=[str(group.id)] * MANY
        )

    assert time.perf_counter() - started < 5
    assert refused.value.message == f"group_ids lists {group.id} more than once."
    assert refused.value.reason == "REPEATED_ID"


async def test_twenty_thousand_repeated_status_ids_are_refused_at_once(
    workspace: Workspace,
) -> None:
    owner = workspace.principal()
    first, *_ = await statuses_service.list_statuses(owner)
    started = time.perf_counter()

    with pytest.raises(Invalid) as refused:
        await statuses_service.reorder_statuses(owner, status_ids=[str(first.id)] * MANY)

    assert time.perf_counter() - started < 5
    assert refused.value.message == f"status_ids lists {first.id} more than once."
    assert refused.value.reason == "REPEATED_ID"


async def test_a_reorder_that_leaves_a_group_out_names_it(workspace: Workspace) -> None:
    owner = workspace.principal()
    project = await projects_service.create_project(owner, name="Web", key="WEB")
    a, b = [
        await groups_service.create_group(owner, project_id=str(project.id), name=n) for n in "AB"
    ]

    with pytest.raises(Invalid) as refused:
        await groups_service.reorder_groups(
            owner, project_id=str(project.id), group_ids=[str(b.id)]
        )

    assert refused.value.message == (
        f"group_ids must list every group of WEB exactly once; missing: 'A' ({a.id})."
    )
    assert refused.value.reason == "INCOMPLETE_ORDER"

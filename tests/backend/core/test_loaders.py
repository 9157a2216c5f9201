"""The by-id and grouped-ids loader factories: one query per batch, answers in the asked order."""

from __future__ import annotations

import uuid

from backend.core.loaders import Loaders
from backend.labels import service as labels_service
from backend.labels.loaders import labels_by_id
from backend.projects import service as projects_service
from backend.tasks import service as tasks_service
from backend.tasks.loaders import label_ids_by_task
from tests.conftest import Workspace


async def test_rows_load_by_id_in_the_asked_order_and_a_missing_id_loads_none(
    workspace: Workspace,
) -> None:
    owner = workspace.principal()
    bug = await labels_service.create_label(owner, name="Bug")
    ops = await labels_service.create_label(owner, name="Ops")
    loader = Loaders().get(labels_by_id)

    rows = await loader.load_many([str(ops.id), str(uuid.uuid4()), str(bug.id)])

    assert [None if row is None else row.name for row in rows] == ["Ops", None, "Bug"]


async def test_one_loader_per_factory_per_request() -> None:
    loaders = Loaders()

    assert loaders.get(labels_by_id) is loaders.get(labels_by_id)
    assert Loaders().get(labels_by_id) is not loaders.get(labels_by_id)


async def test_grouped_ids_load_per_owner_in_creation_order(workspace: Workspace) -> None:
    owner = workspace.principal()
    project = await projects_service.create_project(owner, name="Web", key="WEB")
    first, second = [await labels_service.create_label(owner, name=n) for n in ("A", "B")]
    labeled = await tasks_service.create_task(
        owner, project_id=str(project.id), title="t", label_ids=[str(second.id), str(first.id)]
    )
    bare = await tasks_service.create_task(owner, project_id=str(project.id), title="u")

    grouped = await Loaders().get(label_ids_by_task).load_many([str(bare.id), str(labeled.id)])

    assert grouped == [[], [str(second.id), str(first.id)]]

"""Deleting a label or milestone changes its tasks in the database; subscribers hear about each."""

from __future__ import annotations

import datetime as dt

from backend.labels import service as labels_service
from backend.milestones import service as milestones_service
from backend.milestones.models import Milestone
from backend.tasks.models import Task, TaskLabel
from subscriptions import EventMessage
from tests.backend.support import project, tasks
from tests.conftest import Workspace


async def test_deleting_a_label_publishes_task_updated_for_each_labelled_task(
    workspace: Workspace, published: list[EventMessage]
) -> None:
    owner = workspace.principal()
    labelled, _unlabelled = await tasks(workspace, await project(workspace, "LBL"), 2)
    label = await labels_service.create_label(owner, name="Urgent")
    await TaskLabel.create(task=labelled, label=label)
    published.clear()

    await labels_service.delete_label(owner, label_id=str(label.id))

    assert [(e.type, e.entity_id) for e in published] == [
        ("task.updated", str(labelled.id)),
        ("label.deleted", str(label.id)),
    ]
    assert not await TaskLabel.exists(task_id=labelled.id)


async def test_deleting_a_milestone_publishes_task_updated_and_detaches_its_tasks(
    workspace: Workspace, published: list[EventMessage]
) -> None:
    owner = workspace.principal()
    space = await project(workspace, "MLS")
    attached, _ = await tasks(workspace, space, 2)
    milestone = await Milestone.create(
        organization_id=workspace.organization_id,
        project=space,
        title="Beta",
        target_date=dt.date(2026, 12, 1),
    )
    attached.milestone_id = milestone.id
    await attached.save()
    published.clear()

    await milestones_service.delete_milestone(owner, milestone_id=str(milestone.id))

    assert ("task.updated", str(attached.id)) in [(e.type, e.entity_id) for e in published]
    assert len([e for e in published if e.type == "task.updated"]) == 1
    assert (await Task.get(id=attached.id)).milestone_id is None

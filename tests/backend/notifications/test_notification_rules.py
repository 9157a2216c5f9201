"""Who is notified of what: made from the events, in the change's transaction, never the actor."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import pytest

from backend.core.permissions import Role
from backend.core.principal import Principal
from backend.core.unit_of_work import unit_of_work
from backend.notifications.kinds import NotificationKind
from backend.notifications.models import Notification
from backend.notifications.rules import invitations
from backend.projects import service as projects_service
from backend.projects.models import Visibility
from backend.task_groups.models import TaskGroup
from backend.task_statuses.models import TaskStatus
from backend.tasks import service as tasks_service
from backend.tasks.board import move_task
from backend.tasks.models import Task
from backend.tasks.workflow import set_status
from backend.tasks_comments import service as comments_service
from backend.users import preferences
from subscriptions import EventMessage
from tests.conftest import Workspace


@dataclass
class Team:
    owner: Principal
    ada: Principal  # a member
    ada_email: str
    bob: Principal  # another member
    bob_email: str
    project_id: str
    task: Task  # created by the owner, assigned to nobody


async def _member(workspace: Workspace, role: Role = Role.MEMBER) -> tuple[Principal, str]:
    added = await workspace.add_member(role)
    return workspace.principal(role, added.user_id), added.email


@pytest.fixture
async def team(workspace: Workspace) -> Team:
    owner = workspace.principal()
    ada, ada_email = await _member(workspace)
    bob, bob_email = await _member(workspace)
    project = await projects_service.create_project(owner, name="Team")
    task = await tasks_service.create_task(owner, project_id=str(project.id), title="Ship it")
    return Team(owner, ada, ada_email, bob, bob_email, str(project.id), task)


async def _kinds(principal: Principal) -> list[tuple[str, str, str]]:
    rows = await Notification.filter(
        recipient_id=principal.user_id, organization_id=principal.organization_id
    ).order_by("created_at")
    return [(row.kind.value, row.entity_type, row.entity_id) for row in rows]


async def test_an_assignment_notifies_the_assignee_not_the_actor(team: Team) -> None:
    await tasks_service.assign(team.owner, task_id=str(team.task.id), user_id=team.ada.user_id)
    assert await _kinds(team.ada) == [("task_assigned", "task", str(team.task.id))]
    row = await Notification.get(recipient_id=team.ada.user_id)
    assert row.text == "Owner assigned you to “Ship it”"
    assert str(row.actor_id) == team.owner.user_id
    assert await _kinds(team.owner) == []
    # Assigning yourself notifies nobody
    await tasks_service.assign(team.bob, task_id=str(team.task.id), user_id=team.bob.user_id)
    assert await _kinds(team.bob) == []


async def test_a_task_created_with_assignees_notifies_them(team: Team) -> None:
    task = await tasks_service.create_task(
        team.owner, project_id=team.project_id, title="New", assignee_ids=[team.bob.user_id]
    )
    assert await _kinds(team.bob) == [("task_assigned", "task", str(task.id))]


async def test_a_mention_notifies_once_per_comment_and_only_members(team: Team) -> None:
    comment = await comments_service.add_comment(
        team.bob,
        task_id=str(team.task.id),
        body=f"@{team.ada_email} please look, and @stranger@example.org too",
    )
    assert await _kinds(team.ada) == [("mentioned", "task_comment", str(comment.id))]
    # An edit that keeps the mention does not notify again; a new mention does
    await comments_service.update_comment(
        team.bob,
        comment_id=str(comment.id),
        body=f"@{team.ada_email} please look (edited), @[{team.owner.user_id}]",
    )
    assert await _kinds(team.ada) == [("mentioned", "task_comment", str(comment.id))]
    assert ("mentioned", "task_comment", str(comment.id)) in await _kinds(team.owner)


async def test_a_comment_notifies_the_tasks_assignees_and_creator_but_not_its_author(
    team: Team,
) -> None:
    await tasks_service.assign(team.owner, task_id=str(team.task.id), user_id=team.ada.user_id)
    comment = await comments_service.add_comment(
        team.bob, task_id=str(team.task.id), body="Done on my side"
    )
    assert ("task_commented", "task_comment", str(comment.id)) in await _kinds(team.ada)
    assert await _kinds(team.owner) == [("task_commented", "task_comment", str(comment.id))]
    assert await _kinds(team.bob) == []
    # An assignee who is also mentioned gets the mention only
    second = await comments_service.add_comment(
        team.bob, task_id=str(team.task.id), body=f"@{team.ada_email} see above"
    )
    about_second = [k for k in await _kinds(team.ada) if k[2] == str(second.id)]
    assert about_second == [("mentioned", "task_comment", str(second.id))]


async def test_completion_and_moves_by_someone_else_notify_the_tasks_people(team: Team) -> None:
    await tasks_service.assign(team.owner, task_id=str(team.task.id), user_id=team.ada.user_id)
    done = await TaskStatus.filter(
        organization_id=team.owner.organization_id, is_terminal=True, project_id__isnull=True
    ).first()
    assert done is not None
    await set_status(team.bob, task_id=str(team.task.id), status_id=str(done.id))
    assert ("task_completed", "task", str(team.task.id)) in await _kinds(team.ada)
    assert ("task_completed", "task", str(team.task.id)) in await _kinds(team.owner)

    group = await TaskGroup.create(
        organization_id=team.owner.organization_id,
        project_id=team.project_id,
        name="Later",
        position=0,
    )
    await move_task(team.bob, task_id=str(team.task.id), group_id=str(group.id))
    assert ("task_moved", "task", str(team.task.id)) in await _kinds(team.ada)
    # The actor's own task: completing it themselves notifies nobody about it
    mine = await tasks_service.create_task(team.ada, project_id=team.project_id, title="Mine")
    await set_status(team.ada, task_id=str(mine.id), status_id=str(done.id))
    assert [k for k in await _kinds(team.ada) if k[2] == str(mine.id)] == []


async def test_muted_kinds_are_not_received(team: Team) -> None:
    await preferences.update_preferences(
        team.ada, notification_kinds=[k for k in NotificationKind if k.value != "task_assigned"]
    )
    await tasks_service.assign(team.owner, task_id=str(team.task.id), user_id=team.ada.user_id)
    assert await _kinds(team.ada) == []
    await comments_service.add_comment(team.bob, task_id=str(team.task.id), body="Still here")
    assert [k[0] for k in await _kinds(team.ada)] == ["task_commented"]


async def test_nobody_is_notified_about_a_private_space_they_cannot_see(
    workspace: Workspace,
) -> None:
    owner = workspace.principal()
    outsider, email = await _member(workspace)
    private = await projects_service.create_project(
        owner, name="Secret", visibility=Visibility.PRIVATE
    )
    task = await tasks_service.create_task(owner, project_id=str(private.id), title="Hush")
    insider, _ = await _member(workspace)
    await projects_service.add_member(owner, project_id=str(private.id), user_id=insider.user_id)
    await comments_service.add_comment(insider, task_id=str(task.id), body=f"@{email} hi")
    assert await _kinds(outsider) == []


async def test_a_rolled_back_change_leaves_no_notification(team: Team) -> None:
    async def failing_change() -> None:
        async with unit_of_work(team.owner):
            await tasks_service.assign(
                team.owner, task_id=str(team.task.id), user_id=team.ada.user_id
            )
            raise RuntimeError("fails after the assignment")

    with pytest.raises(RuntimeError):
        await failing_change()
    assert await _kinds(team.ada) == []


def _synthetic(principal: Principal, event_type: str, entity_id: str) -> EventMessage:
    return EventMessage(
        type=event_type,
        organization_id=principal.organization_id,
        entity_type=event_type.split(".")[0],
        entity_id=entity_id,
        project_id=None,
        actor_id=principal.user_id,
        occurred_at=datetime.now(UTC),
    )


async def test_an_invoice_paid_notifies_the_billing_members(workspace: Workspace) -> None:
    # The invoices domain lands separately: a synthetic `invoice.paid` stands in for its event.
    admin, _ = await _member(workspace, Role.ADMIN)
    member, _ = await _member(workspace, Role.MEMBER)
    manager, _ = await _member(workspace, Role.MANAGER)
    invoice_id = "8f4c8a43-7a7a-4f47-9a39-9d1b2d7a0c11"
    async with unit_of_work(manager) as uow:
        uow.events.append(_synthetic(manager, "invoice.paid", invoice_id))
    assert await _kinds(workspace.principal()) == [("invoice_paid", "invoice", invoice_id)]
    assert await _kinds(admin) == [("invoice_paid", "invoice", invoice_id)]
    assert await _kinds(member) == [] and await _kinds(manager) == []


async def test_an_invitation_accepted_notifies_the_inviter(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The invitations model lands separately: the inviter lookup is the seam it plugs into.
    invitation_id = "1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed"
    joined, _ = await _member(workspace)

    async def inviter_of(organization_id: str, found_id: str) -> str | None:
        return workspace.user_id if found_id == invitation_id else None

    monkeypatch.setattr(invitations, "inviter_of", inviter_of)
    async with unit_of_work(joined) as uow:
        uow.events.append(_synthetic(joined, "invitation.accepted", invitation_id))
    (row,) = await Notification.filter(recipient_id=workspace.user_id)
    assert (row.kind, row.entity_id, str(row.actor_id)) == (
        NotificationKind.INVITATION_ACCEPTED,
        invitation_id,
        joined.user_id,
    )

"""The per-subscription access cache: exact visibility, SQL only when an event changed access."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from tortoise import connections

from backend.core import db
from backend.core.errors import Unauthenticated
from backend.core.event_types import EventType
from backend.core.permissions import Role
from backend.core.principal import Principal
from backend.events.access import SubscriberAccess
from backend.labels.events import LabelEvent
from backend.members.events import MemberEvent
from backend.projects import service as projects_service
from backend.projects.events import ProjectEvent, ProjectMemberEvent
from backend.projects.models import Visibility
from backend.tasks.events import TaskEvent
from backend.time.events import TimeEntryEvent
from backend.users import service as users_service
from backend.users.authentication import authenticate
from backend.users.events import TokenEvent
from subscriptions import EventMessage
from tests.conftest import Workspace
from tests.support import Database, QueryCounter


def message(
    event_type: EventType,
    principal: Principal,
    *,
    entity_id: str = "1",
    project_id: str | None = None,
    actor_id: str | None = None,
    organization_id: str | None = None,
) -> EventMessage:
    return EventMessage(
        type=event_type.value,
        organization_id=organization_id or principal.organization_id,
        entity_type=event_type.entity_type,
        entity_id=entity_id,
        project_id=project_id,
        actor_id=actor_id,
        occurred_at=datetime.now(UTC),
    )


@pytest.fixture
def counter(database: Database) -> Iterator[QueryCounter]:
    with QueryCounter(connections.get(db.connection_name(database.url))) as counting:
        yield counting


async def _deliver(access: SubscriberAccess, event: EventMessage) -> bool:
    """What the subscription does per event, in order."""
    access.observe(event)
    await access.refresh()
    return await access.can_see(event)


async def test_a_warm_cache_judges_further_events_without_sql(
    workspace: Workspace, counter: QueryCounter
) -> None:
    owner = workspace.principal()
    project = await projects_service.create_project(owner, name="Cached")
    member = await workspace.add_member(Role.MEMBER)
    access = SubscriberAccess(await authenticate(member.token))
    created = message(TaskEvent.CREATED, owner, project_id=str(project.id))

    before = counter.count
    assert await _deliver(access, created)
    warm = counter.count
    assert warm - before == 3  # membership, token, Space access: read once
    for _ in range(10):
        assert await _deliver(access, created)
    assert counter.count == warm


async def test_uncached_path_rereads_everything_per_event(
    workspace: Workspace, counter: QueryCounter
) -> None:
    owner = workspace.principal()
    project = await projects_service.create_project(owner, name="Uncached")
    access = SubscriberAccess(await authenticate(workspace.token), max_age=0)
    created = message(TaskEvent.CREATED, owner, project_id=str(project.id))
    before = counter.count
    for _ in range(3):
        assert await _deliver(access, created)
    assert counter.count - before == 9


async def test_revoking_the_subscribers_token_rereads_and_ends(
    workspace: Workspace, counter: QueryCounter
) -> None:
    member = await workspace.add_member(Role.MEMBER)
    principal = await authenticate(member.token)
    access = SubscriberAccess(principal)
    label = message(LabelEvent.CREATED, principal)
    assert await _deliver(access, label)

    other_token, _ = await users_service.issue_token(
        user_id=principal.user_id,
        organization_id=principal.organization_id,
        name="other",
        expires_in_days=None,
    )
    before = counter.count
    assert not await _deliver(  # someone else's token: nothing to re-read, and personal
        access, message(TokenEvent.REVOKED, principal, entity_id=str(other_token.id))
    )
    assert counter.count == before

    assert principal.token_id is not None
    await users_service.revoke_token(principal, token_id=principal.token_id)
    access.observe(message(TokenEvent.REVOKED, principal, entity_id=principal.token_id))
    with pytest.raises(Unauthenticated):
        await access.refresh()


async def test_role_change_of_the_subscriber_rereads_role_and_spaces(
    workspace: Workspace,
) -> None:
    owner = workspace.principal()
    secret = await projects_service.create_project(
        owner, name="Secret", visibility=Visibility.PRIVATE
    )
    admin = await workspace.add_member(Role.ADMIN)
    access = SubscriberAccess(await authenticate(admin.token))
    in_secret = message(TaskEvent.CREATED, owner, project_id=str(secret.id))
    assert await _deliver(access, in_secret)  # admins read every Space

    from backend.members import service as members_service

    await members_service.change_role(owner, user_id=admin.user_id, role=Role.MEMBER)
    # Someone else's role change does not touch this subscriber's cache...
    access.observe(message(MemberEvent.ROLE_CHANGED, owner, entity_id=str(uuid.uuid4())))
    assert await _deliver(access, in_secret)
    # ...its own does, by the next event.
    access.observe(message(MemberEvent.ROLE_CHANGED, owner, entity_id=admin.user_id))
    assert not await _deliver(access, in_secret)
    assert access.principal.role == Role.MEMBER


async def test_space_events_forget_only_that_space(
    workspace: Workspace, counter: QueryCounter
) -> None:
    owner = workspace.principal()
    first = await projects_service.create_project(owner, name="First")
    second = await projects_service.create_project(owner, name="Second")
    access = SubscriberAccess(await authenticate(workspace.token))
    in_first = message(TaskEvent.CREATED, owner, project_id=str(first.id))
    in_second = message(TaskEvent.CREATED, owner, project_id=str(second.id))
    assert await _deliver(access, in_first) and await _deliver(access, in_second)

    for change in (ProjectMemberEvent.REMOVED, ProjectEvent.UPDATED, ProjectEvent.DELETED):
        access.observe(message(change, owner, project_id=str(first.id)))
        before = counter.count
        assert await _deliver(access, in_second)
        assert counter.count == before
        assert await _deliver(access, in_first)
        assert counter.count == before + 1


async def test_an_expired_token_ends_without_a_query(
    workspace: Workspace, counter: QueryCounter
) -> None:
    principal = await authenticate(workspace.token)
    expired = replace(principal, token_expires_at=datetime.now(UTC) - timedelta(seconds=1))
    access = SubscriberAccess(expired)
    before = counter.count
    with pytest.raises(Unauthenticated):
        await access.refresh()
    assert counter.count == before


async def test_each_domain_rule_decides(workspace: Workspace, other_workspace: Workspace) -> None:
    owner = workspace.principal()
    project = await projects_service.create_project(owner, name="Rules")
    member = await workspace.add_member(Role.MEMBER)
    manager = await workspace.add_member(Role.MANAGER)
    as_member = SubscriberAccess(await authenticate(member.token))
    as_manager = SubscriberAccess(await authenticate(manager.token))
    for access in (as_member, as_manager):
        await access.refresh()

    others_time = message(TimeEntryEvent.STARTED, owner, actor_id=workspace.user_id)
    own_time = message(TimeEntryEvent.STARTED, owner, actor_id=member.user_id)
    assert not await as_member.can_see(others_time)  # others' time needs manage_time
    assert await as_member.can_see(own_time)
    assert await as_manager.can_see(others_time)

    own_token = message(TokenEvent.CREATED, owner, actor_id=member.user_id)
    others_token = message(TokenEvent.CREATED, owner, actor_id=manager.user_id)
    assert await as_member.can_see(own_token)
    assert not await as_member.can_see(others_token)  # tokens are personal, even for managers
    assert not await as_manager.can_see(own_token)

    assert await as_member.can_see(message(LabelEvent.CREATED, owner))  # no Space: every member
    assert await as_member.can_see(message(TaskEvent.CREATED, owner, project_id=str(project.id)))
    foreign = message(LabelEvent.CREATED, owner, organization_id=other_workspace.organization_id)
    assert not await as_member.can_see(foreign)
    unknown = replace(message(LabelEvent.CREATED, owner), type="label.exploded")
    assert not await as_member.can_see(unknown)  # a type this process does not declare

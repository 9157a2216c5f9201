"""The world factory: one of each kind of object in one organization, one function per domain.

The permission table, the tenancy table and the MCP/GraphQL parity test all build their objects
here. A new domain adds one `make_<domain>` function to `MAKERS` (and the names of the ids it
sets); every catalog-wide table then has its objects.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from tortoise import Tortoise
from tortoise.models import Model

from backend.attachments import service as attachments_service
from backend.audit.models import AuditEntry
from backend.chat.models import ChatChannel, ChatChannelMember, ChatMessage
from backend.clients.models import Client, ClientContact, ClientNote
from backend.core.permissions import Role
from backend.core.principal import Principal
from backend.git import secrets as git_secrets
from backend.git.models import GitBranch, GitCommit, GitRepository, Provider
from backend.invoices import service as invoices
from backend.labels.models import Label
from backend.members import invitations
from backend.members import service as members_service
from backend.milestones.models import Milestone
from backend.notifications.kinds import NotificationKind
from backend.notifications.models import Notification
from backend.payments import service as payments
from backend.projects.models import Project, ProjectMember, Visibility
from backend.public_forms.form_fields import FieldKind, FormField
from backend.public_forms.models import PublicForm, PublicFormSubmission
from backend.task_groups.models import TaskGroup
from backend.task_recurrences import service as recurrences
from backend.task_recurrences.rules import Frequency, Rule
from backend.task_statuses.models import TaskStatus
from backend.tasks.models import Task, TaskAssignee, TaskLabel
from backend.tasks_checklist.models import TaskChecklistItem
from backend.tasks_comments.models import TaskComment
from backend.tasks_dependencies.models import TaskDependency
from backend.time.models import TimeEntry
from backend.users.authentication import authenticate
from backend.users.service import issue_token
from tests.conftest import Workspace


def unique(prefix: str) -> str:
    return f"{prefix} {uuid.uuid4().hex[:8]}"


@dataclass(frozen=True)
class Scene:
    """Who the world is for: its owner, the caller (author of its comment) and the Space's members."""

    owner: Principal
    actor: Principal
    colleague: str  # a member assigned to `other_task`, added to the Space
    private: bool = False  # a private Space has only the owner and the colleague as members
    members: Iterable[str] = ()  # users added to an open Space
    timer_running: bool = False  # the actor's timer runs (otherwise no timer of theirs runs)


@dataclass
class World:
    """Ids of the objects, by kind: `world.task`, `world.label`… (see the makers for the names)."""

    ids: dict[str, str] = field(default_factory=dict)
    lists: dict[str, list[str]] = field(default_factory=dict)

    def __getattr__(self, name: str) -> str:
        try:
            return self.__dict__["ids"][name]  # type: ignore[no-any-return]
        except KeyError:
            raise AttributeError(name) from None

    @property
    def org_statuses(self) -> list[str]:
        """Every status of the organization's workflow, in order."""
        return self.lists["org_statuses"]

    @property
    def groups(self) -> list[str]:
        """Every group of the Space, in order."""
        return self.lists["groups"]


Maker = Callable[[Scene, World], Awaitable[None]]


async def make_projects(scene: Scene, world: World) -> None:
    """project, task_key (its first task's key), owner, colleague."""
    project = await Project.create(
        organization_id=scene.owner.organization_id,
        # 9 hex digits: hundreds of worlds per run (the permission table) never share a key.
        key=(key := f"P{uuid.uuid4().hex[:9].upper()}"),
        name="Space",
        visibility=Visibility.PRIVATE if scene.private else Visibility.OPEN,
        next_task_number=3,  # make_tasks creates tasks 1 and 2
    )
    members = [] if scene.private else list(scene.members)
    for user_id in {scene.owner.user_id, scene.colleague, *members}:
        await ProjectMember.create(project=project, user_id=user_id)
    world.ids |= {
        "project": str(project.id),
        "task_key": f"{key}-1",
        "owner": scene.owner.user_id,
        "colleague": scene.colleague,
    }


async def make_task_statuses(scene: Scene, world: World) -> None:
    """first_status (the default), status and other_status (added); org_statuses lists all."""
    org = scene.owner.organization_id
    existing = await TaskStatus.filter(organization_id=org, project_id__isnull=True).order_by(
        "position"
    )
    added = [
        await TaskStatus.create(organization_id=org, name=unique(name), position=position)
        for position, name in enumerate(("Review", "Other"), start=len(existing))
    ]
    world.ids |= {
        "first_status": str(existing[0].id),
        "status": str(added[0].id),
        "other_status": str(added[1].id),
    }
    world.lists["org_statuses"] = [str(s.id) for s in [*existing, *added]]


async def make_task_groups(scene: Scene, world: World) -> None:
    """group (holds the tasks) and other_group."""
    groups = [
        await TaskGroup.create(
            organization_id=scene.owner.organization_id,
            project_id=world.project,
            name=name,
            position=position,
        )
        for position, name in enumerate(("Doing", "Later"))
    ]
    world.ids |= {"group": str(groups[0].id), "other_group": str(groups[1].id)}
    world.lists["groups"] = [str(g.id) for g in groups]


async def make_labels(scene: Scene, world: World) -> None:
    """label."""
    label = await Label.create(
        organization_id=scene.owner.organization_id,
        name=(name := unique("label")),
        name_key=name.casefold(),
    )
    world.ids["label"] = str(label.id)


async def make_milestones(scene: Scene, world: World) -> None:
    """milestone."""
    milestone = await Milestone.create(
        organization_id=scene.owner.organization_id,
        project_id=world.project,
        title="M",
        target_date=dt.date(2026, 12, 1),
    )
    world.ids["milestone"] = str(milestone.id)


async def make_tasks(scene: Scene, world: World) -> None:
    """task (labelled) and other_task (assigned to the colleague), both in the first group."""
    task, other = [
        await Task.create(
            organization_id=scene.owner.organization_id,
            project_id=world.project,
            number=n,
            title=f"T{n}",
            status_id=world.first_status,
            position=n,
            group_id=world.group,
        )
        for n in (1, 2)
    ]
    await TaskLabel.create(task=task, label_id=world.label)
    await TaskAssignee.create(task=other, user_id=scene.colleague)
    world.ids |= {"task": str(task.id), "other_task": str(other.id)}


async def make_tasks_comments(scene: Scene, world: World) -> None:
    """comment: on task, written by the actor (authors edit and delete their own comments)."""
    comment = await TaskComment.create(task_id=world.task, author_id=scene.actor.user_id, body="hi")
    world.ids["comment"] = str(comment.id)


async def make_tasks_checklist(scene: Scene, world: World) -> None:
    """item: on task."""
    item = await TaskChecklistItem.create(task_id=world.task, text="step", position=0)
    world.ids["item"] = str(item.id)


async def make_tasks_dependencies(scene: Scene, world: World) -> None:
    """task depends on other_task."""
    await TaskDependency.create(
        organization_id=scene.owner.organization_id,
        task_id=world.task,
        depends_on_id=world.other_task,
    )


async def make_task_recurrences(scene: Scene, world: World) -> None:
    """recurrence: a daily rule in the Space."""
    recurrence = await recurrences.create_recurrence(
        scene.owner,
        rule=Rule(frequency=Frequency.DAILY),
        starts_on=dt.date(2026, 12, 1),
        project_id=world.project,
        title="Daily",
    )
    world.ids["recurrence"] = str(recurrence.id)


async def make_time(scene: Scene, world: World) -> None:
    """entry: an hour the actor logged on task; running: their running timer, if the scene asks."""
    started = dt.datetime(2026, 11, 2, 9, tzinfo=dt.UTC)
    # One running timer per user: end the one an earlier world's call started.
    await TimeEntry.filter(running_user_id=scene.actor.user_id).update(
        running_user_id=None, ended_at=started
    )
    if scene.timer_running:
        running = await TimeEntry.create(
            organization_id=scene.owner.organization_id,
            user_id=scene.actor.user_id,
            project_id=world.project,
            started_at=started,
            running_user_id=scene.actor.user_id,
        )
        world.ids["running"] = str(running.id)
    entry = await TimeEntry.create(
        organization_id=scene.owner.organization_id,
        user_id=scene.actor.user_id,
        project_id=world.project,
        task_id=world.task,
        started_at=started,
        ended_at=started + dt.timedelta(hours=1),
    )
    world.ids["entry"] = str(entry.id)


async def make_clients(scene: Scene, world: World) -> None:
    """client (billed for project), its contact (the billing contact) and a note; spare_client."""
    client = await Client.create(
        organization_id=scene.owner.organization_id,
        name=(name := unique("Client")),
        name_key=name.casefold(),
        currency="EUR",
    )
    await Project.filter(id=world.project).update(client_id=client.id)
    contact = await ClientContact.create(
        organization_id=scene.owner.organization_id,
        client_id=client.id,
        name="Billing",
        email="billing@example.test",
        is_billing_contact=True,
    )
    await ClientNote.create(
        organization_id=scene.owner.organization_id, client_id=client.id, body="Met at a fair"
    )
    # spare_client: no Space, no invoice (clients_delete may delete it).
    spare = await Client.create(
        organization_id=scene.owner.organization_id,
        name=(spare_name := unique("Spare client")),
        name_key=spare_name.casefold(),
        currency="EUR",
    )
    world.ids |= {
        "client": str(client.id),
        "contact": str(contact.id),
        "spare_client": str(spare.id),
    }


async def make_users(scene: Scene, world: World) -> None:
    """token: a spare Personal Access Token of the actor (not the one the tests authenticate with)."""
    token, _ = await issue_token(
        user_id=scene.actor.user_id,
        organization_id=scene.owner.organization_id,
        name=unique("spare"),
        expires_in_days=None,
    )
    world.ids["token"] = str(token.id)


async def make_invoices(scene: Scene, world: World) -> None:
    """billing_project (a Space of make_clients' client with an hour of unbilled billable time
    in November 2026), invoice (a draft with one line, line_item), sent_invoice (sent, with a
    payment of 10 on it: payment)."""
    org = scene.owner.organization_id
    project = await Project.create(
        organization_id=org,
        key=f"B{uuid.uuid4().hex[:6].upper()}",
        name="Billing Space",
        client_id=world.client,
    )
    started = dt.datetime(2026, 11, 2, 14, tzinfo=dt.UTC)
    await TimeEntry.create(
        organization_id=org,
        user_id=scene.owner.user_id,
        project_id=project.id,
        billable=True,
        started_at=started,
        ended_at=started + dt.timedelta(hours=1),
        hourly_rate=100,
    )
    draft = await invoices.create_invoice(scene.owner, client_id=world.client)
    await invoices.add_line(
        scene.owner,
        invoice_id=str(draft.id),
        description="Work",
        quantity=Decimal(1),
        unit_price=Decimal(100),
    )
    (line,) = await invoices.lines_of(draft.id)
    sent = await invoices.create_invoice(scene.owner, client_id=world.client)
    await invoices.add_line(
        scene.owner,
        invoice_id=str(sent.id),
        description="Work",
        quantity=Decimal(2),
        unit_price=Decimal(100),
    )
    await invoices.send_invoice(scene.owner, invoice_id=str(sent.id))
    payment = await payments.record_payment(
        scene.owner, invoice_id=str(sent.id), amount=Decimal(10), paid_on=dt.date(2026, 11, 20)
    )
    world.ids |= {
        "billing_project": str(project.id),
        "invoice": str(draft.id),
        "line_item": str(line.id),
        "sent_invoice": str(sent.id),
        "payment": str(payment.id),
    }


async def make_chat(scene: Scene, world: World) -> None:
    """channel: the Space's channel, by the owner; message: the actor's, in it; private_channel:
    a private channel (no Space) of the owner with the actor as a member."""
    org = scene.owner.organization_id
    channel = await ChatChannel.create(
        organization_id=org,
        project_id=world.project,
        name="space",
        created_by_id=scene.owner.user_id,
    )
    message = await ChatMessage.create(
        organization_id=org, channel_id=channel.id, author_id=scene.actor.user_id, body="hi"
    )
    private = await ChatChannel.create(
        organization_id=org, name="private", private=True, created_by_id=scene.owner.user_id
    )
    for user_id in {scene.owner.user_id, scene.actor.user_id}:
        await ChatChannelMember.create(channel_id=private.id, user_id=user_id)
    world.ids |= {
        "channel": str(channel.id),
        "message": str(message.id),
        "private_channel": str(private.id),
    }


async def make_members(scene: Scene, world: World) -> None:
    """member: a fresh member (role member) of the organization, in no Space, for role changes
    and removals; invitation: a pending invitation."""
    member = await members_service.add_member(
        organization_id=scene.owner.organization_id,
        email=f"world-{uuid.uuid4().hex[:8]}@example.test",
        role=Role.MEMBER,
    )
    invitation, _secret = await invitations.create_invitation(
        scene.owner, email=f"invitee-{uuid.uuid4().hex[:8]}@example.test", role=Role.MEMBER
    )
    world.ids |= {"member": str(member.user_id), "invitation": str(invitation.id)}


async def make_git(scene: Scene, world: World) -> None:
    """repository (GitHub, tied to the Space, linked by the owner) with a branch and a commit."""
    repository = await GitRepository.create(
        organization_id=scene.owner.organization_id,
        project_id=world.project,
        provider=Provider.GITHUB,
        full_name=f"acme/{uuid.uuid4().hex[:8]}",
        secret_encrypted=git_secrets.encrypt("world-secret"),
        linked_by_id=scene.owner.user_id,
    )
    now = dt.datetime(2026, 11, 2, 9, tzinfo=dt.UTC)
    await GitBranch.create(repository=repository, name="main", head_sha="a" * 40, pushed_at=now)
    commit = await GitCommit.create(
        organization_id=scene.owner.organization_id,
        repository=repository,
        sha="a" * 40,
        message="Start",
        author_name="Ada",
        committed_at=now,
    )
    world.ids |= {"repository": str(repository.id), "commit": str(commit.id)}


async def make_attachments(scene: Scene, world: World) -> None:
    """attachment: a small file on task, uploaded by the owner."""
    attachment = await attachments_service.store(
        scene.owner,
        entity_type="task",
        entity_id=world.task,
        filename="notes.txt",
        data=f"notes {uuid.uuid4()}".encode(),
    )
    world.ids["attachment"] = str(attachment.id)


async def make_public_forms(scene: Scene, world: World) -> None:
    """form: an open form of the Space, made by the owner; submission: one answer to it."""
    form = await PublicForm.create(
        organization_id=scene.owner.organization_id,
        project_id=world.project,
        title="Contact",
        field_definitions=[FormField("name", "Name", FieldKind.TEXT, required=True).as_json()],
        slug=uuid.uuid4().hex,
        created_by_id=scene.owner.user_id,
    )
    submission = await PublicFormSubmission.create(
        organization_id=scene.owner.organization_id, form=form, answers={"name": "Ada"}
    )
    world.ids |= {"form": str(form.id), "submission": str(submission.id)}


async def make_notifications(scene: Scene, world: World) -> None:
    """notification: an unread notification of the actor's, about the world's task."""
    notification = await Notification.create(
        organization_id=scene.owner.organization_id,
        recipient_id=scene.actor.user_id,
        actor_id=scene.owner.user_id,
        kind=NotificationKind.TASK_ASSIGNED,
        entity_type="task",
        entity_id=world.task,
        text="Owner assigned you to a task",
    )
    world.ids["notification"] = str(notification.id)


async def make_audit(scene: Scene, world: World) -> None:
    """audit_entry: the newest entry of the organization's log (the makers above wrote some)."""
    entry = (
        await AuditEntry.filter(organization_id=scene.owner.organization_id)
        .order_by("-occurred_at")
        .first()
    )
    assert entry is not None, "the world's changes left no audit entry"
    world.ids["audit_entry"] = str(entry.id)


# In dependency order: a maker may use the ids of the makers before it.
MAKERS: list[Maker] = [
    make_projects,
    make_task_statuses,
    make_task_groups,
    make_labels,
    make_milestones,
    make_tasks,
    make_tasks_comments,
    make_tasks_checklist,
    make_tasks_dependencies,
    make_task_recurrences,
    make_time,
    make_clients,
    make_users,
    make_invoices,
    make_chat,
    make_members,
    make_git,
    make_attachments,
    make_public_forms,
    make_notifications,
    make_audit,
]


async def make_world(scene: Scene) -> World:
    world = World()
    for maker in MAKERS:
        await maker(scene, world)
    return world


# Which kind of object each id argument of the catalog names.
ID_TARGETS = {
    "project_id": "project",
    "task_id": "task",
    "task_ids": "task",
    "template_task_id": "task",
    "depends_on_task_id": "other_task",
    "parent_task_id": "other_task",
    "user_id": "colleague",
    "assignee_id": "colleague",
    "assignee_ids": "colleague",
    "status_id": "status",
    "status_ids": "status",
    "replacement_status_id": "other_status",
    "auto_advance_to_status_id": "other_status",
    "group_id": "group",
    "group_ids": "group",
    "move_tasks_to_group_id": "other_group",
    "label_id": "label",
    "label_ids": "label",
    "milestone_id": "milestone",
    "comment_id": "comment",
    "item_id": "item",
    "item_ids": "item",
    "recurrence_id": "recurrence",
    "entry_id": "entry",
    "token_id": "token",
    "client_id": "client",
    "contact_id": "contact",
    "invoice_id": "invoice",
    "line_item_id": "line_item",
    "payment_id": "payment",
    "project_ids": "billing_project",
    "channel_id": "channel",
    "message_id": "message",
    "before": "message",
    "member_ids": "colleague",
    "invitation_id": "invitation",
    "user_ids": "colleague",
    "repository_id": "repository",
    "commit_id": "commit",
    "attachment_id": "attachment",
    "entity_id": "task",  # with entity_type "task" (EXTRA)
    "form_id": "form",
    "submission_id": "submission",
    "actor_id": "colleague",
    "notification_id": "notification",
    "notification_ids": "notification",
}


# Where a tool's id argument names another kind than ID_TARGETS says (audit_get's entry_id is an
# audit entry; elsewhere entry_id is a time entry).
TOOL_ID_TARGETS: dict[str, dict[str, str]] = {
    "audit_get": {"entry_id": "audit_entry"},
    # only a private channel has a member list
    "chat_channels_members_list": {"channel_id": "private_channel"},
}


# Arguments a schema cannot tell are needed (one of several optional ones).
EXTRA: dict[str, dict[str, Any]] = {
    "time_entries_create": {"duration_minutes": 30},
    "attachments_list": {"entity_type": "task"},
    "attachments_upload": {"entity_type": "task"},
}


def _filler(schema: dict[str, Any]) -> Any:
    """A valid value for a non-id argument, from its JSON Schema."""
    kinds = schema.get("type", "string")
    kind = next(k for k in kinds if k != "null") if isinstance(kinds, list) else kinds
    if "enum" in schema:
        return next(value for value in schema["enum"] if value is not None)
    if kind == "object":
        return {key: _filler(schema["properties"][key]) for key in schema.get("required", [])}
    if kind == "array":
        return [_filler(schema["items"])]
    if kind == "integer":
        return 1
    if kind == "boolean":
        return False
    if schema.get("format") == "date":
        return "2026-12-01"
    if schema.get("format") == "date-time":
        return "2026-12-01T09:00:00Z"
    if "pattern" in schema:  # Decimal
        return "1"
    return "Text"


def arguments_for(tool: str, schema: dict[str, Any], world: World) -> dict[str, Any]:
    """A tool's arguments from its input schema: every id argument names the world's object of
    that kind, every other required argument gets a valid value."""
    arguments: dict[str, Any] = dict(EXTRA.get(tool, {}))
    targets = ID_TARGETS | TOOL_ID_TARGETS.get(tool, {})
    for name, property_schema in schema["properties"].items():
        if name in targets:
            value = world.ids[targets[name]]
            arguments[name] = [value] if name.endswith("_ids") else value
        elif name in schema.get("required", []) and name not in arguments:
            arguments[name] = _filler(property_schema)
    return arguments


async def world_of(workspace: Workspace) -> World:
    """One of each kind of object in this workspace, made by its owner (see tests/backend/world.py)."""
    owner = await authenticate(workspace.token)
    colleague = (await workspace.add_member(Role.MEMBER)).user_id
    return await make_world(Scene(owner, owner, colleague))


def _organization_path(model: type[Model], depth: int = 0) -> str | None:
    """The filter path from a model to its organization id, following foreign keys
    (a comment's task's organization, a Space member's project's organization)."""
    fields = model._meta.fields_map
    if "organization" in fields:
        return "organization_id"
    if depth > 3:
        return None
    for name in sorted(model._meta.fk_fields):
        related = fields[name].related_model  # type: ignore[attr-defined]
        if related is model:
            continue
        path = _organization_path(related, depth + 1)
        if path is not None:
            return f"{name}__{path}"
    return None


async def organization_rows(organization_id: str) -> dict[str, Any]:
    """Every row of every table that belongs to the organization, to compare before/after."""
    rows: dict[str, Any] = {}
    for model in Tortoise.apps["models"].values():
        path = _organization_path(model)
        if path is None or model.__name__ in {"Organization", "User"}:
            continue
        values = await model.filter(**{path: organization_id}).order_by("id").values()
        if model.__name__ == "EventOutboxEntry":
            # Any server's relay stamps rows whenever it runs: a new row is a write, a stamp not.
            values = [{k: v for k, v in row.items() if k != "published_at"} for row in values]
        rows[model.__name__] = values
    return rows

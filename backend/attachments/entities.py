"""What attachments can belong to: one declaration per kind of entity.

A kind says how to find its entity for reading (list, get, download) and for changing (upload,
delete) as the principal, and which recorded event deletes it (hooks.py then removes its
attachments). Adding a kind is one `register(...)` call here.

Reads and writes answer "not found" for an entity the principal may not see, like every lookup.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from uuid import UUID

from backend.chat import access as chat_access
from backend.clients.models import Client
from backend.core.errors import Forbidden, NotFound
from backend.core.lookups import get_in, in_organization
from backend.core.permissions import Permission
from backend.core.principal import Principal
from backend.invoices.models import Invoice
from backend.tasks import service as tasks_service
from backend.tasks_comments import service as comments_service


@dataclass(frozen=True)
class Owner:
    """The entity an attachment belongs to, resolved for a principal."""

    entity_id: UUID
    project_id: UUID | None  # its Space, if it lives in one
    parent: tuple[str, UUID] | None = None  # (kind, id) of what owns the entity


Resolve = Callable[[Principal, str], Awaitable[Owner]]


@dataclass(frozen=True)
class EntityKind:
    name: str  # the entity_type argument's value
    label: str  # for messages: "a task"
    readable: Resolve
    writable: Resolve
    deleted_event: str  # the wire name of the event that deletes such an entity


KINDS: dict[str, EntityKind] = {}
# Deleting these removes every attachment whose Space (project_id) they are.
SCOPE_DELETED_EVENTS = {"project.deleted": "project_id"}


def register(kind: EntityKind) -> None:
    KINDS[kind.name] = kind


def kind_deleted_by(event_type: str) -> EntityKind | None:
    return next((k for k in KINDS.values() if k.deleted_event == event_type), None)


# tasks


async def _task(principal: Principal, entity_id: str) -> Owner:
    task = await tasks_service.get_task(principal, entity_id, field="entity_id")
    return Owner(task.id, task.project_id)


async def _writable_task(principal: Principal, entity_id: str) -> Owner:
    principal.require(Permission.MANAGE_TASKS, "attach files to tasks")
    await _task(principal, entity_id)  # not found before archived
    task, project = await tasks_service.get_writable_task(principal, entity_id)
    return Owner(task.id, project.id)


# comments (on tasks)


async def _comment(principal: Principal, entity_id: str) -> Owner:
    comment = await comments_service.get_comment(principal, entity_id)
    task = await tasks_service.get_task(principal, str(comment.task_id))
    return Owner(comment.id, task.project_id, ("task", task.id))


async def _writable_comment(principal: Principal, entity_id: str) -> Owner:
    principal.require(Permission.MANAGE_TASKS, "attach files to comments")
    owner = await _comment(principal, entity_id)
    assert owner.parent is not None
    await tasks_service.get_writable_task(principal, str(owner.parent[1]))
    return owner


# clients and invoices: billing data, manage_billing only


async def _client(principal: Principal, entity_id: str) -> Owner:
    if not principal.can(Permission.MANAGE_BILLING):
        raise NotFound.entity("client", entity_id, field="entity_id")
    client = await get_in(
        in_organization(principal, Client), entity_id, entity="client", field="entity_id"
    )
    return Owner(client.id, None)


async def _invoice(principal: Principal, entity_id: str) -> Owner:
    if not principal.can(Permission.MANAGE_BILLING):
        raise NotFound.entity("invoice", entity_id, field="entity_id")
    invoice = await get_in(
        in_organization(principal, Invoice), entity_id, entity="invoice", field="entity_id"
    )
    return Owner(invoice.id, None, ("client", invoice.client_id))


# chat messages: read by whoever reads the channel; files are attached by the message's author.
# No Space is given, so attachment events of a (possibly private) channel never reach a Space's
# readers.


async def _chat_message(principal: Principal, entity_id: str) -> Owner:
    message = await chat_access.get_message(principal, entity_id, field="entity_id")
    return Owner(message.id, None)


async def _own_chat_message(principal: Principal, entity_id: str) -> Owner:
    message = await chat_access.get_message(principal, entity_id, field="entity_id")
    if str(message.author_id) != principal.user_id:
        raise Forbidden(
            "Only a message's author attaches files to it or removes them; send a new message "
            "with chat_messages_send instead.",
            field="entity_id",
            reason="NOT_AUTHOR",
        )
    return Owner(message.id, None)


register(EntityKind("task", "a task", _task, _writable_task, deleted_event="task.deleted"))
register(
    EntityKind(
        "comment",
        "a task comment",
        _comment,
        _writable_comment,
        deleted_event="task_comment.deleted",
    )
)
register(EntityKind("client", "a client", _client, _client, deleted_event="client.deleted"))
register(EntityKind("invoice", "an invoice", _invoice, _invoice, deleted_event="invoice.deleted"))
register(
    EntityKind(
        "chat_message",
        "a chat message",
        _chat_message,
        _own_chat_message,
        deleted_event="chat_message.deleted",
    )
)

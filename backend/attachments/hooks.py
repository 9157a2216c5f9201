"""The commit hook that removes a deleted entity's attachments (and a deleted Space's).

It reads the recorded `*.deleted` events of every kind the registry declares (entities.py):
attachments of the entity, and of what it owned (a task's comments), go in the same
transaction; their blobs are released after the commit.
"""

from __future__ import annotations

from tortoise.expressions import Q

from backend.attachments.entities import SCOPE_DELETED_EVENTS, kind_deleted_by
from backend.attachments.events import AttachmentEvent
from backend.attachments.models import Attachment
from backend.attachments.service import release_after_commit
from backend.core.unit_of_work import UnitOfWork


async def remove_attachments_of_deleted_entities(uow: UnitOfWork) -> None:
    conditions: list[Q] = []
    for message in list(uow.events):
        kind = kind_deleted_by(message.type)
        if kind is not None:
            conditions.append(Q(entity_type=kind.name, entity_id=message.entity_id))
            conditions.append(Q(parent_type=kind.name, parent_id=message.entity_id))
        column = SCOPE_DELETED_EVENTS.get(message.type)
        if column is not None:
            conditions.append(Q(**{column: message.entity_id}))
    if not conditions:
        return
    query = Attachment.filter(
        Q(*conditions, join_type=Q.OR), organization_id=uow.principal.organization_id
    )
    doomed = await query.values_list("id", "project_id", "sha256")
    if not doomed:
        return
    await Attachment.filter(id__in=[row[0] for row in doomed]).delete()
    for attachment_id, project_id, _ in doomed:
        uow.record(AttachmentEvent.DELETED, attachment_id, project_id=project_id)
    release_after_commit(uow, [row[2] for row in doomed])

"""The notifications commit hook: the rules' drafts become rows in the change's transaction.

Never the actor; only current members who can see the event's Space; each recipient's muted
kinds skipped; one notification per recipient, kind and entity per change; a draft with a
dedupe key only once per recipient and key.
"""

from __future__ import annotations

from backend.core.principal import Principal
from backend.core.unit_of_work import UnitOfWork
from backend.members import service as members_service
from backend.notifications.events import NotificationEvent
from backend.notifications.models import Notification
from backend.notifications.rules import Draft, rules_for
from backend.projects import service as projects_service
from backend.users import preferences
from subscriptions import EventMessage


async def drafts_for(uow: UnitOfWork) -> list[tuple[Draft, EventMessage]]:
    found: dict[tuple[str, str, str, str], tuple[Draft, EventMessage]] = {}
    for message in list(uow.events):
        for rule in rules_for(message.type):
            for draft in await rule(uow, message):
                key = (draft.recipient_id, draft.kind.value, draft.entity_type, draft.entity_id)
                found.setdefault(key, (draft, message))
    return list(found.values())


async def create_notifications(uow: UnitOfWork) -> None:
    actor = uow.principal.user_id
    drafts = [(d, m) for d, m in await drafts_for(uow) if d.recipient_id != actor]
    if not drafts:
        return
    organization_id = uow.principal.organization_id
    recipients = sorted({draft.recipient_id for draft, _ in drafts})
    roles = await members_service.roles_in(organization_id=organization_id, user_ids=recipients)
    muted = await preferences.muted_kinds(recipients)
    for draft, message in drafts:
        role = roles.get(draft.recipient_id)
        if role is None or draft.kind in muted.get(draft.recipient_id, set()):
            continue
        if message.project_id is not None and not await projects_service.can_access(
            Principal(draft.recipient_id, organization_id, role), message.project_id
        ):
            continue
        if draft.dedupe_key is not None and await Notification.exists(
            recipient_id=draft.recipient_id, dedupe_key=draft.dedupe_key
        ):
            continue
        notification = await Notification.create(
            organization_id=organization_id,
            recipient_id=draft.recipient_id,
            actor_id=actor,
            kind=draft.kind,
            entity_type=draft.entity_type,
            entity_id=draft.entity_id,
            text=draft.text,
            dedupe_key=draft.dedupe_key,
        )
        uow.record(NotificationEvent.CREATED, notification.id)

"""The transactional outbox: every committed event, numbered per organization, until relayed.

Rows are written by the unit of work in the transaction of the change (backend/events/outbox.py),
so a committed change always has its events and a rolled-back one has none. The relay publishes
unpublished rows to the broker and stamps `published_at`; published rows stay for the retention
window so reconnecting subscribers can replay what they missed (`events(after: N)`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from uuid import UUID

from tortoise import fields
from tortoise.models import Model

if TYPE_CHECKING:
    from backend.orgs.models import Organization


class EventOutboxEntry(Model):
    """One committed event: its wire JSON, and when (if yet) the relay handed it to the broker."""

    # The event's own id (EventMessage.id), so a republished message is recognisable.
    id = fields.UUIDField(primary_key=True)
    organization: fields.ForeignKeyRelation[Organization] = fields.ForeignKeyField(
        "models.Organization", related_name=None, on_delete=fields.CASCADE
    )
    sequence = fields.BigIntField()
    type = fields.CharField(max_length=100)
    message = fields.TextField()
    created_at = fields.DatetimeField()
    published_at = fields.DatetimeField(null=True)

    organization_id: UUID

    class Meta:
        table = "event_outbox"
        # Also the replay index: an organization's rows by sequence. The relay's "unpublished,
        # oldest first" index is partial (WHERE published_at IS NULL), created in the migration.
        unique_together = (("organization", "sequence"),)


class EventSequence(Model):
    """The last sequence number given in an organization (one row per organization).

    Its row lock orders that organization's writers for the instant before commit, so commit
    order is sequence order."""

    # The organization's id; no foreign key, so the counter never blocks deleting the organization.
    organization_id = fields.UUIDField(primary_key=True)
    last_sequence = fields.BigIntField(default=0)

    class Meta:
        table = "event_sequences"

"""Outgoing mail: written in the change's transaction, delivered after it commits, retried."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING
from uuid import UUID

from tortoise import fields

from backend.core.models import Entity

if TYPE_CHECKING:
    from backend.orgs.models import Organization


class MailStatus(StrEnum):
    QUEUED = "queued"  # waiting for its (next) attempt
    SENDING = "sending"  # claimed by a deliverer until its lease (next_attempt_at) runs out
    SENT = "sent"
    FAILED = "failed"  # every attempt failed; last_error says why


class OutgoingMail(Entity):
    organization: fields.ForeignKeyNullableRelation[Organization] = fields.ForeignKeyField(
        "models.Organization", related_name=None, null=True, on_delete=fields.CASCADE
    )
    recipients: list[str] = fields.JSONField()  # addresses
    subject = fields.CharField(max_length=300)
    body_text = fields.TextField()
    # What the mail is about (an invoice, an invitation), so its delivery can be shown there.
    about_type = fields.CharField(max_length=40, null=True)
    about_id = fields.UUIDField(null=True)
    status = fields.CharEnumField(MailStatus, max_length=7, default=MailStatus.QUEUED)
    attempts = fields.IntField(default=0)
    last_error = fields.TextField(null=True)
    next_attempt_at = fields.DatetimeField()
    sent_at = fields.DatetimeField(null=True)

    organization_id: UUID | None
    attachments: fields.ReverseRelation[MailAttachment]

    class Meta:
        table = "outgoing_mail"
        indexes = (("status", "next_attempt_at"), ("about_type", "about_id"))


class MailAttachment(Entity):
    mail: fields.ForeignKeyRelation[OutgoingMail] = fields.ForeignKeyField(
        "models.OutgoingMail", related_name="attachments", on_delete=fields.CASCADE
    )
    filename = fields.CharField(max_length=255)
    content_type = fields.CharField(max_length=100)
    content = fields.BinaryField()

    mail_id: UUID

    class Meta:
        table = "mail_attachments"
        indexes = (("mail_id",),)

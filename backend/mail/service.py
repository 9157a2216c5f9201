"""Queueing mail: inside the change's unit of work, so a mail exists exactly when its change does."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from backend.core.unit_of_work import current as current_unit_of_work
from backend.mail import delivery
from backend.mail.models import MailAttachment, OutgoingMail


@dataclass(frozen=True)
class Attachment:
    filename: str
    content_type: str
    content: bytes


async def queue_mail(
    *,
    organization_id: object | None,
    to: Sequence[str],
    subject: str,
    text: str,
    attachments: Sequence[Attachment] = (),
    about: tuple[str, object] | None = None,
) -> OutgoingMail:
    """Write a mail in the current unit of work; it is delivered once the change commits, and
    retried by the delivery loop while it fails (see backend/mail/delivery.py)."""
    uow = current_unit_of_work()
    if uow is None:
        raise RuntimeError(
            "queue_mail runs inside a unit of work, so the mail commits with its change"
        )
    mail = await OutgoingMail.create(
        organization_id=organization_id,
        recipients=list(to),
        subject=subject,
        body_text=text,
        about_type=None if about is None else about[0],
        about_id=None if about is None else about[1],
        next_attempt_at=datetime.now(UTC),
    )
    for attachment in attachments:
        await MailAttachment.create(
            mail_id=mail.id,
            filename=attachment.filename,
            content_type=attachment.content_type,
            content=attachment.content,
        )
    uow.after_commit(delivery.deliver_due)
    return mail


async def latest_about(about_type: str, about_id: object) -> OutgoingMail | None:
    """The newest mail about this entity (e.g. the invoice's last send), for showing its delivery."""
    return (
        await OutgoingMail.filter(about_type=about_type, about_id=about_id)
        .order_by("-created_at")
        .first()
    )

"""Delivering queued mail: SMTP in production, `.eml` files in an outbox folder by default.

Nothing leaves a fresh install unasked: without `TRCR_SMTP_URL`, mail is written to the outbox
folder (`TRCR_MAIL_OUTBOX`, default ./outbox) for a person to read. A deliverer claims a mail by
moving its `next_attempt_at` forward (a lease), so replicas never send one mail at the same time,
and a deliverer that dies mid-send only delays the mail until the lease runs out.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import make_msgid
from pathlib import Path
from typing import Protocol
from urllib.parse import unquote, urlsplit

import aiosmtplib

from backend.mail.models import MailStatus, OutgoingMail

logger = logging.getLogger("trcr.mail")

MAX_ATTEMPTS = 8
LEASE = timedelta(minutes=5)
SMTP_TIMEOUT_SECONDS = 15.0


def retry_delay(attempts: int) -> timedelta:
    """1, 2, 4 … minutes after each failed attempt, at most an hour."""
    return timedelta(minutes=min(2 ** max(attempts - 1, 0), 60))


class Transport(Protocol):
    async def send(self, message: EmailMessage) -> None: ...


class SmtpTransport:
    """`smtp://user:password@host:587` (STARTTLS when offered) or `smtps://…:465` (TLS)."""

    def __init__(self, url: str) -> None:
        parts = urlsplit(url)
        if parts.scheme not in {"smtp", "smtps"} or not parts.hostname:
            raise ValueError(
                f"TRCR_SMTP_URL must look like smtp://user:password@host:port, not {url!r}"
            )
        self.hostname = parts.hostname
        self.use_tls = parts.scheme == "smtps"
        self.port = parts.port or (465 if self.use_tls else 25)
        self.username = unquote(parts.username) if parts.username else None
        self.password = unquote(parts.password) if parts.password else None

    async def send(self, message: EmailMessage) -> None:
        await aiosmtplib.send(
            message,
            hostname=self.hostname,
            port=self.port,
            username=self.username,
            password=self.password,
            use_tls=self.use_tls,
            timeout=SMTP_TIMEOUT_SECONDS,
        )


class OutboxTransport:
    """Writes each mail as `<message id>.eml`, complete before it appears (write, then rename)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    async def send(self, message: EmailMessage) -> None:
        await asyncio.to_thread(self._write, message)

    def _write(self, message: EmailMessage) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        name = str(message["Message-ID"]).strip("<>").replace("@", "_").replace("/", "_")
        partial = self.folder / f".{name}.eml.partial"
        partial.write_bytes(message.as_bytes())
        os.replace(partial, self.folder / f"{name}.eml")


_transport: Transport | None = None
_sender = "TRCR <trcr@localhost>"


def configure(transport: Transport | None, *, sender: str | None = None) -> None:
    """Set by the app's lifespan; with None, mail stays queued until a transport is configured."""
    global _transport, _sender
    _transport = transport
    if sender is not None:
        _sender = sender


def transport_for(smtp_url: str | None, outbox: Path) -> Transport:
    return SmtpTransport(smtp_url) if smtp_url else OutboxTransport(outbox)


async def _message(mail: OutgoingMail) -> EmailMessage:
    message = EmailMessage()
    message["From"] = _sender
    message["To"] = ", ".join(mail.recipients)
    message["Subject"] = mail.subject
    message["Message-ID"] = make_msgid(idstring=str(mail.id), domain="trcr.invalid")
    message.set_content(mail.body_text)
    for attachment in await mail.attachments.all():
        maintype, _, subtype = attachment.content_type.partition("/")
        message.add_attachment(
            bytes(attachment.content),
            maintype=maintype,
            subtype=subtype,
            filename=attachment.filename,
        )
    return message


async def _claim(mail: OutgoingMail, now: datetime) -> bool:
    claimed = await OutgoingMail.filter(
        id=mail.id, next_attempt_at=mail.next_attempt_at, status=mail.status
    ).update(status=MailStatus.SENDING, next_attempt_at=now + LEASE)
    return claimed == 1


async def _attempt(transport: Transport, mail: OutgoingMail, now: datetime) -> None:
    attempts = mail.attempts + 1
    try:
        await transport.send(await _message(mail))
    except Exception as error:
        gave_up = attempts >= MAX_ATTEMPTS
        logger.warning("mail %s attempt %d failed: %s", mail.id, attempts, error)
        await OutgoingMail.filter(id=mail.id).update(
            status=MailStatus.FAILED if gave_up else MailStatus.QUEUED,
            attempts=attempts,
            last_error=f"{type(error).__name__}: {error}"[:1000],
            next_attempt_at=now + retry_delay(attempts),
        )
        return
    await OutgoingMail.filter(id=mail.id).update(
        status=MailStatus.SENT, attempts=attempts, last_error=None, sent_at=datetime.now(UTC)
    )


async def deliver_due(now: datetime | None = None, *, limit: int = 50) -> int:
    """Attempt every mail whose (next) attempt is due; returns how many were attempted."""
    transport = _transport
    if transport is None:
        return 0
    now = now or datetime.now(UTC)
    due = (
        await OutgoingMail.filter(
            status__in=(MailStatus.QUEUED, MailStatus.SENDING), next_attempt_at__lte=now
        )
        .order_by("next_attempt_at")
        .limit(limit)
    )
    attempted = 0
    for mail in due:
        if await _claim(mail, now):
            await _attempt(transport, mail, now)
            attempted += 1
    return attempted


@asynccontextmanager
async def running(poll_seconds: float = 30.0) -> AsyncIterator[None]:
    """Retry due mail in the background for the duration of the block (the app's lifespan)."""

    async def loop() -> None:
        while True:
            try:
                await deliver_due()
            except Exception:
                logger.exception("mail delivery pass failed; trying again next pass")
            await asyncio.sleep(poll_seconds)

    task = asyncio.create_task(loop(), name="mail-delivery")
    try:
        yield
    finally:
        task.cancel()
        with suppress(asyncio.CancelledError):
            await task

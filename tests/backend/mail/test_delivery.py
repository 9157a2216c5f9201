"""Mail commits with its change, is delivered after commit (SMTP or .eml outbox), and is retried."""

from __future__ import annotations

import email
import socket
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.handlers import Message

from backend.core.unit_of_work import unit_of_work
from backend.mail import delivery
from backend.mail.models import MailAttachment, MailStatus, OutgoingMail
from backend.mail.service import Attachment, latest_about, queue_mail
from tests.conftest import Workspace

PDF = Attachment("INV-2026-0001.pdf", "application/pdf", b"%PDF-1.4 test")


class Inbox(Message):
    def __init__(self) -> None:
        super().__init__()
        self.messages: list[email.message.Message] = []

    def handle_message(self, message: email.message.Message) -> None:
        self.messages.append(message)


@pytest.fixture
def smtp_server() -> Iterator[tuple[Inbox, int]]:
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=_free_port())
    controller.start()
    try:
        yield inbox, controller.port
    finally:
        controller.stop()


def _address() -> str:
    return f"billing-{uuid.uuid4().hex[:8]}@client.example"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def _queue(workspace: Workspace, about_id: object, to: str) -> OutgoingMail:
    async with unit_of_work(workspace.principal()):
        return await queue_mail(
            organization_id=workspace.organization_id,
            to=[to],
            subject="Invoice INV-2026-0001",
            text="Please find the invoice attached.",
            attachments=[PDF],
            about=("invoice", about_id),
        )


async def test_mail_reaches_a_real_smtp_server_after_commit_with_its_attachment(
    workspace: Workspace, smtp_server: tuple[Inbox, int]
) -> None:
    inbox, port = smtp_server
    to = _address()
    delivery.configure(delivery.SmtpTransport(f"smtp://127.0.0.1:{port}"))
    try:
        mail = await _queue(workspace, workspace.organization_id, to)
    finally:
        delivery.configure(None)
    # Mail other tests left queued is delivered too: pick this test's own.
    (received,) = [m for m in inbox.messages if m["To"] == to]
    assert received["Subject"] == "Invoice INV-2026-0001"
    parts = [part for part in received.walk() if part.get_filename()]
    assert [part.get_filename() for part in parts] == ["INV-2026-0001.pdf"]
    assert parts[0].get_payload(decode=True) == PDF.content
    stored = await OutgoingMail.get(id=mail.id)
    assert (stored.status, stored.attempts, stored.last_error) == (MailStatus.SENT, 1, None)
    # Delivered mail keeps no body or attachment in the database (secrets travel only once).
    assert stored.body_text == delivery.ERASED
    assert not await MailAttachment.exists(mail_id=mail.id)
    assert (await latest_about("invoice", workspace.organization_id)).id == mail.id  # type: ignore[union-attr]


async def test_the_embedded_default_writes_eml_files_and_a_rolled_back_change_writes_none(
    workspace: Workspace, tmp_path: Path
) -> None:
    delivery.configure(delivery.OutboxTransport(tmp_path))
    try:
        with pytest.raises(RuntimeError):
            await _rolled_back(workspace)
        assert _files(tmp_path) == []
        to = _address()
        await _queue(workspace, workspace.organization_id, to)
    finally:
        delivery.configure(None)
    files = _files(tmp_path)
    assert {file.suffix for file in files} == {".eml"}
    # Mail other tests left queued is written too: pick this test's own.
    (parsed,) = [
        m
        for m in (email.message_from_bytes(f.read_bytes(), _class=EmailMessage) for f in files)
        if m["To"] == to
    ]
    assert parsed["Subject"] == "Invoice INV-2026-0001"
    assert [part.get_filename() for part in parsed.iter_attachments()] == ["INV-2026-0001.pdf"]


def _files(folder: Path) -> list[Path]:
    return sorted(folder.iterdir())


async def _rolled_back(workspace: Workspace) -> None:
    async with unit_of_work(workspace.principal()):
        await queue_mail(
            organization_id=workspace.organization_id,
            to=["x@example.com"],
            subject="never",
            text="never",
        )
        raise RuntimeError("the change failed")


async def test_a_failed_delivery_is_recorded_and_retried_until_it_succeeds(
    workspace: Workspace, smtp_server: tuple[Inbox, int]
) -> None:
    inbox, port = smtp_server
    to = _address()
    delivery.configure(delivery.SmtpTransport(f"smtp://127.0.0.1:{_free_port()}"))  # nobody there
    try:
        mail = await _queue(workspace, workspace.user_id, to)
        failed = await OutgoingMail.get(id=mail.id)
        assert failed.status == MailStatus.QUEUED
        assert failed.attempts == 1
        assert failed.last_error
        assert failed.next_attempt_at > datetime.now(UTC)
        # Not due yet: it is not attempted again.
        await delivery.deliver_due()
        assert (await OutgoingMail.get(id=mail.id)).attempts == 1

        delivery.configure(delivery.SmtpTransport(f"smtp://127.0.0.1:{port}"))
        await delivery.deliver_due(datetime.now(UTC) + timedelta(minutes=2), limit=1000)
    finally:
        delivery.configure(None)
    delivered = await OutgoingMail.get(id=mail.id)
    assert (delivered.status, delivered.attempts, delivered.last_error) == (
        MailStatus.SENT,
        2,
        None,
    )
    assert len(inbox.messages) == 1


def test_retry_delays_grow_and_are_capped() -> None:
    assert [delivery.retry_delay(n).total_seconds() / 60 for n in (1, 2, 3, 4, 8, 20)] == [
        1,
        2,
        4,
        8,
        60,
        60,
    ]


def test_smtp_urls_are_understood_and_bad_ones_refused() -> None:
    tls = delivery.SmtpTransport("smtps://ann%40corp:s3cret@mail.example.com")
    assert (tls.hostname, tls.port, tls.use_tls, tls.username, tls.password) == (
        "mail.example.com",
        465,
        True,
        "ann@corp",
        "s3cret",
    )
    assert delivery.SmtpTransport("smtp://mail.example.com:2525").port == 2525
    with pytest.raises(ValueError, match="smtp://"):
        delivery.SmtpTransport("http://mail.example.com")

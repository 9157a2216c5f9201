"""invoices_send through a real SMTP server (aiosmtpd, started here): the email carries the PDF,
whose text (pypdf) holds the number and the total; a failed delivery shows on the invoice and is
retried; GET /invoices/{id}.pdf serves the same PDF under invoices_get's rules."""

from __future__ import annotations

import email
import io
import socket
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import httpx
import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.handlers import Message
from pypdf import PdfReader

from backend.core.permissions import Role
from backend.invoices import service
from backend.invoices.types import Invoice as InvoiceType
from backend.mail import delivery
from backend.mail.models import MailStatus
from tests.backend.invoices import helpers
from tests.conftest import Workspace, new_workspace
from tests.support import Database, ServerProcess


class Inbox(Message):
    def __init__(self) -> None:
        super().__init__()
        self.messages: list[email.message.Message] = []

    def handle_message(self, message: email.message.Message) -> None:
        self.messages.append(message)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def smtp() -> Iterator[tuple[Inbox, Controller]]:
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=_free_port())
    controller.start()
    try:
        yield inbox, controller
    finally:
        controller.stop()


def _pdf_text(content: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


async def test_the_client_receives_the_invoice_with_its_pdf(
    workspace: Workspace, smtp: tuple[Inbox, Controller]
) -> None:
    inbox, controller = smtp
    address = f"ap-{uuid.uuid4().hex[:8]}@initech.example"
    billed = await helpers.client(workspace, "Initech", billing_email=address)
    invoice = await helpers.draft(workspace, billed, ("3", "1234.5", "19"), ("1", "99.99", "7"))
    delivery.configure(delivery.SmtpTransport(f"smtp://127.0.0.1:{controller.port}"))
    try:
        sent = await service.send_invoice(
            workspace.principal(), invoice_id=str(invoice.id), message="Thanks for your business!"
        )
    finally:
        delivery.configure(None)

    # Delivered after commit, no retry needed. (Mail other tests queued in this session's
    # database, without a transport, goes out with it: look at this invoice's only.)
    mine = [m for m in inbox.messages if m["To"] == address]
    assert len(mine) == 1
    received = mine[0]
    assert sent.number is not None
    assert sent.number is not None and sent.number in received["Subject"]
    body = next(p for p in received.walk() if p.get_content_type() == "text/plain")
    assert "Thanks for your business!" in body.get_payload(decode=True).decode()
    (attachment,) = [part for part in received.walk() if part.get_filename()]
    assert attachment.get_filename() == f"{sent.number}.pdf"
    assert attachment.get_content_type() == "application/pdf"
    text = _pdf_text(attachment.get_payload(decode=True))
    # 3 x 1234.50 = 3703.50 (19%: 703.67) + 99.99 (7%: 7.00) → total 4514.16
    assert sent.total == Decimal("4514.16")
    assert sent.number in text
    assert "4,514.16 EUR" in text
    assert "Initech" in text and "Acme" in text  # the client and the organization
    delivered = await InvoiceType.from_model(sent).delivery()
    assert delivered is not None
    assert (delivered.status, delivered.attempts, delivered.recipients) == (
        "sent",
        1,
        [address],
    )


async def test_a_failed_delivery_shows_on_the_invoice_and_is_retried(
    workspace: Workspace, smtp: tuple[Inbox, Controller]
) -> None:
    inbox, controller = smtp
    address = f"ap-{uuid.uuid4().hex[:8]}@client.example"
    billed = await helpers.client(workspace, billing_email=address)
    invoice = await helpers.draft(workspace, billed, ("1", "10", "0"))
    delivery.configure(delivery.SmtpTransport(f"smtp://127.0.0.1:{_free_port()}"))  # nobody there
    try:
        sent = await service.send_invoice(workspace.principal(), invoice_id=str(invoice.id))
        failed = await InvoiceType.from_model(sent).delivery()
        assert failed is not None
        assert (failed.status, failed.attempts) == ("queued", 1)
        assert failed.last_error
        # The invoice is sent and numbered all the same: the mail waits for its retry.
        assert sent.number is not None

        delivery.configure(delivery.SmtpTransport(f"smtp://127.0.0.1:{controller.port}"))
        await delivery.deliver_due(datetime.now(UTC) + timedelta(hours=1))
    finally:
        delivery.configure(None)
    retried = await InvoiceType.from_model(sent).delivery()
    assert retried is not None
    assert (retried.status, retried.attempts, retried.last_error) == ("sent", 2, None)
    mine = [m["Subject"] for m in inbox.messages if m["To"] == address]
    assert mine == [f"Invoice {sent.number} from Acme"]
    assert MailStatus.SENT.value == "sent"


@pytest.fixture
def pdf_server(
    database: Database, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[ServerProcess]:
    outbox = tmp_path_factory.mktemp("outbox")
    process = ServerProcess(database.url, env={"TRCR_MAIL_OUTBOX": str(outbox)})
    process.start(Path(tmp_path_factory.mktemp("pdf-logs")))
    try:
        yield process
    finally:
        process.stop()


async def test_get_invoice_pdf_needs_the_token_and_the_rules_of_invoices_get(
    pdf_server: ServerProcess, workspace: Workspace
) -> None:
    billed = await helpers.client(workspace)
    invoice = await helpers.sent(workspace, billed, ("2", "50", "10"))
    url = f"{pdf_server.base_url}/invoices/{invoice.id}.pdf"
    manager = await workspace.add_member(Role.MANAGER)
    stranger = await new_workspace("Stranger")

    async with httpx.AsyncClient(timeout=30) as http:
        ok = await http.get(url, headers={"Authorization": f"Bearer {workspace.token}"})
        anonymous = await http.get(url)
        forbidden = await http.get(url, headers={"Authorization": f"Bearer {manager.token}"})
        foreign = await http.get(url, headers={"Authorization": f"Bearer {stranger.token}"})
        missing = await http.get(
            f"{pdf_server.base_url}/invoices/not-an-id.pdf",
            headers={"Authorization": f"Bearer {workspace.token}"},
        )

    assert ok.status_code == 200
    assert ok.headers["content-type"] == "application/pdf"
    text = _pdf_text(ok.content)
    assert invoice.number is not None and invoice.number in text
    assert "110.00 EUR" in text
    assert anonymous.status_code == 401
    assert forbidden.status_code == 403
    assert foreign.status_code == 404  # another organization's invoice is not found
    assert missing.status_code == 404

"""An invitation end to end: a real SMTP server (aiosmtpd, started here) receives the mail from a
real server process, the secret from the mail is accepted with `trcr invitations accept`, and
the new token works."""

from __future__ import annotations

import asyncio
import email.message
import json
import re
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.handlers import Message

from backend.core.permissions import Role
from backend.mail import delivery
from backend.mail.models import OutgoingMail
from backend.members import invitations
from backend.members.models import Invitation
from tests.backend.support import WHOAMI
from tests.conftest import Workspace
from tests.mcp_adapter.support import mcp_client, structured
from tests.support import ROOT, Database, GraphQLClient, ServerProcess


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
def smtp() -> Iterator[tuple[Inbox, int]]:
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=_free_port())
    controller.start()
    try:
        yield inbox, controller.port
    finally:
        controller.stop()


@pytest.fixture
def mailing_server(
    database: Database, smtp: tuple[Inbox, int], tmp_path: Path
) -> Iterator[ServerProcess]:
    _, port = smtp
    process = ServerProcess(
        database_url=database.url, env={"TRCR_SMTP_URL": f"smtp://127.0.0.1:{port}"}
    )
    process.start(tmp_path)
    try:
        yield process
    finally:
        process.stop()


async def _received(inbox: Inbox, address: str, seconds: float = 20) -> email.message.Message:
    for _ in range(int(seconds * 10)):
        for message in inbox.messages:
            if message["To"] == address:
                return message
        await asyncio.sleep(0.1)
    raise AssertionError(f"no mail reached {address}; inbox: {[m['To'] for m in inbox.messages]}")


def _body(message: email.message.Message) -> str:
    part = message.get_payload(decode=True) if not message.is_multipart() else None
    if part is None:
        part = next(p for p in message.walk() if p.get_content_type() == "text/plain").get_payload(
            decode=True
        )
    assert isinstance(part, bytes)
    return part.decode()


async def _accept(
    server: ServerProcess, secret: str, name: str, *extra: str
) -> subprocess.CompletedProcess[str]:
    """`trcr invitations accept --server …`, as the invitee runs it (in a thread: it blocks)."""
    command = [sys.executable, "-m", "trcr.cli", "invitations", "accept"]
    command += ["--server", server.base_url, "--secret", secret, "--name", name, *extra]
    return await asyncio.to_thread(
        subprocess.run, command, cwd=ROOT, capture_output=True, text=True, timeout=60, check=False
    )


async def test_the_mailed_secret_is_accepted_by_the_cli_and_its_token_works(
    mailing_server: ServerProcess, smtp: tuple[Inbox, int], workspace: Workspace
) -> None:
    inbox, _ = smtp
    address = f"invitee-{workspace.organization_id[:8]}@example.test"
    # Given: an owner invites someone through MCP, as an assistant would.
    async with mcp_client(mailing_server.base_url, workspace.token, "2026-07-28") as client:
        invited = structured(
            await client.call_tool("members_invite", {"email": address, "role": "MANAGER"})
        )
    assert invited["result"]["status"] == "PENDING"

    # When: the mail arrives at the real SMTP server, and the invitee runs the command it names.
    mail = await _received(inbox, address)
    body = _body(mail)
    [secret] = set(re.findall(r"trcr_inv_[A-Za-z0-9_-]+", body))
    assert "Acme" in mail["Subject"] and "manager" in body
    assert f"--server {mailing_server.base_url} --secret {secret}" in body
    invitation = await Invitation.get(id=invited["result"]["id"])
    assert invitation.secret_hash == invitations.hash_secret(secret)
    accepted = await _accept(mailing_server, secret, "Ada Lovelace", "--json")
    assert accepted.returncode == 0, accepted.stderr
    result = json.loads(accepted.stdout)

    # Then: the new token works, as the invited user with the invited role.
    api = GraphQLClient(mailing_server.base_url)
    try:
        me = (await api.data(result["token"], WHOAMI))["whoami"]
        again = await _accept(mailing_server, secret, "Ada")
    finally:
        await api.close()
    assert me["user"]["email"] == address
    assert me["role"] == "MANAGER" and me["organization"]["id"] == workspace.organization_id
    assert again.returncode == 2 and "already accepted" in again.stderr


async def test_no_mail_is_queued_when_the_invitation_is_refused(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(delivery, "_transport", None)  # queued only: no outbox in this process
    admin = await workspace.add_member(Role.ADMIN)
    before = await OutgoingMail.filter(organization_id=workspace.organization_id).count()
    with pytest.raises(Exception, match="Only an owner"):
        await invitations.invite_member(
            workspace.principal(Role.ADMIN, admin.user_id),
            email="boss-never@example.test",
            role=Role.OWNER,
        )
    invited = await invitations.invite_member(
        workspace.principal(), email=f"ok-{admin.user_id[:8]}@example.test", role=Role.MEMBER
    )
    mails = await OutgoingMail.filter(organization_id=workspace.organization_id).order_by(
        "created_at"
    )
    assert len(mails) == before + 1
    assert mails[-1].about_type == "invitation" and mails[-1].about_id == invited.id

"""Fixtures shared by the suite: each database-backed test runs on SQLite and on PostgreSQL."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
import uuid
from collections.abc import AsyncIterator, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import pytest_asyncio
from cryptography.fernet import Fernet
from hypothesis import settings

from backend import commit_hooks
from backend.core import db, realtime
from backend.core.permissions import Role
from backend.core.principal import Principal
from backend.members import service as members_service
from backend.orgs import service as orgs_service
from subscriptions import EventMessage
from tests.support import (
    Database,
    GraphQLClient,
    ServerProcess,
    create_postgres_database,
    drop_postgres_database,
    require_postgres,
)

# Generated tests (tests/backend/test_fuzz_graphql.py): a bounded, reproducible run in the suite,
# many fresh cases with `./dev fuzz` (`--hypothesis-profile=trcr-fuzz`). No deadline: a case
# runs real queries on a shared, loaded machine. No example database: runs leave no files.
settings.register_profile(
    "trcr-ci", max_examples=80, derandomize=True, deadline=None, database=None
)
settings.register_profile("trcr-fuzz", max_examples=1500, deadline=None, database=None)
settings.load_profile("trcr-ci")

# One server key for this process and the servers it starts (git webhook secrets are encrypted
# with it), so no key file is written into the working tree.
os.environ.setdefault("TRCR_SECRET_KEY", Fernet.generate_key().decode())
# Attachment bytes of this run (and of its servers) go to a folder of its own, removed at exit.
if "TRCR_STORAGE_URL" not in os.environ:
    _storage_dir = tempfile.mkdtemp(prefix="trcr-attachments-")
    atexit.register(shutil.rmtree, _storage_dir, ignore_errors=True)
    os.environ["TRCR_STORAGE_URL"] = f"file://{_storage_dir}"

# Every unit of work in this process runs the same commit hooks as the server does.
commit_hooks.install()


@pytest_asyncio.fixture(scope="session", params=["sqlite", "postgres"])
async def database(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[Database]:
    """A migrated database, opened in this process for fixtures and white-box assertions."""
    if request.param == "postgres":
        admin_url = require_postgres()
        url = await create_postgres_database(admin_url)
    else:
        url = f"sqlite://{tmp_path_factory.mktemp('db') / 'trcr.sqlite3'}"
    await db.migrate(url)
    await db.init(url)
    try:
        yield Database(kind=request.param, url=url)
    finally:
        await db.close()
        if request.param == "postgres":
            await drop_postgres_database(admin_url, url)


@pytest.fixture(scope="session")
def server(database: Database, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    """`trcr serve` against the same database, on a free port."""
    # Its relay runs only when its own commits wake it: polling, it would relay (to its memory
    # broker, where nobody listens) the rows that tests' own servers on other brokers must. So
    # rows committed by the test process wait, and its /readyz does not judge the outbox lag
    # (tests/backend/events/test_outbox.py tests that check on a server of its own).
    process = ServerProcess(
        database_url=database.url,
        env={"TRCR_RELAY_POLL_SECONDS": "3600", "TRCR_OUTBOX_MAX_LAG_SECONDS": "1e12"},
    )
    process.start(Path(tmp_path_factory.mktemp("logs")))
    try:
        yield process
    finally:
        process.stop()


@pytest_asyncio.fixture(scope="session")
async def api(server: ServerProcess) -> AsyncIterator[GraphQLClient]:
    client = GraphQLClient(server.base_url)
    try:
        yield client
    finally:
        await client.close()


@dataclass(frozen=True)
class Workspace:
    organization_id: str
    user_id: str
    token: str
    email: str

    def principal(self, role: Role = Role.OWNER, user_id: str | None = None) -> Principal:
        """This workspace's user (or `user_id`) acting with `role`, for calling services directly."""
        return Principal(
            user_id=user_id or self.user_id, organization_id=self.organization_id, role=role
        )

    async def add_member(self, role: Role) -> Workspace:
        """Another user of this organization with the given role, and a token for them."""
        from backend.users.service import issue_token

        email = f"{role.value}-{uuid.uuid4().hex[:8]}@example.test"
        membership = await members_service.add_member(
            organization_id=self.organization_id, email=email, role=role
        )
        _, token = await issue_token(
            user_id=membership.user_id,
            organization_id=self.organization_id,
            name="test",
            expires_in_days=None,
        )
        return Workspace(self.organization_id, str(membership.user_id), token, email)


async def new_workspace(name: str = "Acme") -> Workspace:
    email = f"owner-{uuid.uuid4().hex[:8]}@example.test"
    created = await orgs_service.create_workspace(org_name=name, email=email, name="Owner")
    return Workspace(created.organization_id, created.user_id, created.token, email)


@pytest.fixture
def published(monkeypatch: pytest.MonkeyPatch) -> list[EventMessage]:
    """Events committed in this process, numbered by the outbox (nothing reaches a broker)."""
    seen: list[EventMessage] = []

    async def record(messages: Iterable[EventMessage]) -> None:
        seen.extend(messages)

    monkeypatch.setattr(realtime, "committed", record)
    return seen


@pytest_asyncio.fixture
async def workspace(database: Database) -> Workspace:
    return await new_workspace("Acme")


@pytest_asyncio.fixture
async def other_workspace(database: Database) -> Workspace:
    return await new_workspace("Globex")

"""Client rules under concurrency (PostgreSQL; SQLite serializes writers): one name per
organization regardless of case, one billing contact per client."""

from __future__ import annotations

import asyncio

import pytest

from backend.clients import service
from backend.clients.models import Client, ClientContact
from backend.core.errors import Conflict
from tests.conftest import Workspace
from tests.support import Database


def _postgres_only(database: Database) -> None:
    if database.kind != "postgres":
        pytest.skip("SQLite serializes writers; real concurrency is tested on PostgreSQL")


async def test_twenty_concurrent_creates_of_one_name_make_one_client(
    database: Database, workspace: Workspace
) -> None:
    _postgres_only(database)
    names = ["Globex" if i % 2 else "GLOBEX" for i in range(20)]

    results = await asyncio.gather(
        *(service.create_client(workspace.principal(), name=name) for name in names),
        return_exceptions=True,
    )

    created = [r for r in results if isinstance(r, Client)]
    refused = [r for r in results if isinstance(r, Conflict)]
    assert len(created) == 1
    assert len(refused) == 19, [r for r in results if not isinstance(r, Client | Conflict)]
    assert all(error.reason == "NAME_TAKEN" for error in refused)
    assert await Client.filter(organization_id=workspace.organization_id).count() == 1


async def test_concurrent_billing_contacts_leave_exactly_one(
    database: Database, workspace: Workspace
) -> None:
    _postgres_only(database)
    client = await service.create_client(workspace.principal(), name="Globex")

    results = await asyncio.gather(
        *(
            service.create_contact(
                workspace.principal(),
                client_id=str(client.id),
                name=f"Contact {i}",
                email=f"c{i}@globex.test",
                is_billing_contact=True,
            )
            for i in range(10)
        ),
        return_exceptions=True,
    )

    assert all(isinstance(r, ClientContact) for r in results), results
    assert await ClientContact.filter(client_id=client.id).count() == 10
    assert await ClientContact.filter(client_id=client.id, is_billing_contact=True).count() == 1

"""Client contacts and notes: fields, one billing contact per client (a new one unsets the
previous), a billing contact needs an email, deletion, events."""

from __future__ import annotations

import pytest

from backend.clients import service
from backend.clients.models import Client, ClientContact, ClientNote
from backend.core.errors import Forbidden, Invalid, NotFound
from backend.core.permissions import Role
from subscriptions import EventMessage
from tests.conftest import Workspace


async def _client(workspace: Workspace, name: str = "Globex") -> Client:
    return await service.create_client(workspace.principal(), name=name)


async def _billing_ids(client: Client) -> list[str]:
    rows = ClientContact.filter(client_id=client.id, is_billing_contact=True)
    return [str(i) for i in await rows.values_list("id", flat=True)]


async def test_a_contact_keeps_its_fields(workspace: Workspace) -> None:
    client = await _client(workspace)

    contact = await service.create_contact(
        workspace.principal(),
        client_id=str(client.id),
        name=" Ann Smith ",
        email="ann@globex.test",
        phone="+41 44 000 00 00",
        role="Accounts payable",
    )

    stored = await ClientContact.get(id=contact.id)
    assert (stored.name, stored.email, stored.phone, stored.role, stored.is_billing_contact) == (
        "Ann Smith",
        "ann@globex.test",
        "+41 44 000 00 00",
        "Accounts payable",
        False,
    )


async def test_setting_a_new_billing_contact_unsets_the_previous_one(
    workspace: Workspace, published: list[EventMessage]
) -> None:
    client = await _client(workspace)
    other_client = await _client(workspace, "Initech")
    ann = await service.create_contact(
        workspace.principal(),
        client_id=str(client.id),
        name="Ann",
        email="ann@globex.test",
        is_billing_contact=True,
    )
    elsewhere = await service.create_contact(
        workspace.principal(),
        client_id=str(other_client.id),
        name="Eve",
        email="eve@initech.test",
        is_billing_contact=True,
    )
    bob = await service.create_contact(
        workspace.principal(),
        client_id=str(client.id),
        name="Bob",
        email="bob@globex.test",
        is_billing_contact=True,
    )
    assert await _billing_ids(client) == [str(bob.id)]

    await service.update_contact(
        workspace.principal(), contact_id=str(ann.id), is_billing_contact=True
    )

    assert await _billing_ids(client) == [str(ann.id)]
    assert await _billing_ids(other_client) == [str(elsewhere.id)]
    assert (await service.billing_contact(client)).id == ann.id  # type: ignore[union-attr]
    events = [(e.type, e.entity_id) for e in published if e.entity_type == "client_contact"]
    assert events[-2:] == [
        ("client_contact.updated", str(bob.id)),
        ("client_contact.updated", str(ann.id)),
    ]
    await service.update_contact(
        workspace.principal(), contact_id=str(ann.id), is_billing_contact=False
    )
    assert await _billing_ids(client) == []


async def test_a_billing_contact_needs_an_email(workspace: Workspace) -> None:
    client = await _client(workspace)
    ann = await service.create_contact(
        workspace.principal(),
        client_id=str(client.id),
        name="Ann",
        email="ann@globex.test",
        is_billing_contact=True,
    )
    plain = await service.create_contact(workspace.principal(), client_id=str(client.id), name="P")

    with pytest.raises(Invalid) as no_email:
        await service.create_contact(
            workspace.principal(), client_id=str(client.id), name="X", is_billing_contact=True
        )
    with pytest.raises(Invalid) as cleared:
        await service.update_contact(
            workspace.principal(), contact_id=str(ann.id), clear_email=True
        )
    with pytest.raises(Invalid):
        await service.update_contact(
            workspace.principal(), contact_id=str(plain.id), is_billing_contact=True
        )

    assert no_email.value.reason == cleared.value.reason == "BILLING_CONTACT_EMAIL"
    assert "invoices_send" in no_email.value.message
    assert await _billing_ids(client) == [str(ann.id)]
    assert (await ClientContact.get(id=ann.id)).email == "ann@globex.test"


async def test_update_clears_and_delete_removes(workspace: Workspace) -> None:
    client = await _client(workspace)
    contact = await service.create_contact(
        workspace.principal(), client_id=str(client.id), name="Ann", phone="1", role="CFO"
    )

    await service.update_contact(
        workspace.principal(), contact_id=str(contact.id), name="Ann B", clear_phone=True
    )
    assert (await ClientContact.get(id=contact.id)).name == "Ann B"
    assert (await ClientContact.get(id=contact.id)).phone is None
    assert (await ClientContact.get(id=contact.id)).role == "CFO"
    listed = await service.list_contacts(workspace.principal(), client_id=str(client.id))
    assert [c.id for c in listed.items] == [contact.id]

    await service.delete_contact(workspace.principal(), contact_id=str(contact.id))
    assert not await ClientContact.exists(id=contact.id)
    with pytest.raises(NotFound):
        await service.delete_contact(workspace.principal(), contact_id=str(contact.id))


async def test_contacts_and_notes_need_manage_billing(workspace: Workspace) -> None:
    client = await _client(workspace)
    manager = workspace.principal(Role.MANAGER)
    with pytest.raises(Forbidden):
        await service.create_contact(manager, client_id=str(client.id), name="Ann")
    with pytest.raises(Forbidden):
        await service.list_contacts(manager, client_id=str(client.id))
    with pytest.raises(Forbidden):
        await service.add_note(manager, client_id=str(client.id), body="hi")
    assert not await ClientContact.exists(client_id=client.id)


async def test_a_note_is_trimmed_bounded_and_published(
    workspace: Workspace, published: list[EventMessage]
) -> None:
    client = await _client(workspace)

    note = await service.add_note(workspace.principal(), client_id=str(client.id), body=" Call ")
    with pytest.raises(Invalid):
        await service.add_note(workspace.principal(), client_id=str(client.id), body="  ")

    stored = await ClientNote.get(id=note.id)
    assert (stored.body, str(stored.author_id)) == ("Call", workspace.user_id)
    assert [e.type for e in published if e.entity_type == "client_note"] == ["client_note.added"]

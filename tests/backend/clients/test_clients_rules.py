"""Client rules through the service layer: defaults, case-insensitive unique names, updates and
clearing, archiving (no new Spaces or invoices), deletion refused once invoices exist, the
manage_billing rule, and events seen only by billing members."""

from __future__ import annotations

from decimal import Decimal

import pytest

from backend.clients import service
from backend.clients.events import billing_only
from backend.clients.models import Client, ClientContact, ClientNote
from backend.core.errors import Conflict, Forbidden, Invalid, NotFound
from backend.core.permissions import Role
from backend.invoices.models import Invoice
from backend.orgs.settings import update_organization
from backend.projects import service as projects_service
from backend.projects.models import Project
from subscriptions import EventMessage
from tests.conftest import Workspace


async def _client(workspace: Workspace, name: str = "Globex", **extra: object) -> Client:
    return await service.create_client(workspace.principal(), name=name, **extra)  # type: ignore[arg-type]


async def test_create_keeps_every_field_and_takes_the_organization_s_currency(
    workspace: Workspace,
) -> None:
    await update_organization(workspace.principal(), currency="CHF")

    client = await service.create_client(
        workspace.principal(),
        name="  Globex Corp ",
        email="ap@globex.test",
        hourly_rate=Decimal("150"),
        address="1 Main St\nSpringfield",
        tax_id="CHE-123.456.789",
        notes="Pays late",
    )
    other = await _client(workspace, "Initech", currency="jpy")

    stored = await Client.get(id=client.id)
    assert (stored.name, stored.name_key, stored.currency) == ("Globex Corp", "globex corp", "CHF")
    assert (stored.email, stored.hourly_rate, stored.tax_id) == (
        "ap@globex.test",
        Decimal("150.00"),
        "CHE-123.456.789",
    )
    assert stored.address == "1 Main St\nSpringfield" and stored.notes == "Pays late"
    assert (await Client.get(id=other.id)).currency == "JPY"


async def test_names_are_unique_regardless_of_case_with_a_clear_conflict(
    workspace: Workspace, other_workspace: Workspace
) -> None:
    first = await _client(workspace, "Globex")
    other = await _client(workspace, "Initech")

    with pytest.raises(Conflict) as twin:
        await _client(workspace, "GLOBEX")
    with pytest.raises(Conflict) as renamed:
        await service.update_client(workspace.principal(), client_id=str(other.id), name="globex")
    await service.update_client(workspace.principal(), client_id=str(first.id), name="GLOBEX")
    elsewhere = await _client(other_workspace, "globex")  # another organization may

    assert twin.value.reason == "NAME_TAKEN" and twin.value.field == "name"
    assert "regardless of case" in twin.value.message and str(first.id) in twin.value.message
    assert renamed.value.reason == "NAME_TAKEN"
    assert (await Client.get(id=first.id)).name == "GLOBEX"
    assert elsewhere.name == "globex"


@pytest.mark.parametrize(
    ("arguments", "field"),
    [
        ({"name": " "}, "name"),
        ({"name": "x" * 201}, "name"),
        ({"email": "not-an-email"}, "email"),
        ({"currency": "EURO"}, "currency"),
        ({"hourly_rate": Decimal("-5")}, "hourly_rate"),
    ],
)
async def test_bad_input_is_refused_with_its_field(
    workspace: Workspace, arguments: dict[str, object], field: str
) -> None:
    with pytest.raises(Invalid) as refused:
        await service.create_client(workspace.principal(), **{"name": "Globex", **arguments})  # type: ignore[arg-type]
    assert refused.value.field == field
    assert await Client.filter(organization_id=workspace.organization_id).count() == 0


async def test_update_changes_only_what_is_given_and_clears(workspace: Workspace) -> None:
    client = await _client(
        workspace, email="a@globex.test", hourly_rate=Decimal("100"), tax_id="T-1", notes="n"
    )

    await service.update_client(
        workspace.principal(), client_id=str(client.id), currency="GBP", clear_tax_id=True
    )
    await service.update_client(
        workspace.principal(), client_id=str(client.id), clear_hourly_rate=True, clear_email=True
    )

    stored = await Client.get(id=client.id)
    assert (stored.currency, stored.tax_id, stored.hourly_rate, stored.email, stored.notes) == (
        "GBP",
        None,
        None,
        None,
        "n",
    )


async def test_clients_need_manage_billing_even_to_read(workspace: Workspace) -> None:
    client = await _client(workspace)
    for role in (Role.MANAGER, Role.MEMBER, Role.GUEST):
        principal = workspace.principal(role)
        with pytest.raises(Forbidden) as refused:
            await service.list_clients(principal)
        assert "manage_billing" in refused.value.message
        with pytest.raises(Forbidden):
            await service.get_client_tool(principal, client_id=str(client.id))
        with pytest.raises(Forbidden):
            await service.create_client(principal, name="Other")
    admin = await service.list_clients(workspace.principal(Role.ADMIN))
    assert [c.id for c in admin.items] == [client.id]


async def test_list_is_by_name_without_archived_unless_asked_and_pages(
    workspace: Workspace,
) -> None:
    beta = await _client(workspace, "beta")
    alpha = await _client(workspace, "Alpha")
    gamma = await _client(workspace, "Gamma")
    await service.set_archived(workspace.principal(), client_id=str(beta.id), archived=True)

    active = await service.list_clients(workspace.principal())
    first = await service.list_clients(workspace.principal(), include_archived=True, limit=2)
    rest = await service.list_clients(
        workspace.principal(), include_archived=True, limit=2, cursor=first.next_cursor
    )

    assert [c.id for c in active.items] == [alpha.id, gamma.id]
    assert [c.id for c in first.items + rest.items] == [alpha.id, beta.id, gamma.id]
    assert (await first.total_count(), rest.next_cursor) == (3, None)


async def test_an_archived_client_gets_no_new_spaces_or_invoices_until_unarchived(
    workspace: Workspace,
) -> None:
    client = await _client(workspace)
    archived = await service.set_archived(
        workspace.principal(), client_id=str(client.id), archived=True
    )
    space = await projects_service.create_project(workspace.principal(), name="Web", key="WEB")

    with pytest.raises(Conflict) as no_space:
        await projects_service.create_project(
            workspace.principal(), name="App", key="APP", client_id=str(client.id)
        )
    with pytest.raises(Conflict) as no_link:
        await projects_service.update_project(
            workspace.principal(), project_id=str(space.id), client_id=str(client.id)
        )
    with pytest.raises(Conflict) as no_invoice:
        await service.get_billable_client(workspace.principal(), str(client.id))

    assert archived.archived_at is not None
    for refused in (no_space, no_link, no_invoice):
        assert refused.value.reason == "CLIENT_ARCHIVED"
        assert "clients_unarchive" in refused.value.message
    assert not await Project.exists(organization_id=workspace.organization_id, key="APP")
    await service.set_archived(workspace.principal(), client_id=str(client.id), archived=False)
    billable = await service.get_billable_client(workspace.principal(), str(client.id))
    assert billable.id == client.id


async def test_get_billable_client_needs_billing_and_the_organization(
    workspace: Workspace, other_workspace: Workspace
) -> None:
    client = await _client(workspace)

    with pytest.raises(Forbidden):
        await service.get_billable_client(workspace.principal(Role.MANAGER), str(client.id))
    with pytest.raises(NotFound):
        await service.get_billable_client(other_workspace.principal(), str(client.id))


async def test_delete_refuses_a_client_with_invoices_and_points_to_archive(
    workspace: Workspace,
) -> None:
    client = await _client(workspace)
    await Invoice.create(
        organization_id=workspace.organization_id, client_id=client.id, currency="USD"
    )

    with pytest.raises(Conflict) as refused:
        await service.delete_client(workspace.principal(), client_id=str(client.id))

    assert refused.value.reason == "CLIENT_HAS_INVOICES"
    assert "1 invoice" in refused.value.message and "clients_archive" in refused.value.message
    assert await Client.exists(id=client.id)


async def test_delete_removes_contacts_and_notes_and_detaches_its_spaces(
    workspace: Workspace, published: list[EventMessage]
) -> None:
    client = await _client(workspace)
    space = await projects_service.create_project(
        workspace.principal(), name="Web", key="WEB", client_id=str(client.id)
    )
    await service.create_contact(workspace.principal(), client_id=str(client.id), name="Ann")
    await service.add_note(workspace.principal(), client_id=str(client.id), body="hello")

    await service.delete_client(workspace.principal(), client_id=str(client.id))

    assert not await Client.exists(id=client.id)
    assert not await ClientContact.exists(client_id=client.id)
    assert not await ClientNote.exists(client_id=client.id)
    assert (await Project.get(id=space.id)).client_id is None
    tail = [(e.type, e.entity_id) for e in published[-2:]]
    assert tail == [("project.updated", str(space.id)), ("client.deleted", str(client.id))]


async def test_changes_publish_their_events_and_only_billing_members_see_them(
    workspace: Workspace, published: list[EventMessage]
) -> None:
    client = await _client(workspace)
    await service.update_client(workspace.principal(), client_id=str(client.id), notes="x")
    await service.update_client(workspace.principal(), client_id=str(client.id), notes="x")
    await service.set_archived(workspace.principal(), client_id=str(client.id), archived=True)
    await service.set_archived(workspace.principal(), client_id=str(client.id), archived=True)
    await service.set_archived(workspace.principal(), client_id=str(client.id), archived=False)

    ours = [e.type for e in published if e.entity_type == "client"]
    assert ours == ["client.created", "client.updated", "client.archived", "client.unarchived"]

    class _Viewer:
        def __init__(self, role: Role) -> None:
            self.principal = workspace.principal(role)

        async def can_access_space(self, project_id: str) -> bool:
            return True

    seen = {role: await billing_only(_Viewer(role), published[0]) for role in Role}
    assert seen == {
        Role.OWNER: True,
        Role.ADMIN: True,
        Role.MANAGER: False,
        Role.MEMBER: False,
        Role.GUEST: False,
    }


async def test_another_organization_s_client_is_not_found(
    workspace: Workspace, other_workspace: Workspace
) -> None:
    client = await _client(other_workspace)
    with pytest.raises(NotFound):
        await service.update_client(workspace.principal(), client_id=str(client.id), notes="x")
    with pytest.raises(NotFound):
        await projects_service.create_project(
            workspace.principal(), name="Web", key="WEB", client_id=str(client.id)
        )
    assert (await Client.get(id=client.id)).notes is None

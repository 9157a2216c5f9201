"""Rates stored on time entries: resolved when an entry is created or stops (each level of the
chain, through the real owners' rows), kept when rates change later, re-resolved when an
unbilled entry moves to another Space and by time_entries_rerate; billed entries are locked."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from backend.clients import service as clients_service
from backend.core.errors import Conflict, Forbidden
from backend.core.permissions import Role
from backend.invoices.models import BilledTimeEntry, Invoice, InvoiceLine, InvoiceStatus
from backend.members import rates as member_rates
from backend.orgs.settings import update_organization
from backend.projects import service as projects_service
from backend.projects.models import Project
from backend.time import service
from backend.time.models import TimeEntry
from subscriptions import EventMessage
from tests.conftest import Workspace

D = Decimal
START = datetime(2026, 11, 2, 9, tzinfo=UTC)


async def _log(
    workspace: Workspace, project: Project | None, *, user: str | None = None
) -> TimeEntry:
    principal = workspace.principal(user_id=user) if user else workspace.principal()
    return await service.create_entry(
        principal,
        started_at=START,
        duration_minutes=60,
        project_id=None if project is None else str(project.id),
        billable=True,
    )


async def _rates(entry: TimeEntry) -> tuple[Decimal | None, Decimal | None]:
    stored = await TimeEntry.get(id=entry.id)
    return stored.hourly_rate, stored.cost_rate


async def test_each_level_of_the_chain_wins_when_the_levels_above_it_are_unset(
    workspace: Workspace,
) -> None:
    owner = workspace.principal()
    await update_organization(owner, default_hourly_rate=D("50"))
    assert await _rates(await _log(workspace, None)) == (D("50"), None)

    await member_rates.update_rates(
        owner, user_id=workspace.user_id, hourly_rate=D("60"), cost_rate=D("30")
    )
    assert await _rates(await _log(workspace, None)) == (D("60"), D("30"))

    client = await clients_service.create_client(owner, name="Globex", hourly_rate=D("70"))
    space = await projects_service.create_project(
        owner, name="Web", key="WEB", client_id=str(client.id)
    )
    assert await _rates(await _log(workspace, space)) == (D("70"), D("30"))

    await projects_service.update_project(owner, project_id=str(space.id), hourly_rate=D("80"))
    assert await _rates(await _log(workspace, space)) == (D("80"), D("30"))

    await projects_service.add_member(
        owner, project_id=str(space.id), user_id=workspace.user_id, hourly_rate=D("90")
    )
    assert await _rates(await _log(workspace, space)) == (D("90"), D("30"))


async def test_nothing_set_leaves_the_entry_without_a_rate(workspace: Workspace) -> None:
    assert await _rates(await _log(workspace, None)) == (None, None)


async def test_a_timer_gets_its_rate_when_it_stops_and_keeps_it_when_rates_change(
    workspace: Workspace,
) -> None:
    owner = workspace.principal()
    space = await projects_service.create_project(
        owner, name="Web", key="WEB", hourly_rate=D("100")
    )
    timer = await service.start_timer(owner, project_id=str(space.id))
    assert await _rates(timer) == (None, None)

    stopped = await service.stop_timer(owner)
    await projects_service.update_project(owner, project_id=str(space.id), hourly_rate=D("200"))

    assert stopped.hourly_rate == D("100")
    assert await _rates(stopped) == (D("100"), None)


async def test_another_member_s_rates_are_their_own(workspace: Workspace) -> None:
    colleague = await workspace.add_member(Role.MEMBER)
    await member_rates.update_rates(
        workspace.principal(), user_id=colleague.user_id, hourly_rate=D("75"), cost_rate=D("20")
    )
    space = await projects_service.create_project(workspace.principal(), name="Web", key="WEB")

    mine = await _log(workspace, space)
    theirs = await service.create_entry(
        colleague.principal(Role.MEMBER),
        started_at=START,
        duration_minutes=30,
        project_id=str(space.id),
    )

    assert await _rates(mine) == (None, None)
    assert await _rates(theirs) == (D("75"), D("20"))


async def test_moving_an_unbilled_entry_to_another_space_re_resolves_its_rate(
    workspace: Workspace,
) -> None:
    owner = workspace.principal()
    cheap = await projects_service.create_project(owner, name="A", key="AAA", hourly_rate=D("10"))
    dear = await projects_service.create_project(owner, name="B", key="BBB", hourly_rate=D("99"))
    entry = await _log(workspace, cheap)
    await projects_service.update_project(owner, project_id=str(cheap.id), hourly_rate=D("11"))

    await service.update_entry(owner, entry_id=str(entry.id), description="same Space")
    assert await _rates(entry) == (D("10"), None)  # an edit that keeps the Space keeps the rate
    await service.update_entry(owner, entry_id=str(entry.id), project_id=str(dear.id))

    assert await _rates(entry) == (D("99"), None)


async def _bill(workspace: Workspace, entry: TimeEntry, status: InvoiceStatus) -> Invoice:
    client = await clients_service.create_client(
        workspace.principal(), name=f"Client {status.value}"
    )
    invoice = await Invoice.create(
        organization_id=workspace.organization_id,
        client_id=client.id,
        currency="USD",
        status=status,
        number=None if status == InvoiceStatus.DRAFT else "INV-2026-0007",
    )
    line = await InvoiceLine.create(
        organization_id=workspace.organization_id,
        invoice_id=invoice.id,
        position=0,
        description="Work",
        quantity=D("1"),
        unit_price=D("10"),
        amount=D("10"),
    )
    await BilledTimeEntry.create(
        organization_id=workspace.organization_id,
        invoice_id=invoice.id,
        line_id=line.id,
        time_entry_id=entry.id,
    )
    return invoice


async def test_an_entry_billed_on_a_sent_invoice_cannot_be_edited_or_deleted(
    workspace: Workspace,
) -> None:
    owner = workspace.principal()
    entry = await _log(workspace, None)
    await _bill(workspace, entry, InvoiceStatus.SENT)

    with pytest.raises(Conflict) as edit:
        await service.update_entry(owner, entry_id=str(entry.id), description="changed")
    with pytest.raises(Conflict) as delete:
        await service.delete_entry(owner, entry_id=str(entry.id))

    assert edit.value.reason == delete.value.reason == "ENTRY_BILLED"
    assert "INV-2026-0007" in edit.value.message and "invoices_void" in edit.value.message
    assert (await TimeEntry.get(id=entry.id)).description is None


async def test_an_entry_on_a_draft_stays_editable_but_keeps_its_billed_rate(
    workspace: Workspace,
) -> None:
    owner = workspace.principal()
    cheap = await projects_service.create_project(owner, name="A", key="AAA", hourly_rate=D("10"))
    dear = await projects_service.create_project(owner, name="B", key="BBB", hourly_rate=D("99"))
    entry = await _log(workspace, cheap)
    await _bill(workspace, entry, InvoiceStatus.DRAFT)

    await service.update_entry(owner, entry_id=str(entry.id), project_id=str(dear.id))

    stored = await TimeEntry.get(id=entry.id)
    assert (str(stored.project_id), stored.hourly_rate) == (str(dear.id), D("10"))


async def test_rerate_changes_only_unbilled_stopped_entries_and_counts_them(
    workspace: Workspace, published: list[EventMessage]
) -> None:
    owner = workspace.principal()
    space = await projects_service.create_project(owner, name="A", key="AAA", hourly_rate=D("10"))
    other = await projects_service.create_project(owner, name="B", key="BBB", hourly_rate=D("10"))
    unbilled = await _log(workspace, space)
    billed = await _log(workspace, space)
    elsewhere = await _log(workspace, other)
    await _bill(workspace, billed, InvoiceStatus.DRAFT)
    running = await service.start_timer(owner, project_id=str(space.id))
    await projects_service.update_project(owner, project_id=str(space.id), hourly_rate=D("12"))
    await projects_service.update_project(owner, project_id=str(other.id), hourly_rate=D("12"))
    published.clear()

    result = await service.rerate_entries(owner, project_id=str(space.id))
    again = await service.rerate_entries(owner, project_id=str(space.id))

    assert (result.examined_count, result.changed_count) == (1, 1)
    assert (again.examined_count, again.changed_count) == (1, 0)
    assert await _rates(unbilled) == (D("12"), None)
    assert await _rates(billed) == (D("10"), None)
    assert await _rates(elsewhere) == (D("10"), None)
    assert await _rates(running) == (None, None)
    assert [(e.type, e.entity_id) for e in published] == [("time_entry.updated", str(unbilled.id))]


async def test_rerate_filters_by_client_user_and_time(workspace: Workspace) -> None:
    owner = workspace.principal()
    client = await clients_service.create_client(owner, name="Globex", hourly_rate=D("10"))
    space = await projects_service.create_project(
        owner, name="A", key="AAA", client_id=str(client.id)
    )
    early = await _log(workspace, space)
    late = await service.create_entry(
        owner, started_at=START + timedelta(days=3), duration_minutes=30, project_id=str(space.id)
    )
    await clients_service.update_client(owner, client_id=str(client.id), hourly_rate=D("20"))

    by_time = await service.rerate_entries(
        owner,
        client_id=str(client.id),
        user_id=workspace.user_id,
        from_=START + timedelta(days=1),
    )

    assert by_time.changed_count == 1
    assert await _rates(early) == (D("10"), None)
    assert await _rates(late) == (D("20"), None)


async def test_rerate_needs_manage_time(workspace: Workspace) -> None:
    with pytest.raises(Forbidden) as refused:
        await service.rerate_entries(workspace.principal(Role.MEMBER))
    assert "manage_time" in refused.value.message

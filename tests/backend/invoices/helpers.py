"""Billing test helpers: clients, Spaces that bill them, time entries and sent invoices, made
through the ORM where their own services belong to other domains."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from backend.clients.models import Client, ClientContact
from backend.invoices import service
from backend.invoices.models import Invoice
from backend.projects.models import Project
from backend.time.models import TimeEntry
from tests.conftest import Workspace


async def client(
    workspace: Workspace,
    name: str | None = None,
    *,
    currency: str = "EUR",
    billing_email: str | None = "billing@client.example",
) -> Client:
    name = name or f"Client {uuid.uuid4().hex[:6]}"
    row = await Client.create(
        organization_id=workspace.organization_id,
        name=name,
        name_key=name.casefold(),
        currency=currency,
        address="1 Main Street\nSpringfield",
        tax_id="DE123",
    )
    if billing_email is not None:
        await ClientContact.create(
            organization_id=workspace.organization_id,
            client_id=row.id,
            name="Accounts",
            email=billing_email,
            is_billing_contact=True,
        )
    return row


async def space_for(workspace: Workspace, billed: Client, name: str = "Website") -> Project:
    return await Project.create(
        organization_id=workspace.organization_id,
        key=f"P{uuid.uuid4().hex[:5].upper()}",
        name=name,
        client_id=billed.id,
    )


async def entry(
    workspace: Workspace,
    project: Project,
    *,
    start: datetime = datetime(2026, 11, 2, 9, tzinfo=UTC),
    minutes: int = 60,
    rate: str | None = "100.00",
    billable: bool = True,
    user_id: str | None = None,
    task_id: object | None = None,
    description: str | None = None,
) -> TimeEntry:
    return await TimeEntry.create(
        organization_id=workspace.organization_id,
        user_id=user_id or workspace.user_id,
        project_id=project.id,
        task_id=task_id,
        billable=billable,
        started_at=start,
        ended_at=start + timedelta(minutes=minutes),
        hourly_rate=None if rate is None else Decimal(rate),
        description=description,
    )


async def draft(
    workspace: Workspace,
    billed: Client,
    *lines: tuple[str, str, str],
    **options: object,
) -> Invoice:
    """A draft with lines of (quantity, unit price, tax rate)."""
    principal = workspace.principal()
    invoice = await service.create_invoice(principal, client_id=str(billed.id), **options)  # type: ignore[arg-type]
    for number, (quantity, price, tax) in enumerate(lines, start=1):
        invoice = await service.add_line(
            principal,
            invoice_id=str(invoice.id),
            description=f"Line {number}",
            quantity=Decimal(quantity),
            unit_price=Decimal(price),
            tax_rate=Decimal(tax),
        )
    return invoice


async def sent(workspace: Workspace, billed: Client, *lines: tuple[str, str, str]) -> Invoice:
    invoice = await draft(workspace, billed, *(lines or (("1", "100", "0"),)))
    return await service.send_invoice(workspace.principal(), invoice_id=str(invoice.id))


NOV = (date(2026, 11, 1), date(2026, 11, 30))

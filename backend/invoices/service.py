"""Invoices: drafts and their lines, billing tracked time, sending (number, freeze, email), void.

Lifecycle: draft → sent → partially_paid → paid; void from sent or partially paid. Only drafts
are edited or deleted. `overdue` is derived, never stored. Stored amounts follow
backend/invoices/totals.py; payments (backend/payments) change an invoice's amount paid, balance
and status only through `settle`, in the payment's own transaction.

Assumptions: rates are in the currency of the client they bill, so time is billed in the
client's currency; dates (the billed range, "today" for overdue) are the organization's days
for billing ranges and UTC days for overdue.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Annotated
from zoneinfo import ZoneInfo

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import IntegrityError
from tortoise.queryset import QuerySet

from backend.clients import service as clients_service
from backend.clients.models import Client
from backend.core.arguments import DEFAULT_LIMIT, MAX_IDS, Bounds, Cursor, Doc, Id, Limit
from backend.core.errors import Conflict, Invalid, NotFound
from backend.core.ids import parse_id
from backend.core.lookups import get_in, in_organization
from backend.core.money import check_amount, check_currency, in_minor_units
from backend.core.pagination import Page, paginate
from backend.core.permissions import Permission
from backend.core.principal import Principal
from backend.core.unit_of_work import UnitOfWork, unit_of_work
from backend.core.unit_of_work import current as current_unit_of_work
from backend.core.validation import clean_text
from backend.invoices import numbering, totals
from backend.invoices.arguments import (
    MAX_EMAIL,
    MAX_LINE_DESCRIPTION,
    MAX_MESSAGE,
    MAX_REASON,
    MAX_RECIPIENTS,
    ClientId,
    Discount,
    GroupBy,
    InvoiceId,
    InvoiceListStatus,
    LineItemId,
    Notes,
    TaxRate,
)
from backend.invoices.events import InvoiceEvent
from backend.invoices.models import (
    BilledTimeEntry,
    DiscountKind,
    Invoice,
    InvoiceLine,
    InvoiceStatus,
)
from backend.mail.service import Attachment, queue_mail
from backend.orgs import service as orgs_service
from backend.orgs.models import Organization, RoundingMode
from backend.projects.models import Project
from backend.tasks.models import Task
from backend.time.models import TimeEntry
from backend.time.rounding import rounded_seconds
from backend.users.models import User

OPEN = (InvoiceStatus.SENT, InvoiceStatus.PARTIALLY_PAID)
ZERO = Decimal(0)
HUNDRED = Decimal(100)
QUANTITY = Decimal("0.0001")  # hours to 4 places (0.36 s): the quantity column's precision
MAX_QUANTITY = Decimal("9999999999")
MAX_PRICE = Decimal("999999999999999")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _require(principal: Principal, action: str) -> None:
    principal.require(Permission.MANAGE_BILLING, action)


def _today() -> date:
    return datetime.now(UTC).date()


def is_overdue(invoice: Invoice, today: date | None = None) -> bool:
    """Sent or partially paid, something still owed, and past its due date."""
    return (
        invoice.status in OPEN
        and invoice.balance > 0
        and invoice.due_date is not None
        and invoice.due_date < (today or _today())
    )


# --- clients -------------------------------------------------------------------------------


async def client_of(principal: Principal, client_id: object) -> Client:
    """The client with this id in the principal's organization (archived ones too)."""
    return await clients_service.get_client(principal, client_id)


async def _billing_email(client: Client) -> str | None:
    contact = await clients_service.billing_contact(client)
    return None if contact is None else contact.email


# --- checks --------------------------------------------------------------------------------


def _check_tax_rate(rate: Decimal | None, *, field: str = "tax_rate") -> Decimal | None:
    if rate is not None and not ZERO <= rate <= HUNDRED:
        raise Invalid(
            f'{field} is a percentage from 0 to 100 ("19" for 19%); got {rate}.',
            field=field,
            reason="TAX_RATE_RANGE",
        )
    return rate


def _check_discount(discount: Discount | None) -> Discount | None:
    if discount is None:
        return None
    if discount.value < 0:
        raise Invalid("A discount cannot be negative.", field="discount", reason="DISCOUNT_RANGE")
    if discount.kind is DiscountKind.PERCENT and discount.value > HUNDRED:
        raise Invalid(
            "A percent discount is at most 100.", field="discount", reason="DISCOUNT_RANGE"
        )
    return discount


def _check_amounts(
    currency: str, *, discount: Discount | None, lines: Sequence[InvoiceLine] = ()
) -> None:
    """The invoice's amounts in its currency's places (JPY 0, EUR 2, KWD 3): an AMOUNT discount
    and the unit prices of its lines (a currency change re-checks those already there)."""
    if discount is not None and discount.kind is DiscountKind.AMOUNT:
        check_amount(discount.value, currency, field="discount")
    for line in lines:
        check_amount(line.unit_price, currency, field="unit_price")


def _check_line(quantity: Decimal | None, unit_price: Decimal | None) -> None:
    if quantity is not None and not ZERO < quantity <= MAX_QUANTITY:
        raise Invalid("quantity must be more than 0.", field="quantity", reason="QUANTITY_RANGE")
    if quantity is not None and quantity.quantize(QUANTITY) != quantity:
        raise Invalid(
            "quantity takes at most 4 decimal places.", field="quantity", reason="QUANTITY_RANGE"
        )
    if unit_price is not None and not ZERO <= unit_price <= MAX_PRICE:
        raise Invalid("unit_price cannot be negative.", field="unit_price", reason="PRICE_RANGE")


def _clean_description(description: str) -> str:
    return clean_text(
        description,
        max_length=MAX_LINE_DESCRIPTION,
        field="description",
        subject="A line's description",
    )


def _check_dates(issue_date: date | None, due_date: date | None) -> None:
    if issue_date is not None and due_date is not None and due_date < issue_date:
        raise Invalid(
            "due_date is before issue_date. Give a due date on or after the issue date.",
            field="due_date",
            reason="DUE_BEFORE_ISSUE",
        )


# --- reads ---------------------------------------------------------------------------------


def _invoices(principal: Principal) -> QuerySet[Invoice]:
    return in_organization(principal, Invoice)


async def get_invoice(principal: Principal, *, invoice_id: InvoiceId) -> Invoice:
    _require(principal, "read invoices")
    return await get_in(_invoices(principal), invoice_id, entity="invoice", field="invoice_id")


async def list_invoices(
    principal: Principal,
    *,
    client_id: Annotated[Id | None, Doc("Only this client's invoices.")] = None,
    status: Annotated[
        InvoiceListStatus | None,
        Doc("Only invoices in this state; OVERDUE = sent or partially paid and past due."),
    ] = None,
    from_: Annotated[date | None, Doc("Only invoices issued on or after this day.")] = None,
    to: Annotated[date | None, Doc("Only invoices issued on or before this day.")] = None,
    limit: Limit = DEFAULT_LIMIT,
    cursor: Cursor = None,
) -> Page[Invoice]:
    """Newest first."""
    _require(principal, "read invoices")
    query = _invoices(principal)
    if client_id is not None:
        query = query.filter(client_id=(await client_of(principal, client_id)).id)
    if status is InvoiceListStatus.OVERDUE:
        # Sent and partially paid invoices always owe something (settle makes the rest paid).
        query = query.filter(status__in=list(OPEN), due_date__lt=_today())
    elif status is not None:
        query = query.filter(status=InvoiceStatus(status.value))
    if from_ is not None:
        query = query.filter(issue_date__gte=from_)
    if to is not None:
        query = query.filter(issue_date__lte=to)
    return await paginate(query, limit=limit, cursor=cursor, order_by="created_at", descending=True)


async def lines_of(invoice_id: object) -> list[InvoiceLine]:
    return await InvoiceLine.filter(invoice_id=invoice_id).order_by("position")


# --- drafts --------------------------------------------------------------------------------


def _freeze_client(invoice: Invoice, client: Client) -> None:
    invoice.client_name = client.name
    invoice.client_address = client.address
    invoice.client_tax_id = client.tax_id


async def _draft(principal: Principal, invoice_id: object, action: str) -> Invoice:
    """The invoice, locked for this transaction; only drafts may change."""
    _require(principal, action)
    parsed = parse_id(invoice_id, entity="invoice", field="invoice_id")
    invoice = await _invoices(principal).filter(id=parsed).select_for_update().first()
    if invoice is None:
        raise NotFound.entity("invoice", invoice_id, field="invoice_id")
    if invoice.status != InvoiceStatus.DRAFT:
        raise Conflict(
            f"Invoice {invoice.number} is {invoice.status.value}: only drafts can be changed. "
            "A sent invoice is frozen; void it with invoices_void and create a new one.",
            field="invoice_id",
            reason="NOT_DRAFT",
        )
    return invoice


async def recompute(invoice: Invoice, lines: Sequence[InvoiceLine] | None = None) -> None:
    """Store the draft's line amounts and totals (backend/invoices/totals.py)."""
    lines = list(lines) if lines is not None else await lines_of(invoice.id)
    result = _totals_of(
        invoice,
        [totals.LineInput(line.quantity, line.unit_price, line.tax_rate) for line in lines],
    )
    for line, line_totals in zip(lines, result.lines, strict=True):
        if line.amount != line_totals.amount:
            line.amount = line_totals.amount
            await line.save(update_fields=["amount", "updated_at"])
    _store_totals(invoice, result)
    await invoice.save()


def _totals_of(invoice: Invoice, lines: Sequence[totals.LineInput]) -> totals.Totals:
    """The totals of these lines on the invoice: its currency, discount and what is paid."""
    return totals.compute(
        lines,
        currency=invoice.currency,
        discount_kind=invoice.discount_kind,
        discount_value=invoice.discount_value,
        amount_paid=invoice.amount_paid,
    )


def _store_totals(invoice: Invoice, result: totals.Totals) -> None:
    invoice.subtotal = result.subtotal
    invoice.discount_total = result.discount_total
    invoice.tax_total = result.tax_total
    invoice.total = result.total
    invoice.balance = result.balance


def _discount_of(invoice: Invoice) -> Discount | None:
    if invoice.discount_kind is None or invoice.discount_value is None:
        return None
    return Discount(kind=invoice.discount_kind, value=invoice.discount_value)


def _set_discount(invoice: Invoice, discount: Discount | None) -> None:
    invoice.discount_kind = None if discount is None else discount.kind  # type: ignore[assignment]
    invoice.discount_value = None if discount is None else discount.value


async def _new_invoice(
    principal: Principal,
    uow: UnitOfWork,
    client: Client,
    *,
    issue_date: date | None,
    due_date: date | None,
    currency: str,
    notes: str | None,
    tax_rate: Decimal | None,
    discount: Discount | None,
) -> Invoice:
    organization = await orgs_service.get_organization(principal)
    if due_date is None and issue_date is not None:
        due_date = issue_date + timedelta(days=organization.payment_terms_days)
    _check_dates(issue_date, due_date)
    invoice = Invoice(
        organization_id=principal.organization_id,
        client_id=client.id,
        currency=currency,
        issue_date=issue_date,
        due_date=due_date,
        notes=notes,
        default_tax_rate=tax_rate or ZERO,
        created_by_id=principal.user_id,
        **dict.fromkeys(("subtotal", "discount_total", "tax_total", "total"), ZERO),
        amount_paid=ZERO,
        balance=ZERO,
    )
    _set_discount(invoice, discount)
    _freeze_client(invoice, client)
    await invoice.save()
    uow.record(InvoiceEvent.CREATED, invoice.id)
    return invoice


async def create_invoice(
    principal: Principal,
    *,
    client_id: ClientId,
    issue_date: Annotated[
        date | None, Doc("The invoice date; the day it is sent when omitted.")
    ] = None,
    due_date: Annotated[
        date | None,
        Doc("When payment is due; default issue_date + the organization's payment terms."),
    ] = None,
    currency: Annotated[
        str | None, Doc("ISO 4217 code; default the client's currency."), Bounds(max_length=3)
    ] = None,
    notes: Notes = None,
    tax_rate: TaxRate = None,
    discount: Annotated[
        Discount | None, Doc("An invoice discount before tax: PERCENT of the subtotal or AMOUNT.")
    ] = None,
) -> Invoice:
    """An empty draft; add lines with invoices_line_items_add."""
    _require(principal, "create invoices")
    _check_tax_rate(tax_rate)
    _check_discount(discount)
    async with unit_of_work(principal) as uow:
        client = await clients_service.get_billable_client(principal, client_id)
        code = check_currency(currency) if currency is not None else client.currency
        _check_amounts(code, discount=discount)
        return await _new_invoice(
            principal,
            uow,
            client,
            issue_date=issue_date,
            due_date=due_date,
            currency=code,
            notes=notes,
            tax_rate=tax_rate,
            discount=discount,
        )


async def update_invoice(
    principal: Principal,
    *,
    invoice_id: InvoiceId,
    issue_date: Annotated[date | None, Doc("The new invoice date.")] = None,
    due_date: Annotated[date | None, Doc("The new due date.")] = None,
    currency: Annotated[
        str | None,
        Doc("A new ISO 4217 code (not for invoices that bill tracked time)."),
        Bounds(max_length=3),
    ] = None,
    notes: Notes = None,
    clear_notes: Annotated[bool, Doc("Empty the notes.")] = False,
    tax_rate: Annotated[
        Decimal | None, Doc("The tax rate (percent) of lines added from now on.")
    ] = None,
    discount: Annotated[Discount | None, Doc("A new invoice discount before tax.")] = None,
    clear_discount: Annotated[bool, Doc("Remove the discount.")] = False,
) -> Invoice:
    """Change a draft; omitted arguments stay as they are."""
    _check_tax_rate(tax_rate)
    _check_discount(discount)
    async with unit_of_work(principal) as uow:
        invoice = await _draft(principal, invoice_id, "edit invoices")
        if currency is not None:
            code = check_currency(currency)
            if code != invoice.currency and await BilledTimeEntry.exists(invoice_id=invoice.id):
                raise Conflict(
                    "This invoice bills tracked time, whose rates are in the client's currency "
                    f"({invoice.currency}); its currency cannot change.",
                    field="currency",
                    reason="CURRENCY_OF_TIME",
                )
            invoice.currency = code
        if issue_date is not None:
            invoice.issue_date = issue_date
        if due_date is not None:
            invoice.due_date = due_date
        _check_dates(invoice.issue_date, invoice.due_date)
        if clear_notes:
            invoice.notes = None  # type: ignore[assignment]
        elif notes is not None:
            invoice.notes = notes
        if tax_rate is not None:
            invoice.default_tax_rate = tax_rate
        if clear_discount:
            _set_discount(invoice, None)
        elif discount is not None:
            _set_discount(invoice, discount)
        if discount is not None or currency is not None:
            _check_amounts(
                invoice.currency,
                discount=_discount_of(invoice),
                lines=await lines_of(invoice.id) if currency is not None else (),
            )
        _freeze_client(invoice, await client_of(principal, invoice.client_id))
        await recompute(invoice)
        uow.record(InvoiceEvent.UPDATED, invoice.id)
    return invoice


async def delete_invoice(principal: Principal, *, invoice_id: InvoiceId) -> Invoice:
    """Delete a draft; the time entries it billed are unbilled again."""
    async with unit_of_work(principal) as uow:
        invoice = await _draft(principal, invoice_id, "delete invoices")
        await BilledTimeEntry.filter(invoice_id=invoice.id).delete()
        await InvoiceLine.filter(invoice_id=invoice.id).delete()
        await invoice.delete()
        uow.record(InvoiceEvent.DELETED, invoice.id)
    return invoice


# --- lines ---------------------------------------------------------------------------------


async def add_line(
    principal: Principal,
    *,
    invoice_id: InvoiceId,
    description: Annotated[str, Doc("What is billed."), Bounds(max_length=MAX_LINE_DESCRIPTION)],
    quantity: Annotated[Decimal, Doc("How many (hours, items), more than 0, 4 places at most.")],
    unit_price: Annotated[Decimal, Doc("The price of one, in the invoice's currency.")],
    tax_rate: Annotated[
        Decimal | None, Doc("Tax in percent; default the invoice's tax rate.")
    ] = None,
) -> Invoice:
    """Add a line at the end of a draft; returns the invoice with its new totals."""
    description = _clean_description(description)
    _check_line(quantity, unit_price)
    _check_tax_rate(tax_rate)
    async with unit_of_work(principal) as uow:
        invoice = await _draft(principal, invoice_id, "edit invoices")
        check_amount(unit_price, invoice.currency, field="unit_price")
        lines = await lines_of(invoice.id)
        line = await InvoiceLine.create(
            organization_id=principal.organization_id,
            invoice_id=invoice.id,
            position=(lines[-1].position + 1) if lines else 0,
            description=description,
            quantity=quantity,
            unit_price=unit_price,
            tax_rate=invoice.default_tax_rate if tax_rate is None else tax_rate,
            amount=totals.line_amount(quantity, unit_price, invoice.currency),
        )
        await recompute(invoice, [*lines, line])
        uow.record(InvoiceEvent.UPDATED, invoice.id)
    return invoice


async def _draft_line(
    principal: Principal, line_item_id: object, action: str
) -> tuple[InvoiceLine, Invoice]:
    _require(principal, action)
    line = await get_in(
        in_organization(principal, InvoiceLine),
        line_item_id,
        entity="line item",
        field="line_item_id",
    )
    return line, await _draft(principal, line.invoice_id, action)


async def update_line(
    principal: Principal,
    *,
    line_item_id: LineItemId,
    description: Annotated[
        str | None, Doc("What is billed."), Bounds(max_length=MAX_LINE_DESCRIPTION)
    ] = None,
    quantity: Annotated[Decimal | None, Doc("How many, more than 0.")] = None,
    unit_price: Annotated[Decimal | None, Doc("The price of one.")] = None,
    tax_rate: Annotated[Decimal | None, Doc("Tax in percent, 0 to 100.")] = None,
) -> Invoice:
    """Change a draft's line; returns the invoice with its new totals."""
    if description is not None:
        description = _clean_description(description)
    _check_line(quantity, unit_price)
    _check_tax_rate(tax_rate)
    async with unit_of_work(principal) as uow:
        line, invoice = await _draft_line(principal, line_item_id, "edit invoices")
        if unit_price is not None:
            check_amount(unit_price, invoice.currency, field="unit_price")
        if description is not None:
            line.description = description
        if quantity is not None:
            line.quantity = quantity
        if unit_price is not None:
            line.unit_price = unit_price
        if tax_rate is not None:
            line.tax_rate = tax_rate
        line.amount = totals.line_amount(line.quantity, line.unit_price, invoice.currency)
        await line.save()
        await recompute(invoice)
        uow.record(InvoiceEvent.UPDATED, invoice.id)
    return invoice


async def remove_line(principal: Principal, *, line_item_id: LineItemId) -> Invoice:
    """Remove a draft's line; time entries billed on it are unbilled again."""
    async with unit_of_work(principal) as uow:
        line, invoice = await _draft_line(principal, line_item_id, "edit invoices")
        await BilledTimeEntry.filter(line_id=line.id).delete()
        await line.delete()
        await recompute(invoice)
        uow.record(InvoiceEvent.UPDATED, invoice.id)
    return invoice


# --- billing tracked time ------------------------------------------------------------------


@dataclass
class _Group:
    description: str
    rate: Decimal
    first_start: datetime
    seconds: int = 0
    entry_ids: list[str] = field(default_factory=list)


def _local_day_start(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(0), tzinfo=zone).astimezone(UTC)


@dataclass(frozen=True)
class _Entry:
    """One unbilled entry as billing reads it; ids as text, the same on both databases."""

    id: str
    user_id: str
    project_id: str
    task_id: str | None
    description: str | None
    started_at: datetime
    ended_at: datetime
    rate: Decimal


def _placeholders(dialect: str, count: int) -> list[str]:
    """The bind parameters of a plain statement: ? on SQLite, $1.. on PostgreSQL."""
    if dialect == "sqlite":
        return ["?"] * count
    return [f"${n}" for n in range(1, count + 1)]


def _timestamp(value: object) -> datetime:
    # SQLite hands back the stored text (tortoise writes isoformat(" ")); asyncpg a datetime.
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


async def _unbilled_entries(
    organization: Organization,
    client: Client,
    *,
    project_ids: list[uuid.UUID] | None,
    start: datetime,
    end: datetime,
) -> list[_Entry]:
    """The client's billable, stopped entries in the range that no invoice bills yet, oldest
    first. Plain SQL: turning 10,000 rows into tortoise values cost more than the select."""
    connection = TimeEntry._meta.db
    dialect = connection.capabilities.dialect
    entries, projects = TimeEntry._meta.db_table, Project._meta.db_table
    billed = BilledTimeEntry._meta.db_table
    if project_ids is not None and not project_ids:
        return []
    spaces = [str(p) for p in project_ids or ()]
    marks = _placeholders(dialect, 4 + len(spaces))
    in_spaces = f" AND e.project_id IN ({', '.join(marks[4:])})" if spaces else ""
    # Never billed before: the database's unique time entry makes this hold under races.
    statement = (
        "SELECT e.id, e.user_id, e.project_id, e.task_id, e.description, e.started_at, "
        f"e.ended_at, e.hourly_rate FROM {entries} e JOIN {projects} p ON p.id = e.project_id "
        f"WHERE e.organization_id = {marks[0]} AND p.client_id = {marks[1]} "
        "AND e.billable AND e.ended_at IS NOT NULL "
        f"AND e.started_at >= {marks[2]} AND e.started_at < {marks[3]}{in_spaces} "
        f"AND NOT EXISTS (SELECT 1 FROM {billed} b WHERE b.time_entry_id = e.id) "
        "ORDER BY e.started_at, e.id"
    )
    values: list[object] = [str(organization.id), str(client.id), start, end, *spaces]
    _, rows = await connection.execute_query(statement, values)
    return [
        _Entry(
            id=str(row[0]),
            user_id=str(row[1]),
            project_id=str(row[2]),
            task_id=None if row[3] is None else str(row[3]),
            description=row[4],
            started_at=_timestamp(row[5]),
            ended_at=_timestamp(row[6]),
            rate=ZERO if row[7] is None else Decimal(str(row[7])),
        )
        for row in rows
    ]


async def _names(
    model: type[Project] | type[Task] | type[User], ids: set[str], attr: str
) -> dict[str, str]:
    if not ids:
        return {}
    rows = await model.filter(id__in=list(ids)).values_list("id", attr)
    return {str(row_id): str(name) for row_id, name in rows}


async def _groups(
    entries: list[_Entry],
    group_by: GroupBy,
    organization: Organization,
    zone: ZoneInfo,
) -> list[_Group]:
    projects = await _names(Project, {e.project_id for e in entries}, "name")
    tasks = await _names(Task, {e.task_id for e in entries if e.task_id}, "title")
    people = await _names(User, {e.user_id for e in entries}, "name")
    groups: dict[tuple[object, ...], _Group] = {}
    mode, minutes = RoundingMode(organization.rounding_mode), organization.rounding_minutes
    for entry in entries:
        started, rate = entry.started_at, entry.rate
        day = started.astimezone(zone).date()
        project = projects.get(entry.project_id, "")
        key: tuple[object, ...]
        if group_by is GroupBy.ENTRY:
            key = (entry.id,)
            text = (entry.description or "").strip()
            description = f"{day.isoformat()} · {project}" + (f" · {text}" if text else "")
            description += f" ({people.get(entry.user_id, '')})"
        elif group_by is GroupBy.TASK:
            key = (entry.project_id, entry.task_id)
            task = tasks.get(entry.task_id) if entry.task_id else None
            description = f"{project}: {task}" if task else f"{project}: other work"
        elif group_by is GroupBy.PROJECT:
            key = (entry.project_id,)
            description = project
        elif group_by is GroupBy.DAY:
            key = (day,)
            description = day.isoformat()
        else:
            key = (entry.user_id,)
            description = people.get(entry.user_id, "")
        group = groups.get((*key, rate))
        if group is None:
            group = groups[(*key, rate)] = _Group(
                description=description[:MAX_LINE_DESCRIPTION], rate=rate, first_start=started
            )
        raw = max(0, int((entry.ended_at - started).total_seconds()))
        group.seconds += rounded_seconds(raw, mode, minutes)
        group.entry_ids.append(entry.id)
    return sorted(groups.values(), key=lambda g: (g.first_start, g.description))


async def _create_from_time(
    principal: Principal,
    *,
    client_id: str,
    from_: date,
    to: date,
    project_ids: list[str] | None,
    group_by: GroupBy,
    tax_rate: Decimal | None,
) -> Invoice:
    async with unit_of_work(principal) as uow:
        organization = await orgs_service.get_organization(principal)
        client = await clients_service.get_billable_client(principal, client_id)
        zone = ZoneInfo(organization.timezone)
        parsed_projects = None
        if project_ids is not None:
            parsed_projects = [
                parse_id(p, entity="project", field="project_ids") for p in project_ids
            ]
            known = set(
                await Project.filter(
                    organization_id=organization.id, id__in=parsed_projects, client_id=client.id
                ).values_list("id", flat=True)
            )
            for project_id in parsed_projects:
                if project_id not in known:
                    raise NotFound(
                        f"No Space with id {project_id} bills the client {client.name}. "
                        "List the client's Spaces with projects_list(client_id).",
                        field="project_ids",
                    )
        entries = await _unbilled_entries(
            organization,
            client,
            project_ids=parsed_projects,
            start=_local_day_start(from_, zone),
            end=_local_day_start(to + timedelta(days=1), zone),
        )
        if not entries:
            raise Conflict(
                f"{client.name} has no unbilled billable time from {from_} to {to}"
                + (" in those Spaces" if project_ids else "")
                + ". Time already on an invoice is never billed twice; check the range, or "
                "log billable time with time_entries_create.",
                field="from",
                reason="NOTHING_UNBILLED",
            )
        invoice = await _new_invoice(
            principal,
            uow,
            client,
            issue_date=None,
            due_date=None,
            currency=client.currency,
            notes=None,
            tax_rate=tax_rate,
            discount=None,
        )
        groups = await _groups(entries, group_by, organization, zone)
        await _bill(invoice, groups)
    return invoice


_LINE_COLUMNS = (
    "id",
    "created_at",
    "updated_at",
    "organization_id",
    "invoice_id",
    "position",
    "description",
    "quantity",
    "unit_price",
    "tax_rate",
    "amount",
)
_BILLED_COLUMNS = (
    "id",
    "created_at",
    "updated_at",
    "organization_id",
    "invoice_id",
    "line_id",
    "time_entry_id",
)


async def _insert(
    connection: BaseDBAsyncClient, table: str, columns: Sequence[str], rows: list[list[object]]
) -> None:
    """Many rows in one executemany. (On PostgreSQL the rows' foreign key checks, not the round
    trips, take most of the time: an INSERT ... SELECT FROM unnest was no faster.)"""
    if rows:
        marks = ", ".join(_placeholders(connection.capabilities.dialect, len(columns)))
        await connection.execute_many(
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows
        )


async def _bill(invoice: Invoice, groups: list[_Group]) -> None:
    """Write the draft's lines and the entries each bills, then its totals.

    Two INSERTs in plain SQL (_insert): tortoise's bulk_create built one model instance per
    line and per billed entry, which cost ten times the select of the entries. A concurrent call
    that billed one of these entries first makes the second insert fail on the unique time
    entry: this whole invoice rolls back (see create_invoice_from_time)."""
    connection = InvoiceLine._meta.db
    now = datetime.now(UTC)
    organization_id, invoice_id = str(invoice.organization_id), str(invoice.id)
    tax_rate = invoice.default_tax_rate
    inputs: list[totals.LineInput] = []
    line_rows: list[list[object]] = []
    billed_rows: list[list[object]] = []
    for position, group in enumerate(groups):
        quantity = (Decimal(group.seconds) / 3600).quantize(QUANTITY, ROUND_HALF_UP)
        line_id = str(uuid.uuid4())
        inputs.append(totals.LineInput(quantity, group.rate, tax_rate))
        line_rows.append(
            [
                line_id,
                now,
                now,
                organization_id,
                invoice_id,
                position,
                group.description or "Time",
                quantity,
                group.rate,
                tax_rate,
                totals.line_amount(quantity, group.rate, invoice.currency),
            ]
        )
        billed_rows.extend(
            [str(uuid.uuid4()), now, now, organization_id, invoice_id, line_id, entry_id]
            for entry_id in group.entry_ids
        )
    await _insert(connection, InvoiceLine._meta.db_table, _LINE_COLUMNS, line_rows)
    await _insert(connection, BilledTimeEntry._meta.db_table, _BILLED_COLUMNS, billed_rows)
    _store_totals(invoice, _totals_of(invoice, inputs))
    await invoice.save()


async def create_invoice_from_time(
    principal: Principal,
    *,
    client_id: ClientId,
    from_: Annotated[date, Doc("First day of the billed time (the organization's days).")],
    to: Annotated[date, Doc("Last day of the billed time, included.")],
    project_ids: Annotated[
        list[Id] | None,
        Doc("Only time of these Spaces of the client; default all of them."),
        Bounds(max_items=MAX_IDS),
    ] = None,
    group_by: Annotated[
        GroupBy,
        Doc("One line per ENTRY, TASK, PROJECT (Space), DAY or PERSON (and per rate)."),
    ] = GroupBy.PROJECT,
    tax_rate: TaxRate = None,
) -> Invoice:
    """A draft billing the client's unbilled billable time in the range, at each entry's stored
    rate, each entry's duration rounded by the organization's rule. Each entry is billed at
    most once, ever."""
    _require(principal, "create invoices")
    if to < from_:
        raise Invalid("to is before from.", field="to")
    _check_tax_rate(tax_rate)
    arguments = {
        "client_id": client_id,
        "from_": from_,
        "to": to,
        "project_ids": project_ids,
        "group_by": group_by,
        "tax_rate": tax_rate,
    }
    try:
        return await _create_from_time(principal, **arguments)  # type: ignore[arg-type]
    except IntegrityError:
        # A concurrent call billed some of the entries first; what is left is billed now
        # (or NOTHING_UNBILLED says there is none).
        return await _create_from_time(principal, **arguments)  # type: ignore[arg-type]


# --- sending, paying, voiding --------------------------------------------------------------


def _recipients(to: list[str] | None) -> list[str]:
    cleaned = []
    for address in to or []:
        address = address.strip()
        if len(address) > MAX_EMAIL or not _EMAIL.match(address):
            raise Invalid(
                f"{address!r} is not an email address.", field="to", reason="EMAIL_FORMAT"
            )
        cleaned.append(address)
    return cleaned


async def send_invoice(
    principal: Principal,
    *,
    invoice_id: InvoiceId,
    to: Annotated[
        list[str] | None,
        Doc("Email addresses; default the client's billing contact."),
        Bounds(max_items=MAX_RECIPIENTS),
    ] = None,
    message: Annotated[
        str | None, Doc("A message above the invoice summary."), Bounds(max_length=MAX_MESSAGE)
    ] = None,
) -> Invoice:
    """Give the draft its number, freeze it, and email it with its PDF; all in one
    transaction, the mail delivered after commit (and retried; see `delivery`)."""
    from backend.invoices.pdf import render_invoice_pdf

    recipients = _recipients(to)
    async with unit_of_work(principal) as uow:
        invoice = await _draft(principal, invoice_id, "send invoices")
        client = await client_of(principal, invoice.client_id)
        if not recipients:
            billing = await _billing_email(client)
            if billing is None:
                raise Invalid(
                    f"The client {client.name} has no billing contact with an email address. "
                    "Pass `to`, or mark a contact as the billing contact with "
                    "clients_contacts_update.",
                    field="to",
                    reason="NO_RECIPIENT",
                )
            recipients = [billing]
        lines = await lines_of(invoice.id)
        if not lines:
            raise Invalid(
                "This invoice has no lines. Add one with invoices_line_items_add first.",
                field="invoice_id",
                reason="NO_LINES",
            )
        organization = await orgs_service.get_organization(principal)
        today = _today()
        if invoice.issue_date is None:
            invoice.issue_date = today
        if invoice.due_date is None:
            invoice.due_date = invoice.issue_date + timedelta(days=organization.payment_terms_days)
        _freeze_client(invoice, client)
        await recompute(invoice, lines)
        year = invoice.issue_date.year
        sequence = await numbering.take_number(organization.id, year)
        invoice.number = numbering.format_number(organization.invoice_prefix, year, sequence)
        invoice.number_year, invoice.number_sequence = year, sequence
        invoice.status = InvoiceStatus.SENT
        invoice.sent_at = datetime.now(UTC)
        await invoice.save()
        uow.record(InvoiceEvent.SENT, invoice.id)
        await settle(principal, invoice, amount_paid=invoice.amount_paid)
        pdf = render_invoice_pdf(invoice, lines, organization)
        await queue_mail(
            organization_id=organization.id,
            to=recipients,
            subject=f"Invoice {invoice.number} from {organization.name}",
            text=_mail_text(invoice, organization, message),
            attachments=[Attachment(f"{invoice.number}.pdf", "application/pdf", pdf)],
            about=("invoice", invoice.id),
        )
    return invoice


def _mail_text(invoice: Invoice, organization: Organization, message: str | None) -> str:
    parts = [message.strip()] if message and message.strip() else []
    parts.append(
        f"Invoice {invoice.number} from {organization.name}\n"
        f"Issued {invoice.issue_date}, due {invoice.due_date}\n"
        f"Total: {format_money(invoice.total, invoice.currency)}\n\n"
        "The invoice is attached as a PDF."
    )
    return "\n\n".join(parts)


def format_money(amount: Decimal, currency: str) -> str:
    return f"{in_minor_units(amount, currency):,} {currency}"


async def invoice_for_payment(
    principal: Principal, invoice_id: object, *, action: str, allow_void: bool = False
) -> Invoice:
    """The invoice, locked for this transaction, in a state that takes payments (sent,
    partially paid or paid; void only when `allow_void`: refunds after voiding)."""
    _require(principal, action)
    parsed = parse_id(invoice_id, entity="invoice", field="invoice_id")
    invoice = await _invoices(principal).filter(id=parsed).select_for_update().first()
    if invoice is None:
        raise NotFound.entity("invoice", invoice_id, field="invoice_id")
    if invoice.status == InvoiceStatus.DRAFT:
        raise Conflict(
            "This invoice is still a draft: send it with invoices_send before recording payments.",
            field="invoice_id",
            reason="NOT_SENT",
        )
    if invoice.status == InvoiceStatus.VOID and not allow_void:
        raise Conflict(
            f"Invoice {invoice.number} is void; it takes no payments. Only refunds of its "
            "earlier payments (payments_refund) are possible.",
            field="invoice_id",
            reason="INVOICE_VOID",
        )
    return invoice


async def settle(principal: Principal, invoice: Invoice, *, amount_paid: Decimal) -> None:
    """Set the amount paid (payments less refunds), the balance and the status, in the caller's
    transaction; an invoice that becomes paid records invoice.paid."""
    uow = current_unit_of_work()
    if uow is None:
        raise RuntimeError("settle runs inside the payment's unit of work")
    invoice.amount_paid = in_minor_units(amount_paid, invoice.currency)
    if invoice.status == InvoiceStatus.VOID:
        invoice.balance = ZERO  # nothing is owed on a void invoice
        await invoice.save()
        return
    invoice.balance = invoice.total - invoice.amount_paid
    was_paid = invoice.status == InvoiceStatus.PAID
    if invoice.balance <= 0:
        invoice.status = InvoiceStatus.PAID
        if not was_paid:
            invoice.paid_at = datetime.now(UTC)
            uow.record(InvoiceEvent.PAID, invoice.id)
    else:
        invoice.status = (
            InvoiceStatus.PARTIALLY_PAID if invoice.amount_paid > 0 else (InvoiceStatus.SENT)
        )
        invoice.paid_at = None
    await invoice.save()


async def mark_paid(
    principal: Principal,
    *,
    invoice_id: InvoiceId,
    paid_on: Annotated[date | None, Doc("The day the money arrived; default today.")] = None,
) -> Invoice:
    """Record a payment of the whole balance."""
    # Imported here: payments depends on invoices (it settles them), not the other way round.
    from backend.payments import service as payments_service

    async with unit_of_work(principal):
        invoice = await invoice_for_payment(principal, invoice_id, action="record payments")
        if invoice.balance <= 0:
            raise Conflict(
                f"Invoice {invoice.number} is already paid in full.",
                field="invoice_id",
                reason="NOTHING_OWED",
            )
        await payments_service.record_payment(
            principal,
            invoice_id=str(invoice.id),
            amount=invoice.balance,
            paid_on=paid_on or _today(),
        )
        return await Invoice.get(id=invoice.id)


async def void_invoice(
    principal: Principal,
    *,
    invoice_id: InvoiceId,
    reason: Annotated[str, Doc("Why the invoice is void."), Bounds(max_length=MAX_REASON)],
) -> Invoice:
    """Void a sent or partially paid invoice; its number stays used, its time entries are
    unbilled again, its payments stay recorded (refund them with payments_refund)."""
    reason = clean_text(reason, max_length=MAX_REASON, field="reason", subject="The reason")
    async with unit_of_work(principal) as uow:
        _require(principal, "void invoices")
        parsed = parse_id(invoice_id, entity="invoice", field="invoice_id")
        invoice = await _invoices(principal).filter(id=parsed).select_for_update().first()
        if invoice is None:
            raise NotFound.entity("invoice", invoice_id, field="invoice_id")
        if invoice.status not in OPEN:
            hint = (
                "delete a draft with invoices_delete instead"
                if invoice.status == InvoiceStatus.DRAFT
                else "a paid invoice is settled; refund its payments with payments_refund"
                if invoice.status == InvoiceStatus.PAID
                else "it is void already"
            )
            raise Conflict(
                f"Only sent or partially paid invoices can be voided; this one is "
                f"{invoice.status.value}: {hint}.",
                field="invoice_id",
                reason="NOT_VOIDABLE",
            )
        invoice.status = InvoiceStatus.VOID
        invoice.voided_at = datetime.now(UTC)
        invoice.void_reason = reason
        invoice.balance = ZERO
        await invoice.save()
        await BilledTimeEntry.filter(invoice_id=invoice.id).delete()
        uow.record(InvoiceEvent.VOIDED, invoice.id)
    return invoice


async def invoice_pdf(principal: Principal, *, invoice_id: InvoiceId) -> tuple[Invoice, bytes]:
    """The invoice rendered to PDF (a draft shows DRAFT where the number goes)."""
    from backend.invoices.pdf import render_invoice_pdf

    invoice = await get_invoice(principal, invoice_id=invoice_id)
    lines = await lines_of(invoice.id)
    organization = await orgs_service.get_organization(principal)
    return invoice, render_invoice_pdf(invoice, lines, organization)

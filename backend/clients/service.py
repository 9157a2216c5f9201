"""Clients: who is billed. Names are unique per organization regardless of case; a client with
invoices is archived, never deleted; an archived client gets no new Spaces or invoices.

Clients are billing data: every tool here needs manage_billing, and rates also view_rates.
Other domains reach clients through `get_billable_client` (invoices), `get_assignable_client`
(Spaces) and `rates_by_id` (time entry rates).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, datetime
from decimal import Decimal
from typing import Annotated
from uuid import UUID

from tortoise.exceptions import IntegrityError
from tortoise.queryset import QuerySet

from backend.clients.arguments import (
    MAX_NAME,
    MAX_NOTE,
    Address,
    ClientId,
    ContactId,
    ContactRole,
    Email,
    HourlyRate,
    Notes,
    Phone,
    TaxId,
)
from backend.clients.events import ClientContactEvent, ClientEvent, ClientNoteEvent
from backend.clients.models import Client, ClientContact, ClientNote
from backend.core.arguments import DEFAULT_LIMIT, Bounds, Cursor, Doc, Limit
from backend.core.errors import Conflict, Invalid
from backend.core.lookups import get_in, in_organization
from backend.core.money import check_amount, check_currency, check_optional_amount
from backend.core.pagination import Page, paginate
from backend.core.permissions import Permission
from backend.core.principal import Principal
from backend.core.unit_of_work import unit_of_work
from backend.core.validation import clean_text
from backend.invoices.models import Invoice
from backend.orgs import service as orgs_service

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_MAX_RATE = Decimal("1000000")


def _require_billing(principal: Principal, action: str) -> None:
    principal.require(Permission.MANAGE_BILLING, action)


def _clean_name(name: str, *, subject: str = "The client name") -> str:
    return clean_text(name, max_length=MAX_NAME, field="name", subject=subject)


def _clean_optional(value: str | None, *, max_length: int, field: str) -> str | None:
    """Optional free text: trimmed, and blank means none."""
    if value is None:
        return None
    value = value.strip()
    if len(value) > max_length:
        raise Invalid(f"{field} is at most {max_length} characters.", field=field)
    return value or None


def _check_email(email: str | None, *, field: str = "email") -> str | None:
    email = _clean_optional(email, max_length=254, field=field)
    if email is not None and not _EMAIL.match(email):
        raise Invalid(
            f"'{email}' is not an email address; send one like billing@example.com.", field=field
        )
    return email


def _check_rate(principal: Principal, rate: Decimal | None, *, clearing: bool = False) -> None:
    if rate is not None or clearing:
        principal.require(Permission.VIEW_RATES, "set hourly rates")
    if rate is not None and not Decimal(0) <= rate < _MAX_RATE:
        raise Invalid(
            f"hourly_rate must be between 0 and {_MAX_RATE}; got {rate}.", field="hourly_rate"
        )


def _name_taken(name: str, existing: Client | None = None) -> Conflict:
    other = f" ('{existing.name}', id {existing.id})" if existing is not None else ""
    return Conflict(
        f"A client named '{name}' already exists{other}; names are unique regardless of case. "
        "Choose another name, or use that client (clients_list includes archived ones with "
        "include_archived).",
        field="name",
        reason="NAME_TAKEN",
    )


async def _refuse_taken_name(principal: Principal, name: str, *, except_id: UUID | None) -> None:
    query = in_organization(principal, Client).filter(name_key=name.casefold())
    if except_id is not None:
        query = query.exclude(id=except_id)
    existing = await query.first()
    if existing is not None:
        raise _name_taken(name, existing)


# Reads ---------------------------------------------------------------------------------------


async def get_client(
    principal: Principal, client_id: object, *, field: str = "client_id"
) -> Client:
    """A client of the principal's organization (manage_billing); others are "not found"."""
    _require_billing(principal, "see clients")
    return await get_in(in_organization(principal, Client), client_id, entity="client", field=field)


async def client_of_organization(
    principal: Principal, client_id: object, *, field: str = "client_id"
) -> Client:
    """A client of the organization, for filters and links other domains make by id (no billing
    permission needed: the caller learns only that the id exists)."""
    return await get_in(in_organization(principal, Client), client_id, entity="client", field=field)


def _refuse_archived(client: Client, *, what: str, field: str) -> None:
    if client.archived_at is not None:
        raise Conflict(
            f"Client '{client.name}' is archived and gets no new {what}. Unarchive it with "
            "clients_unarchive first.",
            field=field,
            reason="CLIENT_ARCHIVED",
        )


async def get_billable_client(
    principal: Principal, client_id: object, *, field: str = "client_id"
) -> Client:
    """A client that may get a new invoice: in the organization (manage_billing) and not
    archived (CONFLICT CLIENT_ARCHIVED naming clients_unarchive)."""
    client = await get_client(principal, client_id, field=field)
    _refuse_archived(client, what="invoices", field=field)
    return client


async def get_assignable_client(
    principal: Principal, client_id: object, *, field: str = "client_id"
) -> Client:
    """A client a Space may be linked to: in the organization and not archived."""
    client = await client_of_organization(principal, client_id, field=field)
    _refuse_archived(client, what="Spaces", field=field)
    return client


async def rate_currency(principal: Principal, client_id: UUID | None) -> str:
    """The currency a Space's rates are read in: its client's, else the organization's (the
    rule backend/time/rates.py states), so rates take that currency's places."""
    if client_id is not None:
        client = await Client.get_or_none(id=client_id, organization_id=principal.organization_id)
        if client is not None:
            return client.currency
    return (await orgs_service.get_organization(principal)).currency


async def rates_by_id(client_ids: Iterable[UUID]) -> dict[UUID, Decimal | None]:
    """Each client's hourly rate, in one query (for resolving time entry rates)."""
    ids = list(set(client_ids))
    if not ids:
        return {}
    rows = await Client.filter(id__in=ids).values_list("id", "hourly_rate")
    return {UUID(str(client_id)): rate for client_id, rate in rows}


async def billing_contact(client: Client) -> ClientContact | None:
    """The client's billing contact (invoices are mailed to it when no recipient is given)."""
    return await ClientContact.filter(client_id=client.id, is_billing_contact=True).first()


async def list_clients(
    principal: Principal,
    *,
    include_archived: Annotated[bool, Doc("Also list archived clients.")] = False,
    limit: Limit = DEFAULT_LIMIT,
    cursor: Cursor = None,
) -> Page[Client]:
    _require_billing(principal, "see clients")
    query = in_organization(principal, Client)
    if not include_archived:
        query = query.filter(archived_at__isnull=True)
    return await paginate(query, limit=limit, cursor=cursor, order_by="name_key")


async def get_client_tool(principal: Principal, *, client_id: ClientId) -> Client:
    return await get_client(principal, client_id)


# Changes -------------------------------------------------------------------------------------


async def create_client(
    principal: Principal,
    *,
    name: Annotated[
        str, Doc("The client's name, unique regardless of case."), Bounds(max_length=MAX_NAME)
    ],
    email: Email = None,
    currency: Annotated[
        str | None,
        Doc("The client's currency (ISO 4217, e.g. EUR); the organization's when omitted."),
        Bounds(max_length=3),
    ] = None,
    hourly_rate: HourlyRate = None,
    address: Address = None,
    tax_id: TaxId = None,
    notes: Notes = None,
) -> Client:
    _require_billing(principal, "create clients")
    name = _clean_name(name)
    email = _check_email(email)
    _check_rate(principal, hourly_rate)
    if currency is not None:
        currency = check_currency(currency)
    try:
        async with unit_of_work(principal) as uow:
            await _refuse_taken_name(principal, name, except_id=None)
            if currency is None:
                currency = (await orgs_service.get_organization(principal)).currency
            client = await Client.create(
                organization_id=principal.organization_id,
                name=name,
                name_key=name.casefold(),
                email=email,
                currency=currency,
                # The client's rate is in the client's currency: its places (JPY 0, KWD 3).
                hourly_rate=check_optional_amount(hourly_rate, currency, field="hourly_rate"),
                address=_clean_optional(address, max_length=2000, field="address"),
                tax_id=_clean_optional(tax_id, max_length=64, field="tax_id"),
                notes=_clean_optional(notes, max_length=10000, field="notes"),
            )
            uow.record(ClientEvent.CREATED, client.id)
    except IntegrityError:
        # A concurrent create took the name between the check and the insert.
        raise _name_taken(name) from None
    return client


async def _locked_client(principal: Principal, client_id: str) -> Client:
    """The client, its row locked until the transaction ends (billing contact, deletion)."""
    client = await get_client(principal, client_id)
    locked = await Client.filter(id=client.id).select_for_update().first()
    assert locked is not None  # just read, inside the same transaction
    return locked


async def update_client(
    principal: Principal,
    *,
    client_id: ClientId,
    name: Annotated[
        str | None,
        Doc("The client's new name, unique regardless of case."),
        Bounds(max_length=MAX_NAME),
    ] = None,
    email: Email = None,
    clear_email: Annotated[bool, Doc("Remove the client's email.")] = False,
    currency: Annotated[
        str | None,
        Doc("The client's currency for new invoices (ISO 4217); issued invoices keep theirs."),
        Bounds(max_length=3),
    ] = None,
    hourly_rate: HourlyRate = None,
    clear_hourly_rate: Annotated[bool, Doc("Remove the client's rate (needs view_rates).")] = False,
    address: Address = None,
    clear_address: Annotated[bool, Doc("Remove the address.")] = False,
    tax_id: TaxId = None,
    clear_tax_id: Annotated[bool, Doc("Remove the tax id.")] = False,
    notes: Notes = None,
    clear_notes: Annotated[bool, Doc("Remove the notes.")] = False,
) -> Client:
    """Change a client; omitted arguments stay unchanged, clear_* remove a value. Issued invoices
    keep the client's name and address as they were sent."""
    _require_billing(principal, "edit clients")
    _check_rate(principal, hourly_rate, clearing=clear_hourly_rate)
    changes: dict[str, object] = {}
    if name is not None:
        name = _clean_name(name)
        changes |= {"name": name, "name_key": name.casefold()}
    if clear_email:
        changes["email"] = None
    elif email is not None:
        changes["email"] = _check_email(email)
    if currency is not None:
        changes["currency"] = check_currency(currency)
    if clear_hourly_rate:
        changes["hourly_rate"] = None
    elif hourly_rate is not None:
        changes["hourly_rate"] = hourly_rate
    for key, value, clear, max_length in (
        ("address", address, clear_address, 2000),
        ("tax_id", tax_id, clear_tax_id, 64),
        ("notes", notes, clear_notes, 10000),
    ):
        if clear:
            changes[key] = None
        elif value is not None:
            changes[key] = _clean_optional(value, max_length=max_length, field=key)
    try:
        async with unit_of_work(principal) as uow:
            client = await get_client(principal, client_id)
            if name is not None:
                await _refuse_taken_name(principal, name, except_id=client.id)
            # The rate is in the client's currency (the new one when this call sets it).
            rate = changes.get("hourly_rate", client.hourly_rate)
            if isinstance(rate, Decimal) and ("hourly_rate" in changes or "currency" in changes):
                changes["hourly_rate"] = check_amount(
                    rate, str(changes.get("currency", client.currency)), field="hourly_rate"
                )
            changed = [key for key, value in changes.items() if getattr(client, key) != value]
            if changed:
                for key in changed:
                    setattr(client, key, changes[key])
                await client.save(update_fields=[*changed, "updated_at"])
                uow.record(ClientEvent.UPDATED, client.id)
    except IntegrityError:
        assert name is not None  # only a rename can break the unique name
        raise _name_taken(name) from None
    return client


async def set_archived(principal: Principal, *, client_id: ClientId, archived: bool) -> Client:
    """Archive (no new Spaces or invoices; history stays) or unarchive a client."""
    _require_billing(principal, "archive or unarchive clients")
    async with unit_of_work(principal) as uow:
        client = await get_client(principal, client_id)
        if (client.archived_at is not None) != archived:
            client.archived_at = datetime.now(UTC) if archived else None
            await client.save(update_fields=["archived_at", "updated_at"])
            uow.record(ClientEvent.ARCHIVED if archived else ClientEvent.UNARCHIVED, client.id)
    return client


async def delete_client(principal: Principal, *, client_id: ClientId) -> Client:
    """Delete a client without invoices, with its contacts and notes; its Spaces stay, without
    a client. One with invoices is refused: archive it instead."""
    _require_billing(principal, "delete clients")
    async with unit_of_work(principal) as uow:
        client = await _locked_client(principal, client_id)
        invoices = await Invoice.filter(client_id=client.id).count()
        if invoices:
            raise Conflict(
                f"Client '{client.name}' has {invoices} invoice{'s' if invoices != 1 else ''}, "
                "which must stay with it, so it cannot be deleted. Archive it with "
                "clients_archive instead: it keeps its history and gets no new Spaces or invoices.",
                field="client_id",
                reason="CLIENT_HAS_INVOICES",
            )
        # Imported here: the projects domain depends on clients (a Space's client), not the reverse.
        from backend.projects import service as projects_service

        await projects_service.record_client_detached(principal, client_id=client.id)
        await client.delete()
        uow.record(ClientEvent.DELETED, client.id)
    return client


# Contacts ------------------------------------------------------------------------------------


async def list_contacts(
    principal: Principal,
    *,
    client_id: ClientId,
    limit: Limit = DEFAULT_LIMIT,
    cursor: Cursor = None,
) -> Page[ClientContact]:
    client = await get_client(principal, client_id)
    query = ClientContact.filter(client_id=client.id)
    return await paginate(query, limit=limit, cursor=cursor, order_by="created_at")


def _contacts_of(principal: Principal) -> QuerySet[ClientContact]:
    return in_organization(principal, ClientContact)


async def _unset_billing_contact(client: Client, *, keep: UUID | None) -> list[UUID]:
    """Unset the client's billing contact (but `keep`); the ids that changed."""
    query = ClientContact.filter(client_id=client.id, is_billing_contact=True)
    if keep is not None:
        query = query.exclude(id=keep)
    previous = list(await query.values_list("id", flat=True))
    if previous:
        await ClientContact.filter(id__in=previous).update(is_billing_contact=False)
    return [UUID(str(contact_id)) for contact_id in previous]


def _billing_needs_email(email: str | None) -> None:
    if email is None:
        raise Invalid(
            "A billing contact needs an email: invoices_send mails invoices to it. Give email "
            "too, or leave is_billing_contact false.",
            field="email",
            reason="BILLING_CONTACT_EMAIL",
        )


async def create_contact(
    principal: Principal,
    *,
    client_id: ClientId,
    name: Annotated[str, Doc("The contact's name."), Bounds(max_length=MAX_NAME)],
    email: Email = None,
    phone: Phone = None,
    role: ContactRole = None,
    is_billing_contact: Annotated[
        bool,
        Doc(
            "Make this the client's billing contact (invoices go to it); the previous one is unset."
        ),
    ] = False,
) -> ClientContact:
    _require_billing(principal, "manage client contacts")
    name = _clean_name(name, subject="The contact name")
    email = _check_email(email)
    if is_billing_contact:
        _billing_needs_email(email)
    async with unit_of_work(principal) as uow:
        client = await _locked_client(principal, client_id)
        unset = await _unset_billing_contact(client, keep=None) if is_billing_contact else []
        contact = await ClientContact.create(
            organization_id=principal.organization_id,
            client_id=client.id,
            name=name,
            email=email,
            phone=_clean_optional(phone, max_length=50, field="phone"),
            role=_clean_optional(role, max_length=100, field="role"),
            is_billing_contact=is_billing_contact,
        )
        for previous in unset:
            uow.record(ClientContactEvent.UPDATED, previous)
        uow.record(ClientContactEvent.CREATED, contact.id)
    return contact


async def update_contact(
    principal: Principal,
    *,
    contact_id: ContactId,
    name: Annotated[str | None, Doc("The contact's new name."), Bounds(max_length=MAX_NAME)] = None,
    email: Email = None,
    clear_email: Annotated[bool, Doc("Remove the email (not of the billing contact).")] = False,
    phone: Phone = None,
    clear_phone: Annotated[bool, Doc("Remove the phone number.")] = False,
    role: ContactRole = None,
    clear_role: Annotated[bool, Doc("Remove the role.")] = False,
    is_billing_contact: Annotated[
        bool | None,
        Doc("true makes this the billing contact (the previous one is unset); false unsets it."),
    ] = None,
) -> ClientContact:
    _require_billing(principal, "manage client contacts")
    changes: dict[str, object] = {}
    if name is not None:
        changes["name"] = _clean_name(name, subject="The contact name")
    if clear_email:
        changes["email"] = None
    elif email is not None:
        changes["email"] = _check_email(email)
    for key, value, clear, max_length in (
        ("phone", phone, clear_phone, 50),
        ("role", role, clear_role, 100),
    ):
        if clear:
            changes[key] = None
        elif value is not None:
            changes[key] = _clean_optional(value, max_length=max_length, field=key)
    if is_billing_contact is not None:
        changes["is_billing_contact"] = is_billing_contact
    async with unit_of_work(principal) as uow:
        contact = await get_in(
            _contacts_of(principal), contact_id, entity="contact", field="contact_id"
        )
        client = await _locked_client(principal, str(contact.client_id))
        will_bill = changes.get("is_billing_contact", contact.is_billing_contact)
        if will_bill:
            _billing_needs_email(changes.get("email", contact.email))  # type: ignore[arg-type]
        unset = await _unset_billing_contact(client, keep=contact.id) if is_billing_contact else []
        changed = [key for key, value in changes.items() if getattr(contact, key) != value]
        if changed:
            for key in changed:
                setattr(contact, key, changes[key])
            await contact.save(update_fields=[*changed, "updated_at"])
        for previous in unset:
            uow.record(ClientContactEvent.UPDATED, previous)
        if changed:
            uow.record(ClientContactEvent.UPDATED, contact.id)
    return contact


async def delete_contact(principal: Principal, *, contact_id: ContactId) -> ClientContact:
    _require_billing(principal, "manage client contacts")
    async with unit_of_work(principal) as uow:
        contact = await get_in(
            _contacts_of(principal), contact_id, entity="contact", field="contact_id"
        )
        await contact.delete()
        uow.record(ClientContactEvent.DELETED, contact.id)
    return contact


# Notes ---------------------------------------------------------------------------------------


async def add_note(
    principal: Principal,
    *,
    client_id: ClientId,
    body: Annotated[str, Doc("The note's text."), Bounds(max_length=MAX_NOTE)],
) -> ClientNote:
    """Add a note to the client's history (clients_activity_list shows it)."""
    _require_billing(principal, "add client notes")
    body = clean_text(body, max_length=MAX_NOTE, field="body", subject="The note")
    async with unit_of_work(principal) as uow:
        client = await get_client(principal, client_id)
        note = await ClientNote.create(
            organization_id=principal.organization_id,
            client_id=client.id,
            author_id=principal.user_id,
            body=body,
        )
        uow.record(ClientNoteEvent.ADDED, note.id)
    return note

"""GraphQL types of clients, their contacts and notes, and their activity."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import strawberry

from backend.clients import activity, models
from backend.clients.activity import ActivityKind as ActivityKindValue
from backend.core.permissions import Permission
from backend.core.resolvers import AppInfo
from backend.core.rows import FromRow, from_row

strawberry.enum(
    ActivityKindValue,
    name="ClientActivityKind",
    description="What happened in a client's history.",
)
ActivityKind = ActivityKindValue


@strawberry.type(description="A client: who is billed for a Space's time and invoices.")
class Client:
    id: strawberry.ID
    name: str
    email: str | None
    currency: str = strawberry.field(
        description="ISO 4217 currency of the client's invoices (and of rates that bill it)."
    )
    address: str | None
    tax_id: str | None
    notes: str | None
    archived: bool = strawberry.field(
        description="An archived client keeps its history but gets no new Spaces or invoices."
    )
    archived_at: datetime | None
    created_at: datetime
    updated_at: datetime
    rate: strawberry.Private[Decimal | None]

    @strawberry.field(
        description="Hourly rate of the client's Spaces; null unless you may view rates "
        "(view_rates) or none is set."
    )
    def hourly_rate(self, info: AppInfo) -> Decimal | None:
        return self.rate if info.context.principal.can(Permission.VIEW_RATES) else None

    @classmethod
    def from_model(cls, row: models.Client) -> Client:
        return from_row(cls, row, archived=row.archived_at is not None, rate=row.hourly_rate)


@strawberry.type(description="A person at a client; one may be the billing contact.")
class ClientContact(FromRow):
    id: strawberry.ID
    client_id: strawberry.ID
    name: str
    email: str | None
    phone: str | None
    role: str | None
    is_billing_contact: bool = strawberry.field(
        description="Invoices are mailed to the billing contact when no recipient is given."
    )
    created_at: datetime
    updated_at: datetime


@strawberry.type(description="A note kept in a client's history.")
class ClientNote(FromRow):
    id: strawberry.ID
    client_id: strawberry.ID
    author_id: strawberry.ID | None
    body: str
    created_at: datetime


@strawberry.type(description="One event of a client's history.")
class ClientActivity(FromRow):
    kind: ActivityKind
    occurred_at: datetime
    summary: str = strawberry.field(description="What happened, in a sentence (a note's text).")
    entity_id: strawberry.ID = strawberry.field(
        description="The Space, invoice, payment or note it is about."
    )
    actor_id: strawberry.ID | None
    project_id: strawberry.ID | None
    invoice_id: strawberry.ID | None
    payment_id: strawberry.ID | None
    note_id: strawberry.ID | None
    amount: Decimal | None = strawberry.field(
        description="The invoice total or the payment's amount, in currency."
    )
    currency: str | None

    @classmethod
    def from_model(cls, row: activity.Activity) -> ClientActivity:
        return from_row(cls, row)

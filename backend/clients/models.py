"""Clients (who is billed), their contacts and the notes kept about them."""

from __future__ import annotations

from typing import TYPE_CHECKING
from uuid import UUID

from tortoise import fields

from backend.core.models import Entity

if TYPE_CHECKING:
    from backend.orgs.models import Organization
    from backend.users.models import User


class Client(Entity):
    organization: fields.ForeignKeyRelation[Organization] = fields.ForeignKeyField(
        "models.Organization", related_name="clients", on_delete=fields.CASCADE
    )
    name = fields.CharField(max_length=200)
    # The name case-folded: unique per organization regardless of case.
    name_key = fields.CharField(max_length=200)
    email = fields.CharField(max_length=254, null=True)
    currency = fields.CharField(max_length=3)  # ISO 4217; the organization's when not given
    hourly_rate = fields.DecimalField(max_digits=14, decimal_places=4, null=True)
    address = fields.TextField(null=True)
    tax_id = fields.CharField(max_length=64, null=True)
    notes = fields.TextField(null=True)
    # An archived client keeps its history but gets no new projects or invoices.
    archived_at = fields.DatetimeField(null=True)

    organization_id: UUID

    class Meta:
        table = "clients"
        unique_together = (("organization", "name_key"),)


class ClientContact(Entity):
    organization: fields.ForeignKeyRelation[Organization] = fields.ForeignKeyField(
        "models.Organization", related_name=None, on_delete=fields.CASCADE
    )
    client: fields.ForeignKeyRelation[Client] = fields.ForeignKeyField(
        "models.Client", related_name="contacts", on_delete=fields.CASCADE
    )
    name = fields.CharField(max_length=200)
    email = fields.CharField(max_length=254, null=True)
    phone = fields.CharField(max_length=50, null=True)
    role = fields.CharField(max_length=100, null=True)
    # At most one per client: invoices are emailed to it when no recipient is given.
    is_billing_contact = fields.BooleanField(default=False, db_default=False)

    organization_id: UUID
    client_id: UUID

    class Meta:
        table = "client_contacts"
        indexes = (("client_id", "created_at", "id"),)  # clients_contacts_list


class ClientNote(Entity):
    organization: fields.ForeignKeyRelation[Organization] = fields.ForeignKeyField(
        "models.Organization", related_name=None, on_delete=fields.CASCADE
    )
    client: fields.ForeignKeyRelation[Client] = fields.ForeignKeyField(
        "models.Client", related_name="client_notes", on_delete=fields.CASCADE
    )
    author: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name=None, null=True, on_delete=fields.SET_NULL
    )
    body = fields.TextField()

    organization_id: UUID
    client_id: UUID

    class Meta:
        table = "client_notes"
        indexes = (("client_id", "created_at"),)

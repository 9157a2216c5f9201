"""Client reads."""

from __future__ import annotations

import strawberry

from backend.clients import activity, service
from backend.clients.types import Client, ClientActivity, ClientContact
from backend.core.fields import connection, query


@strawberry.type
class ClientsQuery:
    clients_list = connection(
        service.list_clients,
        Client,
        description="Clients by name (archived ones with include_archived); needs manage_billing.",
    )
    clients_get = query(service.get_client_tool, Client, description="One client.")
    clients_contacts_list = connection(
        service.list_contacts, ClientContact, description="A client's contacts, oldest first."
    )
    clients_activity_list = connection(
        activity.list_activity,
        ClientActivity,
        description="A client's history, newest first: Spaces, invoices created, sent, paid and "
        "voided, payments and refunds, notes.",
    )

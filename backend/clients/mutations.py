"""Client changes."""

from __future__ import annotations

from functools import partial

import strawberry

from backend.clients import service
from backend.clients.types import Client, ClientContact, ClientNote
from backend.core.fields import mutation


@strawberry.type
class ClientsMutation:
    clients_create = mutation(
        service.create_client,
        Client,
        description="Create a client; its name is unique regardless of case, its currency the "
        "organization's unless given.",
    )
    clients_update = mutation(
        service.update_client,
        Client,
        description="Change a client; omitted arguments stay unchanged, clear_* remove a value.",
    )
    clients_archive = mutation(
        partial(service.set_archived, archived=True),
        Client,
        description="Archive a client: its history stays, it gets no new Spaces or invoices.",
    )
    clients_unarchive = mutation(
        partial(service.set_archived, archived=False),
        Client,
        description="Unarchive a client: it can get Spaces and invoices again.",
    )
    clients_delete = mutation(
        service.delete_client,
        Client,
        description="Delete a client without invoices, with its contacts and notes; its Spaces "
        "stay without a client. One with invoices is refused: archive it instead.",
    )
    clients_contacts_create = mutation(
        service.create_contact,
        ClientContact,
        description="Add a contact to a client; is_billing_contact makes it the one invoices "
        "are mailed to.",
    )
    clients_contacts_update = mutation(
        service.update_contact,
        ClientContact,
        description="Change a contact; omitted arguments stay unchanged, clear_* remove a value.",
    )
    clients_contacts_delete = mutation(
        service.delete_contact, ClientContact, description="Delete a client's contact for good."
    )
    clients_notes_add = mutation(
        service.add_note, ClientNote, description="Add a note to a client's history."
    )

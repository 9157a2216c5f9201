"""Client arguments that recur across service signatures, in this and other domains."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, TypeAlias

from backend.core.arguments import Bounds, Doc, Id

MAX_NAME = 200
MAX_EMAIL = 254
MAX_ADDRESS = 2_000
MAX_TAX_ID = 64
MAX_NOTES = 10_000
MAX_PHONE = 50
MAX_ROLE = 100
MAX_NOTE = 10_000

ClientId: TypeAlias = Annotated[Id, Doc("The client's id (from clients_list).")]
ContactId: TypeAlias = Annotated[Id, Doc("The contact's id (from clients_contacts_list).")]
Email: TypeAlias = Annotated[
    str | None, Doc("An email address, e.g. billing@example.com."), Bounds(max_length=MAX_EMAIL)
]
HourlyRate: TypeAlias = Annotated[
    Decimal | None,
    Doc(
        "Hourly rate of the client's Spaces, in the client's currency, e.g. \"120.00\" "
        "(needs view_rates)."
    ),
]
Address: TypeAlias = Annotated[
    str | None, Doc("Postal address, as printed on invoices."), Bounds(max_length=MAX_ADDRESS)
]
TaxId: TypeAlias = Annotated[
    str | None, Doc("Tax or VAT number, as printed on invoices."), Bounds(max_length=MAX_TAX_ID)
]
Notes: TypeAlias = Annotated[
    str | None, Doc("Internal notes about the client."), Bounds(max_length=MAX_NOTES)
]
Phone: TypeAlias = Annotated[str | None, Doc("A phone number."), Bounds(max_length=MAX_PHONE)]
ContactRole: TypeAlias = Annotated[
    str | None, Doc("The contact's role, e.g. Accounts payable."), Bounds(max_length=MAX_ROLE)
]

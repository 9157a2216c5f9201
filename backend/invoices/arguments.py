"""Invoice arguments that recur across service signatures, and the discount input."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, TypeAlias

from backend.core.arguments import MAX_DESCRIPTION, Bounds, Doc, Id
from backend.invoices.models import DiscountKind

InvoiceId: TypeAlias = Annotated[Id, Doc("The invoice's id (from invoices_list).")]
LineItemId: TypeAlias = Annotated[Id, Doc("The line item's id (from invoices_get: lines { id }).")]
ClientId: TypeAlias = Annotated[Id, Doc("The client billed (from clients_list).")]
Notes: TypeAlias = Annotated[
    str | None, Doc("Notes printed on the invoice."), Bounds(max_length=MAX_DESCRIPTION)
]
TaxRate: TypeAlias = Annotated[
    Decimal | None,
    Doc('Tax rate in percent (e.g. "19" for 19%), 0 to 100; the default for the invoice\'s lines.'),
]
MAX_LINE_DESCRIPTION = 2_000
MAX_RECIPIENTS = 10
MAX_EMAIL = 254
MAX_MESSAGE = 10_000
MAX_REASON = 2_000


@dataclass(frozen=True)
class Discount:
    """An invoice discount, before tax: a percent of the subtotal, or an amount."""

    kind: DiscountKind
    value: Decimal


class InvoiceListStatus(StrEnum):
    """The stored states, plus `overdue` (sent or partially paid, balance > 0, past due)."""

    DRAFT = "draft"
    SENT = "sent"
    PARTIALLY_PAID = "partially_paid"
    PAID = "paid"
    VOID = "void"
    OVERDUE = "overdue"


class GroupBy(StrEnum):
    """How invoices_create_from_time turns entries into lines."""

    ENTRY = "entry"
    TASK = "task"
    PROJECT = "project"
    DAY = "day"
    PERSON = "person"

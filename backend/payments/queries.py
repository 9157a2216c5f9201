"""Payment reads (billing data: manage_billing)."""

from __future__ import annotations

import strawberry

from backend.core.fields import connection, query
from backend.payments import service
from backend.payments.types import Payment


@strawberry.type
class PaymentsQuery:
    payments_list = connection(
        service.list_payments,
        Payment,
        description="Payments and refunds, newest first; filter by invoice, client and day.",
    )
    payments_get = query(service.get_payment, Payment, description="One payment or refund.")

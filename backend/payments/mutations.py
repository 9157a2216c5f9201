"""Payment changes; each recomputes its invoice's balance and status in the same transaction."""

from __future__ import annotations

import strawberry

from backend.core.fields import mutation
from backend.payments import service
from backend.payments.types import Payment


@strawberry.type
class PaymentsMutation:
    payments_record = mutation(
        service.record_payment,
        Payment,
        description="Record money received against a sent invoice, at most its balance.",
    )
    payments_update = mutation(
        service.update_payment, Payment, description="Correct a recorded payment."
    )
    payments_delete = mutation(
        service.delete_payment, Payment, description="Delete a payment recorded by mistake."
    )
    payments_refund = mutation(
        service.refund_payment,
        Payment,
        description="Refund a payment, at most what it paid less earlier refunds.",
    )

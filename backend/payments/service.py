"""Payments against sent invoices, and refunds of them.

Every change recomputes its invoice's amount paid (payments less refunds, summed exactly in
Python), balance and status through invoices.service.settle, in the same transaction, with the
invoice's row locked so concurrent payments cannot overpay it.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Annotated, TypeAlias

from backend.core.arguments import DEFAULT_LIMIT, MAX_DESCRIPTION, Bounds, Cursor, Doc, Id, Limit
from backend.core.errors import Conflict, Invalid
from backend.core.lookups import get_in, in_organization
from backend.core.money import check_amount
from backend.core.pagination import Page, paginate
from backend.core.permissions import Permission
from backend.core.principal import Principal
from backend.core.unit_of_work import unit_of_work
from backend.invoices import service as invoices_service
from backend.invoices.models import Invoice
from backend.payments.events import PaymentEvent
from backend.payments.models import Payment, PaymentKind

PaymentId: TypeAlias = Annotated[Id, Doc("The payment's id (from payments_list).")]
Method: TypeAlias = Annotated[
    str | None, Doc("How it was paid: bank transfer, card, cash…"), Bounds(max_length=50)
]
Reference: TypeAlias = Annotated[
    str | None, Doc("The bank's or processor's reference."), Bounds(max_length=200)
]
ZERO = Decimal(0)


def _require(principal: Principal, action: str) -> None:
    principal.require(Permission.MANAGE_BILLING, action)


async def net_paid(invoice_id: object) -> Decimal:
    """Payments less refunds of the invoice, exact."""
    rows = await Payment.filter(invoice_id=invoice_id).values_list("kind", "amount")
    return (
        sum(
            (Decimal(amount) if kind == PaymentKind.PAYMENT else -Decimal(amount))
            for kind, amount in rows
        )
        or ZERO
    )


async def refunded(payment_id: object) -> Decimal:
    amounts = await Payment.filter(refund_of_id=payment_id).values_list("amount", flat=True)
    return sum((Decimal(a) for a in amounts), ZERO)


async def _settle(principal: Principal, invoice: Invoice) -> None:
    await invoices_service.settle(principal, invoice, amount_paid=await net_paid(invoice.id))


def _positive(amount: Decimal, invoice: Invoice) -> Decimal:
    if amount <= 0:
        raise Invalid("amount must be more than 0.", field="amount", reason="AMOUNT_RANGE")
    return check_amount(amount, invoice.currency, field="amount")


def _overpaid(invoice: Invoice, balance: Decimal) -> Invalid:
    return Invalid(
        f"That is more than invoice {invoice.number} owes: its balance is "
        f"{invoices_service.format_money(balance, invoice.currency)}. Record at most the balance.",
        field="amount",
        reason="OVERPAYMENT",
    )


async def get_payment(principal: Principal, *, payment_id: PaymentId) -> Payment:
    _require(principal, "read payments")
    return await get_in(
        in_organization(principal, Payment), payment_id, entity="payment", field="payment_id"
    )


async def list_payments(
    principal: Principal,
    *,
    invoice_id: Annotated[Id | None, Doc("Only this invoice's payments.")] = None,
    client_id: Annotated[Id | None, Doc("Only payments of this client's invoices.")] = None,
    from_: Annotated[date | None, Doc("Only payments made on or after this day.")] = None,
    to: Annotated[date | None, Doc("Only payments made on or before this day.")] = None,
    limit: Limit = DEFAULT_LIMIT,
    cursor: Cursor = None,
) -> Page[Payment]:
    """Payments and refunds, newest first."""
    _require(principal, "read payments")
    query = in_organization(principal, Payment)
    if invoice_id is not None:
        invoice = await invoices_service.get_invoice(principal, invoice_id=invoice_id)
        # The invoice is the organization's: filtering by the organization as well would draw
        # the count to the organization's index instead of the invoice's.
        query = Payment.filter(invoice_id=invoice.id)
    if client_id is not None:
        client = await invoices_service.client_of(principal, client_id)
        query = query.filter(invoice__client_id=client.id)
    if from_ is not None:
        query = query.filter(paid_on__gte=from_)
    if to is not None:
        query = query.filter(paid_on__lte=to)
    return await paginate(query, limit=limit, cursor=cursor, order_by="created_at", descending=True)


async def record_payment(
    principal: Principal,
    *,
    invoice_id: Annotated[Id, Doc("The invoice paid (from invoices_list).")],
    amount: Annotated[Decimal, Doc("The amount received, more than 0, at most the balance.")],
    paid_on: Annotated[date, Doc("The day the money arrived.")],
    method: Method = None,
    reference: Reference = None,
) -> Payment:
    async with unit_of_work(principal) as uow:
        invoice = await invoices_service.invoice_for_payment(
            principal, invoice_id, action="record payments"
        )
        amount = _positive(amount, invoice)
        if amount > invoice.balance:
            raise _overpaid(invoice, invoice.balance)
        payment = await Payment.create(
            organization_id=principal.organization_id,
            invoice_id=invoice.id,
            kind=PaymentKind.PAYMENT,
            amount=amount,
            currency=invoice.currency,
            paid_on=paid_on,
            method=method,
            reference=reference,
            recorded_by_id=principal.user_id,
        )
        await _settle(principal, invoice)
        uow.record(PaymentEvent.RECORDED, payment.id)
    return payment


async def _own_payment(
    principal: Principal, payment_id: str, action: str, *, allow_void: bool = False
) -> tuple[Payment, Invoice]:
    payment = await get_payment(principal, payment_id=payment_id)
    invoice = await invoices_service.invoice_for_payment(
        principal, payment.invoice_id, action=action, allow_void=allow_void
    )
    # Read again under the invoice's lock: a concurrent change may have refunded it.
    return await Payment.get(id=payment.id), invoice


async def update_payment(
    principal: Principal,
    *,
    payment_id: PaymentId,
    amount: Annotated[Decimal | None, Doc("The corrected amount.")] = None,
    paid_on: Annotated[date | None, Doc("The corrected day.")] = None,
    method: Method = None,
    reference: Reference = None,
) -> Payment:
    """Correct a payment (not a refund: delete a wrong refund and refund again)."""
    async with unit_of_work(principal) as uow:
        payment, invoice = await _own_payment(principal, payment_id, "edit payments")
        if payment.kind != PaymentKind.PAYMENT:
            raise Conflict(
                "This is a refund; refunds are not edited. Delete it with payments_delete and "
                "refund again with payments_refund.",
                field="payment_id",
                reason="REFUND_NOT_EDITABLE",
            )
        if amount is not None:
            amount = _positive(amount, invoice)
            already = await refunded(payment.id)
            if amount < already:
                raise Invalid(
                    f"This payment has {invoices_service.format_money(already, invoice.currency)} "
                    "refunded; its amount cannot be less than that.",
                    field="amount",
                    reason="BELOW_REFUNDED",
                )
            balance_without = invoice.total - (await net_paid(invoice.id) - payment.amount)
            if amount > balance_without:
                raise _overpaid(invoice, balance_without)
            payment.amount = amount
        if paid_on is not None:
            payment.paid_on = paid_on
        if method is not None:
            payment.method = method
        if reference is not None:
            payment.reference = reference
        await payment.save()
        await _settle(principal, invoice)
        uow.record(PaymentEvent.UPDATED, payment.id)
    return payment


async def delete_payment(principal: Principal, *, payment_id: PaymentId) -> Payment:
    """Delete a payment recorded by mistake (its refunds go with it) or a refund."""
    async with unit_of_work(principal) as uow:
        payment, invoice = await _own_payment(principal, payment_id, "delete payments")
        if (
            payment.kind == PaymentKind.REFUND
            and await net_paid(invoice.id) + payment.amount > invoice.total
        ):
            raise Conflict(
                "Deleting this refund would make the invoice paid more than its total. "
                "Delete or correct a later payment first.",
                field="payment_id",
                reason="OVERPAYMENT",
            )
        await Payment.filter(refund_of_id=payment.id).delete()
        await payment.delete()
        await _settle(principal, invoice)
        uow.record(PaymentEvent.DELETED, payment.id)
    return payment


async def refund_payment(
    principal: Principal,
    *,
    payment_id: PaymentId,
    amount: Annotated[
        Decimal | None, Doc("How much to return; default all that is left of the payment.")
    ] = None,
    reason: Annotated[str | None, Doc("Why."), Bounds(max_length=MAX_DESCRIPTION)] = None,
) -> Payment:
    """Refund a payment, at most what it paid net of earlier refunds; also after a void."""
    async with unit_of_work(principal) as uow:
        payment, invoice = await _own_payment(
            principal, payment_id, "refund payments", allow_void=True
        )
        if payment.kind != PaymentKind.PAYMENT:
            raise Conflict(
                "This is a refund already; refund the payment it belongs to.",
                field="payment_id",
                reason="REFUND_OF_REFUND",
            )
        left = payment.amount - await refunded(payment.id)
        if left <= 0:
            raise Conflict(
                "This payment is refunded in full already.",
                field="payment_id",
                reason="NOTHING_TO_REFUND",
            )
        amount = left if amount is None else _positive(amount, invoice)
        if amount > left:
            raise Invalid(
                f"At most {invoices_service.format_money(left, invoice.currency)} of this "
                "payment can be refunded (what it paid, less earlier refunds).",
                field="amount",
                reason="OVER_REFUND",
            )
        refund = await Payment.create(
            organization_id=principal.organization_id,
            invoice_id=invoice.id,
            kind=PaymentKind.REFUND,
            refund_of_id=payment.id,
            amount=amount,
            currency=invoice.currency,
            paid_on=datetime.now(UTC).date(),
            method=payment.method,
            notes=reason,
            recorded_by_id=principal.user_id,
        )
        await _settle(principal, invoice)
        uow.record(PaymentEvent.REFUNDED, refund.id)
    return refund

"""Invoice arithmetic: line amounts, the invoice discount, taxes per line, totals and balance.

Pure and exact (Decimal, half-up to the currency's minor unit, never float):
- a line's amount is quantity x unit price, rounded to the minor unit per line;
- the discount (a percent of the subtotal, or a fixed amount) applies before tax. Its total is
  spread over the lines pro rata to their amounts, each share rounded to the minor unit, and the
  rounding remainder goes to the last line with a non-zero amount, so the shares add up exactly;
- each line is taxed at its own rate on its amount less its discount share, rounded per line;
- total = subtotal - discount + tax; balance = total - amount paid.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from backend.core.money import in_minor_units
from backend.invoices.models import DiscountKind

HUNDRED = Decimal(100)
ZERO = Decimal(0)


@dataclass(frozen=True)
class LineInput:
    quantity: Decimal
    unit_price: Decimal
    tax_rate: Decimal = ZERO  # percent


@dataclass(frozen=True)
class LineTotals:
    amount: Decimal  # quantity x unit price, rounded
    discount: Decimal  # this line's share of the invoice discount
    tax: Decimal


@dataclass(frozen=True)
class Totals:
    lines: tuple[LineTotals, ...]
    subtotal: Decimal
    discount_total: Decimal
    tax_total: Decimal
    total: Decimal
    amount_paid: Decimal
    balance: Decimal


def line_amount(quantity: Decimal, unit_price: Decimal, currency: str) -> Decimal:
    return in_minor_units(quantity * unit_price, currency)


def discount_of(
    subtotal: Decimal, kind: DiscountKind | None, value: Decimal | None, currency: str
) -> Decimal:
    """The invoice discount, at most the subtotal."""
    if kind is None or value is None:
        return in_minor_units(ZERO, currency)
    if kind is DiscountKind.PERCENT:
        discount = in_minor_units(subtotal * value / HUNDRED, currency)
    else:
        discount = in_minor_units(value, currency)
    return min(discount, subtotal)


def spread(total: Decimal, weights: Sequence[Decimal], currency: str) -> list[Decimal]:
    """`total` split pro rata to `weights`, each share rounded; the remainder on the last
    non-zero weight, so the shares add up to `total` exactly."""
    whole = sum(weights, ZERO)
    if whole == 0:
        return [in_minor_units(ZERO, currency) for _ in weights]
    shares = [in_minor_units(total * weight / whole, currency) for weight in weights]
    last = max(index for index, weight in enumerate(weights) if weight != 0)
    shares[last] += total - sum(shares, ZERO)
    return shares


def compute(
    lines: Sequence[LineInput],
    *,
    currency: str,
    discount_kind: DiscountKind | None = None,
    discount_value: Decimal | None = None,
    amount_paid: Decimal = ZERO,
) -> Totals:
    amounts = [line_amount(line.quantity, line.unit_price, currency) for line in lines]
    subtotal = in_minor_units(sum(amounts, ZERO), currency)
    discount_total = discount_of(subtotal, discount_kind, discount_value, currency)
    shares = spread(discount_total, amounts, currency)
    taxes = [
        in_minor_units((amount - share) * line.tax_rate / HUNDRED, currency)
        for line, amount, share in zip(lines, amounts, shares, strict=True)
    ]
    tax_total = in_minor_units(sum(taxes, ZERO), currency)
    total = subtotal - discount_total + tax_total
    paid = in_minor_units(amount_paid, currency)
    return Totals(
        lines=tuple(
            LineTotals(amount=a, discount=s, tax=t)
            for a, s, t in zip(amounts, shares, taxes, strict=True)
        ),
        subtotal=subtotal,
        discount_total=discount_total,
        tax_total=tax_total,
        total=total,
        amount_paid=paid,
        balance=total - paid,
    )

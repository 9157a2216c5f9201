"""Exact amounts: Decimals quantized to cents (never float), the same on every database."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")


def cents(value: Decimal) -> Decimal:
    return value.quantize(CENT, ROUND_HALF_UP)


def optional_cents(value: Decimal | None) -> Decimal | None:
    return None if value is None else cents(value)

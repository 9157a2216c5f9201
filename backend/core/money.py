"""Exact amounts: Decimals (never float), rounded half-up, the same on every database.

Rates are kept in cents; invoice amounts in their currency's minor unit, whose number of digits
(JPY 0, EUR 2, KWD 3) comes from the CLDR data of Babel, not from a table of ours.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from functools import cache

from babel.numbers import get_currency_precision, list_currencies

from backend.core.errors import Invalid

CENT = Decimal("0.01")


def cents(value: Decimal) -> Decimal:
    return value.quantize(CENT, ROUND_HALF_UP)


def optional_cents(value: Decimal | None) -> Decimal | None:
    return None if value is None else cents(value)


@cache
def _currencies() -> frozenset[str]:
    return frozenset(list_currencies())


def check_currency(code: str, *, field: str = "currency") -> str:
    """An ISO 4217 code, upper-cased; anything else is refused with what to send instead."""
    normalized = code.strip().upper()
    if normalized not in _currencies():
        raise Invalid(
            f"{code!r} is not an ISO 4217 currency code. Send three letters such as "
            "USD, EUR, GBP or JPY.",
            field=field,
            reason="UNKNOWN_CURRENCY",
        )
    return normalized


@cache
def minor_digits(currency: str) -> int:
    """How many decimal digits the currency's minor unit has (JPY 0, EUR 2, KWD 3)."""
    return int(get_currency_precision(currency))


def in_minor_units(value: Decimal, currency: str) -> Decimal:
    """The amount rounded half-up to the currency's minor unit."""
    return value.quantize(Decimal(1).scaleb(-minor_digits(currency)), ROUND_HALF_UP)

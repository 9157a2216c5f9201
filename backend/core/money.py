"""Exact amounts: Decimals (never float), rounded half-up, the same on every database.

Every amount a caller sends (unit prices, payments, refunds, discounts, hourly and cost rates)
has at most as many decimals as its currency's minor unit, whose number of digits (JPY 0, EUR 2,
KWD 3, CLF 4) comes from the CLDR data of Babel, not from a table of ours. The columns keep four
places, the most any currency has (MAX_PLACES); computed amounts are rounded half-up to the minor
unit.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from functools import cache

from babel.numbers import get_currency_precision, list_currencies

from backend.core.errors import Invalid

CENT = Decimal("0.01")
MAX_PLACES = 4
"""The most decimals any input takes: the minor unit of CLF and UYW, hours of a line (0.36 s),
tax rates. The Decimal scalar refuses more before any service runs; each field then checks its
own (check_amount for money, check_places for hours)."""
CURRENCY_DIGITS = "CURRENCY_DIGITS"
DECIMAL_PLACES = "DECIMAL_PLACES"


def cents(value: Decimal) -> Decimal:
    return value.quantize(CENT, ROUND_HALF_UP)


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


def _places(value: Decimal) -> int:
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int), "the Decimal scalar admits finite numbers only"
    return max(0, -exponent)


def check_places(value: Decimal, places: int, *, field: str) -> Decimal:
    """A number with at most `places` decimals (hours kept to the hundredth), never rounded
    silently: more places are refused with what to send."""
    if _places(value.normalize()) > places:
        raise Invalid(
            f"{field} takes at most {places} decimal places; round {value} to {places} yourself.",
            field=field,
            reason=DECIMAL_PLACES,
        )
    return value.quantize(Decimal(1).scaleb(-places))  # exact: no more places than that


def check_amount(value: Decimal, currency: str, *, field: str) -> Decimal:
    """An amount in `currency` with no more decimals than its minor unit (JPY 0, EUR 2, KWD 3):
    prices, payments, refunds, discounts and rates alike; more is refused, never rounded."""
    digits = minor_digits(currency)
    if _places(value.normalize()) > digits:
        fix = "send a whole number" if digits == 0 else f"round it to {digits} places"
        raise Invalid(
            f"{currency} amounts have {digits} decimal places; {field} {value} has more: {fix}.",
            field=field,
            reason=CURRENCY_DIGITS,
        )
    return in_minor_units(value, currency)


def check_optional_amount(value: Decimal | None, currency: str, *, field: str) -> Decimal | None:
    return None if value is None else check_amount(value, currency, field=field)

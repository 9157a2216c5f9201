"""Strict input scalars: Decimal and DateTime refuse what strawberry's stock parsers guess at.

The stock Decimal takes Unicode digits ("١٢٣" → 123), NaN, Infinity and exponents, and money then
rounds excess places silently; the stock DateTime takes a naive time as UTC. Both are refused here,
before any resolver runs, for /graphql and /mcp alike.
"""

from __future__ import annotations

import datetime as dt
import decimal
import re
from typing import Any

from strawberry.exceptions import StrawberryInputCoercionError
from strawberry.types.scalar import ScalarDefinition

from backend.core.money import MAX_PLACES

# The scalar takes the most places any field needs (a CLF amount, hours of a line); each field
# then refuses what its own unit lacks (money: its currency's places, JPY 0, EUR 2, KWD 3).
DECIMAL_PLACES = MAX_PLACES
# Output shows at least two places where a value has a fraction ("100.00", not "100.0000").
_SHOWN_PLACES = 2
# ASCII digits only (re's \d matches every script's digits); no exponent, NaN or Infinity.
# mcp_adapter/schemas.py declares the same rule as the tools' JSON Schema pattern.
_DECIMAL = re.compile(r"-?[0-9]{1,15}(\.[0-9]+)?")

EARLIEST = dt.datetime(1900, 1, 1, tzinfo=dt.UTC)
LATEST = dt.datetime(3000, 1, 1, tzinfo=dt.UTC)


def _refuse(message: str) -> StrawberryInputCoercionError:
    return StrawberryInputCoercionError(message)


def parse_decimal(value: object) -> decimal.Decimal:
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise _refuse('A Decimal is a string of digits such as "12.50".')
    text = str(value) if not isinstance(value, str) else value
    if _DECIMAL.fullmatch(text) is None:
        raise _refuse(
            'A Decimal is written with the digits 0-9 and an optional point, e.g. "12.50" '
            "(no exponent, NaN or Infinity, at most 15 digits before the point)."
        )
    parsed = decimal.Decimal(text)
    places = -parsed.as_tuple().exponent  # type: ignore[operator]  # finite: the pattern says so
    if places > DECIMAL_PLACES:
        raise _refuse(
            f"A Decimal takes at most {DECIMAL_PLACES} decimal places (money as many as its "
            f"currency has: JPY 0, EUR 2, KWD 3); round {text} yourself."
        )
    return parsed


def serialize_decimal(value: object) -> str:
    """Plain digits without the storage's padding: amounts kept with four places in the database
    read "100.00", not "100.0000"; places that carry digits (KWD 1.125) stay."""
    text = format(decimal.Decimal(str(value)), "f")
    whole, point, places = text.partition(".")
    if not point:
        return text
    kept = places.rstrip("0").ljust(min(len(places), _SHOWN_PLACES), "0")
    return f"{whole}.{kept}" if kept else whole


def parse_datetime(value: object) -> dt.datetime:
    if not isinstance(value, str):
        raise _refuse('A DateTime is an ISO 8601 string such as "2026-01-31T09:30:00Z".')
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        raise _refuse('A DateTime is an ISO 8601 string such as "2026-01-31T09:30:00Z".') from None
    if parsed.tzinfo is None or parsed.utcoffset() is None:
        raise _refuse(
            "A DateTime needs a UTC offset, e.g. 2026-01-31T09:30:00Z or "
            "2026-01-31T09:30:00+01:00; a time without one is ambiguous."
        )
    try:
        in_range = EARLIEST <= parsed.astimezone(dt.UTC) < LATEST
    except OverflowError:
        in_range = False
    if not in_range:
        raise _refuse("A DateTime must lie in the years 1900 to 2999.")
    return parsed


def _isoformat(value: Any) -> str:
    return str(value.isoformat())


StrictDecimal = ScalarDefinition(
    name="Decimal",
    description=(
        f'A decimal number as a string of the digits 0-9, e.g. "12.50": at most {DECIMAL_PLACES} '
        "decimal places, no exponent, NaN or Infinity. Money takes as many places as its "
        "currency has (JPY 0, EUR 2, KWD 3): more are refused, never rounded."
    ),
    specified_by_url=None,
    serialize=serialize_decimal,
    parse_value=parse_decimal,
    parse_literal=None,
    origin=decimal.Decimal,
)

StrictDateTime = ScalarDefinition(
    name="DateTime",
    description=(
        "An ISO 8601 date and time with a UTC offset, e.g. 2026-01-31T09:30:00Z or "
        "2026-01-31T09:30:00+01:00, in the years 1900 to 2999."
    ),
    specified_by_url=None,
    serialize=_isoformat,
    parse_value=parse_datetime,
    parse_literal=None,
    origin=dt.datetime,
)

SCALAR_OVERRIDES: dict[object, Any] = {decimal.Decimal: StrictDecimal, dt.datetime: StrictDateTime}

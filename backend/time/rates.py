"""Which hourly rate bills a time entry (pure): the first rate that is set wins.

Space-member rate → Space rate → client rate (of the Space's client) → member's rate
(Membership.hourly_rate) → organization default. The cost rate is the member's cost rate. Rates
are in the currency of the client they bill (an assumption the three money domains share: a
client's Spaces bill in the client's currency, so a rate set on any level is read in it).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum


class RateSource(StrEnum):
    SPACE_MEMBER = "space_member"
    SPACE = "space"
    CLIENT = "client"
    MEMBER = "member"
    ORGANIZATION = "organization"


@dataclass(frozen=True)
class RateInputs:
    """Every rate that could apply to one entry; None where that level sets none."""

    space_member: Decimal | None = None
    space: Decimal | None = None
    client: Decimal | None = None
    member: Decimal | None = None
    organization: Decimal | None = None
    member_cost: Decimal | None = None


@dataclass(frozen=True)
class ResolvedRate:
    hourly_rate: Decimal | None
    cost_rate: Decimal | None
    source: RateSource | None  # None when no level sets a rate


def resolve_rate(inputs: RateInputs) -> ResolvedRate:
    """The billing rate (first non-null in the order above) and the member's cost rate."""
    for source in RateSource:
        rate: Decimal | None = getattr(inputs, source.value)
        if rate is not None:
            return ResolvedRate(rate, inputs.member_cost, source)
    return ResolvedRate(None, inputs.member_cost, None)


def amount(seconds: int, rate: Decimal | None, *, digits: int = 2) -> Decimal | None:
    """Hours x rate, rounded half-up to `digits` places (the currency's minor unit)."""
    if rate is None:
        return None
    hours = Decimal(seconds) / Decimal(3600)
    return (hours * rate).quantize(Decimal(1).scaleb(-digits), ROUND_HALF_UP)

"""Rate resolution (pure): the first level that sets a rate wins, in MONEY.md's order."""

from __future__ import annotations

from decimal import Decimal

import pytest

from backend.time.rates import RateInputs, RateSource, amount, resolve_rate

D = Decimal

ALL = RateInputs(
    space_member=D("150"),
    space=D("120"),
    client=D("110"),
    member=D("100"),
    organization=D("90"),
    member_cost=D("40"),
)


@pytest.mark.parametrize(
    ("inputs", "rate", "source"),
    [
        (ALL, D("150"), RateSource.SPACE_MEMBER),
        (RateInputs(space=D("120"), client=D("110"), member=D("100")), D("120"), RateSource.SPACE),
        (
            RateInputs(client=D("110"), member=D("100"), organization=D("90")),
            D("110"),
            RateSource.CLIENT,
        ),
        (RateInputs(member=D("100"), organization=D("90")), D("100"), RateSource.MEMBER),
        (RateInputs(organization=D("90")), D("90"), RateSource.ORGANIZATION),
        (RateInputs(), None, None),
        # 0 is a rate (pro bono work), not "unset": it wins over the levels below it
        (RateInputs(space=D("0"), member=D("100")), D("0"), RateSource.SPACE),
    ],
)
def test_the_first_rate_set_wins(
    inputs: RateInputs, rate: Decimal | None, source: RateSource | None
) -> None:
    resolved = resolve_rate(inputs)
    assert (resolved.hourly_rate, resolved.source) == (rate, source)


def test_the_cost_rate_is_the_member_s_whatever_the_billing_rate() -> None:
    assert resolve_rate(ALL).cost_rate == D("40")
    assert resolve_rate(RateInputs(space=D("5"))).cost_rate is None


def test_amount_is_hours_times_rate_rounded_half_up_to_the_minor_unit() -> None:
    # 20 minutes at 100.00 = 33.333… → 33.33; 1 h 30 s at 0.01 → 0.01005 → 0.01
    assert amount(1200, D("100")) == D("33.33")
    assert amount(3630, D("0.01")) == D("0.01")
    # 45 minutes at 0.02 = 0.015 → half up → 0.02
    assert amount(2700, D("0.02")) == D("0.02")
    # JPY (0 digits): 1.5 h at 333 = 499.5 → 500
    assert amount(5400, D("333"), digits=0) == D("500")
    assert amount(60, None) is None

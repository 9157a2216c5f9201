"""backend/invoices/totals.py, without a database: tables of cases computed by hand."""

from __future__ import annotations

from decimal import Decimal as D  # noqa: N817  (amounts read like the hand computation)

import pytest

from backend.invoices.models import DiscountKind
from backend.invoices.totals import LineInput, compute, line_amount, spread


@pytest.mark.parametrize(
    ("quantity", "price", "currency", "expected"),
    [
        ("1.5", "33.33", "EUR", "50.00"),  # 49.995 → half up
        ("0.3333", "100", "EUR", "33.33"),  # 33.33
        ("2.5", "3333", "JPY", "8333"),  # 8332.5 → 8333, no minor unit
        ("2.5", "3332", "JPY", "8330"),
        ("1", "1.2345", "KWD", "1.235"),  # 3 digits, half up
        ("3", "0.005", "EUR", "0.02"),  # 0.015 → 0.02
    ],
)
def test_a_line_is_quantity_times_price_rounded_half_up_to_the_minor_unit(
    quantity: str, price: str, currency: str, expected: str
) -> None:
    amount = line_amount(D(quantity), D(price), currency)
    assert amount == D(expected)
    assert str(amount) == expected  # exactly the currency's digits


@pytest.mark.parametrize(
    ("total", "weights", "currency", "expected"),
    [
        ("10.00", ["1", "1", "1"], "EUR", ["3.33", "3.33", "3.34"]),  # remainder on the last
        ("1317", ["8333", "12000", "5997"], "JPY", ["417", "600", "300"]),
        ("5.00", ["30", "0"], "EUR", ["5.00", "0.00"]),  # last non-zero line takes it
        ("0.00", ["0", "0"], "EUR", ["0.00", "0.00"]),
    ],
)
def test_spread_is_pro_rata_and_adds_up_exactly(
    total: str, weights: list[str], currency: str, expected: list[str]
) -> None:
    shares = spread(D(total), [D(w) for w in weights], currency)
    assert shares == [D(e) for e in expected]
    assert sum(shares) == D(total)


def test_a_percent_discount_applies_before_each_lines_own_tax() -> None:
    # 100.00 @ 19% and 50.00 @ 7%; 10% off: 15.00 spread 10.00 / 5.00;
    # tax (90.00 x 19% = 17.10) + (45.00 x 7% = 3.15) = 20.25; total 150 - 15 + 20.25.
    result = compute(
        [LineInput(D(1), D(100), D(19)), LineInput(D(2), D(25), D(7))],
        currency="EUR",
        discount_kind=DiscountKind.PERCENT,
        discount_value=D(10),
    )
    assert (result.subtotal, result.discount_total, result.tax_total, result.total) == (
        D("150.00"),
        D("15.00"),
        D("20.25"),
        D("155.25"),
    )
    assert [line.discount for line in result.lines] == [D("10.00"), D("5.00")]


def test_an_amount_discount_is_spread_pro_rata_over_lines_of_different_tax_rates() -> None:
    # 10.00 off 3 equal lines: 3.33, 3.33, 3.34 (remainder last); taxes on 6.67 x 20% = 1.33
    # (1.334), 6.67 x 10% = 0.67 (0.667), 6.66 x 0% = 0.
    result = compute(
        [LineInput(D(1), D(10), D(20)), LineInput(D(1), D(10), D(10)), LineInput(D(1), D(10))],
        currency="EUR",
        discount_kind=DiscountKind.AMOUNT,
        discount_value=D(10),
    )
    assert [line.discount for line in result.lines] == [D("3.33"), D("3.33"), D("3.34")]
    assert [line.tax for line in result.lines] == [D("1.33"), D("0.67"), D("0.00")]
    assert (result.subtotal, result.discount_total, result.tax_total, result.total) == (
        D("30.00"),
        D("10.00"),
        D("2.00"),
        D("22.00"),
    )


def test_a_discount_never_exceeds_the_subtotal_and_the_balance_is_total_less_paid() -> None:
    capped = compute(
        [LineInput(D(1), D(40), D(10))],
        currency="EUR",
        discount_kind=DiscountKind.AMOUNT,
        discount_value=D(75),
    )
    assert (capped.discount_total, capped.tax_total, capped.total) == (D(40), D(0), D(0))
    paid = compute([LineInput(D(2), D(30), D(0))], currency="USD", amount_paid=D("12.50"))
    assert (paid.total, paid.amount_paid, paid.balance) == (D("60.00"), D("12.50"), D("47.50"))


def test_no_lines_means_zero_everything() -> None:
    result = compute([], currency="JPY", discount_kind=DiscountKind.PERCENT, discount_value=D(5))
    assert (result.subtotal, result.discount_total, result.tax_total, result.total) == (0, 0, 0, 0)

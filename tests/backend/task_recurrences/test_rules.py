"""Recurrence rule arithmetic, without a database: month ends, leap days, nth weekdays, endings."""

from __future__ import annotations

from datetime import date
from itertools import islice

import pytest

from backend.core.errors import Invalid
from backend.task_recurrences.rules import Frequency, Rule, Schedule, Weekday

D, W, M, Y = Frequency.DAILY, Frequency.WEEKLY, Frequency.MONTHLY, Frequency.YEARLY


def first(rule: Rule, starts_on: date, n: int = 6, **ends: object) -> list[date]:
    schedule = Schedule(rule.completed(starts_on), starts_on=starts_on, **ends)  # type: ignore[arg-type]
    return list(islice(schedule.dates(), n))


def test_monthly_on_the_31st_falls_on_the_last_day_of_shorter_months() -> None:
    dates = first(Rule(M, month_day=31), date(2026, 1, 1), 5)
    assert dates == [
        date(2026, 1, 31),
        date(2026, 2, 28),
        date(2026, 3, 31),
        date(2026, 4, 30),
        date(2026, 5, 31),
    ]


def test_monthly_on_the_30th_uses_february_29_in_a_leap_year() -> None:
    assert first(Rule(M, month_day=30), date(2028, 1, 1), 3) == [
        date(2028, 1, 30),
        date(2028, 2, 29),
        date(2028, 3, 30),
    ]


def test_month_day_minus_one_is_always_the_last_day() -> None:
    assert first(Rule(M, month_day=-1), date(2027, 12, 15), 3) == [
        date(2027, 12, 31),
        date(2028, 1, 31),
        date(2028, 2, 29),
    ]


def test_monthly_without_a_day_takes_starts_on_day_and_keeps_it_at_month_end() -> None:
    rule = Rule(M).completed(date(2026, 1, 31))
    assert rule.month_day == 31
    assert first(Rule(M), date(2026, 1, 31), 2) == [date(2026, 1, 31), date(2026, 2, 28)]


def test_yearly_on_february_29_is_february_28_in_common_years() -> None:
    assert first(Rule(Y, month=2, month_day=29), date(2027, 1, 1), 3) == [
        date(2027, 2, 28),
        date(2028, 2, 29),
        date(2029, 2, 28),
    ]


def test_yearly_from_a_leap_day_start_keeps_to_the_end_of_february() -> None:
    assert first(Rule(Y), date(2028, 2, 29), 2) == [date(2028, 2, 29), date(2029, 2, 28)]


def test_second_tuesday_and_last_friday_of_the_month() -> None:
    assert first(Rule(M, weekdays=(Weekday.TU,), nth=2), date(2026, 1, 1), 3) == [
        date(2026, 1, 13),
        date(2026, 2, 10),
        date(2026, 3, 10),
    ]
    assert first(Rule(M, weekdays=(Weekday.FR,), nth=-1), date(2026, 1, 1), 2) == [
        date(2026, 1, 30),
        date(2026, 2, 27),
    ]


def test_fifth_monday_skips_months_without_one() -> None:
    dates = first(Rule(M, weekdays=(Weekday.MO,), nth=5), date(2026, 1, 1), 3)
    assert dates == [date(2026, 3, 30), date(2026, 6, 29), date(2026, 8, 31)]


def test_yearly_nth_weekday_of_a_month() -> None:
    thanksgiving = Rule(Y, month=11, weekdays=(Weekday.TH,), nth=4)
    assert first(thanksgiving, date(2026, 1, 1), 2) == [date(2026, 11, 26), date(2027, 11, 25)]


def test_weekly_on_chosen_days_every_other_week() -> None:
    rule = Rule(W, interval=2, weekdays=(Weekday.MO, Weekday.TH))
    assert first(rule, date(2026, 3, 2), 4) == [
        date(2026, 3, 2),
        date(2026, 3, 5),
        date(2026, 3, 16),
        date(2026, 3, 19),
    ]


def test_weekly_without_days_uses_the_start_day() -> None:
    assert first(Rule(W), date(2026, 3, 4), 2) == [date(2026, 3, 4), date(2026, 3, 11)]


def test_daily_across_us_dst_changes_is_one_date_per_day() -> None:
    spring = first(Rule(D), date(2026, 3, 7), 3)
    autumn = first(Rule(D), date(2026, 10, 31), 3)
    assert spring == [date(2026, 3, 7), date(2026, 3, 8), date(2026, 3, 9)]
    assert autumn == [date(2026, 10, 31), date(2026, 11, 1), date(2026, 11, 2)]


def test_count_and_until_end_the_series() -> None:
    assert first(Rule(D, interval=3), date(2026, 1, 1), 10, count=3) == [
        date(2026, 1, 1),
        date(2026, 1, 4),
        date(2026, 1, 7),
    ]
    assert first(Rule(W), date(2026, 1, 1), 10, ends_on=date(2026, 1, 15)) == [
        date(2026, 1, 1),
        date(2026, 1, 8),
        date(2026, 1, 15),
    ]


def test_schedule_lookups_around_a_day() -> None:
    schedule = Schedule(Rule(W, weekdays=(Weekday.MO,)), starts_on=date(2026, 1, 1))
    assert schedule.latest_on_or_before(date(2026, 1, 14)) == date(2026, 1, 12)
    assert schedule.latest_on_or_before(date(2026, 1, 4)) is None
    assert schedule.first_after(date(2026, 1, 12)) == date(2026, 1, 19)
    assert schedule.first_on_or_after(date(2026, 1, 12)) == date(2026, 1, 12)


@pytest.mark.parametrize(
    "rule",
    [
        Rule(M, interval=2, month_day=31),
        Rule(M, month_day=-1),
        Rule(M, weekdays=(Weekday.TU,), nth=2),
        Rule(M, weekdays=(Weekday.FR,), nth=-1),
        Rule(W, weekdays=(Weekday.MO, Weekday.FR)),
        Rule(Y, month=2, month_day=29),
        Rule(Y, month=11, weekdays=(Weekday.TH,), nth=4),
        Rule(D, interval=3),
    ],
)
def test_rrule_text_round_trips(rule: Rule) -> None:
    assert Rule.parse(rule.to_rrule()) == rule


def test_rrule_text_says_the_month_end_behaviour() -> None:
    assert Rule(M, month_day=31).to_rrule() == (
        "FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=28,29,30,31;BYSETPOS=-1"
    )
    assert Rule(M, weekdays=(Weekday.TU,), nth=2).to_rrule() == "FREQ=MONTHLY;INTERVAL=1;BYDAY=+2TU"


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        (Rule(D, interval=0), "interval must be between"),
        (Rule(M, nth=2), "exactly one weekday"),
        (Rule(M, nth=2, weekdays=(Weekday.MO, Weekday.TU)), "exactly one weekday"),
        (Rule(M, nth=6, weekdays=(Weekday.MO,)), "nth must be 1 to 5"),
        (Rule(W, nth=1, weekdays=(Weekday.MO,)), "only for MONTHLY or YEARLY"),
        (Rule(D, weekdays=(Weekday.MO,)), "weekdays are for WEEKLY"),
        (Rule(W, month_day=3), "month_day is only for"),
        (Rule(M, month_day=0), "month_day must be 1 to 31"),
        (Rule(M, month_day=32), "month_day must be 1 to 31"),
        (Rule(M, month=3), "month is only for YEARLY"),
        (Rule(Y, month=13), "month must be between 1 and 12"),
        (Rule(Y, month=4, month_day=31), "April has at most 30 days"),
        (Rule(Y, weekdays=(Weekday.TH,), nth=4), "needs a month"),
        (Rule(M, month_day=3, weekdays=(Weekday.MO,), nth=1), "not both"),
        (Rule(W, weekdays=(Weekday.MO, Weekday.MO)), "twice"),
    ],
)
def test_meaningless_combinations_are_refused_with_what_to_do(rule: Rule, message: str) -> None:
    with pytest.raises(Invalid, match=message) as refused:
        rule.validate()
    assert refused.value.field == "rule"


def test_after_completion_rules_take_only_frequency_and_interval() -> None:
    Rule(W, interval=2).validate(after_completion=True)
    with pytest.raises(Invalid, match="only takes frequency and interval"):
        Rule(W, weekdays=(Weekday.MO,)).validate(after_completion=True)
    assert date(2026, 1, 31) + Rule(M).step() == date(2026, 2, 28)
    assert date(2026, 1, 1) + Rule(W, interval=2).step() == date(2026, 1, 15)

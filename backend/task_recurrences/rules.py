"""Recurrence rules as dates: validation, RFC 5545 RRULE text both ways, and date arithmetic.

Pure (no database). Occurrences are calendar dates; time zones only decide which date is "today"
(see scheduler.py), so daylight-saving changes can neither shift nor duplicate an occurrence.

Month ends: a monthly `month_day` of 29, 30 or 31 falls on the last day of shorter months (as
Outlook, Asana and Todoist do) instead of skipping them as a bare RFC 5545 BYMONTHDAY would; yearly
on February 29 falls on February 28 in common years. The stored RRULE says so exactly
(`BYMONTHDAY=28,29,30,31;BYSETPOS=-1`), so any RFC 5545 library computes the same dates.
`month_day=-1` is always the last day. `nth=5` skips months without a fifth such weekday; use
`nth=-1` for "the last one".
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from enum import StrEnum
from typing import NoReturn

from dateutil.relativedelta import relativedelta
from dateutil.rrule import rrule, rrulestr

from backend.core.errors import Invalid

MAX_INTERVAL = 1000
_MONTH_LENGTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)  # February: in leap years
_MONTH_NAMES = (
    "January February March April May June July August September October November December"
)


class Frequency(StrEnum):
    DAILY = "DAILY"
    WEEKLY = "WEEKLY"
    MONTHLY = "MONTHLY"
    YEARLY = "YEARLY"


class Weekday(StrEnum):
    MO = "MO"
    TU = "TU"
    WE = "WE"
    TH = "TH"
    FR = "FR"
    SA = "SA"
    SU = "SU"


_WEEKDAYS = list(Weekday)


@dataclass(frozen=True)
class Rule:
    """Which dates recur: every `interval` days/weeks/months/years, on the chosen days."""

    frequency: Frequency
    interval: int = 1
    weekdays: tuple[Weekday, ...] = ()
    month_day: int | None = None  # 1..31, or -1 for the last day of the month
    nth: int | None = None  # 1..5 or -1 (last), with exactly one weekday: "2nd Tuesday"
    month: int | None = None  # 1..12, yearly only

    def validate(self, *, after_completion: bool = False) -> None:
        """Refuse combinations that mean nothing, saying what would."""
        if not 1 <= self.interval <= MAX_INTERVAL:
            _invalid(f"interval must be between 1 and {MAX_INTERVAL}; got {self.interval}.")
        if after_completion:
            if self.weekdays or self.month_day is not None or self.nth is not None or self.month:
                _invalid(
                    "An after_completion rule only takes frequency and interval: the next task "
                    "is due `interval` units of `frequency` after the previous one is completed. Remove "
                    "weekdays, month_day, nth and month."
                )
            return
        if len(set(self.weekdays)) != len(self.weekdays):
            _invalid("weekdays lists a day twice; list each day once.")
        if self.month is not None:
            if self.frequency is not Frequency.YEARLY:
                _invalid("month is only for YEARLY rules.")
            if not 1 <= self.month <= 12:
                _invalid(f"month must be between 1 and 12; got {self.month}.")
        if self.nth is not None:
            if self.frequency not in (Frequency.MONTHLY, Frequency.YEARLY):
                _invalid("nth (e.g. the 2nd Tuesday) is only for MONTHLY or YEARLY rules.")
            if self.nth not in (1, 2, 3, 4, 5, -1):
                _invalid(f"nth must be 1 to 5, or -1 for the last; got {self.nth}.")
            if len(self.weekdays) != 1:
                _invalid("nth needs exactly one weekday, e.g. nth=2 with weekdays=[TU].")
            if self.month_day is not None:
                _invalid("Give either month_day or nth with a weekday, not both.")
            if self.frequency is Frequency.YEARLY and self.month is None:
                _invalid("A YEARLY rule with nth needs a month, e.g. the 4th Thursday of month 11.")
        elif self.weekdays and self.frequency is not Frequency.WEEKLY:
            _invalid(
                "weekdays are for WEEKLY rules, or for MONTHLY/YEARLY rules together with nth."
            )
        if self.month_day is not None:
            if self.frequency not in (Frequency.MONTHLY, Frequency.YEARLY):
                _invalid("month_day is only for MONTHLY or YEARLY rules.")
            if not (1 <= self.month_day <= 31 or self.month_day == -1):
                _invalid(
                    f"month_day must be 1 to 31, or -1 for the last day; got {self.month_day}."
                )
            if self.month is not None and self.month_day > _MONTH_LENGTH[self.month - 1]:
                _invalid(
                    f"{_MONTH_NAMES.split()[self.month - 1]} has at most {_MONTH_LENGTH[self.month - 1]} "
                    "days; use month_day=-1 for its last day."
                )

    def completed(self, starts_on: date) -> Rule:
        """The rule with what it leaves implicit taken from its first date, so it reads alone."""
        if self.frequency is Frequency.WEEKLY and not self.weekdays:
            return replace(self, weekdays=(_WEEKDAYS[starts_on.weekday()],))
        if self.frequency is Frequency.MONTHLY and self.month_day is None and self.nth is None:
            return replace(self, month_day=starts_on.day)
        if self.frequency is Frequency.YEARLY:
            month = self.month or starts_on.month
            day = self.month_day
            if day is None and self.nth is None:
                day = min(starts_on.day, _MONTH_LENGTH[month - 1])
            return replace(self, month=month, month_day=day)
        return self

    def to_rrule(self) -> str:
        """The RFC 5545 RRULE body (no DTSTART, UNTIL or COUNT)."""
        parts = [f"FREQ={self.frequency.value}", f"INTERVAL={self.interval}"]
        if self.month is not None:
            parts.append(f"BYMONTH={self.month}")
        if self.nth is not None:
            parts.append(f"BYDAY={self.nth:+d}{self.weekdays[0].value}")
        elif self.weekdays:
            parts.append("BYDAY=" + ",".join(d.value for d in self.weekdays))
        if self.month_day is not None:
            if self.month_day > 28:
                # The last of 28..N that exists: day N, or the month's last day when shorter.
                days = ",".join(str(d) for d in range(28, self.month_day + 1))
                parts += [f"BYMONTHDAY={days}", "BYSETPOS=-1"]
            else:
                parts.append(f"BYMONTHDAY={self.month_day}")
        return ";".join(parts)

    @classmethod
    def parse(cls, text: str) -> Rule:
        """The inverse of to_rrule."""
        fields = dict(part.split("=", 1) for part in text.split(";") if part)
        weekdays: tuple[Weekday, ...] = ()
        nth: int | None = None
        if "BYDAY" in fields:
            days = fields["BYDAY"].split(",")
            if days[0][0] in "+-":
                nth, weekdays = int(days[0][:-2]), (Weekday(days[0][-2:]),)
            else:
                weekdays = tuple(Weekday(d) for d in days)
        month_day = None
        if "BYMONTHDAY" in fields:
            month_day = int(fields["BYMONTHDAY"].split(",")[-1])
        return cls(
            frequency=Frequency(fields["FREQ"]),
            interval=int(fields.get("INTERVAL", "1")),
            weekdays=weekdays,
            month_day=month_day,
            nth=nth,
            month=int(fields["BYMONTH"]) if "BYMONTH" in fields else None,
        )

    def step(self) -> relativedelta:
        """The gap after a completion (after_completion mode)."""
        n = self.interval
        return {
            Frequency.DAILY: relativedelta(days=n),
            Frequency.WEEKLY: relativedelta(weeks=n),
            Frequency.MONTHLY: relativedelta(months=n),
            Frequency.YEARLY: relativedelta(years=n),
        }[self.frequency]


@dataclass(frozen=True)
class Schedule:
    """A rule anchored in time: dates on or after starts_on, up to ends_on or `count` dates."""

    rule: Rule
    starts_on: date
    ends_on: date | None = None
    count: int | None = None

    def _rrule(self) -> rrule:
        parsed = rrulestr(self.rule.to_rrule(), dtstart=datetime.combine(self.starts_on, time()))
        assert isinstance(parsed, rrule)  # one RRULE and no RDATE/EXDATE: never a set
        if self.ends_on is not None:
            parsed = parsed.replace(until=datetime.combine(self.ends_on, time()))
        if self.count is not None:
            parsed = parsed.replace(count=self.count)
        return parsed

    def dates(self) -> Iterator[date]:
        for moment in self._rrule():
            yield moment.date()

    def latest_on_or_before(self, day: date) -> date | None:
        moment = self._rrule().before(datetime.combine(day, time()), inc=True)
        return None if moment is None else moment.date()

    def first_after(self, day: date) -> date | None:
        moment = self._rrule().after(datetime.combine(day, time()), inc=False)
        return None if moment is None else moment.date()

    def first_on_or_after(self, day: date) -> date | None:
        moment = self._rrule().after(datetime.combine(day, time()), inc=True)
        return None if moment is None else moment.date()


def _invalid(message: str) -> NoReturn:
    raise Invalid(message, field="rule")

"""The organization's calendar for reports: local days as UTC instants, and working days.

SQLite knows no IANA time zones, so local days and weeks are not computed by the database's own
time zone support. Instead, Python (zoneinfo) gives the UTC offsets in force over the report's
range as a few segments — (first UTC second, offset) — and the SQL adds the offset of the segment
an entry starts in to its UTC epoch before dividing into days (backend/reports/sql.py). That is
the same mapping zoneinfo makes, on both databases, across DST changes; tests compare the two.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

EPOCH = date(1970, 1, 1)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY = timedelta(days=1)


@dataclass(frozen=True)
class Offsets:
    """The zone's UTC offset (seconds) from each UTC epoch second on: `first` before any change."""

    first: int
    changes: tuple[tuple[int, int], ...]  # (UTC epoch second the offset starts, offset seconds)


def local_midnight_utc(day: date, zone: ZoneInfo) -> datetime:
    """The UTC instant a local day begins (the first existing local time of that day)."""
    naive = datetime(day.year, day.month, day.day)
    local = naive.replace(tzinfo=zone)
    instant = local.astimezone(UTC)
    # A day that starts in a gap (midnight skipped by a DST change) begins at the gap's end.
    if instant.astimezone(zone).replace(tzinfo=None) != naive:
        instant = naive.replace(tzinfo=zone, fold=1).astimezone(UTC)
    return instant


def utc_range(start: date, end: date, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """The UTC half-open range [start's midnight, the midnight after end) of local days."""
    return local_midnight_utc(start, zone), local_midnight_utc(end + _DAY, zone)


def _offset(zone: ZoneInfo, epoch: int) -> int:
    offset = datetime.fromtimestamp(epoch, UTC).astimezone(zone).utcoffset()
    return int(offset.total_seconds()) if offset is not None else 0


def offsets(zone: ZoneInfo, start: datetime, end: datetime) -> Offsets:
    """The offsets in force between two UTC instants (a day of margin on each side).

    Scans week by week and bisects each change to the second: no zone of the tz database
    changes its offset twice within a week (DST begins and ends months apart).
    """
    low = int(start.timestamp()) - 86_400
    high = int(end.timestamp()) + 86_400
    first = current = _offset(zone, low)
    changes: list[tuple[int, int]] = []
    at = low
    while at < high:
        step = min(at + 7 * 86_400, high)
        if _offset(zone, step) != current:
            before, after = at, step  # offset(before) == current != offset(after)
            while after - before > 1:
                middle = (before + after) // 2
                if _offset(zone, middle) == current:
                    before = middle
                else:
                    after = middle
            current = _offset(zone, after)
            changes.append((after, current))
        at = step
    return Offsets(first, tuple(changes))


def day_of(number: int) -> date:
    """The date of a day number (days since 1970-01-01)."""
    return EPOCH + timedelta(days=number)


def week_shift(week_start: str) -> int:
    """Days to add to a day number so that weeks (number // 7) begin on `week_start`.

    1970-01-01 was a Thursday; 7 more keeps the dividend positive for every date after 1970-01-07.
    """
    return (3 - WEEKDAYS.index(week_start)) % 7 + 7


def week_start_of(week_number: int, week_start: str) -> date:
    """The first day of the week numbered `(day + week_shift) // 7`."""
    return day_of(week_number * 7 - week_shift(week_start))


def working_days(start: date, end: date) -> int:
    """Monday to Friday days in [start, end], both included (public holidays are not known)."""
    if end < start:
        return 0
    total = (end - start).days + 1
    full_weeks, rest = divmod(total, 7)
    count = full_weeks * 5
    for offset in range(rest):
        if (start + timedelta(days=full_weeks * 7 + offset)).weekday() < 5:
            count += 1
    return count

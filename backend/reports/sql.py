"""SQL fragments the reports share, one spelling per database (SQLite and PostgreSQL).

Every value spliced into the SQL is generated here from a typed value (an `int`, a parsed UUID,
a tortoise-built subquery), never text from a request; that keeps the statements free of bind
parameters whose types asyncpg and sqlite3 would infer differently.

The per-entry rules, each an integer expression so that sums stay exact on both databases:
- duration: whole seconds between the start and the end (fractions of a second dropped on each);
- rounding (MONEY.md, step = rounding_minutes x 60): none → s; up → ceil(s/step)xstep;
  down → floor(s/step)xstep; nearest → floor((s + step/2)/step)xstep (half up);
- rate in 1/10,000 units: ROUND(rate x 10000) (rates have at most four decimals, the most any
  currency's minor unit has, and under 10^10 units, so this is exact even through REAL);
- amount of an entry in the currency's minor unit (d digits): hours x rate rounded half up,
  i.e. floor((seconds x rate_e4 x 10^d + 18000000) / 36000000).
"""

from __future__ import annotations

from collections.abc import Iterable
from uuid import UUID

from backend.reports.calendar import Offsets

SQLITE = "sqlite"
POSTGRES = "postgres"


def uuid_literal(value: UUID | str) -> str:
    """A quoted UUID; parsing first is what makes splicing it safe."""
    return f"'{UUID(str(value))}'"


def uuid_list(values: Iterable[UUID | str]) -> str:
    return ", ".join(uuid_literal(value) for value in values)


def epoch(dialect: str, column: str) -> str:
    """Whole seconds since 1970 (UTC) of a timestamp column, as an integer."""
    if dialect == SQLITE:
        return f"unixepoch({column})"
    return f"CAST(floor(date_part('epoch', {column})) AS BIGINT)"


def fenced(dialect: str, columns: str, source: str) -> str:
    """`SELECT columns source`, kept from being merged into its outer query: its columns (epochs
    parsed from timestamps, rates) are then computed once per row instead of once per use in
    every SUM.

    SQLite's fence is LIMIT -1 OFFSET 0. PostgreSQL's is a volatile column (clock_timestamp(),
    never read): the planner does not flatten a subquery whose output has a volatile function,
    and that function is parallel safe, so the aggregate above still runs in parallel workers.
    OFFSET 0 would fence it too, but a LIMIT/OFFSET subquery is never run in parallel, which
    kept the reports at about twice the bare aggregate's time on PostgreSQL.
    """
    if dialect == SQLITE:
        return f"SELECT {columns} {source} LIMIT -1 OFFSET 0"
    return f"SELECT {columns}, clock_timestamp() AS fence {source}"


def timestamp_from_epoch(dialect: str, seconds: int) -> str:
    """A timestamp literal to compare a timestamp column with (PostgreSQL keeps its index)."""
    return f"to_timestamp({int(seconds)})" if dialect == POSTGRES else str(int(seconds))


def rounded(mode: str, minutes: int, seconds: str) -> str:
    """The organization's rounding of one entry's `seconds` (an integer SQL expression ≥ 0)."""
    step = int(minutes) * 60
    if mode == "none" or step <= 0:
        return seconds
    if mode == "up":
        return f"((({seconds}) + {step - 1}) / {step} * {step})"
    if mode == "down":
        return f"(({seconds}) / {step} * {step})"
    if mode == "nearest":
        return f"((({seconds}) + {step // 2}) / {step} * {step})"
    raise ValueError(f"unknown rounding mode {mode!r}")


def ten_thousandths(column: str) -> str:
    """A four-decimal column (rates, invoice and payment amounts) as an exact integer of
    1/10,000 units (NULL stays NULL)."""
    return f"CAST(ROUND({column} * 10000) AS BIGINT)"


def amount_minor(seconds: str, rate_e4: str, digits: int) -> str:
    """One entry's amount in minor units of a currency with `digits` decimals, half up, from
    its rate in 1/10,000 units."""
    # 64-bit integers on both databases: exact below about 9.2e18, e.g. a 100-hour entry at up to
    # 2,500,000 an hour in a three-digit currency (KWD), 25,000,000 in a two-digit one.
    return f"(CAST({seconds} AS BIGINT) * ({rate_e4}) * {10 ** int(digits)} + 18000000) / 36000000"


def month(dialect: str, column: str) -> str:
    """YYYY-MM of a date column."""
    if dialect == SQLITE:
        return f"strftime('%Y-%m', {column})"
    return f"to_char({column}, 'YYYY-MM')"


def local_epoch(offsets: Offsets, utc_epoch: str) -> str:
    """The local wall-clock epoch of a UTC epoch expression: the offset of its segment added."""
    if not offsets.changes:
        return f"({utc_epoch} + {int(offsets.first)})"
    branches = []
    previous = offsets.first
    for starts, offset in offsets.changes:
        branches.append(f"WHEN {utc_epoch} < {int(starts)} THEN {int(previous)}")
        previous = offset
    return f"({utc_epoch} + CASE {' '.join(branches)} ELSE {int(previous)} END)"


def local_day(offsets: Offsets, utc_epoch: str) -> str:
    """The local day number (days since 1970-01-01) of a UTC epoch expression after 1970."""
    return f"({local_epoch(offsets, utc_epoch)} / 86400)"


def local_week(offsets: Offsets, utc_epoch: str, shift: int) -> str:
    """The local week number, weeks starting where calendar.week_shift says."""
    return f"(({local_day(offsets, utc_epoch)} + {int(shift)}) / 7)"

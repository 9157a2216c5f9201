"""The rounding rule as a table: money-reports' SQL expression must match these same cases.

Each row is (seconds, mode, rounding_minutes, expected seconds), computed by hand from MONEY.md:
step = minutes x 60; up = ceil(s/step)*step, down = floor(s/step)*step,
nearest = floor((s + step/2)/step)*step (half up); none and a 0-minute step keep s.
"""

from __future__ import annotations

import pytest

from backend.orgs.models import RoundingMode
from backend.time.rounding import rounded_seconds

NONE, UP, DOWN, NEAREST = (
    RoundingMode.NONE,
    RoundingMode.UP,
    RoundingMode.DOWN,
    RoundingMode.NEAREST,
)

# (seconds, mode, minutes, expected)
CASES: list[tuple[int, RoundingMode, int, int]] = [
    # none never changes anything
    (0, NONE, 15, 0),
    (1, NONE, 15, 1),
    (1799, NONE, 15, 1799),
    # up: anything started counts as a whole step
    (0, UP, 15, 0),
    (1, UP, 15, 900),
    (899, UP, 15, 900),
    (900, UP, 15, 900),
    (901, UP, 15, 1800),
    (3599, UP, 60, 3600),
    (3601, UP, 6, 3960),  # 60 min 1 s → 66 min in 6-minute steps
    # down: only whole steps count
    (899, DOWN, 15, 0),
    (900, DOWN, 15, 900),
    (1799, DOWN, 15, 900),
    (1800, DOWN, 15, 1800),
    (7199, DOWN, 60, 3600),
    # nearest: half a step rounds up, less than half rounds down
    (449, NEAREST, 15, 0),
    (450, NEAREST, 15, 900),  # exactly half of 15 minutes
    (1349, NEAREST, 15, 900),
    (1350, NEAREST, 15, 1800),
    (1799, NEAREST, 30, 1800),
    (899, NEAREST, 30, 0),
    (900, NEAREST, 30, 1800),  # exactly half of 30 minutes
    (90, NEAREST, 1, 120),  # 1.5 min → 2 min
    (89, NEAREST, 1, 60),
    # an odd step: 7 minutes = 420 s, half = 210 s
    (209, NEAREST, 7, 0),
    (210, NEAREST, 7, 420),
    (629, NEAREST, 7, 420),
    (630, NEAREST, 7, 840),
    # a 0-minute step is no rounding at all
    (1234, UP, 0, 1234),
    (1234, DOWN, 0, 1234),
    (1234, NEAREST, 0, 1234),
    # long entries: 7 h 52 min 30 s
    (28350, UP, 15, 28800),
    (28350, DOWN, 15, 27900),
    (28350, NEAREST, 15, 28800),
]


@pytest.mark.parametrize(("seconds", "mode", "minutes", "expected"), CASES)
def test_rounding_table(seconds: int, mode: RoundingMode, minutes: int, expected: int) -> None:
    assert rounded_seconds(seconds, mode, minutes) == expected


def test_the_mode_may_be_given_as_its_stored_text() -> None:
    assert rounded_seconds(901, "up", 15) == 1800


def test_rounding_never_goes_below_zero() -> None:
    assert rounded_seconds(-5, RoundingMode.UP, 15) == 0

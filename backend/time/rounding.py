"""Rounding of tracked durations, per entry, for reports and invoice lines (pure).

A duration of s seconds with step = rounding_minutes x 60: none keeps s; up is ceil(s/step)*step;
down is floor(s/step)*step; nearest is floor((s + step/2)/step)*step, so a half step rounds up.
Stored times never change: the raw duration and the rounded one are both shown. Integer
arithmetic only, so every database (money-reports' SQL expression) gives the same result.
"""

from __future__ import annotations

from backend.orgs.models import RoundingMode


def rounded_seconds(seconds: int, mode: RoundingMode | str, minutes: int) -> int:
    """`seconds` rounded by the organization's rule; a step of 0 minutes leaves it as is."""
    mode = RoundingMode(mode)
    step = minutes * 60
    if mode is RoundingMode.NONE or step <= 0 or seconds <= 0:
        return max(0, seconds)
    if mode is RoundingMode.UP:
        return -(-seconds // step) * step
    if mode is RoundingMode.DOWN:
        return seconds // step * step
    # NEAREST, half up: 2 * (s + step/2) // (2 * step) keeps odd steps exact in integers.
    return (2 * seconds + step) // (2 * step) * step

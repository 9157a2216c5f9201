"""The one position scheme: a requested order checked against the current list in linear time."""

from __future__ import annotations

import time
from uuid import uuid4

from backend.core.ordering import check_order, next_position


def test_a_permutation_is_exact() -> None:
    check = check_order(["a", "b", "c"], ["c", "a", "b"])

    assert check.exact
    assert (check.repeated, check.unknown, check.missing) == ([], [], [])


def test_repeats_unknown_and_missing_ids_are_each_named_once_in_order() -> None:
    check = check_order(["a", "b", "c", "d"], ["b", "x", "b", "a", "x", "y", "a"])

    assert not check.exact
    assert check.repeated == ["b", "x", "a"]
    assert check.unknown == ["x", "y"]
    assert check.missing == ["c", "d"]


def test_twenty_thousand_ids_are_checked_in_linear_time() -> None:
    # Issue 8: a quadratic duplicate check held the server 21 s on 20,000 ids.
    current = [uuid4() for _ in range(20_000)]
    wanted = [*current[1:], current[1]]
    started = time.perf_counter()

    check = check_order(current, wanted)

    assert time.perf_counter() - started < 0.5
    assert (check.repeated, check.unknown, check.missing) == ([current[1]], [], [current[0]])


def test_positions_are_zero_based_and_appends_follow_the_last() -> None:
    assert next_position(None) == 0
    assert next_position(4) == 5

"""find_loop: the loop a transition closes, only through transitions with the same trigger."""

from __future__ import annotations

from backend.task_statuses.transitions import find_loop


def test_two_statuses_pointing_at_each_other_with_one_trigger_loop() -> None:
    edges = {"A": ("timer", "B"), "B": ("timer", "A")}

    assert find_loop(edges, "A") == ["A", "B", "A"]


def test_a_loop_over_three_statuses_is_named_in_order() -> None:
    edges = {"A": ("timer", "B"), "B": ("timer", "C"), "C": ("timer", "A")}

    assert find_loop(edges, "B") == ["B", "C", "A", "B"]


def test_transitions_with_different_triggers_do_not_loop() -> None:
    edges = {"A": ("timer", "B"), "B": ("checklist", "A")}

    assert find_loop(edges, "A") is None
    assert find_loop(edges, "B") is None


def test_a_chain_that_ends_is_not_a_loop() -> None:
    edges = {"A": ("timer", "B"), "B": ("timer", "C")}

    assert find_loop(edges, "A") is None


def test_a_status_without_transition_has_no_loop() -> None:
    assert find_loop({"A": ("timer", "B")}, "B") is None


def test_an_existing_loop_elsewhere_is_not_blamed_on_the_start() -> None:
    edges = {"S": ("timer", "A"), "A": ("timer", "B"), "B": ("timer", "A")}

    assert find_loop(edges, "S") is None

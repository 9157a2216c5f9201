"""Auto-advance transitions as a graph: finding the loop a new or changed transition would close."""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from typing import TypeVar

K = TypeVar("K", bound=Hashable)
Trigger = TypeVar("Trigger")


def find_loop(edges: Mapping[K, tuple[Trigger, K]], start: K) -> list[K] | None:
    """The loop through `start` made of transitions with `start`'s trigger, as a closed path
    (`[A, B, A]`), or None.

    Each status has at most one transition, so the graph is a set of chains: a loop that a change
    to `start` creates must pass through `start`.
    """
    if start not in edges:
        return None
    trigger, current = edges[start]
    path = [start]
    while True:
        if current == start:
            return [*path, start]
        if current in path:
            return None  # a loop that does not pass through start: not this change's doing
        path.append(current)
        step = edges.get(current)
        if step is None or step[0] != trigger:
            return None
        current = step[1]

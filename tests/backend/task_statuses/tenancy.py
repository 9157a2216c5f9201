"""Tenancy cases for workflow statuses: another organization's statuses and Spaces are not found."""

from __future__ import annotations

from typing import Any

# (name, document, variables from foreign ids `f` and own ids `o`)
CASES: list[tuple[str, str, Any]] = [
    (
        "taskStatusesCreate(project)",
        'mutation($p: ID) { taskStatusesCreate(name: "x", projectId: $p) { errors { code } } }',
        lambda f, o: {"p": f["project"]},
    ),
    (
        "taskStatusesCreate(target)",
        'mutation($s: ID) { taskStatusesCreate(name: "x", autoAdvanceOn: TIMER_STARTED, autoAdvanceToStatusId: $s) { errors { code } } }',
        lambda f, o: {"s": f["status"]},
    ),
    (
        "taskStatusesUpdate",
        'mutation($s: ID!) { taskStatusesUpdate(statusId: $s, name: "x") { errors { code } } }',
        lambda f, o: {"s": f["status"]},
    ),
    (
        "taskStatusesUpdate(target)",
        "mutation($s: ID!, $t: ID) { taskStatusesUpdate(statusId: $s, autoAdvanceOn: TIMER_STARTED, autoAdvanceToStatusId: $t) { errors { code } } }",
        lambda f, o: {"s": o["status"], "t": f["status"]},
    ),
    (
        "taskStatusesReorder",
        "mutation($s: [ID!]!) { taskStatusesReorder(statusIds: $s) { errors { code } } }",
        lambda f, o: {"s": [f["status"]]},
    ),
    (
        "taskStatusesReorder(project)",
        "mutation($s: [ID!]!, $p: ID) { taskStatusesReorder(statusIds: $s, projectId: $p) { errors { code } } }",
        lambda f, o: {"s": [f["status"]], "p": f["project"]},
    ),
    (
        "taskStatusesDelete",
        "mutation($s: ID!, $r: ID!) { taskStatusesDelete(statusId: $s, replacementStatusId: $r) { errors { code } } }",
        lambda f, o: {"s": f["status"], "r": o["status"]},
    ),
    (
        "taskStatusesDelete(replacement)",
        "mutation($s: ID!, $r: ID!) { taskStatusesDelete(statusId: $s, replacementStatusId: $r) { errors { code } } }",
        lambda f, o: {"s": o["status"], "r": f["status"]},
    ),
]

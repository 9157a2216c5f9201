"""Tenancy cases for recurring task rules: another organization's rules, Spaces and template
tasks are not found."""

from __future__ import annotations

from typing import Any

from tests.conftest import Workspace
from tests.support import GraphQLClient

_CREATE = """mutation($p: ID!) { taskRecurrencesCreate(projectId: $p, title: "Standup",
  rule: {frequency: DAILY}, startsOn: "2031-01-01") { result { id } errors { message } } }"""


async def add_foreign(api: GraphQLClient, other_workspace: Workspace, ids: dict[str, str]) -> None:
    data = await api.data(other_workspace.token, _CREATE, {"p": ids["project"]})
    ids["recurrence"] = data["taskRecurrencesCreate"]["result"]["id"]


_RULE = 'rule: {frequency: DAILY}, startsOn: "2031-01-01"'

# (name, document, variables from foreign ids `f` and own ids `o`)
CASES: list[tuple[str, str, Any]] = [
    (
        "taskRecurrencesGet",
        "query($r: ID!) { taskRecurrencesGet(recurrenceId: $r) { id } }",
        lambda f, o: {"r": f["recurrence"]},
    ),
    (
        "taskRecurrencesList(project)",
        "query($p: ID) { taskRecurrencesList(projectId: $p) { totalCount } }",
        lambda f, o: {"p": f["project"]},
    ),
    (
        "taskRecurrencesOccurrencesList",
        "query($r: ID!) { taskRecurrencesOccurrencesList(recurrenceId: $r) { totalCount } }",
        lambda f, o: {"r": f["recurrence"]},
    ),
    (
        "taskRecurrencesCreate(project)",
        'mutation($p: ID) { taskRecurrencesCreate(projectId: $p, title: "x", '
        + _RULE
        + ") { errors { code } } }",
        lambda f, o: {"p": f["project"]},
    ),
    (
        "taskRecurrencesCreate(template)",
        "mutation($t: ID) { taskRecurrencesCreate(templateTaskId: $t, "
        + _RULE
        + ") { errors { code } } }",
        lambda f, o: {"t": f["task"]},
    ),
    (
        "taskRecurrencesCreate(template key)",
        "mutation($t: ID) { taskRecurrencesCreate(templateTaskId: $t, "
        + _RULE
        + ") { errors { code } } }",
        lambda f, o: {"t": f["task_key"]},
    ),
    (
        "taskRecurrencesUpdate",
        'mutation($r: ID!) { taskRecurrencesUpdate(recurrenceId: $r, title: "x") { errors { code } } }',
        lambda f, o: {"r": f["recurrence"]},
    ),
    (
        "taskRecurrencesDelete",
        "mutation($r: ID!) { taskRecurrencesDelete(recurrenceId: $r) { errors { code } } }",
        lambda f, o: {"r": f["recurrence"]},
    ),
]

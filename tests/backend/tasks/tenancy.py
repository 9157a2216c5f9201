"""Tenancy cases for the tasks domain's ID-taking arguments (collected by test_tenancy)."""

from __future__ import annotations

from datetime import date
from typing import Any

from backend.labels.models import Label
from backend.milestones.models import Milestone
from backend.task_groups.models import TaskGroup
from backend.tasks.models import TaskLabel
from tests.conftest import Workspace
from tests.support import GraphQLClient


async def add_foreign(api: GraphQLClient, other: Workspace, ids: dict[str, str]) -> None:
    """A group, label and milestone in the other organization; the label is on its task."""
    group = await TaskGroup.create(
        organization_id=other.organization_id, project_id=ids["project"], name="Theirs", position=0
    )
    label = await Label.create(
        organization_id=other.organization_id, name="Tasks tenancy", name_key="tasks tenancy"
    )
    milestone = await Milestone.create(
        organization_id=other.organization_id,
        project_id=ids["project"],
        title="Theirs",
        target_date=date(2026, 12, 1),
    )
    await TaskLabel.create(task_id=ids["task"], label_id=label.id)
    ids |= {
        "tasks_group": str(group.id),
        "tasks_label": str(label.id),
        "tasks_milestone": str(milestone.id),
    }


_CREATE = 'mutation($p: ID!, $x: {type}) {{ tasksCreate(projectId: $p, title: "x", {arg}: $x) {{ errors {{ code }} }} }}'
_UPDATE = (
    "mutation($t: ID!, $x: ID) {{ tasksUpdate(taskId: $t, {arg}: $x) {{ errors {{ code }} }} }}"
)
_LIST = "query($x: ID) {{ tasksList({arg}: $x) {{ totalCount }} }}"
_LABELS_ADD = (
    "mutation($t: ID!, $l: ID!) { tasksLabelsAdd(taskId: $t, labelId: $l) { errors { code } } }"
)
_LABELS_REMOVE = (
    "mutation($t: ID!, $l: ID!) { tasksLabelsRemove(taskId: $t, labelId: $l) { errors { code } } }"
)
_MOVE = "mutation($t: ID!, $g: ID) { tasksMove(taskId: $t, groupId: $g) { errors { code } } }"
_REORDER = "mutation($g: ID, $ids: [ID!]!) { tasksReorder(groupId: $g, taskIds: $ids) { errors { code } } }"

# (name, document, variables from foreign ids `f` and own ids `o`)
CASES: list[tuple[str, str, Any]] = [
    (
        "tasksCreate(group)",
        _CREATE.format(type="ID", arg="groupId"),
        lambda f, o: {"p": o["project"], "x": f["tasks_group"]},
    ),
    (
        "tasksCreate(labels)",
        _CREATE.format(type="[ID!]", arg="labelIds"),
        lambda f, o: {"p": o["project"], "x": [f["tasks_label"]]},
    ),
    (
        "tasksCreate(milestone)",
        _CREATE.format(type="ID", arg="milestoneId"),
        lambda f, o: {"p": o["project"], "x": f["tasks_milestone"]},
    ),
    (
        "tasksCreate(parent)",
        _CREATE.format(type="ID", arg="parentTaskId"),
        lambda f, o: {"p": o["project"], "x": f["task"]},
    ),
    (
        "tasksCreate(parent key)",
        _CREATE.format(type="ID", arg="parentTaskId"),
        lambda f, o: {"p": o["project"], "x": f["task_key"]},
    ),
    (
        "tasksUpdate(milestone)",
        _UPDATE.format(arg="milestoneId"),
        lambda f, o: {"t": o["task"], "x": f["tasks_milestone"]},
    ),
    (
        "tasksUpdate(parent)",
        _UPDATE.format(arg="parentTaskId"),
        lambda f, o: {"t": o["task"], "x": f["task"]},
    ),
    (
        "tasksList(label)",
        _LIST.format(arg="labelId"),
        lambda f, o: {"x": f["tasks_label"]},
    ),
    (
        "tasksList(group)",
        _LIST.format(arg="groupId"),
        lambda f, o: {"x": f["tasks_group"]},
    ),
    (
        "tasksList(milestone)",
        _LIST.format(arg="milestoneId"),
        lambda f, o: {"x": f["tasks_milestone"]},
    ),
    (
        "tasksList(parent)",
        _LIST.format(arg="parentTaskId"),
        lambda f, o: {"x": f["task"]},
    ),
    (
        "tasksLabelsAdd",
        _LABELS_ADD,
        lambda f, o: {"t": f["task"], "l": f["tasks_label"]},
    ),
    (
        "tasksLabelsAdd(label)",
        _LABELS_ADD,
        lambda f, o: {"t": o["task"], "l": f["tasks_label"]},
    ),
    (
        "tasksLabelsRemove",
        _LABELS_REMOVE,
        lambda f, o: {"t": f["task"], "l": f["tasks_label"]},
    ),
    (
        "tasksLabelsRemove(label)",
        _LABELS_REMOVE,
        lambda f, o: {"t": o["task"], "l": f["tasks_label"]},
    ),
    ("tasksMove", _MOVE, lambda f, o: {"t": f["task"], "g": None}),
    ("tasksMove(group)", _MOVE, lambda f, o: {"t": o["task"], "g": f["tasks_group"]}),
    ("tasksReorder", _REORDER, lambda f, o: {"g": f["tasks_group"], "ids": []}),
    ("tasksReorder(tasks)", _REORDER, lambda f, o: {"g": None, "ids": [f["task"]]}),
    (
        "tasksReorder(tasks key)",
        _REORDER,
        lambda f, o: {"g": None, "ids": [o["task"], f["task_key"]]},
    ),
]

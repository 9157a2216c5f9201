"""What a status may be: a bounded name unique in its workflow, a percentage, and an auto-advance
transition that is complete, stays in its workflow and never loops."""

from __future__ import annotations

from uuid import UUID

from backend.core.errors import Conflict, Invalid
from backend.core.principal import Principal
from backend.core.validation import clean_text
from backend.task_statuses.models import AutoAdvanceTrigger, TaskStatus
from backend.task_statuses.transitions import find_loop
from backend.task_statuses.workflows import get_status, workflow_statuses

MAX_NAME = 100


def clean_name(name: str) -> str:
    return clean_text(name, max_length=MAX_NAME, field="name", subject="The status name")


def check_progress(progress: int) -> int:
    if not 0 <= progress <= 100:
        raise Invalid(f"progress is a percentage from 0 to 100; got {progress}.", field="progress")
    return progress


async def ensure_unique_name(
    organization_id: object, project_id: object | None, name: str, *, exclude: object = None
) -> None:
    same = workflow_statuses(organization_id, project_id).filter(name__iexact=name)
    if exclude is not None:
        same = same.exclude(id=exclude)
    existing = await same.first()
    if existing is not None:
        raise Conflict(
            f"This workflow already has a status named '{existing.name}' (id {existing.id}). "
            "Choose another name, or update that status instead.",
            field="name",
            reason="NAME_TAKEN",
        )


async def target_in_workflow(
    principal: Principal, project_id: object | None, target_id: object
) -> TaskStatus:
    field = "auto_advance_to_status_id"
    target = await get_status(principal, target_id, field=field)
    if target.project_id != project_id:
        raise Invalid(
            f"Status {target_id} belongs to another workflow; an auto-advance target must be "
            "a status of the same workflow (see task_statuses_list).",
            field=field,
            reason="OTHER_WORKFLOW",
        )
    return target


async def check_auto_advance(status: TaskStatus, *, field: str) -> None:
    """The transition is complete, goes elsewhere, leaves a non-terminal status, and never loops."""
    if status.auto_advance_on is None and status.auto_advance_to_id is None:
        return
    if status.auto_advance_on is None or status.auto_advance_to_id is None:
        missing = (
            "auto_advance_on" if status.auto_advance_on is None else "auto_advance_to_status_id"
        )
        raise Invalid(
            "An auto-advance transition needs both auto_advance_on (the trigger) and "
            f"auto_advance_to_status_id (the target); {missing} is missing.",
            field=missing,
        )
    if status.auto_advance_to_id == status.id:
        raise Invalid(
            f"Status '{status.name}' cannot auto-advance to itself; pick another target status.",
            field="auto_advance_to_status_id",
        )
    if status.is_terminal:
        raise Invalid(
            f"Status '{status.name}' is terminal: entering it completes the task, so it cannot "
            "auto-advance. Remove the transition (clear_auto_advance) or make it non-terminal.",
            field=field,
            reason="TERMINAL_AUTO_ADVANCE",
        )
    workflow_rows = await workflow_statuses(status.organization_id, status.project_id).filter(
        auto_advance_on__isnull=False, auto_advance_to_id__isnull=False
    )
    rows: dict[UUID, TaskStatus] = {s.id: s for s in workflow_rows}
    rows[status.id] = status
    edges = {
        s.id: (AutoAdvanceTrigger(s.auto_advance_on), s.auto_advance_to_id)
        for s in rows.values()
        if s.auto_advance_on is not None and s.auto_advance_to_id is not None
    }
    loop = find_loop(edges, status.id)
    if loop is not None:
        names = {
            s.id: s.name for s in await workflow_statuses(status.organization_id, status.project_id)
        }
        names[status.id] = status.name
        path = " → ".join(f"'{names.get(i, i)}'" for i in loop)
        raise Invalid(
            f"Auto-advance on {status.auto_advance_on} would loop: {path}. Change the target or "
            "the trigger of one of these statuses.",
            field=field,
            reason="AUTO_ADVANCE_LOOP",
        )

"""Task groups: a project's board columns and sections, in the one position scheme (core.ordering)."""

from __future__ import annotations

from typing import Annotated

from backend.core.arguments import MAX_IDS, Bounds, Doc, Id
from backend.core.errors import Invalid
from backend.core.ids import parse_id
from backend.core.ordering import in_requested_order, renumber
from backend.core.permissions import Permission
from backend.core.principal import Principal
from backend.core.unit_of_work import unit_of_work
from backend.core.validation import clean_text
from backend.projects import locks as project_locks
from backend.projects import service as projects_service
from backend.projects.arguments import ProjectId
from backend.projects.models import Project
from backend.task_groups.arguments import GroupId
from backend.task_groups.events import TaskGroupEvent
from backend.task_groups.models import TaskGroup

MAX_NAME = 100


def _clean_name(name: str) -> str:
    return clean_text(name, max_length=MAX_NAME, field="name", subject="The group name")


async def _ordered(project_id: object) -> list[TaskGroup]:
    return await TaskGroup.filter(project_id=project_id).order_by("position", "created_at", "id")


async def _lock_groups_of(project: Project) -> list[TaskGroup]:
    """The project's groups in order, with the project row locked until commit.

    Every change to a project's groups takes this lock first, so concurrent inserts, reorders and
    deletes on PostgreSQL run one after another and positions stay dense (SQLite writes are serial).
    """
    await project_locks.lock_project(project.id)
    return await _ordered(project.id)


async def get_group(
    principal: Principal, group_id: object, *, field: str = "group_id"
) -> TaskGroup:
    """A group of a Space the principal can read."""
    return await projects_service.get_in_accessible_project(
        principal, TaskGroup, group_id, entity="group", field=field
    )


async def group_for_project(
    principal: Principal, project: Project, group_id: object, *, field: str = "group_id"
) -> TaskGroup:
    """A group of this project; a group of another project is refused."""
    return await projects_service.get_of_project(
        principal,
        project,
        TaskGroup,
        group_id,
        entity="group",
        field=field,
        label="name",
        list_tool="task_groups_list",
    )


async def _writable_group(
    principal: Principal, group_id: object, action: str
) -> tuple[TaskGroup, Project]:
    return await projects_service.get_writable_in_project(
        principal, TaskGroup, group_id, entity="group", field="group_id", action=action
    )


async def list_groups(principal: Principal, *, project_id: ProjectId) -> list[TaskGroup]:
    project = await projects_service.get_project(principal, project_id)
    return await _ordered(project.id)


async def create_group(
    principal: Principal,
    *,
    project_id: ProjectId,
    name: Annotated[str, Doc("The group's name, not blank."), Bounds(max_length=MAX_NAME)],
    position: Annotated[
        int | None, Doc("Index to insert at, 0 for first; at the end if omitted.")
    ] = None,
) -> TaskGroup:
    principal.require(Permission.MANAGE_TASKS, "create task groups")
    name = _clean_name(name)
    async with unit_of_work(principal) as uow:
        project = await projects_service.get_writable_project(principal, project_id)
        groups = await _lock_groups_of(project)
        if position is None:
            position = len(groups)
        elif not 0 <= position <= len(groups):
            raise Invalid(
                f"position must be between 0 and {len(groups)} (the number of groups "
                f"in {project.key}); got {position}. Omit it to add the group at the end.",
                field="position",
            )
        group = await TaskGroup.create(
            organization_id=principal.organization_id,
            project_id=project.id,
            name=name,
            position=position,
        )
        # The new group takes the index; the ones from there on shift down by one.
        await renumber(TaskGroup, [*groups[:position], group, *groups[position:]])
        uow.record(TaskGroupEvent.CREATED, group.id, project_id=project.id)
    return group


async def rename_group(
    principal: Principal,
    *,
    group_id: GroupId,
    name: Annotated[str, Doc("The new name, not blank."), Bounds(max_length=MAX_NAME)],
) -> TaskGroup:
    principal.require(Permission.MANAGE_TASKS, "rename task groups")
    name = _clean_name(name)
    async with unit_of_work(principal) as uow:
        group, project = await _writable_group(principal, group_id, "rename task groups")
        if group.name != name:
            group.name = name
            await group.save(update_fields=["name", "updated_at"])
            uow.record(TaskGroupEvent.RENAMED, group.id, project_id=project.id)
    return group


async def reorder_groups(
    principal: Principal,
    *,
    project_id: ProjectId,
    group_ids: Annotated[
        list[Id], Doc("Every group id of the Space, in the new order."), Bounds(max_items=MAX_IDS)
    ],
) -> list[TaskGroup]:
    """Put a project's groups in the given order; group_ids must list each of them exactly once."""
    principal.require(Permission.MANAGE_TASKS, "reorder task groups")
    field = "group_ids"
    wanted = [parse_id(i, entity="group", field=field) for i in group_ids]
    async with unit_of_work(principal) as uow:
        project = await projects_service.get_writable_project(principal, project_id)
        current = await _lock_groups_of(project)
        ordered = await in_requested_order(
            current,
            wanted,
            scope=projects_service.in_accessible_projects(principal, TaskGroup),
            entity="group",
            plural="groups",
            field=field,
            whole=project.key,
            elsewhere="another Space",
            hint=f"List {project.key}'s groups with task_groups_list(project_id).",
        )
        for group in await renumber(TaskGroup, ordered):
            uow.record(TaskGroupEvent.REORDERED, group.id, project_id=project.id)
    return ordered


async def delete_group(
    principal: Principal,
    *,
    group_id: Annotated[Id, Doc("The group to delete.")],
    move_tasks_to_group_id: Annotated[
        Id | None,
        Doc(
            "Another group of the same Space to move the tasks to; "
            "omit to leave them without a group."
        ),
    ] = None,
) -> TaskGroup:
    """Delete a group; its tasks move to another group of the Space, or out of any group."""
    async with unit_of_work(principal) as uow:
        group, project = await _writable_group(principal, group_id, "delete task groups")
        target = None
        if move_tasks_to_group_id is not None:
            target = await group_for_project(
                principal, project, move_tasks_to_group_id, field="move_tasks_to_group_id"
            )
            if target.id == group.id:
                raise Invalid(
                    "move_tasks_to_group_id is the group being deleted. Pick another group of "
                    f"{project.key}, or omit it to take the tasks out of any group.",
                    field="move_tasks_to_group_id",
                )
        groups = await _lock_groups_of(project)
        # Imported here: the tasks domain builds on groups.
        from backend.tasks import service as tasks_service

        await tasks_service.move_group_tasks(
            principal, from_group_id=group.id, to_group_id=None if target is None else target.id
        )
        await group.delete()
        await renumber(TaskGroup, [g for g in groups if g.id != group.id])
        uow.record(TaskGroupEvent.DELETED, group.id, project_id=project.id)
    return group

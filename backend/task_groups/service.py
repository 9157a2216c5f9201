"""Task groups: a project's board columns and sections, kept in a dense 0..n-1 order."""

from __future__ import annotations

from backend.core.errors import Invalid, NotFound
from backend.core.ids import parse_id
from backend.core.permissions import Permission
from backend.core.principal import Principal
from backend.core.unit_of_work import unit_of_work
from backend.projects import service as projects_service
from backend.projects.models import Project
from backend.task_groups.events import TaskGroupEvent
from backend.task_groups.models import TaskGroup

MAX_NAME = 100


def _clean_name(name: str) -> str:
    name = name.strip()
    if not name or len(name) > MAX_NAME:
        raise Invalid(f"The group name must be 1 to {MAX_NAME} characters.", field="name")
    return name


async def _ordered(project_id: object) -> list[TaskGroup]:
    return await TaskGroup.filter(project_id=project_id).order_by("position", "created_at", "id")


async def _lock_groups_of(project: Project) -> list[TaskGroup]:
    """The project's groups in order, with the project row locked until commit.

    Every change to a project's groups takes this lock first, so concurrent inserts, reorders and
    deletes on PostgreSQL run one after another and positions stay dense (SQLite writes are serial).
    """
    await Project.filter(id=project.id).select_for_update().first()
    return await _ordered(project.id)


async def _renumber(groups: list[TaskGroup]) -> list[TaskGroup]:
    """Give the groups positions 0..n-1 in list order, saving only those that changed."""
    changed = []
    for position, group in enumerate(groups):
        if group.position != position:
            group.position = position
            await group.save(update_fields=["position", "updated_at"])
            changed.append(group)
    return changed


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
    group = await get_group(principal, group_id, field=field)
    if group.project_id != project.id:
        raise Invalid(
            f"Group '{group.name}' belongs to another Space, not {project.key}. "
            "List this Space's groups with task_groups_list(project_id).",
            field=field,
        )
    return group


async def _writable_group(
    principal: Principal, group_id: object, action: str
) -> tuple[TaskGroup, Project]:
    principal.require(Permission.MANAGE_TASKS, action)
    group = await get_group(principal, group_id)
    project = await projects_service.get_writable_project(principal, str(group.project_id))
    return group, project


async def list_groups(principal: Principal, *, project_id: str) -> list[TaskGroup]:
    project = await projects_service.get_project(principal, project_id)
    return await _ordered(project.id)


async def create_group(
    principal: Principal, *, project_id: str, name: str, position: int | None = None
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
        await _renumber([*groups[:position], group, *groups[position:]])
        uow.record(TaskGroupEvent.CREATED, group.id, project_id=project.id)
    return group


async def rename_group(principal: Principal, *, group_id: str, name: str) -> TaskGroup:
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
    principal: Principal, *, project_id: str, group_ids: list[str]
) -> list[TaskGroup]:
    """Put a project's groups in the given order; group_ids must list each of them exactly once."""
    principal.require(Permission.MANAGE_TASKS, "reorder task groups")
    field = "group_ids"
    async with unit_of_work(principal) as uow:
        project = await projects_service.get_writable_project(principal, project_id)
        current = await _lock_groups_of(project)
        wanted = [parse_id(i, entity="group", field=field) for i in group_ids]
        repeated = sorted({str(i) for i in wanted if wanted.count(i) > 1})
        if repeated:
            raise Invalid(f"group_ids lists {', '.join(repeated)} more than once.", field=field)
        by_id = {g.id: g for g in current}
        extra = [i for i in wanted if i not in by_id]
        if extra:
            known = set(
                await TaskGroup.filter(
                    id__in=extra, organization_id=principal.organization_id
                ).values_list("id", flat=True)
            )
            unknown = [i for i in extra if i not in known]
            if unknown:
                raise NotFound.entity("group", unknown[0], field=field)
            raise Invalid(
                f"group_ids includes groups of another Space: {', '.join(map(str, extra))}. "
                f"List {project.key}'s groups with task_groups_list(project_id).",
                field=field,
            )
        missing = [g for g in current if g.id not in set(wanted)]
        if missing:
            names = ", ".join(f"'{g.name}' ({g.id})" for g in missing)
            raise Invalid(
                f"group_ids must list every group of {project.key} exactly once; missing: {names}.",
                field=field,
            )
        ordered = [by_id[i] for i in wanted]
        for group in await _renumber(ordered):
            uow.record(TaskGroupEvent.REORDERED, group.id, project_id=project.id)
    return ordered


async def delete_group(
    principal: Principal, *, group_id: str, move_tasks_to_group_id: str | None = None
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
        await _renumber([g for g in groups if g.id != group.id])
        uow.record(TaskGroupEvent.DELETED, group.id, project_id=project.id)
    return group

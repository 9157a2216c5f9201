"""The locks and counters of a project row, offered to the domains whose rows live in a Space.

Other domains never lock or write `Project` rows themselves: they call these.

One lock strength for one purpose. Every lock here serializes changes *under* a project (board
order, hierarchy, groups, workflow, task numbers) until commit, so it takes PostgreSQL's
`FOR NO KEY UPDATE`: it conflicts with itself, with `FOR UPDATE` and with deleting the project,
but not with the `FOR KEY SHARE` that foreign-key checks take, so inserting a comment, a time
entry or a task that merely references the project is not blocked behind a reorder. An
`UPDATE` of a non-key column (the task counter) takes the same mode, so the counter and the
lock serialize against each other. SQLite ignores row locks: it already runs one writer at a
time (BEGIN IMMEDIATE).
"""

from __future__ import annotations

from tortoise.expressions import F

from backend.projects.models import Project


async def lock_project(project_id: object) -> None:
    """Hold the project's row lock until the current transaction ends."""
    await Project.filter(id=project_id).select_for_update(no_key=True).first()


async def allocate_task_number(project_id: object) -> int:
    """The next task number of the project (1, 2, …), never given twice.

    The UPDATE takes the project's row lock until commit, so concurrent creates get distinct
    numbers and, holding the lock, land at distinct positions too.
    """
    await Project.filter(id=project_id).update(next_task_number=F("next_task_number") + 1)
    numbered = await Project.get(id=project_id)
    return int(numbered.next_task_number) - 1

"""Tenancy: every operation, given another organization's ids, reads nothing and writes nothing.

Core cases live here; each domain adds `tests/backend/<domain>/tenancy.py` with `CASES` (same shape),
and optionally `add_foreign(api, other_workspace, ids)` / `add_own(api, workspace, own)` to create
the objects its cases need. A test fails when an ID-taking field has no case.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from tortoise import Tortoise
from tortoise.models import Model

from backend.core import tokens
from backend.core.permissions import Role
from backend.task_statuses.models import TaskStatus
from backend.users.models import PersonalAccessToken
from tests.backend.test_graphql_api import create_project, create_task
from tests.conftest import Workspace
from tests.support import GraphQLClient


def _organization_path(model: type[Model], depth: int = 0) -> str | None:
    """The filter path from a model to its organization id, following foreign keys."""
    fields = model._meta.fields_map
    if "organization" in fields:
        return "organization_id"
    if depth > 3:
        return None
    for name in sorted(model._meta.fk_fields):
        related = fields[name].related_model  # type: ignore[attr-defined]
        if related is model:
            continue
        path = _organization_path(related, depth + 1)
        if path is not None:
            return f"{name}__{path}"
    return None


async def _other_org_rows(organization_id: str) -> dict[str, Any]:
    """Every row of every table that belongs to the organization, to compare before/after."""
    rows: dict[str, Any] = {}
    for model in Tortoise.apps["models"].values():
        path = _organization_path(model)
        if path is None or model.__name__ in {"Organization", "User"}:
            continue
        rows[model.__name__] = await model.filter(**{path: organization_id}).order_by("id").values()
    return rows


def _domain_modules() -> list[ModuleType]:
    """`tests/backend/<domain>/tenancy.py` modules: their CASES, add_foreign() and add_own()."""
    here = Path(__file__).parent
    return [
        importlib.import_module(f"tests.backend.{p.parent.name}.tenancy")
        for p in sorted(here.glob("*/tenancy.py"))
    ]


DOMAINS = _domain_modules()


@pytest.fixture
async def foreign(api: GraphQLClient, other_workspace: Workspace) -> dict[str, str]:
    """Ids of another organization's objects."""
    project = await create_project(api, other_workspace.token, "Foreign", key="FRN")
    task = await create_task(api, other_workspace.token, project["id"])
    colleague = await other_workspace.add_member(Role.MEMBER)
    await api.data(
        other_workspace.token,
        "mutation($t: ID!, $u: ID!) { tasksAssign(taskId: $t, userId: $u) { errors { message } } }",
        {"t": task["id"], "u": colleague.user_id},
    )
    entry = await api.data(
        other_workspace.token,
        'mutation($t: ID) { timeEntriesCreate(startedAt: "2026-11-01T10:00:00Z", durationMinutes: 30, taskId: $t) { result { id } } }',
        {"t": task["id"]},
    )
    token = await PersonalAccessToken.get(token_hash=tokens.hash_token(other_workspace.token))
    status = await TaskStatus.filter(organization_id=other_workspace.organization_id).first()
    assert status is not None
    ids = {
        "project": project["id"],
        "task": task["id"],
        "task_key": task["key"],
        "user": colleague.user_id,
        "owner": other_workspace.user_id,
        "entry": entry["timeEntriesCreate"]["result"]["id"],
        "token": str(token.id),
        "status": str(status.id),
    }
    for domain in DOMAINS:
        if hasattr(domain, "add_foreign"):
            await domain.add_foreign(api, other_workspace, ids)
    return ids


# (name, document, variables from foreign ids `f` and own ids `o`)
CASES: list[tuple[str, str, Any]] = [
    (
        "projectsGet",
        "query($p: ID!) { projectsGet(projectId: $p) { id } }",
        lambda f, o: {"p": f["project"]},
    ),
    (
        "projectsUpdate",
        'mutation($p: ID!) { projectsUpdate(projectId: $p, name: "x") { errors { code } } }',
        lambda f, o: {"p": f["project"]},
    ),
    (
        "projectsArchive",
        "mutation($p: ID!) { projectsArchive(projectId: $p) { errors { code } } }",
        lambda f, o: {"p": f["project"]},
    ),
    (
        "projectsUnarchive",
        "mutation($p: ID!) { projectsUnarchive(projectId: $p) { errors { code } } }",
        lambda f, o: {"p": f["project"]},
    ),
    (
        "projectsMembersList",
        "query($p: ID!) { projectsMembersList(projectId: $p) { totalCount } }",
        lambda f, o: {"p": f["project"]},
    ),
    (
        "projectsMembersAdd",
        "mutation($p: ID!, $u: ID!) { projectsMembersAdd(projectId: $p, userId: $u) { errors { code } } }",
        lambda f, o: {"p": f["project"], "u": o["user"]},
    ),
    (
        "projectsMembersAdd(user)",
        "mutation($p: ID!, $u: ID!) { projectsMembersAdd(projectId: $p, userId: $u) { errors { code } } }",
        lambda f, o: {"p": o["project"], "u": f["user"]},
    ),
    (
        "projectsMembersRemove",
        "mutation($p: ID!, $u: ID!) { projectsMembersRemove(projectId: $p, userId: $u) { errors { code } } }",
        lambda f, o: {"p": f["project"], "u": f["owner"]},
    ),
    ("tasksGet", "query($t: ID!) { tasksGet(taskId: $t) { id } }", lambda f, o: {"t": f["task"]}),
    (
        "tasksGet(key)",
        "query($t: ID!) { tasksGet(taskId: $t) { id } }",
        lambda f, o: {"t": f["task_key"]},
    ),
    (
        "tasksList(project)",
        "query($p: ID) { tasksList(projectId: $p) { totalCount } }",
        lambda f, o: {"p": f["project"]},
    ),
    (
        "tasksList(status)",
        "query($s: ID) { tasksList(statusId: $s) { totalCount } }",
        lambda f, o: {"s": f["status"]},
    ),
    (
        "tasksCreate",
        'mutation($p: ID!) { tasksCreate(projectId: $p, title: "x") { errors { code } } }',
        lambda f, o: {"p": f["project"]},
    ),
    (
        "tasksCreate(status)",
        'mutation($p: ID!, $s: ID) { tasksCreate(projectId: $p, title: "x", statusId: $s) { errors { code } } }',
        lambda f, o: {"p": o["project"], "s": f["status"]},
    ),
    (
        "tasksCreate(assignee)",
        'mutation($p: ID!, $u: [ID!]) { tasksCreate(projectId: $p, title: "x", assigneeIds: $u) { errors { code } } }',
        lambda f, o: {"p": o["project"], "u": [f["user"]]},
    ),
    (
        "tasksUpdate",
        'mutation($t: ID!) { tasksUpdate(taskId: $t, title: "x") { errors { code } } }',
        lambda f, o: {"t": f["task"]},
    ),
    (
        "tasksDelete",
        "mutation($t: ID!) { tasksDelete(taskId: $t) { errors { code } } }",
        lambda f, o: {"t": f["task"]},
    ),
    (
        "tasksAssign",
        "mutation($t: ID!, $u: ID!) { tasksAssign(taskId: $t, userId: $u) { errors { code } } }",
        lambda f, o: {"t": f["task"], "u": o["user"]},
    ),
    (
        "tasksAssign(user)",
        "mutation($t: ID!, $u: ID!) { tasksAssign(taskId: $t, userId: $u) { errors { code } } }",
        lambda f, o: {"t": o["task"], "u": f["user"]},
    ),
    (
        "tasksUnassign",
        "mutation($t: ID!, $u: ID!) { tasksUnassign(taskId: $t, userId: $u) { errors { code } } }",
        lambda f, o: {"t": f["task"], "u": f["user"]},
    ),
    (
        "tasksSetStatus",
        "mutation($t: ID!, $s: ID!) { tasksSetStatus(taskId: $t, statusId: $s) { errors { code } } }",
        lambda f, o: {"t": f["task"], "s": o["status"]},
    ),
    (
        "tasksSetStatus(status)",
        "mutation($t: ID!, $s: ID!) { tasksSetStatus(taskId: $t, statusId: $s) { errors { code } } }",
        lambda f, o: {"t": o["task"], "s": f["status"]},
    ),
    (
        "tasksList(assignee)",
        "query($u: ID) { tasksList(assigneeId: $u) { totalCount } }",
        lambda f, o: {"u": f["user"]},
    ),
    (
        "projectsDelete",
        "mutation($p: ID!) { projectsDelete(projectId: $p) { errors { code } } }",
        lambda f, o: {"p": f["project"]},
    ),
    (
        "projectsStats",
        "query($p: ID!) { projectsStats(projectId: $p) { taskCount } }",
        lambda f, o: {"p": f["project"]},
    ),
    (
        "taskStatusesList",
        "query($p: ID) { taskStatusesList(projectId: $p) { id } }",
        lambda f, o: {"p": f["project"]},
    ),
    (
        "timeStartTimer(task)",
        "mutation($t: ID) { timeStartTimer(taskId: $t) { errors { code } } }",
        lambda f, o: {"t": f["task"]},
    ),
    (
        "timeStartTimer(project)",
        "mutation($p: ID) { timeStartTimer(projectId: $p) { errors { code } } }",
        lambda f, o: {"p": f["project"]},
    ),
    (
        "timeEntriesGet",
        "query($e: ID!) { timeEntriesGet(entryId: $e) { id } }",
        lambda f, o: {"e": f["entry"]},
    ),
    (
        "timeEntriesList(project)",
        "query($p: ID) { timeEntriesList(projectId: $p) { totalCount } }",
        lambda f, o: {"p": f["project"]},
    ),
    (
        "timeEntriesCreate",
        'mutation($t: ID) { timeEntriesCreate(startedAt: "2026-11-02T10:00:00Z", durationMinutes: 5, taskId: $t) { errors { code } } }',
        lambda f, o: {"t": f["task"]},
    ),
    (
        "timeEntriesUpdate",
        'mutation($e: ID!) { timeEntriesUpdate(entryId: $e, description: "x") { errors { code } } }',
        lambda f, o: {"e": f["entry"]},
    ),
    (
        "timeEntriesDelete",
        "mutation($e: ID!) { timeEntriesDelete(entryId: $e) { errors { code } } }",
        lambda f, o: {"e": f["entry"]},
    ),
    (
        "usersTokensRevoke",
        "mutation($t: ID!) { usersTokensRevoke(tokenId: $t) { errors { code } } }",
        lambda f, o: {"t": f["token"]},
    ),
    (
        "membersGet",
        "query($u: ID!) { membersGet(userId: $u) { role } }",
        lambda f, o: {"u": f["user"]},
    ),
]


def _codes(body: dict[str, Any]) -> list[str]:
    codes = [e.get("extensions", {}).get("code") for e in body.get("errors") or []]
    for value in (body.get("data") or {}).values():
        if isinstance(value, dict):
            codes += [e["code"] for e in value.get("errors") or []]
    return codes


ALL_CASES = CASES + [case for domain in DOMAINS for case in domain.CASES]


@pytest.mark.parametrize(
    ("name", "document", "variables"), ALL_CASES, ids=[c[0] for c in ALL_CASES]
)
async def test_other_organizations_ids_are_not_found_and_nothing_changes(
    api: GraphQLClient,
    workspace: Workspace,
    other_workspace: Workspace,
    foreign: dict[str, str],
    name: str,
    document: str,
    variables: Any,
) -> None:
    project = await create_project(api, workspace.token, "Own", key="OWN")
    task = await create_task(api, workspace.token, project["id"])
    status = await TaskStatus.filter(organization_id=workspace.organization_id).first()
    assert status is not None
    own = {
        "project": project["id"],
        "task": task["id"],
        "user": workspace.user_id,
        "status": str(status.id),
    }
    for domain in DOMAINS:
        if hasattr(domain, "add_own"):
            await domain.add_own(api, workspace, own)
    before = await _other_org_rows(other_workspace.organization_id)

    body = await api.execute(workspace.token, document, variables(foreign, own))

    assert _codes(body) == ["NOT_FOUND"], (name, body)
    assert await _other_org_rows(other_workspace.organization_id) == before


async def test_every_service_core_operation_is_covered_by_the_tenancy_table() -> None:
    from backend.schema import schema

    with_ids = set()
    for root in ("Query", "Mutation"):
        graphql_type = schema._schema.get_type(root)
        for field_name, field in graphql_type.fields.items():  # type: ignore[union-attr]
            if any("ID" in str(arg.type) for arg in field.args.values()):
                with_ids.add(field_name)
    covered = {name.split("(")[0] for name, _, _ in ALL_CASES}
    assert with_ids - covered == set()

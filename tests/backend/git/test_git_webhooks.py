"""`POST /webhooks/git/{repository_id}` over real HTTP against `trcr serve`: signed GitHub and
GitLab pushes are recorded; forged, unsigned, foreign, oversized and replayed deliveries are not."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator

import httpx
import pytest
import pytest_asyncio

from backend.audit.models import AuditEntry
from backend.core.permissions import Role
from backend.git import service as git
from backend.git.models import GitCommit, GitCommitTask, GitDelivery, Provider
from backend.members import service as members_service
from backend.tasks import service as tasks_service
from backend.tasks.models import Task
from tests.backend.git.pushes import (
    SHA_A,
    SHA_B,
    commit,
    encode,
    github_headers,
    github_push,
    gitlab_headers,
    gitlab_push,
)
from tests.backend.support import project
from tests.conftest import Workspace
from tests.support import ServerProcess


@pytest_asyncio.fixture
async def http(server: ServerProcess) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=server.base_url, timeout=30) as client:
        yield client


def _path(linked: git.LinkedRepository) -> str:
    return f"/webhooks/git/{linked.repository.id}"


async def _commits(linked: git.LinkedRepository) -> list[str]:
    rows = await GitCommit.filter(repository_id=linked.repository.id).order_by("committed_at")
    return [row.sha for row in rows]


async def test_a_signed_github_push_records_commits_links_and_completes_the_fixed_task(
    http: httpx.AsyncClient, workspace: Workspace
) -> None:
    space = await project(workspace, "WEB")
    task = await tasks_service.create_task(
        workspace.principal(), project_id=str(space.id), title="Bug"
    )
    linked = await git.link_repository(
        workspace.principal(),
        provider=Provider.GITHUB,
        full_name="acme/web",
        project_id=str(space.id),
    )
    body = encode(github_push([commit(SHA_A, "Fixes WEB-1: the footer")]))

    response = await http.post(
        _path(linked), content=body, headers=github_headers(linked.secret, body)
    )

    assert response.status_code == 200, response.text
    assert response.json()["status"] == "recorded"
    assert response.json()["completed_tasks"] == ["WEB-1"]
    assert await _commits(linked) == [SHA_A]
    stored = await GitCommit.get(repository_id=linked.repository.id, sha=SHA_A)
    assert (stored.message, stored.author_name, stored.url) == (
        "Fixes WEB-1: the footer",
        "Ada Lovelace",
        f"https://github.com/acme/web/commit/{SHA_A}",
    )
    assert await GitCommitTask.exists(commit_id=stored.id, task_id=task.id)
    assert (await Task.get(id=task.id)).completed_at is not None
    # The delivery's change is audited as the webhook, acting as the user who linked it.
    entry = (
        await AuditEntry.filter(organization_id=workspace.organization_id)
        .order_by("-occurred_at")
        .first()
    )
    assert entry is not None
    assert (entry.interface, entry.operation, str(entry.actor_id)) == (
        "webhook",
        "git.push",
        workspace.user_id,
    )


async def test_github_ping_answers_pong_and_other_events_are_ignored(
    http: httpx.AsyncClient, workspace: Workspace
) -> None:
    linked = await git.link_repository(
        workspace.principal(), provider=Provider.GITHUB, full_name="acme/ping"
    )
    body = b'{"zen": "Keep it logically awesome."}'

    ping = await http.post(
        _path(linked), content=body, headers=github_headers(linked.secret, body, event="ping")
    )
    issues = await http.post(
        _path(linked), content=body, headers=github_headers(linked.secret, body, event="issues")
    )

    assert (ping.status_code, ping.json()["status"]) == (200, "pong")
    assert (issues.status_code, issues.json()["status"]) == (202, "ignored")


async def test_a_gitlab_push_with_its_token_is_recorded_and_a_wrong_token_is_not(
    http: httpx.AsyncClient, workspace: Workspace
) -> None:
    linked = await git.link_repository(
        workspace.principal(), provider=Provider.GITLAB, full_name="acme/group/web"
    )
    body = encode(
        gitlab_push([commit(SHA_A, "one"), commit(SHA_B, "two", at="2026-11-30T12:00:00Z")])
    )

    wrong = await http.post(
        _path(linked), content=body, headers=gitlab_headers(linked.secret + "x")
    )
    right = await http.post(_path(linked), content=body, headers=gitlab_headers(linked.secret))

    assert wrong.status_code == 401
    assert right.status_code == 200, right.text
    assert await _commits(linked) == [SHA_A, SHA_B]


async def test_forged_unsigned_foreign_and_unknown_deliveries_are_refused(
    http: httpx.AsyncClient, workspace: Workspace, other_workspace: Workspace
) -> None:
    linked = await git.link_repository(
        workspace.principal(), provider=Provider.GITHUB, full_name="acme/guarded"
    )
    foreign = await git.link_repository(
        other_workspace.principal(), provider=Provider.GITHUB, full_name="globex/web"
    )
    body = encode(github_push([commit(SHA_A, "evil")]))
    forged_body = encode(github_push([commit(SHA_B, "evil")]))
    unsigned = {
        k: v for k, v in github_headers(linked.secret, body).items() if "Signature" not in k
    }

    answers = {
        "unsigned": await http.post(_path(linked), content=body, headers=unsigned),
        # signed for one body, delivering another
        "forged": await http.post(
            _path(linked), content=forged_body, headers=github_headers(linked.secret, body)
        ),
        "foreign": await http.post(
            _path(linked), content=body, headers=github_headers(foreign.secret, body)
        ),
        "gitlab token on github": await http.post(
            _path(linked), content=body, headers=gitlab_headers(linked.secret)
        ),
        "unknown id": await http.post(
            f"/webhooks/git/{uuid.uuid4()}",
            content=body,
            headers=github_headers(linked.secret, body),
        ),
        "malformed id": await http.post(
            "/webhooks/git/not-an-id", content=body, headers=github_headers(linked.secret, body)
        ),
    }

    assert {name: r.status_code for name, r in answers.items()} == dict.fromkeys(answers, 401)
    assert answers["unknown id"].json() == answers["forged"].json()  # nothing tells them apart
    assert await _commits(linked) == []
    assert await _commits(foreign) == []


async def test_a_replayed_delivery_is_ignored_even_when_sent_concurrently(
    http: httpx.AsyncClient, workspace: Workspace
) -> None:
    linked = await git.link_repository(
        workspace.principal(), provider=Provider.GITHUB, full_name="acme/replay"
    )
    body = encode(github_push([commit(SHA_A, "once")]))
    headers = github_headers(linked.secret, body, delivery="72d3162e-cc78-11e3-81ab-4c9367dc0958")

    first = await http.post(_path(linked), content=body, headers=headers)
    replays = await asyncio.gather(
        *(http.post(_path(linked), content=body, headers=headers) for _ in range(3))
    )

    assert first.json()["status"] == "recorded"
    assert [r.json()["status"] for r in replays] == ["duplicate"] * 3
    assert await GitDelivery.filter(repository_id=linked.repository.id).count() == 1
    assert await _commits(linked) == [SHA_A]


async def test_a_delivery_without_an_id_or_with_a_malformed_payload_is_refused(
    http: httpx.AsyncClient, workspace: Workspace
) -> None:
    linked = await git.link_repository(
        workspace.principal(), provider=Provider.GITHUB, full_name="acme/bad"
    )
    body = encode(github_push([commit(SHA_A, "x")]))
    no_id = {
        k: v for k, v in github_headers(linked.secret, body).items() if k != "X-GitHub-Delivery"
    }
    garbage = b'{"ref": 1}'

    missing = await http.post(_path(linked), content=body, headers=no_id)
    malformed = await http.post(
        _path(linked), content=garbage, headers=github_headers(linked.secret, garbage)
    )

    assert missing.status_code == 400
    assert malformed.status_code == 400 and "malformed" in malformed.json()["error"]
    assert await _commits(linked) == []


async def test_an_oversized_body_is_refused_before_it_is_read(
    http: httpx.AsyncClient, workspace: Workspace
) -> None:
    linked = await git.link_repository(
        workspace.principal(), provider=Provider.GITHUB, full_name="acme/huge"
    )
    body = encode(github_push([commit(SHA_A, "x" * 1_100_000)]))

    response = await http.post(
        _path(linked), content=body, headers=github_headers(linked.secret, body)
    )

    assert response.status_code == 413
    assert await _commits(linked) == []


async def test_deliveries_stop_when_the_linking_user_can_no_longer_manage_integrations(
    http: httpx.AsyncClient, workspace: Workspace
) -> None:
    admin = await workspace.add_member(Role.ADMIN)
    linked = await git.link_repository(
        workspace.principal(Role.ADMIN, admin.user_id),
        provider=Provider.GITHUB,
        full_name="acme/left",
    )
    await members_service.change_role(
        workspace.principal(), user_id=admin.user_id, role=Role.MEMBER
    )
    body = encode(github_push([commit(SHA_A, "x")]))

    response = await http.post(
        _path(linked), content=body, headers=github_headers(linked.secret, body)
    )

    assert response.status_code == 403
    assert "git_repositories_link" in response.json()["error"]
    assert await _commits(linked) == []


@pytest.mark.parametrize("method", ["GET", "PUT"])
async def test_only_post_is_served(http: httpx.AsyncClient, method: str) -> None:
    response = await http.request(method, f"/webhooks/git/{uuid.uuid4()}")
    assert response.status_code == 405

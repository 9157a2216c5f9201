"""`POST /attachments` (multipart) and `GET /attachments/{id}` over real HTTP against `trcr serve`,
and attachments_upload over MCP: missing, forged and foreign tokens; the entity's access."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest
import pytest_asyncio

from backend.attachments import service
from backend.core.permissions import Role
from backend.settings import Settings
from backend.tasks import service as tasks_service
from mcp_adapter.server import create_mcp_endpoint
from tests.backend.attachments.samples import HTML, png
from tests.backend.attachments.support import b64, sha
from tests.backend.support import project
from tests.conftest import Workspace
from tests.support import Database, ServerProcess

FORGED = "trcr_pat_" + "A" * 22 + "000000"


@pytest_asyncio.fixture
async def http(server: ServerProcess) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=server.base_url, timeout=30) as client:
        yield client


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


async def _task_id(workspace: Workspace, key: str, **extra: object) -> str:
    space = await project(workspace, key, **extra)
    task = await tasks_service.create_task(
        workspace.principal(), project_id=str(space.id), title="T"
    )
    return str(task.id)


async def test_a_multipart_upload_downloads_as_an_attachment_with_a_sniffed_type(
    http: httpx.AsyncClient, workspace: Workspace
) -> None:
    task_id = await _task_id(workspace, "UPL")

    uploaded = await http.post(
        "/attachments",
        headers=_bearer(workspace.token),
        data={"entity_type": "task", "entity_id": task_id},
        files={"file": ("../x/pwn;.html", HTML, "text/html")},
    )
    assert uploaded.status_code == 201, uploaded.text
    body = uploaded.json()
    assert (body["filename"], body["content_type"], body["sha256"]) == (
        "pwn_.html",
        "text/plain; charset=utf-8",
        sha(HTML),
    )
    downloaded = await http.get(f"/attachments/{body['id']}", headers=_bearer(workspace.token))

    assert downloaded.status_code == 200
    assert downloaded.content == HTML
    assert downloaded.headers["content-type"] == "text/plain; charset=utf-8"
    assert downloaded.headers["x-content-type-options"] == "nosniff"
    assert downloaded.headers["content-disposition"].startswith('attachment; filename="pwn_.html"')
    assert body["download_url"].endswith(f"/attachments/{body['id']}")


async def test_downloads_refuse_missing_forged_and_foreign_tokens_and_outsiders(
    http: httpx.AsyncClient, workspace: Workspace, other_workspace: Workspace
) -> None:
    task_id = await _task_id(workspace, "DLP", visibility="private")
    attachment = await service.upload_attachment(
        workspace.principal(),
        entity_type="task",
        entity_id=task_id,
        filename="p.png",
        content_base64=b64(png()),
    )
    outsider = await workspace.add_member(Role.MEMBER)
    path = f"/attachments/{attachment.id}"

    missing = await http.get(path)
    forged = await http.get(path, headers=_bearer(FORGED))
    foreign = await http.get(path, headers=_bearer(other_workspace.token))
    outside = await http.get(path, headers=_bearer(outsider.token))
    unknown = await http.get(
        f"/attachments/{os.urandom(16).hex()}", headers=_bearer(workspace.token)
    )
    owner = await http.get(path, headers=_bearer(workspace.token))

    assert (missing.status_code, forged.status_code) == (401, 401)
    assert "www-authenticate" in missing.headers
    assert (foreign.status_code, outside.status_code, unknown.status_code) == (404, 404, 404)
    assert (
        foreign.json()
        == outside.json()
        == {
            "errors": [
                {
                    "message": foreign.json()["errors"][0]["message"],
                    "code": "NOT_FOUND",
                    "reason": "NOT_FOUND",
                }
            ]
        }
    )
    assert owner.status_code == 200 and owner.headers["content-type"] == "image/png"


async def test_uploads_refuse_missing_forged_and_foreign_tokens_and_guests(
    http: httpx.AsyncClient, workspace: Workspace, other_workspace: Workspace
) -> None:
    task_id = await _task_id(workspace, "UPG")
    guest = await workspace.add_member(Role.GUEST)
    form = {"entity_type": "task", "entity_id": task_id}
    files = {"file": ("a.txt", b"hello", "text/plain")}

    missing = await http.post("/attachments", data=form, files=files)
    forged = await http.post("/attachments", data=form, files=files, headers=_bearer(FORGED))
    foreign = await http.post(
        "/attachments", data=form, files=files, headers=_bearer(other_workspace.token)
    )
    as_guest = await http.post("/attachments", data=form, files=files, headers=_bearer(guest.token))
    no_file = await http.post("/attachments", data=form, headers=_bearer(workspace.token))
    not_multipart = await http.post("/attachments", json=form, headers=_bearer(workspace.token))

    assert (missing.status_code, forged.status_code) == (401, 401)
    assert foreign.status_code == 404
    assert as_guest.status_code in (403, 404)  # a guest outside the Space does not see it
    assert no_file.status_code == 400 and not_multipart.status_code == 400
    listed = await service.list_attachments(
        workspace.principal(), entity_type="task", entity_id=task_id
    )
    assert (await listed.total_count()) == 0


@pytest.fixture
def small_server(database: Database, tmp_path: Path) -> Iterator[ServerProcess]:
    """A server whose multipart cap is 10 kB."""
    process = ServerProcess(database_url=database.url, env={"TRCR_MAX_ATTACHMENT_BYTES": "10000"})
    process.start(tmp_path)
    try:
        yield process
    finally:
        process.stop()


async def test_an_oversized_multipart_upload_is_refused(
    small_server: ServerProcess, workspace: Workspace
) -> None:
    task_id = await _task_id(workspace, "BIG")
    form = {"entity_type": "task", "entity_id": task_id}
    async with httpx.AsyncClient(base_url=small_server.base_url, timeout=30) as client:
        just_over = await client.post(
            "/attachments",
            data=form,
            files={"file": ("a.bin", os.urandom(10_001))},
            headers=_bearer(workspace.token),
        )
        far_over = await client.post(
            "/attachments",
            data=form,
            files={"file": ("a.bin", os.urandom(200_000))},
            headers=_bearer(workspace.token),
        )
        fits = await client.post(
            "/attachments",
            data=form,
            files={"file": ("a.bin", os.urandom(10_000))},
            headers=_bearer(workspace.token),
        )

    assert (
        just_over.status_code == 400 and just_over.json()["errors"][0]["reason"] == "FILE_TOO_LARGE"
    )
    assert far_over.status_code == 413
    assert fits.status_code == 201


async def test_the_mcp_tool_declares_its_size_cap_and_uploads_base64(workspace: Workspace) -> None:
    task_id = await _task_id(workspace, "MCP")
    executor = create_mcp_endpoint(Settings()).executor
    schema = executor.tools["attachments_upload"].input_schema["properties"]["content_base64"]
    from backend.users.authentication import authenticate

    principal = await authenticate(workspace.token)
    result = await executor.call(
        "attachments_upload",
        {
            "entity_type": "task",
            "entity_id": task_id,
            "filename": "p.png",
            "content_base64": b64(png()),
        },
        principal,
    )
    too_big = await executor.call(
        "attachments_upload",
        {
            "entity_type": "task",
            "entity_id": task_id,
            "filename": "x",
            "content_base64": "A" * (service.MAX_BASE64 + 4),
        },
        principal,
    )

    assert schema["maxLength"] == service.MAX_BASE64
    assert not result.is_error
    assert result.structured_content is not None
    assert result.structured_content["result"]["content_type"] == "image/png"
    assert too_big.is_error

"""Attachment rules through the service layer: sniffed types and safe names, content-addressed
blobs released when unused, the entity's access, and removal with the entity (commit hook)."""

from __future__ import annotations

import os

import pytest

from backend.attachments import service
from backend.attachments.models import Attachment, Blob
from backend.clients.models import Client
from backend.core.arguments import Bounds
from backend.core.errors import Forbidden, Invalid, NotFound
from backend.core.fields import check_bounds
from backend.core.permissions import Role
from backend.projects import service as projects_service
from backend.tasks import service as tasks_service
from backend.tasks_comments import service as comments_service
from subscriptions import EventMessage
from tests.backend.attachments.samples import HTML, PDF, png
from tests.backend.attachments.support import b64, blob_path, sha
from tests.backend.support import project
from tests.conftest import Workspace


async def _task(workspace: Workspace, key: str = "WEB", **extra: object) -> str:
    space = await project(workspace, key, **extra)
    task = await tasks_service.create_task(
        workspace.principal(), project_id=str(space.id), title="T"
    )
    return str(task.id)


async def _upload(
    workspace: Workspace,
    entity_id: str,
    data: bytes,
    *,
    entity_type: str = "task",
    filename: str = "f.bin",
    role: Role = Role.OWNER,
) -> Attachment:
    return await service.upload_attachment(
        workspace.principal(role),
        entity_type=entity_type,
        entity_id=entity_id,
        filename=filename,
        content_base64=b64(data),
    )


async def test_an_upload_keeps_a_sniffed_type_a_safe_name_and_the_bytes_by_hash(
    workspace: Workspace, published: list[EventMessage]
) -> None:
    task_id = await _task(workspace)

    attachment = await service.upload_attachment(
        workspace.principal(),
        entity_type="task",
        entity_id=task_id,
        filename="../../evil.html",
        content_base64=b64(HTML),
        content_type="text/html",
    )

    assert (attachment.filename, attachment.content_type) == (
        "evil.html",
        "text/plain; charset=utf-8",
    )
    assert (attachment.size, attachment.sha256) == (len(HTML), sha(HTML))
    assert blob_path(HTML).read_bytes() == HTML
    assert published[-1].type == "attachment.added"
    assert published[-1].entity_id == str(attachment.id)
    _, data = await service.read_content(workspace.principal(), attachment_id=str(attachment.id))
    assert data == HTML


async def test_the_same_bytes_are_stored_once_and_removed_with_their_last_attachment(
    workspace: Workspace,
) -> None:
    task_id = await _task(workspace)
    data = png() + os.urandom(8)  # unique to this test
    first = await _upload(workspace, task_id, data, filename="a.png")
    second = await _upload(workspace, task_id, data, filename="b.png")
    assert first.content_type == "image/png"
    assert await Blob.filter(sha256=sha(data)).count() == 1

    await service.delete_attachment(workspace.principal(), attachment_id=str(first.id))
    assert blob_path(data).exists()  # still referenced by the second
    await service.delete_attachment(workspace.principal(), attachment_id=str(second.id))

    assert not blob_path(data).exists()
    assert not await Blob.exists(sha256=sha(data))


async def test_deleting_a_task_removes_its_and_its_comments_attachments_and_their_blobs(
    workspace: Workspace, published: list[EventMessage]
) -> None:
    task_id = await _task(workspace)
    comment = await comments_service.add_comment(
        workspace.principal(), task_id=task_id, body="see file"
    )
    on_task, on_comment = os.urandom(32), os.urandom(32)
    await _upload(workspace, task_id, on_task)
    await _upload(workspace, str(comment.id), on_comment, entity_type="comment")

    await tasks_service.delete_task(workspace.principal(), task_id=task_id)

    assert not await Attachment.filter(sha256__in=[sha(on_task), sha(on_comment)]).exists()
    assert not blob_path(on_task).exists() and not blob_path(on_comment).exists()
    assert [e.type for e in published].count("attachment.deleted") == 2


async def test_deleting_a_space_removes_its_attachments(workspace: Workspace) -> None:
    space = await project(workspace, "GONE")
    task = await tasks_service.create_task(
        workspace.principal(), project_id=str(space.id), title="T"
    )
    data = os.urandom(32)
    await _upload(workspace, str(task.id), data)

    await projects_service.delete_project(workspace.principal(), project_id=str(space.id))

    assert not await Attachment.filter(sha256=sha(data)).exists()
    assert not blob_path(data).exists()


async def test_a_failed_change_keeps_the_attachments(workspace: Workspace) -> None:
    task_id = await _task(workspace)
    data = os.urandom(32)
    await _upload(workspace, task_id, data)

    with pytest.raises(Forbidden):
        await tasks_service.delete_task(workspace.principal(Role.GUEST), task_id=task_id)

    assert await Attachment.filter(sha256=sha(data)).exists()
    assert blob_path(data).exists()


async def test_uploads_need_the_right_to_change_the_entity_and_reads_the_right_to_see_it(
    workspace: Workspace, other_workspace: Workspace
) -> None:
    task_id = await _task(workspace, "PRV", visibility="private")
    attachment = await _upload(workspace, task_id, b"secret plan")
    outsider = await workspace.add_member(Role.MEMBER)
    as_outsider = workspace.principal(Role.MEMBER, outsider.user_id)

    with pytest.raises(NotFound):
        await service.get_attachment(as_outsider, attachment_id=str(attachment.id))
    with pytest.raises(NotFound):
        await service.list_attachments(as_outsider, entity_type="task", entity_id=task_id)
    with pytest.raises(NotFound):
        await service.read_content(other_workspace.principal(), attachment_id=str(attachment.id))
    with pytest.raises(Forbidden):
        await _upload(workspace, task_id, b"x", role=Role.GUEST)
    listed = await service.list_attachments(
        workspace.principal(), entity_type="task", entity_id=task_id
    )
    assert [a.id for a in listed.items] == [attachment.id]


async def test_client_attachments_are_billing_data(workspace: Workspace) -> None:
    client = await Client.create(
        organization_id=workspace.organization_id, name="Globex", name_key="globex", currency="EUR"
    )
    attachment = await _upload(
        workspace, str(client.id), PDF, entity_type="client", filename="contract.pdf"
    )
    assert attachment.content_type == "application/pdf"

    with pytest.raises(NotFound):
        await service.get_attachment(
            workspace.principal(Role.MANAGER), attachment_id=str(attachment.id)
        )
    with pytest.raises(NotFound):
        await _upload(workspace, str(client.id), b"x", entity_type="client", role=Role.MEMBER)
    assert (
        await service.get_attachment(
            workspace.principal(Role.ADMIN), attachment_id=str(attachment.id)
        )
    ).id == attachment.id


@pytest.mark.parametrize(
    ("content_base64", "entity_type", "reason"),
    [
        ("not base64!", "task", "BAD_BASE64"),
        ("", "task", "EMPTY_FILE"),
        (b64(b"x"), "planet", "UNKNOWN_ENTITY_TYPE"),
        # within the base64 bound (its last group), one byte over the file cap
        (b64(b"x" * (service.MAX_INLINE_BYTES + 1)), "task", "FILE_TOO_LARGE"),
        (b64(b"x" * (service.MAX_INLINE_BYTES + 3)), "task", "TEXT_LENGTH"),
    ],
)
async def test_bad_uploads_are_refused_with_a_reason(
    workspace: Workspace, content_base64: str, entity_type: str, reason: str
) -> None:
    task_id = await _task(workspace, "BAD")

    async def upload() -> None:
        # The schema's bound applies before the service (as every resolver does).
        check_bounds("content_base64", content_base64, Bounds(max_length=service.MAX_BASE64))
        await service.upload_attachment(
            workspace.principal(),
            entity_type=entity_type,
            entity_id=task_id,
            filename="x",
            content_base64=content_base64,
        )

    with pytest.raises(Invalid) as refused:
        await upload()
    assert refused.value.reason == reason


async def test_the_largest_inline_file_fits_its_declared_bound(workspace: Workspace) -> None:
    task_id = await _task(workspace, "BIG")
    data = os.urandom(service.MAX_INLINE_BYTES)

    assert len(b64(data)) <= service.MAX_BASE64
    attachment = await _upload(workspace, task_id, data)
    assert attachment.size == service.MAX_INLINE_BYTES

"""S3-compatible storage against a real S3-protocol server: moto in server mode, started here."""

from __future__ import annotations

import os
from collections.abc import Iterator

import boto3
import pytest
from moto.server import ThreadedMotoServer

from backend.attachments import service, storage
from backend.tasks import service as tasks_service
from tests.backend.attachments.samples import PDF
from tests.backend.attachments.support import b64, sha
from tests.backend.support import project
from tests.conftest import Workspace
from tests.support import free_port

BUCKET = "trcr-attachments"


@pytest.fixture
def s3_url(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """An S3 endpoint with an empty bucket, and TRCR_STORAGE_URL pointing at it."""
    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    endpoint = f"http://127.0.0.1:{port}"
    for name, value in {
        "AWS_ACCESS_KEY_ID": "test",
        "AWS_SECRET_ACCESS_KEY": "test",
        "AWS_DEFAULT_REGION": "us-east-1",
    }.items():
        monkeypatch.setenv(name, value)
    boto3.client("s3", endpoint_url=endpoint).create_bucket(Bucket=BUCKET)
    url = f"s3://{BUCKET}/files?endpoint_url={endpoint}&region=us-east-1"
    monkeypatch.setattr(storage, "_storage", storage.from_url(url))
    try:
        yield endpoint
    finally:
        server.stop()


def _keys(endpoint: str) -> list[str]:
    listed = boto3.client("s3", endpoint_url=endpoint).list_objects_v2(Bucket=BUCKET)
    return [item["Key"] for item in listed.get("Contents", [])]


async def test_the_s3_store_puts_gets_and_deletes_by_hash(s3_url: str) -> None:
    store = storage.current()
    assert isinstance(store, storage.S3Storage)
    digest = sha(PDF)

    await store.put(digest, PDF)
    assert await store.get(digest) == PDF
    assert _keys(s3_url) == [f"files/{digest[:2]}/{digest}"]
    await store.delete(digest)

    assert await store.get(digest) is None
    assert _keys(s3_url) == []


async def test_uploads_download_and_release_through_s3(s3_url: str, workspace: Workspace) -> None:
    space = await project(workspace, "S3")
    task = await tasks_service.create_task(
        workspace.principal(), project_id=str(space.id), title="T"
    )
    data = PDF + os.urandom(16)

    attachment = await service.upload_attachment(
        workspace.principal(),
        entity_type="task",
        entity_id=str(task.id),
        filename="c.pdf",
        content_base64=b64(data),
    )
    _, downloaded = await service.read_content(
        workspace.principal(), attachment_id=str(attachment.id)
    )
    assert downloaded == data
    assert attachment.content_type == "application/pdf"
    assert _keys(s3_url) == [f"files/{sha(data)[:2]}/{sha(data)}"]

    await tasks_service.delete_task(workspace.principal(), task_id=str(task.id))

    assert _keys(s3_url) == []


def test_storage_urls_are_file_or_s3() -> None:
    assert isinstance(storage.from_url("file://./attachments"), storage.LocalStorage)
    assert storage.from_url("file:///var/x").root.as_posix() == "/var/x"  # type: ignore[attr-defined]
    with pytest.raises(ValueError, match="file:// or s3://"):
        storage.from_url("ftp://x")

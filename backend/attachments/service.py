"""Attachments: upload (base64 over the API, multipart over HTTP), list, get, download, delete.

Bytes are stored once per SHA-256 (storage.py); a blob goes when the last attachment that
references it does, after the commit, under the blob row's lock so a concurrent upload of the
same bytes keeps them.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import Iterable
from typing import Annotated

from tortoise.transactions import in_transaction

from backend.attachments import content, storage
from backend.attachments.arguments import AttachmentId, EntityId, EntityType
from backend.attachments.entities import KINDS, EntityKind, Owner
from backend.attachments.events import AttachmentEvent
from backend.attachments.models import Attachment, Blob
from backend.core.arguments import DEFAULT_LIMIT, Bounds, Cursor, Doc, Limit
from backend.core.errors import Invalid, NotFound
from backend.core.lookups import get_in, in_organization
from backend.core.pagination import Page, paginate
from backend.core.principal import Principal
from backend.core.unit_of_work import UnitOfWork, unit_of_work
from backend.settings import Settings

# Over MCP and GraphQL the file travels as base64 inside a request of at most 1 MB
# (TRCR_MAX_BODY_BYTES): 512 KiB of file is 699,052 base64 characters. Larger files go through
# `POST /attachments` (multipart), capped by TRCR_MAX_ATTACHMENT_BYTES.
MAX_INLINE_BYTES = 512 * 1024
MAX_BASE64 = 4 * -(-MAX_INLINE_BYTES // 3)
MAX_FILENAME_INPUT = 1000

_base_url: str | None = None


def configure(*, base_url: str) -> None:
    global _base_url
    _base_url = base_url.rstrip("/")


def download_url(attachment_id: object) -> str:
    base = _base_url if _base_url is not None else Settings.from_env().base_url
    return f"{base}/attachments/{attachment_id}"


def _kind(entity_type: str) -> EntityKind:
    kind = KINDS.get(entity_type.strip().lower())
    if kind is None:
        raise Invalid(
            f"entity_type must be one of {', '.join(sorted(KINDS))}; got '{entity_type}'.",
            field="entity_type",
            reason="UNKNOWN_ENTITY_TYPE",
        )
    return kind


async def _readable(principal: Principal, attachment: Attachment) -> None:
    kind = KINDS.get(attachment.entity_type)
    try:
        if kind is None:
            raise NotFound("unknown kind")
        await kind.readable(principal, str(attachment.entity_id))
    except NotFound:
        raise NotFound.entity("attachment", attachment.id, field="attachment_id") from None


async def get_attachment(principal: Principal, *, attachment_id: AttachmentId) -> Attachment:
    """An attachment of an entity the principal can read."""
    attachment = await get_in(
        in_organization(principal, Attachment),
        attachment_id,
        entity="attachment",
        field="attachment_id",
    )
    await _readable(principal, attachment)
    return attachment


async def list_attachments(
    principal: Principal,
    *,
    entity_type: EntityType,
    entity_id: EntityId,
    limit: Limit = DEFAULT_LIMIT,
    cursor: Cursor = None,
) -> Page[Attachment]:
    kind = _kind(entity_type)
    owner = await kind.readable(principal, entity_id)
    query = in_organization(principal, Attachment).filter(
        entity_type=kind.name, entity_id=owner.entity_id
    )
    return await paginate(query, limit=limit, cursor=cursor, order_by="created_at")


async def upload_attachment(
    principal: Principal,
    *,
    entity_type: EntityType,
    entity_id: EntityId,
    filename: Annotated[
        str,
        Doc("The file's name; path parts and unsafe characters are removed."),
        Bounds(max_length=MAX_FILENAME_INPUT),
    ],
    content_base64: Annotated[
        str,
        Doc(
            f"The file's bytes, base64-encoded (at most {MAX_INLINE_BYTES} bytes of file; "
            "larger files go through POST /attachments as multipart)."
        ),
        Bounds(max_length=MAX_BASE64),
    ],
    content_type: Annotated[
        str | None,
        Doc("Ignored: the server sniffs the content type from the bytes."),
        Bounds(max_length=100),
    ] = None,
) -> Attachment:
    del content_type  # never trusted (see content.sniff)
    try:
        data = base64.b64decode(content_base64, validate=True)
    except (binascii.Error, ValueError):
        raise Invalid(
            "content_base64 is not valid base64 (RFC 4648, no line breaks).",
            field="content_base64",
            reason="BAD_BASE64",
        ) from None
    return await store(
        principal, entity_type=entity_type, entity_id=entity_id, filename=filename, data=data
    )


async def store(
    principal: Principal,
    *,
    entity_type: str,
    entity_id: str,
    filename: str,
    data: bytes,
    max_bytes: int = MAX_INLINE_BYTES,
) -> Attachment:
    """Attach `data` to the entity: the one path of both uploads."""
    kind = _kind(entity_type)
    if not data:
        raise Invalid("The file is empty.", field="content_base64", reason="EMPTY_FILE")
    if len(data) > max_bytes:
        raise Invalid(
            f"The file is {len(data)} bytes; at most {max_bytes} may be uploaded this way.",
            field="content_base64",
            reason="FILE_TOO_LARGE",
        )
    sha256 = hashlib.sha256(data).hexdigest()
    async with unit_of_work(principal) as uow:
        owner: Owner = await kind.writable(principal, entity_id)
        blob = await Blob.filter(sha256=sha256).select_for_update().first()
        if blob is None:
            await Blob.create(sha256=sha256, size=len(data))
            await storage.current().put(sha256, data)  # under the new row's lock until commit
        attachment = await Attachment.create(
            organization_id=principal.organization_id,
            entity_type=kind.name,
            entity_id=owner.entity_id,
            parent_type=None if owner.parent is None else owner.parent[0],
            parent_id=None if owner.parent is None else owner.parent[1],
            project_id=owner.project_id,
            filename=content.sanitize_filename(filename),
            content_type=content.sniff(data),
            size=len(data),
            sha256=sha256,
            uploaded_by_id=principal.user_id,
        )
        uow.record(AttachmentEvent.ADDED, attachment.id, project_id=owner.project_id)
    return attachment


async def read_content(principal: Principal, *, attachment_id: str) -> tuple[Attachment, bytes]:
    """The attachment and its bytes, for a download."""
    attachment = await get_attachment(principal, attachment_id=attachment_id)
    data = await storage.current().get(attachment.sha256)
    if data is None:
        raise NotFound(
            "This attachment's file is missing from storage; upload it again.",
            field="attachment_id",
            reason="BLOB_MISSING",
        )
    return attachment, data


async def delete_attachment(principal: Principal, *, attachment_id: AttachmentId) -> Attachment:
    """Delete an attachment (needs the right to change its entity); its bytes go when unused."""
    async with unit_of_work(principal) as uow:
        attachment = await get_attachment(principal, attachment_id=attachment_id)
        kind = KINDS[attachment.entity_type]
        await kind.writable(principal, str(attachment.entity_id))
        await attachment.delete()
        uow.record(AttachmentEvent.DELETED, attachment.id, project_id=attachment.project_id)
        release_after_commit(uow, [attachment.sha256])
    return attachment


def release_after_commit(uow: UnitOfWork, sha256s: Iterable[str]) -> None:
    """Once committed, drop each blob nothing references any more."""
    pending = sorted(set(sha256s))

    async def release() -> None:
        for sha256 in pending:
            await _release(sha256)

    if pending:
        uow.after_commit(release)


async def _release(sha256: str) -> None:
    async with in_transaction():
        blob = await Blob.filter(sha256=sha256).select_for_update().first()
        if blob is None or await Attachment.exists(sha256=sha256):
            return
        await storage.current().delete(sha256)
        await blob.delete()

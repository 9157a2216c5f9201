"""Attachment changes."""

from __future__ import annotations

import strawberry

from backend.attachments import service
from backend.attachments.types import Attachment
from backend.core.fields import mutation


@strawberry.type
class AttachmentsMutation:
    attachments_upload = mutation(
        service.upload_attachment,
        Attachment,
        description="Attach a file (base64) to a task, comment, client, invoice or chat message.",
    )
    attachments_delete = mutation(
        service.delete_attachment,
        Attachment,
        description="Delete an attachment; its bytes go once nothing references them.",
    )

"""Attachment reads."""

from __future__ import annotations

import strawberry

from backend.attachments import service
from backend.attachments.types import Attachment
from backend.core.fields import connection, query


@strawberry.type
class AttachmentsQuery:
    attachments_list = connection(
        service.list_attachments,
        Attachment,
        description="The files attached to an entity, oldest first.",
    )
    attachments_get = query(service.get_attachment, Attachment, description="One attachment.")

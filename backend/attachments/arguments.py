"""Attachment arguments that recur across service signatures."""

from __future__ import annotations

from typing import Annotated, TypeAlias

from backend.core.arguments import Bounds, Doc, Id

AttachmentId: TypeAlias = Annotated[Id, Doc("The attachment's id (from attachments_list).")]
EntityType: TypeAlias = Annotated[
    str,
    Doc("What the file belongs to: task, comment, client, invoice or chat message."),
    Bounds(max_length=30),
]
EntityId: TypeAlias = Annotated[
    Id, Doc("The id of that task (or its key, e.g. WEB-42), comment, client or invoice.")
]

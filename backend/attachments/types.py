"""GraphQL type of attachments."""

from __future__ import annotations

from datetime import datetime

import strawberry

from backend.attachments import service
from backend.core.rows import FromRow


@strawberry.type(description="A file attached to a task, comment, client, invoice or chat message.")
class Attachment(FromRow):
    id: strawberry.ID
    entity_type: str
    entity_id: strawberry.ID
    filename: str
    content_type: str = strawberry.field(description="Sniffed from the bytes by the server.")
    size: int
    sha256: str
    uploaded_by_id: strawberry.ID | None
    created_at: datetime

    @strawberry.field(
        description="GET it with the same Bearer token; served as a download "
        "(Content-Disposition: attachment)."
    )
    def download_url(self) -> str:
        return service.download_url(self.id)

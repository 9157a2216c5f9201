"""Label reads."""

from __future__ import annotations

import strawberry

from backend.core.graphql_types import Connection
from backend.core.pagination import DEFAULT_LIMIT
from backend.core.resolvers import AppInfo, as_connection, principal
from backend.labels import service
from backend.labels.types import Label


@strawberry.type
class LabelsQuery:
    @strawberry.field(description="The organization's labels, alphabetically.")
    async def labels_list(
        self, info: AppInfo, limit: int = DEFAULT_LIMIT, cursor: str | None = None
    ) -> Connection[Label]:
        page = await service.list_labels(principal(info), limit=limit, cursor=cursor)
        return as_connection(page, Label.from_model)

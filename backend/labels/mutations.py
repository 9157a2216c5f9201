"""Label changes."""

from __future__ import annotations

import strawberry

from backend.core.graphql_types import Payload
from backend.core.resolvers import AppInfo, as_payload, principal
from backend.labels import service
from backend.labels.types import Label


@strawberry.type
class LabelsMutation:
    @strawberry.mutation(
        description="Create an organization-wide label; names are unique regardless of case."
    )
    async def labels_create(
        self, info: AppInfo, name: str, color: str | None = None
    ) -> Payload[Label]:
        call = service.create_label(principal(info), name=name, color=color)
        return await as_payload(call, Label.from_model)

    @strawberry.mutation(description="Rename a label or change its color.")
    async def labels_update(
        self,
        info: AppInfo,
        label_id: strawberry.ID,
        name: str | None = None,
        color: str | None = None,
    ) -> Payload[Label]:
        call = service.update_label(principal(info), label_id=label_id, name=name, color=color)
        return await as_payload(call, Label.from_model)

    @strawberry.mutation(description="Delete a label; it is removed from every task.")
    async def labels_delete(self, info: AppInfo, label_id: strawberry.ID) -> Payload[Label]:
        call = service.delete_label(principal(info), label_id=label_id)
        return await as_payload(call, Label.from_model)

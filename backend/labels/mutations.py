"""Label changes."""

from __future__ import annotations

import strawberry

from backend.core.fields import mutation
from backend.labels import service
from backend.labels.types import Label


@strawberry.type
class LabelsMutation:
    labels_create = mutation(
        service.create_label,
        Label,
        description="Create an organization-wide label; names are unique regardless of case.",
    )
    labels_update = mutation(
        service.update_label, Label, description="Rename a label or change its color."
    )
    labels_delete = mutation(
        service.delete_label, Label, description="Delete a label; it is removed from every task."
    )

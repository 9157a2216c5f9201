"""Label reads."""

from __future__ import annotations

import strawberry

from backend.core.fields import connection
from backend.labels import service
from backend.labels.types import Label


@strawberry.type
class LabelsQuery:
    labels_list = connection(
        service.list_labels, Label, description="The organization's labels, alphabetically."
    )

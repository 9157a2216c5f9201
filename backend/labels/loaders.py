"""Label rows by id, batched per request."""

from __future__ import annotations

from backend.core.loaders import by_id
from backend.labels.models import Label

labels_by_id = by_id(Label)

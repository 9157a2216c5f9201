"""Organization rows by id, batched per request (their settings, for rounding and currency)."""

from __future__ import annotations

from backend.core.loaders import by_id
from backend.orgs.models import Organization

organizations_by_id = by_id(Organization)

"""Organization reads."""

from __future__ import annotations

import strawberry

from backend.core.fields import query
from backend.orgs import service
from backend.orgs.types import Organization


@strawberry.type
class OrgsQuery:
    orgs_get = query(
        service.get_organization, Organization, description="The token's organization."
    )

"""GraphQL types of organizations, and the role and permission enums."""

from __future__ import annotations

from datetime import datetime

import strawberry

from backend.core.permissions import Permission as PermissionFlag
from backend.core.permissions import Role as RoleName
from backend.core.rows import FromRow

# Registered in place: annotations use the service-layer enums themselves.
strawberry.enum(RoleName, name="Role", description="A member's role in the organization.")
strawberry.enum(PermissionFlag, name="Permission", description="What a role allows.")
Role = RoleName
Permission = PermissionFlag


@strawberry.type(description="An organization (workspace).")
class Organization(FromRow):
    id: strawberry.ID
    name: str
    slug: str
    created_at: datetime

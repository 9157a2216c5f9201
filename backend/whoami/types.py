"""GraphQL type answering "who am I acting as?"."""

from __future__ import annotations

from datetime import datetime

import strawberry

from backend.orgs.types import Organization, Permission, Role
from backend.users.types import User


@strawberry.type(description="The user and organization the token acts as, and what it may do.")
class Whoami:
    user: User
    organization: Organization
    role: Role
    permissions: list[Permission]
    token_name: str | None
    token_expires_at: datetime | None
    token_read_only: bool = strawberry.field(
        description="True: the token may run queries only; every mutation is refused."
    )

"""Who is acting: a user in one organization, with the role they hold there right now."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from backend.core.errors import Forbidden
from backend.core.permissions import Permission, Role, permissions_for


@dataclass(frozen=True)
class Principal:
    user_id: str
    organization_id: str
    role: Role
    token_id: str | None = None
    token_name: str | None = None
    token_expires_at: datetime | None = None
    # A read-only token runs queries only: the executor refuses every mutation it sends, and
    # the MCP adapter lists and runs read tools only.
    read_only: bool = False

    @property
    def permissions(self) -> frozenset[Permission]:
        return permissions_for(self.role)

    def can(self, permission: Permission) -> bool:
        return permission in self.permissions

    def require(self, permission: Permission, action: str) -> None:
        if not self.can(permission):
            raise Forbidden(
                f"Your role ({self.role.value}) cannot {action}: it needs the "
                f"'{permission.value}' permission. Ask an organization admin to change your role."
            )

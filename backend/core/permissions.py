"""Organization roles and the permission flags each one grants."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    OWNER = "owner"
    ADMIN = "admin"
    MANAGER = "manager"
    MEMBER = "member"
    GUEST = "guest"


class Permission(StrEnum):
    MANAGE_ORG = "manage_org"
    MANAGE_MEMBERS = "manage_members"
    MANAGE_PROJECTS = "manage_projects"
    # Read every Space, private ones included, without being a Space member.
    ACCESS_ALL_PROJECTS = "access_all_projects"
    # Read Spaces open to the organization (guests see only Spaces they were added to).
    ACCESS_OPEN_PROJECTS = "access_open_projects"
    MANAGE_TASKS = "manage_tasks"
    TRACK_TIME = "track_time"
    MANAGE_TIME = "manage_time"
    VIEW_RATES = "view_rates"
    MANAGE_BILLING = "manage_billing"
    VIEW_REPORTS = "view_reports"
    VIEW_AUDIT = "view_audit"
    MANAGE_INTEGRATIONS = "manage_integrations"


_MEMBER = frozenset(
    {Permission.ACCESS_OPEN_PROJECTS, Permission.MANAGE_TASKS, Permission.TRACK_TIME}
)
_MANAGER = _MEMBER | {
    Permission.MANAGE_PROJECTS,
    Permission.MANAGE_TIME,
    Permission.VIEW_RATES,
    Permission.VIEW_REPORTS,
}
_ADMIN = frozenset(Permission) - {Permission.MANAGE_ORG}

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.OWNER: frozenset(Permission),
    Role.ADMIN: _ADMIN,
    Role.MANAGER: frozenset(_MANAGER),
    Role.MEMBER: _MEMBER,
    Role.GUEST: frozenset({Permission.TRACK_TIME}),
}


def permissions_for(role: Role) -> frozenset[Permission]:
    return ROLE_PERMISSIONS[role]

"""The lock of an organization row, offered to domains whose rules span the whole organization
(its dependency graph, its default workflow). Other domains never lock `Organization` rows
themselves. The strength is `FOR NO KEY UPDATE`, for the reason given in projects/locks.py."""

from __future__ import annotations

from backend.orgs.models import Organization


async def lock_organization(organization_id: object) -> None:
    """Hold the organization's row lock until the current transaction ends."""
    await Organization.filter(id=organization_id).select_for_update(no_key=True).first()

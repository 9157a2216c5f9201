"""Resolving time entries' rates from their owners' current settings, in a few bulk queries.

The rule itself is pure (backend/time/rates.py); this gathers its inputs: the Space member's and
the Space's rate (projects), the Space's client's rate (clients), the member's rates (members)
and the organization's default (orgs), each through its owner's service.
"""

from __future__ import annotations

from collections.abc import Sequence
from uuid import UUID

from backend.clients import service as clients_service
from backend.core.principal import Principal
from backend.members import rates as member_rates
from backend.orgs import service as orgs_service
from backend.projects import service as projects_service
from backend.time.models import TimeEntry
from backend.time.rates import RateInputs, ResolvedRate, resolve_rate


async def resolve_rates(
    principal: Principal, entries: Sequence[TimeEntry]
) -> dict[UUID, ResolvedRate]:
    """Each entry's rates as they would be resolved now, by entry id."""
    if not entries:
        return {}
    # Ids as UUIDs: a row just created holds the strings it was given.
    keys = {e.id: (_uuid(e.project_id), UUID(str(e.user_id))) for e in entries}
    pairs = [(project, user) for project, user in keys.values() if project is not None]
    spaces, space_members = await projects_service.rate_inputs(pairs)
    clients = await clients_service.rates_by_id(
        client for _, client in spaces.values() if client is not None
    )
    members = await member_rates.rates_by_user(
        organization_id=principal.organization_id, user_ids=(user for _, user in keys.values())
    )
    default = (await orgs_service.get_organization(principal)).default_hourly_rate
    resolved: dict[UUID, ResolvedRate] = {}
    for entry in entries:
        project, user = keys[entry.id]
        member_rate, member_cost = members.get(user, (None, None))
        space_rate, client_id = (
            (None, None) if project is None else spaces.get(project, (None, None))
        )
        inputs = RateInputs(
            space_member=None if project is None else space_members.get((project, user)),
            space=space_rate,
            client=None if client_id is None else clients.get(client_id),
            member=member_rate,
            organization=default,
            member_cost=member_cost,
        )
        resolved[entry.id] = resolve_rate(inputs)
    return resolved


def _uuid(value: object | None) -> UUID | None:
    return None if value is None else UUID(str(value))


async def store_rates(principal: Principal, entry: TimeEntry) -> None:
    """Set the entry's hourly and cost rate as resolved now (the caller saves it)."""
    rate = (await resolve_rates(principal, [entry]))[entry.id]
    entry.hourly_rate, entry.cost_rate = rate.hourly_rate, rate.cost_rate

"""A member's billing rate, cost rate and weekly capacity (overrides of the organization's).

Setting a rate never touches tracked time: entries keep the rates resolved when they were
recorded, until time_entries_rerate re-resolves the unbilled ones.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Annotated
from uuid import UUID

from backend.core.arguments import Doc, Id
from backend.core.errors import Invalid
from backend.core.money import check_optional_amount, check_places
from backend.core.permissions import Permission
from backend.core.principal import Principal
from backend.core.unit_of_work import unit_of_work
from backend.members.events import MemberEvent
from backend.members.models import Membership
from backend.members.service import get_member

MAX_RATE = Decimal("1000000")
MAX_WEEKLY_HOURS = Decimal("168")


def _check_rate(rate: Decimal | None, *, field: str) -> None:
    if rate is not None and not Decimal(0) <= rate < MAX_RATE:
        raise Invalid(f"{field} must be between 0 and {MAX_RATE}; got {rate}.", field=field)


async def _organization_currency(principal: Principal) -> str:
    # Imported here: the orgs domain builds on members (workspaces), not the reverse.
    from backend.orgs import service as orgs_service

    return (await orgs_service.get_organization(principal)).currency


async def update_rates(
    principal: Principal,
    *,
    user_id: Annotated[Id, Doc("The member's user id (from members_list).")],
    hourly_rate: Annotated[
        Decimal | None,
        Doc('What the member\'s time bills when no Space or client sets a rate, e.g. "100.00".'),
    ] = None,
    clear_hourly_rate: Annotated[bool, Doc("Remove the member's billing rate.")] = False,
    cost_rate: Annotated[
        Decimal | None, Doc('What an hour of the member costs, for profitability, e.g. "45.00".')
    ] = None,
    clear_cost_rate: Annotated[bool, Doc("Remove the member's cost rate.")] = False,
    weekly_capacity_hours: Annotated[
        Decimal | None,
        Doc(
            'The member\'s working hours per week (0 to 168), e.g. "32"; overrides the '
            "organization's."
        ),
    ] = None,
    clear_weekly_capacity_hours: Annotated[
        bool, Doc("Use the organization's working hours per week again.")
    ] = False,
) -> Membership:
    """Set a member's rates and capacity (manage_members and view_rates); omitted ones stay."""
    principal.require(Permission.MANAGE_MEMBERS, "change members' rates")
    principal.require(Permission.VIEW_RATES, "set hourly rates")
    _check_rate(hourly_rate, field="hourly_rate")
    _check_rate(cost_rate, field="cost_rate")
    if weekly_capacity_hours is not None and not (
        Decimal(0) <= weekly_capacity_hours <= MAX_WEEKLY_HOURS
    ):
        raise Invalid(
            f"weekly_capacity_hours must be between 0 and {MAX_WEEKLY_HOURS}; got "
            f"{weekly_capacity_hours}.",
            field="weekly_capacity_hours",
        )
    if weekly_capacity_hours is not None:
        weekly_capacity_hours = check_places(
            weekly_capacity_hours, 2, field="weekly_capacity_hours"
        )
    # A member's rates are read in the organization's currency (rates.py in backend/time), so
    # they take its places: JPY 0, EUR 2, KWD 3.
    if hourly_rate is not None or cost_rate is not None:
        currency = await _organization_currency(principal)
        hourly_rate = check_optional_amount(hourly_rate, currency, field="hourly_rate")
        cost_rate = check_optional_amount(cost_rate, currency, field="cost_rate")
    changes: dict[str, Decimal | None] = {}
    for key, value, clear in (
        ("hourly_rate", hourly_rate, clear_hourly_rate),
        ("cost_rate", cost_rate, clear_cost_rate),
        ("weekly_capacity_hours", weekly_capacity_hours, clear_weekly_capacity_hours),
    ):
        if clear:
            changes[key] = None
        elif value is not None:
            changes[key] = value
    async with unit_of_work(principal) as uow:
        membership = await get_member(principal, user_id=user_id)
        changed = [key for key, value in changes.items() if getattr(membership, key) != value]
        if changed:
            for key in changed:
                setattr(membership, key, changes[key])
            await membership.save(update_fields=[*changed, "updated_at"])
            uow.record(MemberEvent.RATES_CHANGED, membership.user_id)
    return membership


async def rates_by_user(
    *, organization_id: object, user_ids: Iterable[UUID]
) -> dict[UUID, tuple[Decimal | None, Decimal | None]]:
    """Each member's (billing rate, cost rate), in one query (for resolving entry rates)."""
    ids = list(set(user_ids))
    if not ids:
        return {}
    rows = await Membership.filter(organization_id=organization_id, user_id__in=ids).values_list(
        "user_id", "hourly_rate", "cost_rate"
    )
    return {UUID(str(user_id)): (rate, cost) for user_id, rate, cost in rows}

"""members_update_rates: a member's billing rate, cost rate and capacity, bounded, needing
manage_members and view_rates, published as member.rates_changed, never touching tracked time."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from backend.core.errors import Forbidden, Invalid, NotFound
from backend.core.permissions import Role
from backend.members import rates
from backend.members.models import Membership
from backend.time import service as time_service
from backend.time.models import TimeEntry
from subscriptions import EventMessage
from tests.conftest import Workspace

D = Decimal


async def test_rates_and_capacity_are_set_cleared_and_published(
    workspace: Workspace, published: list[EventMessage]
) -> None:
    member = await workspace.add_member(Role.MEMBER)

    await rates.update_rates(
        workspace.principal(Role.ADMIN),
        user_id=member.user_id,
        hourly_rate=D("100"),
        cost_rate=D("42.5"),
        weekly_capacity_hours=D("32"),
    )
    await rates.update_rates(
        workspace.principal(), user_id=member.user_id, clear_weekly_capacity_hours=True
    )
    await rates.update_rates(workspace.principal(), user_id=member.user_id, cost_rate=D("42.50"))

    stored = await Membership.get(organization_id=workspace.organization_id, user_id=member.user_id)
    assert (stored.hourly_rate, stored.cost_rate, stored.weekly_capacity_hours) == (
        D("100.00"),
        D("42.50"),
        None,
    )
    ours = [(e.type, e.entity_id) for e in published if e.type == "member.rates_changed"]
    assert ours == [("member.rates_changed", member.user_id)] * 2  # the no-op published nothing


async def test_rates_need_manage_members_and_view_rates(workspace: Workspace) -> None:
    member = await workspace.add_member(Role.MEMBER)
    for role in (Role.MANAGER, Role.MEMBER, Role.GUEST):
        with pytest.raises(Forbidden):
            await rates.update_rates(
                workspace.principal(role), user_id=member.user_id, hourly_rate=D("1")
            )
    stored = await Membership.get(organization_id=workspace.organization_id, user_id=member.user_id)
    assert stored.hourly_rate is None


@pytest.mark.parametrize(
    ("arguments", "field"),
    [
        ({"hourly_rate": D("-1")}, "hourly_rate"),
        ({"cost_rate": D("1000000")}, "cost_rate"),
        ({"weekly_capacity_hours": D("168.5")}, "weekly_capacity_hours"),
    ],
)
async def test_out_of_bounds_values_are_refused(
    workspace: Workspace, arguments: dict[str, Decimal], field: str
) -> None:
    with pytest.raises(Invalid) as refused:
        await rates.update_rates(workspace.principal(), user_id=workspace.user_id, **arguments)  # type: ignore[arg-type]
    assert refused.value.field == field


async def test_a_stranger_is_not_found_and_tracked_time_keeps_its_rates(
    workspace: Workspace, other_workspace: Workspace
) -> None:
    with pytest.raises(NotFound):
        await rates.update_rates(
            workspace.principal(), user_id=other_workspace.user_id, hourly_rate=D("1")
        )
    await rates.update_rates(workspace.principal(), user_id=workspace.user_id, hourly_rate=D("50"))
    entry = await time_service.create_entry(
        workspace.principal(), started_at=datetime(2026, 11, 2, tzinfo=UTC), duration_minutes=60
    )

    await rates.update_rates(workspace.principal(), user_id=workspace.user_id, hourly_rate=D("80"))

    assert (await TimeEntry.get(id=entry.id)).hourly_rate == D("50")

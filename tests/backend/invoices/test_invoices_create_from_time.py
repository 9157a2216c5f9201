"""invoices_create_from_time: unbilled billable time of a client in a range, at each entry's
stored rate, rounded per entry; billed at most once, released by deleting a draft or voiding;
billed entries on a non-draft invoice are locked in the time domain."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal as D  # noqa: N817  (amounts read like the hand computation)

import pytest

from backend.core.errors import Conflict, NotFound
from backend.core.permissions import Role
from backend.invoices import service
from backend.invoices.arguments import GroupBy
from backend.invoices.models import BilledTimeEntry
from backend.orgs.models import Organization, RoundingMode
from backend.time import service as time_service
from backend.users.models import User
from tests.backend.invoices import helpers
from tests.conftest import Workspace

FROM, TO = helpers.NOV
DAY = datetime(2026, 11, 2, 9, tzinfo=UTC)


async def test_bills_the_clients_unbilled_billable_time_in_the_range_at_stored_rates(
    workspace: Workspace,
) -> None:
    principal = workspace.principal()
    billed = await helpers.client(workspace)
    space = await helpers.space_for(workspace, billed, "Website")
    other_client_space = await helpers.space_for(workspace, await helpers.client(workspace), "X")
    await helpers.entry(workspace, space, minutes=90, rate="80.00")  # 1.5 h x 80 = 120
    await helpers.entry(workspace, space, start=DAY + timedelta(days=1), minutes=30, rate="100.00")
    await helpers.entry(workspace, space, billable=False)  # not billable
    await helpers.entry(workspace, space, start=datetime(2026, 12, 1, 9, tzinfo=UTC))  # after
    await helpers.entry(workspace, other_client_space)  # another client's

    invoice = await service.create_invoice_from_time(
        principal, client_id=str(billed.id), from_=FROM, to=TO, group_by=GroupBy.ENTRY
    )

    lines = await service.lines_of(invoice.id)
    assert [(line.quantity, line.unit_price, line.amount) for line in lines] == [
        (D("1.5"), D(80), D(120)),
        (D("0.5"), D(100), D(50)),
    ]
    assert lines[0].description.startswith("2026-11-02 · Website")
    assert (invoice.currency, invoice.total) == ("EUR", D(170))
    assert await BilledTimeEntry.filter(invoice_id=invoice.id).count() == 2

    # Each entry is billed at most once: a second call finds nothing.
    with pytest.raises(Conflict) as nothing:
        await service.create_invoice_from_time(
            principal, client_id=str(billed.id), from_=FROM, to=TO
        )
    assert nothing.value.reason == "NOTHING_UNBILLED"
    assert "never billed twice" in nothing.value.message


async def test_rounding_applies_per_entry_and_never_changes_stored_times(
    workspace: Workspace,
) -> None:
    await Organization.filter(id=workspace.organization_id).update(
        rounding_mode=RoundingMode.UP, rounding_minutes=15
    )
    billed = await helpers.client(workspace)
    space = await helpers.space_for(workspace, billed)
    # 7 min → 15, 16 min → 30: 45 min, not the 30 that rounding the 23-minute sum would give.
    first = await helpers.entry(workspace, space, minutes=7, rate="60")
    await helpers.entry(workspace, space, start=DAY + timedelta(hours=2), minutes=16, rate="60")

    invoice = await service.create_invoice_from_time(
        workspace.principal(), client_id=str(billed.id), from_=FROM, to=TO
    )

    (line,) = await service.lines_of(invoice.id)
    assert (line.quantity, line.amount, line.description) == (D("0.75"), D(45), "Website")
    reread = await type(first).get(id=first.id)
    assert reread.ended_at - reread.started_at == timedelta(minutes=7)


@pytest.mark.parametrize(
    ("group_by", "expected"),
    [
        (GroupBy.PROJECT, [("Website", D(3)), ("Shop", D(1))]),
        (GroupBy.DAY, [("2026-11-02", D(2)), ("2026-11-03", D(2))]),
        (GroupBy.PERSON, [("Owner", D(3)), ("Colleague", D(1))]),
    ],
)
async def test_group_by_makes_one_line_per_group_and_rate(
    workspace: Workspace, group_by: GroupBy, expected: list[tuple[str, D]]
) -> None:
    billed = await helpers.client(workspace)
    web = await helpers.space_for(workspace, billed, "Website")
    shop = await helpers.space_for(workspace, billed, "Shop")
    colleague = await workspace.add_member(Role.MEMBER)
    await User.filter(id=colleague.user_id).update(name="Colleague")
    await helpers.entry(workspace, web, minutes=120)
    await helpers.entry(workspace, web, start=DAY + timedelta(days=1))
    await helpers.entry(
        workspace, shop, start=DAY + timedelta(days=1, hours=3), user_id=colleague.user_id
    )

    invoice = await service.create_invoice_from_time(
        workspace.principal(), client_id=str(billed.id), from_=FROM, to=TO, group_by=group_by
    )

    lines = await service.lines_of(invoice.id)
    assert [(line.description, line.quantity) for line in lines] == expected
    assert invoice.total == D(400)


async def test_project_ids_narrow_the_time_and_must_bill_the_client(workspace: Workspace) -> None:
    billed = await helpers.client(workspace)
    web = await helpers.space_for(workspace, billed, "Website")
    shop = await helpers.space_for(workspace, billed, "Shop")
    foreign = await helpers.space_for(workspace, await helpers.client(workspace), "Theirs")
    await helpers.entry(workspace, web)
    await helpers.entry(workspace, shop)

    invoice = await service.create_invoice_from_time(
        workspace.principal(),
        client_id=str(billed.id),
        from_=FROM,
        to=TO,
        project_ids=[str(shop.id)],
    )
    assert [line.description for line in await service.lines_of(invoice.id)] == ["Shop"]
    with pytest.raises(NotFound):
        await service.create_invoice_from_time(
            workspace.principal(),
            client_id=str(billed.id),
            from_=FROM,
            to=TO,
            project_ids=[str(foreign.id)],
        )


async def test_deleting_a_draft_or_voiding_releases_its_entries(workspace: Workspace) -> None:
    principal = workspace.principal()
    billed = await helpers.client(workspace)
    space = await helpers.space_for(workspace, billed)
    await helpers.entry(workspace, space)

    async def bill() -> object:
        return await service.create_invoice_from_time(
            principal, client_id=str(billed.id), from_=FROM, to=TO
        )

    draft = await bill()
    await service.delete_invoice(principal, invoice_id=str(draft.id))  # type: ignore[attr-defined]
    again = await bill()
    sent = await service.send_invoice(principal, invoice_id=str(again.id))  # type: ignore[attr-defined]
    with pytest.raises(Conflict):
        await bill()
    await service.void_invoice(principal, invoice_id=str(sent.id), reason="Redo")
    third = await bill()
    assert await BilledTimeEntry.filter(invoice_id=third.id).count() == 1  # type: ignore[attr-defined]


async def test_billed_entries_are_locked_once_the_invoice_is_no_longer_a_draft(
    workspace: Workspace,
) -> None:
    principal = workspace.principal()
    billed = await helpers.client(workspace)
    space = await helpers.space_for(workspace, billed)
    entry = await helpers.entry(workspace, space)
    invoice = await service.create_invoice_from_time(
        principal, client_id=str(billed.id), from_=FROM, to=TO
    )
    # On a draft, the entry can still be corrected.
    await time_service.update_entry(principal, entry_id=str(entry.id), description="Fixed")

    sent = await service.send_invoice(principal, invoice_id=str(invoice.id))
    for attempt in (
        time_service.update_entry(principal, entry_id=str(entry.id), description="Changed"),
        time_service.delete_entry(principal, entry_id=str(entry.id)),
    ):
        with pytest.raises(Conflict) as locked:
            await attempt
        assert locked.value.reason == "ENTRY_BILLED"
        assert sent.number is not None and sent.number in locked.value.message
    stored = await type(entry).get(id=entry.id)
    assert stored.description == "Fixed"

    await service.void_invoice(principal, invoice_id=str(sent.id), reason="Redo")
    await time_service.update_entry(principal, entry_id=str(entry.id), description="Changed")

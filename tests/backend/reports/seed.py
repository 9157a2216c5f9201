"""A month of work seeded row by row, in Europe/Berlin, across the DST change of 2026-03-29.

The organization: time zone Europe/Berlin, weeks starting on Sunday, rounding to the nearest
15 minutes, currency EUR, 40 hours a week. Berlin moves from UTC+1 to UTC+2 on Sunday 2026-03-29
at 01:00 UTC, so the local days of March begin at 23:00 UTC until the 28th and at 22:00 UTC from
the 29th on. Every hand computation in the tests starts from this table (seconds raw / rounded):

| entry | who   | Space | task | billable | UTC start        | local day       | raw  | rounded | rate | cost |
| e8    | Alice | WEB   | T1   | yes      | 02-28 23:30      | 03-01 Sun       | 2700 | 2700    | 100  | 40   |
| e1    | Alice | WEB   | T1   | yes      | 03-02 08:00      | 03-02 Mon       | 4800 | 4500    | 100  | 40   |
| e11   | Alice | APP   | T2   | yes      | 03-05 10:00      | 03-05 Thu       | 3600 | 3600    | 5000 | 2000 | billed
| e4    | Bob   | WEB   | T1   | yes      | 03-10 13:00      | 03-10 Tue       | 7680 | 8100    | 90   | 30   |
| e5    | Alice | SEC   | -    | yes      | 03-11 09:00      | 03-11 Wed       | 3600 | 3600    | 100  | 40   |
| e2    | Alice | WEB   | -    | no       | 03-28 23:30      | 03-29 Sun (DST) | 4200 | 4500    | 100  | 40   |
| e3    | Bob   | APP   | T2   | yes      | 03-29 22:30      | 03-30 Mon       | 4020 | 3600    | 5000 | 2000 |
| e6    | Bob   | -     | -    | no       | 03-31 21:50      | 03-31 Tue       | 1700 | 1800    | -    | -    |
| e7    | Alice | WEB   | T1   | yes      | 03-31 22:10      | 04-01 (April)   | 3000 | 2700    | 100  | 40   |
| e12   | Alice | SEC   | -    | yes      | 02-10 09:00      | 02-10 (Feb)     | 3600 | 3600    | 100  | 40   | billed
Plus Bob's running timer on WEB (never counted) and an hour in another organization.
WEB bills Acme GmbH (EUR), APP bills Tokyo KK (JPY), SEC is private to Alice and has no client.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from backend.clients.models import Client
from backend.core.permissions import Role
from backend.invoices.models import BilledTimeEntry, Invoice, InvoiceLine
from backend.members.models import Membership
from backend.orgs.models import Organization
from backend.payments.models import Payment
from backend.projects.models import Project, ProjectMember, Visibility
from backend.task_statuses.models import TaskStatus
from backend.tasks.models import Task
from backend.time.models import TimeEntry
from backend.users.models import User
from tests.conftest import Workspace

UTC = dt.UTC


def at(month: int, day: int, hour: int, minute: int = 0, second: int = 0) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, minute, second, tzinfo=UTC)


@dataclass
class Month:
    alice: Workspace
    bob: Workspace
    manager: Workspace
    member: Workspace
    acme: str
    tokyo: str
    web: str
    app: str
    sec: str
    t1: str
    t2: str
    entries: dict[str, str]


async def seed_month(workspace: Workspace, other: Workspace | None = None) -> Month:
    org = workspace.organization_id
    await Organization.filter(id=org).update(
        timezone="Europe/Berlin",
        week_start="sunday",
        rounding_mode="nearest",
        rounding_minutes=15,
        currency="EUR",
        weekly_capacity_hours=Decimal(40),
    )
    await User.filter(id=workspace.user_id).update(name="Alice")
    bob = await workspace.add_member(Role.MEMBER)
    await User.filter(id=bob.user_id).update(name="Bob")
    await Membership.filter(organization_id=org, user_id=bob.user_id).update(
        weekly_capacity_hours=Decimal(20)
    )
    manager = await workspace.add_member(Role.MANAGER)
    await User.filter(id=manager.user_id).update(name="Carol")
    member = await workspace.add_member(Role.MEMBER)
    await User.filter(id=member.user_id).update(name="Dave")

    acme = await Client.create(
        organization_id=org, name="Acme GmbH", name_key="acme gmbh", currency="EUR"
    )
    tokyo = await Client.create(
        organization_id=org, name="Tokyo KK", name_key="tokyo kk", currency="JPY"
    )
    web = await Project.create(organization_id=org, key="WEB", name="Website", client_id=acme.id)
    app = await Project.create(organization_id=org, key="APP", name="App", client_id=tokyo.id)
    sec = await Project.create(
        organization_id=org, key="SEC", name="Secret", visibility=Visibility.PRIVATE
    )
    await ProjectMember.create(project=sec, user_id=workspace.user_id)
    status = await TaskStatus.filter(organization_id=org).first()
    assert status is not None
    t1 = await Task.create(
        organization_id=org, project=web, number=1, title="Landing page", status=status, position=1
    )
    t2 = await Task.create(
        organization_id=org, project=app, number=1, title="Login", status=status, position=1
    )

    alice, bob_id = workspace.user_id, bob.user_id
    eur, jpy = (Decimal("100.00"), Decimal("40.00")), (Decimal("5000.00"), Decimal("2000.00"))
    table = {
        "e8": (alice, web, t1, True, at(2, 28, 23, 30), at(3, 1, 0, 15), eur),
        "e1": (alice, web, t1, True, at(3, 2, 8), at(3, 2, 9, 20), eur),
        "e11": (alice, app, t2, True, at(3, 5, 10), at(3, 5, 11), jpy),
        "e4": (
            bob_id,
            web,
            t1,
            True,
            at(3, 10, 13),
            at(3, 10, 15, 8),
            (Decimal("90.00"), Decimal("30.00")),
        ),
        "e5": (alice, sec, None, True, at(3, 11, 9), at(3, 11, 10), eur),
        "e2": (alice, web, None, False, at(3, 28, 23, 30), at(3, 29, 0, 40), eur),
        "e3": (bob_id, app, t2, True, at(3, 29, 22, 30), at(3, 29, 23, 37), jpy),
        "e6": (bob_id, None, None, False, at(3, 31, 21, 50), at(3, 31, 22, 18, 20), (None, None)),
        "e7": (alice, web, t1, True, at(3, 31, 22, 10), at(3, 31, 23), eur),
        "e12": (alice, sec, None, True, at(2, 10, 9), at(2, 10, 10), eur),
    }
    entries = {}
    for name, (user, project, task, billable, start, end, (rate, cost)) in table.items():
        entry = await TimeEntry.create(
            organization_id=org,
            user_id=user,
            project_id=None if project is None else project.id,
            task_id=None if task is None else task.id,
            billable=billable,
            started_at=start,
            ended_at=end,
            hourly_rate=rate,
            cost_rate=cost,
        )
        entries[name] = str(entry.id)
    await TimeEntry.create(
        organization_id=org,
        user_id=bob_id,
        project_id=web.id,
        billable=True,
        started_at=at(3, 20, 9),
        running_user_id=bob_id,
        hourly_rate=Decimal("90.00"),
    )

    # Invoices (amounts as the invoices domain stores them) and payments.
    async def invoice(
        client: Client, currency: str, status: str, issued: dt.date | None, total: str, balance: str
    ) -> Invoice:
        return await Invoice.create(
            organization_id=org,
            client_id=client.id,
            currency=currency,
            status=status,
            issue_date=issued,
            subtotal=Decimal(total),
            total=Decimal(total),
            amount_paid=Decimal(total) - Decimal(balance),
            balance=Decimal(balance),
        )

    async def pay(
        on: Invoice, amount: str, day: dt.date, refund_of: Payment | None = None
    ) -> Payment:
        return await Payment.create(
            organization_id=org,
            invoice_id=on.id,
            kind="refund" if refund_of else "payment",
            refund_of_id=None if refund_of is None else refund_of.id,
            amount=Decimal(amount),
            currency=on.currency,
            paid_on=day,
        )

    async def bill(on: Invoice, entry: str) -> None:
        line = await InvoiceLine.create(
            organization_id=org,
            invoice_id=on.id,
            position=0,
            description="Time",
            quantity=Decimal(1),
            unit_price=on.total,
            amount=on.total,
        )
        await BilledTimeEntry.create(
            organization_id=org, invoice_id=on.id, line_id=line.id, time_entry_id=entry
        )

    inv1 = await invoice(acme, "EUR", "paid", dt.date(2026, 3, 3), "1190.00", "0")
    await pay(inv1, "1190.00", dt.date(2026, 3, 20))
    inv2 = await invoice(acme, "EUR", "partially_paid", dt.date(2026, 3, 15), "500.00", "300.00")
    paid = await pay(inv2, "300.00", dt.date(2026, 3, 25))
    await pay(inv2, "100.00", dt.date(2026, 3, 28), refund_of=paid)
    inv3 = await invoice(tokyo, "JPY", "sent", dt.date(2026, 3, 20), "10000", "10000")
    await bill(inv3, entries["e11"])
    await invoice(acme, "EUR", "void", dt.date(2026, 3, 5), "999.00", "0")
    await invoice(acme, "EUR", "draft", None, "77.00", "77.00")
    inv6 = await invoice(acme, "EUR", "paid", dt.date(2026, 2, 20), "450.00", "0")
    await pay(inv6, "450.00", dt.date(2026, 3, 2))
    inv7 = await invoice(acme, "EUR", "sent", dt.date(2026, 3, 12), "100.00", "100.00")
    await bill(inv7, entries["e12"])

    if other is not None:  # another organization's hour in the same month, billable, rated
        foreign = await Project.create(
            organization_id=other.organization_id, key="WEB", name="Website"
        )
        await TimeEntry.create(
            organization_id=other.organization_id,
            user_id=other.user_id,
            project_id=foreign.id,
            billable=True,
            started_at=at(3, 10, 9),
            ended_at=at(3, 10, 10),
            hourly_rate=Decimal("100.00"),
            cost_rate=Decimal("40.00"),
        )
        foreign_client = await Client.create(
            organization_id=other.organization_id,
            name="Acme GmbH",
            name_key="acme gmbh",
            currency="EUR",
        )
        await Invoice.create(
            organization_id=other.organization_id,
            client_id=foreign_client.id,
            currency="EUR",
            status="sent",
            issue_date=dt.date(2026, 3, 10),
            total=Decimal("5000.00"),
            balance=Decimal("5000.00"),
        )

    return Month(
        alice=workspace,
        bob=bob,
        manager=manager,
        member=member,
        acme=str(acme.id),
        tokyo=str(tokyo.id),
        web=str(web.id),
        app=str(app.id),
        sec=str(sec.id),
        t1=str(t1.id),
        t2=str(t2.id),
        entries=entries,
    )

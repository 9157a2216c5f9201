"""Money takes as many decimal places as its currency has (JPY 0, EUR 2, KWD 3), over GraphQL as
an assistant sends it: a KWD invoice with 3-place prices and payments computes exactly; a place
more than the currency has is refused naming the currency and its places, never rounded."""

from __future__ import annotations

from decimal import Decimal as D  # noqa: N817  (amounts read like the hand computation)
from typing import Any

import pytest

from backend.clients.models import Client
from backend.core.errors import Invalid
from backend.members import rates
from backend.orgs import settings
from backend.orgs.models import Organization
from backend.projects import service as projects
from backend.projects.models import Project, ProjectMember
from tests.backend.invoices import helpers
from tests.conftest import Workspace
from tests.support import GraphQLClient

INVOICE = "id status currency subtotal taxTotal total amountPaid balance"
CREATE = (
    "mutation($client: ID!) { invoicesCreate(clientId: $client) "
    f"{{ result {{ {INVOICE} }} errors {{ code field message }} }} }}"
)
ADD_LINE = (
    "mutation($invoice: ID!, $quantity: Decimal!, $price: Decimal!, $tax: Decimal) "
    '{ invoicesLineItemsAdd(invoiceId: $invoice, description: "Work", quantity: $quantity, '
    f"unitPrice: $price, taxRate: $tax) {{ result {{ {INVOICE} }} errors {{ code field message }} }} }}"
)
SEND = (
    "mutation($invoice: ID!) { invoicesSend(invoiceId: $invoice) "
    f"{{ result {{ {INVOICE} number }} errors {{ code field message }} }} }}"
)
PAY = (
    "mutation($invoice: ID!, $amount: Decimal!) { paymentsRecord(invoiceId: $invoice, "
    'amount: $amount, paidOn: "2026-11-20") { result { id amount } errors { code field message } } }'
)
REFUND = (
    "mutation($payment: ID!, $amount: Decimal) { paymentsRefund(paymentId: $payment, "
    "amount: $amount) { result { id amount } errors { code field message } } }"
)
CLIENT_RATE = (
    "mutation($name: String!, $currency: String!, $rate: Decimal) { clientsCreate(name: $name, "
    "currency: $currency, hourlyRate: $rate) { result { id currency hourlyRate } "
    "errors { code field message } } }"
)


async def _call(api: GraphQLClient, workspace: Workspace, query: str, **variables: Any) -> Any:
    body = await api.execute(workspace.token, query, variables)
    assert body.get("errors") is None, body
    [payload] = body["data"].values()
    return payload


def _refusal(payload: Any, field: str) -> str:
    assert payload["result"] is None, payload
    [error] = payload["errors"]
    assert (error["code"], error["field"]) == ("INVALID", field), error
    message: str = error["message"]
    return message


async def test_a_kwd_invoice_takes_three_places_and_computes_exactly(
    api: GraphQLClient, workspace: Workspace
) -> None:
    billed = await helpers.client(workspace, currency="KWD")
    invoice = (await _call(api, workspace, CREATE, client=str(billed.id)))["result"]
    for quantity, price, tax in (("2", "1.250", "0"), ("3", "0.125", "5"), ("1.5", "0.333", "0")):
        added = await _call(
            api, workspace, ADD_LINE, invoice=invoice["id"], quantity=quantity, price=price, tax=tax
        )
        assert added["errors"] == [], added
    # By hand: 2 x 1.250 = 2.500; 3 x 0.125 = 0.375, tax 5% = 0.01875 → 0.019; 1.5 x 0.333 =
    # 0.4995 → 0.500 (half up). Subtotal 3.375, tax 0.019, total 3.394.
    sent = (await _call(api, workspace, SEND, invoice=invoice["id"]))["result"]
    assert (sent["subtotal"], sent["taxTotal"], sent["total"]) == ("3.375", "0.019", "3.394")

    paid = await _call(api, workspace, PAY, invoice=invoice["id"], amount="1.125")
    assert paid["result"]["amount"] == "1.125"
    refund = await _call(api, workspace, REFUND, payment=paid["result"]["id"], amount="0.005")
    assert refund["result"]["amount"] == "0.005"
    state = await _call(
        api,
        workspace,
        f"query($id: ID!) {{ invoicesGet(invoiceId: $id) {{ {INVOICE} }} }}",
        id=invoice["id"],
    )
    # Paid 1.125 - 0.005 = 1.120; balance 3.394 - 1.120 = 2.274.
    assert (state["status"], D(state["amountPaid"]), state["balance"]) == (
        "PARTIALLY_PAID",
        D("1.120"),
        "2.274",
    )

    # A fourth place is more than KWD has: refused, naming the currency and its places.
    too_fine = _refusal(
        await _call(api, workspace, PAY, invoice=invoice["id"], amount="1.2345"), "amount"
    )
    assert "KWD amounts have 3 decimal places" in too_fine and "1.2345" in too_fine


@pytest.mark.parametrize(
    ("currency", "price", "says"),
    [
        (
            "JPY",
            "10.5",
            "JPY amounts have 0 decimal places; unit_price 10.5 has more: send a whole",
        ),
        ("EUR", "1.255", "EUR amounts have 2 decimal places; unit_price 1.255 has more: round it"),
        ("KWD", "1.2345", "KWD amounts have 3 decimal places; unit_price 1.2345 has more"),
    ],
)
async def test_a_price_with_more_places_than_its_currency_is_refused(
    api: GraphQLClient, workspace: Workspace, currency: str, price: str, says: str
) -> None:
    billed = await helpers.client(workspace, currency=currency)
    invoice = (await _call(api, workspace, CREATE, client=str(billed.id)))["result"]
    refused = await _call(
        api, workspace, ADD_LINE, invoice=invoice["id"], quantity="1", price=price
    )
    assert says in _refusal(refused, "unit_price")
    # Trailing zeros are no extra places: "10.00" yen is ten yen.
    whole = await _call(
        api, workspace, ADD_LINE, invoice=invoice["id"], quantity="1", price="10.00"
    )
    assert whole["errors"] == [] and whole["result"]["subtotal"] in {"10", "10.00", "10.000"}


async def test_yen_payments_take_no_places(api: GraphQLClient, workspace: Workspace) -> None:
    invoice = await helpers.sent(workspace, await helpers.client(workspace, currency="JPY"))
    refused = await _call(api, workspace, PAY, invoice=str(invoice.id), amount="10.5")
    assert "JPY amounts have 0 decimal places" in _refusal(refused, "amount")


async def test_a_client_rate_takes_its_currencys_places(
    api: GraphQLClient, workspace: Workspace
) -> None:
    kwd = await _call(api, workspace, CLIENT_RATE, name="Gulf", currency="KWD", rate="12.125")
    assert kwd["result"]["hourlyRate"] == "12.125"
    stored = await Client.get(id=kwd["result"]["id"])
    assert stored.hourly_rate == D("12.125")
    for currency, rate in (("EUR", "12.125"), ("JPY", "0.5"), ("KWD", "1.2345")):
        refused = await _call(
            api, workspace, CLIENT_RATE, name=currency, currency=currency, rate=rate
        )
        assert f"{currency} amounts have" in _refusal(refused, "hourly_rate")


async def test_space_member_and_organization_rates_take_the_places_of_their_currency(
    workspace: Workspace,
) -> None:
    principal = workspace.principal()
    await Organization.filter(id=workspace.organization_id).update(currency="EUR")
    kwd = await helpers.client(workspace, currency="KWD")

    # A Space's rates are in its client's currency; a Space without one bills the organization's.
    gulf = await projects.create_project(
        principal, name="Gulf", hourly_rate=D("30.125"), client_id=str(kwd.id)
    )
    assert (await Project.get(id=gulf.id)).hourly_rate == D("30.125")
    member = await projects.add_member(
        principal, project_id=str(gulf.id), user_id=str(workspace.user_id), hourly_rate=D("31.875")
    )
    assert (await ProjectMember.get(id=member.id)).hourly_rate == D("31.875")
    with pytest.raises(Invalid) as euro_space:
        await projects.create_project(principal, name="Home", hourly_rate=D("30.125"))
    assert "EUR amounts have 2 decimal places" in euro_space.value.message
    # Moving the KWD-rated Space to no client would read 30.125 in euros: refused, not rounded.
    with pytest.raises(Invalid) as moved:
        await projects.update_project(principal, project_id=str(gulf.id), clear_client=True)
    assert moved.value.field == "hourly_rate"
    assert (await Project.get(id=gulf.id)).client_id == kwd.id

    # Members' billing and cost rates, and the default rate, are in the organization's currency.
    with pytest.raises(Invalid) as member_rate:
        await rates.update_rates(principal, user_id=str(workspace.user_id), cost_rate=D("20.005"))
    assert (member_rate.value.field, member_rate.value.reason) == ("cost_rate", "CURRENCY_DIGITS")
    with pytest.raises(Invalid) as default_rate:
        await settings.update_organization(principal, default_hourly_rate=D("99.999"))
    assert "EUR amounts have 2 decimal places" in default_rate.value.message
    organization = await settings.update_organization(
        principal, currency="KWD", default_hourly_rate=D("99.999")
    )
    assert organization.default_hourly_rate == D("99.999")
    updated = await rates.update_rates(
        principal, user_id=str(workspace.user_id), hourly_rate=D("45.125"), cost_rate=D("20.005")
    )
    assert (updated.hourly_rate, updated.cost_rate) == (D("45.125"), D("20.005"))
    # Back to yen with a 3-place default rate would round it: refused until it is changed too.
    with pytest.raises(Invalid) as to_yen:
        await settings.update_organization(principal, currency="JPY")
    assert "JPY amounts have 0 decimal places" in to_yen.value.message


async def test_hours_keep_their_two_places(workspace: Workspace) -> None:
    principal = workspace.principal()
    with pytest.raises(Invalid) as budget:
        await projects.create_project(principal, name="Budget", budget_hours=D("10.125"))
    assert (budget.value.field, budget.value.reason) == ("budget_hours", "DECIMAL_PLACES")
    with pytest.raises(Invalid) as weekly:
        await settings.update_organization(principal, weekly_capacity_hours=D("37.125"))
    assert weekly.value.field == "weekly_capacity_hours"

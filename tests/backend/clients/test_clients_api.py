"""Clients, Spaces and time over GraphQL as users see them: the billing details and rates only
to those allowed, a Space's client name to everyone in it, an entry's amount from its rounded
duration in the client's currency."""

from __future__ import annotations

from typing import Any

from backend.core.permissions import Role
from tests.conftest import Workspace
from tests.support import GraphQLClient

CLIENT = """mutation($n: String!) { clientsCreate(name: $n, currency: "JPY", hourlyRate: "1000") {
  result { id currency hourlyRate } errors { code message } } }"""
SPACE = """mutation($c: ID!) { projectsCreate(name: "Shop", clientId: $c) {
  result { id clientId clientName client { name hourlyRate } } errors { code message } } }"""
GET_SPACE = (
    """query($p: ID!) { projectsGet(projectId: $p) { clientId clientName client { name } } }"""
)
LIST_BY_CLIENT = """query($c: ID!) { projectsList(clientId: $c) { items { id } totalCount } }"""
ROUNDING = """mutation { orgsUpdate(roundingMode: UP, roundingMinutes: 15) {
  result { roundingMode } errors { code message } } }"""
LOG = """mutation($p: ID!) { timeEntriesCreate(startedAt: "2026-11-02T09:00:00Z",
  durationMinutes: 20, projectId: $p, billable: true) { result { id } errors { code message } } }"""
ENTRY = """query($e: ID!) { timeEntriesGet(entryId: $e) { durationSeconds roundedDurationSeconds
  hourlyRate costRate amount currency } }"""


async def _result(api: GraphQLClient, token: str, query: str, **variables: Any) -> Any:
    data = await api.data(token, query, variables)
    (payload,) = data.values()
    assert payload["errors"] == [], payload
    return payload["result"]


async def test_billing_details_and_rates_show_only_to_those_allowed(
    api: GraphQLClient, workspace: Workspace
) -> None:
    client = await _result(api, workspace.token, CLIENT, n="Kaisha")
    space = await _result(api, workspace.token, SPACE, c=client["id"])
    await _result(api, workspace.token, ROUNDING)
    member = await workspace.add_member(Role.MEMBER)
    entry = await _result(api, member.token, LOG, p=space["id"])

    as_member = (await api.data(member.token, GET_SPACE, {"p": space["id"]}))["projectsGet"]
    member_entry = (await api.data(member.token, ENTRY, {"e": entry["id"]}))["timeEntriesGet"]
    owner_entry = (await api.data(workspace.token, ENTRY, {"e": entry["id"]}))["timeEntriesGet"]
    listed = await api.data(workspace.token, LIST_BY_CLIENT, {"c": client["id"]})
    member_clients = await api.execute(member.token, "query { clientsList { totalCount } }")

    assert client == {"id": client["id"], "currency": "JPY", "hourlyRate": "1000.00"}
    assert space["clientId"] == client["id"]
    assert space["client"] == {"name": "Kaisha", "hourlyRate": "1000.00"}
    assert as_member == {"clientId": client["id"], "clientName": "Kaisha", "client": None}
    # 20 minutes rounded up to 30; 0.5 h x 1000 JPY = 500 (no minor unit)
    assert owner_entry == {
        "durationSeconds": 1200,
        "roundedDurationSeconds": 1800,
        "hourlyRate": "1000.00",
        "costRate": None,
        "amount": "500",
        "currency": "JPY",
    }
    assert member_entry == owner_entry | {"hourlyRate": None, "amount": None}
    assert listed["projectsList"] == {"items": [{"id": space["id"]}], "totalCount": 1}
    assert member_clients["errors"][0]["extensions"]["code"] == "FORBIDDEN"

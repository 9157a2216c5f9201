"""Real concurrency on PostgreSQL, through a real server: many requests at once over HTTP.

- two parallel invoicesCreateFromTime calls bill each entry exactly once (the database's unique
  billed time entry; the loser retries and finds nothing left, or bills what is left);
- 20 parallel invoicesSend get exactly the numbers 1..20 of the year, no gap, no duplicate.

SQLite runs one writer at a time (BEGIN IMMEDIATE), so these races exist on PostgreSQL only.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from backend.invoices.models import BilledTimeEntry, Invoice
from tests.backend.invoices import helpers
from tests.conftest import Workspace
from tests.support import Database, GraphQLClient, ServerProcess

CREATE_FROM_TIME = """
mutation($clientId: ID!, $from: Date!, $to: Date!) {
  invoicesCreateFromTime(clientId: $clientId, from: $from, to: $to, groupBy: ENTRY) {
    result { id total lines { id } }
    errors { code field message reason }
  }
}"""

SEND = """
mutation($invoiceId: ID!) {
  invoicesSend(invoiceId: $invoiceId, to: ["ap@client.example"]) {
    result { id number status }
    errors { code field message reason }
  }
}"""


@pytest.fixture
def server(database: Database, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    if database.kind != "postgres":
        pytest.skip("SQLite serializes writers; real concurrency is tested on PostgreSQL")
    outbox = tmp_path_factory.mktemp("outbox")
    process = ServerProcess(database.url, env={"TRCR_MAIL_OUTBOX": str(outbox)})
    process.start(Path(tmp_path_factory.mktemp("invoice-concurrency")))
    try:
        yield process
    finally:
        process.stop()


async def test_two_parallel_invoices_from_time_bill_each_entry_once(
    server: ServerProcess, workspace: Workspace
) -> None:
    billed = await helpers.client(workspace)
    space = await helpers.space_for(workspace, billed)
    start = datetime(2026, 11, 2, 9, tzinfo=UTC)
    entries = [
        await helpers.entry(workspace, space, start=start + timedelta(hours=i)) for i in range(40)
    ]
    api = GraphQLClient(server.base_url)
    try:
        variables = {"clientId": str(billed.id), "from": "2026-11-01", "to": "2026-11-30"}
        responses = await asyncio.gather(
            *(api.post(workspace.token, CREATE_FROM_TIME, variables) for _ in range(2))
        )
        bodies = [response.json() for response in responses]
    finally:
        await api.close()

    payloads = [body["data"]["invoicesCreateFromTime"] for body in bodies]
    assert all("errors" not in body for body in bodies), bodies
    made = [p["result"] for p in payloads if p["result"] is not None]
    refused = [p["errors"][0]["reason"] for p in payloads if p["result"] is None]
    assert len(made) >= 1
    assert set(refused) <= {"NOTHING_UNBILLED"}
    billed_rows = await BilledTimeEntry.filter(time_entry_id__in=[e.id for e in entries])
    assert len(billed_rows) == len(entries)  # each entry once: the rest was refused or retried
    assert sum(len(invoice["lines"]) for invoice in made) == len(entries)


async def test_twenty_parallel_sends_get_numbers_1_to_20(
    server: ServerProcess, workspace: Workspace
) -> None:
    billed = await helpers.client(workspace)
    drafts = [await helpers.draft(workspace, billed, ("1", "10", "0")) for _ in range(20)]
    api = GraphQLClient(server.base_url)
    try:
        responses = await asyncio.gather(
            *(api.post(workspace.token, SEND, {"invoiceId": str(draft.id)}) for draft in drafts)
        )
        bodies = [response.json() for response in responses]
    finally:
        await api.close()

    results = [body["data"]["invoicesSend"] for body in bodies]
    assert all(not result["errors"] for result in results), results
    year = datetime.now(UTC).year
    numbers = sorted(result["result"]["number"] for result in results)
    assert numbers == [f"INV-{year}-{n:04d}" for n in range(1, 21)]
    sequences = sorted(
        await Invoice.filter(id__in=[d.id for d in drafts]).values_list(
            "number_sequence", flat=True
        )
    )
    assert sequences == list(range(1, 21))

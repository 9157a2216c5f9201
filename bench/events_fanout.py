"""The `events` subscription with 1,000 subscribers: SQL queries per event and delivery latency.

Run: `python -m bench.events_fanout [--subscribers N] [--events N] [--baseline-events N]` (part of
`./dev bench`). One process, a SQLite file and the in-memory broker: N members of one
organization each hold the real `events` subscription (strawberry's `schema.subscribe`, the
same resolver a WebSocket runs). Events about a task in an open Space are published one at a
time; each waits until every subscriber has it, so the latency is one event's fan-out from
publish to the subscriber's `next`. The cached path (the default) runs against the uncached
baseline (`max_age=0`: token, role and Space access re-read per event, as before the cache),
measured in the same run on fewer events because it is the slow one. The ratios printed are
baseline over cached.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: make the repo importable
    sys.path.insert(0, str(ROOT))

EVENTS_QUERY = "subscription { events(types: [TASK_CREATED]) { type entityId } }"


@dataclass
class Run:
    label: str
    events: int
    queries: int
    latencies: list[float]  # seconds, one per (event, subscriber)

    @property
    def queries_per_event(self) -> float:
        return self.queries / self.events

    def percentile(self, p: int) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(len(ordered) * p / 100))]

    def line(self) -> str:
        return (
            f"  {self.label:<34} {self.queries_per_event:8.1f} queries/event   "
            f"p50 {self.percentile(50) * 1e3:8.1f} ms   p99 {self.percentile(99) * 1e3:8.1f} ms   "
            f"events={self.events}"
        )


@contextmanager
def counting_queries() -> Iterator[list[int]]:
    """Counts SQL statements on every tortoise SQLite client while active."""
    from tortoise.backends.sqlite.client import SqliteClient

    count = [0]
    originals = {
        name: getattr(SqliteClient, name) for name in ("execute_query", "execute_query_dict")
    }

    def wrap(original: Any) -> Any:
        async def counted(client: Any, query: str, *args: Any, **kwargs: Any) -> Any:
            count[0] += 1
            return await original(client, query, *args, **kwargs)

        return counted

    for name, original in originals.items():
        setattr(SqliteClient, name, wrap(original))
    try:
        yield count
    finally:
        for name, original in originals.items():
            setattr(SqliteClient, name, original)


async def _seed(subscribers: int) -> tuple[str, str, list[Any]]:
    """An organization with one open Space and `subscribers` members, each with a token."""
    from backend.core import tokens
    from backend.core.permissions import Role
    from backend.core.principal import Principal
    from backend.members.models import Membership
    from backend.orgs.service import create_workspace
    from backend.projects.models import Project
    from backend.users.models import PersonalAccessToken, User

    workspace = await create_workspace(org_name="Fanout", email="fan@localhost", name="Fan")
    org = workspace.organization_id
    project = await Project.create(organization_id=org, key="FAN", name="Fan-out")
    users = [User(email=f"s{n}@localhost", name=f"s{n}") for n in range(subscribers)]
    await User.bulk_create(users, batch_size=500)
    users = await User.filter(email__in=[u.email for u in users])
    await Membership.bulk_create(
        [Membership(organization_id=org, user_id=u.id, role=Role.MEMBER) for u in users],
        batch_size=500,
    )
    records = []
    for user in users:
        plaintext = tokens.generate()
        records.append(
            PersonalAccessToken(
                user_id=user.id,
                organization_id=org,
                name="bench",
                token_hash=tokens.hash_token(plaintext),
                prefix=tokens.display_prefix(plaintext),
            )
        )
    await PersonalAccessToken.bulk_create(records, batch_size=500)
    by_user = {r.user_id: r for r in await PersonalAccessToken.filter(organization_id=org)}
    principals = [
        Principal(
            user_id=str(u.id),
            organization_id=str(org),
            role=Role.MEMBER,
            token_id=str(by_user[u.id].id),
        )
        for u in users
    ]
    return str(org), str(project.id), principals


async def _subscriptions(principals: list[Any]) -> AsyncIterator[Any]:
    from backend.core.context import build_context
    from backend.schema import schema

    for principal in principals:
        stream = await schema.subscribe(EVENTS_QUERY, context_value=build_context(principal))
        assert not hasattr(stream, "errors"), stream
        yield stream


async def _measure(
    label: str, org: str, project_id: str, principals: list[Any], events: int
) -> Run:
    from backend.core import realtime
    from subscriptions import EventMessage

    sent_at: dict[str, float] = {}
    latencies: list[float] = []
    received: dict[str, int] = {}
    all_in = asyncio.Event()
    target = len(principals)

    async def consume(stream: Any) -> None:
        async for result in stream:
            assert result.errors is None, result.errors
            entity_id = result.data["events"]["entityId"]
            latencies.append(time.perf_counter() - sent_at[entity_id])
            received[entity_id] = received.get(entity_id, 0) + 1
            if received[entity_id] == target:
                all_in.set()

    streams = [stream async for stream in _subscriptions(principals)]
    consumers = [asyncio.create_task(consume(stream)) for stream in streams]

    async def publish_one() -> None:
        entity_id = uuid.uuid4().hex
        all_in.clear()
        message = EventMessage(
            type="task.created",
            organization_id=org,
            entity_type="task",
            entity_id=entity_id,
            project_id=project_id,
            actor_id=None,
            occurred_at=datetime.now(UTC),
        )
        sent_at[entity_id] = time.perf_counter()
        await realtime.publish([message])
        await asyncio.wait_for(all_in.wait(), 600)

    try:
        # Subscriptions register on their first iteration; the warm-up (retried until every
        # subscriber has it) also fills the caches, as a long-lived subscription has them.
        await asyncio.sleep(0.5)
        while True:
            try:
                await asyncio.wait_for(publish_one(), 60)
                break
            except TimeoutError:
                continue
        latencies.clear()
        with counting_queries() as count:
            for _ in range(events):
                await publish_one()
        return Run(label, events, count[0], list(latencies))
    finally:
        for task in consumers:
            task.cancel()
        await asyncio.gather(*consumers, return_exceptions=True)
        for stream in streams:
            await stream.aclose()


async def main(subscribers: int, events: int, baseline_events: int) -> int:
    from backend.core import db, realtime
    from backend.events import access
    from subscriptions import create_broadcast

    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite://{Path(tmp) / 'fanout.sqlite3'}"
        await db.migrate(url)
        await db.init(url)
        broadcast = create_broadcast("memory://")
        await broadcast.connect()
        realtime.configure(broadcast)
        try:
            org, project_id, principals = await _seed(subscribers)
            print(f"events subscription: {subscribers} subscribers, SQLite, in-memory broker")
            cached = await _measure("cached access (default)", org, project_id, principals, events)
            print(cached.line())
            default_age = access.MAX_AGE_SECONDS
            access.MAX_AGE_SECONDS = 0.0
            try:
                baseline = await _measure(
                    "uncached baseline (re-read per event)",
                    org,
                    project_id,
                    principals,
                    baseline_events,
                )
            finally:
                access.MAX_AGE_SECONDS = default_age
            print(baseline.line())
            if cached.queries:
                ratio = f"{baseline.queries_per_event / cached.queries_per_event:.0f}x"
            else:
                ratio = "no queries at all on the cached path"
            print(f"  queries per event, baseline / cached: {ratio}")
            for p in (50, 99):
                speedup = baseline.percentile(p) / cached.percentile(p)
                print(f"  p{p} delivery latency, baseline / cached: {speedup:.1f}x")
            half = access.MAX_AGE_SECONDS / 2
            print(
                f"  (a cached run longer than {half:.0f} s re-reads each subscriber once: "
                f"{3 * subscribers} queries, spread over the next {half:.0f} s)"
            )
            # Target: the cache serves events with at most a tenth of the baseline's queries.
            return 0 if cached.queries_per_event <= baseline.queries_per_event / 10 else 1
        finally:
            realtime.configure(None)
            await broadcast.disconnect()
            await db.close()


def cli(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subscribers", type=int, default=1000)
    parser.add_argument("--events", type=int, default=100)
    parser.add_argument("--baseline-events", type=int, default=3)
    args = parser.parse_args(argv)
    return asyncio.run(main(args.subscribers, args.events, args.baseline_events))


if __name__ == "__main__":
    sys.exit(cli(sys.argv[1:]))

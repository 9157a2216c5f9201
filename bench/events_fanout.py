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

# Every kind the benchmark publishes; task.created is also the fence that ends each round.
EVENT_TYPES = "[TASK_CREATED, CHAT_MESSAGE_CREATED, NOTIFICATION_CREATED, INVOICE_CREATED]"
EVENTS_QUERY = f"subscription {{ events(types: {EVENT_TYPES}) {{ type entityId }} }}"
# Who sees each kind among the subscribers (all members): everyone, one recipient, nobody.
KINDS = ("task", "chat", "notification", "invoice")


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
        if not self.latencies:
            return float("nan")  # nobody saw the event (billing data, members only)
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(len(ordered) * p / 100))]

    def line(self) -> str:
        return (
            f"  {self.label:<34} {self.queries_per_event:8.1f} queries/event   "
            f"p50 {self.percentile(50) * 1e3:8.1f} ms   p99 {self.percentile(99) * 1e3:8.1f} ms   "
            f"events={self.events} deliveries={len(self.latencies)}"
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


@dataclass
class World:
    organization_id: str
    project_id: str
    principals: list[Any]
    chat_message_ids: list[str]  # one per event: each message event is about a new message
    notification_ids: list[str]  # each for the first subscriber


async def _seed(subscribers: int, events: int) -> World:
    """An organization with one open Space, an organization-wide chat channel and
    `subscribers` members, each with a token; messages and notifications for `events` rounds."""
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
    from backend.chat.models import ChatChannel, ChatMessage
    from backend.notifications.kinds import NotificationKind
    from backend.notifications.models import Notification

    channel = await ChatChannel.create(organization_id=org, name="general")
    messages = [
        ChatMessage(organization_id=org, channel_id=channel.id, body=f"m{n}") for n in range(events)
    ]
    await ChatMessage.bulk_create(messages, batch_size=500)
    recipient = users[0]
    notifications = [
        Notification(
            organization_id=org,
            recipient_id=recipient.id,
            kind=NotificationKind.MENTIONED,
            entity_type="task",
            entity_id=f"n{n}",
            text="bench",
        )
        for n in range(events)
    ]
    await Notification.bulk_create(notifications, batch_size=500)
    return World(
        organization_id=str(org),
        project_id=str(project.id),
        principals=principals,
        chat_message_ids=[
            str(i)
            for i in await ChatMessage.filter(channel_id=channel.id).values_list("id", flat=True)
        ],
        notification_ids=[
            str(i)
            for i in await Notification.filter(recipient_id=recipient.id).values_list(
                "id", flat=True
            )
        ],
    )


async def _subscriptions(principals: list[Any]) -> AsyncIterator[Any]:
    from backend.core.context import build_context
    from backend.schema import schema

    for principal in principals:
        stream = await schema.subscribe(EVENTS_QUERY, context_value=build_context(principal))
        assert not hasattr(stream, "errors"), stream
        yield stream


def _event(world: World, kind: str, round_: int) -> Any:
    """The round's event of `kind`; its entity id is unique to the round."""
    from subscriptions import EventMessage

    entity_type, entity_id, project_id = {
        "task": ("task", uuid.uuid4().hex, world.project_id),
        "chat": ("chat_message", world.chat_message_ids[round_], None),
        "notification": ("notification", world.notification_ids[round_], None),
        "invoice": ("invoice", uuid.uuid4().hex, None),
    }[kind]
    return EventMessage(
        type=f"{entity_type}.created",
        organization_id=world.organization_id,
        entity_type=entity_type,
        entity_id=entity_id,
        project_id=project_id,
        actor_id=None,
        occurred_at=datetime.now(UTC),
    )


async def _measure(label: str, world: World, kind: str, events: int) -> Run:
    """`events` rounds: the kind's event, then (unless every subscriber sees it) a task event
    as a fence; a round ends when every subscriber has the fence, so it judged the event."""
    from backend.core import realtime

    principals = world.principals
    sent_at: dict[str, float] = {}
    latencies: list[float] = []
    received: dict[str, int] = {}
    all_in = asyncio.Event()
    target = len(principals)
    fence_id = [""]

    async def consume(stream: Any) -> None:
        async for result in stream:
            assert result.errors is None, result.errors
            entity_id = result.data["events"]["entityId"]
            if entity_id != fence_id[0] or kind == "task":
                latencies.append(time.perf_counter() - sent_at[entity_id])
            received[entity_id] = received.get(entity_id, 0) + 1
            if entity_id == fence_id[0] and received[entity_id] == target:
                all_in.set()

    streams = [stream async for stream in _subscriptions(principals)]
    consumers = [asyncio.create_task(consume(stream)) for stream in streams]

    async def publish_round(round_: int) -> None:
        all_in.clear()
        event = _event(world, kind, round_)
        fence = event if kind == "task" else _event(world, "task", round_)
        fence_id[0] = fence.entity_id
        sent_at[event.entity_id] = sent_at[fence.entity_id] = time.perf_counter()
        await realtime.publish([event] if fence is event else [event, fence])
        await asyncio.wait_for(all_in.wait(), 600)

    try:
        # Subscriptions register on their first iteration; the warm-up (retried until every
        # subscriber has it) also fills the caches, as a long-lived subscription has them.
        await asyncio.sleep(0.5)
        while True:
            try:
                await asyncio.wait_for(publish_round(0), 60)
                break
            except TimeoutError:
                continue
        latencies.clear()
        with counting_queries() as count:
            for round_ in range(1, events + 1):
                await publish_round(round_)
        return Run(f"{label}, {kind}", events, count[0], list(latencies))
    finally:
        for task in consumers:
            task.cancel()
        await asyncio.gather(*consumers, return_exceptions=True)
        for stream in streams:
            await stream.aclose()


async def in_process(subscribers: int, events: int, baseline_events: int, kinds: list[str]) -> int:
    from backend.core import db, event_facts, realtime
    from subscriptions import create_broadcast

    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite://{Path(tmp) / 'fanout.sqlite3'}"
        await db.migrate(url)
        await db.init(url)
        broadcast = create_broadcast("memory://")
        await broadcast.connect()
        realtime.configure(broadcast)
        failed = False
        try:
            world = await _seed(subscribers, events + baseline_events + 2)
            print(
                f"events subscription in process: {subscribers} subscribers, SQLite, memory broker"
            )
            for kind in kinds:
                event_facts.FACTS.clear()
                cached = await _measure("shared facts (default)", world, kind, events)
                print(cached.line())
                if baseline_events <= 0:
                    continue
                default_age = event_facts.MAX_AGE_SECONDS
                event_facts.MAX_AGE_SECONDS = 0.0
                try:
                    baseline = await _measure(
                        "uncached (re-read per subscriber)", world, kind, baseline_events
                    )
                finally:
                    event_facts.MAX_AGE_SECONDS = default_age
                print(baseline.line())
                # Target: queries per event independent of the subscriber count (a few).
                failed |= cached.queries_per_event > 5
            return 1 if failed else 0
        finally:
            realtime.configure(None)
            await broadcast.disconnect()
            await db.close()


def cli(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subscribers", type=int, default=1000)
    parser.add_argument("--events", type=int, default=100)
    parser.add_argument(
        "--baseline-events", type=int, default=3, help="rounds of the uncached path (0: skip)"
    )
    parser.add_argument("--kinds", default=",".join(KINDS), help=f"some of {','.join(KINDS)}")
    args = parser.parse_args(argv)
    kinds = [kind for kind in args.kinds.split(",") if kind]
    unknown = sorted(set(kinds) - set(KINDS))
    if unknown:
        parser.error(f"unknown kind(s) {', '.join(unknown)}: choose among {', '.join(KINDS)}")
    return asyncio.run(in_process(args.subscribers, args.events, args.baseline_events, kinds))


if __name__ == "__main__":
    sys.exit(cli(sys.argv[1:]))

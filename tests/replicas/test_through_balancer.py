"""Three replicas behind HAProxy (Redis, or PostgreSQL LISTEN/NOTIFY alone, as the broker):
every event reaches every subscriber of the organization exactly once whichever replica committed
it, and the schedulers running in every replica act once per occurrence."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import asyncpg

from tests.balancer import Replicas
from tests.replicas.support import (
    Owner,
    ResumingSubscriber,
    close_all,
    create_project,
    create_task,
    latest_sequence,
    open_subscribers,
    receive,
    write_tasks,
)
from tests.support import GraphQLClient

SUBSCRIBERS = 9
WRITES = 12

RECURRENCES_CREATE = """
mutation($projectId: ID!, $startsOn: Date!) {
  taskRecurrencesCreate(
    projectId: $projectId, title: "Daily stand-up", startsOn: $startsOn,
    rule: {frequency: DAILY}, timezone: "UTC"
  ) { result { id nextRunAt } errors { code message } }
}"""


async def test_every_event_reaches_every_subscriber_once(replicas: Replicas, owner: Owner) -> None:
    assert replicas.balancer is not None
    api = GraphQLClient(replicas.base_url)
    project = await create_project(api, owner.token, "Fan-out")
    subscribers = await open_subscribers(
        replicas.base_url,
        owner.token,
        SUBSCRIBERS,
        {"types": ["TASK_CREATED"], "projectId": project["id"]},
    )
    try:
        # The balancer spread the WebSockets: every replica holds some of them.
        sessions = replicas.balancer.sessions()
        assert all(sessions[name] >= 1 for name in replicas.names), sessions

        # Concurrent writes through the balancer land on every replica.
        tasks = await asyncio.gather(
            *(create_task(api, owner.token, project["id"], title=f"T{n}") for n in range(WRITES))
        )
        created = sorted(task["id"] for task in tasks)

        received = await asyncio.gather(*(receive(s, WRITES) for s in subscribers))
        for events in received:
            assert sorted(event["entityId"] for event in events) == created
            # In commit order on every subscriber, whichever replica holds its socket.
            assert [e["sequence"] for e in events] == [e["sequence"] for e in received[0]]
            assert [e["sequence"] for e in events] == sorted(e["sequence"] for e in events)
    finally:
        await close_all(api, *subscribers)


async def test_schedulers_act_once_per_occurrence(replicas: Replicas, owner: Owner) -> None:
    """A rule due today and a task due tomorrow, three replicas polling every 0.3 s: one task
    for the occurrence, one reminder, one event of each for every subscriber."""
    api = GraphQLClient(replicas.base_url)
    project = await create_project(api, owner.token, "Scheduled")
    subscribers = await open_subscribers(
        replicas.base_url, owner.token, 3, {"types": ["TASK_CREATED", "NOTIFICATION_CREATED"]}
    )
    connection = await asyncpg.connect(replicas.database_url)
    try:
        tomorrow = (datetime.now(UTC) + timedelta(days=1)).date()
        due = await create_task(
            api, owner.token, project["id"], title="Ship", dueDate=tomorrow.isoformat(),
            assigneeIds=[owner.user_id],
        )  # fmt: skip
        today = datetime.now(UTC).date().isoformat()
        created = await api.data(
            owner.token, RECURRENCES_CREATE, {"projectId": project["id"], "startsOn": today}
        )
        rule = created["taskRecurrencesCreate"]
        assert rule["errors"] == [], rule

        # Each subscriber: the task made by hand, the occurrence's task, the reminder; nothing
        # else during the many passes every replica makes meanwhile (receive waits in silence).
        received = await asyncio.gather(*(receive(s, 3, timeout=30) for s in subscribers))
        for events in received:
            kinds = sorted((event["type"], event["entityId"] == due["id"]) for event in events)
            assert kinds == [
                ("notification.created", False),
                ("task.created", False),
                ("task.created", True),
            ], events

        occurrences = await connection.fetch(
            "SELECT task_id FROM task_recurrence_occurrences WHERE recurrence_id = $1",
            rule["result"]["id"],
        )
        assert len(occurrences) == 1
        titled = await connection.fetchval(
            "SELECT count(*) FROM tasks WHERE project_id = $1 AND title = 'Daily stand-up'",
            project["id"],
        )
        assert titled == 1
        reminders = await connection.fetchval(
            "SELECT count(*) FROM notifications WHERE dedupe_key = $1",
            f"due:{due['id']}:{tomorrow.isoformat()}",
        )
        assert reminders == 1
    finally:
        await connection.close()
        await close_all(api, *subscribers)


# Last in the module: the killed replica stays down for the module's remaining (no) tests.
async def test_sigkilled_replica_clients_resume_and_lose_nothing(
    replicas: Replicas, owner: Owner
) -> None:
    api = GraphQLClient(replicas.base_url)
    project = await create_project(api, owner.token, "Killed")
    start = await latest_sequence(replicas.database_url, owner.organization_id)
    subscribers = [ResumingSubscriber(replicas.base_url, owner.token, start) for _ in range(9)]
    stop_at: asyncio.Future[int] = asyncio.get_running_loop().create_future()
    consuming = [asyncio.create_task(s.run(stop_at)) for s in subscribers]
    try:
        await asyncio.gather(*(s.connected.wait() for s in subscribers))
        writers = [
            asyncio.create_task(write_tasks(api, owner.token, project["id"], 15, f"W{n}"))
            for n in range(3)
        ]
        await asyncio.sleep(0.5)  # under load: writes are landing on every replica
        replicas.kill(1)
        acknowledged = [task for written in await asyncio.gather(*writers) for task in written]
        final = await latest_sequence(replicas.database_url, owner.organization_id)
        stop_at.set_result(final)
        await asyncio.gather(*consuming)

        expected = list(range(start + 1, final + 1))
        for subscriber in subscribers:
            # Every sequence once, in order, across the reconnection; no resync was needed.
            assert subscriber.sequences == expected
            assert all(event["type"] != "stream.resync" for event in subscriber.events)
            delivered = {event["entityId"] for event in subscriber.events}
            assert set(acknowledged) <= delivered
        # The killed replica's clients did reconnect (a third of them, by the balancer's spread).
        assert sum(s.reconnects for s in subscribers) >= 1
    finally:
        for task in consuming:
            task.cancel()
        await close_all(api)

"""Publish/receive, concurrent subscribers, unsubscribe and isolation on every backend."""

from __future__ import annotations

import asyncio

import pytest

from subscriptions import Broadcast
from tests.subscriptions.support import TIMEOUT, assert_silent, receive, unique_channel


async def test_publish_and_receive(broadcast: Broadcast) -> None:
    channel = unique_channel()
    async with broadcast.subscribe(channel) as subscriber:
        await broadcast.publish(channel, "hello")
        event = await receive(subscriber)
    assert (event.channel, event.message) == (channel, "hello")


async def test_async_for_yields_events_in_order(broadcast: Broadcast) -> None:
    channel = unique_channel()
    received: list[str] = []
    async with broadcast.subscribe(channel) as subscriber:
        for text in ("one", "two", "three"):
            await broadcast.publish(channel, text)

        async def collect() -> None:
            async for event in subscriber:
                received.append(event.message)
                if len(received) == 3:
                    return

        await asyncio.wait_for(collect(), TIMEOUT)
    assert received == ["one", "two", "three"]


@pytest.mark.parametrize("count", [2, 3])
async def test_concurrent_subscribers_all_receive_and_exit_cleanly(
    broadcast: Broadcast, count: int
) -> None:
    channel = unique_channel()
    ready = [asyncio.Event() for _ in range(count)]
    release = asyncio.Event()

    async def consume(index: int) -> list[str]:
        # All subscribers enter at once: this is the race upstream lost.
        async with broadcast.subscribe(channel) as subscriber:
            ready[index].set()
            first = await receive(subscriber)
            second = await receive(subscriber)
            await release.wait()
        return [first.message, second.message]

    tasks = [asyncio.create_task(consume(i)) for i in range(count)]
    await asyncio.wait_for(asyncio.gather(*(flag.wait() for flag in ready)), TIMEOUT)
    await broadcast.publish(channel, "a")
    await broadcast.publish(channel, "b")
    release.set()
    # gather re-raises a KeyError (or any error) raised while a subscriber exits.
    results = await asyncio.wait_for(asyncio.gather(*tasks), TIMEOUT)
    assert results == [["a", "b"]] * count

    # The channel still works after everyone left (the backend subscription was released
    # exactly once and can be taken again).
    async with broadcast.subscribe(channel) as subscriber:
        await broadcast.publish(channel, "again")
        assert (await receive(subscriber)).message == "again"


async def test_unsubscribing_one_does_not_stop_the_others(broadcast: Broadcast) -> None:
    channel = unique_channel()
    async with broadcast.subscribe(channel) as staying:
        async with broadcast.subscribe(channel) as leaving:
            await broadcast.publish(channel, "both")
            assert (await receive(leaving)).message == "both"
            assert (await receive(staying)).message == "both"
        await broadcast.publish(channel, "after")
        assert (await receive(staying)).message == "after"
        await assert_silent(staying)


async def test_channels_are_isolated(broadcast: Broadcast) -> None:
    mine, other = unique_channel(), unique_channel()
    async with broadcast.subscribe(mine) as subscriber, broadcast.subscribe(other) as neighbour:
        await broadcast.publish(other, "not for you")
        await broadcast.publish(mine, "for you")
        event = await receive(subscriber)
        assert (event.channel, event.message) == (mine, "for you")
        assert (await receive(neighbour)).message == "not for you"
        await assert_silent(subscriber)
        await assert_silent(neighbour, 0.05)


async def test_ping_succeeds_when_connected(broadcast: Broadcast) -> None:
    await broadcast.ping()


async def test_non_string_messages_are_refused(broadcast: Broadcast) -> None:
    with pytest.raises(TypeError, match="must be str"):
        await broadcast.publish(unique_channel(), {"not": "a string"})  # type: ignore[arg-type]

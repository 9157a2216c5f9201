"""Chat and search through a real server: a private channel leaks nothing to a non-member over
/graphql, over a real WebSocket subscription and over MCP (the SDK's client on real HTTP), and
bodies over the cap are refused before anything runs."""

from __future__ import annotations

from typing import Any

from backend.core.permissions import Role
from tests.backend.support import EVENTS
from tests.conftest import Workspace
from tests.mcp_adapter.support import mcp_client, structured
from tests.support import GraphQLClient, ServerProcess, SubscriptionClient

CREATE = """
mutation($name: String!, $private: Boolean!, $memberIds: [ID!]) {
  chatChannelsCreate(name: $name, private: $private, memberIds: $memberIds) {
    result { id name private memberCount }
    errors { code reason message }
  }
}"""
SEND = """
mutation($channelId: ID!, $body: String!) {
  chatMessagesSend(channelId: $channelId, body: $body) {
    result { id body author { id } }
    errors { code reason message }
  }
}"""
LIST_CHANNELS = "query { chatChannelsList { items { id name memberCount } totalCount } }"
MESSAGES = """
query($channelId: ID!) {
  chatMessagesList(channelId: $channelId) { items { id body } totalCount }
}"""
MEMBERS = """
query($channelId: ID!) {
  chatChannelsMembersList(channelId: $channelId) { items { userId } totalCount }
}"""
SEARCH = "query($q: String!) { search(query: $q) { items { entityType entityId title snippet } } }"


async def _created(api: GraphQLClient, token: str, **variables: Any) -> dict[str, Any]:
    data = await api.data(token, CREATE, {"private": False, **variables})
    payload = data["chatChannelsCreate"]
    assert payload["errors"] == [], payload
    result: dict[str, Any] = payload["result"]
    return result


async def _sent(api: GraphQLClient, token: str, channel_id: str, body: str) -> dict[str, Any]:
    data = await api.data(token, SEND, {"channelId": channel_id, "body": body})
    assert data["chatMessagesSend"]["errors"] == [], data
    result: dict[str, Any] = data["chatMessagesSend"]["result"]
    return result


async def test_a_private_channel_leaks_nothing_to_a_non_member(
    api: GraphQLClient, server: ServerProcess, workspace: Workspace
) -> None:
    friend = await workspace.add_member(Role.MEMBER)
    admin = await workspace.add_member(Role.ADMIN)
    secret = "quagmire"
    member_socket = await SubscriptionClient.open(server.base_url, token=friend.token)
    admin_socket = await SubscriptionClient.open(server.base_url, token=admin.token)
    try:
        for socket in (member_socket, admin_socket):
            await socket.subscribe(EVENTS)
            await socket.assert_silent(0.3)
        private = await _created(
            api, workspace.token, name=f"{secret}-ops", private=True, memberIds=[friend.user_id]
        )
        assert private["memberCount"] == 2
        created = await member_socket.next_event()
        assert (created["type"], created["entityId"]) == ("chat_channel.created", private["id"])
        general = await _created(api, workspace.token, name="general")
        assert (await admin_socket.next_event())["entityId"] == general["id"]  # not the private one
        assert (await member_socket.next_event())["entityId"] == general["id"]
        sent = await _sent(api, workspace.token, private["id"], f"{secret} at noon")
        event = await member_socket.next_event()
        assert (event["type"], event["entityId"]) == ("chat_message.created", sent["id"])
        await admin_socket.assert_silent()  # not the event, so not the message's existence

        public = await _sent(api, workspace.token, general["id"], "lunch?")
        assert (await admin_socket.next_event())["entityId"] == public["id"]
        assert (await member_socket.next_event())["entityId"] == public["id"]
    finally:
        await member_socket.close()
        await admin_socket.close()

    # Not listed (so neither its name nor its member count), not readable, not searchable.
    listed = (await api.data(admin.token, LIST_CHANNELS))["chatChannelsList"]
    assert private["id"] not in {c["id"] for c in listed["items"]}
    assert secret not in str(listed)
    for query, variables in (
        (MESSAGES, {"channelId": private["id"]}),
        (MEMBERS, {"channelId": private["id"]}),
    ):
        body = await api.execute(admin.token, query, variables)
        assert body["data"] is None and secret not in str(body)
        assert body["errors"][0]["extensions"]["code"] == "NOT_FOUND"
    refused = await api.data(admin.token, SEND, {"channelId": private["id"], "body": "hi"})
    assert refused["chatMessagesSend"]["errors"][0]["code"] == "NOT_FOUND"
    assert (await api.data(admin.token, SEARCH, {"q": secret}))["search"]["items"] == []
    found = (await api.data(friend.token, SEARCH, {"q": secret}))["search"]["items"]
    assert [(h["entityType"], h["entityId"]) for h in found] == [("CHAT_MESSAGE", sent["id"])]

    # Over MCP, the same: the admin's tools answer as if the channel did not exist.
    async with mcp_client(server.base_url, admin.token, "2026-07-28") as client:
        channels = structured(await client.call_tool("chat_channels_list", {}))
        assert private["id"] not in {c["id"] for c in channels["items"]}
        refused_call = await client.call_tool("chat_messages_list", {"channel_id": private["id"]})
        assert refused_call.is_error and secret not in str(refused_call.content)
        hits = structured(await client.call_tool("search", {"query": secret}))
        assert hits["items"] == []
    async with mcp_client(server.base_url, friend.token, "2026-07-28") as client:
        messages = structured(
            await client.call_tool("chat_messages_list", {"channel_id": private["id"]})
        )
        assert [m["body"] for m in messages["items"]] == [f"{secret} at noon"]


async def test_bodies_over_the_cap_are_refused_before_anything_runs(
    api: GraphQLClient, workspace: Workspace
) -> None:
    channel = await _created(api, workspace.token, name="caps")
    body = await api.execute(
        workspace.token, SEND, {"channelId": channel["id"], "body": "x" * 10_001}
    )
    errors = body["data"]["chatMessagesSend"]["errors"]
    assert errors[0]["code"] == "INVALID" and errors[0]["reason"] == "TEXT_LENGTH"
    listed = await api.data(workspace.token, MESSAGES, {"channelId": channel["id"]})
    assert listed["chatMessagesList"]["totalCount"] == 0
    long_query = await api.execute(workspace.token, SEARCH, {"q": "x" * 501})
    assert long_query["errors"][0]["extensions"]["code"] == "INVALID"

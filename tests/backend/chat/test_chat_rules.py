"""Chat rules through the service layer: who reads which channel, who changes it, messages
newest first with `before`, author-only edits, author-or-admin deletes, archive as read-only,
mentions of readers only, and which subscribers each event reaches."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from backend.chat import mentions, service
from backend.chat.models import ChatChannel, ChatMessage, ChatMessageMention
from backend.core.errors import Conflict, Forbidden, Invalid, NotFound
from backend.core.permissions import Role
from backend.core.principal import Principal
from backend.events.access import SubscriberAccess
from backend.projects import service as projects_service
from backend.projects.models import Visibility
from backend.users.authentication import authenticate
from subscriptions import EventMessage
from tests.conftest import Workspace


async def _as(workspace: Workspace, role: Role) -> tuple[Workspace, Principal]:
    member = await workspace.add_member(role)
    return member, await authenticate(member.token)


async def _channel_ids(principal: Principal) -> set[str]:
    page = await service.list_channels(principal, include_archived=True)
    return {str(c.id) for c in page.items}


async def test_an_organization_channel_is_read_by_members_but_not_guests(
    workspace: Workspace,
) -> None:
    owner = workspace.principal()
    channel = await service.create_channel(owner, name="  general  ")
    _, member = await _as(workspace, Role.MEMBER)
    _, guest = await _as(workspace, Role.GUEST)

    assert channel.name == "general"
    assert str(channel.id) in await _channel_ids(member)
    assert str(channel.id) not in await _channel_ids(guest)
    with pytest.raises(NotFound):
        await service.list_messages(guest, channel_id=str(channel.id))


async def test_a_space_channel_is_read_by_whoever_reads_the_space(workspace: Workspace) -> None:
    owner = workspace.principal()
    secret = await projects_service.create_project(
        owner, name="Secret", key="SEC", visibility=Visibility.PRIVATE
    )
    channel = await service.create_channel(owner, name="sec-team", project_id=str(secret.id))
    insider_ws, insider = await _as(workspace, Role.GUEST)
    _, outsider = await _as(workspace, Role.MEMBER)
    await projects_service.add_member(owner, project_id=str(secret.id), user_id=insider.user_id)

    assert str(channel.id) in await _channel_ids(insider)  # a guest added to the Space reads it
    assert str(channel.id) not in await _channel_ids(outsider)
    with pytest.raises(NotFound):
        await service.send_message(outsider, channel_id=str(channel.id), body="hi")
    sent = await service.send_message(insider, channel_id=str(channel.id), body="hello")
    assert sent.author_id is not None and str(sent.author_id) == insider_ws.user_id


async def test_a_private_channel_is_unknown_to_non_members_even_admins(
    workspace: Workspace,
) -> None:
    owner = workspace.principal()
    _, friend = await _as(workspace, Role.GUEST)
    _, admin = await _as(workspace, Role.ADMIN)
    channel = await service.create_channel(
        owner, name="hush", private=True, member_ids=[friend.user_id]
    )
    await service.send_message(owner, channel_id=str(channel.id), body="the plan")

    assert str(channel.id) in await _channel_ids(friend)
    assert str(channel.id) not in await _channel_ids(admin)
    for call in (
        service.list_messages(admin, channel_id=str(channel.id)),
        service.list_channel_members(admin, channel_id=str(channel.id)),
        service.send_message(admin, channel_id=str(channel.id), body="x"),
        service.update_channel(admin, channel_id=str(channel.id), name="mine"),
        service.set_archived(admin, channel_id=str(channel.id), archived=True),
        service.add_channel_member(admin, channel_id=str(channel.id), user_id=admin.user_id),
    ):
        with pytest.raises(NotFound) as refused:
            await call
        assert "hush" not in refused.value.message
    members = await service.list_channel_members(friend, channel_id=str(channel.id))
    assert {str(m.user_id) for m in members.items} == {owner.user_id, friend.user_id}


async def test_creating_needs_manage_tasks_and_members_only_for_private_channels(
    workspace: Workspace,
) -> None:
    owner = workspace.principal()
    _, guest = await _as(workspace, Role.GUEST)
    _, member = await _as(workspace, Role.MEMBER)

    with pytest.raises(Forbidden):
        await service.create_channel(guest, name="mine")
    with pytest.raises(Invalid) as open_with_members:
        await service.create_channel(owner, name="x", member_ids=[member.user_id])
    assert open_with_members.value.reason == "MEMBERS_OF_OPEN_CHANNEL"
    with pytest.raises(Invalid):
        await service.create_channel(owner, name="   ")
    with pytest.raises(NotFound):
        await service.create_channel(
            owner, name="x", private=True, member_ids=["00000000-0000-0000-0000-000000000001"]
        )


async def test_a_private_space_channel_admits_only_readers_of_the_space(
    workspace: Workspace,
) -> None:
    owner = workspace.principal()
    secret = await projects_service.create_project(
        owner, name="Secret", key="SEC", visibility=Visibility.PRIVATE
    )
    _, member = await _as(workspace, Role.MEMBER)

    with pytest.raises(Invalid) as refused:
        await service.create_channel(
            owner,
            name="inner",
            project_id=str(secret.id),
            private=True,
            member_ids=[member.user_id],
        )
    assert refused.value.reason == "NO_SPACE_ACCESS"


async def test_renaming_archiving_and_members_are_for_the_creator_or_managers(
    workspace: Workspace,
) -> None:
    _, member = await _as(workspace, Role.MEMBER)
    _, other = await _as(workspace, Role.MEMBER)
    _, manager = await _as(workspace, Role.MANAGER)
    channel = await service.create_channel(member, name="team", topic="Team talk")

    with pytest.raises(Forbidden) as refused:
        await service.update_channel(other, channel_id=str(channel.id), name="ours")
    assert refused.value.reason == "NOT_CHANNEL_MANAGER"
    renamed = await service.update_channel(
        member, channel_id=str(channel.id), name="crew", clear_topic=True
    )
    assert (renamed.name, renamed.topic) == ("crew", None)
    archived = await service.set_archived(manager, channel_id=str(channel.id), archived=True)
    assert archived.archived_at is not None


async def test_an_archived_channel_is_read_only_until_unarchived(workspace: Workspace) -> None:
    owner = workspace.principal()
    channel = await service.create_channel(owner, name="old")
    message = await service.send_message(owner, channel_id=str(channel.id), body="before")
    await service.set_archived(owner, channel_id=str(channel.id), archived=True)

    for call in (
        service.send_message(owner, channel_id=str(channel.id), body="after"),
        service.edit_message(owner, message_id=str(message.id), body="changed"),
        service.delete_message(owner, message_id=str(message.id)),
        service.update_channel(owner, channel_id=str(channel.id), name="new"),
    ):
        with pytest.raises(Conflict) as refused:
            await call
        assert refused.value.reason == "CHANNEL_ARCHIVED"
    page = await service.list_messages(owner, channel_id=str(channel.id))
    assert [m.body for m in page.items] == ["before"]  # still readable
    assert str(channel.id) not in {
        str(c.id) for c in (await service.list_channels(owner)).items
    }  # hidden from the default list
    await service.set_archived(owner, channel_id=str(channel.id), archived=False)
    await service.send_message(owner, channel_id=str(channel.id), body="after")


async def test_messages_come_newest_first_and_before_scrolls_back(workspace: Workspace) -> None:
    owner = workspace.principal()
    channel = await service.create_channel(owner, name="log")
    sent = []
    for n in range(5):
        sent.append(await service.send_message(owner, channel_id=str(channel.id), body=f"m{n}"))
    # Equal timestamps happen: the order must not depend on them alone.
    await ChatMessage.filter(id=sent[1].id).update(created_at=sent[2].created_at)

    first = await service.list_messages(owner, channel_id=str(channel.id), limit=2)
    assert [m.body for m in first.items] == ["m4", "m3"]
    assert (await first.total_count()) == 5
    rest = await service.list_messages(
        owner, channel_id=str(channel.id), limit=2, cursor=first.next_cursor
    )
    assert len(rest.items) == 2
    older = await service.list_messages(owner, channel_id=str(channel.id), before=str(sent[3].id))
    # m1 and m2 share a timestamp: the id breaks the tie, as in the cursor.
    stored = await ChatMessage.filter(id__in=[m.id for m in sent[:3]])
    expected = sorted(stored, key=lambda m: (m.created_at, m.id), reverse=True)
    assert [m.body for m in older.items] == [m.body for m in expected]
    other = await service.create_channel(owner, name="other")
    with pytest.raises(Invalid) as refused:
        await service.list_messages(owner, channel_id=str(other.id), before=str(sent[0].id))
    assert refused.value.reason == "OTHER_CHANNEL"


async def test_only_the_author_edits_and_edited_at_records_when(workspace: Workspace) -> None:
    owner = workspace.principal()
    _, member = await _as(workspace, Role.MEMBER)
    channel = await service.create_channel(owner, name="edits")
    message = await service.send_message(member, channel_id=str(channel.id), body="**draft**")
    assert message.edited_at is None

    with pytest.raises(Forbidden) as refused:
        await service.edit_message(owner, message_id=str(message.id), body="mine now")
    assert refused.value.reason == "NOT_AUTHOR"
    before = datetime.now(UTC)
    edited = await service.edit_message(member, message_id=str(message.id), body="# final")
    stored = await ChatMessage.get(id=message.id)
    assert stored.body == "# final" and edited.edited_at is not None
    assert stored.edited_at is not None and stored.edited_at >= before.replace(microsecond=0)


async def test_the_author_or_an_admin_deletes_and_the_text_is_erased(
    workspace: Workspace,
) -> None:
    owner = workspace.principal()
    _, member = await _as(workspace, Role.MEMBER)
    _, manager = await _as(workspace, Role.MANAGER)
    _, admin = await _as(workspace, Role.ADMIN)
    channel = await service.create_channel(owner, name="deletes")
    mine = await service.send_message(member, channel_id=str(channel.id), body="oops")
    theirs = await service.send_message(member, channel_id=str(channel.id), body="rude")

    with pytest.raises(Forbidden):
        await service.delete_message(manager, message_id=str(theirs.id))
    await service.delete_message(member, message_id=str(mine.id))
    await service.delete_message(admin, message_id=str(theirs.id))

    stored = await ChatMessage.get(id=mine.id)
    assert stored.deleted_at is not None and stored.body == ""
    assert (await service.list_messages(owner, channel_id=str(channel.id))).items == []
    with pytest.raises(NotFound):
        await service.edit_message(member, message_id=str(mine.id), body="back")


async def test_bodies_are_stored_as_written_within_their_cap(workspace: Workspace) -> None:
    owner = workspace.principal()
    channel = await service.create_channel(owner, name="md")
    markdown = "# Title\n\n- a\n- `b`\n\n```py\nprint(1)\n```"
    sent = await service.send_message(owner, channel_id=str(channel.id), body=markdown)
    assert (await ChatMessage.get(id=sent.id)).body == markdown
    with pytest.raises(Invalid):
        await service.send_message(owner, channel_id=str(channel.id), body="x" * 10_001)
    with pytest.raises(Invalid):
        await service.send_message(owner, channel_id=str(channel.id), body=" \n ")


async def test_mentions_record_only_people_who_can_read_the_channel(
    workspace: Workspace,
) -> None:
    owner = workspace.principal()
    friend_ws, friend = await _as(workspace, Role.MEMBER)
    stranger_ws, stranger = await _as(workspace, Role.MEMBER)
    private = await service.create_channel(
        owner, name="pair", private=True, member_ids=[friend.user_id]
    )
    body = f"@{friend_ws.email} and @{stranger_ws.email} and @[{stranger.user_id}] see this"

    message = await service.send_message(owner, channel_id=str(private.id), body=body)
    assert await mentions.mentioned_user_ids(message.id) == [friend.user_id]

    general = await service.create_channel(owner, name="all")
    loud = await service.send_message(
        owner, channel_id=str(general.id), body=f"@{friend_ws.email.upper()} @[{stranger.user_id}]"
    )
    assert await mentions.mentioned_user_ids(loud.id) == sorted([friend.user_id, stranger.user_id])
    await service.edit_message(owner, message_id=str(loud.id), body="nobody")
    assert await mentions.mentioned_user_ids(loud.id) == []
    await service.delete_message(owner, message_id=str(message.id))
    assert not await ChatMessageMention.exists(message_id=message.id)


async def test_members_leave_themselves_and_managers_remove_others(workspace: Workspace) -> None:
    owner = workspace.principal()
    _, a = await _as(workspace, Role.MEMBER)
    _, b = await _as(workspace, Role.MEMBER)
    channel = await service.create_channel(
        owner, name="trio", private=True, member_ids=[a.user_id, b.user_id]
    )

    with pytest.raises(Forbidden):
        await service.remove_channel_member(a, channel_id=str(channel.id), user_id=b.user_id)
    await service.remove_channel_member(a, channel_id=str(channel.id), user_id=a.user_id)
    assert str(channel.id) not in await _channel_ids(a)
    await service.remove_channel_member(owner, channel_id=str(channel.id), user_id=b.user_id)
    assert str(channel.id) not in await _channel_ids(b)
    await service.add_channel_member(owner, channel_id=str(channel.id), user_id=a.user_id)
    assert str(channel.id) in await _channel_ids(a)
    open_channel = await service.create_channel(owner, name="open")
    with pytest.raises(Invalid) as refused:
        await service.list_channel_members(owner, channel_id=str(open_channel.id))
    assert refused.value.reason == "OPEN_CHANNEL"


async def _sees(principal: Principal, event: EventMessage) -> bool:
    access = SubscriberAccess(principal)
    access.observe(event)
    await access.refresh()
    return await access.can_see(event)


async def test_events_reach_only_readers_of_the_channel(
    workspace: Workspace, published: list[EventMessage]
) -> None:
    owner = await authenticate(workspace.token)
    _, friend = await _as(workspace, Role.MEMBER)
    _, admin = await _as(workspace, Role.ADMIN)
    _, guest = await _as(workspace, Role.GUEST)
    private = await service.create_channel(
        owner, name="hush", private=True, member_ids=[friend.user_id]
    )
    message = await service.send_message(owner, channel_id=str(private.id), body="psst")
    await service.edit_message(owner, message_id=str(message.id), body="psst!")
    general = await service.create_channel(owner, name="general")
    await service.send_message(owner, channel_id=str(general.id), body="hello all")
    await service.delete_message(owner, message_id=str(message.id))

    types = [e.type for e in published]
    assert types == [
        "chat_channel.created",
        "chat_message.created",
        "chat_message.edited",
        "chat_channel.created",
        "chat_message.created",
        "chat_message.deleted",
    ]
    private_events = [published[i] for i in (0, 1, 2, 5)]
    for event in private_events:
        assert await _sees(friend, event), event.type
        assert not await _sees(admin, event), event.type
    general_events = published[3:5]
    for event in general_events:
        assert await _sees(admin, event)
        assert not await _sees(guest, event)  # guests do not read organization channels

    await service.remove_channel_member(owner, channel_id=str(private.id), user_id=friend.user_id)
    removed = published[-1]
    assert removed.type == "chat_channel.member_removed"
    assert await _sees(owner, removed) and not await _sees(friend, removed)
    assert not await _sees(friend, private_events[1])  # no longer a member: nothing more


async def test_a_spaces_channels_go_with_it(workspace: Workspace) -> None:
    owner = workspace.principal()
    space = await projects_service.create_project(owner, name="Temp", key="TMP")
    channel = await service.create_channel(owner, name="tmp", project_id=str(space.id))
    await service.send_message(owner, channel_id=str(channel.id), body="bye")

    await projects_service.delete_project(owner, project_id=str(space.id))
    assert not await ChatChannel.exists(id=channel.id)
    assert not await ChatMessage.exists(channel_id=channel.id)

"""Search through the service layer, on SQLite (FTS5) and PostgreSQL (tsvector + GIN): what it
finds and how it ranks, the index kept in step by the database in the same transaction, every
visibility rule (a secret word in each place the caller may not see), and user input that must
never reach the full-text parser as syntax."""

from __future__ import annotations

import pytest
from tortoise import connections
from tortoise.transactions import in_transaction

from backend.chat import service as chat_service
from backend.clients.models import Client
from backend.core import db
from backend.core.errors import Invalid, NotFound
from backend.core.permissions import Role
from backend.core.principal import Principal
from backend.invoices.models import Invoice
from backend.projects import service as projects_service
from backend.projects.models import Visibility
from backend.search import service
from backend.search.models import SearchDocument
from backend.search.service import SearchType
from backend.tasks import service as tasks_service
from backend.tasks_comments import service as comments_service
from backend.users.authentication import authenticate
from tests.conftest import Workspace, new_workspace
from tests.support import Database


async def _find(principal: Principal, query: str, **options: object) -> list[tuple[str, str]]:
    results = await service.search(principal, query=query, **options)  # type: ignore[arg-type]
    return [(hit.entity_type.value, hit.entity_id) for hit in results.items]


async def test_finds_tasks_comments_spaces_and_messages_with_marked_snippets(
    workspace: Workspace,
) -> None:
    owner = workspace.principal()
    space = await projects_service.create_project(
        owner, name="Website", key="WEB", description="The marketing site, rebuilt in zebrawood"
    )
    task = await tasks_service.create_task(
        owner, project_id=str(space.id), title="Zebra crossing", description="Paint the stripes"
    )
    comment = await comments_service.add_comment(
        owner, task_id=str(task.id), body="The zebras are ready"
    )
    channel = await chat_service.create_channel(owner, name="design")
    message = await chat_service.send_message(
        owner, channel_id=str(channel.id), body="Who ordered **zebra** paint?"
    )

    results = await service.search(owner, query="zebra")
    hits = {(h.entity_type.value, h.entity_id): h for h in results.items}
    assert set(hits) == {
        ("project", str(space.id)),
        ("task", str(task.id)),
        ("comment", str(comment.id)),
        ("chat_message", str(message.id)),
    }
    task_hit = hits[("task", str(task.id))]
    assert task_hit.title == "WEB-1 Zebra crossing"
    assert "<mark>Zebra</mark>" in task_hit.snippet
    assert (task_hit.project_id, task_hit.project_key, task_hit.project_name) == (
        str(space.id),
        "WEB",
        "Website",
    )
    comment_hit = hits[("comment", str(comment.id))]
    assert comment_hit.task_id == str(task.id)
    assert comment_hit.title == "Comment on WEB-1 Zebra crossing"
    assert "<mark>zebras</mark>" in comment_hit.snippet  # a prefix match
    message_hit = hits[("chat_message", str(message.id))]
    assert (message_hit.title, message_hit.channel_id) == ("#design", str(channel.id))
    assert results.items[0].rank >= results.items[-1].rank
    assert results.terms == ["zebra"]


async def test_every_word_must_match_and_titles_outrank_descriptions(
    workspace: Workspace,
) -> None:
    owner = workspace.principal()
    space = await projects_service.create_project(owner, name="Ops", key="OPS")
    in_title = await tasks_service.create_task(
        owner, project_id=str(space.id), title="Rotate keys", description="Quarterly"
    )
    in_body = await tasks_service.create_task(
        owner, project_id=str(space.id), title="Chores", description="rotate the backup keys"
    )
    await tasks_service.create_task(owner, project_id=str(space.id), title="Rotate tyres")

    found = await _find(owner, "rotate keys")
    assert found == [("task", str(in_title.id)), ("task", str(in_body.id))]


async def test_a_task_key_finds_its_task_first(workspace: Workspace) -> None:
    owner = workspace.principal()
    space = await projects_service.create_project(owner, name="Web", key="WEB")
    tasks = [
        await tasks_service.create_task(owner, project_id=str(space.id), title=f"Item {n}")
        for n in range(1, 4)
    ]
    noisy = await tasks_service.create_task(
        owner, project_id=str(space.id), title="web 2 web 2 web 2", description="WEB-2 web 2"
    )

    found = await _find(owner, "web-2")
    assert found[0] == ("task", str(tasks[1].id))
    assert ("task", str(noisy.id)) in found[1:]
    assert (await service.search(owner, query="WEB-2")).items[0].title == "WEB-2 Item 2"
    assert await _find(owner, "WEB-99") == []  # no such task, nothing else either


async def test_the_index_follows_every_change_in_the_same_transaction(
    workspace: Workspace,
) -> None:
    owner = workspace.principal()
    space = await projects_service.create_project(owner, name="Garden", key="GAR")
    task = await tasks_service.create_task(owner, project_id=str(space.id), title="Plant tulips")
    comment = await comments_service.add_comment(owner, task_id=str(task.id), body="bulbs first")
    channel = await chat_service.create_channel(owner, name="garden")
    message = await chat_service.send_message(owner, channel_id=str(channel.id), body="compost")

    await tasks_service.update_task(owner, task_id=str(task.id), title="Plant roses")
    await comments_service.update_comment(owner, comment_id=str(comment.id), body="thorns")
    await chat_service.edit_message(owner, message_id=str(message.id), body="mulch")
    await projects_service.update_project(owner, project_id=str(space.id), name="Orchard")
    assert await _find(owner, "tulips") == []
    assert await _find(owner, "bulbs") == []
    assert await _find(owner, "compost") == []
    assert await _find(owner, "garden", types=[SearchType.PROJECT]) == []
    assert await _find(owner, "roses") == [("task", str(task.id))]
    assert await _find(owner, "thorns") == [("comment", str(comment.id))]
    assert await _find(owner, "mulch") == [("chat_message", str(message.id))]
    assert await _find(owner, "orchard") == [("project", str(space.id))]

    # A rolled-back change leaves the index as it was.
    async def renamed_then_rolled_back() -> None:
        async with in_transaction():
            await tasks_service.update_task(owner, task_id=str(task.id), title="Plant lilies")
            raise RuntimeError("roll back")

    with pytest.raises(RuntimeError):
        await renamed_then_rolled_back()
    assert await _find(owner, "lilies") == []
    assert await _find(owner, "roses") == [("task", str(task.id))]

    await chat_service.delete_message(owner, message_id=str(message.id))
    await comments_service.delete_comment(owner, comment_id=str(comment.id))
    assert await _find(owner, "mulch") == []
    assert await _find(owner, "thorns") == []
    await projects_service.delete_project(owner, project_id=str(space.id))
    assert await _find(owner, "roses") == []
    assert await _find(owner, "orchard") == []
    assert not await SearchDocument.exists(organization_id=workspace.organization_id)


async def test_nothing_the_caller_may_not_see_is_found_nor_shown(workspace: Workspace) -> None:
    """The secret word sits in a private Space's name, description, task, description and
    comment, a private channel's name, topic and message, and another organization's task.
    A member outside all of them finds none of it, nor any snippet containing it."""
    owner = workspace.principal()
    secret = "xylophone"
    hidden = await projects_service.create_project(
        owner,
        name=f"Project {secret}",
        key="HID",
        description=f"about {secret}",
        visibility=Visibility.PRIVATE,
    )
    task = await tasks_service.create_task(
        owner, project_id=str(hidden.id), title=f"{secret} task", description=secret
    )
    await comments_service.add_comment(owner, task_id=str(task.id), body=f"a {secret} comment")
    private = await chat_service.create_channel(
        owner, name=f"{secret}-room", private=True, topic=secret
    )
    await chat_service.send_message(owner, channel_id=str(private.id), body=f"{secret} here")
    space_channel = await chat_service.create_channel(
        owner, name="hidden-space", project_id=str(hidden.id)
    )
    await chat_service.send_message(owner, channel_id=str(space_channel.id), body=secret)
    other = await new_workspace("Other")
    other_space = await projects_service.create_project(other.principal(), name="O", key="OTH")
    await tasks_service.create_task(other.principal(), project_id=str(other_space.id), title=secret)
    member = await authenticate((await workspace.add_member(Role.MEMBER)).token)
    admin = await authenticate((await workspace.add_member(Role.ADMIN)).token)

    for query in (secret, secret[:4], f"HID-1 {secret}", "HID-1", "OTH-1"):
        results = await service.search(member, query=query, limit=50)
        assert results.items == [], (query, results.items)
    # The admin reads every Space, but not a private channel they are not in.
    admin_hits = (await service.search(admin, query=secret, limit=50)).items
    assert {h.entity_type for h in admin_hits} == {
        SearchType.PROJECT,
        SearchType.TASK,
        SearchType.COMMENT,
        SearchType.CHAT_MESSAGE,
    }
    assert all(h.channel_id != str(private.id) for h in admin_hits)
    assert all("room" not in h.title for h in admin_hits)
    with pytest.raises(NotFound):
        await service.search(member, query=secret, project_id=str(hidden.id))
    # And the owner, a member of everything, finds each indexed place (names of channels are
    # not indexed): the Space, the task, the comment and both messages.
    assert len((await service.search(owner, query=secret, limit=50)).items) == 5


async def test_types_project_and_limit_narrow_the_hits(workspace: Workspace) -> None:
    owner = workspace.principal()
    a = await projects_service.create_project(owner, name="Alpha quokka", key="ALP")
    b = await projects_service.create_project(owner, name="Beta", key="BET")
    in_a = await tasks_service.create_task(owner, project_id=str(a.id), title="quokka one")
    await tasks_service.create_task(owner, project_id=str(b.id), title="quokka two")

    assert await _find(owner, "quokka", types=[SearchType.PROJECT]) == [("project", str(a.id))]
    in_space = await _find(owner, "quokka", project_id=str(a.id), types=[SearchType.TASK])
    assert in_space == [("task", str(in_a.id))]
    assert len(await _find(owner, "quokka", limit=1)) == 1
    with pytest.raises(Invalid):
        await service.search(owner, query="quokka", limit=51)
    with pytest.raises(Invalid):
        await service.search(owner, query="   ")


@pytest.mark.parametrize(
    "query",
    [
        '"',
        "'",
        '"unbalanced',
        "a AND OR NOT",
        "NEAR(a b)",
        "title:zebra",
        "(((",
        "*",
        "-x",
        "^start",
        "a & | ! <-> b",
        "\\",
        "%_%",
        "😀 emoji",
        "ünïcödé",
        "x" * 500,
        " ".join(["w"] * 250),
        "'; DROP TABLE tasks; --",
    ],
)
async def test_no_input_is_a_syntax_error(workspace: Workspace, query: str) -> None:
    owner = workspace.principal()
    space = await projects_service.create_project(owner, name="Syntax", key="SYN")
    await tasks_service.create_task(owner, project_id=str(space.id), title="zebra ünïcödé w")

    results = await service.search(owner, query=query)
    assert isinstance(results.items, list)


async def test_snippets_escape_html(workspace: Workspace) -> None:
    owner = workspace.principal()
    space = await projects_service.create_project(owner, name="Esc", key="ESC")
    await tasks_service.create_task(
        owner,
        project_id=str(space.id),
        title="Plain",
        description="<script>alert(1)</script> & okapi <b>",
    )

    (hit,) = (await service.search(owner, query="okapi")).items
    assert "<script>" not in hit.snippet and "<b>" not in hit.snippet
    # SQLite shows the tags as text (escaped); PostgreSQL's highlighter drops tags itself.
    assert "&amp;" in hit.snippet and "<mark>okapi</mark>" in hit.snippet


async def test_the_index_is_a_real_full_text_index(database: Database) -> None:
    connection = connections.get(db.connection_name(database.url))
    if database.kind == "postgres":
        rows = await connection.execute_query_dict(
            "SELECT indexdef FROM pg_indexes WHERE tablename = 'search_documents'"
        )
        assert any("USING gin (document)" in r["indexdef"] for r in rows), rows
    else:
        rows = await connection.execute_query_dict(
            "SELECT sql FROM sqlite_master WHERE name = 'search_fts'"
        )
        assert "USING fts5" in rows[0]["sql"]


async def test_clients_and_invoices_only_for_manage_billing(workspace: Workspace) -> None:
    owner = workspace.principal()
    client = await Client.create(
        organization_id=workspace.organization_id,
        name="Wombat Holdings",
        name_key="wombat holdings",
        email="billing@wombat.example",
        currency="EUR",
        notes="pays in wombatcoins",
    )
    draft = await Invoice.create(
        organization_id=workspace.organization_id, client_id=client.id, currency="EUR"
    )
    sent = await Invoice.create(
        organization_id=workspace.organization_id,
        client_id=client.id,
        currency="EUR",
        number="INV-2026-0042",
        client_name="Wombat Holdings",
        notes="wombat retainer",
    )
    manager = await authenticate((await workspace.add_member(Role.MANAGER)).token)
    admin = await authenticate((await workspace.add_member(Role.ADMIN)).token)

    for query in ("wombat", "wombatcoins", "INV-2026-0042", "billing wombat"):
        assert await _find(manager, query) == [], query
    found = await _find(owner, "wombat")
    assert set(found) == {
        ("client", str(client.id)),
        ("invoice", str(draft.id)),
        ("invoice", str(sent.id)),
    }
    by_number = (await service.search(admin, query="INV-2026-0042")).items
    assert [(h.entity_type, h.entity_id) for h in by_number] == [(SearchType.INVOICE, str(sent.id))]
    assert by_number[0].title == "Invoice INV-2026-0042 for Wombat Holdings"
    assert by_number[0].client_id == str(client.id)
    assert await _find(owner, "billing", types=[SearchType.CLIENT]) == [("client", str(client.id))]

    # A draft shows the client's current name; a sent invoice keeps the name it was sent to.
    client.name, client.name_key = "Numbat Ltd", "numbat ltd"
    await client.save()
    assert set(await _find(owner, "numbat")) == {
        ("client", str(client.id)),
        ("invoice", str(draft.id)),
    }

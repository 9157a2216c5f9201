"""A page runs its COUNT(*) only when the selection asks for totalCount."""

from __future__ import annotations

from typing import Any

from tortoise import connections

from backend.core import db
from backend.core.context import build_context
from backend.labels.models import Label
from backend.schema import schema
from backend.users.authentication import authenticate
from tests.backend.statements import StatementRecorder
from tests.conftest import Workspace
from tests.support import Database

WITHOUT_TOTAL = "{ labelsList(limit: 2) { items { name } nextCursor } }"
WITH_TOTAL = "{ labelsList(limit: 2) { items { name } nextCursor totalCount } }"
# Through a fragment and an alias: what counts is the field, however it is selected.
IN_A_FRAGMENT = """{ labelsList(limit: 2) { ...Paging } }
fragment Paging on LabelConnection { items { name } howMany: totalCount }"""


async def _run(workspace: Workspace, query: str, database: Database) -> tuple[Any, list[str]]:
    principal = await authenticate(workspace.token)
    with StatementRecorder(connections.get(db.connection_name(database.url))) as recorder:
        result = await schema.execute(query, context_value=build_context(principal))
    assert result.errors is None, result.errors
    return result.data, recorder.counts()


async def test_total_count_is_counted_only_when_selected(
    database: Database, workspace: Workspace
) -> None:
    for n in range(5):
        await Label.create(
            organization_id=workspace.organization_id, name=f"L{n}", name_key=f"l{n}"
        )

    page, counts = await _run(workspace, WITHOUT_TOTAL, database)
    assert len(page["labelsList"]["items"]) == 2 and page["labelsList"]["nextCursor"]
    assert counts == []

    page, counts = await _run(workspace, WITH_TOTAL, database)
    assert page["labelsList"]["totalCount"] == 5 and len(counts) == 1

    page, counts = await _run(workspace, IN_A_FRAGMENT, database)
    assert page["labelsList"]["howMany"] == 5 and len(counts) == 1

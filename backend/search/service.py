"""Full-text search across what the caller may read: tasks, comments, Spaces, chat messages,
clients and invoices.

The index (backend/search/models.py) is kept by database triggers; this module only queries it.
Visibility is decided here, per search, from the caller's current access: the Spaces they can
read (tasks, comments, Spaces), the chat channels they can read (messages), and billing data
only with `manage_billing`. A task key in the query (WEB-42) puts that task first.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum
from typing import Annotated, Any

from tortoise.backends.base.client import BaseDBAsyncClient

from backend.chat import access as chat_access
from backend.core.arguments import Bounds, Doc, Id
from backend.core.errors import Invalid, NotFound
from backend.core.permissions import Permission
from backend.core.principal import Principal
from backend.core.validation import clean_text
from backend.projects import service as projects_service
from backend.search import snippets
from backend.search.models import SearchDocument
from backend.search.terms import fts5_match, task_keys, terms, tsquery
from backend.tasks import service as tasks_service

MAX_QUERY = 500
DEFAULT_LIMIT = 20
MAX_LIMIT = 50
# The key match is shown first whatever the text ranks say.
KEY_MATCH_RANK = 1_000_000.0


class SearchType(StrEnum):
    TASK = "task"
    COMMENT = "comment"
    PROJECT = "project"
    CHAT_MESSAGE = "chat_message"
    CLIENT = "client"
    INVOICE = "invoice"


# Types everyone may find (each row still filtered by its Space or channel).
_SPACE_TYPES = (SearchType.TASK, SearchType.COMMENT, SearchType.PROJECT)
# Billing data: only with manage_billing.
_BILLING_TYPES = (SearchType.CLIENT, SearchType.INVOICE)


@dataclass(frozen=True)
class Hit:
    entity_type: SearchType
    entity_id: str
    title: str
    snippet: str
    rank: float
    project_id: str | None
    project_key: str | None
    project_name: str | None
    task_id: str | None
    channel_id: str | None
    client_id: str | None = None


@dataclass(frozen=True)
class Results:
    items: list[Hit]
    terms: list[str]


@dataclass(frozen=True)
class _Scope:
    """What the caller may see, read once per search."""

    projects: dict[str, tuple[str, str]]  # id → (key, name)
    channels: dict[str, str]  # id → name


async def _scope(principal: Principal, types: set[SearchType]) -> _Scope:
    rows = await projects_service.accessible_projects(principal).values_list("id", "key", "name")
    projects = {str(i): (str(k), str(n)) for i, k, n in rows}
    channels: dict[str, str] = {}
    if SearchType.CHAT_MESSAGE in types:
        found = await chat_access.readable_channels(principal).values_list("id", "name")
        channels = {str(i): str(n) for i, n in found}
    return _Scope(projects=projects, channels=channels)


def _connection() -> BaseDBAsyncClient:
    return SearchDocument._meta.db


def _is_postgres(connection: BaseDBAsyncClient) -> bool:
    return connection.capabilities.dialect == "postgres"


class _Params:
    """Positional parameters in the connection's style: `?` on SQLite, `$n` on PostgreSQL."""

    def __init__(self, postgres: bool) -> None:
        self.postgres = postgres
        self.values: list[Any] = []

    def __call__(self, value: Any) -> str:
        self.values.append(value)
        return f"${len(self.values)}" if self.postgres else "?"

    def ids(self, values: list[str]) -> str:
        """A list of ids as one parameter, for `column IN (…)`."""
        if self.postgres:
            return f"(SELECT unnest({self(values)}::uuid[]))"
        return f"(SELECT value FROM json_each({self(json.dumps(values))}))"


def _visibility(
    principal: Principal, params: _Params, scope: _Scope, types: set[SearchType]
) -> str:
    clauses = []
    space_types = [t.value for t in _SPACE_TYPES if t in types]
    if space_types and scope.projects:
        kinds = ", ".join(f"'{t}'" for t in space_types)
        clauses.append(
            f"(d.entity_type IN ({kinds}) AND d.project_id IN {params.ids(list(scope.projects))})"
        )
    if SearchType.CHAT_MESSAGE in types and scope.channels:
        clauses.append(
            "(d.entity_type = 'chat_message' "
            f"AND d.channel_id IN {params.ids(list(scope.channels))})"
        )
    billing = [t.value for t in _BILLING_TYPES if t in types]
    if billing and principal.can(Permission.MANAGE_BILLING):
        clauses.append(f"d.entity_type IN ({', '.join(repr(t) for t in billing)})")
    return " OR ".join(clauses) or "1 = 0"


async def _matches(
    principal: Principal,
    words: list[str],
    scope: _Scope,
    types: set[SearchType],
    project_id: str | None,
    limit: int,
) -> list[dict[str, Any]]:
    connection = _connection()
    postgres = _is_postgres(connection)
    params = _Params(postgres)
    columns = (
        "d.entity_type, d.entity_id, d.project_id, d.channel_id, d.parent_id, d.keyword, d.title"
    )
    if postgres:
        query = params(tsquery(words))
        where = [
            "d.document @@ q.query",
            f"d.organization_id = {params(principal.organization_id)}::uuid",
            f"({_visibility(principal, params, scope, types)})",
        ]
        if project_id is not None:
            where.append(f"d.project_id = {params(project_id)}::uuid")
        sql = (
            f"WITH q AS (SELECT to_tsquery('simple', {query}) AS query), "
            f"hits AS (SELECT {columns}, d.body, ts_rank(d.document, q.query, 1) AS rank "
            f"FROM search_documents d, q WHERE {' AND '.join(where)} "
            f"ORDER BY rank DESC, d.id DESC LIMIT {params(limit)}) "
            "SELECT hits.*, ts_headline('simple', concat_ws(' ', hits.keyword, hits.title, hits.body), "
            f"q.query, 'StartSel={snippets.START}, StopSel={snippets.STOP}, MaxWords=24, "
            'MinWords=8, MaxFragments=2, FragmentDelimiter=" … "\') AS snippet '
            "FROM hits, q ORDER BY hits.rank DESC"
        )
    else:
        match = params(fts5_match(words))
        # `+` keeps SQLite from driving the query by an index on search_documents: the FTS5
        # match is the selective part and must come first.
        where = [
            f"search_fts MATCH {match}",
            f"+d.organization_id = {params(principal.organization_id)}",
            f"({_visibility(principal, params, scope, types)})",
        ]
        if project_id is not None:
            where.append(f"+d.project_id = {params(project_id)}")
        sql = (
            f"SELECT {columns}, -bm25(search_fts, 8.0, 4.0, 1.0) AS rank, "
            f"snippet(search_fts, -1, '{snippets.START}', '{snippets.STOP}', ' … ', 24) AS snippet "
            "FROM search_fts JOIN search_documents d ON d.id = search_fts.rowid "
            f"WHERE {' AND '.join(where)} ORDER BY rank DESC LIMIT {params(limit)}"
        )
    return list(await connection.execute_query_dict(sql, params.values))


def _types(types: list[SearchType] | None) -> set[SearchType]:
    return set(types) if types else set(SearchType)


async def _labels(principal: Principal, rows: list[dict[str, Any]]) -> dict[str, tuple[str, str]]:
    """Comments' tasks: task id → (key, title), for the tasks the caller can see."""
    task_ids = [str(r["parent_id"]) for r in rows if r["entity_type"] == SearchType.COMMENT]
    if not task_ids:
        return {}
    rows_ = (
        await tasks_service.visible_tasks(principal)
        .filter(id__in=task_ids)
        .values_list("id", "number", "title")
    )
    return {str(i): (str(n), str(t)) for i, n, t in rows_}


def _hit(row: dict[str, Any], scope: _Scope, tasks: dict[str, tuple[str, str]]) -> Hit:
    kind = SearchType(row["entity_type"])
    project_id = None if row["project_id"] is None else str(row["project_id"])
    project = scope.projects.get(project_id or "")
    channel_id = None if row["channel_id"] is None else str(row["channel_id"])
    task_id = None
    if kind is SearchType.TASK:
        title = f"{row['keyword']} {row['title']}"
        task_id = str(row["entity_id"])
    elif kind is SearchType.COMMENT:
        task_id = str(row["parent_id"])
        number, task_title = tasks.get(task_id, ("?", ""))
        key = f"{project[0]}-{number}" if project else number
        title = f"Comment on {key} {task_title}".rstrip()
    elif kind is SearchType.PROJECT or kind is SearchType.CLIENT:
        title = str(row["title"])
    elif kind is SearchType.INVOICE:
        title = f"Invoice {row['keyword'] or '(draft)'} for {row['title']}"
    else:
        title = f"#{scope.channels.get(channel_id or '', '')}"
    return Hit(
        entity_type=kind,
        entity_id=str(row["entity_id"]),
        title=title,
        snippet=snippets.to_html(row["snippet"]),
        rank=float(row["rank"]),
        project_id=project_id,
        project_key=project[0] if project else None,
        project_name=project[1] if project else None,
        task_id=task_id,
        channel_id=channel_id,
        client_id=(
            str(row["entity_id"])
            if kind is SearchType.CLIENT
            else str(row["parent_id"])
            if kind is SearchType.INVOICE
            else None
        ),
    )


async def _key_hits(principal: Principal, text: str, scope: _Scope) -> list[Hit]:
    hits = []
    for key in task_keys(text):
        try:
            task = await tasks_service.get_task(principal, key)
        except NotFound:
            continue
        project = scope.projects.get(str(task.project_id))
        hits.append(
            Hit(
                entity_type=SearchType.TASK,
                entity_id=str(task.id),
                title=f"{key} {task.title}",
                snippet=snippets.to_html(f"{snippets.START}{key}{snippets.STOP} {task.title}"),
                rank=KEY_MATCH_RANK,
                project_id=str(task.project_id),
                project_key=project[0] if project else None,
                project_name=project[1] if project else None,
                task_id=str(task.id),
                channel_id=None,
            )
        )
    return hits


async def search(
    principal: Principal,
    *,
    query: Annotated[
        str,
        Doc(
            "Words to find (each as a word prefix, all required); punctuation only separates "
            "words. A task key such as WEB-42 puts that task first."
        ),
        Bounds(max_length=MAX_QUERY),
    ],
    types: Annotated[
        list[SearchType] | None,
        Doc("Only these kinds of things; all kinds when omitted."),
        Bounds(max_items=len(SearchType)),
    ] = None,
    project_id: Annotated[Id | None, Doc("Only things in this Space (from projects_list).")] = None,
    limit: Annotated[int, Doc(f"How many hits, at most {MAX_LIMIT}.")] = DEFAULT_LIMIT,
) -> Results:
    text = clean_text(query, max_length=MAX_QUERY, field="query", subject="The search query")
    if not 1 <= limit <= MAX_LIMIT:
        raise Invalid(f"limit must be between 1 and {MAX_LIMIT}; got {limit}.", field="limit")
    wanted = _types(types)
    if project_id is not None:
        project_id = str((await projects_service.get_project(principal, project_id)).id)
    words = terms(text)
    scope = await _scope(principal, wanted)
    first: list[Hit] = []
    if SearchType.TASK in wanted:
        first = [
            h
            for h in await _key_hits(principal, text, scope)
            if project_id is None or h.project_id == project_id
        ]
    if not words:
        return Results(items=first[:limit], terms=words)
    rows = await _matches(principal, words, scope, wanted, project_id, limit)
    tasks = await _labels(principal, rows)
    seen = {h.entity_id for h in first}
    rest = [_hit(r, scope, tasks) for r in rows if str(r["entity_id"]) not in seen]
    return Results(items=(first + rest)[:limit], terms=words)

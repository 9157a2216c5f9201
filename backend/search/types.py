"""GraphQL types of search results."""

from __future__ import annotations

import strawberry

from backend.core.rows import FromRow
from backend.search.service import Results, SearchType

strawberry.enum(
    SearchType,
    name="SearchType",
    description="What a search hit is: TASK, COMMENT (on a task), PROJECT (a Space), CHAT_MESSAGE.",
)


@strawberry.type(description="One thing that matched, with the words that matched marked.")
class SearchHit(FromRow):
    entity_type: SearchType
    entity_id: strawberry.ID = strawberry.field(
        description="The id to fetch it by (tasks_get, projects_get, chat_messages_list…)."
    )
    title: str = strawberry.field(
        description="What to call it: a task's key and title, the task a comment is on, a "
        "Space's or client's name, #channel for a message, an invoice's number and client."
    )
    snippet: str = strawberry.field(
        description="An excerpt, HTML-escaped, with the matching words in <mark>…</mark>."
    )
    rank: float = strawberry.field(description="Higher is a better match (hits come best first).")
    project_id: strawberry.ID | None = strawberry.field(description="The Space it belongs to.")
    project_key: str | None
    project_name: str | None
    task_id: strawberry.ID | None = strawberry.field(
        description="The task itself, or the task a comment is on."
    )
    channel_id: strawberry.ID | None = strawberry.field(description="A message's channel.")
    client_id: strawberry.ID | None = strawberry.field(
        description="The client itself, or an invoice's client."
    )


@strawberry.type(description="Search hits, best first.")
class SearchResults:
    items: list[SearchHit]
    terms: list[str] = strawberry.field(
        description="The words searched for (lower-cased; punctuation dropped)."
    )

    @classmethod
    def from_model(cls, results: Results) -> SearchResults:
        return cls(items=[SearchHit.from_model(hit) for hit in results.items], terms=results.terms)

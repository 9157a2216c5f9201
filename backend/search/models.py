"""The search index: one row per searchable thing, written by database triggers, never by code.

Triggers on the indexed tables (tasks, task comments, Spaces, chat messages; see the search
migration) keep these rows in step with their source in the same transaction, whichever code
path writes it. On SQLite an FTS5 table (`search_fts`, external content = this table) indexes
keyword, title and body; on PostgreSQL the `document` tsvector column (generated from the same
three, GIN-indexed) does. Visibility is not stored: it is judged at query time from
`project_id` (Space access), `channel_id` (chat channel access) and `entity_type` (billing).
"""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model


class SearchDocument(Model):
    id = fields.BigIntField(primary_key=True)
    entity_type = fields.CharField(max_length=20)
    entity_id = fields.UUIDField()
    organization_id = fields.UUIDField()
    project_id = fields.UUIDField(null=True)
    channel_id = fields.UUIDField(null=True)
    # What the hit belongs to: a comment's task.
    parent_id = fields.UUIDField(null=True)
    # Exact identifiers, weighted highest: a task's key (WEB-42), a Space's key.
    keyword = fields.TextField(null=True)
    title = fields.TextField(null=True)
    body = fields.TextField(null=True)

    class Meta:
        table = "search_documents"
        unique_together = (("entity_type", "entity_id"),)

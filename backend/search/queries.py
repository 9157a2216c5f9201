"""Search reads."""

from __future__ import annotations

import strawberry

from backend.core.fields import query
from backend.search import service
from backend.search.types import SearchResults


@strawberry.type
class SearchQuery:
    search = query(
        service.search,
        SearchResults,
        description="Full-text search over the tasks, comments, Spaces, chat messages, clients "
        "and invoices you can read, best match first.",
    )

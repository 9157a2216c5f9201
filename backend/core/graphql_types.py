"""GraphQL shapes shared by every domain: payload errors, mutation payloads, pages."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, Generic, TypeVar

import strawberry

from backend.core.errors import ErrorCode as ServiceErrorCode
from backend.core.errors import ServiceError

T = TypeVar("T")

strawberry.enum(ServiceErrorCode, name="ErrorCode", description="Why a change was refused.")
ErrorCode = ServiceErrorCode


@strawberry.type(description="An expected failure: what went wrong, where, and what to do.")
class UserError:
    code: ErrorCode
    field: str | None
    message: str
    reason: str = strawberry.field(
        description="The machine-readable cause, stable across releases (e.g. NAME_TAKEN, "
        "DEPENDENCY_CYCLE); the code itself when there is no finer one. Branch on this, "
        "never on the message.",
    )

    @classmethod
    def from_service_error(cls, error: ServiceError) -> UserError:
        return cls(code=error.code, field=error.field, message=error.message, reason=error.reason)


@strawberry.type(
    description="The outcome of a change: the result, or the errors that prevented it."
)
class Payload(Generic[T]):
    result: T | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


async def _total_count(root: Connection[Any]) -> int:
    return await root.count()


@strawberry.type(description="One page of a list, with the cursor of the next page.")
class Connection(Generic[T]):
    items: list[T]
    next_cursor: str | None
    count: strawberry.Private[Callable[[], Awaitable[int]]]
    total_count: int = strawberry.field(
        resolver=_total_count,
        description="How many items the whole list has, across all pages. An exact COUNT(*) "
        "over every matching row, run only when this field is selected: it costs O(n) in the "
        "list's size while a page costs the same at any size, so leave it out when paging.",
    )


@strawberry.type(description="The id of a deleted or revoked object.")
class Deleted:
    id: strawberry.ID

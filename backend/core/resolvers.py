"""The one way resolvers call services: expected failures become payload errors, pages become connections."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from strawberry.types import Info

from backend.core.context import Context
from backend.core.errors import ServiceError
from backend.core.graphql_types import Connection, Payload, UserError
from backend.core.pagination import Paged
from backend.core.principal import Principal

R = TypeVar("R")
T = TypeVar("T")

AppInfo = Info[Context, None]


def principal(info: AppInfo) -> Principal:
    return info.context.principal


async def as_payload(call: Awaitable[R], convert: Callable[[R], T]) -> Payload[T]:
    try:
        return Payload(result=convert(await call))
    except ServiceError as error:
        return Payload(errors=[UserError.from_service_error(error)])


def as_connection(page: Paged[Any], convert: Callable[[Any], T]) -> Connection[T]:
    return Connection(
        items=[convert(row) for row in page.items],
        next_cursor=page.next_cursor,
        count=page.total_count,
    )

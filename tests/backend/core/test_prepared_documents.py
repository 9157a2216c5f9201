"""The one parse-and-validate extension: limits hold on every request, remembered or not."""

from __future__ import annotations

from backend.schema import create_schema
from backend.settings import Settings


async def test_a_remembered_document_is_refused_every_time() -> None:
    schema = create_schema(Settings(max_query_depth=1))
    deep = "{ whoami { user { id } organization { id } } }"
    first = await schema.execute(deep)
    second = await schema.execute(deep)
    for result in (first, second):
        assert result.errors and "exceeds maximum operation depth" in result.errors[0].message


async def test_the_token_limit_applies_before_anything_is_remembered() -> None:
    schema = create_schema(Settings(max_tokens=20))
    huge = "{ " + " ".join("__typename" for _ in range(30)) + " }"
    for _ in range(2):
        result = await schema.execute(huge)
        assert result.errors and "token" in result.errors[0].message.lower()


async def test_schemas_with_other_limits_do_not_share_what_they_remember() -> None:
    query = "{ __schema { queryType { name } } }"
    off = create_schema(Settings(introspection=False))
    on = create_schema(Settings(introspection=True))
    assert (await off.execute(query)).errors
    assert (await on.execute(query)).errors is None
    assert (await off.execute(query)).errors

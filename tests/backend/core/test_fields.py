"""Root fields built from service signatures, and types built from rows (pure, no database)."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from types import SimpleNamespace
from typing import Annotated, Any
from uuid import UUID, uuid4

import pytest
import strawberry

from backend.core.arguments import DEFAULT_LIMIT, Bounds, Cursor, Doc, Id, Limit
from backend.core.errors import NotFound
from backend.core.fields import connection, mutation, query, schema_bounds
from backend.core.pagination import Page
from backend.core.rows import FromRow, from_row


@strawberry.type
class Thing(FromRow):
    id: strawberry.ID
    name: str


@dataclass
class Row:
    id: UUID
    name: str


calls: list[tuple[object, dict[str, Any]]] = []


async def find_things(
    principal: object,
    *,
    owner_id: Annotated[Id, Doc("Whose things.")],
    tag_ids: Annotated[list[Id] | None, Doc("Only things with these tags.")] = None,
    from_: Annotated[datetime | None, Doc("Only things made since.")] = None,
    limit: Limit = DEFAULT_LIMIT,
    cursor: Cursor = None,
) -> Page[Any]:
    calls.append((principal, {"owner_id": owner_id, "tag_ids": tag_ids, "from_": from_}))

    async def count() -> int:
        return 1

    return Page(items=[Row(id=uuid4(), name="a")], next_cursor=None, count=count)


async def rename_thing(
    principal: object,
    *,
    thing_id: Annotated[Id, Doc("The thing.")],
    name: Annotated[str, Doc("Its new name.")],
    loud: bool,
) -> Row:
    if thing_id == "missing":
        raise NotFound.entity("thing", thing_id, field="thing_id")
    return Row(id=UUID(int=7), name=name.upper() if loud else name)


async def one_thing(principal: object) -> Row | None:
    return None


async def tag_thing(
    principal: object,
    *,
    tags: Annotated[list[str], Doc("The tags."), Bounds(max_items=2)],
    note: Annotated[str | None, Doc("A note."), Bounds(max_length=5)] = None,
) -> Row:
    calls.append((principal, {"tags": tags, "note": note}))
    return Row(id=UUID(int=8), name=",".join(tags))


@strawberry.type
class Query:
    things_list = connection(find_things, Thing, description="Things.")
    things_maybe = query(one_thing, Thing | None, description="Maybe a thing.")


@strawberry.type
class Mutation:
    things_rename = mutation(
        partial(rename_thing, loud=True), Thing, description="Rename a thing, loudly."
    )
    things_tag = mutation(tag_thing, Thing, description="Tag a thing.")


schema = strawberry.Schema(query=Query, mutation=Mutation)
context = SimpleNamespace(principal="the principal")


def test_arguments_are_the_keyword_only_parameters_with_defaults_and_descriptions() -> None:
    sdl = schema.as_str()
    assert '"""Whose things."""\n    ownerId: ID!' in sdl
    assert '"""Only things with these tags."""\n    tagIds: [ID!] = null' in sdl
    assert '"""Only things made since."""\n    from: DateTime = null' in sdl
    assert '"""Page size, at most 200."""\n    limit: Int! = 50' in sdl
    assert "cursor: String = null" in sdl


def test_arguments_bound_with_partial_are_fixed_not_exposed() -> None:
    rename = schema.get_type_by_name("Mutation").fields  # type: ignore[union-attr]
    field = next(f for f in rename if f.python_name == "things_rename")
    assert [a.python_name for a in field.arguments] == ["thing_id", "name"]


async def test_the_service_gets_the_principal_and_the_arguments() -> None:
    calls.clear()
    result = await schema.execute(
        '{ thingsList(ownerId: "u1", tagIds: ["t1"], from: "2026-01-31T09:30:00+00:00") '
        "{ items { name } totalCount } }",
        context_value=context,
    )
    assert result.errors is None
    assert result.data == {"thingsList": {"items": [{"name": "a"}], "totalCount": 1}}
    principal, arguments = calls[0]
    assert principal == "the principal"
    assert arguments["owner_id"] == "u1"
    assert arguments["tag_ids"] == ["t1"]
    assert arguments["from_"] == datetime.fromisoformat("2026-01-31T09:30:00+00:00")


async def test_mutation_results_are_payloads_and_expected_failures_payload_errors() -> None:
    document = 'mutation($id: ID!) { thingsRename(thingId: $id, name: "b") '
    document += "{ result { id name } errors { code field } } }"
    ok = await schema.execute(document, variable_values={"id": "x"}, context_value=context)
    assert ok.data == {
        "thingsRename": {"result": {"id": str(UUID(int=7)), "name": "B"}, "errors": []}
    }
    failed = await schema.execute(
        document, variable_values={"id": "missing"}, context_value=context
    )
    assert failed.data == {
        "thingsRename": {"result": None, "errors": [{"code": "NOT_FOUND", "field": "thing_id"}]}
    }


async def test_an_optional_result_stays_null() -> None:
    result = await schema.execute("{ thingsMaybe { id } }", context_value=context)
    assert result.errors is None
    assert result.data == {"thingsMaybe": None}


def test_a_positional_parameter_is_refused() -> None:
    async def positional(principal: object, thing_id: Annotated[Id, Doc("The thing.")]) -> Row:
        raise AssertionError

    with pytest.raises(TypeError, match="thing_id must be keyword-only"):
        query(positional, Thing, description="x")


def test_an_undocumented_parameter_is_refused() -> None:
    async def undocumented(principal: object, *, thing_id: Id) -> Row:
        raise AssertionError

    with pytest.raises(TypeError, match="thing_id needs Annotated"):
        query(undocumented, Thing, description="x")


class Color(enum.StrEnum):
    RED = "red"


@strawberry.type
class Painted:
    id: strawberry.ID
    owner_id: strawberry.ID | None
    color: Color
    label: str


def test_from_row_copies_same_named_fields_converting_ids_and_enums() -> None:
    row = SimpleNamespace(id=UUID(int=1), owner_id=None, color="red", name="n", extra=1)
    painted = from_row(Painted, row, label="renamed")
    assert painted == Painted(
        id=strawberry.ID(str(UUID(int=1))), owner_id=None, color=Color.RED, label="renamed"
    )
    assert isinstance(painted.color, Color)


def test_from_row_converts_overrides_too() -> None:
    row = SimpleNamespace(id=UUID(int=1), color=Color.RED, label="l")
    painted = from_row(Painted, row, owner_id=UUID(int=2))
    assert painted.owner_id == str(UUID(int=2))


def test_bounds_are_stated_in_the_description_and_collected_by_schema_coordinate() -> None:
    sdl = schema.as_str()
    assert '"""The tags. At most 2 items."""\n    tags: [String!]!' in sdl
    assert '"""A note. At most 5 characters."""\n    note: String = null' in sdl
    assert schema_bounds(schema._schema) == {
        "Mutation.thingsTag(tags:)": Bounds(max_items=2),
        "Mutation.thingsTag(note:)": Bounds(max_length=5),
        "Query.thingsList(cursor:)": Bounds(max_length=500),
    }


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ('tags: ["a", "b", "c"]', "tags is at most 2 items; got 3."),
        ('tags: ["a"], note: "123456"', "note is at most 5 characters; got 6."),
    ],
)
async def test_a_value_over_its_bounds_is_invalid_and_the_service_never_runs(
    arguments: str, message: str
) -> None:
    calls.clear()
    document = f"mutation {{ thingsTag({arguments}) {{ result {{ name }} errors {{ code field message }} }} }}"
    result = await schema.execute(document, context_value=context)
    field = message.split(" ")[0]
    assert result.data == {
        "thingsTag": {
            "result": None,
            "errors": [{"code": "INVALID", "field": field, "message": message}],
        }
    }
    assert calls == []


async def test_a_value_at_its_bounds_reaches_the_service() -> None:
    calls.clear()
    result = await schema.execute(
        'mutation { thingsTag(tags: ["a", "b"], note: "12345") { result { name } } }',
        context_value=context,
    )
    assert result.data == {"thingsTag": {"result": {"name": "a,b"}}}
    assert calls == [("the principal", {"tags": ["a", "b"], "note": "12345"})]

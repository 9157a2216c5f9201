"""GraphQL types built from ORM rows: one copy rule instead of a field-by-field copy per type."""

from __future__ import annotations

import dataclasses
import enum
import types
from typing import Any, TypeVar, Union, get_args, get_origin, get_type_hints
from uuid import UUID

import strawberry

T = TypeVar("T")


def from_row(cls: type[T], row: object, **overrides: Any) -> T:
    """An instance of the strawberry type `cls` whose fields are the row's same-named attributes.

    `overrides` give the fields whose value is not a same-named attribute (renamed or derived
    ones, private fields). Either way UUIDs become strawberry.ID and strings the field's enum.
    """
    values: dict[str, Any] = {}
    for name, enum_type in _copied_fields(cls):
        value = overrides[name] if name in overrides else getattr(row, name)
        if isinstance(value, UUID):
            value = strawberry.ID(str(value))
        elif enum_type is not None and value is not None:
            value = enum_type(value)
        values[name] = value
    return cls(**values)


class FromRow:
    """Mixin for strawberry types whose every field is a same-named row attribute."""

    @classmethod
    def from_model(cls: type[T], row: Any) -> T:
        return from_row(cls, row)


_Fields = tuple[tuple[str, type[enum.Enum] | None], ...]
_fields: dict[type, _Fields] = {}


def _copied_fields(cls: type) -> _Fields:
    """Each init field's name and enum type; computed once per type."""
    if cls not in _fields:
        hints = get_type_hints(cls)
        _fields[cls] = tuple(
            (field.name, _enum_of(hints.get(field.name)))
            for field in dataclasses.fields(cls)
            if field.init
        )
    return _fields[cls]


def _enum_of(hint: object) -> type[enum.Enum] | None:
    if get_origin(hint) in (Union, types.UnionType):
        found = [_enum_of(arg) for arg in get_args(hint) if arg is not type(None)]
        return found[0] if len(found) == 1 else None
    return hint if isinstance(hint, type) and issubclass(hint, enum.Enum) else None

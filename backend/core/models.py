"""Field conventions shared by every model: UUID ids and UTC timestamps; row changes inside a
unit of work are captured for the audit log (see backend/core/changes.py)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar, Self
from uuid import uuid4

from tortoise import fields
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.models import Model

from backend.core import changes
from backend.core import unit_of_work as uow_module


class Entity(Model):
    id = fields.UUIDField(primary_key=True, default=uuid4)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    # False for rows the commit hooks write themselves (audit entries, notifications): they are
    # the record of a change, not a change to record.
    audited: ClassVar[bool] = True

    class Meta:
        abstract = True

    @classmethod
    def _init_from_db(cls, **kwargs: Any) -> Self:
        instance = super()._init_from_db(**kwargs)
        if cls.audited and uow_module.current() is not None:
            object.__setattr__(instance, "_audit_before", changes.column_values(instance))
        return instance

    async def save(
        self,
        using_db: BaseDBAsyncClient | None = None,
        update_fields: Iterable[str] | None = None,
        force_create: bool = False,
        force_update: bool = False,
    ) -> None:
        created = not self._saved_in_db
        await super().save(using_db, update_fields, force_create, force_update)
        uow = uow_module.current()
        if uow is None or not type(self).audited:
            return
        after = changes.column_values(self)
        snapshot: dict[str, Any] | None = getattr(self, "_audit_before", None)
        old: dict[str, Any]
        new: dict[str, Any]
        if created:
            old, new = {}, after
        elif snapshot is None:
            # Loaded before the unit of work began: the old values are unknown, so only the
            # new ones of the columns saved are recorded.
            saved = set(update_fields) if update_fields is not None else set(after)
            old, new = {}, {name: value for name, value in after.items() if name in saved}
        else:
            old, new = changes.diff(snapshot, after)
        object.__setattr__(self, "_audit_before", after)
        if created or new:
            uow.changes.append(
                changes.Change(
                    changes.entity_type_of(type(self)),
                    str(self.pk),
                    "created" if created else "updated",
                    old,
                    new,
                )
            )

    async def delete(self, using_db: BaseDBAsyncClient | None = None) -> None:
        await super().delete(using_db)
        uow = uow_module.current()
        if uow is None or not type(self).audited:
            return
        before = getattr(self, "_audit_before", None) or changes.column_values(self)
        uow.changes.append(
            changes.Change(changes.entity_type_of(type(self)), str(self.pk), "deleted", before, {})
        )

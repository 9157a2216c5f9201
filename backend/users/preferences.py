"""A user's preferences: which notification kinds they receive, and the day their week starts."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated

from backend.core.arguments import Bounds, Doc
from backend.core.principal import Principal
from backend.core.unit_of_work import unit_of_work
from backend.notifications.kinds import NotificationKind
from backend.users.events import UserPreferencesEvent
from backend.users.models import UserPreferences, WeekStart

ALL_KINDS = tuple(NotificationKind)
_KIND_VALUES = frozenset(kind.value for kind in ALL_KINDS)


async def muted_kinds(user_ids: Sequence[object]) -> dict[str, set[NotificationKind]]:
    """The kinds each of these users turned off (users without preferences are absent)."""
    rows = await UserPreferences.filter(user_id__in=list(user_ids)).values_list(
        "user_id", "muted_notification_kinds"
    )
    return {
        str(user_id): {NotificationKind(kind) for kind in muted or [] if kind in _KIND_VALUES}
        for user_id, muted in rows
    }


async def update_preferences(
    principal: Principal,
    *,
    notification_kinds: Annotated[
        list[NotificationKind] | None,
        Doc(
            "The notification kinds you want to receive; every kind not listed is turned off "
            "(an empty list turns all off). Omitted: unchanged."
        ),
        Bounds(max_items=len(ALL_KINDS)),
    ] = None,
    week_start: Annotated[
        WeekStart | None, Doc("The day your week starts, in calendars and timesheets.")
    ] = None,
    clear_week_start: Annotated[bool, Doc("Follow the organization's week start again.")] = False,
) -> UserPreferences:
    """Change your own preferences (they are yours alone: no permission needed)."""
    async with unit_of_work(principal) as uow:
        preferences, _ = await UserPreferences.get_or_create(user_id=principal.user_id)
        if notification_kinds is not None:
            wanted = set(notification_kinds)
            preferences.muted_notification_kinds = [
                kind.value for kind in ALL_KINDS if kind not in wanted
            ]
        if clear_week_start:
            preferences.week_start = None  # type: ignore[assignment]  # tortoise types nullable fields as non-null
        elif week_start is not None:
            preferences.week_start = week_start
        await preferences.save()
        uow.record(UserPreferencesEvent.UPDATED, principal.user_id)
    return preferences

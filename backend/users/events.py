"""Token events: a token is personal, so only the user who acted sees its events."""

from __future__ import annotations

from backend.core.event_types import AccessChange, EventType, actor_only


class TokenEvent(EventType, visibility=actor_only):
    CREATED = "token.created", "A Personal Access Token was created."
    REVOKED = (
        "token.revoked",
        "A Personal Access Token was revoked; its subscriptions end.",
        AccessChange.TOKEN,
    )


class UserEvent(EventType, visibility=actor_only):
    PREFERENCES_UPDATED = (
        "user.preferences_updated",
        "Your preferences (notification kinds, week start) changed.",
    )

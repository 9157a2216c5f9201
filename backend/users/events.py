"""User events: a profile change is seen by the organization; a token is personal, so only the
user who acted sees its events."""

from __future__ import annotations

from backend.core.event_types import AccessChange, EventType, actor_only


class TokenEvent(EventType, visibility=actor_only):
    CREATED = "token.created", "A Personal Access Token was created."
    REVOKED = (
        "token.revoked",
        "A Personal Access Token was revoked; its subscriptions end.",
        AccessChange.TOKEN,
    )


class UserEvent(EventType):
    # The entity id is the user's id.
    PROFILE_UPDATED = "user.profile_updated", "A user changed their name, picture or time zone."


class UserPreferencesEvent(EventType, visibility=actor_only):
    # The entity id is the user's id; preferences are personal.
    UPDATED = (
        "user_preferences.updated",
        "Your preferences (notification kinds, week start) changed.",
    )

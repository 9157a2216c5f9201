"""GraphQL types of users and access tokens."""

from __future__ import annotations

from datetime import datetime

import strawberry

from backend.core.rows import FromRow
from backend.notifications.kinds import NotificationKind
from backend.users import models
from backend.users.models import WeekStart


@strawberry.type(description="A person with an account.")
class User(FromRow):
    id: strawberry.ID
    email: str
    name: str


@strawberry.type(description="A Personal Access Token, without its secret.")
class AccessToken(FromRow):
    id: strawberry.ID
    name: str
    prefix: str = strawberry.field(description="The token's first characters, to recognise it.")
    created_at: datetime
    last_used_at: datetime | None
    expires_at: datetime | None
    revoked_at: datetime | None


@strawberry.type(description="A newly created token. The plaintext is shown this once only.")
class CreatedAccessToken:
    token: AccessToken
    plaintext: str = strawberry.field(
        description="The secret: store it now, it is never shown again."
    )

    @classmethod
    def from_model(cls, created: tuple[models.PersonalAccessToken, str]) -> CreatedAccessToken:
        record, plaintext = created
        return cls(token=AccessToken.from_model(record), plaintext=plaintext)


strawberry.enum(WeekStart, description="The day a week starts.")


@strawberry.type(description="Your preferences: notification kinds you receive, your week start.")
class UserPreferences:
    notification_kinds: list[NotificationKind] = strawberry.field(
        description="The kinds of notification you receive."
    )
    week_start: WeekStart | None = strawberry.field(
        description="The day your week starts; null follows the organization."
    )

    @classmethod
    def from_model(cls, row: models.UserPreferences) -> UserPreferences:
        muted = set(row.muted_notification_kinds or [])
        return cls(
            notification_kinds=[kind for kind in NotificationKind if kind.value not in muted],
            week_start=None if row.week_start is None else WeekStart(row.week_start),
        )

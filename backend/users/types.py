"""GraphQL types of users and access tokens."""

from __future__ import annotations

from datetime import datetime

import strawberry

from backend.core.permissions import Permission
from backend.core.principal import Principal
from backend.core.resolvers import AppInfo, principal
from backend.core.rows import FromRow, from_row
from backend.notifications.kinds import NotificationKind
from backend.users import models
from backend.users.models import WeekStart


def may_see_email(viewer: Principal, user_id: str) -> bool:
    """Guests see the names of the people they work with, not everyone's email.

    In ARCHITECTURE terms: a principal without `access_open_projects` (a guest) reads only the
    Spaces they were added to; they see the members of those Spaces by name (members_list,
    users_get and every user field, scoped in backend.members.service.visible_memberships),
    but no email address except their own. Everyone else sees every member's email.
    """
    return viewer.can(Permission.ACCESS_OPEN_PROJECTS) or viewer.user_id == user_id


@strawberry.type(description="A person with an account.")
class User:
    id: strawberry.ID
    name: str
    avatar_url: str | None
    timezone: str | None = strawberry.field(description="An IANA time zone, e.g. Europe/Berlin.")
    address: strawberry.Private[str]

    @strawberry.field(
        description="The email address; null when a guest looks at someone else (guests see "
        "names, not other people's emails)."
    )
    def email(self, info: AppInfo) -> str | None:
        return self.address if may_see_email(principal(info), str(self.id)) else None

    @classmethod
    def from_model(cls, row: models.User) -> User:
        return from_row(cls, row, address=row.email)


@strawberry.type(description="A Personal Access Token, without its secret.")
class AccessToken(FromRow):
    id: strawberry.ID
    name: str
    prefix: str = strawberry.field(description="The token's first characters, to recognise it.")
    created_at: datetime
    last_used_at: datetime | None
    expires_at: datetime | None
    revoked_at: datetime | None
    read_only: bool = strawberry.field(description="True: the token may run queries only.")


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

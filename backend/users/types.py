"""GraphQL types of users and access tokens."""

from __future__ import annotations

from datetime import datetime

import strawberry

from backend.core.rows import FromRow
from backend.users import models


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

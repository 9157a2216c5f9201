"""GraphQL types of users and access tokens."""

from __future__ import annotations

from datetime import datetime

import strawberry

from backend.users import models


@strawberry.type(description="A person with an account.")
class User:
    id: strawberry.ID
    email: str
    name: str

    @classmethod
    def from_model(cls, row: models.User) -> User:
        return cls(id=strawberry.ID(str(row.id)), email=row.email, name=row.name)


@strawberry.type(description="A Personal Access Token, without its secret.")
class AccessToken:
    id: strawberry.ID
    name: str
    prefix: str = strawberry.field(description="The token's first characters, to recognise it.")
    created_at: datetime
    last_used_at: datetime | None
    expires_at: datetime | None
    revoked_at: datetime | None

    @classmethod
    def from_model(cls, row: models.PersonalAccessToken) -> AccessToken:
        return cls(
            id=strawberry.ID(str(row.id)),
            name=row.name,
            prefix=row.prefix,
            created_at=row.created_at,
            last_used_at=row.last_used_at,
            expires_at=row.expires_at,
            revoked_at=row.revoked_at,
        )


@strawberry.type(description="A newly created token. The plaintext is shown this once only.")
class CreatedAccessToken:
    token: AccessToken
    plaintext: str = strawberry.field(
        description="The secret: store it now, it is never shown again."
    )

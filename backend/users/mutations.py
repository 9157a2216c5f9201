"""Create and revoke the caller's Personal Access Tokens."""

from __future__ import annotations

from typing import Annotated

import strawberry

from backend.core.graphql_types import Payload
from backend.core.resolvers import AppInfo, as_payload, principal
from backend.users import service
from backend.users.models import PersonalAccessToken
from backend.users.types import AccessToken, CreatedAccessToken


def _created(pair: tuple[PersonalAccessToken, str]) -> CreatedAccessToken:
    record, plaintext = pair
    return CreatedAccessToken(token=AccessToken.from_model(record), plaintext=plaintext)


@strawberry.type
class UsersMutation:
    @strawberry.mutation(
        description="Create a token for yourself in this organization; the secret is returned once."
    )
    async def users_tokens_create(
        self,
        info: AppInfo,
        name: str,
        expires_in_days: Annotated[
            int | None,
            strawberry.argument(
                description="Days until the token expires (1 to 3650). Omitted or null: 90 days. "
                "A token created with a token never outlives it: at most until the creating "
                "token expires, and by default exactly then if that is sooner."
            ),
        ] = None,
        never_expires: Annotated[
            bool,
            strawberry.argument(
                description="True for a token that never expires; refused together with "
                "expiresInDays, and when the creating token itself expires."
            ),
        ] = False,
    ) -> Payload[CreatedAccessToken]:
        return await as_payload(
            service.create_token(
                principal(info),
                name=name,
                expires_in_days=expires_in_days,
                never_expires=never_expires,
            ),
            _created,
        )

    @strawberry.mutation(description="Revoke one of your tokens; it stops working at once.")
    async def users_tokens_revoke(
        self, info: AppInfo, token_id: strawberry.ID
    ) -> Payload[AccessToken]:
        return await as_payload(
            service.revoke_token(principal(info), token_id=token_id), AccessToken.from_model
        )

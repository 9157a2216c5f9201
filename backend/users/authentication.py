"""Personal Access Tokens at the door: a bearer token resolved to the Principal it acts as, and
re-resolved for connections that outlive one request. The users domain owns tokens; the role
comes from the members domain, which owns memberships."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from backend.core import tokens
from backend.core.errors import Unauthenticated
from backend.core.principal import Principal
from backend.members import service as members_service
from backend.users.models import PersonalAccessToken

# last_used_at is informational; writing it on every request would turn each read into a write.
LAST_USED_WRITE_INTERVAL = timedelta(minutes=1)

_INVALID = "The access token is invalid, expired or revoked. Create a new Personal Access Token."


def _is_live(record: PersonalAccessToken | None, now: datetime) -> bool:
    return (
        record is not None
        and record.revoked_at is None
        and (record.expires_at is None or record.expires_at > now)
    )


async def authenticate(token: str | None) -> Principal:
    if not token:
        raise Unauthenticated(
            "Authentication required: send 'Authorization: Bearer trcr_pat_…' with a "
            "Personal Access Token."
        )
    if not tokens.is_well_formed(token):
        raise Unauthenticated(
            "The access token is malformed (bad prefix, length or checksum). Copy it again exactly."
        )
    record = await PersonalAccessToken.get_or_none(token_hash=tokens.hash_token(token))
    now = datetime.now(UTC)
    # Each refusal says why, so a person can fix it; none reveals anything about other tokens.
    if record is None:
        raise Unauthenticated(
            "The access token is unknown here: it was never issued by this server. Check that "
            "you copied the right token, or create a new Personal Access Token."
        )
    if record.revoked_at is not None:
        raise Unauthenticated(
            "The access token was revoked. Create a new Personal Access Token and use that."
        )
    if record.expires_at is not None and record.expires_at <= now:
        raise Unauthenticated(
            f"The access token expired at {record.expires_at.isoformat()}. Create a new "
            "Personal Access Token and use that."
        )
    role = await members_service.role_of(
        organization_id=record.organization_id, user_id=record.user_id
    )
    if role is None:
        raise Unauthenticated(
            "The access token's user is no longer a member of its organization. Ask an "
            "organization admin to add them back, then create a new Personal Access Token."
        )
    if record.last_used_at is None or now - record.last_used_at >= LAST_USED_WRITE_INTERVAL:
        await PersonalAccessToken.filter(id=record.id).update(last_used_at=now)
    return Principal(
        user_id=str(record.user_id),
        organization_id=str(record.organization_id),
        role=role,
        token_id=str(record.id),
        token_name=record.name,
        token_expires_at=record.expires_at,
        read_only=record.read_only,
    )


async def live_tokens(organization_id: str) -> dict[str, datetime | None]:
    """The organization's unrevoked tokens (id → expiry, None for never); one query."""
    rows = await PersonalAccessToken.filter(
        organization_id=organization_id, revoked_at__isnull=True
    ).values_list("id", "expires_at")
    return {str(token_id): expires_at for token_id, expires_at in rows}


async def refresh(principal: Principal) -> Principal:
    """The same principal with its current role; raises Unauthenticated if it lost access."""
    role = await members_service.role_of(
        organization_id=principal.organization_id, user_id=principal.user_id
    )
    if role is None:
        raise Unauthenticated(_INVALID)
    if principal.token_id is not None and not _is_live(
        await PersonalAccessToken.get_or_none(id=principal.token_id), datetime.now(UTC)
    ):
        raise Unauthenticated(_INVALID)
    return Principal(
        user_id=principal.user_id,
        organization_id=principal.organization_id,
        role=role,
        token_id=principal.token_id,
        token_name=principal.token_name,
        token_expires_at=principal.token_expires_at,
        read_only=principal.read_only,
    )

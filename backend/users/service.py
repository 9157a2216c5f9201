"""Users and their Personal Access Tokens: issue (plaintext once), list, revoke."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tortoise.queryset import QuerySet

from backend.core import tokens
from backend.core.errors import Invalid, NotFound
from backend.core.ids import parse_id
from backend.core.pagination import Page, paginate
from backend.core.principal import Principal
from backend.core.unit_of_work import unit_of_work
from backend.users.events import TokenEvent
from backend.users.models import PersonalAccessToken, User

MAX_TOKEN_DAYS = 3650


def normalize_email(email: str) -> str:
    email = email.strip().lower()
    if "@" not in email or email.startswith("@") or email.endswith("@") or len(email) > 320:
        raise Invalid(f"'{email}' is not an email address.", field="email")
    return email


async def get_or_create_user(*, email: str, name: str | None = None) -> User:
    email = normalize_email(email)
    user = await User.get_or_none(email=email)
    if user is None:
        user = await User.create(email=email, name=(name or email.split("@")[0]).strip())
    return user


async def issue_token(
    *, user_id: object, organization_id: object, name: str, expires_in_days: int | None
) -> tuple[PersonalAccessToken, str]:
    """Create a token and return it with its plaintext, which is never stored or shown again."""
    name = name.strip()
    if not name or len(name) > 200:
        raise Invalid("Give the token a name of 1 to 200 characters.", field="name")
    expires_at = None
    if expires_in_days is not None:
        if not 1 <= expires_in_days <= MAX_TOKEN_DAYS:
            raise Invalid(
                f"expires_in_days must be between 1 and {MAX_TOKEN_DAYS}; got {expires_in_days}.",
                field="expires_in_days",
            )
        expires_at = datetime.now(UTC) + timedelta(days=expires_in_days)
    plaintext = tokens.generate()
    record = await PersonalAccessToken.create(
        user_id=user_id,
        organization_id=organization_id,
        name=name,
        token_hash=tokens.hash_token(plaintext),
        prefix=tokens.display_prefix(plaintext),
        expires_at=expires_at,
    )
    return record, plaintext


async def create_token(
    principal: Principal, *, name: str, expires_in_days: int | None = None
) -> tuple[PersonalAccessToken, str]:
    async with unit_of_work(principal) as uow:
        record, plaintext = await issue_token(
            user_id=principal.user_id,
            organization_id=principal.organization_id,
            name=name,
            expires_in_days=expires_in_days,
        )
        uow.record(TokenEvent.CREATED, record.id)
    return record, plaintext


def _own_tokens(principal: Principal) -> QuerySet[PersonalAccessToken]:
    return PersonalAccessToken.filter(
        user_id=principal.user_id, organization_id=principal.organization_id
    )


async def list_tokens(
    principal: Principal, *, include_revoked: bool = False, limit: int, cursor: str | None
) -> Page[PersonalAccessToken]:
    query = _own_tokens(principal)
    if not include_revoked:
        query = query.filter(revoked_at__isnull=True)
    return await paginate(query, limit=limit, cursor=cursor, order_by="created_at")


async def revoke_token(principal: Principal, *, token_id: str) -> PersonalAccessToken:
    async with unit_of_work(principal) as uow:
        parsed = parse_id(token_id, entity="token", field="token_id")
        record = await _own_tokens(principal).filter(id=parsed).first()
        if record is None:
            raise NotFound.entity("token", token_id, field="token_id")
        if record.revoked_at is None:
            record.revoked_at = datetime.now(UTC)
            await record.save(update_fields=["revoked_at", "updated_at"])
            uow.record(TokenEvent.REVOKED, record.id)
    return record


async def get_user(principal: Principal, *, user_id: str) -> User:
    """A user who belongs to the principal's organization."""
    parsed = parse_id(user_id, entity="user", field="user_id")
    user = await User.filter(
        id=parsed, memberships__organization_id=principal.organization_id
    ).first()
    if user is None:
        raise NotFound.entity("user", user_id, field="user_id")
    return user

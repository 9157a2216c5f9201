"""Users and their Personal Access Tokens: issue (plaintext once), list, revoke."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Annotated

from tortoise.queryset import QuerySet

from backend.core import tokens
from backend.core.arguments import DEFAULT_LIMIT, Bounds, Cursor, Doc, Id, Limit
from backend.core.errors import Invalid
from backend.core.lookups import get_in
from backend.core.pagination import Page, paginate
from backend.core.principal import Principal
from backend.core.unit_of_work import unit_of_work
from backend.core.validation import clean_text
from backend.users.events import TokenEvent
from backend.users.models import PersonalAccessToken, User

MAX_TOKEN_DAYS = 3650
MAX_TOKEN_NAME = 200
# Tokens made through the API expire unless "never" is asked for (a stolen token must not be
# able to mint a permanent one); the CLI, run with shell access, makes long-lived tokens.
DEFAULT_TOKEN_DAYS = 90


def normalize_email(email: str) -> str:
    email = email.strip().lower()
    if "@" not in email or email.startswith("@") or email.endswith("@") or len(email) > 320:
        raise Invalid(f"'{email}' is not an email address.", field="email")
    return email


async def get_or_create_user(*, email: str, name: str | None = None) -> User:
    email = normalize_email(email)
    # get_or_create retries the read when a concurrent insert wins the unique index on email.
    user, _ = await User.get_or_create(
        email=email, defaults={"name": (name or email.split("@")[0]).strip()}
    )
    return user


async def issue_token(
    *, user_id: object, organization_id: object, name: str, expires_in_days: int | None
) -> tuple[PersonalAccessToken, str]:
    """Create a token (None: never expires) and return it with its plaintext, shown only once."""
    expires_at = None
    if expires_in_days is not None:
        expires_at = datetime.now(UTC) + timedelta(days=_checked_days(expires_in_days))
    return await _issue(
        user_id=user_id, organization_id=organization_id, name=name, expires_at=expires_at
    )


def _checked_days(expires_in_days: int) -> int:
    if not 1 <= expires_in_days <= MAX_TOKEN_DAYS:
        raise Invalid(
            f"expires_in_days must be between 1 and {MAX_TOKEN_DAYS}; got {expires_in_days}.",
            field="expires_in_days",
        )
    return expires_in_days


async def _issue(
    *, user_id: object, organization_id: object, name: str, expires_at: datetime | None
) -> tuple[PersonalAccessToken, str]:
    name = clean_text(
        name,
        max_length=MAX_TOKEN_NAME,
        field="name",
        subject="The token name",
        message=f"Give the token a name of 1 to {MAX_TOKEN_NAME} characters.",
    )
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


def child_token_expiry(
    principal: Principal, *, expires_in_days: int | None, never_expires: bool, now: datetime
) -> datetime | None:
    """When a token made by `principal` expires: never after the token it was made with."""
    parent = principal.token_expires_at
    if never_expires:
        if expires_in_days is not None:
            raise Invalid(
                "Give either expires_in_days or never_expires, not both.", field="never_expires"
            )
        if parent is not None:
            raise Invalid(
                f"The token you are using expires at {parent.isoformat()}, so it cannot create "
                "a token that never expires. Give expires_in_days, or create long-lived tokens "
                "with the 'trcr tokens create' command on the server.",
                field="never_expires",
            )
        return None
    if expires_in_days is None:
        default = now + timedelta(days=DEFAULT_TOKEN_DAYS)
        return default if parent is None else min(default, parent)
    wanted = now + timedelta(days=_checked_days(expires_in_days))
    if parent is not None and wanted > parent:
        days_left = max((parent - now).days, 0)
        raise Invalid(
            f"A token cannot outlive the token that creates it: yours expires at "
            f"{parent.isoformat()}, so expires_in_days can be at most {days_left}, or omit it "
            "to expire together with yours.",
            field="expires_in_days",
        )
    return wanted


async def create_token(
    principal: Principal,
    *,
    name: Annotated[
        str,
        Doc("A name to recognise the token by, e.g. the client using it."),
        Bounds(max_length=MAX_TOKEN_NAME),
    ],
    expires_in_days: Annotated[
        int | None,
        Doc(
            "Days until the token expires (1 to 3650). Omitted or null: 90 days. A token "
            "created with a token never outlives it: at most until the creating token "
            "expires, and by default exactly then if that is sooner."
        ),
    ] = None,
    never_expires: Annotated[
        bool,
        Doc(
            "True for a token that never expires; refused together with expiresInDays, and "
            "when the creating token itself expires."
        ),
    ] = False,
) -> tuple[PersonalAccessToken, str]:
    expires_at = child_token_expiry(
        principal,
        expires_in_days=expires_in_days,
        never_expires=never_expires,
        now=datetime.now(UTC),
    )
    async with unit_of_work(principal) as uow:
        record, plaintext = await _issue(
            user_id=principal.user_id,
            organization_id=principal.organization_id,
            name=name,
            expires_at=expires_at,
        )
        uow.record(TokenEvent.CREATED, record.id)
    return record, plaintext


def _own_tokens(principal: Principal) -> QuerySet[PersonalAccessToken]:
    return PersonalAccessToken.filter(
        user_id=principal.user_id, organization_id=principal.organization_id
    )


async def list_tokens(
    principal: Principal,
    *,
    include_revoked: Annotated[bool, Doc("Also list revoked tokens.")] = False,
    limit: Limit = DEFAULT_LIMIT,
    cursor: Cursor = None,
) -> Page[PersonalAccessToken]:
    query = _own_tokens(principal)
    if not include_revoked:
        query = query.filter(revoked_at__isnull=True)
    return await paginate(query, limit=limit, cursor=cursor, order_by="created_at")


async def revoke_token(
    principal: Principal,
    *,
    token_id: Annotated[Id, Doc("The token's id (from users_tokens_list).")],
) -> PersonalAccessToken:
    async with unit_of_work(principal) as uow:
        record = await get_in(_own_tokens(principal), token_id, entity="token", field="token_id")
        if record.revoked_at is None:
            record.revoked_at = datetime.now(UTC)
            await record.save(update_fields=["revoked_at", "updated_at"])
            uow.record(TokenEvent.REVOKED, record.id)
    return record


async def get_user(principal: Principal, *, user_id: str) -> User:
    """A user who belongs to the principal's organization."""
    members = User.filter(memberships__organization_id=principal.organization_id)
    return await get_in(members, user_id, entity="user", field="user_id")

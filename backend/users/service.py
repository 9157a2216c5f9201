"""Users and their Personal Access Tokens: issue (plaintext once), list, revoke."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from functools import cache
from typing import Annotated
from urllib.parse import urlsplit
from uuid import UUID
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from tortoise.queryset import QuerySet

from backend.core import tokens
from backend.core.arguments import DEFAULT_LIMIT, Bounds, Cursor, Doc, Id, Limit
from backend.core.errors import Invalid, NotFound
from backend.core.ids import parse_id
from backend.core.lookups import get_in
from backend.core.pagination import Page, paginate
from backend.core.principal import Principal
from backend.core.unit_of_work import unit_of_work
from backend.core.validation import clean_text
from backend.users.arguments import UserId
from backend.users.events import TokenEvent, UserEvent
from backend.users.models import PersonalAccessToken, User

_zones = cache(available_timezones)  # reads the zone database once

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


async def get_or_create_user(
    *, email: str, name: str | None = None, user_id: UUID | None = None
) -> User:
    """The user with this email, created (with `user_id` if given) when there is none."""
    email = normalize_email(email)
    defaults: dict[str, object] = {"name": (name or email.split("@")[0]).strip()}
    if user_id is not None:
        defaults["id"] = user_id
    # get_or_create retries the read when a concurrent insert wins the unique index on email.
    user, _ = await User.get_or_create(email=email, defaults=defaults)
    return user


async def get_by_id(user_id: object) -> User:
    return await User.get(id=user_id)


async def find_user_by_email(email: str) -> User | None:
    return await User.get_or_none(email=normalize_email(email))


async def issue_token(
    *,
    user_id: object,
    organization_id: object,
    name: str,
    expires_in_days: int | None,
    read_only: bool = False,
) -> tuple[PersonalAccessToken, str]:
    """Create a token (None: never expires) and return it with its plaintext, shown only once."""
    expires_at = None
    if expires_in_days is not None:
        expires_at = datetime.now(UTC) + timedelta(days=_checked_days(expires_in_days))
    return await _issue(
        user_id=user_id,
        organization_id=organization_id,
        name=name,
        expires_at=expires_at,
        read_only=read_only,
    )


def _checked_days(expires_in_days: int) -> int:
    if not 1 <= expires_in_days <= MAX_TOKEN_DAYS:
        raise Invalid(
            f"expires_in_days must be between 1 and {MAX_TOKEN_DAYS}; got {expires_in_days}.",
            field="expires_in_days",
        )
    return expires_in_days


async def _issue(
    *,
    user_id: object,
    organization_id: object,
    name: str,
    expires_at: datetime | None,
    read_only: bool = False,
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
        read_only=read_only,
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
    read_only: Annotated[
        bool,
        Doc(
            "True for a token that may run queries only: every mutation sent with it is "
            "refused. A token created with a read-only token is always read-only."
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
            # Never broader than its parent: a read-only token breeds read-only tokens only.
            read_only=read_only or principal.read_only,
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
    async with unit_of_work(principal):
        record = await get_in(_own_tokens(principal), token_id, entity="token", field="token_id")
        await revoke(principal, record)
    return record


async def revoke(principal: Principal, record: PersonalAccessToken) -> None:
    """Revoke a token already scoped by the caller (its own, or the organization's for admins);
    its subscriptions and sockets end. Revoking twice changes nothing."""
    async with unit_of_work(principal) as uow:
        if record.revoked_at is None:
            record.revoked_at = datetime.now(UTC)
            await record.save(update_fields=["revoked_at", "updated_at"])
            uow.record(TokenEvent.REVOKED, record.id)


def organization_tokens(principal: Principal) -> QuerySet[PersonalAccessToken]:
    """Every token of the principal's organization, whoever owns it (callers check the right)."""
    return PersonalAccessToken.filter(organization_id=principal.organization_id)


async def revoke_tokens_of(principal: Principal, *, user_id: object) -> int:
    """Revoke every live token a user holds in the principal's organization (on removal)."""
    live = organization_tokens(principal).filter(user_id=user_id, revoked_at__isnull=True)
    records = await live
    for record in records:
        await revoke(principal, record)
    return len(records)


async def get_user(principal: Principal, *, user_id: UserId) -> User:
    """A user the principal may see: a member of their organization (for someone who sees only
    the Spaces they were added to, a member of one of those Spaces). Anyone else is not found."""
    # Imported here: the members domain builds on this one (users by email), not the reverse.
    from backend.members import service as members_service

    parsed = parse_id(user_id, entity="user", field="user_id")
    if not await members_service.is_visible_member(principal, user_id=parsed):
        raise NotFound.entity("user", user_id, field="user_id")
    return await User.get(id=parsed)


MAX_AVATAR_URL = 2000
MAX_TIMEZONE = 64


def check_avatar_url(url: str) -> str:
    url = url.strip()
    try:
        parsed = urlsplit(url)
        host = parsed.hostname  # raises for a malformed port or IPv6 literal
        _ = parsed.port
    except ValueError:
        parsed, host = urlsplit(""), None
    if parsed.scheme not in ("http", "https") or not host or len(url) > MAX_AVATAR_URL:
        raise Invalid(
            f"avatar_url must be an http:// or https:// address of at most {MAX_AVATAR_URL} "
            f"characters; got '{url[:100]}'.",
            field="avatar_url",
            reason="URL_FORMAT",
        )
    return url


def check_timezone(name: str) -> str:
    name = name.strip()
    try:
        if not name or len(name) > MAX_TIMEZONE or name not in _zones():
            raise ValueError(name)
        ZoneInfo(name)
    except (ValueError, ZoneInfoNotFoundError):
        raise Invalid(
            f"timezone must be an IANA time zone name such as 'Europe/Berlin' or "
            f"'America/New_York'; got '{name[:100]}'.",
            field="timezone",
            reason="TIMEZONE_UNKNOWN",
        ) from None
    return name


async def update_profile(
    principal: Principal,
    *,
    name: Annotated[
        str | None, Doc("Your display name, not blank."), Bounds(max_length=MAX_TOKEN_NAME)
    ] = None,
    avatar_url: Annotated[
        str | None,
        Doc("An http(s) address of your picture."),
        Bounds(max_length=MAX_AVATAR_URL),
    ] = None,
    clear_avatar_url: Annotated[bool, Doc("Remove your picture.")] = False,
    timezone: Annotated[
        str | None,
        Doc("Your IANA time zone, e.g. Europe/Berlin."),
        Bounds(max_length=MAX_TIMEZONE),
    ] = None,
) -> User:
    """Change your own profile; omitted arguments stay unchanged."""
    changes: dict[str, object] = {}
    if name is not None:
        changes["name"] = clean_text(
            name, max_length=MAX_TOKEN_NAME, field="name", subject="Your name"
        )
    if clear_avatar_url:
        if avatar_url is not None:
            raise Invalid(
                "Give either avatar_url or clear_avatar_url, not both.", field="clear_avatar_url"
            )
        changes["avatar_url"] = None
    elif avatar_url is not None:
        changes["avatar_url"] = check_avatar_url(avatar_url)
    if timezone is not None:
        changes["timezone"] = check_timezone(timezone)
    async with unit_of_work(principal) as uow:
        user = await User.get(id=principal.user_id)
        if changes:
            for field_name, value in changes.items():
                setattr(user, field_name, value)
            await user.save(update_fields=[*changes, "updated_at"])
            uow.record(UserEvent.PROFILE_UPDATED, user.id)
    return user

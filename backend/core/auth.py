"""The bearer token of an Authorization header. Resolving it to a Principal belongs to the users
domain (backend.users.authentication), which owns tokens."""

from __future__ import annotations


def bearer_token(authorization: str | None) -> str | None:
    """The token of an `Authorization: Bearer …` header value, if there is one."""
    if not authorization:
        return None
    scheme, _, value = authorization.strip().partition(" ")
    if scheme.lower() != "bearer" or not value.strip():
        return None
    return value.strip()

"""The webhook receiver: verify a delivery the provider's way, drop repeats, record the push.

`POST /webhooks/git/{repository_id}` (mounted by trcr/app.py through routes.py).

- GitHub signs the raw body: `X-Hub-Signature-256: sha256=<HMAC-SHA256(secret, body)>`; GitLab
  sends the secret itself in `X-Gitlab-Token`. Both are compared in constant time
  (`hmac.compare_digest`). An unknown repository id answers exactly like a bad signature, so the
  endpoint tells an outsider nothing.
- The delivery id (`X-GitHub-Delivery`, `X-Gitlab-Event-UUID`) is required; a repeat answers 200
  with `duplicate` and changes nothing (a unique pair in git_deliveries decides, also under
  concurrent deliveries). The body is capped by the route's BodySizeLimit.
- The webhook acts as the user who linked the repository, with that user's role in the
  organization as it is now: what that user may not see, the push does not link; a user who left
  the organization (or lost manage_integrations) stops the deliveries (403) until someone links the
  repository again. Its changes are declared as the "webhook" interface in audit.py.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any
from uuid import UUID

from tortoise.exceptions import IntegrityError

from backend.core.permissions import Permission
from backend.core.principal import Principal
from backend.core.unit_of_work import unit_of_work
from backend.git import audit, secrets
from backend.git import service as git_service
from backend.git.models import GitDelivery, GitRepository, Provider
from backend.git.payloads import BadPayload, Push, parse_push
from backend.members import service as members_service

MAX_DELIVERY_ID = 100
# An HMAC against this key is computed for unknown repositories too, so timing tells nothing.
_DUMMY_SECRET = "trcr-unknown-repository"


@dataclass(frozen=True)
class Reply:
    status: int
    body: dict[str, Any]


def _refused(status: int, message: str) -> Reply:
    return Reply(status, {"error": message})


_UNVERIFIED = _refused(
    401, "The delivery's signature does not verify for this webhook URL and secret."
)


def _header(headers: Mapping[str, str], name: str) -> str | None:
    value = headers.get(name.lower())
    return value.strip() if value is not None else None


def _verified(provider: Provider, secret: str, headers: Mapping[str, str], body: bytes) -> bool:
    if provider is Provider.GITHUB:
        signature = _header(headers, "X-Hub-Signature-256") or ""
        expected = "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
        return hmac.compare_digest(signature.encode(), expected.encode())
    token = _header(headers, "X-Gitlab-Token") or ""
    return hmac.compare_digest(token.encode(), secret.encode())


def _delivery_id(provider: Provider, headers: Mapping[str, str]) -> str | None:
    name = "X-GitHub-Delivery" if provider is Provider.GITHUB else "X-Gitlab-Event-UUID"
    value = _header(headers, name)
    return value if value and len(value) <= MAX_DELIVERY_ID else None


def _is_push(provider: Provider, headers: Mapping[str, str]) -> bool | None:
    """True for a push, False for an event we ignore, None for GitHub's ping."""
    if provider is Provider.GITHUB:
        event = _header(headers, "X-GitHub-Event")
        return None if event == "ping" else event == "push"
    return _header(headers, "X-Gitlab-Event") == "Push Hook"


async def _repository(repository_id: str) -> GitRepository | None:
    try:
        parsed = UUID(repository_id)
    except ValueError:
        return None
    return await GitRepository.get_or_none(id=parsed)


async def _acting_principal(repository: GitRepository) -> Principal | None:
    if repository.linked_by_id is None:
        return None
    role = await members_service.role_of(
        organization_id=repository.organization_id, user_id=repository.linked_by_id
    )
    if role is None:
        return None
    principal = Principal(
        user_id=str(repository.linked_by_id),
        organization_id=str(repository.organization_id),
        role=role,
        token_name=audit.INTERFACE,
    )
    return principal if principal.can(Permission.MANAGE_INTEGRATIONS) else None


async def receive(repository_id: str, headers: Mapping[str, str], body: bytes) -> Reply:
    """One delivery; `headers` keyed by lower-case name, `body` the raw bytes as signed."""
    repository = await _repository(repository_id)
    secret = None if repository is None else secrets.decrypt(repository.secret_encrypted)
    if repository is None or secret is None:
        _verified(Provider.GITHUB, _DUMMY_SECRET, headers, body)
        return _UNVERIFIED
    provider = Provider(repository.provider)
    if not _verified(provider, secret, headers, body):
        return _UNVERIFIED
    delivery_id = _delivery_id(provider, headers)
    if delivery_id is None:
        return _refused(
            400,
            "The delivery has no delivery id header (X-GitHub-Delivery or X-Gitlab-Event-UUID).",
        )
    kind = _is_push(provider, headers)
    if kind is None:
        return Reply(200, {"status": "pong"})
    if not kind:
        return Reply(202, {"status": "ignored", "reason": "only push events are recorded"})
    try:
        push = parse_push(json.loads(body))
    except (ValueError, BadPayload) as error:  # json.JSONDecodeError is a ValueError
        return _refused(400, f"The push payload is malformed: {error}")
    principal = await _acting_principal(repository)
    if principal is None:
        return _refused(
            403,
            "The user who linked this repository can no longer manage integrations in its "
            "organization; an admin must link it again (git_repositories_link).",
        )
    try:
        async with audit.as_webhook(principal, operation="git.push"):
            outcome = await _record_once(principal, repository, delivery_id, push)
    except _Duplicate:
        return Reply(200, {"status": "duplicate", "delivery_id": delivery_id})
    return Reply(200, {"status": "recorded", **asdict(outcome)})


class _Duplicate(Exception):
    pass


async def _record_once(
    principal: Principal, repository: GitRepository, delivery_id: str, push: Push
) -> git_service.PushOutcome:
    try:
        async with unit_of_work(principal):
            # First, so a concurrent repeat fails here and rolls back everything it did.
            await GitDelivery.create(repository_id=repository.id, delivery_id=delivery_id)
            return await git_service.record_push(principal, repository, push)
    except IntegrityError:
        if await GitDelivery.exists(repository_id=repository.id, delivery_id=delivery_id):
            raise _Duplicate from None
        raise

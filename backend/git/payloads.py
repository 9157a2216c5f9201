"""Push payloads of the providers, read into one shape; task keys and closing words in messages.

GitHub: https://docs.github.com/en/webhooks/webhook-events-and-payloads#push
GitLab: https://docs.gitlab.com/user/project/integrations/webhook_events/#push-events
Both carry `ref`, `after` and `commits[]` with `id`, `message`, `timestamp`, `url` and
`author {name, email}`; GitHub marks a deleted branch with `deleted`, GitLab with an all-zero
`after`. Anything malformed is a `BadPayload` (the delivery is refused with 400).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime

MAX_COMMITS = 100  # providers send at most 20 per push; more is not a real push
MAX_MESSAGE = 10_000
MAX_NAME = 200
MAX_URL = 1000

_SHA = re.compile(r"^[0-9a-f]{40}$|^[0-9a-f]{64}$")
_ZERO = re.compile(r"^0+$")
BRANCH_PREFIX = "refs/heads/"

# A task key such as WEB-42, not inside a longer word (XWEB-42 or WEB-42a do not count).
TASK_KEY = re.compile(r"(?<![A-Za-z0-9_-])([A-Z][A-Z0-9]{1,9})-(\d{1,9})(?![A-Za-z0-9_])")
# "fixes WEB-42", "Closes: WEB-42", "resolved WEB-42": the words GitHub and GitLab close issues on.
_CLOSING = re.compile(
    r"\b(?:fix(?:e[sd])?|close[sd]?|resolve[sd]?)\b:?\s+"
    r"(?<![A-Za-z0-9_-])([A-Z][A-Z0-9]{1,9}-\d{1,9})(?![A-Za-z0-9_])",
    re.IGNORECASE,
)


class BadPayload(ValueError):
    pass


@dataclass(frozen=True)
class PushedCommit:
    sha: str
    message: str
    author_name: str
    author_email: str | None
    url: str | None
    committed_at: datetime


@dataclass(frozen=True)
class Push:
    branch: str | None  # None for a tag push: nothing is recorded
    head_sha: str
    deleted: bool
    commits: tuple[PushedCommit, ...]


def mentioned_keys(message: str) -> list[str]:
    """Task keys a commit message mentions, in order, each once (upper-case keys only)."""
    seen: dict[str, None] = {}
    for match in TASK_KEY.finditer(message):
        seen.setdefault(f"{match[1]}-{int(match[2])}", None)
    return list(seen)


def closing_keys(message: str) -> set[str]:
    """The keys the message says it fixes or closes ("fixes WEB-42", "closes WEB-42")."""
    found = set()
    for match in _CLOSING.finditer(message):
        key, _, number = match[1].upper().partition("-")
        found.add(f"{key}-{int(number)}")
    return found


def _text(value: object, *, field: str, max_length: int, required: bool = True) -> str | None:
    if value is None and not required:
        return None
    if not isinstance(value, str) or (required and not value.strip()):
        raise BadPayload(f"{field} must be a non-empty string")
    return value[:max_length]


def _time(value: object) -> datetime:
    if not isinstance(value, str):
        raise BadPayload("commit timestamp must be an ISO 8601 string")
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise BadPayload(f"commit timestamp {value[:40]!r} is not ISO 8601") from None
    if parsed.tzinfo is None:
        raise BadPayload("commit timestamp has no time zone")
    return parsed.astimezone(UTC)


def _commit(raw: object) -> PushedCommit:
    if not isinstance(raw, dict):
        raise BadPayload("each commit must be an object")
    sha = raw.get("id")
    if not isinstance(sha, str) or not _SHA.match(sha):
        raise BadPayload("commit id must be a 40- or 64-digit lower-case hex sha")
    author = raw.get("author")
    if not isinstance(author, dict):
        raise BadPayload("commit author must be an object")
    return PushedCommit(
        sha=sha,
        message=_text(raw.get("message"), field="message", max_length=MAX_MESSAGE, required=False)
        or "",
        author_name=_text(author.get("name"), field="author.name", max_length=MAX_NAME) or "",
        author_email=_text(
            author.get("email"), field="author.email", max_length=320, required=False
        ),
        url=_text(raw.get("url"), field="url", max_length=MAX_URL, required=False),
        committed_at=_time(raw.get("timestamp")),
    )


def parse_push(body: object) -> Push:
    """One push, from either provider's documented payload."""
    if not isinstance(body, dict):
        raise BadPayload("the payload must be a JSON object")
    ref = body.get("ref")
    after = body.get("after")
    if not isinstance(ref, str) or not isinstance(after, str):
        raise BadPayload("a push has string 'ref' and 'after'")
    commits = body.get("commits") or []
    if not isinstance(commits, list) or len(commits) > MAX_COMMITS:
        raise BadPayload(f"'commits' must be a list of at most {MAX_COMMITS}")
    deleted = body.get("deleted") is True or bool(_ZERO.match(after))
    if not deleted and not _SHA.match(after):
        raise BadPayload("'after' must be a hex sha")
    branch = ref.removeprefix(BRANCH_PREFIX) if ref.startswith(BRANCH_PREFIX) else None
    if branch is not None and not 0 < len(branch) <= 255:
        raise BadPayload("the branch name must be 1 to 255 characters")
    return Push(
        branch=branch,
        head_sha=after,
        deleted=deleted,
        commits=tuple(_commit(c) for c in commits),
    )

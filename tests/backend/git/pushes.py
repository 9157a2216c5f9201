"""Push payloads in the providers' documented formats, and their signatures, built in the test."""

from __future__ import annotations

import hashlib
import hmac
import json
import uuid
from typing import Any

SHA_A = "a" * 39 + "1"
SHA_B = "b" * 39 + "2"


def commit(sha: str, message: str, *, at: str = "2026-11-30T10:00:00+01:00") -> dict[str, Any]:
    return {
        "id": sha,
        "tree_id": "f" * 40,
        "distinct": True,
        "message": message,
        "timestamp": at,
        "url": f"https://github.com/acme/web/commit/{sha}",
        "author": {"name": "Ada Lovelace", "email": "ada@example.test", "username": "ada"},
        "committer": {"name": "Ada Lovelace", "email": "ada@example.test", "username": "ada"},
        "added": [],
        "removed": [],
        "modified": ["README.md"],
    }


def github_push(commits: list[dict[str, Any]], *, branch: str = "main") -> dict[str, Any]:
    """As https://docs.github.com/en/webhooks/webhook-events-and-payloads#push documents it."""
    after = commits[-1]["id"] if commits else "c" * 40
    return {
        "ref": f"refs/heads/{branch}",
        "before": "0" * 40,
        "after": after,
        "created": False,
        "deleted": False,
        "forced": False,
        "base_ref": None,
        "compare": "https://github.com/acme/web/compare/x...y",
        "commits": commits,
        "head_commit": commits[-1] if commits else None,
        "repository": {"id": 1, "name": "web", "full_name": "acme/web", "private": True},
        "pusher": {"name": "ada", "email": "ada@example.test"},
        "sender": {"login": "ada", "id": 1},
    }


def gitlab_push(commits: list[dict[str, Any]], *, branch: str = "main") -> dict[str, Any]:
    """As GitLab's "Push events" webhook documentation shows it."""
    return {
        "object_kind": "push",
        "event_name": "push",
        "before": "0" * 40,
        "after": commits[-1]["id"],
        "ref": f"refs/heads/{branch}",
        "ref_protected": True,
        "checkout_sha": commits[-1]["id"],
        "user_id": 4,
        "user_name": "Ada Lovelace",
        "user_username": "ada",
        "project_id": 15,
        "project": {"id": 15, "name": "web", "path_with_namespace": "acme/web"},
        "commits": [
            {
                "id": c["id"],
                "message": c["message"],
                "title": c["message"].splitlines()[0],
                "timestamp": c["timestamp"],
                "url": f"https://gitlab.example.test/acme/web/-/commit/{c['id']}",
                "author": {"name": c["author"]["name"], "email": c["author"]["email"]},
                "added": [],
                "modified": [],
                "removed": [],
            }
            for c in commits
        ],
        "total_commits_count": len(commits),
        "repository": {"name": "web", "homepage": "https://gitlab.example.test/acme/web"},
    }


def encode(payload: dict[str, Any]) -> bytes:
    return json.dumps(payload).encode()


def github_headers(
    secret: str, body: bytes, *, event: str = "push", delivery: str | None = None
) -> dict[str, str]:
    signature = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    return {
        "Content-Type": "application/json",
        "X-GitHub-Event": event,
        "X-GitHub-Delivery": delivery or str(uuid.uuid4()),
        "X-Hub-Signature-256": f"sha256={signature}",
        "User-Agent": "GitHub-Hookshot/test",
    }


def gitlab_headers(secret: str, *, delivery: str | None = None) -> dict[str, str]:
    return {
        "Content-Type": "application/json",
        "X-Gitlab-Event": "Push Hook",
        "X-Gitlab-Token": secret,
        "X-Gitlab-Event-UUID": delivery or str(uuid.uuid4()),
    }

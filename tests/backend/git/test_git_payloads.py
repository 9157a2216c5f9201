"""Reading push payloads and commit messages, without a database."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from backend.git.payloads import BadPayload, closing_keys, mentioned_keys, parse_push
from tests.backend.git.pushes import SHA_A, SHA_B, commit, github_push, gitlab_push


@pytest.mark.parametrize(
    ("message", "keys"),
    [
        ("WEB-42: tidy the footer", ["WEB-42"]),
        ("Refs WEB-42 and API-7, again WEB-42", ["WEB-42", "API-7"]),
        ("xWEB-42 is not a key, nor WEB-42a, nor web-42", []),
        ("(WEB-007)", ["WEB-7"]),
    ],
)
def test_task_keys_are_found_once_each_in_order(message: str, keys: list[str]) -> None:
    assert mentioned_keys(message) == keys


@pytest.mark.parametrize(
    ("message", "keys"),
    [
        ("fixes WEB-42", {"WEB-42"}),
        ("Closes: WEB-42, refs API-1", {"WEB-42"}),
        ("Fix WEB-1\n\nresolved API-2", {"WEB-1", "API-2"}),
        ("Mention WEB-42 only; prefixes WEB-43", set()),
        ("closesWEB-42", set()),
    ],
)
def test_closing_words_name_the_keys_they_close(message: str, keys: set[str]) -> None:
    assert closing_keys(message) == keys


def test_a_github_push_reads_branch_and_commits_in_utc() -> None:
    push = parse_push(github_push([commit(SHA_A, "one"), commit(SHA_B, "two")], branch="feat/x"))

    assert push.branch == "feat/x"
    assert push.head_sha == SHA_B
    assert not push.deleted
    assert [c.sha for c in push.commits] == [SHA_A, SHA_B]
    first = push.commits[0]
    assert (first.message, first.author_name, first.author_email) == (
        "one",
        "Ada Lovelace",
        "ada@example.test",
    )
    assert first.committed_at == datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


def test_a_gitlab_push_reads_the_same_and_a_zero_after_deletes_the_branch() -> None:
    payload = gitlab_push([commit(SHA_A, "one")])
    push = parse_push(payload)
    assert (push.branch, push.head_sha, push.deleted) == ("main", SHA_A, False)

    deleted = parse_push({**payload, "after": "0" * 40, "commits": []})
    assert deleted.deleted and deleted.commits == ()


def test_a_tag_push_has_no_branch() -> None:
    push = parse_push({**github_push([commit(SHA_A, "x")]), "ref": "refs/tags/v1.0"})
    assert push.branch is None


@pytest.mark.parametrize(
    "payload",
    [
        [],
        {"ref": "refs/heads/main"},
        {**github_push([commit(SHA_A, "x")]), "after": "nope"},
        github_push([{**commit(SHA_A, "x"), "id": "not-a-sha"}]),
        github_push([{**commit(SHA_A, "x"), "timestamp": "yesterday"}]),
        github_push([{**commit(SHA_A, "x"), "timestamp": "2026-11-30T10:00:00"}]),
        github_push([{**commit(SHA_A, "x"), "author": "ada"}]),
        github_push([commit(SHA_A, "x")] * 101),
    ],
)
def test_malformed_payloads_are_refused(payload: object) -> None:
    with pytest.raises(BadPayload):
        parse_push(payload)

"""Search text → words, FTS5 and tsquery expressions, task keys, and snippet markup (pure)."""

from __future__ import annotations

import pytest

from backend.search import snippets
from backend.search.terms import MAX_TERMS, fts5_match, task_keys, terms, tsquery


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fix login", ["fix", "login"]),
        ("WEB-42", ["web", "42"]),
        ('"quoted" AND (x OR y*) NOT z', ["quoted", "and", "x", "or", "y", "not", "z"]),
        ("title:zebra", ["title", "zebra"]),
        ("ada@example.com", ["ada", "example", "com"]),
        ("snake_case", ["snake", "case"]),
        ("Ünïcödé café", ["ünïcödé", "café"]),
        ("dup dup DUP", ["dup"]),
        ("!!! ''' \"\"\" ***", []),
        ("", []),
    ],
)
def test_words_are_runs_of_letters_and_digits(text: str, expected: list[str]) -> None:
    assert terms(text) == expected


def test_words_are_capped_in_number_and_length() -> None:
    many = " ".join(f"w{n}" for n in range(40))
    assert len(terms(many)) == MAX_TERMS
    assert terms("a" * 100) == ["a" * 64]


def test_expressions_quote_every_word_as_a_prefix() -> None:
    assert fts5_match(["web", "42"]) == '"web"* "42"*'
    assert tsquery(["web", "42"]) == "web:* & 42:*"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("WEB-42", ["WEB-42"]),
        ("see web-7 and OPS2-0012", ["WEB-7", "OPS2-12"]),
        ("WEB-42-3 and x-1 and 9A-1", []),
        ("about WEB-42, WEB-42.", ["WEB-42"]),
    ],
)
def test_task_keys(text: str, expected: list[str]) -> None:
    assert task_keys(text) == expected


def test_snippets_mark_matches_and_escape_everything_else() -> None:
    marked = f"a <b>&{snippets.START}zebra{snippets.STOP} {snippets.START}x"
    assert snippets.to_html(marked) == "a &lt;b&gt;&amp;<mark>zebra</mark> <mark>x</mark>"
    assert snippets.to_html(None) == ""
    assert snippets.to_html(f"{snippets.STOP}y") == "y"  # a stray closing marker is dropped

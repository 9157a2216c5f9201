"""A user's search text → the words to look for, as safe FTS5 and tsquery expressions.

User input never reaches the full-text parser as syntax: only runs of letters and digits are
kept (each a prefix match, all required), quoted for FTS5 and written as plain lexemes for
PostgreSQL, so quotes, operators, parentheses and column filters are just separators.
"""

from __future__ import annotations

import re

MAX_TERMS = 16
MAX_TERM_LENGTH = 64

_WORD = re.compile(r"[^\W_]+")
_TASK_KEY = re.compile(r"(?<![\w-])([A-Za-z][A-Za-z0-9]{1,9})-(\d{1,9})(?![\w-])")


def terms(text: str) -> list[str]:
    """The distinct words of the text, lower-cased, in order; at most MAX_TERMS of them."""
    seen: list[str] = []
    for word in _WORD.findall(text):
        word = word.lower()[:MAX_TERM_LENGTH]
        if word not in seen:
            seen.append(word)
        if len(seen) == MAX_TERMS:
            break
    return seen


def fts5_match(words: list[str]) -> str:
    """`"web"* "42"*`: every word, as a prefix, in any column (FTS5 syntax)."""
    return " ".join(f'"{word}"*' for word in words)


def tsquery(words: list[str]) -> str:
    """`web:* & 42:*`, for to_tsquery('simple', …)."""
    return " & ".join(f"{word}:*" for word in words)


def task_keys(text: str) -> list[str]:
    """Task keys the text names (WEB-42), upper-cased, in order."""
    keys: list[str] = []
    for prefix, number in _TASK_KEY.findall(text):
        key = f"{prefix.upper()}-{int(number)}"
        if key not in keys:
            keys.append(key)
    return keys

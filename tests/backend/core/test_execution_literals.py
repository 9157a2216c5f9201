"""NUL text in a document's literals is refused, whether the document was parsed from text or
built in code (the MCP catalog's prepared documents, checked once and remembered)."""

from __future__ import annotations

from dataclasses import replace

from graphql import parse

from backend.core.execution import literal_errors


def test_a_built_document_is_checked_once_and_the_answer_kept() -> None:
    clean = replace(parse('{ tasksList(query: "plain") { totalCount } }'), loc=None)
    dirty = replace(parse('{ tasksList(query: "a\\u0000b") { totalCount } }'), loc=None)

    assert literal_errors(clean) == [] and literal_errors(clean) == []
    first = literal_errors(dirty)
    again = literal_errors(dirty)
    assert [e.extensions for e in first] == [{"code": "INVALID", "field": "query"}]
    assert [e.message for e in again] == [e.message for e in first]
    again.clear()  # a caller's list is its own
    assert len(literal_errors(dirty)) == 1


def test_a_parsed_document_without_an_escape_is_not_walked() -> None:
    assert literal_errors(parse('{ tasksList(query: "plain") { totalCount } }')) == []
    assert len(literal_errors(parse('{ tasksList(query: "\\u0000") { totalCount } }'))) == 1

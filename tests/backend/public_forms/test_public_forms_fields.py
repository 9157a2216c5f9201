"""Field definitions and answer checks, without a database."""

from __future__ import annotations

from typing import Any

import pytest

from backend.public_forms.form_fields import (
    HONEYPOT,
    FieldKind,
    FieldsProblem,
    FormField,
    check_answers,
    check_fields,
    describe,
)

FIELDS = (
    FormField("name", "Your name", FieldKind.TEXT, required=True),
    FormField("email", "Email", FieldKind.EMAIL, required=True),
    FormField("details", "Details", FieldKind.LONG_TEXT),
    FormField("budget", "Budget", FieldKind.NUMBER),
    FormField("start", "Start date", FieldKind.DATE),
    FormField("plan", "Plan", FieldKind.SELECT, options=("Basic", "Pro")),
    FormField("consent", "I agree", FieldKind.CHECKBOX, required=True),
)
GOOD: dict[str, Any] = {
    "name": "  Ada ",
    "email": "ada@example.test",
    "details": "Line 1\nLine 2",
    "budget": "1200.50",
    "start": "2026-12-31",
    "plan": "Pro",
    "consent": "on",
}


def test_good_answers_are_cleaned_and_kept() -> None:
    checked = check_answers(FIELDS, GOOD)

    assert checked.errors == {}
    assert not checked.honeypot
    assert checked.answers == {
        "name": "Ada",
        "email": "ada@example.test",
        "details": "Line 1\nLine 2",
        "budget": "1200.50",
        "start": "2026-12-31",
        "plan": "Pro",
        "consent": True,
    }


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("name", "   ", "Your name: this field is required."),
        ("email", "ada-at-example", "Email: enter an email address like name@example.com."),
        ("budget", "lots", "Budget: enter a number such as 42 or 3.5."),
        ("budget", "NaN", "Budget: enter a number such as 42 or 3.5."),
        ("start", "31/12/2026", "Start date: enter a date as YYYY-MM-DD, e.g. 2026-12-31."),
        ("plan", "Enterprise", "Plan: choose one of Basic, Pro."),
        ("consent", None, "I agree: tick this box to continue."),
        ("name", "x" * 1001, "Your name: at most 1000 characters (got 1001)."),
        ("name", ["a", "b"], "Your name: give a single value."),
        ("name", "a\x00b", "Your name: remove the NUL character."),
    ],
)
def test_each_bad_answer_gets_a_clear_message(field: str, value: object, message: str) -> None:
    checked = check_answers(FIELDS, {**GOOD, field: value})
    assert checked.errors == {field: message}


def test_optional_fields_may_stay_empty_and_json_types_are_accepted() -> None:
    checked = check_answers(
        FIELDS, {"name": "Ada", "email": "a@b.co", "budget": 12, "consent": True}
    )
    assert checked.errors == {}
    assert checked.answers["budget"] == "12"
    assert checked.answers["details"] is None and checked.answers["plan"] is None


def test_line_breaks_are_kept_as_lf() -> None:
    checked = check_answers(FIELDS, {**GOOD, "details": "one\r\ntwo\rthree"})
    assert checked.answers["details"] == "one\ntwo\nthree"


def test_a_filled_honeypot_marks_a_bot() -> None:
    assert check_answers(FIELDS, {**GOOD, HONEYPOT: "http://spam.example"}).honeypot
    assert not check_answers(FIELDS, {**GOOD, HONEYPOT: ""}).honeypot


@pytest.mark.parametrize(
    ("fields", "where"),
    [
        ((), "fields"),
        ((FormField("Bad Name", "x", FieldKind.TEXT),), "fields[0].name"),
        ((FormField(HONEYPOT, "x", FieldKind.TEXT),), "fields[0].name"),
        (
            (FormField("a", "x", FieldKind.TEXT), FormField("a", "y", FieldKind.TEXT)),
            "fields[1].name",
        ),
        ((FormField("a", "  ", FieldKind.TEXT),), "fields[0].label"),
        ((FormField("a", "x", FieldKind.SELECT),), "fields[0].options"),
        ((FormField("a", "x", FieldKind.SELECT, options=("A", "A")),), "fields[0].options"),
        ((FormField("a", "x", FieldKind.TEXT, options=("A",)),), "fields[0].options"),
    ],
)
def test_bad_definitions_are_refused_where_they_are_wrong(
    fields: tuple[FormField, ...], where: str
) -> None:
    with pytest.raises(FieldsProblem) as problem:
        check_fields(fields)
    assert problem.value.field == where


def test_a_description_lists_each_answer_under_its_label() -> None:
    text = describe(FIELDS, check_answers(FIELDS, GOOD).answers)
    assert text.splitlines()[:2] == ["**Your name:** Ada", "**Email:** ada@example.test"]
    assert "**Details:**\n\nLine 1\nLine 2" in text
    assert "**I agree:** yes" in text

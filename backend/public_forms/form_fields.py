"""A form's fields and the checking of answers against them: pure rules, no database.

Each answer is cleaned and checked by its field's kind; a failure names the field by its label
and says what to enter. Answers are stored as JSON: strings (numbers as decimal strings, dates
as ISO dates), booleans for checkboxes, None for an optional field left empty.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

MAX_FIELDS = 50
MAX_LABEL = 200
MAX_OPTIONS = 50
MAX_OPTION = 200
MAX_TEXT = 1_000
MAX_LONG_TEXT = 10_000
MAX_EMAIL = 254
# The honeypot input every page carries, hidden from people; a form field may not take its name.
HONEYPOT = "website_url"

_NAME = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_CHECKED = {"on", "true", "yes", "1"}


class FieldKind(StrEnum):
    TEXT = "text"
    LONG_TEXT = "long_text"
    EMAIL = "email"
    NUMBER = "number"
    DATE = "date"
    SELECT = "select"
    CHECKBOX = "checkbox"


@dataclass(frozen=True)
class FormField:
    name: str
    label: str
    kind: FieldKind
    required: bool = False
    options: tuple[str, ...] = field(default=())

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["kind"] = self.kind.value
        data["options"] = list(self.options)
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> FormField:
        return cls(
            name=data["name"],
            label=data["label"],
            kind=FieldKind(data["kind"]),
            required=bool(data.get("required")),
            options=tuple(data.get("options") or ()),
        )


class FieldsProblem(ValueError):
    """The definition of the fields is not valid: `field` says where (e.g. `fields[2].name`)."""

    def __init__(self, message: str, field: str) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


def check_fields(fields: Sequence[FormField]) -> tuple[FormField, ...]:
    """The fields, labels and options trimmed; raises FieldsProblem on the first bad one."""
    if not 1 <= len(fields) <= MAX_FIELDS:
        raise FieldsProblem(f"A form has 1 to {MAX_FIELDS} fields; got {len(fields)}.", "fields")
    seen: set[str] = set()
    checked = []
    for index, given in enumerate(fields):
        where = f"fields[{index}]"
        name = given.name.strip()
        if not _NAME.match(name) or name == HONEYPOT:
            raise FieldsProblem(
                f"{where}.name must be 1 to 40 lower-case letters, digits or _ starting with a "
                f"letter (and not '{HONEYPOT}'); got '{name}'.",
                f"{where}.name",
            )
        if name in seen:
            raise FieldsProblem(f"{where}.name '{name}' is used twice.", f"{where}.name")
        seen.add(name)
        label = " ".join(given.label.split())
        if not 1 <= len(label) <= MAX_LABEL:
            raise FieldsProblem(
                f"{where}.label must be 1 to {MAX_LABEL} characters.", f"{where}.label"
            )
        options = tuple(" ".join(o.split()) for o in given.options)
        if given.kind is FieldKind.SELECT:
            if not 1 <= len(options) <= MAX_OPTIONS or not all(
                1 <= len(o) <= MAX_OPTION for o in options
            ):
                raise FieldsProblem(
                    f"{where}.options: a select has 1 to {MAX_OPTIONS} options of 1 to "
                    f"{MAX_OPTION} characters.",
                    f"{where}.options",
                )
            if len(set(options)) != len(options):
                raise FieldsProblem(f"{where}.options repeat an option.", f"{where}.options")
        elif options:
            raise FieldsProblem(f"{where}.options: only a select has options.", f"{where}.options")
        checked.append(FormField(name, label, given.kind, given.required, options))
    return tuple(checked)


def _as_text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float | Decimal):
        return str(value)
    if isinstance(value, str):
        return value
    return None


def _answer(spec: FormField, raw: object) -> tuple[Any, str | None]:
    """(the stored value, None) or (None, the message for the person filling the form)."""
    if spec.kind is FieldKind.CHECKBOX:
        checked = raw is True or (isinstance(raw, str) and raw.strip().lower() in _CHECKED)
        if spec.required and not checked:
            return None, f"{spec.label}: tick this box to continue."
        return checked, None
    text = _as_text(raw)
    if text is None and raw is not None:
        return None, f"{spec.label}: give a single value."
    # Browsers send a text area's line breaks as CRLF (HTML's form encoding): keep LF.
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n").strip()
    if "\x00" in text:
        return None, f"{spec.label}: remove the NUL character."
    if not text:
        return (None, f"{spec.label}: this field is required.") if spec.required else (None, None)
    if spec.kind in (FieldKind.TEXT, FieldKind.LONG_TEXT):
        limit = MAX_TEXT if spec.kind is FieldKind.TEXT else MAX_LONG_TEXT
        if len(text) > limit:
            return None, f"{spec.label}: at most {limit} characters (got {len(text)})."
        return text, None
    if spec.kind is FieldKind.EMAIL:
        if len(text) > MAX_EMAIL or not _EMAIL.match(text):
            return None, f"{spec.label}: enter an email address like name@example.com."
        return text, None
    if spec.kind is FieldKind.NUMBER:
        try:
            number = Decimal(text)
        except InvalidOperation:
            number = None
        if number is None or not number.is_finite() or len(text) > 40:
            return None, f"{spec.label}: enter a number such as 42 or 3.5."
        return str(number), None
    if spec.kind is FieldKind.DATE:
        try:
            return date.fromisoformat(text).isoformat(), None
        except ValueError:
            return None, f"{spec.label}: enter a date as YYYY-MM-DD, e.g. 2026-12-31."
    if text not in spec.options:
        return None, f"{spec.label}: choose one of {', '.join(spec.options)}."
    return text, None


@dataclass(frozen=True)
class Checked:
    answers: dict[str, Any]
    errors: dict[str, str]  # field name → message
    honeypot: bool  # the hidden field was filled: a bot


def check_answers(fields: Sequence[FormField], raw: Mapping[str, object]) -> Checked:
    answers: dict[str, Any] = {}
    errors: dict[str, str] = {}
    for spec in fields:
        value, problem = _answer(spec, raw.get(spec.name))
        if problem is not None:
            errors[spec.name] = problem
        else:
            answers[spec.name] = value
    trap = raw.get(HONEYPOT)
    return Checked(answers, errors, honeypot=bool(trap) and trap != "")


def describe(fields: Sequence[FormField], answers: Mapping[str, Any]) -> str:
    """A task description: each answer under its label (Markdown)."""
    lines = []
    for spec in fields:
        value = answers.get(spec.name)
        if isinstance(value, bool):
            shown = "yes" if value else "no"
        else:
            shown = "—" if value in (None, "") else str(value)
        if spec.kind is FieldKind.LONG_TEXT and value:
            lines.append(f"**{spec.label}:**\n\n{shown}\n")
        else:
            lines.append(f"**{spec.label}:** {shown}")
    return "\n".join(lines)

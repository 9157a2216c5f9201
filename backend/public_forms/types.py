"""GraphQL types of public forms, their fields and submissions."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import strawberry

from backend.core.fields import register_input
from backend.core.rows import from_row
from backend.public_forms import service
from backend.public_forms.form_fields import FieldKind, FormField

strawberry.enum(
    FieldKind,
    name="FormFieldKind",
    description="text, long_text (a text area), email, number, date, select (one of options) "
    "or checkbox.",
)


@strawberry.input(description="One field of a public form.")
class FormFieldInput:
    name: str = strawberry.field(
        description="The answer's key: 1 to 40 of a-z, 0-9 and _, starting with a letter."
    )
    label: str = strawberry.field(description="What the page shows beside the field.")
    kind: FieldKind = strawberry.field(description="What the field takes.")
    required: bool = strawberry.field(default=False, description="Whether it must be filled.")
    options: list[str] | None = strawberry.field(
        default=None, description="A select's choices, 1 to 50."
    )

    def to_field(self) -> FormField:
        return FormField(
            name=self.name,
            label=self.label,
            kind=self.kind,
            required=self.required,
            options=tuple(self.options or ()),
        )


register_input(FormField, FormFieldInput, FormFieldInput.to_field)


@strawberry.type(description="One field of a public form.")
class PublicFormField:
    name: str
    label: str
    kind: FieldKind
    required: bool
    options: list[str]


@strawberry.type(description="A public form of a Space: anyone with its URL can submit it.")
class PublicForm:
    id: strawberry.ID
    project_id: strawberry.ID
    title: str
    description: str | None
    fields: list[PublicFormField]
    slug: str
    is_open: bool
    created_at: datetime
    updated_at: datetime

    @strawberry.field(description="The page people fill in (no token needed).")
    def url(self) -> str:
        return service.public_url(self.slug)

    @classmethod
    def from_model(cls, row: Any) -> PublicForm:
        fields = [
            PublicFormField(
                name=f.name,
                label=f.label,
                kind=f.kind,
                required=f.required,
                options=list(f.options),
            )
            for f in service.fields_of(row)
        ]
        return from_row(cls, row, fields=fields)


@strawberry.type(description="One answer of a submission.")
class FormAnswer:
    name: str
    value: str | None = strawberry.field(
        description="As submitted and checked: text, a decimal number, an ISO date, "
        "or true/false for a checkbox; null when left empty."
    )


@strawberry.type(description="What someone submitted through a public form.")
class PublicFormSubmission:
    id: strawberry.ID
    form_id: strawberry.ID
    answers: list[FormAnswer]
    task_id: strawberry.ID | None = strawberry.field(
        description="The task it was turned into, if it was."
    )
    converted_at: datetime | None
    created_at: datetime

    @classmethod
    def from_model(cls, row: Any) -> PublicFormSubmission:
        answers = [
            FormAnswer(
                name=name,
                value=None
                if value is None
                else ("true" if value is True else "false" if value is False else str(value)),
            )
            for name, value in row.answers.items()
        ]
        return from_row(cls, row, answers=answers)

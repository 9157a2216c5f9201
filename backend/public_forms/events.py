"""Public form events: seen with the form's Space."""

from __future__ import annotations

from backend.core.event_types import EventType


class PublicFormEvent(EventType):
    CREATED = "public_form.created", "A public form was created."
    UPDATED = "public_form.updated", "A public form changed (fields, title, open or closed)."
    DELETED = "public_form.deleted", "A public form was deleted with its submissions."


class PublicFormSubmissionEvent(EventType):
    RECEIVED = "public_form_submission.received", "Someone submitted a public form."
    CONVERTED = "public_form_submission.converted", "A submission was turned into a task."

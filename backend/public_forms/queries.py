"""Public form reads."""

from __future__ import annotations

import strawberry

from backend.core.fields import connection, query
from backend.public_forms import service
from backend.public_forms.types import PublicForm, PublicFormSubmission


@strawberry.type
class PublicFormsQuery:
    public_forms_list = connection(
        service.list_forms, PublicForm, description="Public forms of the Spaces you can read."
    )
    public_forms_get = query(service.get_form, PublicForm, description="One public form.")
    public_forms_submissions_list = connection(
        service.list_submissions,
        PublicFormSubmission,
        description="A form's submissions, newest first (needs manage_integrations).",
    )

"""Public form changes."""

from __future__ import annotations

import strawberry

from backend.core.fields import mutation
from backend.public_forms import service
from backend.public_forms.types import PublicForm, PublicFormSubmission


@strawberry.type
class PublicFormsMutation:
    public_forms_create = mutation(
        service.create_form, PublicForm, description="Create a public form for a Space."
    )
    public_forms_update = mutation(
        service.update_form,
        PublicForm,
        description="Change a form; omitted arguments stay unchanged.",
    )
    public_forms_delete = mutation(
        service.delete_form, PublicForm, description="Delete a form and its submissions."
    )
    public_forms_submissions_convert = mutation(
        service.convert_submission,
        PublicFormSubmission,
        description="Turn a submission into a task of the form's Space.",
    )

"""Public form arguments that recur across service signatures."""

from __future__ import annotations

from typing import Annotated, TypeAlias

from backend.core.arguments import MAX_DESCRIPTION, Bounds, Doc, Id

FormId: TypeAlias = Annotated[Id, Doc("The form's id (from public_forms_list).")]
SubmissionId: TypeAlias = Annotated[
    Id, Doc("The submission's id (from public_forms_submissions_list).")
]
Description: TypeAlias = Annotated[
    str | None, Doc("Text shown above the fields."), Bounds(max_length=MAX_DESCRIPTION)
]

"""A contact form like the ones users build."""

from __future__ import annotations

from backend.public_forms import service
from backend.public_forms.form_fields import FieldKind, FormField
from backend.public_forms.models import PublicForm
from tests.backend.support import project
from tests.conftest import Workspace

CONTACT = (
    FormField("name", "Your name", FieldKind.TEXT, required=True),
    FormField("email", "Email", FieldKind.EMAIL, required=True),
    FormField("message", "Message", FieldKind.LONG_TEXT, required=True),
    FormField("budget", "Budget", FieldKind.NUMBER),
    FormField("start", "Start date", FieldKind.DATE),
    FormField("plan", "Plan", FieldKind.SELECT, options=("Basic", "Pro")),
    FormField("consent", "I agree to be contacted", FieldKind.CHECKBOX, required=True),
)


async def contact_form(workspace: Workspace, key: str, **extra: object) -> PublicForm:
    space = await project(workspace, key)
    return await service.create_form(
        workspace.principal(),
        project_id=str(space.id),
        title="Contact <us>",
        fields=CONTACT,
        **extra,  # type: ignore[arg-type]
    )

"""Public form rules through the service layer: definitions, who manages, submissions, and
turning a submission into a task (task.created is published by the tasks service)."""

from __future__ import annotations

import pytest

from backend.core.errors import Conflict, Forbidden, Invalid, NotFound
from backend.core.permissions import Role
from backend.public_forms import service
from backend.public_forms.form_fields import FieldKind, FormField
from backend.public_forms.models import PublicFormSubmission
from backend.tasks.models import Task
from subscriptions import EventMessage
from tests.backend.public_forms.support import CONTACT, contact_form
from tests.conftest import Workspace

ANSWERS = {
    "name": "Ada",
    "email": "ada@example.test",
    "message": "Build me an engine",
    "consent": "on",
}


async def test_a_form_gets_an_unguessable_slug_and_keeps_its_fields(workspace: Workspace) -> None:
    form = await contact_form(workspace, "FRM")
    other = await contact_form(workspace, "FRN")

    assert len(form.slug) >= 16 and form.slug != other.slug
    assert service.fields_of(form) == CONTACT
    assert service.public_url(form.slug).endswith(f"/forms/{form.slug}")
    renewed = await service.update_form(workspace.principal(), form_id=str(form.id), new_slug=True)
    assert renewed.slug != form.slug
    assert await service.open_form(form.slug) is None


async def test_only_manage_integrations_manages_forms_and_reads_submissions(
    workspace: Workspace,
) -> None:
    form = await contact_form(workspace, "PRM")
    manager = workspace.principal(Role.MANAGER)

    with pytest.raises(Forbidden, match="manage_integrations"):
        await service.update_form(manager, form_id=str(form.id), title="Mine")
    with pytest.raises(Forbidden):
        await service.list_submissions(manager, form_id=str(form.id))
    assert (await service.get_form(manager, form_id=str(form.id))).id == form.id


async def test_bad_fields_are_invalid_with_the_field_named(workspace: Workspace) -> None:
    space_id = str((await contact_form(workspace, "BAE")).project_id)

    with pytest.raises(Invalid) as refused:
        await service.create_form(
            workspace.principal(),
            project_id=space_id,
            title="x",
            fields=[FormField("plan", "Plan", FieldKind.SELECT)],
        )

    assert (refused.value.field, refused.value.reason) == ("fields[0].options", "FORM_FIELDS")


async def test_a_submission_is_stored_and_converts_once_into_a_task_with_the_answers(
    workspace: Workspace, published: list[EventMessage]
) -> None:
    form = await contact_form(workspace, "CNV")
    checked, submission = await service.submit(form, ANSWERS)
    assert checked.errors == {} and submission is not None

    converted = await service.convert_submission(
        workspace.principal(), submission_id=str(submission.id)
    )

    task = await Task.get(id=converted.task_id)
    assert task.project_id == form.project_id
    assert task.title == "Contact <us>: Ada"
    assert "**Email:** ada@example.test" in (task.description or "")
    assert "task.created" in [e.type for e in published]
    with pytest.raises(Conflict) as again:
        await service.convert_submission(workspace.principal(), submission_id=str(submission.id))
    assert again.value.reason == "ALREADY_CONVERTED"
    listed = await service.list_submissions(workspace.principal(), form_id=str(form.id))
    assert [s.id for s in listed.items] == [submission.id]


async def test_closed_forms_invalid_answers_and_honeypots_store_nothing(
    workspace: Workspace,
) -> None:
    form = await contact_form(workspace, "NOS")

    bad, none_bad = await service.submit(form, {**ANSWERS, "email": "nope"})
    trap, none_trap = await service.submit(form, {**ANSWERS, "website_url": "http://spam"})
    closed = await service.update_form(workspace.principal(), form_id=str(form.id), is_open=False)
    _, none_closed = await service.submit(closed, ANSWERS)

    assert bad.errors == {"email": "Email: enter an email address like name@example.com."}
    assert trap.honeypot
    assert none_bad is none_trap is none_closed is None
    assert not await PublicFormSubmission.exists(form_id=form.id)


async def test_another_organization_sees_no_form_and_no_submission(
    workspace: Workspace, other_workspace: Workspace
) -> None:
    form = await contact_form(workspace, "TEN")
    _, submission = await service.submit(form, ANSWERS)
    assert submission is not None

    with pytest.raises(NotFound):
        await service.get_form(other_workspace.principal(), form_id=str(form.id))
    with pytest.raises(NotFound):
        await service.convert_submission(
            other_workspace.principal(), submission_id=str(submission.id)
        )

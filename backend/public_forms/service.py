"""Public forms: managing a Space's forms (manage_integrations), taking submissions without a
token (routes.py), and turning a submission into a task through the tasks service."""

from __future__ import annotations

import secrets
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Annotated

from tortoise.expressions import Subquery

from backend.core.arguments import DEFAULT_LIMIT, MAX_IDS, Bounds, Cursor, Doc, Id, Limit
from backend.core.errors import Conflict, Invalid
from backend.core.lookups import get_in
from backend.core.pagination import Page, paginate
from backend.core.permissions import Permission, Role
from backend.core.principal import Principal
from backend.core.unit_of_work import unit_of_work
from backend.core.validation import clean_text
from backend.members import service as members_service
from backend.projects import service as projects_service
from backend.public_forms import audit
from backend.public_forms.arguments import Description, FormId, SubmissionId
from backend.public_forms.events import PublicFormEvent, PublicFormSubmissionEvent
from backend.public_forms.form_fields import (
    Checked,
    FieldsProblem,
    FormField,
    check_answers,
    check_fields,
    describe,
)
from backend.public_forms.models import PublicForm, PublicFormSubmission
from backend.settings import Settings
from backend.tasks import service as tasks_service

MAX_TITLE = 200
MAX_TASK_TITLE = 500

_base_url: str | None = None


def configure(*, base_url: str) -> None:
    global _base_url
    _base_url = base_url.rstrip("/")


def public_url(slug: str) -> str:
    base = _base_url if _base_url is not None else Settings.from_env().base_url
    return f"{base}/forms/{slug}"


def fields_of(form: PublicForm) -> tuple[FormField, ...]:
    return tuple(FormField.from_json(item) for item in form.field_definitions)


def _new_slug() -> str:
    return secrets.token_urlsafe(12)  # 96 random bits


def _clean_title(title: str) -> str:
    return clean_text(title, max_length=MAX_TITLE, field="title", subject="The form title")


def _checked_fields(fields: Sequence[FormField]) -> list[dict[str, object]]:
    try:
        return [f.as_json() for f in check_fields(fields)]
    except FieldsProblem as problem:
        raise Invalid(problem.message, field=problem.field, reason="FORM_FIELDS") from None


FieldsArgument = Annotated[
    Sequence[FormField],
    Doc("The fields in order: name (a-z, 0-9, _), label, kind, required, options (select)."),
    Bounds(max_items=50),
]


async def get_form(principal: Principal, *, form_id: FormId) -> PublicForm:
    """A form of a Space the principal can read."""
    return await projects_service.get_in_accessible_project(
        principal, PublicForm, form_id, entity="form", field="form_id"
    )


async def list_forms(
    principal: Principal,
    *,
    project_id: Annotated[Id | None, Doc("Only this Space's forms.")] = None,
    limit: Limit = DEFAULT_LIMIT,
    cursor: Cursor = None,
) -> Page[PublicForm]:
    query = projects_service.in_accessible_projects(principal, PublicForm)
    if project_id is not None:
        project = await projects_service.get_project(principal, project_id)
        query = query.filter(project_id=project.id)
    return await paginate(query, limit=limit, cursor=cursor, order_by="created_at")


async def create_form(
    principal: Principal,
    *,
    project_id: Annotated[Id, Doc("The Space submissions become tasks in.")],
    title: Annotated[
        str, Doc("The form's title, shown on the page."), Bounds(max_length=MAX_TITLE)
    ],
    fields: FieldsArgument,
    description: Description = None,
    is_open: Annotated[bool, Doc("Whether the form takes submissions now.")] = True,
) -> PublicForm:
    principal.require(Permission.MANAGE_INTEGRATIONS, "create public forms")
    async with unit_of_work(principal) as uow:
        project = await projects_service.get_writable_project(principal, project_id)
        form = await PublicForm.create(
            organization_id=principal.organization_id,
            project_id=project.id,
            title=_clean_title(title),
            description=description,
            field_definitions=_checked_fields(fields),
            slug=_new_slug(),
            is_open=is_open,
            created_by_id=principal.user_id,
        )
        uow.record(PublicFormEvent.CREATED, form.id, project_id=project.id)
    return form


async def _writable_form(principal: Principal, form_id: str, action: str) -> PublicForm:
    principal.require(Permission.MANAGE_INTEGRATIONS, action)
    form = await get_form(principal, form_id=form_id)
    await projects_service.writable_project_of(principal, form)
    return form


async def update_form(
    principal: Principal,
    *,
    form_id: FormId,
    title: Annotated[str | None, Doc("The new title."), Bounds(max_length=MAX_TITLE)] = None,
    fields: Annotated[
        Sequence[FormField] | None,
        Doc("Replace the fields (earlier submissions keep their answers)."),
        Bounds(max_items=50),
    ] = None,
    description: Description = None,
    clear_description: Annotated[bool, Doc("Remove the description.")] = False,
    is_open: Annotated[bool | None, Doc("Open (true) or close (false) the form.")] = None,
    new_slug: Annotated[
        bool, Doc("Give the form a new public address; the old one stops working.")
    ] = False,
) -> PublicForm:
    async with unit_of_work(principal) as uow:
        form = await _writable_form(principal, form_id, "edit public forms")
        if title is not None:
            form.title = _clean_title(title)
        if fields is not None:
            form.field_definitions = _checked_fields(fields)
        if clear_description:
            form.description = None  # type: ignore[assignment]  # tortoise types nullable fields as non-null
        elif description is not None:
            form.description = description
        if is_open is not None:
            form.is_open = is_open
        if new_slug:
            form.slug = _new_slug()
        await form.save()
        uow.record(PublicFormEvent.UPDATED, form.id, project_id=form.project_id)
    return form


async def delete_form(principal: Principal, *, form_id: FormId) -> PublicForm:
    """Delete a form and its submissions (tasks made from them stay)."""
    async with unit_of_work(principal) as uow:
        form = await _writable_form(principal, form_id, "delete public forms")
        await form.delete()
        uow.record(PublicFormEvent.DELETED, form.id, project_id=form.project_id)
    return form


async def list_submissions(
    principal: Principal,
    *,
    form_id: FormId,
    limit: Limit = DEFAULT_LIMIT,
    cursor: Cursor = None,
) -> Page[PublicFormSubmission]:
    """A form's submissions, newest first (they hold what the public typed: manage_integrations)."""
    principal.require(Permission.MANAGE_INTEGRATIONS, "read form submissions")
    form = await get_form(principal, form_id=form_id)
    query = PublicFormSubmission.filter(form_id=form.id)
    return await paginate(query, limit=limit, cursor=cursor, order_by="created_at", descending=True)


async def convert_submission(
    principal: Principal,
    *,
    submission_id: SubmissionId,
    title: Annotated[
        str | None,
        Doc("The task's title; default: the form title and the first answer."),
        Bounds(max_length=MAX_TASK_TITLE),
    ] = None,
    assignee_ids: Annotated[
        Sequence[Id] | None, Doc("Assign the new task to these members."), Bounds(max_items=MAX_IDS)
    ] = None,
) -> PublicFormSubmission:
    """Turn a submission into a task of the form's Space, its answers in the description."""
    principal.require(Permission.MANAGE_INTEGRATIONS, "convert form submissions")
    async with unit_of_work(principal) as uow:
        submission = await get_in(
            PublicFormSubmission.filter(
                form_id__in=Subquery(
                    projects_service.in_accessible_projects(principal, PublicForm).values("id")
                )
            ),
            submission_id,
            entity="submission",
            field="submission_id",
        )
        locked = await PublicFormSubmission.filter(id=submission.id).select_for_update().first()
        if locked is None or locked.task_id is not None:
            raise Conflict(
                "This submission was already turned into a task; find it with "
                "tasks_get(task_id) using the submission's task_id.",
                field="submission_id",
                reason="ALREADY_CONVERTED",
            )
        form = await PublicForm.get(id=submission.form_id)
        fields = fields_of(form)
        first = next((str(v) for v in submission.answers.values() if isinstance(v, str) and v), "")
        task = await tasks_service.create_task(
            principal,
            project_id=str(form.project_id),
            title=title or f"{form.title}: {first}"[:MAX_TASK_TITLE].rstrip(": ") or form.title,
            description=describe(fields, submission.answers),
            assignee_ids=list(assignee_ids) if assignee_ids else None,
        )
        locked.task_id = task.id
        locked.converted_at = datetime.now(UTC)
        await locked.save(update_fields=["task_id", "converted_at", "updated_at"])
        uow.record(PublicFormSubmissionEvent.CONVERTED, locked.id, project_id=form.project_id)
    return locked


# The public side: no token.


async def open_form(slug: str) -> PublicForm | None:
    """The form at this public address, if there is one (open or closed)."""
    if not 1 <= len(slug) <= 64:
        return None
    return await PublicForm.get_or_none(slug=slug)


async def _submitter(form: PublicForm) -> Principal:
    """Submissions are recorded as the form's creator (their current role; a guest's if gone)."""
    user_id = form.created_by_id
    role = (
        await members_service.role_of(organization_id=form.organization_id, user_id=user_id)
        if user_id is not None
        else None
    )
    return Principal(
        user_id=str(user_id or ""),
        organization_id=str(form.organization_id),
        role=role or Role.GUEST,
        token_name=audit.INTERFACE,
    )


async def submit(
    form: PublicForm, raw: Mapping[str, object]
) -> tuple[Checked, PublicFormSubmission | None]:
    """Check the answers; store them when they pass (not when the honeypot was filled)."""
    checked = check_answers(fields_of(form), raw)
    if checked.errors or checked.honeypot or not form.is_open:
        return checked, None
    principal = await _submitter(form)
    async with (
        audit.as_public_form(principal, operation="public_forms.submit"),
        unit_of_work(principal) as uow,
    ):
        submission = await PublicFormSubmission.create(
            organization_id=form.organization_id, form_id=form.id, answers=checked.answers
        )
        uow.record(PublicFormSubmissionEvent.RECEIVED, submission.id, project_id=form.project_id)
    return checked, submission
